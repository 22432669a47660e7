"""Checks on single values that keep every later step safe: numbers, characters, lengths.

A spec reaches spreadsheets, Graphviz, terminals and HTML. Whatever one of them cannot
take is refused here, at the scalar that carries it, with its position: a count beyond
any organisation (or one whose digits alone would overflow Python's conversions), a
control character (openpyxl and dot fail on them, terminals obey them), a name so long
that no diagram can lay it out. Limits are documented in docs/spec.md ("Limits").
"""

from __future__ import annotations

import re
from typing import Any, TypeGuard

import yaml

MAX_COUNT = 1_000_000_000
"""Largest ``headcount`` or ``accounts``: a billion is beyond any organisation and still
exact as a float, so ratios such as accounts per person can never overflow."""
MAX_NAME = 200
"""Longest name, id, unit or target, in characters: a label on a diagram or a cell."""
MAX_TEXT = 2_000
"""Longest description, mission part or scope line, in characters: a paragraph."""

_SIGNIFICANT_DIGITS = 40
"""More significant digits than this is out of range whatever the base; counting them
first keeps int() away from Python's 4,300-digit conversion limit."""
_HUGE: int = 10**_SIGNIFICANT_DIGITS  # int ** int is typed Any (a negative power is a float)

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 controls except tab and line feed, DEL, and the C1 controls (U+0080–U+009F)."""
MAYBE_CONTROL = re.compile("[\\\\\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""In the raw file: a backslash (a double-quoted escape such as ``\\x07``) or a control
character. A file without any needs no check per scalar; a raw CR is a line break."""

_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_INT_TAG = "tag:yaml.org,2002:int"


def control_character(text: str) -> str | None:
    """The first control character in ``text`` as ``U+0007``, or ``None``."""
    found = CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def whole_number(node: yaml.ScalarNode) -> int | None:
    """The integer an ``!!int`` scalar holds, or ``None`` if it does not hold one
    (``!!int abc``). Beyond 40 significant digits the result is ±10**40: out of every
    range, and cheap to compare — callers quote ``node.value`` in messages, never it."""
    text: str = node.value.strip().replace("_", "")
    negative = text.startswith("-")
    digits = text.lstrip("+-")
    for prefix in ("0x", "0b", "0o"):
        digits = digits.removeprefix(prefix)
    if len(digits.lstrip("0:")) > _SIGNIFICANT_DIGITS:
        return -_HUGE if negative else _HUGE
    try:
        value: Any = yaml.constructor.SafeConstructor.construct_yaml_int(_CONSTRUCTOR, node)
    except (ValueError, IndexError):
        return None
    return value if isinstance(value, int) else None


def boolean(node: yaml.ScalarNode) -> bool | None:
    """The value of a ``!!bool`` scalar, or ``None`` if it holds none (``!!bool maybe``)."""
    text: str = node.value
    return _CONSTRUCTOR.bool_values.get(text.lower())


def is_int_tag(node: yaml.Node) -> TypeGuard[yaml.ScalarNode]:
    return isinstance(node, yaml.ScalarNode) and node.tag == _INT_TAG
