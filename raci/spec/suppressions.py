"""Inline suppressions: ``# raci: ignore[CODE, …] reason`` comments in a spec.

A suppression at the end of a line silences the listed findings reported on that line;
one on a line of its own silences those on the next line that is not blank or a
comment. YAML parsers drop comments, so they are read from the text itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from raci.spec.model import Span, record

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

_PATTERN = r"(?:^|\s)#\s*raci:\s*ignore\[([^\]]*)\][ \t]*(.*?)\s*$"
_ANYWHERE = re.compile(r"#\s*raci:\s*ignore\[")
"""What every suppression contains, searched in the whole text at once: a spec's every
activity has a ``raci:`` key, so looking for ``raci:`` alone matched every line."""


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Suppression:
    """A ``# raci: ignore[CODE] reason`` comment."""

    codes: tuple[str, ...]
    """Rule codes or prefixes (``R106``, ``P3``), upper case."""
    reason: str
    span: Span
    """Where the comment is."""
    target_line: int
    """The line whose findings it silences."""

    def covers(self, code: str, line: int) -> str | None:
        """The listed code that silences a ``code`` finding on ``line``, if any."""
        if line != self.target_line:
            return None
        return next((c for c in self.codes if code.startswith(c)), None)


def scan(text: str, source: str) -> tuple[Suppression, ...]:
    """Every suppression comment of ``text``, in order."""
    if _ANYWHERE.search(text) is None:
        return ()
    lines = text.splitlines()
    pattern = re.compile(_PATTERN)  # compiled only for a spec that has one: most have none
    found: list[Suppression] = []
    for number, line in enumerate(lines, start=1):
        if "ignore[" not in line or "raci:" not in line:
            continue
        match = pattern.search(line)
        if match is None:
            continue
        column = line.index("#", match.start()) + 1
        own_line = not line[: column - 1].strip()
        target = _next_content_line(lines, number) if own_line else number
        codes = tuple(c.strip().upper() for c in match[1].split(",") if c.strip())
        found.append(Suppression(codes, match[2], Span(source, number, column), target))
    return tuple(found)


def _next_content_line(lines: list[str], after: int) -> int:
    for number in range(after + 1, len(lines) + 1):
        stripped = lines[number - 1].strip()
        if stripped and not stripped.startswith("#"):
            return number
    return after
