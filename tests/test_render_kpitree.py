"""`raci render kpi-tree`: the KGI → KPI → activity KPI tree as DOT, images and Mermaid.

Golden files (tests/golden/kpitree/) pin the DOT and Mermaid text of the bundled specs
and of a spec full of problems; RACI_UPDATE_GOLDEN=1 rewrites them. The other tests look
at what a person sees: the SVG Graphviz draws (parsed as XML), the CLI's exit codes.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from raci.render import Options, document, kpitree
from raci.render.graphviz import DEFAULT_FONT, wrap
from raci.spec.load import load
from tests.conftest import ROOT, check_golden_file, need_dot, run_raci, svg_root

GOLDEN = ROOT / "tests" / "golden" / "kpitree"
ACME = ROOT / "specs" / "acme-functional.raci.yaml"
STARTUP = ROOT / "specs" / "startup-allrounder.raci.yaml"
SVG = "{http://www.w3.org/2000/svg}"
PROBLEM = "#c62828"

# Orphans, a cycle and names written to break out of DOT, HTML-like labels and Mermaid.
PROBLEMS = r"""
version: 1
org: {name: "Evil \"Org\" <b>bold</b>", locale: en}
departments:
  - {id: cs, name: "CS \\ team ] %% x --> y", kind: cs, scope: {out: [sales]}}
  - {id: end, name: "End\ndept", kind: sales}
mission: {customer: a, value: b, success: c}
phases:
  - id: onboarding
    name: Onboarding
    activities:
      - {id: kickoff, name: Kickoff, raci: {cs: A/R, end: C}, kpis: [health-score]}
kpis:
  - {id: churn, name: "Churn \"rate\" <b>bold</b>", level: kgi, owner: cs, unit: "%", target: "< 2"}
  - {id: health-score, name: "Health ] score\n%% not a comment --> x", level: kpi, parents: [churn, nps], owner: end, target: ">= 70"}
  - {id: nps, name: "NPS \\ back\\slash \\\" q", level: kpi, parent: health-score, owner: cs}
  - {id: health_score, name: "Orphan <br/> & </TD></TABLE> ]]", level: activity, owner: cs, unit: "件\"]", target: 3}
  - {id: lonely, name: "graph TD; A-->B", level: kpi}
