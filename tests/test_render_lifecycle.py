"""`raci render lifecycle`: phases left to right, departments as lanes, handoffs.

Golden files (tests/golden/lifecycle/) pin the DOT, Mermaid and Markdown text of the
bundled specs and of specs with a missing handoff and hostile names; RACI_UPDATE_GOLDEN=1
rewrites them. The other tests check what a person sees in the drawing Graphviz makes
(the SVG, parsed as XML) and that the map agrees with `raci validate`.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from raci.render import Options, document, lifecycle
from raci.render.graphviz import DEFAULT_FONT
from raci.render.lifecycle_model import OWNER_FILL
from raci.spec.load import load
from tests.conftest import ROOT, check_golden_file, need_dot, run_raci, svg_root

GOLDEN = ROOT / "tests" / "golden" / "lifecycle"
ACME = ROOT / "specs" / "acme-functional.raci.yaml"
STARTUP = ROOT / "specs" / "startup-allrounder.raci.yaml"
NO_HANDOFF = ROOT / "tests" / "specs" / "rules" / "l203-fail-no-handoff.raci.yaml"
SVG = "{http://www.w3.org/2000/svg}"
MISSING = "#c62828"
HANDOFF = "#2e75b6"

# Names written to break out of DOT strings, HTML-like labels, Markdown tables and Mermaid.
HOSTILE = r"""
version: 1
org: {name: "Evil \"Org\" <b>bold</b>", locale: en}
departments:
  - {id: sales, name: "Sales \"quoted\" \\ back <b>x</b>", kind: sales}
  - {id: end, name: "CS ] %% comment --> z\nsecond | line", kind: cs}
phases:
  - id: contract
    name: "Deal <i>&amp;</i> \"close\""
    activities:
      - {id: signing, name: "Sign \\\" ] --> %%", raci: {sales: A/R}}
  - id: onboarding
    name: "On]board %%\n-->"
    activities:
      - {id: kickoff, name: "Kick<br/>off \\n", raci: {end: A/R}}
  - id: inquiries
    name: "Tickets <TD> ]"
    stage: support
    activities:
      - {id: tickets, name: "graph LR; A-->B", raci: {end: R, sales: A}}
"""

# Six activities for one department in one phase: the cell shows four and a count.
CROWDED = """\
version: 1
org: {name: Crowded, locale: en}
departments:
  - {id: cs, name: Customer Success, kind: cs}
  - {id: sales, name: Sales, kind: sales}
phases:
  - id: contract
    name: Contract
    activities:
      - {id: signing, name: Signing, raci: {sales: A/R, cs: I}}
  - id: onboarding
    name: Onboarding
    activities:
      - {id: a1, name: Step one, raci: {cs: A/R}}
      - {id: a2, name: Step two, raci: {cs: A/R}}
      - {id: a3, name: Step three, raci: {cs: A/R}}
      - {id: a4, name: Step four, raci: {cs: A/R}}
      - {id: a5, name: Step five, raci: {cs: A/R}}
      - {id: a6, name: Step six, raci: {cs: A/R, sales: C}}
"""


def write(tmp_path: Path, text: str, name: str = "org.raci.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("lifecycle"), HOSTILE, "hostile.raci.yaml")


def render(path: Path, fmt: str, lang: str, font: str | None = None) -> str | bytes:
    return lifecycle.render(document(load(str(path))), fmt, Options(lang=lang, font=font))


def check_golden(name: str, text: str) -> None:
    check_golden_file(GOLDEN / name, text)


def groups(root: ET.Element, kind: str) -> dict[str, ET.Element]:
    """SVG groups of class ``kind`` ("node", "edge") by their DOT name (edges without ports)."""
    found = {}
    for g in root.iter(f"{SVG}g"):
        if g.get("class") == kind:
            name = g.findtext(f"{SVG}title") or ""
            found[name.replace(":e->", "->").removesuffix(":w")] = g
    return found


def texts(element: ET.Element) -> list[str]:
    return [t.text or "" for t in element.iter(f"{SVG}text")]


def box(group: ET.Element) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a node's outline."""
    shape = group.find(f".//{SVG}polygon")
    assert shape is not None
    points = [tuple(map(float, p.split(","))) for p in shape.get("points", "").split()]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def centre(group: ET.Element) -> tuple[float, float]:
    left, top, right, bottom = box(group)
    return (left + right) / 2, (top + bottom) / 2


