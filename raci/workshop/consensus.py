"""``consensus.raci.yaml``: the workshop's copy of the spec with each cell's majority answer.

The majority cells are applied as edits to the spec's own text (:mod:`raci.spec.edit`),
so the draft differs from the spec only in the cells that changed and in one comment line
above each tied or contested cell listing who answered what: every comment, the key
order, the quoting and the ``$schema`` modeline the user wrote stay as they were, and
accepting the draft is reviewing a small diff. It is a spec like any other —
``raci validate`` shows the group the usual gaps (no A, no R…) of what they answered.

Participant names go into YAML comments; the edit engine flattens them to one line and
disarms ``raci:``, so a name never becomes a suppression comment (``# raci: ignore[R101]``).
Only when the spec's text cannot be patched in place (an edit the engine refuses) is the
draft written anew by raci's writer, and the caller says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from raci.spec import edit as E
from raci.spec import keys
from raci.spec.edit_batch import apply_all
from raci.spec.edit_comments import comment_text
from raci.spec.model import Assignment
from raci.spec.write import Comments, dump
from raci.workshop.wording import answers_line, whole

if TYPE_CHECKING:
    from raci.spec.model import Spec
    from raci.workshop.results import CellResult

__all__ = ["Draft", "comment_text", "draft", "edits", "text"]


@dataclasses.dataclass(frozen=True)
class Draft:
    text: str
    kept: bool
    """Whether the spec's own text was kept (``False``: written anew, comments lost)."""


def edits(spec: Spec, cells: Sequence[CellResult]) -> list[E.Edit]:
    """The cell edits that make ``spec`` the majority's (a cell nobody answered keeps
    today's value; a cell with the same roles keeps its spelling and note)."""
    current = {(a.id, c.department): c for a in spec.activities() for c in a.raci}
    out: list[E.Edit] = []
    for cell in cells:
        if cell.consensus is None:
            continue
        old = current.get((cell.activity, cell.department))
        roles = frozenset(r for r in cell.consensus.split("/") if r)
        if old is not None and old.roles == roles:
            continue
        if roles:
            out.append(E.SetCell(cell.activity, cell.department, cell.consensus))
        elif old is not None:
            out.append(E.RemoveCell(cell.activity, cell.department))
    return out


def comments(spec: Spec, cells: Sequence[CellResult], lang: str) -> list[E.CommentCell]:
    """One comment a tied or contested cell: who answered what."""
    names = {d.id: d.name.get(lang) for d in spec.departments}
    out = []
    for cell in cells:
        if cell.contested or cell.tie:
            key = "workshop.consensus.tie" if cell.tie else "workshop.consensus.contested"
            args = {"department": names[cell.department], "answers": answers_line(cell.answers, lang)}
            out.append(E.CommentCell(cell.activity, cell.department, whole(key, lang, args)))
    return out


def text(source: str, spec: Spec, cells: Sequence[CellResult], lang: str) -> Draft:
    """The draft: ``source`` (the text of ``spec``) with the majority cells and the comments."""
    try:
        edited = apply_all(source, spec, edits(spec, cells))
    except E.EditError:
        return Draft(_rewritten(spec, cells, lang), kept=False)
    notes = comments(edited.spec, cells, lang)
    try:
        return Draft(apply_all(edited.text, edited.spec, notes).text, kept=True)
    except E.EditError:
        pass
    result = edited
    for note in notes:  # one by one: a comment that cannot go above its cell goes above its activity
        for one in (note, dataclasses.replace(note, department=None)):
            try:
                result = E.apply(result.text, result.spec, [one])
                break
            except E.EditError:
                continue
    return Draft(result.text, kept=True)


def draft(spec: Spec, cells: Mapping[tuple[str, str], CellResult]) -> Spec:
    """``spec`` with every answered cell set to its majority answer, as a model."""
    phases = []
    for phase in spec.phases:
        activities = []
        for activity in phase.activities:
            current = {a.department: a for a in activity.raci}
            row = []
            for dept in spec.departments:
                result = cells.get((activity.id, dept.id))
                old = current.get(dept.id)
                if result is None or result.consensus is None:
                    if old is not None:
                        row.append(old)
                    continue
                roles = frozenset(r for r in result.consensus.split("/") if r)
                if old is not None and old.roles == roles:
                    row.append(old)
                elif roles:
                    row.append(Assignment(dept.id, roles))
            activities.append(dataclasses.replace(activity, raci=tuple(row)))
        phases.append(dataclasses.replace(phase, activities=tuple(activities)))
    return dataclasses.replace(spec, phases=tuple(phases))


def _rewritten(spec: Spec, cells: Sequence[CellResult], lang: str) -> str:
    """The draft written anew by raci's writer: the fallback when the text cannot be patched."""
    by_key = {(c.activity, c.department): c for c in cells}
    notes: dict[str, Comments] = {}
    for note in comments(spec, cells, lang):
        anchor = keys.cell_key(note.activity, note.department or "")
        notes.setdefault(anchor, Comments()).leading.append("# " + comment_text(note.text))
    return dump(draft(spec, by_key), schema_modeline=None, comments=notes)
