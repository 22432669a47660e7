"""How far the participants agree: raw pairwise agreement and Krippendorff's alpha.

Units are the cells (activity × department), coders the participants, the value a cell's
normalised role set (``A/R``, ``C``…) with "no role" (``""``) a value of its own; a cell a
participant did not answer (unreadable, or no form) is missing, not "no role".

- **Raw agreement** is the share of agreeing pairs: over the cells, of all pairs of
  participants who both answered a cell, how many gave the same answer (pooled over the
  cells, not averaged, so a cell with more answers weighs more).
- **Alpha** (nominal, the ``krippendorff`` package) corrects that for the agreement the
  answers' overall distribution would give by chance. In a mostly empty matrix "no role"
  dominates, chance agreement is high, and alpha reads low even when people largely
  agree: the report shows both. Alpha is undefined (``None``) when there is no variation
  at all (everyone gave one same answer everywhere) or no cell has two answers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from raci.workshop import WorkshopError

Unit = Sequence[str | None]
"""One cell's answers, one per participant; ``None``: not answered."""


def counts(unit: Unit) -> Counter[str]:
    return Counter(value for value in unit if value is not None)


def raw(units: Iterable[Counter[str]]) -> float | None:
    """Agreeing pairs / all pairs over the cells with two answers or more; ``None`` without pairs."""
    agreeing = pairs = 0
    for found in units:
        total = sum(found.values())
        pairs += total * (total - 1) // 2
        agreeing += sum(n * (n - 1) // 2 for n in found.values())
    return agreeing / pairs if pairs else None


def cell_agreement(found: Counter[str]) -> float | None:
    return raw([found])


def alpha(units: Sequence[Counter[str]]) -> float | None:
    """Krippendorff's alpha, nominal, from each cell's answer counts (``None``: undefined)."""
    pairable = [found for found in units if sum(found.values()) >= 2]
    values = sorted({value for found in pairable for value in found})
    if len(values) < 2:
        return None
    try:
        import numpy as np
        from krippendorff import alpha as krippendorff_alpha
    except ImportError:
        raise WorkshopError("workshop.needs_extra") from None
    index = {value: i for i, value in enumerate(values)}
    table = np.zeros((len(pairable), len(values)), dtype=np.int64)
    for row, found in enumerate(pairable):
        for value, n in found.items():
            table[row, index[value]] = n
    with np.errstate(divide="ignore", invalid="ignore"):
        result = float(krippendorff_alpha(value_counts=table, level_of_measurement="nominal"))
    return None if result != result else result  # NaN: undefined


def majority(found: Counter[str], prefer: str | None = None) -> tuple[str | None, bool]:
    """The most common answer and whether it ties with another. A tie is broken by
    ``prefer`` (the spec's current cell) when it is among the tied, else by the fewest
    roles, then A, R, C, I order, so the draft changes the spec no more than the answers say."""
    if not found:
        return None, False
    top = max(found.values())
    tied = [value for value, n in found.items() if n == top]
    if prefer in tied:
        return prefer, len(tied) > 1
    tied.sort(key=lambda v: (len(v.replace("/", "")), ["ARCI".find(c) for c in v.replace("/", "")]))
    return tied[0], len(tied) > 1


CONTESTED_SHARE = 2 / 3
"""A cell is contested when its most common answer has less than this share of the
answers, or ties: with 7 people, a 5-2 split is settled, a 4-3 split is not."""


def contested(found: Counter[str]) -> bool:
    total = sum(found.values())
    if total < 2:
        return False
    ranked = found.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return True
    return ranked[0][1] / total < CONTESTED_SHARE
