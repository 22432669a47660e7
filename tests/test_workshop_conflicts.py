"""Which disagreements the agenda and the report bring to the room, and how they say them:
a department nobody represented, a tie among the others, a lone blank, a comment."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import raci
from raci.workshop import agenda, results
from raci.workshop.reading import Form
from raci.workshop.wording import describe

SPEC = """\
version: 1
org: {name: {ja: テスト株式会社, en: Test Inc.}, locale: en}
departments:
  - {id: sales, name: {ja: 営業部（フィールドセールス）, en: Field Sales}, kind: sales}
  - {id: cs, name: {ja: CS部 活用定着チーム, en: CS Adoption}, kind: cs}
  - {id: support, name: {ja: カスタマーサポート部, en: Support}, kind: support}
  - {id: product, name: {ja: プロダクト部, en: Product}, kind: product}
  - {id: expansion, name: {ja: CS部 カスタマーセールスチーム, en: Customer Sales}, kind: cs}
phases:
  - id: deal
    name: {ja: 商談, en: Deal}
    activities:
      - {id: proposal, name: {ja: 提案書の作成, en: Proposal}, raci: {sales: A/R}}
      - {id: demo, name: {ja: デモ, en: Demo}, raci: {sales: A/R}}
      - {id: contract, name: {ja: 契約締結, en: Contract}, raci: {sales: A/R}}
  - id: grow
    name: {ja: 拡大, en: Growth}
    activities:
      - {id: cross_sell, name: {ja: クロスセル, en: Cross-sell}, raci: {expansion: A/R, sales: C}}
      - {id: handover, name: {ja: 引き継ぎ, en: Handover}, raci: {cs: A/R}}
      - {id: renew, name: {ja: 更新提案, en: Renewal}, raci: {cs: A/R}}
