"""A :class:`~raci.tables.grid.Matrix` → a spec, with every role cell accounted for.

Roles become departments (ids from their names, a ``kind`` guessed from the name),
sections become phases, rows become activities and each non-empty cell is read with the
spreadsheet vocabulary (:func:`raci.spec.loose_cells.parse_loose`): it becomes an assignment,
an explicit "no role" (``-``), or an error finding at its source cell, never nothing.
:class:`Built` keeps, for every element written, where in the table it came from (its
stable key → :class:`~raci.tables.grid.Where`), so findings about the spec can be shown
at the table's cells (:mod:`raci.tables.inplace`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from raci.findings import TABLE_SEVERITIES, Finding
from raci.spec import keys
from raci.spec.cells import Cell, CellError, canonical
from raci.spec.loose_cells import parse_loose
from raci.spec.model import STAGES, Activity, Assignment, Department, Org, Phase, Spec, Text
from raci.spec.vocabulary import DEFAULT, Vocabulary
from raci.tables.grid import Entry, Matrix, Row, Where
from raci.tables.ids import Ids
from raci.tables.kinds import guess_kind
from raci.tables.places import span_of
from raci.tables.words import stage_of

ID_HEADERS = frozenset(("id", "activity id", "活動id", "活動 id", "タスクid"))
"""Extra columns that hold an activity's id (raci's own CSV and XLSX exports write one)."""
_BULLETS = "■□◆◇◼◻▪▫●○◎◉・･▶▷►▸▼▽★☆※→-–—*#>〇 \u3000"
_ENCLOSED = re.compile(r"^[【［〔《〈]\s*(.+?)\s*[】］〕》〉]\s*(.*)$")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


@dataclass
class Counts:
    """What the summary says: the table's cells in, the spec's assignments out."""

    rows: int = 0
    roles: int = 0
    cells: int = 0
    """Non-empty role cells in the table: ``assignments + no_role + len(not_understood)``."""
    assignments: int = 0
    no_role: int = 0
    """Cells that say "no role" (``-``, ``n/a``, ×): read, and nothing to write."""
    situational: int = 0
    notes: int = 0
    not_understood: list[Where] = field(default_factory=list)
    unnamed: list[Where] = field(default_factory=list)
    lookalikes: list[Where] = field(default_factory=list)
    repeated: list[Where] = field(default_factory=list)
    duplicates: list[tuple[str, str, Where]] = field(default_factory=list)
    """Rows named like an earlier row (T801 in ``raci validate``): (name, id given, place)."""


@dataclass
class Guess:
    """A department kind guessed from a role's name, for the comment asking to check it."""

    department: str
    name: str
    kind: str
    word: str | None


@dataclass
class Built:
    """The spec made from one table, where each element came from, and what was found on the way."""

    spec: Spec
    sources: dict[str, Where]
    """Stable key (``department:cs``, ``activity:kickoff``, ``cell:kickoff/cs``, ``phase:…``) → place."""
    findings: list[Finding]
    counts: Counts
    guesses: list[Guess]
    lost: dict[str, list[tuple[str, str, Where]]]
    """Activity id → the cells not understood on its row: (role name, text, place), kept as comments."""
    lang: str


def detect_lang(texts: Sequence[str]) -> str:
    """``ja`` when the table's names use Japanese script, else ``en``."""
    return "ja" if any(_JAPANESE.search(text) for text in texts) else "en"


