"""The RACI cell grammar: cell text → roles, with no YAML involved.

Two readers, kept apart on purpose:

- :func:`parse` is the **spec** grammar, which the loader enforces: the letters R, A,
  C, I (any case, full-width too), optionally separated by ``/``, ``,``, ``+`` or
  spaces. A note or a situational role is written ``{roles: C/I, note: …,
  situational: true}`` (read by :mod:`raci.spec.shape`); :func:`canonical` gives the
  canonical text, ``A/R``, in A, R, C, I order.
- :func:`parse_loose` is the **spreadsheet** vocabulary for the importer and the
  workshop forms: ``DRI``, whole words (``Accountable``, 説明責任者), the marks ◎ ○ △,
  ``-`` for no role, and a note after the roles (``C,I - 価格改定時のみ``). The words
  are a table (:mod:`raci.spec.vocabulary`) a caller may change (``--dri A``). It never
  raises. The loader uses it only to tell the user how to write such a cell in a spec.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from raci.spec.model import Text, record
from raci.spec.vocabulary import DEFAULT, LOOKALIKES, NONE, Vocabulary, key

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
    :func:`parse_loose` only, ``undecided`` (``?`` alone: not decided yet, not "no role")."""
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


# The spreadsheet vocabulary (importer, workshop forms) ------------------------------------


@functools.cache
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The note separator, the tokens and a space, compiled at first use: ``raci
    validate`` never reads spreadsheet wording, and the tokens' negated class alone took
    2-4 ms of its start-up to compile."""
    return (
        re.compile(r"\s+[-–—－]\s+|\s*[:：]\s*|\s*[（(]"),
        re.compile(r"[^\s/,+、・＆&／，＋]+"),
        re.compile(r"\s"),
    )


_OPENERS, _CLOSERS = "(（[［", ")）]］"
_SITUATIONAL_TAIL = "*?＊？"


def parse_loose(text: str, vocabulary: Vocabulary = DEFAULT) -> Cell | CellError:
    """Spreadsheet wording → a :class:`Cell` (empty roles: "no role"), or why not. Never raises.

    The vocabulary is a table (:mod:`raci.spec.vocabulary`); the grammar around it: any
    separator between tokens, a whole cell in brackets is situational (``(C)``), so is a
    trailing ``*`` or ``?``; a note follows `` - ``, ``:`` or an opening bracket, or is the
    words after the roles (``C when asked``). The note is kept exactly as written. ``?``
    with no letters is ``undecided``, an error: "not decided yet" is not "no role". A
    letter written twice is read once with :attr:`Cell.repeated` set, for a warning.
    """
    known = vocabulary._cache.get(text)
    if known is None:
        known = _parse_loose(text, vocabulary)
        if len(vocabulary._cache) < 10_000:
            vocabulary._cache[text] = known
    return known  # type: ignore[return-value]


def _parse_loose(text: str, vocabulary: Vocabulary) -> Cell | CellError:
    written = text.strip()
    whole = vocabulary.lookup(key(written))
    if not written or whole == NONE:
        return Cell(frozenset())
    situational = False
    bracketed = _bracketed(written)
    if bracketed is not None:
        written, situational = bracketed, True  # "(C)": consulted only when needed
    head, note = _split_note(written)
    if head.endswith(tuple(_SITUATIONAL_TAIL)):
        marks, head, situational = head, head.rstrip(_SITUATIONAL_TAIL + " "), True
        if not head:  # "?" alone: a question still open, never "no role"
            return CellError("undecided" if any(c in "?？" for c in marks) else "letters", marks.strip())
    roles: set[str] = set()
    lookalike = repeated = False
    _, tokens, space = _grammar()
    for match in tokens.finditer(head):
        token, swapped = _unlook(key(match.group()))
        letters = vocabulary.lookup(token)
        if letters is None and token and all(c in ROLE_ORDER for c in token.upper()):
            letters = token.upper()
        if letters is None:
            if roles and space.search(head[match.start() - 1 : match.start()]) and _wordy(token):
                rest = head[match.start() :].strip()  # "C when asked": the words after the roles
                note = rest if note is None else f"{rest} {note}"
                break
            return CellError("letters", match.group())
        lookalike = lookalike or swapped
        repeated = repeated or len(set(letters)) < len(letters) or bool(roles.intersection(letters))
        roles.update(letters)
    if not roles:
        if note is None and all(vocabulary.lookup(key(m.group())) == NONE for m in tokens.finditer(head)):
            return Cell(frozenset())
        return CellError("letters", head or written)
    return Cell(frozenset(roles), Text(ja=note, en=note) if note else None, situational, lookalike, repeated)


def _bracketed(text: str) -> str | None:
    """``(C)`` → ``C``; ``(C) for large deals`` → ``C - for large deals``; else ``None``."""
    if len(text) < 3 or text[0] not in _OPENERS:
        return None
    end = next((i for i, c in enumerate(text) if c in _CLOSERS), -1)
    if end < 2 or any(c in _OPENERS for c in text[1:end]):
        return None
    inner, rest = text[1:end].strip(), text[end + 1 :].strip().lstrip("-–—－:：").strip()
    return f"{inner} - {rest}" if rest else inner


def _split_note(text: str) -> tuple[str, str | None]:
    """``C,I - note`` / ``C（note）`` / ``C: note`` → the roles part and the note as written."""
    match = _grammar()[0].search(text)
    if match is None or match.start() == 0:
        return text, None
    note = text[match.end() :].strip()
    if match.group().strip() in _OPENERS and note.endswith(tuple(_CLOSERS)):
        note = note[:-1].strip()  # "C（大型案件のみ）"
    return text[: match.start()].strip(), note or None


def _unlook(token: str) -> tuple[str, bool]:
    """Cyrillic or Greek look-alikes of A, C, I, R replaced by the Latin letter (case folded)."""
    if not any(c in LOOKALIKES for c in token):
        return token, False
    return "".join(LOOKALIKES.get(c, c) for c in token).casefold(), True


def _wordy(token: str) -> bool:
    """A word that starts a note: two characters or more, not a run of role letters."""
    return len(token) >= 2 and any(c.isalpha() for c in token)


def loose_text(cell: Cell) -> str:
    """A cell as a spreadsheet shows it, read back by :func:`parse_loose` to the same cell:
    ``A/R``, ``(C)``, ``C/I - 価格改定時のみ``, ``-`` for no role."""
    text = canonical(cell.roles) or "-"
    if cell.situational:
        text = f"({text})"
    if cell.note is not None and cell.note.get("ja"):
        text += f" - {cell.note.get('ja')}"
    return text
