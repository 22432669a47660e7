"""Mission rules (M5xx): what counts as measurable, what is a placeholder, and the options."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import raci
from raci.graph import OrgGraph
from raci.i18n import t
from raci.lint import check_paths
from raci.rules import Context, Hit, all_rules, mission
from raci.rules.mission import m504_success_not_measurable as m504
from raci.rules.mission.m504_success_not_measurable import measurable
from raci.spec.model import Spec

RULES = Path(__file__).parent / "specs" / "rules"

TAIL = """\
departments:
  - {id: cs, name: Customer Success, kind: cs, headcount: 3}
phases:
  - {id: onboarding, name: Onboarding, activities: [{id: kickoff, name: Kickoff, raci: {cs: A/R}}]}
"""


def spec_of(mission: str) -> Spec:
    head = "version: 1\norg: {name: Tallybird Ltd, locale: en}\n"
    return raci.loads(head + textwrap.dedent(mission) + TAIL, "org.raci.yaml")


def run(code: str, spec: Spec, **options: Any) -> list[Hit]:
    rule = all_rules()[code]
    return list(rule.check(Context(spec, OrgGraph(spec), {**rule.options, **options})))


@pytest.mark.parametrize(
    "success",
    [
        "month-end invoicing from 3 hours to 30 minutes",
        "月末の請求業務を3時間から30分に短縮する",
        "月末の請求業務を３時間から３０分に短縮する",
        "解約率を5%未満にする",
        "解約率を５％未満にする",
        "督促の手間を三割減らす",
        "作業時間を半分にする",
        "入力ミスを半減させる",
        "商談数を二倍にする",
        "処理件数を倍増させる",
        "入金確認の漏れをゼロにする",
        "十日で本番稼働する",
        "Half as many stock-outs on best-sellers",
        "twice as many active users",
        "zero missed payment checks",
    ],
)
def test_measurable_successes(success: str) -> None:
    assert measurable(success)


@pytest.mark.parametrize(
    "success",
    [
        "請求業務の効率化",
        "顧客満足度の向上",
        "satisfaction",
        "more efficient invoicing",
        "役割分担を明確にし、一つの流れにする",
        "割引なしで使い続けてもらう",
        "customers love the product",
    ],
)
def test_unmeasurable_successes(success: str) -> None:
    assert not measurable(success)


def test_one_measurable_language_version_is_enough() -> None:
    spec = spec_of(
        """\
        mission:
          customer: 中小企業の経理チーム
          value: 請求から入金消込までの自動化
          success: {ja: 月末の請求作業を3時間から30分にする, en: faster month-end invoicing}
        """
    )
    assert run("M504", spec) == []


def test_a_success_that_is_still_a_placeholder_is_left_to_m505() -> None:
    spec = spec_of(
        """\
        mission:
          customer: 中小企業の経理チーム
          value: 請求から入金消込までの自動化
          success: "[どのような成功]"
        """
    )
    assert run("M504", spec) == []
    assert [h.subject for h in run("M505", spec)] == ["mission:success"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("[customer]", "[customer]"),
        ("私たちは、［顧客］が", "［顧客］"),
        ("<value>", "<value>"),
        ("＜自社の提供価値＞", "＜自社の提供価値＞"),
        ("TODO", "TODO"),
        ("todo: write this", "todo"),
        ("顧客TBD", "TBD"),
        ("XXX社の経理チーム", "XXX"),
        ("ＴＯＤＯ", "TODO"),
    ],
)
def test_placeholders_are_found_and_quoted(text: str, found: str) -> None:
    spec = spec_of(f"mission:\n  customer: {text!r}\n  value: v\n  success: 3 hours to 30 minutes\n")
    hits = run("M505", spec)
    assert [(h.key, h.args["placeholder"]) for h in hits] == [("M505.customer", found)]


@pytest.mark.parametrize(
    "text", ["Todoroki Trading's finance team", "XXL-size retailers", "churn < 1% and NPS > 30", "TBDs"]
)
def test_words_that_only_look_like_placeholders(text: str) -> None:
    spec = spec_of(f"mission:\n  customer: {text!r}\n  value: v\n  success: 3 hours to 30 minutes\n")
    assert run("M505", spec) == []


def test_mission_missing_and_parts_missing_do_not_overlap() -> None:
    no_mission = spec_of("")
    assert [h.subject for h in run("M501", no_mission)] == ["mission"]
    assert run("M502", no_mission) == []
    empty = spec_of("mission: {statement: We help retailers.}\n")
    assert run("M501", empty) == []
    hits = run("M502", empty)
    assert [(h.subject, h.key) for h in hits] == [
        ("mission:customer", "M502.customer"),
        ("mission:value", "M502.value"),
        ("mission:success", "M502.success"),
    ]
    for hit in hits:
        assert hit.key and t(hit.key, "ja", hit.args) and t(f"{hit.key}.hint", "en", hit.args)


def test_statement_length_counts_the_longest_version() -> None:
    spec = spec_of(
        """\
        mission:
          customer: c
          value: v
          success: 3 hours to 30 minutes
          statement: {ja: 短い。, en: A statement in English that is quite a lot longer than the Japanese one.}
        """
    )
    assert run("M503", spec) == []
    assert [h.args["length"] for h in run("M503", spec, max_chars=40)] == [72]


def test_max_chars_from_the_configuration(tmp_path: Path) -> None:
    fixture = "m503-fail-statement-101-characters.raci.yaml"
    spec = tmp_path / fixture
    spec.write_text((RULES / fixture).read_text(encoding="utf-8"), encoding="utf-8")
    assert [f.code for f in check_paths([str(spec)], select=["M503"]).findings] == ["M503"]
    (tmp_path / "raci.toml").write_text("[rules.M503]\nmax_chars = 101\n", encoding="utf-8")
    assert check_paths([str(spec)], select=["M503"]).findings == []


_MISSION_TEXT = st.lists(
    st.sampled_from([*"[]［］<>＜＞ \tTODtodbBxX0１三割倍aé顧客がﾄｰ", "TODO", "ｔｂｄ", "XXX", "half", "Twice", "%"]),
    max_size=14,
).map("".join)


@given(_MISSION_TEXT)
def test_the_placeholder_shortcut_finds_what_the_pattern_finds(text: str) -> None:
    """The pattern is compiled only when a bracket or a word may be there; the answer is the same."""
    pattern = re.compile(mission.PLACEHOLDER, re.IGNORECASE)
    found = pattern.search(text) or pattern.search(unicodedata.normalize("NFKC", text))
    assert mission.placeholder(text) == (found[0] if found else None)


@given(_MISSION_TEXT)
def test_the_measurable_shortcut_answers_as_all_three_patterns(text: str) -> None:
    normal = unicodedata.normalize("NFKC", text)
    patterns = (m504._DIGIT, re.compile(m504._KANJI_NUMBER), re.compile(m504._NUMBER_WORD, re.IGNORECASE))
    assert measurable(text) == any(p.search(normal) for p in patterns)
