"""`raci render graph`: the org graph as GraphML, GEXF and JSON that other tools read back."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from raci import load
from raci.graph import OrgGraph
from raci.render import Options, document, get
from tests.conftest import ROOT

ACME = ROOT / "specs" / "acme-functional.raci.yaml"


def _render(fmt: str, lang: str = "ja", path=ACME) -> str:
    return get("graph").render(document(load(path)), fmt, Options(lang=lang))


def _expected() -> nx.MultiDiGraph:
    return OrgGraph(load(ACME)).to_networkx()


def _same_shape(read: nx.Graph) -> None:
    expected = _expected()
    assert read.number_of_nodes() == expected.number_of_nodes()
    assert read.number_of_edges() == expected.number_of_edges()
    roles = sorted((s, t, d["role"]) for s, t, d in read.edges(data=True) if d.get("kind") == "role")
    wanted = sorted(
        (f"{s[0]}:{s[1]}", f"{t[0]}:{t[1]}", d["role"]) for s, t, d in expected.edges(data=True) if d["kind"] == "role"
    )
    assert roles == wanted


def test_graphml_reads_back_in_networkx_with_every_node_edge_and_role():
    read = nx.read_graphml(io.BytesIO(_render("graphml").encode("utf-8")))
    _same_shape(read)
    cs = read.nodes["department:cs_adoption"]
    assert cs["kind"] == "department" and cs["label"] == load(ACME).department("cs_adoption").name.get("ja")


def test_gexf_reads_back_and_is_the_same_bytes_every_day():
    text = _render("gexf")
    assert "lastmodifieddate" not in text
    assert text == _render("gexf")
    read = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    _same_shape(read)


def test_json_is_node_link_data_with_labels_in_the_chosen_language():
    data = json.loads(_render("json", lang="en"))
    read = nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    _same_shape(read)
    labels = {node["id"]: node["label"] for node in data["nodes"]}
    assert labels["department:cs_adoption"] == load(ACME).department("cs_adoption").name.get("en")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_hostile_names_stay_text_in_xml(fmt, write_spec):
    """Markup stays text; a control character (refused by the loader, possible through the
    library) shows as U+FFFD rather than making the file unreadable XML."""
    import dataclasses

    from tests.conftest import MINIMAL

    markup = "</data><script>x</script> & bell"
    spec = load(write_spec(MINIMAL.replace("name: Sales,", f'name: "{markup}",')))
    sales = spec.departments[0]
    bell = dataclasses.replace(sales, name=dataclasses.replace(sales.name, en="a\x07b"))
    for expected, case in (
        (markup, spec),
        ("a\ufffdb", dataclasses.replace(spec, departments=(bell, *spec.departments[1:]))),
    ):
        text = get("graph").render(document(case), fmt, Options(lang="en"))
        reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
        assert reader(io.BytesIO(text.encode("utf-8"))).nodes["department:sales"]["label"] == expected


def test_render_graph_command_writes_a_file(raci, tmp_path):
    out = tmp_path / "org.graphml"
    result = raci("render", "graph", str(ACME), "-f", "graphml", "-o", str(out))
    assert result.code == 0, result.err
    assert nx.read_graphml(out).number_of_nodes() == _expected().number_of_nodes()


@pytest.mark.parametrize(("name", "check"), [("org.json", json.loads), ("org.gexf", nx.read_gexf)])
def test_without_format_the_output_file_extension_decides(raci, tmp_path, name, check):
    """`-o org.json` without `-f` writes JSON, not the view's default (GraphML)."""
    out = tmp_path / name
    assert raci("render", "graph", str(ACME), "-o", str(out)).code == 0
    check(out.read_text(encoding="utf-8") if name.endswith(".json") else out)


def test_an_extension_the_view_lacks_keeps_the_default_format(raci, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "matrix.xlsx"
    assert raci("render", "matrix", str(ACME), "-o", str(out)).code == 0
    assert load_workbook(out).sheetnames  # a real workbook, not terminal text
    text = tmp_path / "matrix.txt"  # the matrix has no txt format: its default, term, is written
    assert raci("render", "matrix", str(ACME), "-o", str(text)).code == 0
    assert text.read_text(encoding="utf-8").startswith("RACI マトリクス")  # the spec is in Japanese
