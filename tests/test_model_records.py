"""The model's classes, and the other frozen dataclasses made with ``record``, behave
exactly like ``@dataclass(frozen=True)`` (with ``slots=True`` where they have slots).

:mod:`raci.spec.model` writes their ``__init__`` (the classes built by the thousand) and
shares one ``__eq__``, ``__hash__`` and ``__repr__`` instead of letting dataclass()
compile six methods per class at start-up. Each class is compared here with a real
frozen dataclass of the same fields: constructor, equality (spans never count), hash,
repr, immutability, pickling and ``dataclasses.replace``.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci import config, findings, reporters, rules
from raci.rules import inputs
from raci.spec import cells, model, problems, reader, suppressions

CLASSES = [
    model.Span,
    model.Text,
    model.Org,
    model.Mission,
    model.ScopeItem,
    model.Scope,
    model.Department,
    model.Assignment,
    model.Activity,
    model.Phase,
    model.Kpi,
    model.Spec,
    findings.Finding,
    findings.TableSpan,
    rules.Hit,
    rules.Context,
    rules.Rule,
    problems.Problem,
    cells.CellError,
    cells.Cell,
    suppressions.Suppression,
    config.RuleSettings,
    config.Config,
    reporters.Options,
    inputs.Skipped,
    reader.Ref,
]
"""Every frozen class made with :func:`raci.spec.model.record`."""


def _reference(cls: type) -> Any:
    """A plain frozen, slotted dataclass with ``cls``'s fields, as dataclass() generates it."""
    specs = []
    for f in dataclasses.fields(cls):
        options: dict[str, Any] = {"compare": f.compare, "repr": f.repr}
        if f.default is not dataclasses.MISSING:
            options["default"] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            options["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**options)))
    slots = "__slots__" in cls.__dict__
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True, slots=slots, namespace=_own_methods(cls))


def _own_methods(cls: type) -> dict[str, Any]:
    """Methods the class writes itself (``__str__``, properties…), which the reference keeps too."""
    return {n: v for n, v in cls.__dict__.items() if n in ("__str__", "__repr__", "__eq__", "__hash__")}


def _values(cls: type, tag: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        out[f.name] = {"spans": {"a": tag}, "_index": {}}.get(f.name, f"{tag}-{f.name}")
    return out


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_a_model_class_behaves_as_a_frozen_dataclass(cls: Any) -> None:
    ref = _reference(cls)
    values = _values(cls, "x")
    ours, theirs = cls(**values), ref(**values)
    assert repr(ours) == repr(theirs)
    assert hash(ours) == hash(theirs)
    assert ours == cls(**values)
    assert (ours != cls(**values)) is False
    assert ours.__eq__(object()) is NotImplemented
    assert cls.__match_args__ == ref.__match_args__
    for f in dataclasses.fields(cls):  # changing one field: equal again only if it is not compared
        changed = {**values, f.name: _values(cls, "y")[f.name]}
        assert (cls(**changed) == ours) is (ref(**changed) == theirs)
        assert (hash(cls(**changed)) == hash(ours)) is (hash(ref(**changed)) == hash(theirs))
        assert repr(cls(**changed)) == repr(ref(**changed))
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(ours, f.name, "z")
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(ours, f.name)
    assert pickle.loads(pickle.dumps(ours)) == ours
    assert copy.deepcopy(ours) == ours
    first = dataclasses.fields(cls)[0].name
    assert dataclasses.replace(ours, **{first: "new"}) == cls(**{**values, first: "new"})


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_a_model_class_takes_the_arguments_of_a_dataclass(cls: Any) -> None:
    """Same names, order and defaults (a default factory is ``None`` in a written __init__)."""
    ours = inspect.signature(cls).parameters
    theirs = inspect.signature(_reference(cls)).parameters
    assert list(ours) == list(theirs)
    if cls.__init__.__module__ == "raci.spec.records":  # made, not written by hand
        assert str(inspect.signature(cls)) == str(inspect.signature(_reference(cls)))  # as help() shows it
    for name, parameter in theirs.items():
        factory = repr(parameter.default) == "<factory>"
        assert ours[name].default == (ours[name].default if factory else parameter.default), name
        assert ours[name].kind == parameter.kind
    defaults = {
        f.name: f.default_factory() for f in dataclasses.fields(cls) if f.default_factory is not dataclasses.MISSING
    }
    required = {n: "v" for n, p in theirs.items() if p.default is inspect.Parameter.empty}
    for name, value in defaults.items():
        assert getattr(cls(**required), name) == value


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_a_model_class_refuses_the_arguments_a_dataclass_refuses(cls: Any) -> None:
    """Too many, unknown, doubled or missing arguments: a TypeError, as from dataclass()."""
    ref = _reference(cls)
    values = _values(cls, "x")
    names = list(values)
    required = [n for n, p in inspect.signature(ref).parameters.items() if p.default is inspect.Parameter.empty]
    cases: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((), {**values, "no_such_field": 1}),
        ((*values.values(), "extra"), {}),
        ((values[names[0]],), dict(values)),
    ]
    if required:
        cases.append(((), {k: v for k, v in values.items() if k != required[0]}))
    for args, kwargs in cases:
        with pytest.raises(TypeError):
            ref(*args, **kwargs)
        with pytest.raises(TypeError):
            cls(*args, **kwargs)
    assert cls(*values.values()) == cls(**values)  # positionally, in field order