"""


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kpitree") / "problems.raci.yaml"
    path.write_text(textwrap.dedent(PROBLEMS).lstrip(), encoding="utf-8")
    return path


def render(path: Path, fmt: str, lang: str, font: str | None = None, direction: str = "auto") -> str | bytes:
    return kpitree.render(document(load(str(path))), fmt, Options(lang=lang, font=font, direction=direction))


def check_golden(name: str, text: str) -> None:
    check_golden_file(GOLDEN / name, text)


def nodes(root: ET.Element) -> dict[str, ET.Element]:
    """SVG node groups by their DOT name ("kpi:ltv")."""
    return {g.findtext(f"{SVG}title"): g for g in root.iter(f"{SVG}g") if g.get("class") == "node"}


def texts(element: ET.Element) -> list[str]:
    return [t.text or "" for t in element.iter(f"{SVG}text")]


def top(group: ET.Element) -> float:
    return min(float(t.get("y", "0")) for t in group.iter(f"{SVG}text"))


def left(group: ET.Element) -> float:
    return min(float(t.get("x", "0")) for t in group.iter(f"{SVG}text"))


def test_formats_come_from_the_registry_and_the_module_stays_light() -> None:
    from raci.render import RENDERERS

    assert kpitree.FORMATS is RENDERERS["kpi-tree"].formats  # declared once, in the registry
    assert set(kpitree.FORMATS) >= kpitree.BINARY and "dot" not in kpitree.BINARY
    probe = "import sys, raci.render.kpitree; print(sorted(m for m in sys.modules if m.split('.')[0] in {'graphviz', 'jinja2', 'networkx'}))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


# Golden files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "lang"),
    [(ACME, "ja"), (ACME, "en"), (STARTUP, "en"), (STARTUP, "ja")],
    ids=lambda v: getattr(v, "name", v),
)
@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_bundled_specs_match_their_golden_files(spec: Path, lang: str, fmt: str) -> None:
    name = spec.name.split(".raci.")[0]
    check_golden(f"{name}.{lang}.{fmt}", render(spec, fmt, lang))  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_problem_spec_matches_its_golden_file(problems: Path, fmt: str) -> None:
    check_golden(f"problems.en.{fmt}", render(problems, fmt, "en"))  # type: ignore[arg-type]


@pytest.mark.graphviz
def test_output_is_deterministic() -> None:
    need_dot()
    for fmt in ("dot", "mermaid", "svg", "png"):
        assert render(ACME, fmt, "ja") == render(ACME, fmt, "ja"), fmt


# What a reader sees -----------------------------------------------------------------------


@pytest.mark.graphviz
def test_japanese_names_are_text_in_the_svg_in_a_cjk_font() -> None:
    need_dot()
    result = run_raci("render", "kpi-tree", str(ACME), "--format", "svg")
    assert result.code == 0, result.err
    root = svg_root(result.out)
    joined = "".join(texts(root))
    spec = load(str(ACME))
    for kpi in spec.kpis:
        assert kpi.name.get("ja").replace(" ", "") in joined.replace(" ", ""), kpi.id
    assert "オンボーディング完了率" in texts(root)
    fonts = {t.get("font-family") for t in root.iter(f"{SVG}text")}
    assert fonts == {DEFAULT_FONT}


@pytest.mark.graphviz
def test_font_can_be_chosen(tmp_path: Path) -> None:
    need_dot()
    result = run_raci("render", "kpi-tree", str(ACME), "--format", "svg", "--font", "DejaVu Sans")
    assert result.code == 0, result.err
    assert {t.get("font-family") for t in svg_root(result.out).iter(f"{SVG}text")} == {"DejaVu Sans"}
    assert 'fontname="DejaVu Sans"' in run_raci("render", "kpi-tree", str(ACME), "--font", "DejaVu Sans").out


@pytest.mark.graphviz
def test_kgis_are_at_the_top_and_each_kpi_below_the_kpis_it_drives() -> None:
    need_dot()
    root = svg_root(render(ACME, "svg", "en", direction="down"))
    groups = nodes(root)
    spec = load(str(ACME))
    levels = {k.id: k.level for k in spec.kpis}
    kgi_row = max(top(groups[f"kpi:{k}"]) for k, level in levels.items() if level == "kgi")
    for kpi in spec.kpis:
        if kpi.level != "kgi":
            assert top(groups[f"kpi:{kpi.id}"]) > kgi_row, kpi.id
        for parent in kpi.parents:
            assert top(groups[f"kpi:{kpi.id}"]) > top(groups[f"kpi:{parent}"]), (kpi.id, parent)
    # the arrows point up, at the KPI that is driven
    assert "edge [dir=back, arrowtail=normal" in render(ACME, "dot", "en", direction="down")


@pytest.mark.graphviz
def test_left_to_right_puts_the_kgis_on_the_left_and_each_kpi_right_of_what_it_drives() -> None:
    need_dot()
    root = svg_root(render(ACME, "svg", "en", direction="right"))
    groups = nodes(root)
    spec = load(str(ACME))
    kgi_column = max(left(groups[f"kpi:{k.id}"]) for k in spec.kpis if k.level == "kgi")
    for kpi in spec.kpis:
        if kpi.level != "kgi":
            assert left(groups[f"kpi:{kpi.id}"]) > kgi_column, kpi.id
        for parent in kpi.parents:
            assert left(groups[f"kpi:{kpi.id}"]) > left(groups[f"kpi:{parent}"]), (kpi.id, parent)


def _size(svg: str | bytes) -> tuple[float, float]:
    root = svg_root(svg)
    return float(root.get("width", "0").removesuffix("pt")), float(root.get("height", "0").removesuffix("pt"))


@pytest.mark.graphviz
def test_auto_chooses_the_orientation_closer_to_a_page() -> None:
    """The example's tree drawn down was 2,927 x 675 px; a long chain drawn right would be as bad."""
    need_dot()
    assert "rankdir=LR" in render(ACME, "dot", "en")  # wide: left to right
    width, height = _size(render(ACME, "svg", "en"))
    down_width, down_height = _size(render(ACME, "svg", "en", direction="down"))
    assert abs(width / height - 1.414) < abs(down_width / down_height - 1.414)
    from raci.spec.load import loads

    chain = ["kpis:", "  - {id: k0, name: K0, level: kgi, owner: cs}"]
    chain += [f"  - {{id: k{i}, name: K{i}, level: kpi, parent: k{i - 1}, owner: cs}}" for i in range(1, 8)]
    head = PROBLEMS.split("\nkpis:")[0].replace("kpis: [health-score]", "kpis: [k7]") + "\n"
    doc = document(loads(textwrap.dedent(head).lstrip() + "\n".join(chain) + "\n", "chain.raci.yaml"))
    assert "rankdir=TB" in kpitree.render(doc, "dot", Options(lang="en"))  # deep: top down
    assert "flowchart BT" in kpitree.render(doc, "mermaid", Options(lang="en"))


