"""Mission rules: the template's three parts, filled in, measurable and concise."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.spec.model import Mission, Span, Spec, Text

PARTS = ("customer", "value", "success")
"""The parts of the template: we help [customer] achieve [success] through [value]."""


@rule("M501", "mission-missing", "warning")
def mission_missing(ctx: Context) -> Iterator[Hit]:
    """The spec has no mission.

    The mission says whom CS helps and to what success; it is what the team checks a
    new request against ("is this ours?") before a RACI row is ever written. Without
    it, the division of work has nothing to follow from.

    Failing:

        version: 1
        org: {name: Example Co}
        departments: …

    Passing:

        mission:
          customer: 少人数の経理チームで請求業務を回している中小企業
          value: 請求書の作成から入金消込までを一つの流れにつなぐこと
          success: 月末の請求業務を3時間から30分に短縮すること

    How to fix: add a `mission` with the three parts of the template — 「私たちは、
    [customer]が、[value]を通じて、[success]を達成することを支援します。」 / "We help
    [customer] achieve [success] through [value]."
    """
    spec = ctx.spec
    if spec.mission is None:
        yield Hit(spec.org.span, {}, "mission")


@rule("M502", "mission-part-missing", "warning")
def mission_part_missing(ctx: Context) -> Iterator[Hit]:
    """The mission lacks a part of the template: customer, value or success.

    Each part answers a question the team must agree on: which customers, what value
    the product gives them (not its features), and what success they reach. A mission
    without one of them cannot be condensed into a statement that drives action.

    Failing:

        mission:
          customer: 中小企業の経理チーム
          value: 請求から入金消込までの自動化

    Passing:

        mission:
          customer: 中小企業の経理チーム
          value: 請求から入金消込までの自動化
          success: 月末の請求作業を3時間から30分にする

    How to fix: write the missing part; the message says which one and what it should
    say.
    """
    mission = ctx.spec.mission
    if mission is None:
        return
    for part in PARTS:
        if getattr(mission, part) is None:
            yield Hit(mission.span or ctx.spec.org.span, {}, f"mission:{part}", key=f"M502.{part}")


@rule("M503", "mission-statement-too-long", "info", max_chars=100)
def mission_statement_too_long(ctx: Context) -> Iterator[Hit]:
    """The mission statement is longer than ``max_chars`` (100) characters.

    A good statement is concise first: the team should be able to say it from memory
    and test a request against it. Counts the characters of the longest language
    version.

    Failing:

        statement: 私たちは、請求業務に追われる中小企業の経理チームが、請求書の作成・送付・入金消込・督促・会計ソフトへの連携までを一つのサービスで自動化し、月末の作業時間を大幅に減らして本来の業務に集中できるよう、導入から活用、更新まであらゆる場面で伴走し支援します。

    Passing:

        statement: お客様が、月末の請求業務を30分で終え、空いた時間を本業に使えるようにする。

    How to fix: condense: keep the customer as the subject and the success they reach;
    move explanations into the customer, value and success parts.
    """
    mission = ctx.spec.mission
    if mission is None or mission.statement is None:
        return
    limit = ctx.options["max_chars"]
    length = max(len(v.strip()) for v in _versions(mission.statement))
    if length > limit:
        yield Hit(_span(ctx.spec, "statement"), {"length": length, "max": limit}, "mission:statement")


@rule("M504", "success-not-measurable", "warning")
def success_not_measurable(ctx: Context) -> Iterator[Hit]:
    """The customer's success is not measurable.

    "Efficiency" or "satisfaction" cannot be checked: nobody can say whether a customer
    reached it. A measurable success ("month-end invoicing from 3 hours to 30
    minutes") tells the team what to aim at and when it is done. raci looks for a
    number or a measurable unit: digits (full-width too), %, 倍, 半分, ゼロ, kanji
    numerals with a unit (三割, 十日), or words such as half, twice, zero. A success
    that still holds a template placeholder is reported by M505 instead.

    Failing:

        success: 請求業務の効率化

    Passing:

        success: 月末の請求業務を3時間から30分に短縮すること

    How to fix: say what changes for the customer, with a number: a time, a rate, a
    count, from what to what, by when.
    """
    mission = ctx.spec.mission
    if mission is None or mission.success is None:
        return
    versions = _versions(mission.success)
    if any(_placeholder(v) for v in versions):
        return
    if not any(measurable(v) for v in versions):
        yield Hit(_span(ctx.spec, "success"), {"success": mission.success}, "mission:success")


@rule("M505", "mission-placeholder", "warning")
def mission_placeholder(ctx: Context) -> Iterator[Hit]:
    """A mission part still holds a template placeholder.

    A template's `[どのような顧客]`, `<customer>`, `TODO` or `TBD` is a question the team
    has not answered yet. raci reports it until it is replaced, so a fresh template
    cannot pass for a finished mission.

    Failing:

        customer: "[どのような顧客]"

    Passing:

        customer: 少人数の経理チームで請求業務を回している中小企業

    How to fix: replace the placeholder with the team's answer; the message says which
    part and what it asks for.
    """
    mission = ctx.spec.mission
    if mission is None:
        return
    for part in (*PARTS, "statement"):
        text = getattr(mission, part)
        if text is None:
            continue
        found = next((p for p in map(_placeholder, _versions(text)) if p), None)
        if found:
            yield Hit(_span(ctx.spec, part), {"placeholder": found}, f"mission:{part}", key=f"M505.{part}")


# helpers ----------------------------------------------------------------------------

_DIGIT = re.compile(r"\d|%|倍|半分|半減|ゼロ")
_KANJI_NUMBER = re.compile(
    r"[〇零一二三四五六七八九十百千万億]+"
    r"(?:割|倍|分|秒|時間|日|週|週間|か月|ヶ月|カ月|ケ月|箇月|年|件|人|名|回|円|社|店|点|ポイント|パーセント|%)"
)
_NUMBER_WORD = re.compile(
    r"\b(?:zero|half|twice|double|triple|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|hundred|thousand|million|dozen|percent)\b",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"\[[^\[\]]*\]|［[^［］]*］|<[^<>\s](?:[^<>]*[^<>\s])?>|＜[^＜＞]*＞|(?<![A-Za-z0-9])(?:TODO|TBD|XXX)(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def measurable(text: str) -> bool:
    """Whether ``text`` holds a number or a measurable unit (``3時間``, ``三割``, ``50%``, ``half``…)."""
    normal = unicodedata.normalize("NFKC", text)
    return bool(_DIGIT.search(normal) or _KANJI_NUMBER.search(normal) or _NUMBER_WORD.search(normal))


def _placeholder(text: str) -> str | None:
    """The first template placeholder in ``text`` (``[…]``, ``［…］``, ``<…>``, TODO, TBD, XXX), if any."""
    found = _PLACEHOLDER.search(text) or _PLACEHOLDER.search(unicodedata.normalize("NFKC", text))
    return found[0] if found else None


def _versions(text: Text) -> list[str]:
    """The language versions of ``text`` that are written, each once."""
    return list(dict.fromkeys(v for v in (text.ja, text.en) if v))


def _span(spec: Spec, part: str) -> Span | None:
    mission: Mission | None = spec.mission
    if mission is not None:
        return mission.spans.get(part) or mission.span or spec.org.span
    return spec.org.span
