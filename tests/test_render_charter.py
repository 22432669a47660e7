"""The charter view: one department's page — what it owns, does, and where it stops."""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from raci.render import RENDERERS, Document, Options, RenderError, document
from raci.render import charter as view
from raci.spec.load import load
from tests.browser import FLAGS, chromium
from tests.conftest import ROOT, check_golden_file, run_raci

GOLDEN = ROOT / "tests" / "golden" / "charter"
ACME = ROOT / "specs" / "acme-functional.raci.yaml"
STARTUP = ROOT / "specs" / "startup-allrounder.raci.yaml"
FINDINGS = GOLDEN / "findings.raci.yaml"


def doc(path: Path) -> Document:
    return document(load(str(path)))


def render(path: Path, department: str | None, fmt: str = "md", lang: str = "en") -> str:
    result = view.render(doc(path), fmt, Options(lang=lang, department=department))
    assert isinstance(result, str)
    return result


def section(text: str, heading: str) -> str:
    """The Markdown section under ``## heading``, up to the next one."""
    return text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def check_golden(name: str, text: str) -> None:
    check_golden_file(GOLDEN / name, text)


CASES = [
    (ACME, "cs_onboarding"),
    (ACME, "cs_adoption"),
    (STARTUP, "cs"),
    (FINDINGS, "cs"),
    (FINDINGS, "support"),
]


@pytest.mark.parametrize(("spec", "department"), CASES, ids=[f"{s.name.split('.')[0]}-{d}" for s, d in CASES])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_golden(spec: Path, department: str, lang: str) -> None:
    check_golden(f"{spec.name.split('.')[0]}.{department}.{lang}.md", render(spec, department, "md", lang))


def test_formats_come_from_the_registry() -> None:
    assert view.FORMATS is RENDERERS["charter"].formats  # declared once, in the registry
    assert not view.BINARY
    assert RENDERERS["charter"].needs_department


def test_the_cli_writes_what_the_golden_file_holds(tmp_path: Path) -> None:
    out = tmp_path / "cs.md"
    result = run_raci("render", "charter", str(STARTUP), "--department", "cs", "-o", str(out))
    assert result.code == 0, result.all
    assert out.read_bytes() == (GOLDEN / "startup-allrounder.cs.en.md").read_bytes()


def test_same_spec_same_bytes() -> None:
    for fmt in view.FORMATS:
        assert render(ACME, "cs_adoption", fmt, "ja") == render(ACME, "cs_adoption", fmt, "ja")


def test_header_has_name_kind_headcount_and_accounts_per_head() -> None:
    md = render(ACME, "cs_onboarding", "md", "en")
    assert md.startswith("# CS Onboarding team — department charter\n")
    assert "| Kind | Headcount | Accounts | Accounts per person |" in md
    assert "| Customer Success | 4 | 120 | 30 (B2B SaaS average: 97) |" in md
    sales = render(ACME, "sales", "md", "en")
    assert "| Sales | 12 |" in sales and "Accounts per person" not in sales


def test_mission_and_derived_role_line() -> None:
    md = section(render(ACME, "cs_onboarding", "md", "ja"), "ミッション")
    assert "**組織:** お客様が、月末の請求業務を30分で終え" in md
    assert "**この部門**（スペックから導出）: CS部 導入支援チームは、導入支援（オンボーディング）の全 5 活動で" in md


def test_owns_and_does_per_phase_with_the_role() -> None:
    md = section(render(ACME, "cs_adoption", "md", "en"), "What it owns (A) and does (R)")
    assert "| Adoption | Health-score monitoring and outreach to low scores | **A/R** | Product & Engineering I |" in md
    assert "|  | Feeding the voice of the customer to product | **R** | Product & Engineering A |" in md
    assert "| Renewal | Risk review 90 days before renewal | **A/R** |" in md
    assert "Responding to cancellation requests *(reactive)*" in md
    assert "In its own words (scope.in):\n- Proactive follow-up driven by the health score" in md
    assert "Improving in-app guidance" not in md  # only C there


