"""One line-wrapping rule for every place raci wraps text: Graphviz and Mermaid labels,
the terminal matrix and messages, the starter's comments.

Japanese has no spaces between words, so it breaks at phrase boundaries found by BudouX
(the model Chrome uses), never inside a word (「活用定 / 着チーム」); Latin text breaks at
spaces. Kinsoku rules hold on top of both: no line starts with closing punctuation, a
long-vowel mark or a small kana, nor ends with an opening bracket. A `code span` never
breaks. Widths are display columns (CJK characters take two). A word longer than a line
is the only thing cut between characters, still avoiding kinsoku breaks where it can.

BudouX is imported on the first text that has Japanese in it (~12 ms once): English-only
runs never pay for it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from raci.text import char_width
from raci.text import width as text_width

NO_LINE_START = frozenset(
    "ー、。，．・：；？！）」』】〕〉》〙〗”’…‥々ゝゞヽヾ〜～"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "%),.!?:;]}"
)
"""Characters no line may start with: closing punctuation, the long-vowel mark, small kana."""
NO_LINE_END = frozenset("「『（【〔〈《〘〖“‘([{")
"""Characters no line may end with: opening brackets."""

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]")
_CODE = re.compile(r"`[^`\n]*`")
_SPACE = re.compile(r"\s+")

Measure = Callable[[str], int]


@functools.lru_cache(maxsize=1)
def _parser() -> object:
    import budoux

    return budoux.load_default_japanese_parser()


def phrases(text: str) -> list[str]:
    """``text`` in BudouX phrases (one piece when it has no Japanese); joined, they are ``text``."""
    if not _JAPANESE.search(text):
        return [text]
    parsed: list[str] = _parser().parse(text)  # type: ignore[attr-defined]
    return parsed if "".join(parsed) == text else [text]


def _breaks(paragraph: str) -> list[int]:
    """Indices where ``paragraph`` may break: spaces, phrase boundaries, kinsoku-checked,
    never inside a code span. Sorted, without 0 and the end."""
    allowed: set[int] = set()
    for match in _SPACE.finditer(paragraph):
        allowed.update((match.start(), match.end()))
    position = 0
    for piece in phrases(paragraph) if _JAPANESE.search(paragraph) else ():
        position += len(piece)
        allowed.add(position)
    for code in _CODE.finditer(paragraph):
        allowed.difference_update(range(code.start() + 1, code.end()))
    out = []
    for index in sorted(allowed):
        if 0 < index < len(paragraph) and _may_break(paragraph, index):
            out.append(index)
    return out


def _may_break(text: str, index: int) -> bool:
    """Whether a line may end before ``text[index]`` (spaces around the break ignored):
    not before a forbidden start nor after a forbidden end, and not where a run of kanji
    would leave one kanji alone (BudouX's rare 社内共/有), nor between a number and the
    counter after it (1 / 行目)."""
    before = text[:index].rstrip()[-1:]
    after = text[index:].lstrip()[:1]
    if not (before and after) or after in NO_LINE_START or before in NO_LINE_END:
        return False
    if before.isdigit() and _JAPANESE.match(after):
        return False  # a number and its counter stay together: 1 行目, 3 人
    if _KANJI.match(before) and _KANJI.match(after):
        alone_before = index < 2 or not _KANJI.match(text[index - 2])
        alone_after = index + 1 >= len(text) or not _KANJI.match(text[index + 1])
        return not (alone_before or alone_after)
    return True


def _script(char: str) -> str:
    if _KANJI.match(char):
        return "kanji"
    if "\u30a0" <= char <= "\u30ff":
        return "katakana"
    if "\u3040" <= char <= "\u309f":
        return "hiragana"
    return "latin" if char.isascii() else "other"


def _soft(word: str, index: int) -> bool:
    """Whether a word too long for a line reads well cut before ``word[index]``: after
    ・、。, before the particles that end it, or where katakana, kanji and Latin meet
    (電子契約/オプション)."""
    before, after = word[index - 1], word[index]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if before in "・、。，":
        return True
    if _script(before) != "hiragana" and len(word) - index <= 2 and all(_script(c) == "hiragana" for c in word[index:]):
        return True  # the particles that end the phrase (活用定着チーム/への)
    pair = {_script(before), _script(after)}
    return len(pair) == 2 and pair <= {"kanji", "katakana", "latin"}


def _atoms(paragraph: str) -> list[tuple[str, str]]:
    """The paragraph as (space before, unbreakable piece) pairs."""
    atoms: list[tuple[str, str]] = []
    start = 0
    pending = ""  # the space seen since the last piece
    for index in [*_breaks(paragraph), len(paragraph)]:
        chunk = pending + paragraph[start:index]
        stripped = chunk.strip()
        if stripped:
            atoms.append((chunk[: len(chunk) - len(chunk.lstrip())] if atoms else "", stripped))
            pending = chunk[len(chunk.rstrip()) :]
        else:
            pending = chunk
        start = index
    return atoms


def _cut(word: str, columns: Callable[[int], int], measure: Measure) -> list[str]:
    """A word longer than a line, cut between characters into lines of at most
    ``columns(piece number)``: at the last soft boundary in the line when there
    is one (:func:`_soft`), else each cut moves back while it would start a line with a forbidden
    character or end one with an opening bracket, unless that would empty the line."""
    pieces: list[str] = []
    start = 0
    while start < len(word):
        used, end = 0, start
        room = columns(len(pieces))
        while end < len(word) and (used + measure(word[end]) <= room or end == start):
            used += measure(word[end])
            end += 1
        if end < len(word):
            soft = next((i for i in range(end, start, -1) if _soft(word, i)), None)
            good = end
            while good > start + 1 and (word[good] in NO_LINE_START or word[good - 1] in NO_LINE_END):
                good -= 1
            if soft is not None:
                end = soft
            elif good > start + 1 or not (word[good] in NO_LINE_START or word[good - 1] in NO_LINE_END):
                end = good
        pieces.append(word[start:end])
        start = end
    return pieces


def _shifted(limits: Callable[[int], int], first: int, piece: int) -> int:
    return limits(first + piece)


def _fill(
    atoms: list[tuple[str, str]], limits: Callable[[int], int], measure: Measure, overflow: bool = False
) -> list[str]:
    """Greedy filling: each line takes atoms while they fit ``limits(line number)``; an
    atom wider than a line is cut, or left whole on its own line when ``overflow``."""

    def size(text: str) -> int:
        return text_width(text) if measure is char_width else sum(measure(c) for c in text)

    lines: list[str] = []
    parts: list[str] = []
    used = 0
    for space, word in atoms:
        word_size = size(word)
        limit = limits(len(lines))
        if parts and used + size(space) + word_size <= limit:
            parts += [space, word]
            used += size(space) + word_size
            continue
        if parts:
            lines.append("".join(parts))
            limit = limits(len(lines))
        elif not lines and word_size > limit and word_size <= limits(1) and limit < limits(1):
            lines.append("")  # the first line, shortened by what stands before it, stays empty
            limit = limits(1)
        if word_size > limit and not overflow:
            *full, word = _cut(word, functools.partial(_shifted, limits, len(lines)), measure)
            lines.extend(full)
            word_size = size(word)
        parts, used = [word], word_size
    if parts:
        lines.append("".join(parts))
    return lines


def _balanced(atoms: list[tuple[str, str]], greedy: list[str], width: int, measure: Measure) -> list[str]:
    """The narrowest filling with as many lines as ``greedy`` that cuts no word."""
    total = sum(text_width(space) + text_width(word) for space, word in atoms)
    widest = max(text_width(word) for _, word in atoms)
    for target in range(max(-(-total // len(greedy)), widest), width):
        even = _fill(atoms, lambda _line, target=target: target, measure)  # type: ignore[misc]
        if len(even) == len(greedy):
            return even
    return greedy


def wrap(
    text: str,
    width: int,
    *,
    hang: int = 0,
    first: int = 0,
    measure: Measure = char_width,
    balance: bool = False,
    overflow: bool = False,
) -> list[str]:
    """``text`` in lines of at most ``width`` columns (``first`` fewer on the first line, where
    something stands before it: a first word too long for what is left starts on the
    second line; and ``hang`` fewer after the first line),
    broken at spaces and Japanese phrase boundaries under the kinsoku rules; line breaks
    in ``text`` stay. ``measure`` gives one character's columns (the terminal table
    measures as rich draws). ``balance`` makes the lines of a paragraph about equally
    long, as a label in a box reads best. ``overflow`` leaves a piece longer than a line
    whole (a command in a comment must stay copyable) instead of cutting it. Nothing but
    the spaces at a break is lost."""
    width = max(width, 1)

    def limits(line: int) -> int:
        return max(width - (hang if line else first), 1)

    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        atoms = _atoms(paragraph)
        if not atoms:
            lines.append("")
            continue
        filled = _fill(atoms, lambda n: limits(n + len(lines)), measure, overflow)
        if balance and not (hang or first or overflow) and len(filled) > 1:
            filled = _balanced(atoms, filled, width, measure)
        lines.extend(filled)
    return lines or [""]
