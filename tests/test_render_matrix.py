"""`raci render matrix`: the RACI matrix in the terminal, in a pull request, in a browser,
in a spreadsheet and as data — each checked for what its user would notice.

Golden files (tests/golden/matrix/) are the exact outputs, read line by line when written;
``RACI_UPDATE_GOLDEN=1`` rewrites them after an intended change (review the diff).
The spec with findings and hostile names is tests/golden/matrix/findings.raci.yaml.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
import zipfile
from pathlib import Path

import pytest

from raci.render import RENDERERS, Document, Options, document
from raci.render import matrix as view
from raci.render.matrix_layout import layout
from raci.spec.load import load
from tests.conftest import ROOT, check_golden_file, run_raci

GOLDEN = ROOT / "tests" / "golden" / "matrix"
FINDINGS = GOLDEN / "findings.raci.yaml"
ACME = ROOT / "specs" / "acme-functional.raci.yaml"
STARTUP = ROOT / "specs" / "startup-allrounder.raci.yaml"
BUNDLED = [ACME, STARTUP]
ESC = "\x1b["


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def check_golden(name: str, data: bytes) -> None:
    check_golden_file(GOLDEN / name, data)


def render_file(tmp_path: Path, spec: Path | str, fmt: str, *args: str) -> bytes:
    out = tmp_path / f"matrix.{fmt}"
    result = run_raci("render", "matrix", str(spec), "--format", fmt, "-o", str(out), *args)
    assert result.code == 0, result.all
    return out.read_bytes()


def doc_of(path: Path) -> Document:
    return document(load(path))


def width(line: str) -> int:
    """Display width in a terminal: East Asian wide and full-width characters take two cells."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def spec_cells(path: Path) -> dict[tuple[str, str], str]:
    spec = load(path)
    return {(a.id, x.department): x.cell for a in spec.activities() for x in a.raci}