def test_consulted_and_informed_are_listed_compactly() -> None:
    md = section(render(ACME, "cs_adoption", "md", "en"), "Consulted (C) and informed (I)")
    assert "- **Onboarding:** C Onboarding sign-off and handover to Adoption\n" in md
    assert "- **Inquiries and incidents:** I How-to inquiries (phone / chat / email) · I First response" in md


def test_does_not_do_lists_scope_out_and_the_work_other_departments_own() -> None:
    md = section(render(ACME, "cs_adoption", "md", "en"), "What it does not do")
    stops, others = md.split("**Owned by another department")
    # scope.out: text items as written, references resolved to names and to who is Accountable
    assert "- Selling to new prospects\n" in stops
    assert (
        "- How-to inquiries (phone / chat / email) (Inquiries and incidents) — Accountable: Customer Support"
        " — First-line inquiries are Support's\n" in stops
    )
    assert (
        "- Proposing higher plans and more seats (Expansion (upsell and cross-sell)) — Accountable: "
        "CS Customer Sales (expansion) team — Expansion proposals and negotiation are Customer Sales'\n" in stops
    )
    # activities another department is Accountable for, where this one is R or C, with who that is
    assert (
        "- Feeding the voice of the customer to product (Adoption) — Accountable: Product & Engineering (this department: R)"
        in others
    )
    assert "- Improving in-app guidance (Adoption) — Accountable: Product & Engineering (this department: C)" in others
    assert "- Customer case studies (Advocacy) — Accountable: Marketing & Inside Sales (this department: C)" in others
    # named once: what scope.out already says is not repeated below it
    assert "Proposing higher plans" not in others


def test_does_not_do_resolves_phase_references(write_spec: Callable[..., Path]) -> None:
    md = section(render(FINDINGS, "cs", "md", "ja"), "やらないこと")
    assert "- 値引き・価格交渉\n" in md
    assert "- 契約（フェーズ全体） — 説明責任（A）: Sales — 受注までは営業\n" in md
    assert "- 初期設定（オンボーディング） — 説明責任（A）: Support — 初期設定はサポート\n" in md
    items = view.stops(doc(FINDINGS), load(str(FINDINGS)).department("cs"), "en")
    assert [i["ref"] for i in items] == [None, "contract", "setup"]
    # the signing activity (cs: C) sits in the contract phase scope.out names: listed there only
    assert "Signing" not in section(render(FINDINGS, "cs"), "What it does not do")


def test_kpis_it_owns_with_targets_units_and_parents() -> None:
    md = section(render(ACME, "cs_adoption", "md", "en"), "KPIs it owns")
    assert "| Monthly churn rate | KGI | \\< 1.0 % | — |" in md
    assert (
        "| Regular customer meetings held | Activity KPI | 150 件/月 | Key-feature adoption rate, Average health score |"
        in md
    )
    assert "LTV" not in md


def test_handoffs_in_and_out() -> None:
    md = section(render(ACME, "cs_onboarding", "md", "en"), "Handoffs")
    assert (
        "- Takes over from Field Sales: Deal and contract → Onboarding — where: Sales-to-onboarding handover meeting"
        in md
    )
    assert "- Hands over to CS Adoption team: Onboarding → Adoption — where: Onboarding sign-off" in md
    support = section(render(ACME, "support", "md", "en"), "Handoffs")
    assert "No handoff with another department" in support


def test_open_findings_are_those_about_the_department_its_activities_and_kpis() -> None:
    cs = section(render(FINDINGS, "cs", "md", "en"), "Open findings")
    assert [m for m in re.findall(r"\*\*([A-Z]\d{3})\*\*", cs)] == ["C601", "P302", "K407"]
    assert "covers 500 accounts with 4 people" in cs
    assert "what to do: add people" in cs
    # the empty phase "support" (R105) is not the department "support", and M501 is nobody's
    support = section(render(FINDINGS, "support", "md", "en"), "Open findings")
    assert re.findall(r"\*\*([A-Z]\d{3})\*\*", support) == ["R109", "K407"]
    clean = section(render(ACME, "cs_onboarding", "md", "en"), "Open findings")
    assert "raci validate found nothing that concerns this department." in clean


