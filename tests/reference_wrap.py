"""The line-breaking and layout code of raci 0.1 before it was made linear, kept as the
oracle for property tests: the linear versions must give the same lines and tables for
every input the old code handled in reasonable time (they differ only where the old
code let a line grow without bound)."""

from __future__ import annotations

import re
import unicodedata

from raci.render.matrix_layout import ABBR_MAX, ABBR_MIN, NAME_MIN, WIDTH

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
