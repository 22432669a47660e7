"""The mission view: the organisation's mission, its quality notes, each department's derived role."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from raci.render import RENDERERS, Document, Options, RenderError, document
from raci.render import mission as view
from raci.spec.load import load
from tests.conftest import ROOT, check_golden_file, run_raci

GOLDEN = ROOT / "tests" / "golden" / "mission"
ACME = ROOT / "specs" / "acme-functional.raci.yaml"
STARTUP = ROOT / "specs" / "startup-allrounder.raci.yaml"
NOTES = GOLDEN / "notes.raci.yaml"
VERB = GOLDEN / "verb.raci.yaml"


def doc(path: Path) -> Document:
    return document(load(str(path)))


def render(path: Path, fmt: str = "md", lang: str = "en", department: str | None = None) -> str:
    result = view.render(doc(path), fmt, Options(lang=lang, department=department))
    assert isinstance(result, str)
    return result


def check_golden(name: str, text: str) -> None:
    check_golden_file(GOLDEN / name, text)


@pytest.mark.parametrize("spec", [ACME, STARTUP, NOTES], ids=lambda p: p.name.split(".")[0])
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_golden(spec: Path, lang: str, fmt: str) -> None:
    check_golden(f"{spec.name.split('.')[0]}.{lang}.{fmt}", render(spec, fmt, lang))


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_golden_japanese_success_ending_in_a_verb(fmt: str) -> None:
    check_golden(f"verb.ja.{fmt}", render(VERB, fmt, "ja"))


def test_formats_come_from_the_registry() -> None:
    assert view.FORMATS is RENDERERS["mission"].formats  # declared once, in the registry
    assert not view.BINARY


def test_the_cli_writes_what_the_golden_file_holds() -> None:
    result = run_raci("render", "mission", str(ACME), "--format", "md")
    assert result.code == 0, result.all
    assert result.out == (GOLDEN / "acme-functional.ja.md").read_text(encoding="utf-8")


def test_same_spec_same_bytes() -> None:
    for fmt in view.FORMATS:
        assert render(ACME, fmt, "ja") == render(ACME, fmt, "ja")


def test_template_sentence_and_statement_in_both_languages() -> None:
    ja = render(ACME, "txt", "ja")
    assert "私たちは、少人数の経理チームで請求・入金管理を回している中小・中堅企業が、" in ja
    assert "手戻りをなくすことで、月末の請求業務を3時間から30分に短縮し" in ja
    assert "入金確認の漏れをゼロにするよう支援します。" in ja
    assert ja.count("こと") <= 3  # one in the sentence, not four (の…ことを通じて…ことを達成することを)
    assert "お客様が、月末の請求業務を30分で終え、空いた時間を本業に使えるようにする。" in ja
    en = render(STARTUP, "txt", "en")
    assert "We help Independent retailers running one to ten shops achieve Half as many stock-outs" in en
    assert "through One live view of stock across shop and web, so re-ordering is no longer guesswork." in en
    assert "Independent retailers keep their best-sellers on the shelf" in en


def test_japanese_sentence_follows_the_success_grammar() -> None:
    # a verb in the dictionary form: 「…にする」よう支援します (the trailing 。 dropped)
    verb = render(VERB, "txt", "ja")
    assert "月末の請求業務を3時間から30分にするよう支援します。" in verb
    assert "にするを実現" not in verb
    # a part ending in こと drops it: 「…ゼロにすること」 → 「…ゼロにするよう支援します」
    noun = render(ACME, "txt", "ja")
    assert "入金確認の漏れをゼロにするよう支援します。" in noun
    assert "ことを達成することを" not in noun
    # English never changes
    assert "achieve month-end invoicing cut from 3 hours to 30 minutes" in render(ACME, "txt", "en")


@pytest.mark.parametrize(
    ("success", "verb"),
    [
        ("月末の請求業務を3時間から30分にする", True),
        ("月末の請求業務を30分にする。", True),
        ("請求業務を一人で回せるようになる", True),
        ("入金確認を自動でできる", True),
        ("転記ミスをなくす", True),
        ("チームが本業に時間を使う", True),
        ("月末の請求業務の30分への短縮", False),
        ("入金確認の漏れをゼロにすること", False),
        ("請求業務の効率化。", False),
        ("[どのような成功(測れる形で)]", False),
    ],
)
def test_ends_in_verb(success: str, verb: bool) -> None:
    assert view.ends_in_verb(success) is verb


def test_a_missing_part_shows_the_template_slot_to_fill_in() -> None:
    text = render(NOTES, "txt", "en")
    assert "We help [which customers] achieve [what success] through Invoices that" in text
    assert "Still to fill in" in text
    ja = render(NOTES, "md", "ja")
    assert "`[どのような成功]`を実現できるよう支援します。" in ja


def test_quality_notes_are_the_mission_findings_with_their_hints() -> None:
    text = render(NOTES, "txt", "en")
    notes = text.split("Quality notes:")[1].split("Quality checklist:")[0]
    assert "M502 warning (line 6): the mission does not say what success the customer reaches" in notes
    assert "what to do: add success: what changes for the customer, measurably" in notes
    assert "M505 warning (line 6): the mission's customer part still holds the template placeholder" in notes
    assert "M503 info (line 8): the mission statement is 118 characters long, more than 100" in notes
    # the notes sit beside their part
    assert "What success (success): (not written)\n    Check: M502" in text
    assert "Which customers (customer): [which customers]\n    Check: M505" in text
    clean = render(ACME, "txt", "en")
    assert "raci found nothing to improve in the mission." in clean


def test_checklist_ticks_what_raci_checked() -> None:
    items = {c["label"]: c for c in view.checklist(doc(NOTES), "en")}
    assert [c["state"] for c in items.values()] == ["failed", "failed", "failed", "failed", "manual", "manual"]
    clean = view.checklist(doc(ACME), "en")
    assert [c["ticked"] for c in clean] == [True, True, True, True, False, False]
    md = render(ACME, "md", "en")
    assert "- [x] Concise: the statement has at most 100 characters — checked by raci" in md
    assert "- [ ] The customer is the subject, not the company" in md
    assert "- [x] Drives action: the customer's success is measurable" in md
    assert "- [ ] Concise: the statement has at most 100 characters — raci found: M503" in render(NOTES, "md", "en")


def test_placeholders_are_not_written_parts(tmp_path: Path) -> None:
    """A fresh ``raci init`` file holds only the template's placeholders: nothing is ticked as written."""
    result = run_raci("init", "--model", "functional", "--lang", "ja", "--no-input")
    assert result.code == 0, result.all
    path = tmp_path / "fresh.raci.yaml"
    path.write_text(result.out, encoding="utf-8")
    items = view.checklist(doc(path), "ja")
    parts = items[0]
    assert parts["label"].startswith("3 つの要素")
    assert parts["state"] == "failed" and not parts["ticked"]
    assert "M505" in parts["codes"]
    assert not any(c["ticked"] for c in items), [(c["label"], c["state"]) for c in items]
    md = render(path, "md", "ja")
    assert "- [ ] 3 つの要素（顧客・提供価値・成功）がすべて書かれている — raci の指摘: M505" in md
    # a placeholder statement cannot be judged concise yet
    assert "- [ ] 簡潔である: ステートメントが 100 文字以内 — ステートメント未記入" in md