def test_unknown_department_is_an_error_listing_the_ids() -> None:
    with pytest.raises(RenderError, match=r"unknown department 'cs_onbording'.*did you mean 'cs_onboarding'"):
        render(ACME, "cs_onbording")
    with pytest.raises(RenderError, match="give --department ID"):
        render(ACME, None)


def test_unknown_department_exits_2_via_the_cli() -> None:
    result = run_raci("render", "charter", str(ACME), "--department", "cs_onbording", "--lang", "en")
    assert result.code == 2
    assert result.out == ""
    assert result.err == (
        "raci: unknown department 'cs_onbording'; the departments are: sales, marketing, cs_onboarding, "
        "cs_adoption, cs_expansion, support, product (did you mean 'cs_onboarding'?)\n"
    )
    missing = run_raci("render", "charter", str(ACME))
    assert missing.code == 2
    assert "--department" in missing.err


HOSTILE = """\
version: 1
org: {name: "Evil <script>alert('org')</script>", locale: en}
departments:
  - {id: sales, name: "Sales <script>alert('sales')</script>", kind: sales}
  - id: cs
    name: "CS <img src=x onerror=alert(1)>"
    kind: cs
    scope:
      in: ["<b>in</b>"]
      out: ["<script>out</script>", {activity: signing, note: "</li><script>note</script>"}]
phases:
  - id: contract
    name: "<svg onload=alert(1)>"
    activities:
      - {id: signing, name: "<iframe src=//evil>", raci: {sales: A/R, cs: C}, kpis: [k]}
  - id: onboarding
    name: Onboarding
    activities:
      - {id: kickoff, name: "Kickoff <script>", raci: {cs: A/R, sales: I}, kpis: [k]}
kpis:
  - {id: k, name: "<script>kpi</script>", level: kgi, owner: cs, unit: "<u>", target: "<= 3"}
"""


def test_html_escapes_everything_from_the_spec(write_spec: Callable[..., Path]) -> None:
    html = render(write_spec(HOSTILE), "cs", "html", "en")
    lowered = html.lower()
    for tag in ("<script", "<img", "<svg", "<iframe", "<u>", "<b>in"):
        assert tag not in lowered
    assert "CS &lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;/li&gt;&lt;script&gt;note&lt;/script&gt;" in html
    assert "&lt;script&gt;kpi&lt;/script&gt;" in html
    assert "&lt;= 3 &lt;u&gt;" in html


def test_markdown_escapes_spec_text(write_spec: Callable[..., Path]) -> None:
    md = render(write_spec(HOSTILE), "cs", "md", "en")
    assert not re.search(r"(?<!\\)<", md), "an unescaped < in the Markdown"
    assert "# CS \\<img src=x onerror=alert(1)\\> — department charter" in md


def test_html_is_self_contained_and_made_for_a4() -> None:
    html = render(ACME, "cs_adoption", "html", "ja")
    assert html.startswith("<!DOCTYPE html>")
    assert "@page { size: A4;" in html and "@media print" in html
    for external in ("http://", "https://", "<link", "<script", "@import", "url("):
        assert external not in html


def print_to_pdf(html: str, folder: Path) -> bytes:
    """The page as Chromium prints it (A4 from the page's own @page rule)."""
    page = folder / "charter.html"
    page.write_text(html, encoding="utf-8")
    pdf = folder / "charter.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium(),
                *FLAGS,
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
    return pdf.read_bytes()


@pytest.mark.browser
@pytest.mark.parametrize(("spec", "department", "lang"), [(ACME, "cs_adoption", "ja"), (STARTUP, "cs", "en")])
def test_the_charter_prints_on_one_a4_page(spec: Path, department: str, lang: str, tmp_path: Path) -> None:
    data = print_to_pdf(render(spec, department, "html", lang), tmp_path)
    pages = re.findall(rb"/Type\s*/Page\b(?!s)", data)
    assert len(pages) == 1, f"{department}: {len(pages)} pages"
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert box is not None
    width, height = (float(v) for v in box.groups())
    assert (round(width), round(height)) == (595, 842)  # A4 in points