def test_formats_come_from_the_registry_and_the_module_stays_light() -> None:
    from raci.render import RENDERERS

    assert lifecycle.FORMATS is RENDERERS["lifecycle"].formats  # declared once, in the registry
    assert set(lifecycle.FORMATS) >= lifecycle.BINARY and "dot" not in lifecycle.BINARY
    probe = "import sys, raci.render.lifecycle; print(sorted(m for m in sys.modules if m.split('.')[0] in {'graphviz', 'jinja2', 'networkx'}))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


# Golden files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "lang"),
    [(ACME, "ja"), (ACME, "en"), (STARTUP, "en"), (STARTUP, "ja")],
    ids=lambda v: getattr(v, "name", v),
)
@pytest.mark.parametrize("fmt", ["dot", "mermaid", "md"])
def test_bundled_specs_match_their_golden_files(spec: Path, lang: str, fmt: str) -> None:
    name = spec.name.split(".raci.")[0]
    check_golden(f"{name}.{lang}.{fmt}", render(spec, fmt, lang))  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["dot", "mermaid", "md"])
def test_missing_handoff_and_hostile_specs_match_their_golden_files(hostile: Path, fmt: str) -> None:
    check_golden(f"no-handoff.en.{fmt}", render(NO_HANDOFF, fmt, "en"))  # type: ignore[arg-type]
    check_golden(f"hostile.en.{fmt}", render(hostile, fmt, "en"))  # type: ignore[arg-type]


@pytest.mark.graphviz
def test_output_is_deterministic() -> None:
    need_dot()
    for fmt in ("dot", "mermaid", "md", "svg", "png"):
        assert render(ACME, fmt, "ja") == render(ACME, fmt, "ja"), fmt


# The drawing --------------------------------------------------------------------------------


@pytest.mark.graphviz
def test_phases_run_left_to_right_with_across_phase_work_last() -> None:
    need_dot()
    spec = load(str(ACME))
    nodes = groups(svg_root(render(ACME, "svg", "ja")), "node")
    order = [p.id for p in spec.phases if p.stage != "support"] + [p.id for p in spec.phases if p.stage == "support"]
    boxes = [box(nodes[f"phase:{phase}"]) for phase in order]
    lefts = [b[0] for b in boxes]
    assert lefts == sorted(lefts) and len(set(lefts)) == len(lefts)
    assert order[-1] == "inquiries"
    header = texts(nodes["phase:inquiries"])
    assert header[0] == "全フェーズ横断" and "問い合わせ・障害対応" in header
    # a gap before the across-phase column
    gaps = [b[0] - a[2] for a, b in itertools.pairwise(boxes)]
    assert gaps[-1] > max(gaps[:-1])


@pytest.mark.graphviz
def test_departments_are_lanes_and_the_grid_is_aligned() -> None:
    need_dot()
    spec = load(str(ACME))
    nodes = groups(svg_root(render(ACME, "svg", "en")), "node")
    rows = [centre(nodes[f"lane:{d.id}"])[1] for d in spec.departments]
    assert rows == sorted(rows) and len(set(rows)) == len(rows)
    for department, row in zip(spec.departments, rows, strict=True):
        assert texts(nodes[f"lane:{department.id}"])  # the name is written in the lane
        for phase in spec.phases:
            assert abs(centre(nodes[f"cell:{phase.id}:{department.id}"])[1] - row) < 1, (phase.id, department.id)
    for phase in spec.phases:
        x = centre(nodes[f"phase:{phase.id}"])[0]
        for department in spec.departments:
            assert abs(centre(nodes[f"cell:{phase.id}:{department.id}"])[0] - x) < 1


