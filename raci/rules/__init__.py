"""The rule registry: code → :class:`Rule`.

A rule is data plus a generator (as in yamllint): a code, a name, a default severity,
a docstring that is its documentation, and a ``check`` that yields :class:`Hit`s —
where and what, nothing more. The engine in :mod:`raci.lint` stamps code and severity.
Adding a rule is adding a function with the :func:`rule` decorator to a module listed
in ``_MODULES``.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from raci.spec.model import Span

_MODULES = ("raci.rules.core",)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found: where, the message arguments, and a stable subject id."""

    span: Span | None
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    subject: str = ""
    key: str | None = None
    """Message key when the rule has more than one message; defaults to the code."""


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    check: Callable[..., Iterable[Hit]]

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.name


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, name: str, severity: str) -> Callable[[Callable[..., Iterable[Hit]]], Callable[..., Iterable[Hit]]]:
    """Register ``check`` as rule ``code``; its docstring is its documentation."""

    def register(check: Callable[..., Iterable[Hit]]) -> Callable[..., Iterable[Hit]]:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, name, severity, check)
        return check

    return register


def all_rules() -> dict[str, Rule]:
    """Every rule, by code, in code order."""
    for module in _MODULES:
        importlib.import_module(module)
    return dict(sorted(_REGISTRY.items()))
