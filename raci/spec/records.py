"""``dataclass`` for the records on ``raci validate``'s path, without compiling code.

``dataclasses.dataclass(frozen=True)`` writes the source of ``__init__``, ``__setattr__``
and ``__delattr__`` for every class and ``exec``s it: ~0.1 ms a method, 70 methods for
the 25 records :func:`raci.spec.model.record` finishes — a tenth of validating a small
spec, which is mostly start-up. For the classes that ask for no ``repr`` and ``eq`` (the
records leave them to ``record``, the spec's type declarations need none), this stand-in
compiles nothing: a plain class's fields are collected here (:func:`_plain_fields`, what
dataclass() would find, without its pattern matching of every annotation), any other
class's by dataclass() with every method turned off; ``__init__`` — and for a frozen
class the two guards — are closures over the field list, and the signature is built when
first asked for. The same behaviour, checked against real dataclasses by
tests/test_model_records.py. Every other combination of options is passed to
dataclass() unchanged.

Modules import it for run time only and show the type checker the real one::

    if TYPE_CHECKING:
        from dataclasses import dataclass
    else:
        from raci.spec.records import dataclass
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from types import FunctionType
from typing import Any

_MISSING = dataclasses.MISSING


def dataclass(cls: type | None = None, /, **params: Any) -> Any:
    """``dataclasses.dataclass``, with classes that have ``repr=False, eq=False`` made
    without compiling methods (see the module docstring)."""

    def wrap(target: type) -> type:
        fast = params.get("repr") is False and params.get("eq") is False
        if not fast or set(params) - {"frozen", "slots", "init", "repr", "eq"} or _needs_the_real_one(target):
            return dataclasses.dataclass(target, **params)
        if not target.__dict__.get("__doc__"):  # else dataclass() asks inspect.signature for one: ~0.7 ms
            target.__doc__ = f"{target.__name__}({', '.join(inspect.get_annotations(target))})"
        frozen, slots = bool(params.get("frozen")), bool(params.get("slots"))
        own = _plain_fields(target)
        if own is not None:
            made = _with_fields(target, own, frozen=frozen, slots=slots, init=params.get("init", True))
        else:
            # dataclass() refuses a mutable subclass of a frozen class, so under a frozen base it
            # writes the two guards itself (two methods compiled, not six).
            frozen_base = frozen and any(_frozen(base) for base in target.__mro__[1:])
            made = dataclasses.dataclass(target, slots=slots, init=False, repr=False, eq=False, frozen=frozen_base)
            frozen = frozen and not frozen_base  # else the guards are written
        fields = dataclasses.fields(made)
        if params.get("init", True):
            made.__init__ = _init(made, fields)  # type: ignore[misc]
            made.__signature__ = _LazySignature()  # type: ignore[attr-defined]
        if not frozen:
            return made
        names = frozenset(f.name for f in fields)
        made.__setattr__ = _frozen_setattr(made, names)  # type: ignore[method-assign, assignment]
        made.__delattr__ = _frozen_delattr(made, names)  # type: ignore[method-assign, assignment]
        if slots:
            made.__getstate__ = _getstate  # type: ignore[attr-defined]
            made.__setstate__ = _setstate  # type: ignore[attr-defined]
        return made

    return wrap if cls is None else wrap(cls)


def _plain_fields(cls: type) -> dict[str, dataclasses.Field[Any]] | None:
    """The fields of a plain class (no dataclass or slotted base, no metaclass) whose
    annotations are all strings (``from __future__ import annotations``) naming no
    ClassVar, as dataclass() would find them; ``None`` for anything else, which goes
    through dataclass() itself.

    dataclass() does the same, plus matching every string annotation against ClassVar,
    InitVar and KW_ONLY with regular expressions: with the methods the stand-in writes
    otherwise, two thirds of a record's cost, ~1 ms of ``raci validate``'s start-up."""
    if type(cls) is not type or any(_dataclass_or_slotted(base) for base in (cls, *cls.__mro__[1:-1])):
        return None
    annotations = inspect.get_annotations(cls)
    found: dict[str, dataclasses.Field[Any]] = {}
    for name, annotation in annotations.items():
        if not isinstance(annotation, str) or "ClassVar" in annotation:
            return None
        value = cls.__dict__.get(name, _MISSING)
        declared = value if isinstance(value, dataclasses.Field) else dataclasses.field(default=value)
        if declared.default.__class__.__hash__ is None:  # a list or dict default: dataclass() says why not
            return None
        declared.name, declared.type = name, annotation
        declared._field_type = dataclasses._FIELD  # type: ignore[union-attr, attr-defined]  # what fields() keeps
        if declared.kw_only is _MISSING:
            declared.kw_only = False
        found[name] = declared
    if any(isinstance(v, dataclasses.Field) and n not in found for n, v in cls.__dict__.items()):
        return None  # a field with no annotation: dataclass() says why not
    if any(_uses_class_cell(v) for v in cls.__dict__.values()):
        return None  # super() with no arguments: how a slotted copy of the class keeps it working is dataclass()'s
    return found


def _uses_class_cell(value: Any) -> bool:
    """Whether a method (plain, property, class or static) refers to ``__class__``, as
    ``super()`` with no arguments does."""
    if isinstance(value, property):
        functions: tuple[Any, ...] = (value.fget, value.fset, value.fdel)
    elif isinstance(value, (classmethod, staticmethod)):
        functions = (value.__func__,)
    else:
        functions = (value,)
    return any(isinstance(f, FunctionType) and "__class__" in f.__code__.co_freevars for f in functions)


def _dataclass_or_slotted(cls: type) -> bool:
    return "__dataclass_fields__" in cls.__dict__ or "__slots__" in cls.__dict__


def _with_fields(
    cls: type, fields: dict[str, dataclasses.Field[Any]], *, frozen: bool, slots: bool, init: bool
) -> type:
    """``cls`` marked as a dataclass with ``fields``, as dataclass() leaves it with
    ``repr=False, eq=False``: defaults as class attributes, ``__match_args__``, and with
    ``slots`` a new class with a slot per field."""
    for name, f in fields.items():
        if isinstance(cls.__dict__.get(name), dataclasses.Field):
            if f.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    setattr(cls, "__dataclass_fields__", fields)  # noqa: B010  # the names dataclasses reads
    setattr(cls, "__dataclass_params__", _Params(init=init, frozen=frozen, slots=slots))  # noqa: B010
    if "__match_args__" not in cls.__dict__:
        setattr(cls, "__match_args__", tuple(n for n, f in fields.items() if f.init))  # noqa: B010
    if not slots:
        return cls
    body = {k: v for k, v in cls.__dict__.items() if k not in fields and k not in ("__dict__", "__weakref__")}
    body["__slots__"] = tuple(fields)
    made = type(cls.__name__, cls.__bases__, body)
    made.__qualname__ = cls.__qualname__
    return made


class _Params:
    """``__dataclass_params__`` of a class the stand-in made: what dataclass() records."""

    __slots__ = (
        "eq",
        "frozen",
        "init",
        "kw_only",
        "match_args",
        "order",
        "repr",
        "slots",
        "unsafe_hash",
        "weakref_slot",
    )

    def __init__(self, *, init: bool, frozen: bool, slots: bool) -> None:
        self.init, self.frozen, self.slots = init, frozen, slots
        self.repr = self.eq = self.order = self.unsafe_hash = self.kw_only = self.weakref_slot = False
        self.match_args = True

    def __repr__(self) -> str:
        return f"_Params({', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)})"


class _LazySignature:
    """A class's ``__signature__``, built when first asked (by ``inspect.signature``, help,
    an IDE): building it for every record at start-up was ~0.4 ms of ``raci validate``.
    It sits on the class, since a function's attribute cannot wait: ``inspect.signature``
    of the ``__init__`` itself shows ``(self, *args, **kwargs)``."""

    def __get__(self, instance: object, owner: type) -> inspect.Signature:
        made = _signature(dataclasses.fields(owner))
        setattr(owner, "__signature__", made)  # noqa: B010  # once per class
        return made


def _frozen(cls: type) -> bool:
    params = cls.__dict__.get("__dataclass_params__")
    return params is not None and bool(params.frozen)


def _needs_the_real_one(cls: type) -> bool:
    """What the stand-in does not do: ``__post_init__``, keyword-only fields, ``InitVar``."""
    if hasattr(cls, "__post_init__"):
        return True
    notes = [str(a) for a in inspect.get_annotations(cls).values()]
    if any("InitVar" in a or "KW_ONLY" in a for a in notes):
        return True
    return any(isinstance(v, dataclasses.Field) and v.kw_only is True for v in vars(cls).values())


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., None]:
    """``__init__(self, a, b=1, c=<factory>)`` in field order, as dataclass() writes it."""
    taken = tuple(f for f in fields if f.init)
    names = tuple(f.name for f in taken)
    defaults: dict[str, tuple[bool, Any]] = {}
    for f in fields:
        if f.default is not _MISSING:
            defaults[f.name] = (False, f.default)
        elif f.default_factory is not _MISSING:
            defaults[f.name] = (True, f.default_factory)
    later = tuple(f.name for f in fields if not f.init and f.name in defaults)
    owner = cls.__qualname__
    setter = object.__setattr__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(
                f"{owner}.__init__() takes {len(names) + 1} positional arguments but {len(args) + 1} were given"
            )
        for name, value in zip(names, args, strict=False):  # fewer args than names: the rest below
            if name in kwargs:
                raise TypeError(f"{owner}.__init__() got multiple values for argument '{name}'")
            setter(self, name, value)
        for name in names[len(args) :]:
            if name in kwargs:
                setter(self, name, kwargs.pop(name))
            elif name in defaults:
                factory, value = defaults[name]
                setter(self, name, value() if factory else value)
            else:
                raise TypeError(f"{owner}.__init__() missing 1 required argument: '{name}'")
        if kwargs:
            raise TypeError(f"{owner}.__init__() got an unexpected keyword argument '{next(iter(kwargs))}'")
        for name in later:
            factory, value = defaults[name]
            setter(self, name, value() if factory else value)

    __init__.__qualname__ = f"{owner}.__init__"
    return __init__


def _signature(fields: tuple[dataclasses.Field[Any], ...]) -> inspect.Signature:
    """What ``inspect.signature`` shows for a dataclass: its ``__init__``'s parameters after
    ``self`` (a factory shows as ``<factory>``)."""
    parameters = []
    for f in fields:
        if not f.init:
            continue
        if f.default is not _MISSING:
            default: Any = f.default
        elif f.default_factory is not _MISSING:
            default = _FACTORY
        else:
            default = inspect.Parameter.empty
        keyword = inspect.Parameter.POSITIONAL_OR_KEYWORD
        parameters.append(inspect.Parameter(f.name, keyword, default=default, annotation=f.type))
    return inspect.Signature(parameters, return_annotation=None)


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _frozen_setattr(cls: Any, names: frozenset[str]) -> Callable[[Any, str, Any], None]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _frozen_delattr(cls: Any, names: frozenset[str]) -> Callable[[Any, str], None]:
    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


def _getstate(self: Any) -> list[Any]:
    """A slotted frozen instance's state for pickle and copy: its field values in order."""
    return [getattr(self, f.name) for f in dataclasses.fields(self)]


def _setstate(self: Any, state: list[Any]) -> None:
    for f, value in zip(dataclasses.fields(self), state, strict=True):
        object.__setattr__(self, f.name, value)  # frozen: the way dataclass() restores it