@pytest.mark.graphviz
def test_cells_list_r_and_a_work_and_the_owner_is_starred() -> None:
    need_dot()
    nodes = groups(svg_root(render(ACME, "svg", "en")), "node")
    kickoff = texts(nodes["cell:onboarding:cs_onboarding"])
    assert kickoff[0] == "★ owner"
    assert "Sales-to-onboarding handover meeting" in " ".join(kickoff) and "A/R" in kickoff
    owner_outline = nodes["cell:onboarding:cs_onboarding"].find(f".//{SVG}polygon")
    assert owner_outline is not None and owner_outline.get("fill") == OWNER_FILL
    # product holds A on one adoption activity and A/R on another, without owning the phase
    product = texts(nodes["cell:adoption:product"])
    assert "★ owner" not in product
    assert product[:2] == ["A/R", "Improving in-app guidance"]
    assert "A" in product
    # C and I are not listed: sales is only C or I during onboarding
    assert texts(nodes["cell:onboarding:sales"]) == []
    assert texts(nodes["phase:onboarding"]) == ["Onboarding", "Owner: CS Onboarding team"]


@pytest.mark.graphviz
def test_handoffs_are_arrows_from_giver_to_taker() -> None:
    need_dot()
    root = svg_root(render(ACME, "svg", "en"))
    edges = {name: g for name, g in groups(root, "edge").items() if g.find(f".//{SVG}text") is not None}
    assert sorted(edges) == sorted(
        [
            "cell:lead:marketing->cell:contract:sales",
            "cell:contract:sales->cell:onboarding:cs_onboarding",
            "cell:onboarding:cs_onboarding->cell:adoption:cs_adoption",
            "cell:renewal:cs_adoption->cell:expansion:cs_expansion",
            "cell:expansion:cs_expansion->cell:advocacy:marketing",
        ]
    )
    spec = load(str(ACME))
    # spaces ignored: a long word may be cut at the end of a line
    handoffs = {a.name.get("en").replace(" ", "") for a in spec.activities() if a.handoff}
    named = []
    for name, edge in edges.items():
        path = edge.find(f".//{SVG}path")
        assert path is not None and path.get("stroke") == HANDOFF and not path.get("stroke-dasharray")
        label = "".join(texts(edge)).replace(" ", "")  # the handoff activity's name, where there is one
        assert label in handoffs or label == "handoff", (name, label)
        named.append(label)
    assert named.count("handoff") == 1  # only expansion → advocacy has no handoff activity
    assert "Handingqualifiedleadstosales" in named


@pytest.mark.graphviz
def test_missing_handoff_is_red_dashed_and_agrees_with_validate() -> None:
    need_dot()
    report = run_raci("validate", "--format", "json", "--select", "L203", str(NO_HANDOFF))
    assert '"L203"' in report.out
    root = svg_root(render(NO_HANDOFF, "svg", "en"))
    edges = {name: g for name, g in groups(root, "edge").items() if g.find(f".//{SVG}text") is not None}
    missing = edges["cell:contract:sales->cell:onboarding:cs"]
    path = missing.find(f".//{SVG}path")
    assert path is not None and path.get("stroke") == MISSING and path.get("stroke-dasharray")
    assert texts(missing) == ["⚠ no handoff (L203)"]
    kept = edges["cell:renewal:cs->cell:expansion:customer_sales"]
    assert kept.find(f".//{SVG}path").get("stroke") == HANDOFF  # type: ignore[union-attr]
    md = render(NO_HANDOFF, "md", "en")
    assert "- Contract → Onboarding: Field Sales → Customer Success — **⚠ no handoff (L203)**" in md
    assert "- Renewal → Expansion: Customer Success → Customer Sales — handed over" in md


