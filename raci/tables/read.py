"""One door for every table file: the reader is chosen by the file's extension."""

from __future__ import annotations

from pathlib import Path

from raci.tables.csv_read import read_csv
from raci.tables.errors import TableError
from raci.tables.grid import Grid, Where
from raci.tables.md_read import read_markdown
from raci.tables.xlsx_read import read_xlsx

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SUFFIXES = (*CSV_SUFFIXES, *XLSX_SUFFIXES, *MARKDOWN_SUFFIXES)


def is_table(path: str | Path) -> bool:
    """Whether raci reads ``path`` as a table (by its extension), not as a spec."""
    return Path(path).suffix.lower() in SUFFIXES


def read_table(path: str | Path, sheet: str | None = None) -> list[Grid]:
    """The tables of ``path``: one grid for CSV and XLSX (the sheet named, or the likeliest), one per Markdown table.

    Raises :class:`TableError` for a file that cannot be read as a table at all.
    """
    suffix = Path(path).suffix.lower()
    if suffix in CSV_SUFFIXES:
        return read_csv(path)
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path, sheet)
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown(path)
    known = " ".join(SUFFIXES)
    raise TableError("tables.unknown_format", Where(str(path)), (("suffix", suffix or "-"), ("known", known)))
