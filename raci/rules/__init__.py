"""The rule registry: code → :class:`Rule`.

A rule is one module (as in yamllint): a code, a name, a default severity, options with
their defaults, its messages in Japanese and English, its Japanese documentation, and a
``check`` whose docstring is its English documentation and which yields :class:`Hit`s —
where and what, nothing more. The engine in :mod:`raci.lint` stamps code and severity,
applies configuration and suppressions.

Rules are grouped in families, one package each under ``raci/rules/`` (``core``,
``kpi``…), whose ``__init__`` names the family (``LETTER``, ``TITLE``, ``ORDER``) and
holds what its rules share. :func:`all_rules` imports every module of every family
package, so adding a rule is adding a module (see docs/contributing.md); nothing lists
the rules or the families by hand.
"""

from __future__ import annotations

import importlib
import inspect
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from raci.i18n import register
from raci.rules.inputs import INPUTS
from raci.spec.model import Span, Spec, record

if TYPE_CHECKING:
    from dataclasses import dataclass

    from raci.graph import OrgGraph
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
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


@record
@dataclass(frozen=True, repr=False, eq=False)
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


@record
@dataclass(frozen=True, repr=False, eq=False)
class Rule:
    """A registered rule: its code, name, default severity, check and documentation."""

    code: str
    name: str
    severity: str
    check: Callable[[Context], Iterable[Hit]]
    options: Mapping[str, Any] = field(default_factory=dict)
    """Option name → default value; the default's type is the option's type."""
    after_others: bool = False
    messages: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Message key → {"ja": …, "en": …}: the code, ``<code>.hint``, ``<code>.summary``, variants."""
    docs_ja: Mapping[str, str] = field(default_factory=dict)
    """The Japanese documentation: ``why`` and ``fix`` (the examples are the docstring's)."""
    needs: tuple[str, ...] = ()
    """Inputs of :data:`raci.rules.inputs.INPUTS` the rule reads (``kpis``…): without
    one of them the linter does not run it and notes the skip once per spec."""
    reports_missing: str | None = None
    """The input whose absence is this rule's finding (M501: ``mission``); the skip note
    then leaves that input out, since the finding already says it."""

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else self.name


_REGISTRY: dict[str, Rule] = {}
_FAMILIES: dict[str, tuple[int, str]] = {}
"""Letter → (order, title), filled by :func:`all_rules` from the family packages."""


def rule(
    code: str,
    name: str,
    severity: str,
    *,
    messages: Mapping[str, Mapping[str, str]],
    docs_ja: Mapping[str, str],
    after_others: bool = False,
    needs: tuple[str, ...] = (),
    reports_missing: str | None = None,
    **options: Any,
) -> Callable[[Callable[[Context], Iterable[Hit]]], Callable[[Context], Iterable[Hit]]]:
    """Register ``check`` as rule ``code``; its docstring is its documentation.

    ``messages`` are the rule's own (keys ``code`` or ``code.…``) and join the catalogue
    of :mod:`raci.i18n`, so ``t(code, lang)`` finds them once the rule is imported.
    ``needs`` and ``reports_missing`` name inputs of :data:`raci.rules.inputs.INPUTS`.
    """
    unknown = [n for n in (*needs, *([reports_missing] if reports_missing else [])) if n not in INPUTS]
    if unknown:
        raise ValueError(f"rule {code} names unknown inputs: {', '.join(unknown)}")

    def register_rule(check: Callable[[Context], Iterable[Hit]]) -> Callable[[Context], Iterable[Hit]]:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        foreign = [key for key in messages if key != code and not key.startswith(f"{code}.")]
        if foreign:
            raise ValueError(f"rule {code} defines messages of other codes: {', '.join(foreign)}")
        register(messages)
        _REGISTRY[code] = Rule(
            code,
            name,
            severity,
            check,
            MappingProxyType(dict(options)),
            after_others,
            messages,
            docs_ja,
            tuple(needs),
            reports_missing,
        )
        return check

    return register_rule


def all_rules() -> dict[str, Rule]:
    """Every rule, by code, in code order."""
    if not _FAMILIES:
        _load()
    return dict(sorted(_REGISTRY.items()))


def families() -> dict[str, str]:
    """Family letter → title, in the order the documentation presents them."""
    all_rules()
    return {letter: title for letter, (_, title) in sorted(_FAMILIES.items(), key=lambda item: item[1])}


def _load() -> None:
    """Import every rule module of every family package (a rule's code starts with its family's letter)."""
    for family in _entries(__path__[0], packages=True):
        package = importlib.import_module(f"{__name__}.{family}")
        before = set(_REGISTRY)
        for module in _entries(package.__path__[0], packages=False):
            importlib.import_module(f"{package.__name__}.{module}")
        strays = [code for code in set(_REGISTRY) - before if not code.startswith(package.LETTER)]
        if strays:
            raise ValueError(
                f"rules {', '.join(sorted(strays))} are not of family {package.LETTER} ({package.__name__})"
            )
        _FAMILIES[package.LETTER] = (package.ORDER, package.TITLE)


def _entries(folder: str, *, packages: bool) -> list[str]:
    """The family packages (folders with an ``__init__.py``) or rule modules (``*.py`` not
    starting with ``_``) in ``folder``, sorted. One directory listing each, where
    ``pkgutil.iter_modules`` also listed every family folder again to tell packages from
    modules (1.5 ms of ``raci validate``'s start-up, with importing pkgutil)."""
    with os.scandir(folder) as entries:
        if packages:
            found = [e.name for e in entries if e.is_dir() and os.path.isfile(os.path.join(e.path, "__init__.py"))]
        else:
            found = [e.name[:-3] for e in entries if e.name.endswith(".py") and not e.name.startswith("_")]
    return sorted(found)


def by_name_or_code(key: str) -> Rule | None:
    """A rule by its code (``R101``, any case) or its name (``no-accountable``)."""
    rules = all_rules()
    found = rules.get(key.upper())
    return found or next((r for r in rules.values() if r.name == key), None)
