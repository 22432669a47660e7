"""The RACI matrix as data: what every format of ``raci render matrix`` draws.

:func:`build` turns a :class:`~raci.render.Document` into a :class:`Matrix`: rows are the
activities grouped by lifecycle phase in spec order, columns the departments in spec
order, each cell the canonical cell text (``A/R``, ``R``, ``C/I``…, empty for no role).
Findings are attached to what they are about — an activity row, a department column, a
phase — by the ids the rules put in ``Finding.args`` (never by line numbers), so a row
without an Accountable carries its R101 whatever the layout of the file.

The model is plain frozen data with every text already in the output language, so a
template (the report page includes ``matrix_table.html.j2``) needs nothing else. Control
characters in spec text are already made visible (U+FFFD) for every format: an ESC in
a name must not reach a terminal, and XLSX (XML) cannot hold most of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from raci.findings import SEVERITIES, Finding, severity_rank
from raci.i18n import t
from raci.i18n.render_matrix import MESSAGES as _LABELS
from raci.render.templating import checked_markup, visible
from raci.spec.model import Assignment

if TYPE_CHECKING:
    from markupsafe import Markup

    from raci.render import Document

ROLE_ORDER = "ARCI"
STANDARD_CELLS = ("A/R", "A", "R", "C", "I", "C/I")
"""The cells offered in a workshop sheet's drop-down, in the order people pick them."""


@dataclass(frozen=True)
class MatrixFinding:
    """A finding as the matrix shows it: its text already in the output language."""

    code: str
    severity: str
    message: str
    hint: str | None
    line: int | None
    column: int | None
    target: str
    """What it is attached to: ``activity:ID``, ``department:ID``, ``phase:ID``, or ``""``."""


class Flagged:
    """Something of the matrix that findings can concern: a column, a row, a phase."""

    findings: tuple[MatrixFinding, ...]

    @property
    def severity(self) -> str | None:
        """The gravest severity among its findings, ``None`` without findings."""
        return worst(self.findings)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of its findings, each once, the gravest first."""
        return codes(self.findings)


@dataclass(frozen=True)
class Column(Flagged):
    """A department: one column of the matrix."""

    id: str
    name: str
    kind: str
    findings: tuple[MatrixFinding, ...] = ()


@dataclass(frozen=True)
class Row(Flagged):
    """An activity: one row, with one cell per column (``""`` for no role)."""

    id: str
    name: str
    phase: str
    cells: tuple[str, ...]
    findings: tuple[MatrixFinding, ...] = ()
    mode: str | None = None
    handoff: bool = False
    notes: tuple[str, ...] = ()
    """Per column, the cell's note and situational flag as text (``""``: none); a
    non-empty one is shown as a ``*`` on the cell."""
    annotations: tuple[tuple[str | None, bool], ...] = ()
    """Per column, the cell's note (``None``: none) and situational flag, as data (JSON)."""


@dataclass(frozen=True)
class PhaseGroup(Flagged):
    """A lifecycle phase: a header row followed by its activities."""

    id: str
    name: str
    stage: str | None
    rows: tuple[Row, ...]
    findings: tuple[MatrixFinding, ...] = ()


@dataclass(frozen=True)
class LegendEntry:
    letter: str
    name: str
    meaning: str