def write(tmp_path: Path, text: str, name: str = "org.raci.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


HOSTILE_NAMES = textwrap.dedent(
    """\
    version: 1
    org: {name: "=HYPERLINK(\\"http://x\\")", locale: en}
    departments:
      - {id: sales, name: "=HYPERLINK(\\"http://x\\")", kind: sales}
      - {id: cs, name: "+1", kind: cs}
      - {id: support, name: "-2", kind: support}
      - {id: product, name: "@SUM(A1)", kind: product}
    phases:
      - id: onboarding
        name: "=1+1"
        activities:
          - {id: kickoff, name: "@SUM(A1)", raci: {cs: A/R, sales: C, support: I, product: C}}
          - {id: setup, name: "-2", raci: {cs: A/R, product: R}}
    kpis:
      - {id: ltv, name: "=cmd|' /C calc'!A0", level: kgi, owner: cs, unit: "+", target: "-1"}
    """
)
INJECTIONS = ('=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "=1+1", "=cmd|' /C calc'!A0", "+")


def test_formats_match_the_registry() -> None:
    formats, binary = view.FORMATS, view.BINARY
    assert formats == RENDERERS["matrix"].formats
    assert binary == frozenset({"xlsx"})


# the model ------------------------------------------------------------------------


def test_model_follows_spec_order_and_attaches_findings_by_id() -> None:
    matrix = view.build(doc_of(FINDINGS), Options(lang="en"))
    assert [d.id for d in matrix.departments] == ["sales", "cs", "support", "marketing"]
    assert [p.id for p in matrix.phases] == ["contract", "onboarding", "expansion"]
    rows = {r.id: r for r in matrix.rows}
    assert [r.id for r in matrix.rows] == ["demo", "handover", "kickoff", "setup", "training"]
    assert rows["kickoff"].cells == ("A", "A/R", "", "")
    assert rows["setup"].cells == ("", "A", "C/I", "")
    # the row without an Accountable carries R101, the gravest first
    assert rows["handover"].codes == ("R101", "K407") and rows["handover"].severity == "error"
    assert rows["kickoff"].codes[0] == "R102" and rows["setup"].codes[0] == "R103"
    assert rows["demo"].findings == ()
    by_id = {d.id: d for d in matrix.departments}
    assert by_id["marketing"].codes == ("R104",)
    assert matrix.phases[2].codes == ("R105",) and matrix.phases[2].rows == ()
    # every finding is listed once, in file order, including those about no row (M501)
    assert [f.code for f in matrix.findings][:3] == ["M501", "P304", "R104"]
    assert len(matrix.findings) == len(doc_of(FINDINGS).findings)


def test_activity_and_department_with_the_same_id_are_not_confused(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        """\
        version: 1
        org: {name: Acme, locale: en}
        departments:
          - {id: cs, name: Customer Success, kind: cs}
          - {id: support, name: Support, kind: support}
          - {id: idle, name: Idle, kind: other}
        phases:
          - id: support
            name: Support
            stage: support
            activities:
              - {id: idle, name: Idle tickets, raci: {support: A/R, cs: I}}
              - {id: cs, name: Tickets with no owner, raci: {support: R}}
        """,
    )
    matrix = view.build(doc_of(spec), Options(lang="en"))
    rows = {r.id: r for r in matrix.rows}
    departments = {d.id: d for d in matrix.departments}
    assert "R101" in rows["cs"].codes and "R101" not in departments["cs"].codes
    assert "R104" in departments["idle"].codes and "R104" not in rows["idle"].codes


# term -----------------------------------------------------------------------------


@pytest.mark.parametrize("spec", BUNDLED, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_terminal_table_fits_80_columns(spec: Path, lang: str) -> None:
    result = run_raci("render", "matrix", rel(spec), "--lang", lang)
    assert result.code == 0, result.all
    lines = result.out.splitlines()
    assert max(width(line) for line in lines) <= 80, "\n".join(line for line in lines if width(line) > 80)
    # every activity is there, and every department is named: in the key above the table
    # when its heading is shortened, else whole in the heading
    matrix = view.build(doc_of(spec), Options(lang=lang))
    header = lines.index(next(line for line in lines if line.startswith(("活動", "Activity"))))
    for department in matrix.departments:
        in_key = any(department.name in line for line in lines[:header])
        in_heading = all(word in " ".join(lines[header - 2 : header + 1]) for word in department.name.split())
        assert in_key or in_heading, department.name
    assert sum(1 for line in lines if re.search(r"\s(A/R|A|R|C|I|C/I|-)\s*$", line)) >= len(matrix.rows)


FOURTEEN = [
    ("sales", "営業部（フィールドセールス）", "営業"),
    ("marketing", "マーケティング部", "マーケティング"),
    ("inside_sales", "インサイドセールス部", "インサイドセールス"),
    ("cs_onboarding", "CS部 導入支援チーム", "導入支援"),
    ("cs_adoption", "CS部 活用定着チーム", "活用定着"),
    ("cs_expansion", "CS部 カスタマーセールスチーム", "カスタマーセールス"),
    ("support", "カスタマーサポート部", "カスタマーサポート"),
    ("product", "プロダクト部", "プロダクト"),
    ("engineering", "開発部", "開発"),
    ("data_analytics", "データ分析チーム", "データ分析"),
    ("data_platform", "データ基盤チーム", "データ基盤"),
    ("finance", "経理部", "経理"),
    ("legal", "法務部", "法務"),
    ("planning", "経営企画部", "経営企画"),
]


def fourteen_roles(tmp_path: Path) -> Path:
    departments = "\n".join(f"  - {{id: {d}, name: {name}, kind: other}}" for d, name, _ in FOURTEEN)
    phases = []
    for p in range(6):
        activities = []
        for a in range(5):
            cells = ", ".join(
                f"{d}: {'A/R' if (a + p) % 14 == i else 'CRI'[(i + a) % 3]}" for i, (d, _, _) in enumerate(FOURTEEN)
            )
            activities.append(
                f"      - {{id: a{p}_{a}, name: 確認{p}{a} 成功基準を合意して受注した割合, raci: {{{cells}}}}}"
            )
        phases.append(f"  - id: p{p}\n    name: フェーズ{p}\n    activities:\n" + "\n".join(activities))
    spec = tmp_path / "fourteen.raci.yaml"
    spec.write_text(
        f"version: 1\norg: {{name: 大規模, locale: ja}}\ndepartments:\n{departments}\nphases:\n"
        + "\n".join(phases)
        + "\n",
        encoding="utf-8",
    )
    return spec


def test_a_fourteen_role_table_reads_at_80_columns(tmp_path: Path) -> None:
    result = run_raci("render", "matrix", str(fourteen_roles(tmp_path)))
    assert result.code == 0, result.all
    lines = result.out.splitlines()
    assert max(width(line) for line in lines) <= 80
    # the key right above the table: each department's heading (a short form of its name), then its name
    key = lines.index("部門") + 1
    for offset, (ident, name, short) in enumerate(FOURTEEN):
        assert lines[key + offset].split(maxsplit=1)[0] == short and name in lines[key + offset], lines[key + offset]
        assert ident not in result.out[: result.out.index("凡例")]  # the findings below may quote ids
    first_header = next(i for i, line in enumerate(lines) if line.startswith("活動"))
    assert first_header - (key + len(FOURTEEN)) <= 6
    # headings are the short names, whole or over lines of their column: never ids nor data.1…data.9
    headers = [i for i, line in enumerate(lines) if line.startswith("活動")]
    shorts = [short for _, _, short in FOURTEEN]
    _, headings, _ = layout([name for _, name, _ in FOURTEEN], [3] * 14)
    assert ["".join(heading.lines) for heading in headings] == shorts
    tokens = {token for h in headers for line in lines[h - 2 : h] for token in line.split()}
    assert tokens and all(any(token in short for short in shorts) for token in tokens), tokens
    # every activity's 14 cells are close together: the blocks of a split table are inside their phase
    for p in range(6):
        for a in range(5):
            rows = [i for i, line in enumerate(lines[: lines.index("凡例")]) if f"確認{p}{a} " in line]
            cells = [len(re.findall(r"(?<=\s)(A/R|C|R|I)(?=\s|$)", lines[i])) for i in rows]
            assert sum(cells) == 14, (p, a, rows)
            assert rows[-1] - rows[0] <= 25, (p, a, rows)  # not 245 lines apart
    assert len(headers) <= 2 * 6


def test_terminal_marks_rows_with_findings() -> None:
    result = run_raci("render", "matrix", rel(FINDINGS))
    lines = result.out.splitlines()
    handover = next(i for i, line in enumerate(lines) if "Handover to CS" in line)
    assert lines[handover].startswith("! ")
    assert lines[handover + 1].split() == ["R101", "K407"]
    demo = next(line for line in lines if "First meeting" in line)
    assert demo.startswith("  First meeting")
    assert any(line.startswith("Marketing") and "! R104" in line for line in lines)
    assert any(line.startswith("Expansion") and "! R105" in line for line in lines)


def test_terminal_output_to_a_pipe_or_file_has_no_colour(tmp_path: Path) -> None:
    piped = run_raci("render", "matrix", rel(FINDINGS))
    assert piped.code == 0 and ESC not in piped.out
    assert ESC not in render_file(tmp_path, rel(FINDINGS), "term").decode()


def run_in_terminal(*args: str, env: dict[str, str] | None = None) -> str:
    """Run the CLI with its standard output on a pseudo-terminal, as in a user's shell."""
    import pty

    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environment.update({"PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "TERM": "xterm-256color", **(env or {})})
    leader, follower = pty.openpty()
    chunks = []
    with subprocess.Popen(
        [sys.executable, "-m", "raci", *args], stdout=follower, stderr=subprocess.DEVNULL, env=environment, cwd=ROOT
    ) as proc:
        os.close(follower)
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO once the child has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert proc.wait(timeout=120) == 0
    return b"".join(chunks).decode("utf-8")


def test_terminal_is_coloured_in_a_terminal_unless_no_color() -> None:
    coloured = run_in_terminal("render", "matrix", rel(FINDINGS))
    assert ESC in coloured
    assert "\x1b[1;31mA\x1b[0m" in coloured  # the Accountable stands out: bold red
    plain = run_in_terminal("render", "matrix", rel(FINDINGS), env={"NO_COLOR": "1"})
    assert ESC not in plain and "Handover to CS" in plain


def test_terminal_table_written_to_a_file_from_a_terminal_has_no_colour(tmp_path: Path) -> None:
    out = tmp_path / "matrix.txt"
    run_in_terminal("render", "matrix", rel(FINDINGS), "-o", str(out))
    assert ESC not in out.read_text(encoding="utf-8")


def test_colour_can_be_chosen_by_the_caller() -> None:
    doc = doc_of(FINDINGS)
    assert ESC in view.render(doc, "term", Options(lang="en", color=True))
    assert ESC not in view.render(doc, "term", Options(lang="en", color=False))


def test_spec_text_is_not_read_as_rich_markup(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        """\
        version: 1
        org: {name: "[bold red]Acme[/]", locale: en}
        departments:
          - {id: cs, name: "[link=http://x]CS[/link] :smile:", kind: cs}
        phases:
          - id: onboarding
            name: Onboarding
            activities:
              - {id: kickoff, name: "[blink]Kickoff[/blink]", raci: {cs: A/R}}
        """,
    )
    out = view.render(doc_of(spec), "term", Options(lang="en", color=True))
    assert "[bold red]Acme[/]" in out and "[blink]Kickoff[/blink]" in out
    assert "[link=http://x]CS[/link] :smile:" in out and "\x1b]8;" not in out


@pytest.mark.parametrize(("spec", "name"), [(ACME, "acme-functional"), (STARTUP, "startup-allrounder")])
def test_terminal_golden(spec: Path, name: str) -> None:
    result = run_raci("render", "matrix", rel(spec))
    assert result.code == 0, result.all
    check_golden(f"{name}.term.txt", result.out.encode())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_terminal_golden_with_findings(lang: str) -> None:
    result = run_raci("render", "matrix", rel(FINDINGS), "--lang", lang)
    assert result.code == 0, result.all
    check_golden(f"findings.{lang}.term.txt", result.out.encode())


# md -------------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "name"), [(ACME, "acme-functional"), (STARTUP, "startup-allrounder")])
def test_markdown_golden(tmp_path: Path, spec: Path, name: str) -> None:
    check_golden(f"{name}.md", render_file(tmp_path, rel(spec), "md"))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_markdown_golden_with_findings(tmp_path: Path, lang: str) -> None:
    check_golden(f"findings.{lang}.md", render_file(tmp_path, rel(FINDINGS), "md", "--lang", lang))


def test_markdown_tables_keep_their_shape_whatever_the_names() -> None:
    out = view.render(doc_of(FINDINGS), "md", Options(lang="en"))
    rows = [line for line in out.splitlines() if line.startswith("|")]
    columns = {len(re.split(r"(?<!\\)\|", row)) for row in rows}
    assert columns == {2 + 4 + 2}, columns  # activity, 4 departments, findings, plus both ends
    assert "Support \\| first line" in out
    assert "<script>" not in out and "\\<script\\>" in out
    # one table per phase: a change to one activity is a one-line diff
    assert out.count("| Activity |") == 2
    assert "| **Kickoff** `kickoff` | **A** | **A**/R |  |  | ❌ R102, ℹ️ K407 |" in out
    assert "- ❌ **R101** · error · line 20 · activity `handover`: activity" in out


# html -----------------------------------------------------------------------------


def test_html_golden(tmp_path: Path) -> None:
    check_golden("findings.en.html", render_file(tmp_path, rel(FINDINGS), "html", "--lang", "en"))


def test_html_is_self_contained_escaped_and_printable() -> None:
    out = view.render(doc_of(FINDINGS), "html", Options(lang="en"))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", out)
    assert "<link" not in out and "@import" not in out and "url(" not in out
    assert "default-src 'none'" in out  # the browser refuses any request
    assert "@page { size: A3 landscape" in out
    assert re.search(r"@media print \{\s*\.raci-controls \{ display: none", out)
    assert "position: sticky" in out
    assert "<script>alert(1)</script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "<b>|beta|</b>" not in out
    handover = re.search(r'<tr data-activity="handover" class="raci-flagged raci-sev-error" title="([^"]*)"', out)
    assert handover and handover.group(1).startswith("R101: activity &#39;Handover")
    assert 'class="raci-cell raci-role-A" data-dept="sales" title="Sales: Accountable">A</td>' in out


def test_html_without_findings_has_no_findings_column() -> None:
    out = view.render(doc_of(STARTUP), "html", Options(lang="en"))
    assert 'class="raci-findings-head"' not in out and "No findings." in out


def test_the_table_can_be_included_in_another_page() -> None:
    from raci.render.templating import environment

    env = environment()
    env.autoescape = True
    page = env.from_string(
        '{% from "matrix_table.html.j2" import matrix_css, matrix_table %}'
        "<style>{{ matrix_css() }}</style><section>{{ matrix_table(m) }}</section>"
    )
    out = page.render(m=view.build(doc_of(FINDINGS), Options(lang="ja")))
    assert out.count("<table") == 1 and "<html" not in out
    assert "初回商談と*デモ*" in out and "&lt;script&gt;" in out


def test_templates_folder_overrides_the_page_but_keeps_escaping(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "matrix.html.j2").write_text(
        '{% from "matrix_table.html.j2" import matrix_table %}<h1>Workshop: {{ m.org }}</h1>{{ matrix_table(m) }}\n',
        encoding="utf-8",
    )
    out = render_file(tmp_path, rel(FINDINGS), "html", "--templates", str(folder)).decode()
    assert out.startswith("<h1>Workshop: Test Co &lt;b&gt;|beta|&lt;/b&gt;</h1>")
    assert '<tr data-activity="kickoff"' in out


def chromium_run(*args: str) -> subprocess.CompletedProcess[str]:
    from tests.browser import FLAGS, chromium

    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )


@pytest.mark.browser
def test_html_filters_hide_columns_and_rows_in_a_browser(tmp_path: Path) -> None:
    page = tmp_path / "matrix.html"
    page.write_bytes(render_file(tmp_path, rel(FINDINGS), "html"))
    # the filter state lives in the address (#department=…&phase=…), so a filtered view can be shared
    url = page.resolve().as_uri() + "#department=sales,cs&phase=onboarding&flagged=1"
    dom = chromium_run("--virtual-time-budget=2000", "--dump-dom", url).stdout
    assert '<form class="raci-controls">' in dom  # shown once the script runs
    hidden = set(re.findall(r'<t[hd][^>]*data-dept="(\w+)"[^>]*hidden=""', dom))
    assert hidden == {"support", "marketing"}
    assert re.search(r'<tbody data-phase="contract"[^>]*hidden=""', dom)
    assert re.search(r'<tbody data-phase="onboarding">', dom)
    assert re.search(r'<tbody data-phase="expansion"[^>]*hidden=""', dom)
    assert re.search(r'<th scope="rowgroup" colspan="4">', dom)  # activity, 2 departments, findings


_HEADER_LINES = """<script>
document.querySelectorAll("thead th[data-dept]").forEach(function (th) {
  var text = th.firstChild, lines = [], top = null;
  for (var i = 0; i < text.length; i++) {
    var range = document.createRange();
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    var rect = range.getClientRects()[0];
    if (!rect) continue;
    if (top === null || Math.abs(rect.top - top) > 2) { lines.push(""); top = rect.top; }
    lines[lines.length - 1] += text.data[i];
  }
  th.setAttribute("data-lines", lines.map(function (l) { return l.trim(); }).join("|"));
});
</script>"""


@pytest.mark.browser
def test_japanese_department_headers_break_only_at_spaces_and_punctuation(tmp_path: Path) -> None:
    """「CS部 カスタマーセールスチー/ム」 is how the reviewer saw it: no one-character orphans."""
    page = tmp_path / "matrix.html"
    html = render_file(tmp_path, rel(ACME), "html", "--lang", "ja").decode()
    assert "word-break: keep-all; line-break: strict;" in html
    page.write_text(html.replace("</body>", _HEADER_LINES + "</body>"), encoding="utf-8")
    dom = chromium_run(
        "--window-size=1400,900", "--virtual-time-budget=2000", "--dump-dom", page.resolve().as_uri()
    ).stdout
    lines = dict(re.findall(r'<th scope="col" data-dept="(\w+)"[^>]*data-lines="([^"]*)"', dom))
    assert len(lines) == 7, dom[:500]
    for department, shown in lines.items():
        assert all(len(line) > 1 for line in shown.split("|")), (department, shown)
    assert lines["cs_expansion"] == "CS部|カスタマーセールスチーム"
    assert lines["sales"] in ("営業部（フィールドセールス）", "営業部|（フィールドセールス）")
    assert lines["marketing"] in (
        "マーケティング部（インサイドセールス含む）",
        "マーケティング部|（インサイドセールス含む）",
    )


@pytest.mark.browser
def test_html_prints_on_a3_landscape(tmp_path: Path) -> None:
    page = tmp_path / "matrix.html"
    page.write_bytes(render_file(tmp_path, rel(ACME), "html"))
    pdf = tmp_path / "matrix.pdf"
    chromium_run("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.resolve().as_uri())
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes()))
    assert boxes, "no page in the PDF"
    for w, h in boxes:  # A3 landscape: 420 × 297 mm = 1190.6 × 841.9 pt
        assert abs(float(w) - 1190.6) < 2 and abs(float(h) - 841.9) < 2, (w, h)


# csv ------------------------------------------------------------------------------


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("spec", [*BUNDLED, FINDINGS], ids=lambda p: p.name)
def test_csv_round_trip_gives_the_assignments_back(tmp_path: Path, spec: Path) -> None:
    data = render_file(tmp_path, rel(spec), "csv")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    header, *rows = read_csv(data)
    loaded = load(spec)
    lang = loaded.org.locale or "en"
    names = {d.name.get(lang): d.id for d in loaded.departments}
    assert header[3:] == list(names)
    assert [r[1] for r in rows] == [a.id for a in loaded.activities()]
    cells = {(r[1], names[h]): c for r in rows for h, c in zip(header[3:], r[3:], strict=True) if c}
    assert cells == spec_cells(spec)


def test_csv_golden(tmp_path: Path) -> None:
    check_golden("findings.ja.csv", render_file(tmp_path, rel(FINDINGS), "csv", "--lang", "ja"))


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    spec = write(tmp_path, HOSTILE_NAMES)
    header, *rows = read_csv(render_file(tmp_path, spec, "csv"))
    assert header == ["Phase", "Activity id", "Activity name", '\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)"]
    assert rows[0][:3] == ["'=1+1", "kickoff", "'@SUM(A1)"] and rows[1][2] == "'-2"
    for row in [header, *rows]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), row


# xlsx -----------------------------------------------------------------------------


def test_xlsx_needs_an_output_file() -> None:
    result = run_raci("render", "matrix", rel(ACME), "--format", "xlsx")
    assert result.code == 2 and "-o FILE" in result.err and result.out == ""


def open_book(data: bytes):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data))


@pytest.mark.parametrize("spec", [*BUNDLED, FINDINGS], ids=lambda p: p.name)
def test_xlsx_reads_back_as_the_spec(tmp_path: Path, spec: Path) -> None:
    book = open_book(render_file(tmp_path, rel(spec), "xlsx"))
    assert book.sheetnames == ["RACI", "Findings", "KPIs", "Guide"]  # Guide: instructions and legend (issue 15)
    sheet = book["RACI"]
    loaded = load(spec)
    lang = loaded.org.locale or "en"
    ids = [d.id for d in loaded.departments]
    header = [c.value for c in sheet[1]]
    assert header[3 : 3 + len(ids)] == [d.name.get(lang) for d in loaded.departments]
    cells = {}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        for department, value in zip(ids, row[3 : 3 + len(ids)], strict=True):
            if value:
                cells[(row[1], department)] = value
    assert cells == spec_cells(spec)
    assert sheet.max_row == 1 + sum(1 for _ in loaded.activities())


def test_xlsx_is_ready_for_the_workshop(tmp_path: Path) -> None:
    book = open_book(render_file(tmp_path, rel(ACME), "xlsx"))
    sheet = book["RACI"]
    assert sheet.freeze_panes == "D2"  # header row and phase/id/name columns stay in view
    last = 1 + 32
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.allow_blank
    assert validation.formula1 == '"A/R,A,R,C,I,C/I"'
    assert str(validation.sqref) == f"D2:J{last}"  # 7 departments: D..J, every activity row
    rules = [(str(cf.sqref), rule.formula[0]) for cf in sheet.conditional_formatting for rule in cf.rules]
    assert [f for _, f in rules] == [f'ISNUMBER(SEARCH("{x}",D2))' for x in "ARCI"]
    assert {area for area, _ in rules} == {f"D2:J{last}"}
    # colours come from the rules, not from static fills that a changed cell would keep
    assert all(cell.fill.fill_type is None for row in sheet[f"D2:J{last}"] for cell in row)
    assert all(sheet.column_dimensions[c].width for c in "ABCDEFGHIJ")
    assert book["Findings"].freeze_panes == "A2" and book["KPIs"].freeze_panes == "A2"
    kpis = list(book["KPIs"].iter_rows(values_only=True))
    assert kpis[0] == ("ID", "名前", "レベル", "上位 KPI", "主管部門", "単位", "目標")
    assert kpis[1] == ("ltv", "LTV（顧客生涯価値）", "KGI", None, "CS部 カスタマーセールスチーム", "円", ">= 1200000")


def test_xlsx_prints_landscape_one_page_wide_with_titles_borders_and_tall_headers(tmp_path: Path) -> None:
    from openpyxl.utils import get_column_letter

    from raci.render.workbook import LINE_HEIGHT, lines_needed

    for paper, code in (("a4", "9"), ("a3", "8")):
        out = tmp_path / f"{paper}.xlsx"
        result = run_raci("render", "matrix", rel(ACME), "-o", str(out), "--paper", paper)
        assert result.code == 0, result.all
        book = open_book(out.read_bytes())
        for sheet in book:
            setup = sheet.page_setup
            assert (setup.orientation, str(setup.paperSize)) == ("landscape", code), sheet.title
            assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
            assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
    sheet = book["RACI"]
    assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$A:$C"
    assert "A" in sheet.oddFooter.left.text and "&P" in sheet.oddFooter.right.text  # legend and page on every page
    # every cell of the table has a border, the empty ones too
    empty = [c for row in sheet.iter_rows(min_row=2, max_col=11) for c in row if c.value is None]
    assert empty and all(c.border.left.style == "thin" and c.border.bottom.style == "thin" for c in empty)
    # the header is tall enough for the longest department name at its column width
    header = [c.value for c in sheet[1]]
    needed = max(
        lines_needed(name, sheet.column_dimensions[get_column_letter(i)].width)
        for i, name in enumerate(header[3:10], 4)
    )
    assert needed >= 2 and sheet.row_dimensions[1].height >= needed * LINE_HEIGHT
    assert sheet.cell(1, 4).alignment.wrap_text
    guide = list(book["Guide"].iter_rows(values_only=True))
    assert guide[0][0].startswith("このブックの見方") and ("A", "説明責任", "結果に責任を持つ。活動ごとに一つだけ") in [
        r[:3] for r in guide
    ]


def test_xlsx_lists_findings_and_marks_their_rows(tmp_path: Path) -> None:
    book = open_book(render_file(tmp_path, rel(FINDINGS), "xlsx"))
    findings = list(book["Findings"].iter_rows(values_only=True))
    assert findings[0] == ("Code", "Severity", "Location", "Message", "Hint")
    assert findings[6][:3] == ("R101", "error", "findings.raci.yaml:20:9")
    rows = {r[1]: r for r in book["RACI"].iter_rows(min_row=2, values_only=True)}
    assert rows["handover"][-1] == "R101, K407" and rows["demo"][-1] is None


def test_xlsx_guards_every_text_cell(tmp_path: Path) -> None:
    data = render_file(tmp_path, write(tmp_path, HOSTILE_NAMES), "xlsx")
    book = open_book(data)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    values = [c.value for c in cells]
    for text in INJECTIONS:  # the exact text, no apostrophe added
        assert text in values, text
    assert not [v for v in values if v.startswith("'")]
    guarded = [c for c in cells if c.value.startswith(("=", "+", "-", "@"))]
    assert guarded and all(c.data_type == "s" and c.quotePrefix for c in guarded)
    # in the file itself: string cells only, not one formula
    archive = zipfile.ZipFile(io.BytesIO(data))
    sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in xml or "<f " in xml for xml in sheets)