def test_direction_from_the_command_line() -> None:
    for direction, rankdir, flow in (("down", "TB", "BT"), ("right", "LR", "RL")):
        assert f"rankdir={rankdir}" in run_raci("render", "kpi-tree", str(ACME), "--direction", direction).out
        mermaid = run_raci("render", "kpi-tree", str(ACME), "-f", "mermaid", "--direction", direction).out
        assert f"flowchart {flow}" in mermaid
    result = run_raci("render", "kpi-tree", str(ACME), "--direction", "sideways")
    assert result.code == 2 and "sideways" in result.err


@pytest.mark.graphviz
def test_each_box_shows_level_name_owner_and_target() -> None:
    need_dot()
    groups = nodes(svg_root(render(ACME, "svg", "en")))
    box = texts(groups["kpi:onboarding_completion"])
    assert box == ["KPI", "Onboarding completion rate", "Owner: CS Onboarding team", "Target: >= 90 %"]
    assert texts(groups["kpi:kickoff_meetings"])[0] == "Activity KPI"
    assert texts(groups["kpi:ltv"])[0] == "KGI"
    ja = nodes(svg_root(render(ACME, "svg", "ja")))
    assert texts(ja["kpi:kickoff_meetings"]) == [
        "活動 KPI",
        "キックオフ実施数",
        "主管部門: CS部 導入支援チーム",
        "目標: 20 件/月",
    ]


@pytest.mark.graphviz
def test_levels_look_different() -> None:
    need_dot()
    groups = nodes(svg_root(render(STARTUP, "svg", "en")))

    def look(name: str) -> tuple[str | None, str | None]:
        shape = groups[name].find(f".//{SVG}path")
        shape = shape if shape is not None else groups[name].find(f".//{SVG}polygon")
        assert shape is not None
        return shape.get("fill"), shape.get("stroke")

    assert len({look("kpi:ltv"), look("kpi:nps"), look("kpi:kickoff_calls")}) == 3


@pytest.mark.graphviz
def test_orphans_and_cycles_are_red_dashed_with_a_note(problems: Path) -> None:
    need_dot()
    groups = nodes(svg_root(render(problems, "svg", "en")))
    for name in ("kpi:lonely", "kpi:health_score", "kpi:health-score", "kpi:nps"):
        outline = groups[name].find(f".//{SVG}path")
        assert outline is not None and outline.get("stroke") == PROBLEM and outline.get("stroke-dasharray"), name
    assert "⚠ does not lead to a KGI" in texts(groups["kpi:lonely"])
    assert "⚠ does not lead to a KGI" in texts(groups["kpi:health_score"])
    assert "⚠ cycle: health-score → nps → health-score" in " ".join(texts(groups["kpi:nps"]))
    assert not any("⚠" in text for text in texts(groups["kpi:churn"]))
    outline = groups["kpi:churn"].find(f".//{SVG}polygon")
    assert outline is not None and outline.get("stroke") != PROBLEM
    # the two links of the loop are red and dashed; the link to the KGI is not
    edges = {
        g.findtext(f"{SVG}title"): g.find(f".//{SVG}path")
        for g in svg_root(render(problems, "svg", "en")).iter(f"{SVG}g")
    }
    assert edges["kpi:nps->kpi:health-score"].get("stroke") == PROBLEM  # type: ignore[union-attr]
    assert edges["kpi:health-score->kpi:nps"].get("stroke-dasharray")  # type: ignore[union-attr]
    assert edges["kpi:churn->kpi:health-score"].get("stroke") != PROBLEM  # type: ignore[union-attr]


