"""The line-breaking and layout code of raci 0.1 before it was made linear, kept as the
oracle for property tests: the linear versions must give the same lines and tables for
every input the old code handled in reasonable time (they differ only where the old
code let a line grow without bound)."""

from __future__ import annotations

import re
import unicodedata

from raci.render.matrix_layout import ABBR_MAX, ABBR_MIN, NAME_MIN, WIDTH
from raci.starter.wrapping import _BREAK_AFTER, _wide, _words
from raci.starter.wrapping import _NO_LINE_END as _STARTER_NO_LINE_END
from raci.starter.wrapping import _NO_LINE_START as _STARTER_NO_LINE_START
from raci.text import width

_WIDE = ("W", "F")
_NO_LINE_START = set("、。，．・：；？！）」』】〕〉》”’ー〜%)]}!?,.:;")
_NO_LINE_END = set("（「『【〔〈《“‘([{")


def width_of(text: str) -> int:
    """Display columns: CJK characters count two."""

    return sum(2 if unicodedata.east_asian_width(ch) in _WIDE else 1 for ch in text)


def wrap(text: str, width: int = 30) -> list[str]:
    """Lines of at most ``width`` columns: Latin text breaks at spaces, CJK between
    characters (not before closing or after opening punctuation), and the lines of a
    paragraph about equally long. Existing line breaks stay."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        greedy, cuts = _fill(paragraph, width)
        if len(greedy) > 1:
            even = -(-width_of(paragraph) // len(greedy))
            for target in range(even, width):
                balanced, more_cuts = _fill(paragraph, target)
                if len(balanced) == len(greedy) and more_cuts <= cuts:
                    greedy = balanced
                    break
        lines.extend(greedy)
    return lines


def _fill(paragraph: str, width: int) -> tuple[list[str], int]:
    """Greedy line filling of one paragraph: the lines, and how many words had to be cut."""

    # Latin letters glue into words, and so do katakana (a loanword is not split);
    # every other wide character is a token of its own.
    words: list[str] = []
    previous = ""
    for token in re.findall(r"\s+|\S", paragraph):
        if token.isspace():
            group = ""
        elif "\u30a0" <= token <= "\u30ff" and token != "・":
            group = "kana"
        elif unicodedata.east_asian_width(token) not in _WIDE:
            group = "latin"
        else:
            group = ""
        if group and group == previous:
            words[-1] += token
        else:
            words.append(token)
        previous = group
    lines: list[str] = []
    cuts = 0
    line = ""
    for word in words:
        if word.isspace():
            line += " " if line else ""
            continue
        if line and width_of(line.rstrip() + word) > width and word[0] not in _NO_LINE_START:
            carry = ""
            while line and line[-1] in _NO_LINE_END:
                carry, line = line[-1] + carry, line[:-1]
            if line.strip():
                lines.append(line.rstrip())
                line = carry
            else:
                line += carry
        while not line and len(word) > 1 and width_of(word) > width:
            cut = len(word) - 1
            while cut > 1 and width_of(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
            cuts += 1
        line += word
    lines.append(line.rstrip())
    return lines, cuts


# The terminal matrix (raci/render/matrix_text.py) -----------------------------------


def term_wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns: break at spaces, or between wide (CJK)
    characters; small kana, ー, ・ and closing marks never start a line (the character
    before them moves down with them)."""
    from rich.cells import cell_len

    if cell_len(text) <= width:
        return [text]
    lines: list[str] = []
    line: list[str] = []
    for token in _tokens(text):
        if cell_len("".join(line) + token) <= width:
            line.append(token)
            continue
        carry: list[str] = []
        if token.lstrip()[:1] in _TERM_NO_LINE_START and len(line) > 1:
            carry = [line.pop()]
        if "".join(line).strip():
            lines.append("".join(line).rstrip())
            line = [carry[0].lstrip()] if carry else []
            token = token if carry else token.lstrip()
        line.append(token)
        while cell_len("".join(line)) > width:  # one token longer than the line: cut it
            joined = "".join(line)
            cut = len(joined)
            while cut > 1 and cell_len(joined[:cut]) > width:
                cut -= 1
            lines.append(joined[:cut])
            line = [joined[cut:]]
    if "".join(line).strip():
        lines.append("".join(line).rstrip())
    return lines


_TERM_NO_LINE_START = set("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー・、。，．）」』】〕〉》）ー")


def _tokens(text: str) -> list[str]:
    """Words with their leading space; every wide character is a token of its own."""
    return re.findall(r"\s*[\x00-\u10ff]+?(?=\s|[^\x00-\u10ff]|$)|\s*[^\x00-\u10ff]", text)


