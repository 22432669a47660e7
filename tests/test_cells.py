"""The RACI cell grammar (raci.spec.cells) and the spec's cell with a note."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raci.spec import cells, loose_cells
from raci.spec.load import loads
from raci.spec.model import Text
from raci.spec.problems import SpecError

ROLE_SETS = st.sets(st.sampled_from("RACI"), min_size=1).map(frozenset)


@pytest.mark.parametrize(
    ("text", "roles"),
    [("A/R", "AR"), ("R/A", "AR"), ("ar", "AR"), ("Ａ／Ｒ", "AR"), ("C, I", "CI"), ("R+A", "AR"), ("I", "I")],
)
def test_spec_grammar_reads_letters_with_any_separator(text: str, roles: str) -> None:
    assert cells.parse(text) == frozenset(roles)


@pytest.mark.parametrize(
    ("text", "kind", "form"),
    [
        ("DRI", "vocabulary", "A/R"),
        ("Accountable", "vocabulary", "A"),
        ("◎", "vocabulary", "A/R"),
        ("説明責任者", "vocabulary", "A"),
        ("-", "no_role", ""),
        ("C,I - 価格改定時のみ", "note", "{roles: C/I, note: 価格改定時のみ}"),
        ("△", "vocabulary", "C"),
        ("(C)", "note", "{roles: C, situational: true}"),
        ("RR", "repeated", ""),
        ("Q", "letters", ""),
    ],
)
def test_spec_grammar_refuses_spreadsheet_wording_and_says_how_to_write_it(text: str, kind: str, form: str) -> None:
    error = cells.parse(text)
    assert isinstance(error, cells.CellError)
    assert (error.kind, error.suggestion) == (kind, form)


@given(ROLE_SETS)
def test_canonical_text_parses_back_to_the_same_roles(roles: frozenset[str]) -> None:
    text = cells.canonical(roles)
    assert cells.parse(text) == roles
    loose = loose_cells.parse_loose(text)
    assert isinstance(loose, cells.Cell) and loose.roles == roles and loose.note is None


@pytest.mark.slow
@given(st.text())
def test_loose_parse_never_raises(text: str) -> None:
    result = loose_cells.parse_loose(text)
    assert isinstance(result, (cells.Cell, cells.CellError))
    assert isinstance(cells.parse(text), (frozenset, cells.CellError))


@pytest.mark.parametrize(
    ("text", "roles", "note", "situational"),
    [
        ("DRI", "AR", None, False),
        ("Responsible", "R", None, False),
        ("(C)", "C", None, True),
        ("C*", "C", None, True),
        ("C,I - 価格改定時のみ", "CI", "価格改定時のみ", False),
        ("C（大型案件のみ）", "C", "大型案件のみ", False),
        ("-", "", None, False),
        ("", "", None, False),
    ],
)
def test_loose_vocabulary(text: str, roles: str, note: str | None, situational: bool) -> None:
    cell = loose_cells.parse_loose(text)
    assert isinstance(cell, cells.Cell)
    assert cell.roles == frozenset(roles)
    assert (cell.note.ja if cell.note else None) == note
    assert cell.situational is situational


SPEC = """version: 1
org: {{name: X}}
departments:
  - {{id: cs, name: CS, kind: cs}}
  - {{id: sales, name: S, kind: sales}}
phases:
  - id: onboarding
    name: O
    activities:
      - id: kickoff
        name: K
        raci: {{cs: A/R, sales: {cell}}}
"""


def test_a_cell_with_a_note_and_situational_flag_loads() -> None:
    spec = loads(
        SPEC.format(cell="{roles: C/I, note: {ja: 価格改定時のみ, en: price changes only}, situational: true}")
    )
    cell = spec.activity("kickoff").raci[1]
    assert cell.roles == frozenset("CI")
    assert cell.note == Text(ja="価格改定時のみ", en="price changes only")
    assert cell.situational and cell.annotated


def test_a_cell_mapping_needs_roles_and_known_keys() -> None:
    with pytest.raises(SpecError) as caught:
        loads(SPEC.format(cell="{note: x, situatonal: true}"))
    keys = sorted(p.key for p in caught.value.problems)
    assert keys == ["missing_key", "unknown_key"]


@pytest.mark.parametrize("cell", ["DRI", "◎", "'-'", "'C,I - note'", "Accountable"])
def test_loader_error_tells_how_to_write_the_cell(cell: str) -> None:
    from raci.i18n import t

    with pytest.raises(SpecError) as caught:
        loads(SPEC.format(cell=cell))
    (problem,) = caught.value.problems
    assert problem.code == "S009"
    english, japanese = t(problem.key, "en", problem.args), t(problem.key, "ja", problem.args)
    assert "write" in english or "left out" in english
    assert "書いて" in japanese or "書かないで" in japanese


def test_matrix_views_show_a_cells_note_and_situational_flag() -> None:
    from raci.render import Options, document, get

    spec = loads(SPEC.format(cell="{roles: C, note: {ja: 価格改定時のみ, en: price changes only}, situational: true}"))
    doc = document(spec)
    markdown = get("matrix").render(doc, "md", Options(lang="ja"))
    assert "| C\\* |" in markdown
    assert "- \\* K · S: 価格改定時のみ（状況に応じて）" in markdown
    html = get("matrix").render(doc, "html", Options(lang="en"))
    assert 'price changes only (only in some cases)">C<sup class="raci-note">*</sup></td>' in html
    data = json.loads(get("matrix").render(doc, "json", Options(lang="en")))
    activity = data["phases"][0]["activities"][0]
    assert activity["notes"] == {"sales": "price changes only (only in some cases)"}
    assert activity["cells"] == {"cs": "A/R", "sales": "C"}
    assert activity["annotations"] == {"sales": {"note": "price changes only", "situational": True}}
    plain = json.loads(get("matrix").render(document(loads(SPEC.format(cell="C"))), "json", Options(lang="en")))
    assert "notes" not in plain["phases"][0]["activities"][0]
    assert "annotations" not in plain["phases"][0]["activities"][0]