@dataclass(frozen=True)
class Matrix:
    org: str
    lang: str
    departments: tuple[Column, ...]
    phases: tuple[PhaseGroup, ...]
    findings: tuple[MatrixFinding, ...]
    """Every finding shown, in file order (those attached to nothing included)."""
    legend: tuple[LegendEntry, ...]
    labels: Mapping[str, str]
    """The fixed texts in the output language, by key without the ``matrix.`` prefix
    (those with placeholders through :meth:`label`)."""
    source: str = ""
    department: str | None = None
    """The department the view is limited to (``--department``), if any."""
    _cells: dict[tuple[int, str], Markup] = field(default_factory=dict, compare=False, repr=False)

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(row for phase in self.phases for row in phase.rows)

    @property
    def cell_values(self) -> tuple[str, ...]:
        """The drop-down choices: the standard cells, then any other cell the spec uses."""
        used = (cell for row in self.rows for cell in row.cells if cell)
        return tuple(dict.fromkeys((*STANDARD_CELLS, *used)))

    def label(self, key: str, **args: object) -> str:
        """A fixed text with its placeholders filled (spec names are not shortened here)."""
        return _LABELS[f"matrix.{key}"][self.lang].format(**args) if args else self.labels[key]

    def td(self, column: int, cell: str) -> Markup:
        """The HTML table's ``<td>`` of a cell without a note in ``column``, as
        ``templates/matrix_table.html.j2`` wrote it, remembered: a 10k-activity report has
        200,000 cells and a few dozen different ones, and each cost the template five
        escapes and a call."""
        found = self._cells.get((column, cell))
        if found is None:
            from markupsafe import Markup, escape

            d = self.departments[column]
            if cell:
                title = f"{escape(d.name)}: {escape(self.role_names(cell))}"
                html = (
                    f'<td class="raci-cell raci-role-{escape(cell[0])}" data-dept="{escape(d.id)}" '
                    f'title="{title}">{escape(cell)}</td>'
                )
            else:
                html = f'<td class="raci-cell" data-dept="{escape(d.id)}"></td>'
            found = self._cells[(column, cell)] = Markup(html)  # safe: every part escaped above
        return found

    def cells_html(self, row: Row, links: Any = None) -> Markup:
        """A row's ``<td>`` lines, each indented as the template indents them, joined by
        newlines: the HTML table's body in Python, not a Jinja loop per cell (a 10k-activity
        report has 200,000 cells). ``links`` is the report's
        :class:`raci.render.finding_links.Links`: the cells a finding concerns are ringed
        and link to it. Every text is escaped and control characters made visible."""
        from markupsafe import escape

        def e(text: str) -> str:
            return str(escape(text))  # plain text: Markup + str would escape the str again

        marked = links is not None and row.id in links.rows
        out = []
        for index, cell in enumerate(row.cells):
            note = visible(row.notes[index]) if row.notes else ""
            marks = links.cell(row.id, self.departments[index].id) if marked else ()
            if not marks and not (cell and note):
                out.append(f"      {self.td(index, cell)}")
                continue
            d = self.departments[index]
            title = e(d.name) + (f": {e(self.role_names(cell))}" if cell else "")
            title += f"&#10;{e(note)}" if note else ""
            star = '<sup class="raci-note">*</sup>' if note else ""
            if not marks:
                out.append(
                    f'      <td class="raci-cell raci-role-{e(cell[0])}" data-dept="{e(d.id)}" '
                    f'title="{title}">{e(cell)}{star}</td>'
                )
                continue
            role = f" raci-role-{e(cell[0])}" if cell else ""
            title += "".join(f"&#10;{e(k.code)}" for k in marks)
            codes = e(" ".join(k.code for k in marks))
            out.append(
                f'      <td id="cell-{e(row.id)}.{e(d.id)}" class="raci-cell{role} raci-hit '
                f'raci-hit-{e(marks[0].severity)}" data-dept="{e(d.id)}" title="{title}">'
                f'<a href="#{e(marks[0].anchor)}" class="raci-hit-link" aria-label="{codes}">'
                f"{e(cell or '?')}{star}</a></td>"
            )
        return checked_markup()("\n".join(out))  # safe: every part escaped above, and made visible

    def role_names(self, cell: str) -> str:
        """``A/R`` → ``Accountable, Responsible`` in the output language (the HTML table's
        cell tooltips call it: ``templates/matrix_table.html.j2``, and user templates may)."""
        return ", ".join(self.labels[f"role.{r}"] for r in ROLE_ORDER if r in cell)


def codes(findings: Iterable[MatrixFinding]) -> tuple[str, ...]:
    """Codes each once, errors before warnings before infos, then by code."""
    ranked = sorted(findings, key=lambda f: (-severity_rank(f.severity), f.code))
    return tuple(dict.fromkeys(f.code for f in ranked))


def worst(findings: Iterable[MatrixFinding]) -> str | None:
    ranks = [severity_rank(f.severity) for f in findings]
    return SEVERITIES[max(ranks)] if ranks else None