NO_MISSION = """\
version: 1
org: {name: Acme, locale: en}
departments:
  - {id: sales, name: Sales, kind: sales}
  - {id: cs, name: Customer Success, kind: cs}
phases:
  - id: onboarding
    name: Onboarding
    activities:
      - {id: kickoff, name: Kickoff, raci: {cs: A/R, sales: C}}
"""


def test_no_mission_at_all(write_spec: Callable[..., Path]) -> None:
    path = write_spec(NO_MISSION)
    text = render(path, "txt", "en")
    assert "The spec has no mission yet" in text
    assert "We help [which customers] achieve [what success] through [our value]." in text
    assert "M501 warning" in text
    states = [c["state"] for c in view.checklist(doc(path), "en")]
    assert states == ["failed", "na", "na", "na", "manual", "manual"]


def test_each_department_gets_a_derived_role_line_marked_as_derived() -> None:
    text = render(ACME, "md", "en")
    assert "not written by the team" in text
    assert (
        "CS Onboarding team is accountable for the work in Onboarding (5 of 5 activities). "
        "It owns the KPIs Onboarding completion rate, Kickoff meetings held, Onboarding trainings held." in text
    )
    assert "It also does the work (R) where another department is accountable: Adoption (1 of 5 activities)." in text
    ja = render(ACME, "md", "ja")
    assert "CS部 導入支援チームは、導入支援（オンボーディング）の全 5 活動で説明責任（A）を持ちます。" in ja
    for department in load(str(ACME)).departments:
        assert f"(`{department.id}`)" in text


