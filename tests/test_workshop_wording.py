"""The workshop's Japanese reads as a native speaker writes it: no さん on a department,
full-width brackets, 「、」 between items, no space between Japanese and a Japanese name."""

from __future__ import annotations

import re

import pytest

import raci
from raci.i18n import t
from raci.i18n.workshop import HELP_JA
from raci.i18n.workshop import MESSAGES as FORMS_AND_COLLECT
from raci.i18n.workshop_report import MESSAGES as REPORT
from raci.workshop import consensus, results
from raci.workshop.reading import Form
from raci.workshop.wording import counted, describe
from tests.test_workshop_conflicts import SPEC

MESSAGES = {**FORMS_AND_COLLECT, **REPORT}
NAMES = "department|departments|org|name|names|phase"
SPACED = re.compile(r"[^\x00-\x7f] \{(" + NAMES + r")\}|\{(" + NAMES + r")\} [^\x00-\x7f]")


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_japanese_message_follows_the_house_style(key: str) -> None:
    ja = MESSAGES[key]["ja"]
    assert "(" not in ja and ")" not in ja, "full-width brackets in Japanese"
    assert not SPACED.search(ja), "a space by a name"
    outside_quotes = re.sub(r"「[^」]*」", "", ja)
    assert ", " not in outside_quotes and "; " not in outside_quotes, "「、」 between items"
    assert "さん" not in ja  # a form may be a department's: 「CS部 活用定着チーム」さん is wrong
    assert "誰もが" not in ja


def test_the_command_help_uses_full_width_brackets() -> None:
    assert not [key for key, text in HELP_JA.items() if "(" in text or ")" in text]


def test_an_empty_form_and_a_bad_cell_in_japanese() -> None:
    empty = t("workshop.read.empty", "ja", {"name": "CS部 活用定着チーム"})
    assert empty.startswith("「CS部 活用定着チーム」の記入用紙は空です。")
    bad = t("workshop.read.bad_cell", "ja", {"text": "X", "bad": "X", "name": "鈴木"})
    assert bad.startswith("「X」は役割として読み取れません（A・R・C・I、◎○△、役割を表す言葉のいずれでもありません）。")
    part = t("workshop.read.bad_cell_part", "ja", {"text": "A/Q", "bad": "Q", "name": "鈴木"})
    assert "（「Q」が A・R・C・I、◎○△、役割を表す言葉のいずれでもありません）" in part


def test_counts_are_written_the_japanese_way() -> None:
    assert counted("なし", 2, "ja") == "なし 2 人"
    assert counted("営業部（フィールドセールス）", 2, "ja") == "営業部（フィールドセールス）2 人"
    conflict = {
        "kind": "accountable",
        "activity": "proposal",
        "department": None,
        "detail": {"views": {"": 2, "sales": 2, "sales,product": 1}, "majority": []},
    }
    names = {"sales": "営業部（フィールドセールス）", "product": "プロダクト部"}
    assert describe(conflict, names, "ja") == (
        "説明責任（A）をどの部門が持つかで意見が分かれています："
        "なし 2 人、営業部（フィールドセールス）2 人、営業部（フィールドセールス）・プロダクト部 1 人"
    )


def test_the_consensus_comments_in_japanese() -> None:
    spec = raci.loads(SPEC)
    people = [("高橋", "R"), ("田中", "R"), ("伊藤", "R"), ("佐藤", "A/R"), ("鈴木", "A/R")]
    forms = [Form(f"{n}.xlsx", n, "support", {("proposal", "sales"): cell}) for n, cell in people]
    forms[4].answers[("demo", "cs")] = "C"
    forms[3].answers[("demo", "cs")] = "I"
    outcome = results.compute(spec, forms[3:] + forms[:3])
    notes = {(c.activity, c.department): c.text for c in consensus.comments(spec, outcome.cells, "ja")}
    assert notes[("proposal", "sales")] == (
        "ワークショップ: 意見が割れています。営業部（フィールドセールス）: R＝高橋・田中・伊藤、A/R＝佐藤・鈴木"
    )
    assert notes[("demo", "cs")] == "ワークショップ: 票が同数です。CS部 活用定着チーム: C＝鈴木、I＝佐藤"