def build(doc: Document, lang: str, department: str | None = None) -> Matrix:
    """The matrix of ``doc`` in ``lang``; with ``department``, only the activities that
    department takes part in (every column stays: who else is on them matters).
    Raises ``ValueError`` for an unknown department."""
    spec = doc.spec
    departments = spec.departments
    if department is not None:
        known = [d.id for d in departments]
        if department not in known:
            message = _LABELS["matrix.unknown_department"][lang]
            raise ValueError(message.format(id=department, known=", ".join(known)))
    findings = [_finding(f, lang) for f in sorted(doc.findings, key=Finding.sort_key)]
    attached: dict[str, list[MatrixFinding]] = {}
    for finding in findings:
        attached.setdefault(finding.target, []).append(finding)

    def of(target: str) -> tuple[MatrixFinding, ...]:
        """The findings about ``target``, the gravest first."""
        return tuple(sorted(attached.get(target, ()), key=lambda f: -severity_rank(f.severity)))

    columns = tuple(
        Column(d.id, visible(d.name.get(lang)), d.kind, of(f"department:{d.id}") if department in (None, d.id) else ())
        for d in departments
    )
    phases = []
    for phase in spec.phases:
        rows = []
        for activity in phase.activities:
            cells = {a.department: a.cell for a in activity.raci}
            notes = {a.department: _note(a, lang) for a in activity.raci if a.annotated}
            flags = {
                a.department: (a.note.get(lang) if a.note else None, a.situational)
                for a in activity.raci
                if a.annotated
            }
            if department is not None and department not in cells:
                continue
            rows.append(
                Row(
                    activity.id,
                    visible(activity.name.get(lang)),
                    phase.id,
                    tuple(cells.get(c.id, "") for c in columns),
                    of(f"activity:{activity.id}"),
                    activity.mode,
                    activity.handoff,
                    tuple(notes.get(c.id, "") for c in columns) if notes else (),
                    tuple(flags.get(c.id, (None, False)) for c in columns) if flags else (),
                )
            )
        if department is None or rows:
            phases.append(
                PhaseGroup(phase.id, visible(phase.name.get(lang)), phase.stage, tuple(rows), of(f"phase:{phase.id}"))
            )
    if department is not None:
        shown = {f"activity:{r.id}" for p in phases for r in p.rows}
        shown |= {f"phase:{p.id}" for p in phases} | {f"department:{department}"}
        findings = [f for f in findings if f.target in shown]
    legend = tuple(LegendEntry(r, t(f"matrix.role.{r}", lang), t(f"matrix.role.{r}.meaning", lang)) for r in ROLE_ORDER)
    labels = MappingProxyType({k.removeprefix("matrix."): v[lang] for k, v in _LABELS.items() if "{" not in v[lang]})
    return Matrix(
        org=visible(spec.org.name.get(lang)),
        lang=lang,
        departments=columns,
        phases=tuple(phases),
        findings=tuple(findings),
        legend=legend,
        labels=labels,
        source=spec.source,
        department=department,
    )


def _note(cell: Assignment, lang: str) -> str:
    """``価格改定時のみ（状況に応じて）``: the note and the situational flag of a cell, as one text."""
    parts = [cell.note.get(lang)] if cell.note is not None else []
    if cell.situational:
        parts.append(t("matrix.situational", lang))
    return (" " if lang == "en" else "").join(
        p if i == 0 else (f"({p})" if lang == "en" else f"（{p}）") for i, p in enumerate(parts)
    )


def _finding(finding: Finding, lang: str) -> MatrixFinding:
    span = finding.span
    return MatrixFinding(
        finding.code,
        finding.severity,
        visible(finding.message(lang)),
        visible(hint) if (hint := finding.hint(lang)) is not None else None,
        span.line if span else None,
        span.column if span else None,
        target_of(finding),
    )


def target_of(finding: Finding) -> str:
    """What a finding is about, from the arguments the rules give it.

    Rules about one activity pass its name as ``activity`` and its id as ``id`` (and use
    the id as subject); rules about a department pass ``department`` and ``id``; rules
    about a phase pass ``phase`` and ``id``, or ``after_id`` for the phase a handoff
    leads into. Ids are unique only within their kind, hence the kind check.
    """
    args: Mapping[str, object] = finding.args
    ident = args.get("id")
    if "activity" in args and isinstance(ident, str):
        return f"activity:{ident}"
    if "department" in args and isinstance(ident, str):
        return f"department:{ident}"
    if "phase" in args and isinstance(ident, str):
        return f"phase:{ident}"
    after = args.get("after_id")
    if isinstance(after, str):
        return f"phase:{after}"
    return ""
