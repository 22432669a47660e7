"""The loader as a library: the model it builds, the positions it keeps, what it refuses."""

from __future__ import annotations

import dataclasses
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

import raci
from raci.spec import load as load_module
from raci.spec.model import Span, Text
from raci.spec.problems import SpecError

FULL = textwrap.dedent(
    """\
    version: 1
    org: {name: {ja: アクメ, en: Acme}, locale: ja, accounts: 300}
    mission:
      customer: 中小企業の経理担当者
      value: 請求業務の自動化
      success: 月末の請求業務を3時間から30分にする
    departments:
      - {id: sales, name: 営業, kind: sales, headcount: 8}
      - id: cs
        name: {ja: カスタマーサクセス, en: Customer Success}
        kind: cs
        headcount: 5
        scope:
          in: [導入支援]
          out: [新規商談, {activity: deal, note: 営業が担当}, {phase: lead}]
    phases:
      - id: lead
        name: リード
        activities:
          - {id: deal, name: 商談, raci: {sales: a/r, cs: I}, mode: proactive}
      - id: go_live
        name: 導入
        stage: onboarding
        activities:
          - id: kickoff
            name: キックオフ
            raci: {cs: R/A, sales: "C, I"}
            kpis: [onboarding_completion]
            handoff: yes
    kpis:
      - {id: ltv, name: LTV, level: kgi}
      - {id: onboarding_completion, name: 完了率, level: kpi, parent: ltv, owner: cs, unit: "%", target: ">= 90"}
      - {id: meetings, name: 定例数, level: activity, parents: [onboarding_completion, ltv], target: 20}
    """
)


def test_full_spec_becomes_a_typed_model() -> None:
    spec = raci.loads(FULL, "org.raci.yaml")
    assert spec.org.name == Text(ja="アクメ", en="Acme")
    assert (spec.org.locale, spec.org.accounts) == ("ja", 300)
    assert spec.mission is not None and spec.mission.success is not None
    assert spec.mission.success.get("en") == "月末の請求業務を3時間から30分にする"  # falls back to the only text
    assert [d.id for d in spec.departments] == ["sales", "cs"]
    cs = spec.department("cs")
    assert cs.name.get("en") == "Customer Success" and cs.name.get("ja") == "カスタマーサクセス"
    assert cs.scope is not None
    assert [t.get("ja") for t in cs.scope.does] == ["導入支援"]
    out = cs.scope.does_not
    assert out[0].text == Text("新規商談", "新規商談")
    assert (out[1].activity, out[1].phase, out[2].phase) == ("deal", None, "lead")
    assert [p.stage for p in spec.phases] == ["lead", "onboarding"]  # from the id, then explicit
    kickoff = spec.activity("kickoff")
    assert kickoff.phase == "go_live" and kickoff.handoff is True and kickoff.kpis == ("onboarding_completion",)
    assert [(a.department, a.cell) for a in kickoff.raci] == [("cs", "A/R"), ("sales", "C/I")]
    assert spec.activity("deal").holders("A") == ["sales"]
    assert spec.kpi("meetings").parents == ("onboarding_completion", "ltv")
    assert spec.kpi("meetings").target == "20"
    assert spec.kpi("onboarding_completion").parents == ("ltv",)
    assert [a.id for a in spec.activities()] == ["deal", "kickoff"]


def test_positions_are_kept() -> None:
    spec = raci.loads(FULL, "org.raci.yaml")
    kickoff = spec.activity("kickoff")
    assert _start(kickoff.span) == Span("org.raci.yaml", 25, 9)
    line27 = FULL.splitlines()[26]
    assert _start(kickoff.raci[1].span) == Span("org.raci.yaml", 27, line27.index("sales") + 1)
    assert _start(spec.department("cs").span) == Span("org.raci.yaml", 9, 5)
    assert _start(spec.kpi("ltv").span) == Span("org.raci.yaml", 31, 5)
    assert str(spec.kpi("ltv").span) == "org.raci.yaml:31:5"


def _start(span: Span | None) -> Span:
    assert span is not None
    return Span(span.file, span.line, span.column)


def _extent(span: Span | None, text: str) -> str:
    assert span is not None and span.offset is not None and span.end_offset is not None
    return text[span.offset : span.end_offset]


def test_spans_cover_the_whole_element_and_nothing_after_it() -> None:
    """The editor patches text at these offsets: a cell is `key: value`, a block mapping
    ends at its last value, never at the comment or blank line that follows it."""
    text = FULL.replace("handoff: yes", "handoff: yes   # trailing comment\n\n        # note")
    spec = raci.loads(text, "org.raci.yaml")
    kickoff = spec.activity("kickoff")
    assert [_extent(a.span, text) for a in kickoff.raci] == ["cs: R/A", 'sales: "C, I"']
    assert _extent(kickoff.span, text).startswith("id: kickoff")
    assert _extent(kickoff.span, text).endswith("handoff: yes")
    cs = spec.department("cs")
    assert cs.span is not None and cs.span.end_line is not None
    body = _extent(cs.span, text)
    assert body.startswith("id: cs") and text.splitlines()[cs.span.end_line - 1].endswith(body.splitlines()[-1])
    kpi = spec.kpi("ltv")
    assert _extent(kpi.span, text).startswith("{") and _extent(kpi.span, text).endswith("}")