def build(
    matrix: Matrix,
    *,
    vocabulary: Vocabulary = DEFAULT,
    lang: str | None = None,
    title: str | None = None,
    org_name: str | None = None,
) -> Built:
    """Turn ``matrix`` into a spec. ``title`` names the phase of rows before any section
    (the sheet's name or the heading above a Markdown table)."""
    names = [r.name.text for r in matrix.roles] + [
        row.name.text for section in matrix.sections for row in section.rows if row.name
    ]
    chosen = lang or detect_lang(names)
    counts = Counts(roles=len(matrix.roles))
    sources: dict[str, Where] = {}
    findings: list[Finding] = []
    departments, guesses = _departments(matrix, sources)
    lost: dict[str, list[tuple[str, str, Where]]] = {}
    phase_ids, activity_ids = Ids("phase"), Ids("activity")
    phases: list[Phase] = []
    number = 0
    staged: set[str] = set()
    for section in matrix.sections:
        default = title or _default_phase(chosen)
        name = undecorated(section.name.text if section.name is not None and section.name.text else default)
        stage = stage_of(name)  # 「活用促進」 → adoption: the lifecycle checks run on Japanese tables too
        stage = stage if stage not in staged else None
        phase_id = (phase_ids.claim(stage) if stage else None) or phase_ids.make(name, len(phases) + 1)
        sources[keys.phase_key(phase_id)] = section.name.where if section.name else matrix.source
        activities = []
        for row in section.rows:
            number += 1
            activity, odd = _activity(row, number, phase_id, departments, activity_ids, vocabulary, chosen, counts)
            activities.append(activity)
            sources[keys.activity_key(activity.id)] = _row_place(row, matrix.source)
            for department, entry in zip(departments, row.cells, strict=False):
                sources[keys.cell_key(activity.id, department.id)] = entry.where
            lost_here = _read_problems(row, odd, activity, findings, counts)
            if lost_here:
                lost[activity.id] = lost_here
        stage = stage or (phase_id if phase_id in STAGES and phase_id not in staged else None)
        staged.add(stage or "")
        phases.append(Phase(phase_id, Text(ja=name, en=name), stage, tuple(activities)))
    counts.rows = number
    counts.duplicates = _duplicates(phases, sources)
    org = org_name or _file_stem(matrix.source.file)
    spec = Spec(1, Org(Text(ja=org, en=org), locale=chosen), tuple(departments), tuple(phases))  # type: ignore[arg-type]
    findings.extend(_notices(matrix))
    return Built(spec, sources, findings, counts, guesses, lost, chosen)


def _departments(matrix: Matrix, sources: dict[str, Where]) -> tuple[list[Department], list[Guess]]:
    ids = Ids("role")
    texts = [r.name.text for r in matrix.roles]
    departments, guesses = [], []
    for number, role in enumerate(matrix.roles, 1):
        text = role.name.text or f"{role.group or 'Role'} {number}"
        if role.group and texts.count(role.name.text) > 1:
            text = f"{role.group} {text}"  # "Manager" under two groups: say whose
        ident = ids.make(text, number)
        kind, word = guess_kind(text, role.group or "")
        departments.append(Department(ident, Text(ja=text, en=text), kind))
        guesses.append(Guess(ident, text, kind, word))
        sources[keys.department_key(ident)] = role.name.where
    return departments, guesses


def _activity(
    row: Row,
    number: int,
    phase: str,
    departments: Sequence[Department],
    ids: Ids,
    vocabulary: Vocabulary,
    lang: str,
    counts: Counts,
) -> tuple[Activity, list[tuple[Department, Entry, Cell | CellError]]]:
    """The activity of ``row``, and its cells that were not read or read from look-alike letters."""
    name = row.name.text if row.name is not None else ""
    named = bool(name)
    if not named:
        name = _unnamed(lang, number)
        counts.unnamed.append(_row_place(row, None))
    extras = [(header, entry.text) for header, entry in row.extras if entry.text]
    own_id = next((text for header, text in extras if header.strip().casefold() in ID_HEADERS), None)
    ident = (ids.claim(own_id) if own_id else None) or ids.make(name if named else "", number)
    described = [(h, text) for h, text in extras if h.strip().casefold() not in ID_HEADERS]
    description = None
    if len(described) == 1 and described[0][0] == "description":
        description = described[0][1]
    elif described:  # "月次レビュー\n備考: オンラインも可": the description first, other columns labelled
        description = "\n".join(text if h == "description" else f"{_label(h, lang)}: {text}" for h, text in described)
    raci = []
    odd: list[tuple[Department, Entry, Cell | CellError]] = []
    for department, entry in zip(departments, row.cells, strict=False):
        if not entry.text or entry.text.isspace():
            continue
        counts.cells += 1
        cell = parse_loose(entry.text, vocabulary)
        if isinstance(cell, CellError):
            odd.append((department, entry, cell))  # reported by _read_problems, kept as a comment
            continue
        if cell.lookalike or cell.repeated:
            odd.append((department, entry, cell))
        if not cell.roles:
            counts.no_role += 1
            continue
        counts.assignments += 1
        counts.situational += cell.situational
        counts.notes += cell.note is not None
        raci.append(Assignment(department.id, cell.roles, None, cell.note, cell.situational))
    text = Text(ja=name, en=name)
    desc = Text(ja=description, en=description) if description else None
    return Activity(ident, text, phase, tuple(raci), description=desc), odd


