"""The rule registry: code → :class:`Rule`.

A rule is data plus a generator (as in yamllint): a code, a name, a default severity,
options with their defaults, a docstring that is its documentation, and a ``check``
that yields :class:`Hit`s — where and what, nothing more. The engine in
:mod:`raci.lint` stamps code and severity, applies configuration and suppressions.
Adding a rule is adding a function with the :func:`rule` decorator to a module listed
in ``_MODULES``, and its messages to :mod:`raci.i18n`.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from raci.spec.model import Span, Spec

if TYPE_CHECKING:
    from raci.graph import OrgGraph

_MODULES = (
    "raci.rules.core",
    "raci.rules.lifecycle",
    "raci.rules.patterns",
    "raci.rules.kpi",
    "raci.rules.mission",
    "raci.rules.capacity",
    "raci.rules.suppressions",
)

FAMILIES: Mapping[str, str] = MappingProxyType(
    {
        "R": "RACI core",
        "L": "Lifecycle and handoffs",
        "P": "Failure patterns of CS teams",
        "K": "KPI tree",
        "M": "Mission",
        "C": "Capacity",
        "X": "Suppressions",
    }
)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found: where, the message arguments, and a stable subject id.

    ``subject`` names what the finding is about (an activity id, ``cs:reactive``…) so a
    baseline can recognise the same finding after lines move.
    """

    span: Span | None
    args: Mapping[str, Any] = field(default_factory=dict)
    subject: str = ""
    key: str | None = None
    """Message key when the rule has more than one message; defaults to the code."""


@dataclass(frozen=True)
class Context:
    """What a rule sees: the spec, the shared read-only graph, and its own options.

    Rules registered with ``after_others=True`` (the suppression checks) also see what
    the other rules found, and which codes ran.
    """

    spec: Spec
    graph: OrgGraph
    options: Mapping[str, Any] = field(default_factory=dict)
    findings: tuple[Any, ...] = ()
    ran: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    check: Callable[[Context], Iterable[Hit]]
    options: Mapping[str, Any] = field(default_factory=dict)
    """Option name → default value; the default's type is the option's type."""
    after_others: bool = False

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.name


_REGISTRY: dict[str, Rule] = {}


def rule(
    code: str, name: str, severity: str, *, after_others: bool = False, **options: Any
) -> Callable[[Callable[[Context], Iterable[Hit]]], Callable[[Context], Iterable[Hit]]]:
    """Register ``check`` as rule ``code``; its docstring is its documentation."""

    def register(check: Callable[[Context], Iterable[Hit]]) -> Callable[[Context], Iterable[Hit]]:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, name, severity, check, MappingProxyType(dict(options)), after_others)
        return check

    return register


def all_rules() -> dict[str, Rule]:
    """Every rule, by code, in code order."""
    for module in _MODULES:
        importlib.import_module(module)
    return dict(sorted(_REGISTRY.items()))


def by_name_or_code(key: str) -> Rule | None:
    """A rule by its code (``R101``, any case) or its name (``no-accountable``)."""
    rules = all_rules()
    found = rules.get(key.upper())
    return found or next((r for r in rules.values() if r.name == key), None)