def test_one_department() -> None:
    text = render(ACME, "md", "en", department="cs_adoption")
    assert "### CS Adoption team (`cs_adoption`)" in text
    assert "`cs_onboarding`" not in text
    assert "We help small and mid-sized companies" in text  # the organisation's mission stays


def test_unknown_department_is_an_error_listing_the_ids() -> None:
    with pytest.raises(RenderError) as error:
        render(ACME, "md", "en", department="cs_adoptoin")
    message = str(error.value)
    assert "unknown department 'cs_adoptoin'" in message
    assert "sales, marketing, cs_onboarding, cs_adoption, cs_expansion, support, product" in message
    assert "did you mean 'cs_adoption'?" in message


def test_unknown_department_exits_2_via_the_cli() -> None:
    result = run_raci("render", "mission", str(STARTUP), "--department", "csx")
    assert result.code == 2
    assert result.out == ""
    assert "raci: unknown department 'csx'; the departments are: founders, cs, engineering" in result.err
    assert "did you mean 'cs'?" in result.err
    ja = run_raci("render", "mission", str(ACME), "--department", "nobody")
    assert ja.code == 2
    assert "部門 'nobody' はスペックにありません" in ja.err


HOSTILE = """\
version: 1
org: {name: "Evil <script>alert('org')</script> & Co", locale: en}
mission:
  customer: "<img src=x onerror=alert(1)>"
  value: "</blockquote><script>alert('value')</script>"
  success: "3 hours to 30 minutes"
  statement: "<b>bold</b> claims"
departments:
  - {id: sales, name: "Sales <script>alert('dept')</script>", kind: sales}
  - {id: cs, name: "CS \\"quoted\\" <i>team</i>", kind: cs}
phases:
  - id: onboarding
    name: "<script>phase</script>"
    activities:
      - {id: kickoff, name: Kickoff, raci: {cs: A/R, sales: C}, kpis: [k]}
kpis:
  - {id: k, name: "<svg onload=alert(1)>", level: kgi, owner: cs}
"""


def test_html_escapes_everything_from_the_spec(write_spec: Callable[..., Path]) -> None:
    html = render(write_spec(HOSTILE), "html", "en")
    assert "<script" not in html.lower()
    assert "<img" not in html and "<svg" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;/blockquote&gt;&lt;script&gt;" in html
    assert "&lt;svg onload=alert(1)&gt;" in html


def test_html_override_templates_are_escaped_too(write_spec: Callable[..., Path], tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "mission.html.j2").write_text("<h1>{{ org }}</h1>{{ mission.statement }}\n", encoding="utf-8")
    spec = write_spec(HOSTILE)
    result = run_raci("render", "mission", str(spec), "-f", "html", "--templates", str(folder))
    assert result.code == 0, result.all
    assert result.out.startswith("<h1>Evil &lt;script&gt;")
    assert "&lt;b&gt;bold&lt;/b&gt; claims" in result.out


def test_html_is_self_contained() -> None:
    html = render(ACME, "html", "ja")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="ja">' in html
    assert "<style>" in html and "@page { size: A4" in html
    for external in ("http://", "https://", "<link", "<script", "@import", "url("):
        assert external not in html


def test_markdown_escapes_spec_text() -> None:
    md = render(NOTES, "md", "en")
    assert "Invoices that \\*send themselves\\* \\| no re\\-keying" not in md  # "-" needs no escape
    assert "Invoices that \\*send themselves\\* \\| no re-keying" in md
    assert "| Which customers | `customer` | \\[which customers\\] | M505 |" in md


def test_rendering_does_not_import_jinja2_until_it_renders() -> None:
    code = "import sys, raci.render.mission, raci.render.charter; print('jinja2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_unknown_format() -> None:
    with pytest.raises(RenderError):
        render(ACME, "pdf")
