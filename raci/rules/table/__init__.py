"""Table hygiene: what spreadsheets kept by hand get wrong — the same row twice, a role
spelt two ways, a matrix that only ever says who does the work.

Names are compared as people read them (:func:`normalise`: case, full- and half-width,
spaces and punctuation do not count), in every language version a name has. A role
column nobody filled in is R104's (idle-department), an activity row nobody filled in
R101's (no letter at all): this family does not report them again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

from raci.spec.model import Text

LETTER = "T"
TITLE = "Table hygiene"
ORDER = 7
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""

MIN_LENGTH = 4
"""Names shorter than this (after :func:`normalise`) are compared for equality only:
``CS`` and ``SE``, 法務 and 総務 are one letter apart and different teams."""
TWO_EDITS_FROM = 12
"""Names at least this long may be two edits apart (``Custmer Sucess``); shorter ones one."""
MAX_CANDIDATES = 100
"""Earlier names compared in full with one name at most: the first that share a part
with it. Real tables never come near; it bounds the work on a crafted spec."""

_NUMERALS = re.compile(r"\d+|[〇零一二三四五六七八九十百千]")
_NOT_WORD = re.compile(r"[\W_]+")
_ASCII_NOT_WORD = dict.fromkeys(c for c in range(128) if not chr(c).isalnum())

Name = tuple[Sequence[str], tuple[str, ...]]
"""A department's normalised name versions and its :func:`marks`."""


def normalise(text: str) -> str:
    """``text`` as a reader compares it: NFKC (full-width → half-width), case-folded, without
    spaces, punctuation and symbols (``Kick-off`` = ``kickoff``, ``営業・企画`` = ``営業企画``)."""
    if text.isascii():  # NFKC leaves ASCII as it is: skip it for the many plain names
        return text.lower().translate(_ASCII_NOT_WORD)  # what _NOT_WORD drops, in one C pass
    folded = unicodedata.normalize("NFKC", text).casefold()
    # All letters and digits (most Japanese names): _NOT_WORD, \W and "_", has nothing to drop.
    return folded if folded.isalnum() else _NOT_WORD.sub("", folded)


def versions(name: Text) -> list[str]:
    """The distinct normalised language versions of ``name``, empty ones left out."""
    ja, en = name.ja, name.en
    first = normalise(ja) if ja else ""
    second = normalise(en) if en and en != ja else ""
    found = [first] if first else []
    if second and second != first:
        found.append(second)
    return found


def marks(text: str) -> tuple[str, ...]:
    """What tells numbered or lettered teams apart: numbers (``Tier 1``, ``L2``, 第一),
    and one-letter words (``Team A``). Names whose marks differ are never near-duplicates."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    singles = [w for w in re.findall(r"\w+", folded) if len(w) == 1 and not w.isdigit()]
    return (*_NUMERALS.findall(folded), *singles)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (insert, delete, substitute, swap two neighbours),
    or ``limit + 1`` as soon as it is known to exceed ``limit``; only the diagonal band
    within ``limit`` is computed."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    over = limit + 1
    before: list[int] = []
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        current = [over] * (len(b) + 1)
        current[0] = i if i <= limit else over
        ca = a[i - 1]
        row_best = over
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cb = b[j - 1]
            best = previous[j - 1] + (ca != cb)
            if previous[j] < best:  # + 1 below: deleting from a costs one
                best = previous[j] + 1
            if current[j - 1] < best:
                best = current[j - 1] + 1
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and before[j - 2] < best:
                best = before[j - 2] + 1
            current[j] = best if best < over else over
            if best < row_best:
                row_best = best
        if row_best > limit and current[0] > limit:
            return over
        before, previous = previous, current
    return previous[-1]


def allowed_edits(shorter: int) -> int:
    """How many edits apart two normalised names may be, the shorter ``shorter`` long."""
    if shorter < MIN_LENGTH:
        return 0
    return 2 if shorter >= TWO_EDITS_FROM else 1


def _parts(length: int, edits: int) -> list[tuple[int, int]]:
    """(start, size) of the ``2·edits + 1`` even parts a name of ``length`` is cut into.

    Two names k edits apart (a swap counts one edit but moves two characters, so up to
    2k single-character changes) leave at least one of the 2k + 1 parts of one of them
    unchanged in the other, within 2k characters of its place: the pigeonhole filter.
    """
    count = 2 * edits + 1
    size, extra = divmod(length, count)
    parts, start = [], 0
    for i in range(count):
        width = size + (i < extra)
        parts.append((start, width))
        start += width
    return parts


def near_duplicates(names: Sequence[Name]) -> Iterator[tuple[int, int, bool]]:
    """For each name, the first earlier one it looks like: ``(later, earlier, same)``,
    ``same`` when a version is equal.

    Earlier names are indexed by exact text and by the parts of :func:`_parts`; a later
    name looks up its own substrings near each part's place, and only the names found
    that way are compared in full — linear in the number of names, not quadratic.
    """
    exact: dict[str, int] = {}
    index: dict[tuple[int, int, int, str], list[int]] = {}
    for later, (texts, _) in enumerate(names):
        candidates = {exact[text] for text in texts if text in exact}
        for text in texts:
            candidates.update(_probe(index, text))
        found = _first_match(names, later, sorted(candidates)[:MAX_CANDIDATES])
        if found is not None:
            yield later, *found
        for text in texts:
            if text in exact:
                continue  # what resembles this text resembles its earlier copy first
            exact[text] = later
            for edits in {allowed_edits(len(text)), 1} - {0}:
                for part, (start, size) in enumerate(_parts(len(text), edits)):
                    index.setdefault((len(text), edits, part, text[start : start + size]), []).append(later)


def _probe(index: dict[tuple[int, int, int, str], list[int]], text: str) -> Iterator[int]:
    """Earlier names that share a part with ``text`` near its place, at every length they may have."""
    for length in range(len(text) - 2, len(text) + 3):
        edits = allowed_edits(min(length, len(text)))
        if not edits or abs(length - len(text)) > edits:
            continue
        shift = 2 * edits
        for part, (start, size) in enumerate(_parts(length, edits)):
            for at in range(max(0, start - shift), min(len(text) - size, start + shift) + 1):
                yield from index.get((length, edits, part, text[at : at + size]), ())


def _first_match(names: Sequence[Name], later: int, candidates: Iterable[int]) -> tuple[int, bool] | None:
    texts, later_marks = names[later]
    for earlier in candidates:
        others, earlier_marks = names[earlier]
        if any(text in others for text in texts):
            return earlier, True
        if later_marks == earlier_marks and any(_close(text, other) for text in texts for other in others):
            return earlier, False
    return None


def _close(a: str, b: str) -> bool:
    limit = allowed_edits(min(len(a), len(b)))
    return limit > 0 and edit_distance(a, b, limit) <= limit
