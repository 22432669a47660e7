"""The edits :mod:`raci.spec.edit` can make, as data, and the error it raises."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from raci.spec import cells
from raci.spec.model import Spec
from raci.spec.problems import Problem


class EditError(ValueError):
    """An edit cannot be made; ``key`` and ``args`` name the message in :mod:`raci.i18n`."""

    def __init__(self, key: str, problem: Problem | None = None, **args: Any) -> None:
        super().__init__(key, args)
        self.key, self.arguments, self.problem = key, args, problem

    def message(self, lang: str) -> str:
        from raci.i18n import t

        args = dict(self.arguments)
        if self.problem is not None:
            p = self.problem
            args["reason"] = f"{p.span}: {p.code} {t(p.key, lang, p.args)}"
        return t(self.key, lang, args)

    def __str__(self) -> str:
        return self.message("en")


class Edit:
    """One semantic change to a spec."""


@dataclass(frozen=True)
class SetCell(Edit):
    activity: str
    department: str
    cell: str
    """Role letters such as ``A/R``; written in canonical order (A, R, C, I)."""


@dataclass(frozen=True)
class RemoveCell(Edit):
    activity: str
    department: str


@dataclass(frozen=True)
class AddActivity(Edit):
    phase: str
    id: str
    name: str
    raci: Mapping[str, str] = field(default_factory=dict)
    position: int | None = None
    """Index in the phase's activities; ``None`` appends."""


@dataclass(frozen=True)
class RemoveActivity(Edit):
    id: str


@dataclass(frozen=True)
class RenameActivity(Edit):
    """New id (references in ``scope.out`` follow), and/or a new name in ``lang``."""

    id: str
    new_id: str | None = None
    name: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class MoveActivity(Edit):
    id: str
    phase: str
    position: int | None = None


@dataclass(frozen=True)
class AddDepartment(Edit):
    id: str
    name: str
    kind: str
    headcount: int | None = None


@dataclass(frozen=True)
class SetKpiField(Edit):
    """Set (or, with ``None``, remove) one scalar field of a KPI: unit, target, owner, level…"""

    kpi: str
    field: str
    value: str | None


KPI_FIELDS = ("name", "level", "parent", "owner", "unit", "target", "description")


@dataclass(frozen=True)
class SetName(Edit):
    """Set the name of an element in one language; a plain name becomes ``{ja: …, en: …}``
    when the other language is added (a plain name in the spec's own language is replaced)."""

    kind: str
    """``org``, ``department``, ``phase``, ``activity`` or ``kpi``."""
    id: str
    lang: str
    text: str


@dataclass(frozen=True)
class CommentCell(Edit):
    """Write ``# text`` on a line of its own above the line holding a RACI cell, with that
    line's indentation (above the activity's ``raci:`` line when it has no such cell, above
    the activity's first line without a department). Comments change no model, so this is
    how a tool annotates a spec without losing a byte of what the user wrote."""

    activity: str
    department: str | None
    text: str
    """One line; line breaks are flattened and a ``raci:`` directive is disarmed."""


@dataclass(frozen=True)
class Edited:
    """The edited text and its model (loaded again and checked)."""

    text: str
    spec: Spec


def parse_cell(cell: str) -> frozenset[str]:
    """``A/R`` → {A, R}: the spec's own cell grammar (:mod:`raci.spec.cells`), strictly."""
    roles = cells.parse(cell)
    if isinstance(roles, cells.CellError):
        raise EditError(cells.MESSAGE_KEYS[roles.kind], cell=cell, bad=roles.bad, form=roles.suggestion)
    return roles
