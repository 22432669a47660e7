"""Filled forms back into answers: XLSX (read-only, through the hidden metadata sheet) and
CSV (any sheet program's export), in the shared cell vocabulary
(:func:`raci.spec.loose_cells.parse_loose`: ``A/R``, ``AR``, ``◎``, ``責任者``, ``-``…).

Nothing stops the collection: an unreadable cell is reported with its file and cell and
left out (that participant did not answer it); a form of another workshop or an empty
form is reported and left out; the other forms are counted. Files that are not forms
(a README, a photo of the whiteboard) are skipped with a note.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from raci.spec.cells import Cell, CellError, canonical
from raci.spec.loose_cells import parse_loose
from raci.workshop.forms import FIRST_ANSWER_COLUMN, META_SHEET
from raci.workshop.manifest import FORMAT, MANIFEST_NAME, SPEC_NAME

if TYPE_CHECKING:
    from raci.spec.model import Spec

COMMENT_HEADERS = ("comment", "comments", "note", "notes", "why", "コメント", "備考", "メモ", "理由")
_BRACKET_ID = re.compile(r"[\[［]\s*([^\]］]+?)\s*[\]］]\s*$")


@dataclass
class Form:
    """One participant's answers: cell (activity, department) → canonical roles (``""``: no role)."""

    file: str
    name: str
    department: str | None
    answers: dict[tuple[str, str], str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    """Activity id → the participant's "why / what is unclear"."""
    notes: dict[tuple[str, str], str] = field(default_factory=dict)
    """A note written in a cell after its roles (``C - 価格改定時のみ``)."""


@dataclass(frozen=True)
class Note:
    """A problem (``error``: something was left out) or a ``note`` (a file skipped), with where."""

    file: str
    key: str
    args: dict[str, str]
    where: str = ""
    """``Form!E7`` (sheet and cell) in a workbook, ``7:5`` (line:column) in a CSV file, ``""``
    for the whole file; shown after the file name and a colon, as ``file:line:col``."""
    severity: str = "error"

    def location(self) -> str:
        return f"{self.file}:{self.where}" if self.where else self.file


class _Skip(Exception):
    def __init__(self, note: Note) -> None:
        super().__init__(note.key)
        self.note = note


@dataclass
class Reader:
    """Reads the forms of one workshop: its id, the spec's activities and departments."""

    workshop: str
    spec: Spec
    notes: list[Note] = field(default_factory=list)
    _cache: dict[str, Cell | CellError] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.activities = {a.id for a in self.spec.activities()}
        self.departments = [d.id for d in self.spec.departments]
        lookup: dict[str, str] = {}
        for dept in self.spec.departments:
            for name in (dept.id, dept.name.ja, dept.name.en):
                if name:
                    lookup.setdefault(name.strip().casefold(), dept.id)
        self.lookup = lookup

    # the folder ---------------------------------------------------------------------

    def folder(self, path: Path, progress: Callable[[int], None] | None = None) -> list[Form]:
        files = candidates(path)
        forms = []
        for file in files:
            form = self.file(file, display=str(file))
            if form is not None:
                forms.append(form)
            if progress is not None:
                progress(1)
        return forms

    def file(self, path: Path, display: str) -> Form | None:
        """The form at ``path``, or ``None`` after noting why it is left out."""
        suffix = path.suffix.lower()
        try:
            if suffix == ".xlsx":
                form = self._xlsx(path, display)
            elif suffix == ".csv":
                form = self._csv(path, display)
            else:
                raise _Skip(Note(display, "workshop.read.not_a_form", {}, severity="note"))
        except _Skip as skip:
            self.notes.append(skip.note)
            return None
        if not any(form.answers.values()) and not form.comments:
            self.notes.append(Note(display, "workshop.read.empty", {"name": form.name}))
            return None
        return form

    # cells ------------------------------------------------------------------------------

    def cell(self, form: Form, activity: str, department: str, value: Any, where: Callable[[], str]) -> None:
        """Read one answer; ``where`` names the cell, computed only for a problem (60,000 cells)."""
        if value is None:
            form.answers[(activity, department)] = ""
            return
        text = str(value).strip()
        parsed = self._cache.get(text)
        if parsed is None:
            parsed = parse_loose(text)
            if len(self._cache) < 10_000:
                self._cache[text] = parsed
        if isinstance(parsed, CellError):
            bad = parsed.bad or text
            key = "workshop.read.bad_cell" if bad == text else "workshop.read.bad_cell_part"
            args = {"text": text, "bad": bad, "name": form.name}
            self.notes.append(Note(form.file, key, args, where()))
            return
        form.answers[(activity, department)] = canonical(parsed.roles)
        if parsed.note is not None:
            form.notes[(activity, department)] = parsed.note.get("ja")

    def activity(self, form: Form, value: Any, where: str, seen: set[str]) -> str | None:
        ident = "" if value is None else str(value).strip()
        if ident in self.activities and ident not in seen:
            seen.add(ident)
            return ident
        key = "workshop.read.duplicate_activity" if ident in seen else "workshop.read.unknown_activity"
        self.notes.append(Note(form.file, key, {"id": ident}, where))
        return None

    # XLSX ---------------------------------------------------------------------------------

    def _xlsx(self, path: Path, display: str) -> Form:
        from zipfile import BadZipFile

        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except (OSError, BadZipFile, KeyError, ValueError) as error:
            raise _Skip(Note(display, "workshop.read.unreadable", {"reason": str(error)})) from None
        try:
            if META_SHEET not in book.sheetnames:
                raise _Skip(Note(display, "workshop.read.not_a_form", {}, severity="note"))
            meta_rows = list(book[META_SHEET].iter_rows(max_col=2, values_only=True))
            meta = {str(k): "" if v is None else str(v) for k, v in meta_rows if k is not None}
            self._check_identity(meta, display, f"{META_SHEET}!B2")
            departments = [d for d in meta.get("departments", "").split(",") if d]
            unknown = [d for d in departments if d not in self.departments]
            if unknown or not departments:
                raise _Skip(
                    Note(
                        display,
                        "workshop.read.other_workshop",
                        {"found": meta.get("workshop", ""), "ours": self.workshop},
                        f"{META_SHEET}!B6",
                    )
                )
            header = int(meta.get("header_row", "5") or 5)
            sheet = book.worksheets[0]
            form = Form(
                display, meta.get("participant") or path.stem, _department(meta.get("department"), self.departments)
            )
            seen: set[str] = set()
            width = len(departments)
            title = sheet.title
            letters = [_column(FIRST_ANSWER_COLUMN + offset) for offset in range(width)]
            for number, row in enumerate(
                sheet.iter_rows(min_row=header + 1, max_col=FIRST_ANSWER_COLUMN + width, values_only=True), header + 1
            ):
                if len(row) < 2 or row[1] is None:
                    continue
                activity = self.activity(form, row[1], f"{title}!B{number}", seen)
                if activity is None:
                    continue
                for offset, department in enumerate(departments):
                    index = FIRST_ANSWER_COLUMN - 1 + offset
                    value = row[index] if index < len(row) else None
                    self.cell(form, activity, department, value, _place(f"{title}!{letters[offset]}", number))
                last = FIRST_ANSWER_COLUMN - 1 + width
                if last < len(row) and row[last] not in (None, ""):
                    form.comments[activity] = str(row[last]).strip()
            return form
        finally:
            book.close()

    def _check_identity(self, meta: dict[str, str], display: str, where: str) -> None:
        if meta.get("format") != FORMAT or meta.get("workshop") != self.workshop:
            found = meta.get("workshop") or "?"
            raise _Skip(Note(display, "workshop.read.other_workshop", {"found": found, "ours": self.workshop}, where))

    # CSV ------------------------------------------------------------------------------------

    def _csv(self, path: Path, display: str) -> Form:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise _Skip(Note(display, "workshop.read.unreadable", {"reason": error.strerror or str(error)})) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _Skip(Note(display, "workshop.read.not_utf8", {})) from None
        first = text.split("\n", 1)[0]
        dialect = "excel-tab" if "\t" in first and "," not in first else "excel"
        rows = list(csv.reader(io.StringIO(text), dialect=dialect))
        meta: dict[str, str] = {}
        header_at = None
        for number, row in enumerate(rows):
            head = row[0].strip().casefold() if row else ""
            if head in ("activity", "活動", "活動id"):
                header_at = number
                break
            if head and len(row) > 1:
                meta[_META_KEYS.get(head, head)] = row[1].strip()
        if header_at is None:
            raise _Skip(Note(display, "workshop.read.not_a_form", {}, severity="note"))
        if meta.get("workshop") != self.workshop:
            line = next(
                (
                    n + 1
                    for n, r in enumerate(rows[:header_at])
                    if r and _META_KEYS.get(r[0].strip().casefold(), r[0].strip().casefold()) == "workshop"
                ),
                1,
            )
            raise _Skip(
                Note(
                    display,
                    "workshop.read.other_workshop",
                    {"found": meta.get("workshop") or "?", "ours": self.workshop},
                    f"{line}:2",
                )
            )
        form = Form(display, meta.get("participant") or path.stem, self._department_of(meta.get("department")))
        columns, comment = self._csv_columns(form, rows[header_at], header_at + 1)
        seen: set[str] = set()
        for number, row in enumerate(rows[header_at + 1 :], header_at + 2):
            if not row or not any(cell.strip() for cell in row):
                continue
            activity = self.activity(form, row[0], f"{number}:1", seen)
            if activity is None:
                continue
            for index, department in columns:
                value = row[index] if index < len(row) else None
                self.cell(form, activity, department, value, _place(str(number), index + 1, ":"))
            if comment is not None and comment < len(row) and row[comment].strip():
                form.comments[activity] = row[comment].strip()
        return form

    def _csv_columns(self, form: Form, header: list[str], line: int) -> tuple[list[tuple[int, str]], int | None]:
        """(column index, department id) for every department column, and the comment column."""
        columns: list[tuple[int, str]] = []
        comment = None
        for index, raw in enumerate(header[1:], 1):
            text = raw.strip()
            bracket = _BRACKET_ID.search(text)
            ident = bracket.group(1) if bracket else self.lookup.get(text.casefold())
            if bracket is None and ident is None:
                if comment is None and text.casefold().startswith(COMMENT_HEADERS):
                    comment = index
                continue
            if ident not in self.departments:
                self.notes.append(
                    Note(
                        form.file,
                        "workshop.read.unknown_department",
                        {"text": text, "known": ", ".join(self.departments)},
                        f"{line}:{index + 1}",
                    )
                )
                continue
            columns.append((index, ident))
        return columns, comment

    def _department_of(self, text: str | None) -> str | None:
        if not text:
            return None
        bracket = _BRACKET_ID.search(text)
        return (
            bracket.group(1)
            if bracket and bracket.group(1) in self.departments
            else self.lookup.get(text.strip().casefold())
        )


_META_KEYS = {
    "ワークショップ": "workshop",
    "参加者": "participant",
    "名前": "participant",
    "部門": "department",
    "name": "participant",
}


def _place(head: str, tail: int, sep: str = "") -> Callable[[], str]:
    """Where a cell is (``Form!E7``, ``7:5``), made into text only when a problem needs it."""
    return lambda: f"{head}{sep}{tail}"


def _department(value: str | None, known: list[str]) -> str | None:
    return value if value in known else None


def _column(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


def candidates(folder: Path) -> list[Path]:
    """The files of ``folder`` that could be forms, by name: not the workshop's own files,
    hidden files or office lock files (``~$form.xlsx``)."""
    own = {MANIFEST_NAME, SPEC_NAME}
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.name not in own and not p.name.startswith((".", "~$"))
    )


def read_all(
    folder: Path, workshop: str, spec: Spec, progress: Callable[[int], None] | None = None
) -> tuple[list[Form], list[Note]]:
    reader = Reader(workshop, spec)
    forms = reader.folder(folder, progress)
    return forms, reader.notes


def unique_names(forms: Iterable[Form]) -> None:
    """Two forms under one name (a re-sent form, two 田中さん) stay two coders: the second
    gets its file name added."""
    seen: set[str] = set()
    for form in forms:
        if form.name in seen:
            form.name = f"{form.name} ({Path(form.file).name})"
        seen.add(form.name)