def layout(ids: list[str], cells: list[int]) -> tuple[list[list[int]], dict[str, str]]:
    """The department columns of each table, and one abbreviation per department.

    A table has the activity-name column (at least ``NAME_MIN``) and one column per
    department, each as wide as its abbreviation or its widest cell, one space apart.
    Abbreviations are the ids, cut shorter (ending in ``.``) until the table fits; when
    even ``ABBR_MIN`` characters do not fit, the departments are split over several
    tables of about equal size, one below the other. The abbreviations are chosen over
    all departments at once, so that the legend below means the same in every table.
    """
    from rich.cells import cell_len

    count = len(ids)

    def used(chunk: list[int], abbrs: dict[str, str]) -> int:
        return NAME_MIN + sum(max(cell_len(abbrs[ids[i]]), cells[i], 1) + 1 for i in chunk)

    for tables in range(1, max(count, 1) + 1):
        size = max(-(-count // tables), 1)
        chunks = [list(range(start, min(start + size, count))) for start in range(0, count, size)] or [[]]
        for length in range(ABBR_MAX, ABBR_MIN - 1, -1):
            abbrs = abbreviate(ids, length)
            if all(used(chunk, abbrs) <= WIDTH for chunk in chunks):
                return chunks, abbrs
    return [[i] for i in range(count)], abbreviate(ids, ABBR_MIN)


def abbreviate(ids: list[str], length: int) -> dict[str, str]:
    """Each id at most ``length`` characters: kept whole when short enough, else cut and
    ending in ``.`` (``marketing`` → ``marke.``). Ids that would then look the same keep
    their ends instead (``dept_10``, ``dept_11`` → ``de.10``, ``de.11``), numbered as a
    last resort."""
    short = {i: i if len(i) <= length else i[: length - 1] + "." for i in ids}
    groups: dict[str, list[str]] = {}
    for ident, value in short.items():
        groups.setdefault(value, []).append(ident)
    for group in (g for g in groups.values() if len(g) > 1):
        taken = {v for i, v in short.items() if i not in group}
        for tail in range(1, length - 1):
            ends = {i: i if len(i) <= length else i[: length - 1 - tail] + "." + i[-tail:] for i in group}
            if len(set(ends.values())) == len(group) and not taken & set(ends.values()):
                short.update(ends)
                break
        else:
            for number, ident in enumerate(group, 1):
                short[ident] = ident[: length - 1 - len(str(number))] + "." + str(number)
    if len(set(short.values())) < len(short):
        return {ident: f"D{number}" for number, ident in enumerate(ids, 1)}
    return short


# raci init's comment wrapping (raci/starter/write.py) ------------------------------------


def starter_chunks(text: str) -> list[list[tuple[str, str]]]:
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
        start = 0
        for index, char in enumerate(word):
            after = word[index + 1 : index + 2]
            before = word[index - 1 : index] if index else ""
            breaks = char in _BREAK_AFTER or (char == "/" and _wide(before) and _wide(after))
            if breaks and after and after not in _STARTER_NO_LINE_START and word.count("`", 0, index) % 2 == 0:
                current.append((separator, word[start : index + 1]))
                chunks.append(current)
                current, separator, start = [], "", index + 1
        current.append((separator, word[start:]))
        rest = word[start:]
        if rest.endswith(":") and (_wide(rest[-2:-1]) or rest[-2:-1] == ")") and rest.count("(") <= rest.count(")"):
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def starter_wrap(text: str, columns: int, hang: int = 0) -> list[str]:
    """``text`` cut into lines of at most ``columns`` display columns (``hang`` fewer after the
    first; full-width characters count two), never inside a word: see :func:`_chunks`. A
    piece longer than a line stays whole; no line starts with closing punctuation or a
    small kana, nor ends with an opening bracket."""
    lines: list[str] = []
    line = ""

    def add(separator: str, piece: str) -> None:
        nonlocal line
        joined = line + separator + piece if line else piece
        if line and width(joined) > columns - (hang if lines else 0) and line[-1] not in _STARTER_NO_LINE_END:
            lines.append(line)
            line = piece
        else:
            line = joined

    for chunk in starter_chunks(text):
        text_of = "".join(separator + piece for separator, piece in chunk).lstrip(" ")
        if width(text_of) > columns - hang:  # too long for any line: its spaces may break it
            for separator, piece in chunk:
                add(separator, piece)
        else:
            add(chunk[0][0], text_of)
    if line:
        lines.append(line)
    return lines or [""]
