"""Hostile text at the output boundary: control characters, Graphviz escapes, Mermaid
directives and spreadsheet formulas, through the library API (a spec built or loaded in
code) and the real programs that read the output (dot, openpyxl).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import replace

import pytest

from raci.render import Options, document, get
from raci.render.templating import formula_like, mermaid_text, spreadsheet_cell
from raci.spec.load import loads
from raci.spec.model import Text
from tests.conftest import need_dot, svg_root

CONTROLS = "A\x07B\x1b[31mC\x00D\x7fE\x9bF"
SHOWN = "A\ufffdB\ufffd[31mC\ufffdD\ufffdE\ufffdF"


def spec_with(name: str = "Kickoff", kpi: str = "NRR", department: str = "Customer Success"):  # type: ignore[no-untyped-def]
    """A document whose activity, KPI and department carry these names. The loader refuses
    control characters (S006), so they are put in the model afterwards, as library code may."""
    text = (
        "version: 1\norg: {name: Acme, locale: en}\n"
        "departments: [{id: cs, name: Dept, kind: cs}, {id: sales, name: Sales, kind: sales}]\n"
        "phases:\n  - id: onboarding\n    name: Onboarding\n    activities:\n"
        "      - {id: kickoff, name: Kickoff, raci: {cs: A/R, sales: C}, kpis: [nrr]}\n"
        "kpis: [{id: nrr, name: NRR, level: kgi, owner: cs, target: 95, unit: '%'}]\n"
    )
    spec = loads(text, "org.raci.yaml")
    phase = spec.phases[0]
    activity = replace(phase.activities[0], name=Text(en=name))
    return document(
        replace(
            spec,
            departments=(replace(spec.departments[0], name=Text(en=department)), spec.departments[1]),
            phases=(replace(phase, activities=(activity,)),),
            kpis=(replace(spec.kpis[0], name=Text(en=kpi)),),
        )
    )


def render(doc, view: str, fmt: str) -> str | bytes:  # type: ignore[no-untyped-def]
    return get(view).render(doc, fmt, Options(lang="en", color=False, department="cs" if view == "charter" else None))


def svg_text(data: str | bytes) -> str:
    return "\n".join("".join(node.itertext()) for node in svg_root(data).iter() if node.tag.endswith("text"))


# control characters ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("view", "fmt"),
    [("matrix", f) for f in ("term", "md", "html", "csv", "json")]
    + [("kpi-tree", f) for f in ("dot", "mermaid")]
    + [("lifecycle", f) for f in ("dot", "mermaid", "md")]
    + [("report", "html"), ("charter", "html")],
)
def test_no_control_character_reaches_a_text_output(view: str, fmt: str) -> None:
    doc = spec_with(CONTROLS, CONTROLS, CONTROLS)
    text = render(doc, view, fmt)
    assert isinstance(text, str)
    assert not [ch for ch in text if (ord(ch) < 32 and ch not in "\n\r\t") or 0x7F <= ord(ch) <= 0x9F]
    assert "\ufffd" in text  # shown, not dropped: the reader sees something was there


def test_control_characters_in_a_workbook_are_shown_not_a_crash() -> None:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(render(spec_with(CONTROLS, CONTROLS, CONTROLS), "matrix", "xlsx")))
    values = {c.value for sheet in book for row in sheet.iter_rows() for c in row}
    assert SHOWN in values


@pytest.mark.graphviz
@pytest.mark.parametrize(("view", "fmt"), [("kpi-tree", "svg"), ("lifecycle", "svg"), ("kpi-tree", "png")])
def test_graphviz_draws_names_with_control_characters(view: str, fmt: str) -> None:
    need_dot()
    data = render(spec_with(CONTROLS, CONTROLS, CONTROLS), view, fmt)
    if fmt == "svg":
        assert SHOWN in svg_text(data)
    else:
        assert data[:8] == b"\x89PNG\r\n\x1a\n"


# Graphviz escapes and empty lines ------------------------------------------------------


@pytest.mark.graphviz
@pytest.mark.parametrize("view", ["kpi-tree", "lifecycle"])
def test_graphviz_escapes_in_names_show_as_typed(view: str) -> None:
    need_dot()
    typed = r"x \N \G \L \E \H \T \n \l \\ end\\"
    shown = svg_text(render(spec_with(typed, typed, typed), view, "svg"))
    assert typed.replace(" ", "") in shown.replace("\n", "").replace(" ", "")  # wrapped at a space
    for expanded in ("kpi:nrr", "cell:onboarding", "lane:cs", "kpi_tree", "digraph"):  # \N, \G
        assert expanded not in shown


@pytest.mark.graphviz
def test_empty_lines_in_a_name_are_drawn() -> None:
    need_dot()
    for view in ("kpi-tree", "lifecycle"):
        shown = svg_text(render(spec_with("first\n\n\nlast", "first\n\nlast", "  \n\nlast"), view, "svg"))
        assert "first" in shown and "last" in shown


# Mermaid ---------------------------------------------------------------------------------


def test_mermaid_labels_cannot_hold_a_directive() -> None:
    directive = '%%{init: {"theme": "dark", "themeCSS": "x"}}%%'
    for view in ("kpi-tree", "lifecycle"):
        text = render(spec_with(directive, directive, directive), view, "mermaid")
        assert isinstance(text, str)
        assert "%%{" not in text and "#37;#37;{init: {#quot;theme#quot;" in text
    assert mermaid_text("50% #quot;") == "50#37; #35;quot;"  # what Mermaid decodes back to the text


@pytest.mark.parametrize("view", ["kpi-tree", "lifecycle"])
def test_a_mermaid_title_shows_control_characters_and_stays_one_quoted_line(view: str) -> None:
    doc = spec_with()
    spec = replace(doc.spec, org=replace(doc.spec.org, name=Text(en=CONTROLS + "\nO'Brien")))
    text = render(document(spec), view, "mermaid")
    assert isinstance(text, str)
    title = text.splitlines()[1]
    assert title.startswith("title: '") and title.endswith(f"{SHOWN} O''Brien'")


# formulas ----------------------------------------------------------------------------------

FORMULAS = ("=1+1", " =1+1", "\u3000=1+1", "\t=1", "\r=1", "＝1+1", "＋1", "－2", "＠SUM(A1)", " @SUM(A1)", "+", "-2")
PLAIN = ("1 + 1 = 2", "NRR", "A-1", "顧客＝大事", " ", "")


def test_the_formula_guard_knows_every_way_a_cell_becomes_a_formula() -> None:
    assert all(formula_like(text) for text in FORMULAS)
    assert not any(formula_like(text) for text in PLAIN)
    assert [spreadsheet_cell(text) for text in FORMULAS] == ["'" + text for text in FORMULAS]
    assert [spreadsheet_cell(text) for text in PLAIN] == list(PLAIN)


@pytest.mark.parametrize("name", FORMULAS)
def test_csv_cells_that_look_like_formulas_start_with_an_apostrophe(name: str) -> None:
    text = render(spec_with(name, name, name), "matrix", "csv")
    assert isinstance(text, str)
    cells = [cell for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"))) for cell in row]
    assert cells.count("'" + name) == 2  # the department column and the activity
    assert not [cell for cell in cells if formula_like(cell)]


@pytest.mark.parametrize("name", FORMULAS)
def test_xlsx_cells_hold_the_exact_text_and_no_formula(name: str) -> None:
    from openpyxl import load_workbook

    data = render(spec_with(name, name, name), "matrix", "xlsx")
    assert isinstance(data, bytes)
    book = load_workbook(io.BytesIO(data))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value == name.replace("\r", "\n")]
    cells += [c for sheet in book for row in sheet.iter_rows() for c in row if c.value == name]
    assert len(cells) >= 3  # the department, the activity, the KPI
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    archive = zipfile.ZipFile(io.BytesIO(data))
    sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any(b"<f>" in xml or b"<f " in xml for xml in sheets)