def test_a_suppressed_l203_is_not_drawn_as_missing(tmp_path: Path) -> None:
    text = NO_HANDOFF.read_text(encoding="utf-8").replace(
        "  - id: onboarding\n", "  - id: onboarding  # raci: ignore[L203] the CSM reads the CRM notes\n"
    )
    path = write(tmp_path, text)
    dot = render(path, "dot", "en")
    assert 'xlabel="⚠ no handoff' not in dot  # type: ignore[operator]
    assert 'xlabel="⚠ no handoff' in render(NO_HANDOFF, "dot", "en")  # type: ignore[operator]
    assert re.search(r'"cell:contract:sales" -> "cell:onboarding:cs" \[color="#2e75b6"', dot)  # type: ignore[arg-type]


def test_crowded_cells_show_a_count(tmp_path: Path) -> None:
    path = write(tmp_path, CROWDED)
    dot = render(path, "dot", "en")
    assert isinstance(dot, str)
    cell = next(line for line in dot.splitlines() if line.startswith('  "cell:onboarding:cs" ['))
    assert "Step four" in cell and "Step five" not in cell and "+2 more" in cell
    assert "ほか 2 件" in render(path, "dot", "ja")  # type: ignore[operator]
    # the Markdown table has room for all of them
    assert "Step six" in render(path, "md", "en")  # type: ignore[operator]


@pytest.mark.graphviz
def test_japanese_is_drawn_in_a_cjk_font_that_can_be_changed() -> None:
    need_dot()
    root = svg_root(render(ACME, "svg", "ja"))
    assert "顧客とのキックオフミーティング" in texts(root)
    assert {t.get("font-family") for t in root.iter(f"{SVG}text")} == {DEFAULT_FONT}
    result = run_raci("render", "lifecycle", str(ACME), "-f", "svg", "--font", "DejaVu Sans")
    assert result.code == 0, result.err
    assert {t.get("font-family") for t in svg_root(result.out).iter(f"{SVG}text")} == {"DejaVu Sans"}


@pytest.mark.graphviz
def test_legend_and_title() -> None:
    need_dot()
    root = svg_root(render(STARTUP, "svg", "en"))
    shown = texts(root)
    assert shown[0] == "Lifecycle map — Tallybird Ltd (stock management for independent retailers)"
    assert "★ owner: the department Accountable (A) for most of the phase's activities" in shown
    assert " red dashed arrow: the owner changes with no handoff (L203)" in shown


# Markdown and Mermaid -----------------------------------------------------------------------


def test_markdown_table_is_phases_by_departments() -> None:
    md = render(ACME, "md", "ja")
    assert isinstance(md, str)
    lines = md.splitlines()
    spec = load(str(ACME))
    header = lines[2]
    assert header.startswith("| フェーズ | 主管部門 | 営業部（フィールドセールス） |")
    assert header.count("|") == len(spec.departments) + 3
    rows = [line for line in lines if line.startswith("| ") and line != header]
    assert len(rows) == len(spec.phases)
    assert all(row.count("|") - row.count("\\|") == len(spec.departments) + 3 for row in rows)
    assert rows[-1].startswith("| 問い合わせ・障害対応（全フェーズ横断） | ★ カスタマーサポート部 |")
    assert "## 引き継ぎ" in lines


def test_mermaid_lifecycle_has_a_lane_per_department_and_named_handoffs() -> None:
    text = render(ACME, "mermaid", "en")
    assert isinstance(text, str)
    lines = text.splitlines()
    assert lines[3] == "flowchart LR"
    spec = load(str(ACME))
    subgraphs = [re.match(r"  subgraph (\w+)\[", line).group(1) for line in lines if line.startswith("  subgraph ")]  # type: ignore[union-attr]
    # written bottom lane first: Mermaid stacks them last-written on top, phase headers first
    assert subgraphs[::-1] == ["lane_phases", *(f"lane_{d.id}" for d in spec.departments)]
    for department in spec.departments:  # a box for every phase in every lane, in phase order
        chain = "    " + " ~~~ ".join(f"cell_{p.id}__{department.id}" for p in spec.phases)
        assert chain in lines, department.id
    handoffs = [line for line in lines if " ==>|" in line]
    assert len(handoffs) == 5
    assert '  cell_lead__marketing ==>|"Handing qualified leads<br/>to sales"| cell_contract__sales' in lines or any(
        "cell_lead__marketing ==>" in line and "Handing" in line for line in handoffs
    )
    assert sum('"handoff"' in line for line in handoffs) == 1
    missing = render(NO_HANDOFF, "mermaid", "en")
    assert '  cell_contract__sales -.->|"⚠ no handoff (L203)"| cell_onboarding__cs' in missing  # type: ignore[operator]
    links = re.findall(r"~~~|-\.->|==>", missing.split("\n  class ")[0])  # type: ignore[union-attr]
    index = next(i for i, link in enumerate(links) if link == "-.->")
    assert f"  linkStyle {index} stroke:#c62828" in missing  # type: ignore[operator]