"""
PEOPLE = (("佐藤", "sales"), ("鈴木", "cs"), ("高橋", "support"), ("田中", "product"), ("伊藤", "cs"))
# Everyone agrees Customer Sales does the cross-sell; nobody from it took part. Only 高橋
# thinks Sales is R too. Sales marks itself A/R on the proposal, the others split 2-2.
# On the handover nobody marks itself R and all the others expect CS to. On the demo one
# person left the A blank. 佐藤 asks a question on the contract, where everyone agrees.
ANSWERS: dict[str, dict[str, dict[str, str]]] = {
    "佐藤": {
        "proposal": {"sales": "A/R"},
        "demo": {"sales": "A/R"},
        "contract": {"sales": "A/R"},
        "cross_sell": {"expansion": "A/R", "sales": "C"},
        "handover": {"cs": "A/R"},
        "renew": {"cs": "A/R"},
    },
    "鈴木": {
        "proposal": {"sales": "A/R"},
        "demo": {"sales": "A/R"},
        "contract": {"sales": "A/R"},
        "cross_sell": {"expansion": "A/R", "sales": "C"},
        "handover": {"cs": "C"},
        "renew": {"cs": "A/R"},
    },
    "高橋": {
        "proposal": {"sales": "A/R"},
        "demo": {"sales": "R"},
        "contract": {"sales": "A/R"},
        "cross_sell": {"expansion": "A/R", "sales": "R"},
        "handover": {"cs": "A/R"},
        "renew": {"cs": "A/R"},
    },
    "田中": {
        "proposal": {"sales": ""},
        "demo": {"sales": "A/R"},
        "contract": {"sales": "A/R"},
        "cross_sell": {"expansion": "A/R", "sales": "C"},
        "handover": {"cs": "A/R"},
        "renew": {"cs": "A/R"},
    },
    "伊藤": {
        "proposal": {"sales": ""},
        "demo": {"sales": "A/R"},
        "contract": {"sales": "A/R"},
        "cross_sell": {"expansion": "A/R", "sales": "C"},
        "handover": {"cs": "C"},
        "renew": {"cs": "A/R"},
    },
}
COMMENTS = {"佐藤": {"contract": "契約は営業が最後まで責任を持つべき"}}
DEPARTMENTS = ("sales", "cs", "support", "product", "expansion")


def forms(answers: Mapping[str, Mapping[str, Mapping[str, str]]] = ANSWERS) -> list[Form]:
    out = []
    for name, department in PEOPLE:
        mine = answers[name]
        cells = {(a, d): mine.get(a, {}).get(d, "") for a in mine for d in DEPARTMENTS}
        out.append(Form(f"{name}.xlsx", name, department, cells, dict(COMMENTS.get(name, {}))))
    return out


def collected(lang: str, answers: Mapping[str, Mapping[str, Mapping[str, str]]] = ANSWERS) -> tuple[Any, str]:
    spec = raci.loads(SPEC)
    outcome = results.compute(spec, forms(answers))
    data = results.to_data(outcome, workshop="ws-test", round_label="day0", lang=lang, notes=[])
    return data, agenda.markdown(data, spec)


def names(lang: str) -> dict[str, str]:
    return {d.id: d.name.get(lang) for d in raci.loads(SPEC).departments}


def of(data: dict[str, Any], kind: str, activity: str) -> list[dict[str, Any]]:
    return [c for c in data["conflicts"] if c["kind"] == kind and c["activity"] == activity]


def test_a_department_nobody_represented_makes_no_false_conflict() -> None:
    data, text = collected("en")
    assert of(data, "nobody_responsible", "cross_sell") == []  # everyone agrees: Customer Sales does it
    assert data["unrepresented"] == ["expansion"]
    assert text.count("Nobody from Customer Sales took part: their cells are the others' view only.") == 1
    assert "Cross-sell" not in text  # nothing to settle there


def test_nobody_responsible_counts_the_others_votes_for_represented_departments() -> None:
    data, text = collected("ja")
    (conflict,) = of(data, "nobody_responsible", "handover")
    # CS (鈴木, 伊藤) marks itself C; the three others all expect CS to be R
    assert conflict["detail"]["expected"] == {"cs": 3} and conflict["detail"]["others"] == {"cs": 3}
    sentence = describe(conflict, names("ja"), "ja")
    assert sentence == (
        "自部門が担当（R）だと答えた部門がありません。他部門からはCS部 活用定着チーム（3 人中 3 人）が担当と見られています"
    )
    assert of(data, "perception_gap", "handover") == []  # the same fact, said once
    assert "誰もが" not in text


def test_one_vote_is_not_an_expectation() -> None:
    answers = {name: dict(mine) for name, mine in ANSWERS.items()}
    for name in answers:  # nobody marks any department R on the cross-sell but 高橋, for Sales
        answers[name]["cross_sell"] = {"sales": "R" if name == "高橋" else "C"}
    data, _ = collected("en", answers)
    assert of(data, "nobody_responsible", "cross_sell") == []


def test_a_tie_among_the_others_is_a_split_not_a_one_sided_view() -> None:
    data, text = collected("ja")
    (gap,) = of(data, "perception_gap", "proposal")
    assert gap["detail"]["direction"] == "split"
    expected = (
        "営業部（フィールドセールス）についての他部門の見方が割れています（A/R 2 人、役割なし 2 人）。"
        "営業部（フィールドセールス）自身は「A/R」と見ています"
    )
    assert describe(gap, names("ja"), "ja") == expected
    assert expected in text
    assert "他部門からは「役割なし」と見られています" not in text
    sales = next(d for d in data["departments"] if d["id"] == "sales")
    assert sales["perception_gaps"] == 0  # a split is not a gap in the department's count


def test_a_clear_majority_of_the_others_is_a_gap_with_its_share() -> None:
    answers = {name: dict(mine) for name, mine in ANSWERS.items()}
    answers["伊藤"] = {**answers["伊藤"], "proposal": {"sales": "C"}}
    answers["高橋"] = {**answers["高橋"], "proposal": {"sales": ""}}
    data, _ = collected("en", answers)
    (gap,) = of(data, "perception_gap", "proposal")
    assert gap["detail"]["direction"] == "claims"
    assert (
        describe(gap, names("en"), "en")
        == "Field Sales sees itself as A/R; 3 of 4 of the others see it as no role or C"
    )


def test_a_lone_blank_is_a_quick_check_and_a_comment_is_an_item() -> None:
    data, text = collected("en")
    (demo,) = of(data, "accountable", "demo")
    assert demo["confirm"] and demo["detail"]["blank"] == ["高橋"]
    todo, checks = agenda.plan(data)
    assert [c["activity"] for c in checks] == ["demo"]
    # who is A on the proposal (3 against 2), nobody claims the handover, a question on the contract
    assert [i["activity"] for i in todo] == ["proposal", "handover", "contract"]
    head, quick = text.split("## Quick checks")
    assert "Demo [demo]" not in head and "Demo \\[demo\\]: 4 of 5 name Field Sales accountable (A)" in quick
    assert "- 佐藤: 契約は営業が最後まで責任を持つべき" in head
    assert "3 items to discuss, in order" in text and "then 1 quick checks" in text


def test_conflicts_with_a_real_dissent_come_first() -> None:
    data, _ = collected("en")
    order = [c["confirm"] for c in data["conflicts"]]
    assert order == sorted(order)  # every quick check after every conflict to debate


def test_the_collect_summary_says_what_its_counts_mean() -> None:
    from raci.commands.workshop import _summary

    data, _ = collected("ja")
    text = _summary(data, "day0", "ja")
    assert "意見が割れたセル" in text and "（最も多い答えが回答の 3 分の 2 に届かないセル）" in text
    assert "話し合う議題 3 件と確認だけの項目 1 件" in text
    assert "要検討の食い違い" not in text  # a third count nobody could tell from the first two


def test_the_chart_legend_is_text_that_wraps(tmp_path: Path) -> None:
    from raci.workshop.report import render

    data, _ = collected("ja")
    (tmp_path / "day0").mkdir()
    (tmp_path / "day0" / "results.json").write_text(results.dumps(data), encoding="utf-8")
    page = render([tmp_path / "day0"])
    svg = page.split('<section id="rounds">', 1)[1].split("</svg>", 1)[0]
    assert "営業部（フィールドセールス）" not in svg  # SVG text cannot wrap: it was cut at the edge
    legend = page.split('<ul class="legend">', 1)[1].split("</ul>", 1)[0]
    for name in names("ja").values():
        assert f"<span>{name}</span>" in legend
