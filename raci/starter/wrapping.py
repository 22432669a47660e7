"""Wrapping comment text with full-width characters: never inside a Japanese word.

Used by ``raci init`` for the comments of a starter spec and by ``raci kpis`` for its
cards; the width it counts is :func:`raci.text.width`.
"""

from __future__ import annotations

import re

from raci.text import char_width, width

# Wrapping text with full-width characters ---------------------------------------------------

_NO_LINE_START = set("—、。,.)」』】〉》!?:;・ー々)]}%ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
_NO_LINE_END = set("「『【〈《([{")
_BREAK_AFTER = set("、。!?")
"""Japanese text breaks after these: between clauses, never inside a word (it has no spaces)."""
_CODE = re.compile(r"`[^`]*`")


def _wide(char: str) -> bool:
    """Whether ``char`` is one full-width character (``""``, at the edge of a word, is not)."""
    return len(char) == 1 and char_width(char) == 2


def _words(text: str) -> list[str]:
    """``text`` split at whitespace, a `code span` staying one word."""
    words: list[str] = []
    glued = False  # the next piece continues the last word (no space between)
    position = 0
    for code in [*_CODE.finditer(text), None]:
        piece = text[position : code.start() if code else len(text)]
        parts = re.split(r"\s+", piece)
        for index, part in enumerate(parts):
            if index:
                glued = False
            if part:
                if glued and words:
                    words[-1] += part
                else:
                    words.append(part)
                glued = True
        if code:
            if glued and words:
                words[-1] += code[0]
            else:
                words.append(code[0])
            glued = True
            position = code.end()
    return words


def _chunks(text: str) -> list[list[tuple[str, str]]]:
    """``text`` as chunks, each a list of (separator, piece) with ``" "`` or ``""`` as the
    separator before the piece: a line breaks between two chunks, and inside a chunk
    only at a space and only when the chunk alone is too long for a line.

    English: every word is a chunk. Japanese breaks after 、 and 。, after a heading's
    colon (``次にやること: …``, not ``mode: …`` nor inside brackets) and at a list
    separator between two words (``顧客/導入``), so never inside a word (it has no
    spaces); its other spaces, around ASCII words inside a clause (``C = 相談を受ける``,
    ```raci schema …` を実行``), do not break."""
    if not any(_wide(char) for char in text):
        return [[(" " if index else "", word)] for index, word in enumerate(_words(text))]
    chunks: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for word in _words(text):
        separator = " " if current or chunks else ""
        start = ticks = 0  # ticks: backquotes before ``index`` (inside a code span when odd)
        for index, char in enumerate(word):
            after = word[index + 1 : index + 2]
            before = word[index - 1 : index] if index else ""
            breaks = char in _BREAK_AFTER or (char == "/" and _wide(before) and _wide(after))
            if breaks and after and after not in _NO_LINE_START and ticks % 2 == 0:
                current.append((separator, word[start : index + 1]))
                chunks.append(current)
                current, separator, start = [], "", index + 1
            ticks += char == "`"
        current.append((separator, word[start:]))
        rest = word[start:]
        if rest.endswith(":") and (_wide(rest[-2:-1]) or rest[-2:-1] == ")") and rest.count("(") <= rest.count(")"):
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def wrap(text: str, columns: int, hang: int = 0) -> list[str]:
    """``text`` cut into lines of at most ``columns`` display columns (``hang`` fewer after the
    first; full-width characters count two), never inside a word: see :func:`_chunks`. A
    piece longer than a line stays whole; no line starts with closing punctuation or a
    small kana, nor ends with an opening bracket. Linear: the line is kept as parts with
    its width (a line that may not break, after a thousand opening brackets, used to be
    measured again for every piece)."""
    lines: list[str] = []
    parts: list[str] = []
    used = 0

    def add(separator: str, piece: str) -> None:
        nonlocal parts, used
        size = width(piece)
        if not parts:
            parts, used = [piece], size
        elif used + width(separator) + size > columns - (hang if lines else 0) and parts[-1][-1:] not in _NO_LINE_END:
            lines.append("".join(parts))
            parts, used = [piece], size
        else:
            parts += [separator, piece]
            used += width(separator) + size

    for chunk in _chunks(text):
        text_of = "".join(separator + piece for separator, piece in chunk).lstrip(" ")
        if width(text_of) > columns - hang:  # too long for any line: its spaces may break it
            for separator, piece in chunk:
                add(separator, piece)
        else:
            add(chunk[0][0], text_of)
    if "".join(parts):
        lines.append("".join(parts))
    return lines or [""]