@pytest.mark.graphviz
def test_other_kpi_findings_are_named_on_the_box(problems: Path) -> None:
    need_dot()
    groups = nodes(svg_root(render(problems, "svg", "en")))
    assert "findings: K404, K406" in texts(groups["kpi:lonely"])


@pytest.mark.graphviz
def test_legend_explains_the_marks() -> None:
    need_dot()
    root = svg_root(render(ACME, "svg", "ja"))
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "cluster")
    assert texts(legend) == ["凡例"]
    groups = nodes(root)
    assert texts(groups["legend_kgi"]) == ["KGI（最終目標）"]
    assert texts(groups["legend_activity"]) == ["活動 KPI"]
    assert texts(groups["legend_problem"]) == ["⚠ 要修正: KGI につながらない、または循環"]
    # below the whole tree
    assert top(groups["legend_kgi"]) > max(top(g) for name, g in groups.items() if name.startswith("kpi:"))


# Escaping ---------------------------------------------------------------------------------


@pytest.mark.graphviz
def test_hostile_names_stay_text_in_dot_and_svg(problems: Path) -> None:
    need_dot()
    dot = render(problems, "dot", "en")
    assert isinstance(dot, str)
    proc = subprocess.run(["dot", "-Tsvg"], input=dot.encode(), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert not proc.stderr.strip(), proc.stderr  # no syntax warnings either
    root = svg_root(proc.stdout)
    assert root.find(f".//{SVG}b") is None and root.find(f".//{SVG}TD") is None
    shown = texts(root)
    for text in (
        'Churn "rate" <b>bold</b>',
        "Health ] score",
        "%% not a comment --> x",
        'NPS \\ back\\slash \\" q',
        "Orphan <br/> &",  # wrapped at a space: 31 columns in a 28-column box
        "</TD></TABLE> ]]",
        "graph TD; A-->B",
        "Owner: CS \\ team ] %% x --> y",
        'Target: 3 件"]',
    ):
        assert text in shown, text
    assert 'KPI tree — Evil "Org" <b>bold</b>' in shown
    # one node per KPI, no node created by injected text
    assert {n for n in nodes(root) if n.startswith("kpi:")} == {
        "kpi:churn",
        "kpi:health-score",
        "kpi:nps",
        "kpi:health_score",
        "kpi:lonely",
    }


def test_hostile_names_stay_text_in_mermaid(problems: Path) -> None:
    text = render(problems, "mermaid", "en")
    assert isinstance(text, str)
    lines = text.splitlines()
    assert lines[3] in ("flowchart BT", "flowchart RL")
    node_lines = [line for line in lines if re.match(r"\s+kpi_\w+\[", line)]
    assert len(node_lines) == 5
    for line in node_lines:
        label = re.fullmatch(r'\s+kpi_\w+\["(.*)"\]', line)
        assert label, line
        inner = label.group(1)
        assert '"' not in inner and "-->" not in inner
        assert "<" not in inner.replace("<br/>", "") and ">" not in inner.replace("<br/>", "")
    assert not any(line.lstrip().startswith("%%") for line in lines)
    assert "--#gt; y" in text and "#quot;rate#quot;" in text and "#lt;b#gt;bold#lt;/b#gt;" in text
    # ids: [A-Za-z0-9_] only, and "health-score" and "health_score" stay two nodes
    ids = [re.match(r"\s+(\w+)\[", line).group(1) for line in node_lines]  # type: ignore[union-attr]
    assert ids == ["kpi_churn", "kpi_health_score", "kpi_nps", "kpi_health_score_2", "kpi_lonely"]
    links = [line for line in lines if " --> " in line]
    assert links == [  # an arrow from each KPI to the one it drives
        "  kpi_health_score --> kpi_churn",
        "  kpi_health_score --> kpi_nps",
        "  kpi_nps --> kpi_health_score",
    ]
    assert "  linkStyle 1,2 stroke:#c62828,stroke-width:2px,stroke-dasharray:5 4" in lines
    assert "  class kpi_health_score,kpi_nps,kpi_health_score_2,kpi_lonely,legend_problem problem" in lines


def test_mermaid_has_a_class_per_level() -> None:
    text = render(ACME, "mermaid", "en")
    assert isinstance(text, str)
    for level in ("kgi", "kpi", "activity", "problem"):
        assert f"  classDef {level} " in text
    assert re.search(r"^  class kpi_ltv,kpi_churn_rate,kpi_nrr,legend_kgi kgi$", text, re.M)


# The command line ---------------------------------------------------------------------------


@pytest.mark.graphviz
def test_image_formats_from_the_cli(tmp_path: Path) -> None:
    need_dot()
    png, pdf = tmp_path / "tree.png", tmp_path / "tree.pdf"
    assert run_raci("render", "kpi-tree", str(ACME), "-f", "png", "-o", str(png)).code == 0
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert run_raci("render", "kpi-tree", str(ACME), "-f", "pdf", "-o", str(pdf)).code == 0
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    # cairo's time of day is replaced, so the same spec gives the same bytes
    assert b"/CreationDate (D:19700101000000" in data
    no_file = run_raci("render", "kpi-tree", str(ACME), "-f", "png")
    assert no_file.code == 2 and "-o FILE" in no_file.err


def test_without_graphviz_images_fail_in_one_line_and_text_formats_work(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty)}
    for lang, words in (("en", "apt-get install graphviz"), ("ja", "brew install graphviz")):
        result = run_raci("render", "kpi-tree", str(ACME), "-f", "svg", "--lang", lang, env=env)
        assert result.code == 2
        assert result.out == ""
        assert result.err.count("\n") == 1 and result.err.startswith("raci: "), result.err
        assert "dot" in result.err and words in result.err
    for fmt in ("dot", "mermaid"):
        result = run_raci("render", "kpi-tree", str(ACME), "-f", fmt, env=env)
        assert result.code == 0 and result.out.strip(), fmt
    out = tmp_path / "tree.png"
    result = run_raci("render", "kpi-tree", str(ACME), "-f", "png", "-o", str(out), env=env)
    assert result.code == 2 and not out.exists()


