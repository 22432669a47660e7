"""The typed, immutable model of an org spec.

The loader is the only code that builds these objects; everything else (rules,
renderers, the workshop and diff tools to come) reads them. Every element keeps the
:class:`Span` it came from so that a finding can point at ``file:line:col``; spans
take no part in equality, so comparing two models compares what they say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import field, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar, cast

from raci.langs import Lang

if TYPE_CHECKING:
    from dataclasses import dataclass

    from raci.spec.suppressions import Suppression
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

DEPARTMENT_KINDS = ("sales", "cs", "support", "marketing", "product", "other", "role")
STAGES = ("lead", "contract", "onboarding", "adoption", "renewal", "expansion", "advocacy", "support")
MODES = ("proactive", "reactive")
KPI_LEVELS = ("kgi", "kpi", "activity")

_T = TypeVar("_T")
_set = object.__setattr__


def record(cls: type[_T]) -> type[_T]:
    """Give a dataclass made with ``repr=False, eq=False`` the ``__eq__``, ``__hash__``
    (``None`` for a mutable one) and ``__repr__`` dataclass() would generate: the fields
    with ``compare`` (as a tuple) decide equality and hash, those with ``repr`` show.

    dataclass() compiles every method it generates (six per frozen class), which made
    importing this module a tenth of ``raci validate``'s start-up; these three are shared.
    The classes built by the thousand (Span, Text, Assignment, Activity) also write their
    ``__init__``, which builds a Span in half the time of the generated one.
    """
    every = fields(cast(Any, cls))
    names = [f.name for f in every if f.compare]
    key = attrgetter(*names)
    compared: Callable[[Any], tuple[Any, ...]] = key if len(names) > 1 else lambda obj: (key(obj),)
    shown = tuple(f.name for f in every if f.repr)

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(compared(self))

    def __repr__(self: Any) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in shown)})"

    frozen = cast(Any, cls).__dataclass_params__.frozen
    for method in (__eq__, __hash__, __repr__):
        if method.__name__ not in cls.__dict__:  # a method the class writes itself wins, as with dataclass()
            method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
            # A mutable class compared by value is unhashable, as dataclass() makes it.
            setattr(cls, method.__name__, None if method is __hash__ and not frozen else method)
    return cls


@record
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Span:
    """Where something was written: 1-based line and column in a file.

    The loader also records where it ends (``end_line``/``end_column``, exclusive) and
    both ends as character offsets into the text it decoded (``offset``/``end_offset``,
    what :mod:`raci.spec.edit` patches; :func:`raci.spec.locate.byte_offset` converts to
    UTF-8 bytes). An element's extent stops at its last character: never the comments or
    blank lines after it. ``str(span)`` stays ``file:line:col``.
    """

    file: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    offset: int | None = None
    end_offset: int | None = None

    def __init__(
        self,
        file: str,
        line: int,
        column: int,
        end_line: int | None = None,
        end_column: int | None = None,
        offset: int | None = None,
        end_offset: int | None = None,
    ) -> None:
        _set(self, "file", file)
        _set(self, "line", line)
        _set(self, "column", column)
        _set(self, "end_line", end_line)
        _set(self, "end_column", end_column)
        _set(self, "offset", offset)
        _set(self, "end_offset", end_offset)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@record
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Text:
    """A display text in one or both languages; ``get`` falls back to the other one."""

    ja: str | None = None
    en: str | None = None

    def __init__(self, ja: str | None = None, en: str | None = None) -> None:
        _set(self, "ja", ja)
        _set(self, "en", en)

    def get(self, lang: str) -> str:
        first, second = (self.ja, self.en) if lang == "ja" else (self.en, self.ja)
        return first or second or ""

    def __str__(self) -> str:
        return self.get("en")


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Org:
    """The organisation: its name, language and number of customer accounts."""

    name: Text
    locale: Lang | None = None
    """The team's language; ``None`` lets the environment decide."""
    accounts: int | None = None
    span: Span | None = field(default=None, compare=False)


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Mission:
    """The parts of the mission template: we help [customer] achieve [success] through [value]."""

    customer: Text | None = None
    value: Text | None = None
    success: Text | None = None
    statement: Text | None = None
    span: Span | None = field(default=None, compare=False)
    spans: Mapping[str, Span] = field(default_factory=dict, compare=False)


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ScopeItem:
    """One line of a department's scope: free text, or a reference to an activity or phase."""

    text: Text | None = None
    activity: str | None = None
    phase: str | None = None
    span: Span | None = field(default=None, compare=False)


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Scope:
    """A department's scope: what it does, and what it does not (``in`` / ``out``)."""

    does: tuple[Text, ...] = ()
    does_not: tuple[ScopeItem, ...] = ()
    span: Span | None = field(default=None, compare=False)


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Department:
    """A department or role that holds RACI cells."""

    id: str
    name: Text
    kind: str
    headcount: int | None = None
    accounts: int | None = None
    scope: Scope | None = None
    span: Span | None = field(default=None, compare=False)


