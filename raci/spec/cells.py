"""The RACI cell grammar: cell text → roles, with no YAML involved.

Two readers, kept apart on purpose:

- :func:`parse` is the **spec** grammar, which the loader enforces: the letters R, A,
  C, I (any case, full-width too), optionally separated by ``/``, ``,``, ``+`` or
  spaces. A note or a situational role is written ``{roles: C/I, note: …,
  situational: true}`` (read by :mod:`raci.spec.shape`); :func:`canonical` gives the
  canonical text, ``A/R``, in A, R, C, I order.
- :func:`raci.spec.loose_cells.parse_loose` is the **spreadsheet** vocabulary for the
  importer and the workshop forms (``DRI``, whole words, ◎ ○ △, notes in cells). The
  loader uses it only to tell the user how to write such a cell in a spec, so it lives in
  its own module, imported on that error path alone: ``raci validate`` of a good spec
  never loads the vocabulary table.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from raci.spec.model import Text, record

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

ROLE_ORDER = "ARCI"
_SEPARATORS = re.compile(r"[\s/,+]+")
_CACHE: dict[str, frozenset[str] | CellError] = {}


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class CellError:
    """Why a text is not a cell. ``kind`` picks the message; ``suggestion`` is the spec form."""

    kind: str
    """``letters`` (not R/A/C/I), ``repeated``, ``vocabulary`` (spreadsheet wording),
    ``no_role`` (``-``), ``note`` (roles with a note or a situational mark), or, from
    :func:`~raci.spec.loose_cells.parse_loose` only, ``undecided`` (``?`` alone: not decided yet, not "no role")."""
    bad: str = ""
    suggestion: str = ""


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Cell:
    """A cell with its roles and, when the spec says so, a note or the situational flag."""

    roles: frozenset[str]
    note: Text | None = None
    situational: bool = False
    lookalike: bool = False
    """Read from look-alike letters of another script (Cyrillic А, Greek Α): worth a warning."""
    repeated: bool = False
    """A letter written twice (``A/RR``): read once, but a typo may hide a missing letter."""


MESSAGE_KEYS = {
    "letters": "bad_cell",
    "repeated": "repeated_role",
    "vocabulary": "cell_vocabulary",
    "no_role": "cell_no_role",
    "note": "cell_with_note",
}
"""A :class:`CellError` kind → its message in :mod:`raci.i18n` (arguments ``cell``, ``bad``,
``form``): the loader (S009) and ``raci edit`` say the same thing about the same cell."""


def canonical(roles: frozenset[str] | set[str]) -> str:
    """The canonical cell text: ``A/R``, ``R``, ``C/I``… in A, R, C, I order."""
    text = _CANONICAL.get(roles) if isinstance(roles, frozenset) else None
    if text is None:
        text = "/".join(r for r in ROLE_ORDER if r in roles)
        if isinstance(roles, frozenset):
            _CANONICAL[roles] = text
    return text


_CANONICAL: dict[frozenset[str], str] = {}


PARSED: Mapping[str, frozenset[str] | CellError] = _CACHE
"""What :func:`parse` has answered so far, read-only: the loader looks a cell up here first."""


def parse(text: str) -> frozenset[str] | CellError:
    """Strict spec grammar: the set of role letters, or why ``text`` is not a cell."""
    known = _CACHE.get(text)
    if known is not None:
        return known
    result = _parse(text)
    if len(_CACHE) < 10_000:
        _CACHE[text] = result
    return result


def _parse(text: str) -> frozenset[str] | CellError:
    normal = unicodedata.normalize("NFKC", text)  # Ａ／Ｒ typed with a Japanese IME is A/R
    letters = list(_SEPARATORS.sub("", normal).upper())
    bad = "".join(c for c in letters if c not in ROLE_ORDER)
    if bad or not letters:
        from raci.spec.loose_cells import parse_loose  # the error path only (module docstring)

        loose = parse_loose(text)
        if isinstance(loose, CellError):
            return CellError("letters", bad)  # "?" (undecided) too: the spec says nothing but letters
        if not loose.roles:
            return CellError("no_role", bad)
        if loose.note is not None or loose.situational:
            return CellError("note", bad, spec_form(loose))
        return CellError("vocabulary", bad, canonical(loose.roles))
    if len(set(letters)) != len(letters):
        return CellError("repeated")
    return frozenset(letters)


def spec_form(cell: Cell) -> str:
    """How ``cell`` is written in a spec: ``A/R``, or ``{roles: C, note: …, situational: true}``."""
    if cell.note is None and not cell.situational:
        return canonical(cell.roles)
    parts = [f"roles: {canonical(cell.roles)}"]
    if cell.note is not None:
        parts.append(f"note: {cell.note.get('ja')}")
    if cell.situational:
        parts.append("situational: true")
    return "{" + ", ".join(parts) + "}"
