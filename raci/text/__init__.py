"""Plain-text helpers every layer needs: display width, cutting to a width, did-you-mean.

The lowest layer of raci (it imports nothing of raci), so that the spec writer, the
views, the starter and the command line measure Japanese text the same way and suggest
the same near miss. Line *wrapping* is not here: each place that wraps follows its own
rules, on purpose (see :func:`cut`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

WIDE = frozenset("WF")
"""East Asian Width classes that take two columns: Wide (CJK) and Full-width (``Ａ``)."""


def char_width(char: str) -> int:
    """Columns of one character in a monospaced terminal or editor: two when wide, else one."""
    return 2 if unicodedata.east_asian_width(char) in WIDE else 1


def width(text: str) -> int:
    """Columns ``text`` takes in a monospaced terminal or editor: CJK and full-width
    characters take two, every other character one."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in WIDE else 1 for c in text)


def cut(text: str, columns: int, measure: Callable[[str], int] = char_width) -> list[str]:
    """``text`` in pieces of at most ``columns`` columns (at least one character each), the
    last piece the rest: the last resort of every wrap, for a word longer than a line.

    One pass: measuring every prefix again made a 10,000-character name take minutes.
    ``measure`` gives one character's columns (the terminal table measures as rich
    draws). The wraps themselves differ and stay with their output: Graphviz labels
    are balanced and break between any two CJK characters
    (:func:`raci.render.graphviz.wrap`), the terminal table fills its cells greedily
    (``raci.render.matrix_text``), and the starter's comments break Japanese only
    between clauses (``raci.starter.write``)."""
    pieces: list[str] = []
    start = used = 0
    for index, char in enumerate(text):
        size = measure(char)
        if used + size > columns and index > start:
            pieces.append(text[start:index])
            start, used = index, 0
        used += size
    pieces.append(text[start:])
    return pieces


_ALIASES = {"jp": "ja", "jpn": "ja", "japanese": "ja", "eng": "en", "english": "en"}


def suggest(word: str, choices: Sequence[str]) -> str | None:
    """The closest known word, for did-you-mean hints (case, common aliases, then spelling)."""
    lowered = {c.lower(): c for c in choices}
    for candidate in (word.lower(), _ALIASES.get(word.lower(), "")):
        if candidate in lowered and lowered[candidate] != word:
            return lowered[candidate]
    import difflib  # only when there is a misspelling to suggest for

    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if found:
        return found[0]
    prefixed = [c for c in choices if c.startswith(word)] if len(word) >= 3 else []
    return prefixed[0] if len(prefixed) == 1 else None