NO_KPIS = """\
version: 1
org: {name: Acme, locale: en}
departments:
  - {id: cs, name: Customer Success, kind: cs}
phases:
  - id: onboarding
    name: Onboarding
    activities:
      - {id: kickoff, name: Kickoff, raci: {cs: A/R}}
"""


@pytest.mark.graphviz
def test_spec_without_kpis(tmp_path: Path) -> None:
    need_dot()
    path = tmp_path / "org.raci.yaml"
    path.write_text(NO_KPIS, encoding="utf-8")
    result = run_raci("render", "kpi-tree", str(path), "-f", "svg")
    assert result.code == 0, result.err
    assert "This spec defines no KPIs." in texts(svg_root(result.out))
    assert "no KPIs" in run_raci("render", "kpi-tree", str(path), "-f", "mermaid").out


# Label wrapping -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        (
            "Share of deals that fit the ideal customer profile",
            28,
            ["Share of deals that fit", "the ideal customer profile"],
        ),
        ("理想顧客像に合致する商談の割合", 30, ["理想顧客像に合致する商談の割合"]),
        ("理想顧客像に合致する商談の割合", 24, ["理想顧客像に", "合致する商談の割合"]),
        ("責任部門: CS部 カスタマーセールスチーム", 36, ["責任部門: CS部", "カスタマーセールスチーム"]),
        (
            "操作方法の問い合わせ対応（電話・チャット・メール）",
            30,
            ["操作方法の問い合わせ対応", "（電話・チャット・メール）"],
        ),
        ("a\nb", 30, ["a", "b"]),
        ("", 30, [""]),
    ],
)
def test_wrap(text: str, width: int, lines: list[str]) -> None:
    assert wrap(text, width) == lines


def test_wrap_never_loses_text() -> None:
    for text in ("x" * 100, "あ" * 41, "word " * 30, "（「長い」）" * 9):
        assert "".join(wrap(text, 20)).replace(" ", "") == text.replace(" ", "")
