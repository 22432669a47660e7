"""M504 success-not-measurable: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.mission import language_versions, part_span, placeholder

MESSAGES: dict[str, dict[str, str]] = {
    "M504": {
        "en": "the customer's success '{success}' is not measurable: it has no number or measurable unit",
        "ja": "顧客の成功「{success}」が測れる形になっていません: 数値や測れる単位がありません",
    },
    "M504.hint": {
        "en": 'say what changes for the customer with a number — a time, a rate or a count, from what to what, by when ("month-end invoicing from 3 hours to 30 minutes")',
        "ja": "顧客にとって何がどれだけ変わるかを数値で書いてください。時間・率・件数を、何から何へ、いつまでに（例:「月末の請求業務を 3 時間から 30 分に」）",
    },
    "M504.summary": {
        "en": "The customer's success is not measurable.",
        "ja": "顧客の成功が数値で測れる形になっていません。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "「効率化」や「満足度向上」は確かめようがなく、顧客がそこに到達したかどうかを誰も"
        "判断できません。「月末の請求業務を 3 時間から 30 分に」のように測れる成功なら、チームは"
        "何を目指し、いつ達成したのかが分かります。\n\n"
        "raci は数字か測れる単位を探します：数字（全角も可）、%、倍、半分、ゼロ、単位付きの漢数字"
        "（三割、十日）、または half、twice、zero などの語です。テンプレートのプレースホルダーが"
        "残っている success は M505 が報告します。"
    ),
    "fix": (
        "顧客にとって何が変わるのかを、数字で書いてください。時間、割合、件数などを使い、"
        "何から何へ、いつまでに変わるのかを示します。"
    ),
}


@rule("M504", "success-not-measurable", "warning", messages=MESSAGES, docs_ja=DOCS_JA, needs=("mission",))
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
    versions = language_versions(mission.success)
    if any(placeholder(v) for v in versions):
        return
    if not any(measurable(v) for v in versions):
        yield Hit(part_span(ctx.spec, "success"), {"success": mission.success}, "mission:success")


_DIGIT = re.compile(r"\d|%|倍|半分|半減|ゼロ")


_KANJI_NUMBER = (
    r"[〇零一二三四五六七八九十百千万億]+"
    r"(?:割|倍|分|秒|時間|日|週|週間|か月|ヶ月|カ月|ケ月|箇月|年|件|人|名|回|円|社|店|点|ポイント|パーセント|%)"
)


_NUMBER_WORD = (
    r"\b(?:zero|half|twice|double|triple|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|hundred|thousand|million|dozen|percent)\b"
)


def measurable(text: str) -> bool:
    """Whether ``text`` holds a number or a measurable unit (``3時間``, ``三割``, ``50%``, ``half``…)."""
    normal = unicodedata.normalize("NFKC", text)
    if _DIGIT.search(normal):
        return True  # the usual case: the numbers in words are compiled only when there is no digit
    kanji, words = _in_words()
    return bool(kanji.search(normal) or words.search(normal))


@functools.cache
def _in_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Numbers written out: 三割, 二倍, half, twice (~0.4 ms to compile, so not at start-up)."""
    return re.compile(_KANJI_NUMBER), re.compile(_NUMBER_WORD, re.IGNORECASE)
