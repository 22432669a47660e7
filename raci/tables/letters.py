"""Does a cell look like RACI letters? The layout step's detector, nothing more.

Reading a cell's meaning is the spec builder's job, with :func:`raci.spec.loose_cells.parse_loose`;
here the same vocabulary only tells role columns from text columns, so a column whose
cells mostly parse is a role column. Look-alike letters from other scripts (Cyrillic А С,
Greek Α) count as letters for detection; the builder reads and reports them.
"""

from __future__ import annotations

from raci.spec.cells import Cell
from raci.spec.loose_cells import parse_loose

_LOOKALIKES = str.maketrans(
    "АВСЕІКМНОРТХаесіорхΑΒΕΙΚΜΝΟΡΤΧ",
    "ABCEIKMHOPTXaeciopxABEIKMNOPTX",
)
_CACHE: dict[str, int] = {}
NONE, NO_ROLE, ROLES = 0, 1, 2
"""What a text is: not a cell, a cell with no role (``-``, ``n/a``, ``×``), a cell with roles."""


def kind(text: str) -> int:
    """:data:`ROLES`, :data:`NO_ROLE` or :data:`NONE` for a non-empty cell text."""
    known = _CACHE.get(text)
    if known is not None:
        return known
    result = _kind(text)
    if len(_CACHE) < 20_000:
        _CACHE[text] = result
    return result


def _kind(text: str) -> int:
    if len(text) > 200:  # a paragraph is not a cell, whatever its first word
        return NONE
    cell = parse_loose(text.translate(_LOOKALIKES))
    if not isinstance(cell, Cell):
        return NO_ROLE if cell.kind == "undecided" else NONE  # "?" belongs in a role column, like "-"
    return ROLES if cell.roles else NO_ROLE


def is_letters(text: str) -> bool:
    """A non-empty cell that names at least one role (``A/R``, ``Accountable``, ``◎``, ``(C)``)."""
    return bool(text) and kind(text) == ROLES


def is_cell(text: str) -> bool:
    """A non-empty cell of the vocabulary, roles or none (``-`` and ``n/a`` too)."""
    return bool(text) and kind(text) != NONE
