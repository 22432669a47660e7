"""raci report: one self-contained page with every view, inline SVG or a fallback without Graphviz."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

ACME = ROOT / "specs" / "acme-functional.raci.yaml"
STARTUP = ROOT / "specs" / "startup-allrounder.raci.yaml"


def test_report_has_every_section(raci, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = raci("report", str(ACME), "-o", str(out))
    assert result.code == 0, result.all
    html = out.read_text(encoding="utf-8")
    for anchor in ("findings", "mission", "matrix", "lifecycle", "kpi-tree", "charters"):
        assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html
    for department in ("sales", "cs_onboarding", "cs_adoption", "cs_expansion", "support", "product"):
        assert f'id="charter-{department}"' in html
    assert html.count("<svg") >= 2  # lifecycle map and KPI tree, inline
    assert "目次" in html and "RACI マトリクス" in html  # the spec's locale is ja
    assert "オンボーディング完了率" in html
    assert not re.search(r"""(src|href)=["']https?:""", html)  # self-contained
    assert "data-raci-matrix" in html  # the matrix with its filters


def test_report_is_deterministic_and_follows_lang(raci, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    assert raci("report", str(STARTUP), "-o", str(first)).code == 0
    assert raci("report", str(STARTUP), "-o", str(second)).code == 0
    assert first.read_bytes() == second.read_bytes()
    japanese = tmp_path / "ja.html"
    assert raci("report", "--lang", "ja", str(STARTUP), "-o", str(japanese)).code == 0
    assert "目次" in japanese.read_text(encoding="utf-8")
    assert "Contents" in first.read_text(encoding="utf-8")


def test_report_without_graphviz_falls_back_to_tables(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    out = tmp_path / "report.html"
    env = {**os.environ, "PATH": str(empty), "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "raci", "report", "--lang", "en", str(ACME), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "<svg" not in html.split("</header>", 1)[1].split('id="charters"')[0]
    assert "Graphviz is not installed" in html
    assert '<table class="fallback">' in html and "Onboarding completion rate" in html
    assert "Activity KPI" in html and ">ACTIVITY<" not in html


def test_report_needs_an_output_file(raci) -> None:
    result = raci("report", str(ACME))
    assert result.code == 2 and "-o" in result.err


def _styles(html: str) -> str:
    return "\n".join(re.findall(r"<style>(.*?)</style>", html, re.S))


def test_embedded_view_css_is_not_escaped(raci, tmp_path: Path) -> None:
    """The mission and charter CSS is raci's own: escaped (``&amp;``, ``&#34;``) the browser drops it."""
    out = tmp_path / "report.html"
    assert raci("report", str(ACME), "-o", str(out)).code == 0
    html = out.read_text(encoding="utf-8")
    css = _styles(html)
    assert html.count("<style>") == 1 and html.count("</style>") == 1
    assert "&amp;" not in css and "&#34;" not in css and "&#39;" not in css
    assert ".raci-mission-page {" in css and ".raci-charter-page {" in css
    assert "& { --ink:" in css  # the custom properties live on the section
    assert '"Noto Sans CJK JP"' in css
    assert (
        ".role-A { color: var(--role-a); background: var(--role-a-bg); }" in css
    )  # the role column is in the roles colours
    assert ".ci-item + .ci-item::before {" in css  # a visible separator between C/I items
    assert "#charters > article { margin: 0 0 2rem;" in css  # space between the charters
    # the report's own section heading is outside the embedded mission's scope
    assert '<section id="mission">\n<h2>' in html and '<div class="raci-mission-page">' in html


def test_embedded_css_comes_from_the_head_and_cannot_close_the_style() -> None:
    from markupsafe import Markup

    from raci.render.report import _embed

    page = (
        "<!DOCTYPE html><html><head><title>&lt;/style&gt;</title>"
        "<style>:root { --x: 1; }\np::after { content: '</STYLE><script>x()</script>'; }</style></head>"
        "<body><p>text</p><style>body { color: red; }</style></body></html>"
    )
    embedded = _embed(page, "scope")
    css = embedded["css"]
    assert isinstance(css, Markup)
    assert "</style" not in css.lower()
    assert "color: red" not in css  # a <style> in the body is not taken
    assert css.startswith(".scope {\n& { --x: 1; }")
    assert embedded["body"].startswith("<p>text</p>")


def test_hostile_spec_text_never_reaches_the_report_css(raci, tmp_path: Path) -> None:
    hostile = ROOT / "tests" / "specs" / "hostile" / "xss.raci.yaml"
    out = tmp_path / "report.html"
    assert raci("report", str(hostile), "-o", str(out)).code == 0
    html = out.read_text(encoding="utf-8")
    assert html.count("<style>") == 1 and html.count("</style>") == 1
    assert "<script>document" not in html
    css = _styles(html)
    assert "alert" not in css and "pwned" not in css and "<" not in css


def test_findings_table_speaks_the_page_language(raci, tmp_path: Path) -> None:
    spec = ROOT / "tests" / "golden" / "matrix" / "findings.raci.yaml"
    out = tmp_path / "report.html"
    assert raci("report", "--lang", "ja", str(spec), "-o", str(out)).code == 0
    html = out.read_text(encoding="utf-8")
    table = html.split('<table class="findings">', 1)[1].split("</table>", 1)[0]
    severities = re.findall(r'<td class="sev sev-(\w+)">([^<]*)</td>', table)
    assert severities and {label for _, label in severities} <= {"エラー", "警告", "情報"}
    assert dict(severities) == {"error": "エラー", "warning": "警告", "info": "情報"}
    counts = html.split('<p class="counts">', 1)[1].split("</p>", 1)[0]
    for severity, label in (("error", "エラー"), ("warning", "警告"), ("info", "情報")):
        n = sum(1 for s, _ in severities if s == severity)
        assert f"{label} {n} 件" in counts
    assert "<th>重大度</th><th>コード</th>" in table
    assert "table.findings thead th { white-space: nowrap; }" in html
    english = tmp_path / "en.html"
    assert raci("report", "--lang", "en", str(spec), "-o", str(english)).code == 0
    assert '<td class="sev sev-error">error</td>' in english.read_text(encoding="utf-8")


def test_diagrams_fit_their_box_and_a_click_shows_the_natural_size(raci, tmp_path: Path) -> None:
    """A 2,900 px KPI tree inside a 1,100 px column was cut, its legend in the hidden part."""
    out = tmp_path / "report.html"
    assert raci("report", str(ACME), "-o", str(out)).code == 0
    html = out.read_text(encoding="utf-8")
    css = _styles(html)
    assert ".diagram svg { display: block; width: 100%; height: auto;" in css
    assert ".diagram.actual svg { width: auto; max-width: none;" in css
    assert html.count('<div class="diagram" data-zoom>') == 2
    assert 'box.classList.toggle("actual")' in html
    print_css = css.split("@media print", 1)[1]
    assert "max-height: 92vh" in print_css  # on paper: the whole diagram on one page
    assert "grid-template-columns: 14rem minmax(0, 1fr)" in css  # a wide diagram cannot widen the page


def test_the_kpi_outline_survives_deep_chains_and_diamonds(monkeypatch: pytest.MonkeyPatch) -> None:
    """3,000 KPIs in one chain overflowed Python's stack; 40 levels of diamonds (two KPIs per
    level, each with both KPIs above as parents) expanded into 2^40 list items."""
    from raci.render import Options, document, get, report
    from raci.spec.load import loads

    monkeypatch.setattr(report, "_start_diagram", lambda *args: lambda: None)  # as without Graphviz
    chain = ["{id: k0, name: K0, level: kgi, owner: cs}"]
    chain += [f"{{id: k{i}, name: K{i}, level: kpi, parent: k{i - 1}, owner: cs}}" for i in range(1, 3000)]
    diamonds = ["{id: d0_a, name: D0 a, level: kgi, owner: cs}", "{id: d0_b, name: D0 b, level: kgi, owner: cs}"]
    for i in range(1, 40):
        parents = f"[d{i - 1}_a, d{i - 1}_b]"
        diamonds += [f"{{id: d{i}_{s}, name: D{i} {s}, level: kpi, parents: {parents}, owner: cs}}" for s in "ab"]
    for kpis, names in ((chain, 3000), (diamonds, 80)):
        text = (
            "version: 1\norg: {name: Acme, locale: en}\ndepartments: [{id: cs, name: CS, kind: cs}]\n"
            "phases: [{id: onboarding, name: Onboarding, activities: [{id: a, name: A, raci: {cs: A/R}}]}]\n"
            "kpis:\n" + "".join(f"  - {k}\n" for k in kpis)
        )
        html = get("report").render(document(loads(text, "org.raci.yaml")), "html", Options())
        outline = html.split('<ul class="kpi-outline">', 1)[1].split("</ul>", 1)[0]
        assert outline.count("<li") < 2 * names  # each KPI once, plus a line per extra parent
        assert all(f"K{i}<" in outline or f"K{i} " in outline for i in (0, 1, 2999) if names == 3000)


@pytest.mark.parametrize("dot", ["#!/bin/sh\necho 'Error: cannot draw' >&2\nexit 1\n", "#!/bin/sh\nexit 0\n"])
def test_a_failing_graphviz_leaves_the_tables_in_the_diagrams_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dot: str
) -> None:
    """Graphviz draws while the charters are written; when it fails (an error, or nothing
    drawn) the report still comes, with the tables that stand in for the diagrams."""
    from raci.render import Options, document, get
    from raci.spec.load import load

    fake = tmp_path / "dot"
    fake.write_text(dot)
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    html = get("report").render(document(load(str(ACME))), "html", Options())
    assert "<svg" not in html
    assert html.count('class="fallback"') >= 1
    assert "raci-charter-page" in html


def test_a_broken_charter_template_leaves_no_graphviz_process_behind(tmp_path: Path) -> None:
    """Graphviz starts before the charters are written; a mistake in the user's charter
    template is the user's error (RenderError), and the dot processes are still waited
    for (an unwaited one warns when collected, which this suite treats as an error)."""
    import gc

    from raci.render import Options, RenderError, document, get
    from raci.spec.load import load

    (tmp_path / "charter.html.j2").write_text("{{ no_such_variable }}\n", encoding="utf-8")
    doc = document(load(str(ACME)))
    with pytest.raises(RenderError):
        get("report").render(doc, "html", Options(templates=tmp_path))
    gc.collect()  # a Popen never waited for would warn here, inside this test