def _declared_types() -> list[type]:
    """The spec's type declarations (raci/spec/shape.py and the two modules beside it)."""
    from raci.spec import cell_types, shape
    from raci.spec import format as spec_format

    found = []
    for module in (shape, cell_types, spec_format):
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__:
                found.append(value)
    return found


@pytest.mark.parametrize("cls", _declared_types(), ids=lambda c: c.__name__)
def test_a_type_declaration_takes_the_arguments_of_a_dataclass(cls: Any) -> None:
    """The type declarations are plain (mutable) dataclasses with a made __init__: same
    parameters as dataclass() would write, values stored, defaults and factories applied."""
    fields = dataclasses.fields(cls)
    reference = dataclasses.make_dataclass(
        cls.__name__,
        [(f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory)) for f in fields],
    )
    ours, theirs = inspect.signature(cls).parameters, inspect.signature(reference).parameters
    assert list(ours) == list(theirs)
    assert str(inspect.signature(cls)) == str(inspect.signature(reference))  # as help() shows it
    required = {n: f"v-{n}" for n, p in theirs.items() if p.default is inspect.Parameter.empty}
    made, expected = cls(**required), reference(**required)
    for f in fields:
        value, wanted = getattr(made, f.name), getattr(expected, f.name)
        if dataclasses.is_dataclass(wanted):  # a fresh declaration from a factory: compared by identity
            assert type(value) is type(wanted) and value is not getattr(cls(**required), f.name), f.name
        else:
            assert value == wanted, f.name


def test_what_the_stand_in_does_not_do_goes_to_the_real_dataclass() -> None:
    """``__post_init__``, keyword-only fields and ``InitVar`` behave as dataclass() makes them."""
    from raci.spec.records import dataclass as stand_in

    calls: list[str] = []

    @stand_in(frozen=True, repr=False, eq=False)
    class Posted:
        a: str

        def __post_init__(self) -> None:
            calls.append(self.a)

    Posted("x")
    assert calls == ["x"]

    @stand_in(frozen=True, repr=False, eq=False)
    class KeywordOnly:
        a: str
        b: str = dataclasses.field(default="", kw_only=True)

    with pytest.raises(TypeError):
        KeywordOnly("x", "y")  # type: ignore[misc]
    assert KeywordOnly("x", b="y").b == "y"

    @stand_in(frozen=True, repr=False, eq=False)
    class Given:
        a: str
        b: dataclasses.InitVar[int] = 0

    assert Given("x", 1).a == "x"


def test_a_mutable_record_behaves_as_a_plain_dataclass() -> None:
    """``Report`` is mutable: compared by value, unhashable, its fields shown, like dataclass()."""
    reference = dataclasses.make_dataclass(
        "Report",
        [
            (f.name, f.type, dataclasses.field(default_factory=f.default_factory))
            if f.default is dataclasses.MISSING
            else (f.name, f.type, dataclasses.field(default=f.default))
            for f in dataclasses.fields(findings.Report)
        ],
    )
    ours, same, theirs = findings.Report(), findings.Report(), reference()
    assert ours == same and ours is not same
    ours.files.append("a.raci.yaml")
    assert ours != same
    same.files.append("a.raci.yaml")
    assert ours == same
    assert ours != theirs  # another class, even with the same fields
    with pytest.raises(TypeError, match="unhashable"):
        hash(ours)
    theirs.files.append("a.raci.yaml")
    assert repr(ours) == repr(theirs)
    ours.fail_on = "warning"  # not frozen
    assert ours.fail_on == "warning"
    assert dataclasses.replace(ours, fail_on=None) == same
    assert str(inspect.signature(findings.Report)) == str(inspect.signature(reference))


_FIELD_SPECS = st.lists(
    st.tuples(
        st.sampled_from(["none", "value", "field_value", "factory", "field_only"]),
        st.booleans(),  # repr
        st.booleans(),  # compare
        st.booleans(),  # init
    ),
    min_size=0,
    max_size=6,
)


