"""The RACI cell grammar: cell text → roles, with no YAML involved.

Two readers, kept apart on purpose:

- :func:`parse` is the **spec** grammar, which the loader enforces: the letters R, A,
  C, I (any case, full-width too), optionally separated by ``/``, ``,``, ``+`` or
  spaces. A note or a situational role is written ``{roles: C/I, note: …,
  situational: true}`` (read by :mod:`raci.spec.shape`); :func:`canonical` gives the
  canonical text, ``A/R``, in A, R, C, I order.
- :func:`parse_loose` is the **spreadsheet** vocabulary for the importer and the
  workshop forms: ``DRI``, whole words (``Accountable``, 説明責任者), the marks ◎ ○ △,
  ``-`` for no role, and a note after the roles (``C,I - 価格改定時のみ``). It never
  raises. The loader uses it only to tell the user how to write such a cell in a spec.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from raci.spec.model import Text

ROLE_ORDER = "ARCI"
_SEPARATORS = re.compile(r"[\s/,+]+")
_CACHE: dict[str, frozenset[str] | CellError] = {}


@dataclass(frozen=True, slots=True)
class CellError:
    """Why a text is not a cell. ``kind`` picks the message; ``suggestion`` is the spec form."""

    kind: str
    """``letters`` (not R/A/C/I), ``repeated``, ``vocabulary`` (spreadsheet wording),
    ``no_role`` (``-``), or ``note`` (roles with a note or a situational mark)."""
    bad: str = ""
    suggestion: str = ""


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell with its roles and, when the spec says so, a note or the situational flag."""

    roles: frozenset[str]
    note: Text | None = None
    situational: bool = False


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
        loose = parse_loose(text)
        if isinstance(loose, CellError):
            return CellError("letters", bad)
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


# The spreadsheet vocabulary (importer, workshop forms) ------------------------------------

_WORDS: dict[str, str] = {
    "dri": "AR",
    "owner": "AR",
    "responsible": "R",
    "accountable": "A",
    "approver": "A",
    "consulted": "C",
    "consult": "C",
    "informed": "I",
    "inform": "I",
    "実行責任者": "R",
    "実行責任": "R",
    "実行": "R",
    "担当": "R",
    "説明責任者": "A",
    "説明責任": "A",
    "責任者": "A",
    "承認": "A",
    "主担当": "AR",
    "協議": "C",
    "相談": "C",
    "相談先": "C",
    "報告": "I",
    "報告先": "I",
    "情報共有": "I",
    "共有": "I",
    "◎": "AR",
    "○": "R",
    "〇": "R",
    "●": "AR",
}
_SITUATIONAL_MARKS = {"△": "C", "▲": "C"}
_NO_ROLE = frozenset(("-", "—", "–", "ー", "x", "×", "n/a", "na", "なし", "無し"))
_NOTE_SPLIT = re.compile(r"\s+[-–—:]\s+|\s*[:：]\s*|\s*[（(]")
_TOKEN_SPLIT = re.compile(r"[\s/,+、・＆&]+")


def parse_loose(text: str) -> Cell | CellError:
    """Spreadsheet wording → a :class:`Cell` (empty roles: "no role"), or why not. Never raises."""
    normal = unicodedata.normalize("NFKC", text).strip()
    if not normal or normal.lower() in _NO_ROLE:
        return Cell(frozenset())
    situational = False
    if normal.startswith("(") and normal.endswith(")") and ")" not in normal[1:-1]:
        normal, situational = normal[1:-1].strip(), True  # "(C)": consulted only when needed
    head, note = _split_note(normal)
    if head.endswith(("*", "?")):
        head, situational = head.rstrip("*? "), True
    roles: set[str] = set()
    for token in filter(None, _TOKEN_SPLIT.split(head)):
        found = _token_roles(token)
        if found is None:
            return CellError("letters", token)
        letters, marked = found
        situational = situational or marked
        roles.update(letters)
    if not roles:
        return CellError("letters", head)
    return Cell(frozenset(roles), Text(ja=note, en=note) if note else None, situational)


def _split_note(text: str) -> tuple[str, str | None]:
    """``C,I - note`` / ``C（note）`` / ``C: note`` → roles part and note."""
    match = _NOTE_SPLIT.search(text)
    if match is None or match.start() == 0:
        return text, None
    note = text[match.end() :].strip().rstrip(")）").strip()
    return text[: match.start()].strip(), note or None


def _token_roles(token: str) -> tuple[str, bool] | None:
    """One word, mark or run of letters → (role letters, situational), or ``None``."""
    word = token.lower()
    if word in _WORDS:
        return _WORDS[word], False
    if token in _SITUATIONAL_MARKS:
        return _SITUATIONAL_MARKS[token], True
    letters = token.upper()
    if letters and all(c in ROLE_ORDER for c in letters):
        return letters, False
    return None