def test_xlsx_bytes_are_the_same_for_the_same_spec(tmp_path: Path) -> None:
    first = render_file(tmp_path, rel(ACME), "xlsx")
    doc = doc_of(ACME)
    assert view.render(doc, "xlsx", Options(lang="ja")) == view.render(doc, "xlsx", Options(lang="ja"))
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
    core = archive.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core and core.count("2000-01-01") == 2


# json -----------------------------------------------------------------------------


def test_json_golden(tmp_path: Path) -> None:
    check_golden("findings.en.json", render_file(tmp_path, rel(FINDINGS), "json", "--lang", "en"))


def test_json_is_the_matrix_as_data(tmp_path: Path) -> None:
    data = render_file(tmp_path, rel(ACME), "json")
    assert "導入支援".encode() in data  # not \\u escapes
    matrix = json.loads(data)
    assert matrix["version"] == 1 and matrix["lang"] == "ja"
    assert [d["id"] for d in matrix["departments"]][:2] == ["sales", "marketing"]
    cells = {(a["id"], d): c for p in matrix["phases"] for a in p["activities"] for d, c in a["cells"].items()}
    assert cells == spec_cells(ACME)
    assert [e["letter"] for e in matrix["legend"]] == list("ARCI")

    findings = json.loads(render_file(tmp_path, rel(FINDINGS), "json"))
    handover = findings["phases"][0]["activities"][1]
    assert handover["id"] == "handover" and [f["code"] for f in handover["findings"]] == ["R101", "K407"]
    assert handover["findings"][0]["target"] == "activity:handover" and handover["findings"][0]["line"] == 20
    assert findings["phases"][2]["findings"][0]["code"] == "R105"