def _declare(specs: list[tuple[str, bool, bool, bool]], make: Any, based: bool = False, **options: Any) -> Any:
    """A class with these fields, as a module with ``from __future__ import annotations``
    writes it; ``based``: under a plain base class with an annotation of its own (as the
    spec's type declarations are), which is no field."""
    lines = ["from __future__ import annotations", "from dataclasses import field"]
    lines += ["class Base:", "    kind: str = 'base'", "    def hello(self) -> str:", "        return self.kind"]
    lines += [f"class C{'(Base)' if based else ''}:", '    """A record."""']
    defaulted = False
    for i, (kind, shown, compared, taken) in enumerate(specs):
        extra = f"repr={shown}, compare={compared}, init={taken}"
        takes = taken if kind.startswith("field") or kind == "factory" else True
        if kind in ("none", "field_only") and (defaulted or not takes):
            kind = "value" if kind == "none" else "field_default"  # what a valid dataclass must write
        value = {
            "none": "",
            "value": f" = {i}",
            "field_value": f" = field(default='d{i}', {extra})",
            "field_default": f" = field(default=None, {extra})",
            "factory": f" = field(default_factory=list, {extra})",
            "field_only": f" = field({extra})",
        }[kind]
        defaulted = defaulted or (takes and kind not in ("none", "field_only"))
        lines.append(f"    f{i}: int{value}")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), "<record>", "exec"), namespace)
    return make(**options)(namespace["C"])


@settings(max_examples=200, deadline=None)
@given(_FIELD_SPECS, st.booleans(), st.booleans(), st.booleans())
def test_the_stand_in_records_what_dataclass_records(
    specs: list[tuple[str, bool, bool, bool]], frozen: bool, slots: bool, based: bool
) -> None:
    """Fields, defaults, ``__match_args__``, slots, signature, instances, ``replace`` and
    pickling of a class the stand-in made are those of the same class made by dataclass()."""
    from raci.spec.records import dataclass as stand_in

    options = {"frozen": frozen, "slots": slots, "repr": False, "eq": False}
    ours = _declare(specs, stand_in, based, **options)
    theirs = _declare(specs, dataclasses.dataclass, based, **options)
    if based:
        assert ours().hello() == theirs().hello() == "base" if not inspect.signature(theirs).parameters else True
    keep = ("name", "type", "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only")
    assert [[getattr(f, k) for k in keep] for f in dataclasses.fields(ours)] == [
        [getattr(f, k) for k in keep] for f in dataclasses.fields(theirs)
    ]
    assert ours.__match_args__ == theirs.__match_args__
    assert ours.__dataclass_params__.frozen is theirs.__dataclass_params__.frozen is frozen
    assert ("__slots__" in vars(ours)) is ("__slots__" in vars(theirs)) is slots
    for f in dataclasses.fields(theirs):
        assert hasattr(ours, f.name) is hasattr(theirs, f.name), f.name  # a default stays a class attribute
        if not slots and hasattr(theirs, f.name):
            assert getattr(ours, f.name) == getattr(theirs, f.name)
    assert str(inspect.signature(ours)) == str(inspect.signature(theirs))
    required = {p: 7 for p, v in inspect.signature(theirs).parameters.items() if v.default is inspect.Parameter.empty}
    mine, reference = ours(**required), theirs(**required)
    values = {f.name: getattr(mine, f.name) for f in dataclasses.fields(ours)}
    assert values == {f.name: getattr(reference, f.name) for f in dataclasses.fields(theirs)}
    assert dataclasses.asdict(mine) == dataclasses.asdict(reference)
    if dataclasses.fields(ours):
        name = dataclasses.fields(ours)[0].name
        if frozen:
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(mine, name, 1)
        if dataclasses.fields(ours)[0].init:
            assert getattr(dataclasses.replace(mine, **{name: 99}), name) == 99


def test_a_record_whose_methods_call_super_is_made_as_dataclass_makes_it() -> None:
    """A slotted class is a new class; a method's ``super()`` refers to the first one. How
    that is handled differs between Python versions, so such a class goes to dataclass()."""
    from raci.spec.records import dataclass as stand_in

    def declare(make: Any) -> Any:
        @make(frozen=True, slots=True, repr=False, eq=False)
        class Named:
            name: str

            def shown(self) -> str:
                return "named " + super().__str__()[:1]

        return Named

    def outcome(cls: Any) -> str:
        try:
            return cls("x").shown()
        except TypeError as error:
            return type(error).__name__

    ours, theirs = declare(stand_in), declare(dataclasses.dataclass)
    assert outcome(ours) == outcome(theirs)
    assert type(ours.__dataclass_params__) is type(theirs.__dataclass_params__)  # made by dataclass()
