"""A RACI table as read from a spreadsheet or wiki page, before it becomes a spec.

Two stages, one type each, so that readers and the spec builder meet at one seam:

- a reader (CSV, XLSX, Markdown) turns a file into :class:`Grid` objects: the table's
  text cells, each with the place it came from (merged cells already spread over their
  range, blank rows and columns kept so positions stay true);
- the layout step turns a grid into a :class:`Matrix`: which entries are the roles,
  the activities, the sections (phases) and the extra columns (description, notes…),
  with no interpretation of the cell text yet. The cell vocabulary
  (:func:`raci.spec.loose_cells.parse_loose`) is applied afterwards, by the spec builder.

Every entry keeps its :class:`Where`, so a finding about a cell can point back at
``table.xlsx:RACI!D7`` or ``table.csv:7:12``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Where:
    """Where an entry was written: a sheet and cell (XLSX) or a line and column (text)."""

    file: str
    sheet: str | None = None
    cell: str | None = None
    """The spreadsheet reference, ``D7`` (XLSX only)."""
    line: int | None = None
    """1-based line in the file (CSV, Markdown)."""
    column: int | None = None
    """1-based character column in that line (CSV, Markdown)."""

    def __str__(self) -> str:
        if self.cell is not None:
            sheet = f"{self.sheet}!" if self.sheet else ""
            return f"{self.file}:{sheet}{self.cell}"
        if self.line is not None:
            return f"{self.file}:{self.line}:{self.column or 1}"
        return self.file


@dataclass(frozen=True, slots=True)
class Entry:
    """One cell's text (stripped; ``""`` when blank) and where it was written."""

    text: str
    where: Where


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader or the layout step saw and the user should hear about.

    ``key`` is a message key in :mod:`raci.i18n` (``args`` fill it in); ``where`` points at
    the row, column or cell concerned (hidden rows, a dropped column, a row with letters
    but no activity name…).
    """

    key: str
    where: Where | None = None
    args: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Grid:
    """One table of a file: rows of entries, as the reader found them."""

    rows: tuple[tuple[Entry, ...], ...]
    source: Where
    """The file (and sheet) the table came from."""
    title: str | None = None
    """The sheet's name, or the Markdown heading above the table: a phase name candidate."""
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    """A role column (or row, in a transposed table): its header text and its group."""

    name: Entry
    group: str | None = None
    """The merged heading above it in a two-row header (「営業部門」 over 「AE」, 「SE」)."""


@dataclass(frozen=True, slots=True)
class Row:
    """One activity: its name (``None`` when the name cell is blank) and one cell per role."""

    name: Entry | None
    cells: tuple[Entry, ...]
    """Aligned with :attr:`Matrix.roles`; a blank cell is an entry with ``text == ""``."""
    extras: tuple[tuple[str, Entry], ...] = ()
    """Kept extra columns, by header: description, notes, priority…"""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of rows under one section heading (a phase); ``name`` is ``None`` before any."""

    name: Entry | None
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Matrix:
    """A table read as RACI: roles, sections of activity rows, and what was left aside."""

    source: Where
    roles: tuple[Role, ...]
    sections: tuple[Section, ...]
    transposed: bool = False
    """True when the activities were columns and the roles rows in the file."""
    notices: tuple[Notice, ...] = field(default=())
