"""``dataclass`` for the records on ``raci validate``'s path, without compiling code.

``dataclasses.dataclass(frozen=True)`` writes the source of ``__init__``, ``__setattr__``
and ``__delattr__`` for every class and ``exec``s it: ~0.1 ms a method, 70 methods for
the 25 records :func:`raci.spec.model.record` finishes — a tenth of validating a small
spec, which is mostly start-up. For the classes that ask for no ``repr`` and ``eq`` (the
records leave them to ``record``, the spec's type declarations need none), this stand-in
lets dataclass() record the fields only (nothing compiled) and adds ``__init__`` — and
for a frozen class the two guards — as closures over the field list: the same behaviour,
checked against real frozen dataclasses by tests/test_model_records.py. Every other
combination of options is passed to dataclass() unchanged.

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
        # dataclass() refuses a mutable subclass of a frozen class, so under a frozen base it
        # writes the two guards itself (two methods compiled, not six).
        frozen_base = bool(params.get("frozen")) and any(_frozen(base) for base in target.__mro__[1:])
        made: type = dataclasses.dataclass(
            target, slots=params.get("slots", False), init=False, repr=False, eq=False, frozen=frozen_base
        )
        fields = dataclasses.fields(made)
        if params.get("init", True):
            made.__init__ = _init(made, fields)  # type: ignore[misc]
        if not params.get("frozen") or frozen_base:
            return made
        names = frozenset(f.name for f in fields)
        made.__setattr__ = _frozen_setattr(made, names)  # type: ignore[method-assign, assignment]
        made.__delattr__ = _frozen_delattr(made, names)  # type: ignore[method-assign, assignment]
        made.__dataclass_params__.frozen = True  # type: ignore[attr-defined]  # a frozen subclass checks it
        if params.get("slots"):
            made.__getstate__ = _getstate  # type: ignore[attr-defined]
            made.__setstate__ = _setstate  # type: ignore[attr-defined]
        return made

    return wrap if cls is None else wrap(cls)


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
    __init__.__signature__ = _signature(taken)  # type: ignore[attr-defined]
    return __init__


def _signature(fields: tuple[dataclasses.Field[Any], ...]) -> inspect.Signature:
    """What ``inspect.signature`` shows for a generated ``__init__`` (a factory shows as ``<factory>``)."""
    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for f in fields:
        if f.default is not _MISSING:
            default: Any = f.default
        elif f.default_factory is not _MISSING:
            default = _FACTORY
        else:
            default = inspect.Parameter.empty
        parameters.append(inspect.Parameter(f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default))
    return inspect.Signature(parameters)


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
