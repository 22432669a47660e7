"""The spreadsheet cell grammar: what real RACI tables write in a cell, read as roles.

:func:`parse_loose` reads the importer's and the workshop forms' cells: ``DRI``, whole
words (``Accountable``, 説明責任者), the marks ◎ ○ △, ``-`` for no role, and a note after
the roles (``C,I - 価格改定時のみ``). The words are a table (:mod:`raci.spec.vocabulary`) a
caller may change (``--dri A``); it never raises. The spec's own, strict grammar is
:func:`raci.spec.cells.parse`, which comes here only to say how such a cell is written in a
spec — which is why this is a module of its own: ``raci validate`` of a good spec never
imports it, nor the vocabulary table.
"""

from __future__ import annotations

import functools
import re

from raci.spec.cells import ROLE_ORDER, Cell, CellError, canonical
from raci.spec.model import Text
from raci.spec.vocabulary import DEFAULT, LOOKALIKES, NONE, Vocabulary, key


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
