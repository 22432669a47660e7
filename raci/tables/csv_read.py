"""CSV, TSV and semicolon tables, with the line and column of every field.

The :mod:`csv` module gives no positions, and a finding must point at its cell, so the
fields are cut here with two regular expressions (RFC 4180 quoting, leniently: a quote
inside an unquoted field is text, text after a closing quote is kept). Positions are in
the decoded text: 1-based line, 1-based character column of the field's first character
(its opening quote when quoted); a quoted field may span lines.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from raci.tables.decode import decode, read_bytes
from raci.tables.errors import TableError
from raci.tables.grid import Entry, Grid, Notice, Where

DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"(?:[^"]|"")*"')
_PLAIN = {d: re.compile(f"[^{re.escape(d)}\r\n]*") for d in DELIMITERS}
_NEWLINE = re.compile(r"\r\n|\r|\n")
_FORMULA_START = frozenset("=+-@＝＋－＠")
_SAMPLE = 64 * 1024


def read_csv(path: str | Path, *, encoding: str | None = None, delimiter: str | None = None) -> list[Grid]:
    """The file as one grid; ``encoding`` and ``delimiter`` (``,`` ``;`` or a tab) are detected unless given."""
    source = Where(str(path))
    text, _, notices = decode(read_bytes(path, source), source, encoding)
    return [
        parse_csv(text, source, delimiter=delimiter, notices=notices, prefer_tab=str(path).lower().endswith(".tsv"))
    ]


def parse_csv(
    text: str,
    source: Where,
    *,
    delimiter: str | None = None,
    notices: tuple[Notice, ...] = (),
    prefer_tab: bool = False,
) -> Grid:
    """Decoded text → a grid (the part of :func:`read_csv` after the bytes are text)."""
    if delimiter is None:
        delimiter = detect_delimiter(text, prefer_tab=prefer_tab)
    elif delimiter not in DELIMITERS:
        raise ValueError(f"delimiter must be one of {DELIMITERS!r}")
    rows, more = _records(text, source, delimiter)
    if not any(entry.text for row in rows for entry in row):
        raise TableError("tables.empty", source)
    return Grid(rows=tuple(rows), source=source, notices=(*notices, *more))


def detect_delimiter(text: str, *, prefer_tab: bool = False) -> str:
    """The delimiter that cuts the first records cleanly into the same number (>1) of fields most often."""
    sample = text[:_SAMPLE]

    def score(candidate: str) -> tuple[int, int, int]:
        rows, stray = _records(sample, Where(""), candidate, limit=50)
        counts = Counter(len(row) for row in rows if any(e.text for e in row))
        width, times = counts.most_common(1)[0] if counts else (1, 0)
        # a quote inside a field, or one never closed, means the fields were cut wrong
        return (-len(stray), times, width) if width > 1 else (-len(stray), 0, 0)

    return max(("\t", ",", ";") if prefer_tab else DELIMITERS, key=score)


def _records(
    text: str, source: Where, delimiter: str, limit: int | None = None
) -> tuple[list[tuple[Entry, ...]], tuple[Notice, ...]]:
    plain = _PLAIN[delimiter]
    rows: list[tuple[Entry, ...]] = []
    notices: list[Notice] = []
    pos, n, line, line_start = 0, len(text), 1, 0
    while pos < n and (limit is None or len(rows) < limit):
        row: list[Entry] = []
        while True:
            where = Where(source.file, line=line, column=pos - line_start + 1)
            if text.startswith('"', pos):
                match = _QUOTED.match(text, pos)
                if match is None:  # never closed: the rest of the file is this field
                    value, end = text[pos + 1 :].replace('""', '"'), n
                    notices.append(Notice("tables.open_quote", where))
                else:
                    value, end = match.group()[1:-1].replace('""', '"'), match.end()
                    tail = plain.match(text, end)
                    if tail is not None and tail.end() > end:
                        value, end = value + tail.group(), tail.end()
                        if limit is not None:
                            notices.append(Notice("tables.stray_quote", where))
                for newline in _NEWLINE.finditer(text, pos, end):
                    line, line_start = line + 1, newline.end()
            else:
                match = plain.match(text, pos)
                assert match is not None  # the pattern matches the empty string
                value, end = match.group(), match.end()
                if limit is not None and '"' in value:
                    notices.append(Notice("tables.stray_quote", where))  # only while detecting the delimiter
            row.append(Entry(_unquote(value.strip()), where))
            pos = end
            if pos < n and text[pos] == delimiter:
                pos += 1
                continue
            break
        ending = _NEWLINE.match(text, pos)
        if ending is not None:
            pos, line, line_start = ending.end(), line + 1, ending.end()
        rows.append(tuple(row))
    return rows, tuple(notices)


def _unquote(value: str) -> str:
    """``'=SUM(…)``: the apostrophe raci's CSV export (and the OWASP advice) puts before formula-like text."""
    if value.startswith("'") and len(value) > 1 and value[1] in _FORMULA_START:
        return value[1:]
    return value