def _read_problems(
    row: Row,
    odd: list[tuple[Department, Entry, Cell | CellError]],
    act: Activity,
    findings: list[Finding],
    counts: Counts,
) -> list[tuple[str, str, Where]]:
    """Findings for the cells of ``row`` that could not be read, used look-alike letters or
    repeated a letter (``A/RR``: read as A/R, but a typo may hide a missing letter)."""
    lost = []
    activity = act.id
    for department, entry, cell in odd:
        args = {"cell": entry.text, "role": department.name.get("en"), "activity": activity}
        if isinstance(cell, CellError):
            counts.not_understood.append(entry.where)
            lost.append((department.name.get("en"), entry.text, entry.where))
            key = "import.cell_unreadable" if cell.bad.strip() == entry.text.strip() else "import.cell_unreadable_part"
            key = "import.cell_undecided" if cell.kind == "undecided" else key
            findings.append(
                Finding(
                    "T001", TABLE_SEVERITIES["T001"], key, span_of(entry.where), {**args, "bad": cell.bad}, activity
                )
            )
            continue
        if cell.lookalike:
            counts.lookalikes.append(entry.where)
            findings.append(
                Finding("T002", TABLE_SEVERITIES["T002"], "import.lookalike", span_of(entry.where), args, activity)
            )
        if cell.repeated:
            counts.repeated.append(entry.where)
            read = {**args, "roles": canonical(cell.roles)}
            findings.append(
                Finding(
                    "T005", TABLE_SEVERITIES["T005"], "import.repeated_letter", span_of(entry.where), read, activity
                )
            )
    if row.name is None or not row.name.text:
        where = _row_place(row, None)
        args = {"activity": act.name.get("en")}
        findings.append(Finding("T003", TABLE_SEVERITIES["T003"], "import.unnamed_row", span_of(where), args, activity))
    return lost


def _duplicates(phases: Sequence[Phase], sources: dict[str, Where]) -> list[tuple[str, str, Where]]:
    """Activities named as an earlier one, compared as T801 compares them, for the summary."""
    from raci.rules.table import versions

    seen: set[str] = set()
    found = []
    for activity in (a for phase in phases for a in phase.activities):
        names = versions(activity.name)
        if seen.intersection(names):
            found.append((activity.name.get("ja"), activity.id, sources[keys.activity_key(activity.id)]))
        seen.update(names)
    return found


def _notices(matrix: Matrix) -> list[Finding]:
    """What the reader and the layout step noticed (hidden rows, dropped columns…), as info."""
    return [
        Finding("T004", TABLE_SEVERITIES["T004"], n.key, span_of(n.where or matrix.source), dict(n.args), n.key)
        for n in matrix.notices
    ]


def undecorated(name: str) -> str:
    """A section name without the bullets and brackets that decorate it (■オンボーディング,
    【更新】 → 更新); the name itself when nothing else is left."""
    text = name.strip().lstrip(_BULLETS)
    enclosed = _ENCLOSED.match(text)
    if enclosed:
        text = f"{enclosed.group(1)} {enclosed.group(2)}".strip()
    return text.strip() or name.strip()


def _row_place(row: Row, default: Where | None) -> Where:
    """The row's name cell, else its first cell: where a finding about the activity points."""
    if row.name is not None:
        return row.name.where
    if row.cells:
        return row.cells[0].where
    assert default is not None
    return default


def _label(kind: str, lang: str) -> str:
    """An extra column's label in the description: ``備考`` / ``Notes`` for the layout's ``notes``."""
    from raci.i18n import has, t

    key = f"import.extra.{kind}"
    return t(key, lang) if has(key) else kind


def _default_phase(lang: str) -> str:
    from raci.i18n import t

    return t("import.default_phase", lang)


def _unnamed(lang: str, number: int) -> str:
    from raci.i18n import t

    return t("import.unnamed_activity", lang, {"number": number})


def _file_stem(file: str) -> str:
    base = file.replace("\\", "/").rsplit("/", 1)[-1]
    return base.split(".", 1)[0] or base
