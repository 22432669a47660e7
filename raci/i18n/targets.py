"""A KPI target as a Japanese reader writes it: 120万円以上, 90%以上, 1.0%未満, 80〜90%.

The spec keeps targets in a form tools compare (``">= 1200000"`` with ``unit: 円``);
Japanese output says the same in Japanese number style (docs/style-ja.md). English, and
a target raci cannot read (K409 reports it), are shown as written.
"""

from __future__ import annotations

import re
import unicodedata

_COMPARATORS = {">=": "以上", "=>": "以上", "≥": "以上", "≧": "以上", "<=": "以下", "=<": "以下", "≤": "以下"}
_COMPARATORS |= {"≦": "以下", ">": "超", "<": "未満", "=": "", "==": ""}
_ONE = r"[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_TARGET = re.compile(
    rf"\s*(?P<op>>=|<=|=>|=<|==|[<>=≥≤≧≦])?\s*(?P<low>{_ONE})(?:\s*(?:-|~|〜|–|—|to|から)\s*(?P<high>{_ONE}))?\s*"
)
_ATTACHED = ("%", "円", "万", "億", "倍", "割")
"""Units written right after the number in Japanese (no space)."""


def japanese_number(text: str) -> str:
    """``1200000`` → ``120万``, ``300000000`` → ``3億``; other numbers as written."""
    plain = text.replace(",", "")
    if not re.fullmatch(r"[+\-−]?\d+", plain):
        return text
    value = int(plain.replace("−", "-"))
    for size, name in ((100_000_000, "億"), (10_000, "万")):
        if abs(value) >= size and value % size == 0:
            return f"{value // size:,}{name}"
    return f"{value:,}" if abs(value) >= 10_000 else str(value)


def target_text(target: object, unit: str | None, lang: str) -> str:
    """The target with its unit, in ``lang``'s style (see the module docstring)."""
    written = " ".join(str(part) for part in (target, unit) if part not in (None, ""))
    if lang != "ja" or target is None:
        return written
    found = _TARGET.fullmatch(unicodedata.normalize("NFKC", str(target)))
    if found is None:
        return written
    unit = (unit or "").strip()
    number = japanese_number(found["low"])
    if found["high"]:
        number += "〜" + japanese_number(found["high"])
    gap = "" if not unit or unit.startswith(_ATTACHED) else " "
    word = _COMPARATORS.get(found["op"] or "=", "")
    after = " " if word and unit[-1:].isascii() and unit[-1:].isalnum() else ""
    return f"{number}{gap}{unit}{after}{word}"