@record
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Assignment:
    """The roles one department holds on one activity (a RACI cell)."""

    department: str
    roles: frozenset[str]
    span: Span | None = field(default=None, compare=False)
    note: Text | None = None
    """Why, or when: ``{roles: C, note: 価格改定時のみ}`` in the spec."""
    situational: bool = False
    """The role applies only in some cases (``situational: true``)."""

    def __init__(
        self,
        department: str,
        roles: frozenset[str],
        span: Span | None = None,
        note: Text | None = None,
        situational: bool = False,
    ) -> None:
        _set(self, "department", department)
        _set(self, "roles", roles)
        _set(self, "span", span)
        _set(self, "note", note)
        _set(self, "situational", situational)

    @property
    def cell(self) -> str:
        """The canonical cell text: ``A/R``, ``R``, ``C/I``… in A, R, C, I order."""
        return "/".join(r for r in "ARCI" if r in self.roles)

    @property
    def annotated(self) -> bool:
        """True when the cell carries a note or the situational flag."""
        return self.note is not None or self.situational


@record
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Activity:
    """One piece of work in a phase, with its RACI row."""

    id: str
    name: Text
    phase: str
    raci: tuple[Assignment, ...]
    mode: str | None = None
    kpis: tuple[str, ...] = ()
    handoff: bool = False
    description: Text | None = None
    span: Span | None = field(default=None, compare=False)

    def __init__(
        self,
        id: str,
        name: Text,
        phase: str,
        raci: tuple[Assignment, ...],
        mode: str | None = None,
        kpis: tuple[str, ...] = (),
        handoff: bool = False,
        description: Text | None = None,
        span: Span | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "phase", phase)
        _set(self, "raci", raci)
        _set(self, "mode", mode)
        _set(self, "kpis", kpis)
        _set(self, "handoff", handoff)
        _set(self, "description", description)
        _set(self, "span", span)

    def holders(self, role: str) -> list[str]:
        """Departments holding ``role`` (one of R, A, C, I) on this activity, in spec order."""
        return [a.department for a in self.raci if role in a.roles]


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Phase:
    """A lifecycle phase and its activities, in spec order."""

    id: str
    name: Text
    stage: str | None
    activities: tuple[Activity, ...]
    description: Text | None = None
    span: Span | None = field(default=None, compare=False)


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Kpi:
    """A KGI, KPI or activity metric in the KPI tree."""

    id: str
    name: Text
    level: str
    parents: tuple[str, ...] = ()
    owner: str | None = None
    unit: str | None = None
    target: str | None = None
    description: Text | None = None
    span: Span | None = field(default=None, compare=False)
    use: str | None = None
    """The id of the library KPI this one is based on (``raci kpis``), if any."""


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Spec:
    """A whole org spec. ``source`` is the file name used in locations.

    Equality and hashing compare what the spec means, never where it was written: spans,
    ``source`` and the suppression comments are left out, so a spec equals its
    reformatted copy and two loads of the same text under different file names.
    """

    version: int
    org: Org
    departments: tuple[Department, ...]
    phases: tuple[Phase, ...]
    kpis: tuple[Kpi, ...] = ()
    mission: Mission | None = None
    source: str = field(default="<spec>", compare=False)
    suppressions: tuple[Suppression, ...] = field(default=(), compare=False)
    """``# raci: ignore[CODE] reason`` comments, applied by the linter."""
    _index: dict[str, dict[str, object]] = field(default_factory=dict, repr=False, compare=False)

    def activities(self) -> Iterator[Activity]:
        """All activities in lifecycle order."""
        for phase in self.phases:
            yield from phase.activities

    def _by_id(self, kind: str) -> dict[str, object]:
        table = self._index.get(kind)
        if table is None:
            items = {
                "department": self.departments,
                "phase": self.phases,
                "kpi": self.kpis,
                "activity": tuple(self.activities()),
            }[kind]
            table = {item.id: item for item in items}  # type: ignore[attr-defined]
            self._index[kind] = table
        return table

    def department(self, id: str) -> Department:
        return self._by_id("department")[id]  # type: ignore[return-value]

    def phase(self, id: str) -> Phase:
        return self._by_id("phase")[id]  # type: ignore[return-value]

    def kpi(self, id: str) -> Kpi:
        return self._by_id("kpi")[id]  # type: ignore[return-value]

    def activity(self, id: str) -> Activity:
        return self._by_id("activity")[id]  # type: ignore[return-value]