# Escaping ---------------------------------------------------------------------------------


@pytest.mark.graphviz
def test_hostile_names_stay_text_in_dot_and_svg(hostile: Path) -> None:
    need_dot()
    dot = render(hostile, "dot", "en")
    assert isinstance(dot, str)
    proc = subprocess.run(["dot", "-Tsvg"], input=dot.encode(), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    root = svg_root(proc.stdout)
    assert root.find(f".//{SVG}b") is None and root.find(f".//{SVG}i") is None
    shown = texts(root)
    for text in (
        'Sign \\" ] --> %%',
        "Kick<br/>off \\n",
        "graph LR; A-->B",
        'Deal <i>&amp;</i> "close"',
        "Tickets <TD> ]",
    ):
        assert text in shown, text
    assert "On]board %%" in shown and "-->" in shown  # the name's own line break
    assert 'Lifecycle map — Evil "Org" <b>bold</b>' in shown
    assert set(groups(root, "node")) == {
        "lane:sales",
        "lane:end",
        *(f"{kind}:{phase}" for kind in ("phase",) for phase in ("contract", "onboarding", "inquiries")),
        *(f"cell:{p}:{d}" for p in ("contract", "onboarding", "inquiries") for d in ("sales", "end")),
    }


def test_hostile_names_stay_text_in_mermaid_and_markdown(hostile: Path) -> None:
    text = render(hostile, "mermaid", "en")
    assert isinstance(text, str)
    for line in text.splitlines()[4:]:
        assert not line.lstrip().startswith("%%")
        label = re.search(r'\["(.*)"\]$', line)
        if label:
            inner = label.group(1)
            assert '"' not in inner and "-->" not in inner
            assert "<" not in inner.replace("<br/>", "") and ">" not in inner.replace("<br/>", "")
    # "%" as an entity code: "%%{init: …}%%" in a name is never a Mermaid directive
    assert "Sign \\#quot; ] --#gt; #37;#37;" in text
    assert "%" not in "".join(re.findall(r'\["(.*)"\]', text))
    md = render(hostile, "md", "en")
    assert isinstance(md, str)
    table = [line for line in md.splitlines() if line.startswith("| ")]
    # 2 + 2 departments: every row has exactly 4 cells, whatever the names hold
    assert all(len(re.split(r"(?<!\\)\|", row)) == 6 for row in table)
    assert "\\<b\\>" in md and "<b>" not in md and "second \\| line" in md


# The command line ---------------------------------------------------------------------------


@pytest.mark.graphviz
def test_png_from_the_cli(tmp_path: Path) -> None:
    need_dot()
    out = tmp_path / "map.png"
    result = run_raci("render", "lifecycle", str(STARTUP), "-f", "png", "-o", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert run_raci("render", "lifecycle", str(STARTUP), "-f", "png").code == 2


def test_without_graphviz_images_fail_in_one_line_and_text_formats_work(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty)}
    result = run_raci("render", "lifecycle", str(STARTUP), "-f", "svg", env=env)
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "apt-get install graphviz" in result.err, result.err
    for fmt in ("dot", "mermaid", "md"):
        result = run_raci("render", "lifecycle", str(STARTUP), "-f", fmt, env=env)
        assert result.code == 0 and result.out.strip(), fmt