# every format ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["term", "md", "html", "csv", "json"])
def test_same_spec_same_bytes(fmt: str) -> None:
    outputs = {view.render(doc_of(FINDINGS), fmt, Options(lang="ja")) for _ in range(2)}
    assert len(outputs) == 1


@pytest.mark.parametrize("fmt", ["term", "md", "html", "csv", "json"])
def test_department_option_keeps_its_activities(fmt: str) -> None:
    result = run_raci("render", "matrix", rel(ACME), "--format", fmt, "--department", "cs_expansion")
    assert result.code == 0, result.all
    assert (
        ("上位プラン・ID追加の提案" in result.out or fmt == "term")
        and "上位プラン・ID追加の" in result.out
        and "既存顧客からの紹介依頼" in result.out
    )  # A/R and C
    assert "ウェビナー" not in result.out and "操作方法の問い合わせ" not in result.out  # no role there
    assert "CS部 カスタマーセールスチームが関わる活動のみ" in result.out or fmt in ("csv", "json")


def test_unknown_department_is_a_clear_error() -> None:
    result = run_raci("render", "matrix", rel(ACME), "--department", "cs_expnasion", "--lang", "en")
    assert result.code == 2 and result.out == ""
    assert "unknown department 'cs_expnasion'" in result.err and "cs_expansion" in result.err


def test_validate_and_import_stay_light() -> None:
    heavy = {"rich", "openpyxl", "jinja2"}
    probe = (
        "import sys, json\nimport raci.render.matrix\nfrom raci.cli import main\n"
        "assert main(['validate', 'specs/']) == 0\nprint(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    loaded = {m.split(".")[0] for m in json.loads(out.stdout.splitlines()[-1])}
    assert not loaded & heavy
