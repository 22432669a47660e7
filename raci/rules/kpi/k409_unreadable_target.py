"""K409 unreadable-target: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from raci.rules import Context, Hit, rule

MESSAGES: dict[str, dict[str, str]] = {
    "K409": {
        "en": "KPI '{kpi}' ({id}) has a target raci cannot read: '{target}'",
        "ja": "KPI「{kpi}」（{id}）の目標値「{target}」を数値として読めません",
    },
    "K409.hint": {
        "en": 'write the number the owner commits to, with a comparator for a floor or ceiling (">= 90", "< 2.84") or as a range ("80-90"); the unit goes in unit:',
        "ja": '目標とする数値を書いてください。下限・上限なら比較演算子を付け（">= 90"、"< 2.84"）、幅なら範囲で（"80〜90"）書きます。単位は unit: に書けます',
    },
    "K409.summary": {
        "en": "A KPI target is not a number raci can read.",
        "ja": "数値として読めない KPI の目標値があります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "目標値は owner が約束する数字です。「高い」「改善」「up」では何も約束したことにならず、"
        "実績と比べることもできません。raci が読めるのは、比較記号（`>=`、`<=`、`>`、`<`、`=`、"
        "`≥`、`≤`、全角も可）を前に付けてもよい数値（全角数字、桁区切り、小数、符号も可）と"
        "任意の単位、または `80-90` や `80〜90` のような範囲です。"
    ),
    "fix": (
        'owner が約束する数字を書いてください。下限や上限なら比較記号を付け（`">= 90"`、'
        '`"< 2.84"`）、幅があるなら範囲（`"80-90"`）で書きます。'
    ),
}


@rule("K409", "unreadable-target", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("kpis",))
def unreadable_target(ctx: Context) -> Iterator[Hit]:
    """A KPI target is not a number raci can read.

    A target is what the owner commits to; "high", "改善" or "up" commit to nothing, and
    no tool can compare them with the actual value. raci reads an optional comparator
    (`>=`, `<=`, `>`, `<`, `=`, `≥`, `≤`, full-width too), a number (full-width digits,
    thousands separators, decimals and a sign are fine) with an optional unit, or a
    range such as `80-90` or `80〜90`.

    Failing:

        - {id: nps, name: NPS, level: kpi, parent: ltv, target: 改善}

    Passing:

        - {id: nps, name: NPS, level: kpi, parent: ltv, unit: pt, target: ">= 30"}

    How to fix: write the number the owner commits to, with a comparator when it is a
    floor or a ceiling (`">= 90"`, `"< 2.84"`), or a range (`"80-90"`).
    """
    for kpi in ctx.spec.kpis:
        if kpi.target is not None and not readable_target(kpi.target):
            yield Hit(kpi.span, {"kpi": kpi.name, "id": kpi.id, "target": kpi.target}, kpi.id)


_COMPARATOR = r"(?:>=|<=|=>|=<|==|[<>=≥≤≧≦])"


_CURRENCY = r"[¥$£€]?"


_NUMBER = r"[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


_UNIT = r"(?:[^\d\s<>=≥≤≧≦\-~〜–—][^\d<>=≥≤≧≦]*?)?"


_RANGE_SEPARATOR = r"(?:-|~|〜|–|—|to|から)"


_TARGET = (
    rf"(?:{_COMPARATOR}\s*)?{_CURRENCY}{_NUMBER}\s*{_UNIT}"
    rf"|{_CURRENCY}{_NUMBER}\s*{_UNIT}\s*{_RANGE_SEPARATOR}\s*{_CURRENCY}{_NUMBER}\s*{_UNIT}"
)

_PLAIN = re.compile(r"(?:(?:>=|<=|=>|=<|==|[<>=])\s*)?[+-]?\d+(?:\.\d+)?")
"""The common targets (``">= 90"``, ``"< 2.84"``, ``8``), every one of which :data:`_TARGET`
reads too. Its classes are ASCII: it compiles in a tenth of the time of the full grammar,
whose classes of non-ASCII characters took 2 ms of ``raci validate``'s start-up."""


@functools.cache
def _full() -> re.Pattern[str]:
    return re.compile(_TARGET)


def readable_target(target: str) -> bool:
    """Whether raci can read ``target``: ``">= 90"``, ``"< 2.84"``, ``"１，２００件"``, ``"80〜90"``…"""
    text = unicodedata.normalize("NFKC", target).strip()
    return _PLAIN.fullmatch(text) is not None or _full().fullmatch(text) is not None