def test_model_is_immutable() -> None:
    spec = raci.loads(FULL)
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.departments[0].headcount = 3  # type: ignore[misc]


def test_a_department_without_kind_is_other_and_role_is_a_kind() -> None:
    """An imported table knows no department kinds: ``kind`` may be left out."""
    text = FULL.replace("kind: sales, ", "").replace("kind: cs", "kind: role")
    spec = raci.loads(text)
    assert [d.kind for d in spec.departments[:2]] == ["other", "role"]


def test_all_problems_are_reported_at_once() -> None:
    broken = FULL.replace("kind: sales", "kind: salse").replace("owner: cs", "owner: cx").replace("R/A", "R/X")
    with pytest.raises(SpecError) as caught:
        raci.loads(broken, "org.raci.yaml")
    codes = [(p.code, p.span.line) for p in caught.value.problems]
    assert codes == [("S006", 8), ("S009", 27), ("S008", 32)]
    assert caught.value.locale == "ja"


def test_yaml_1_1_booleans_and_numbers_are_read_as_text_where_text_is_expected() -> None:
    spec = raci.loads(FULL.replace("name: リード", "name: yes").replace("name: 導入", "name: 2024"), "org.raci.yaml")
    assert [p.name.get("en") for p in spec.phases] == ["yes", "2024"]


def test_anchors_and_merge_keys() -> None:
    text = FULL.replace(
        "  - {id: sales, name: 営業, kind: sales, headcount: 8}",
        "  - &base {id: sales, name: 営業, kind: sales, headcount: 8}\n  - {<<: *base, id: sales2, headcount: 2}",
    ).replace("raci: {sales: a/r, cs: I}", "raci: {sales: a/r, cs: I, sales2: I}")
    spec = raci.loads(text)
    copy = spec.department("sales2")
    assert (copy.kind, copy.headcount, copy.name.get("ja")) == ("sales", 2, "営業")


def test_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module, "MAX_BYTES", 100)
    with pytest.raises(SpecError) as caught:
        raci.loads(FULL)
    assert [p.code for p in caught.value.problems] == ["S010"]


def test_byte_order_mark_and_crlf_are_fine() -> None:
    data = ("\ufeff" + FULL.replace("\n", "\r\n")).encode("utf-8")
    spec = raci.loads(data, "org.raci.yaml")
    assert _start(spec.activity("kickoff").span) == Span("org.raci.yaml", 25, 9)


def test_not_utf8() -> None:
    with pytest.raises(SpecError) as caught:
        raci.loads(FULL.encode("shift_jis"))
    assert [p.key for p in caught.value.problems] == ["not_utf8"]


@given(
    st.booleans(),
    st.text(st.sampled_from("ab: 顧客\n-"), max_size=20),
    st.sampled_from([b"\xff", b"\x82\xa0", b"\xe3\x81", b"\xc0\xaf"]),
    st.text(st.sampled_from("x:\n "), max_size=6),
)
def test_a_byte_that_is_not_utf8_is_placed_at_its_place_in_the_file(
    bom: bool, text: str, bad: bytes, rest: str
) -> None:
    """Line, column and offset of the first bad byte count the BOM, as an editor does (the
    "utf-8-sig" codec counts from after it: a BOM moved the place three bytes back)."""
    head = b"\xef\xbb\xbf" if bom else b""
    raw = head + text.encode() + bad + rest.encode()
    with pytest.raises(UnicodeDecodeError) as codec:
        raw.decode("utf-8-sig")
    start = len(head) + codec.value.start
    raw[:start].decode("utf-8-sig")  # everything before it reads
    with pytest.raises(SpecError) as caught:
        raci.loads(raw, "org.raci.yaml")
    problem = caught.value.problems[0]
    assert (problem.key, problem.args["offset"]) == ("not_utf8", start)
    assert problem.span.line == text.count("\n") + 1
    assert problem.span.column == start - (raw.rfind(b"\n", 0, start) + 1) + 1


def test_kpis_from_the_library() -> None:
    text = FULL.replace(
        "  - {id: ltv, name: LTV, level: kgi}\n",
        "  - {id: ltv, name: LTV, level: kgi}\n  - {use: nrr, owner: cs, target: '>= 110'}\n"
        "  - {use: churn_rate, id: churn, name: 解約率, parent: ltv}\n",
    )
    spec = raci.loads(text)
    nrr, churn = spec.kpi("nrr"), spec.kpi("churn")
    assert (nrr.level, nrr.unit, nrr.use, nrr.target) == ("kgi", "%", "nrr", ">= 110")
    assert nrr.name.get("ja") == "NRR（売上継続率）"
    assert (churn.id, churn.name.get("en"), churn.level, churn.use) == ("churn", "解約率", "kgi", "churn_rate")


def test_unknown_library_kpi_and_missing_id() -> None:
    text = FULL.replace(
        "  - {id: ltv, name: LTV, level: kgi}\n",
        "  - {id: ltv, name: LTV, level: kgi}\n  - {use: nrrr}\n  - {name: x, level: kpi}\n",
    )
    with pytest.raises(SpecError) as caught:
        raci.loads(text)
    got = [(p.code, p.args.get("kind"), p.args.get("suggestion"), p.args.get("key")) for p in caught.value.problems]
    assert got == [("S008", None, "nrr", None), ("S005", None, None, "id")]
    assert caught.value.problems[0].key == "undefined_library_kpi"
