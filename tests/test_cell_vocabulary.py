"""The spreadsheet vocabulary of parse_loose: the documented table, configurable meanings,
look-alike letters, notes kept as written, and properties over open-ended text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raci.spec import cells, loose_cells
from raci.spec.model import Text
from raci.spec.vocabulary import DEFAULT, TABLE

ROLE_SETS = st.sets(st.sampled_from("RACI"), min_size=1).map(frozenset)
SEPARATORS = ["/", ",", "+", " ", ", ", " / ", "、", "・", "／", "，", "＋", ""]


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@given(
    ROLE_SETS.flatmap(lambda roles: st.permutations(sorted(roles))),
    st.sampled_from(SEPARATORS),
    st.booleans(),
    st.booleans(),
)
def test_any_order_separator_case_and_width_reads_the_same_roles(
    letters: list[str], separator: str, lower: bool, wide: bool
) -> None:
    text = separator.join(letters)
    text = text.lower() if lower else text
    text = _full_width(text) if wide else text
    cell = loose_cells.parse_loose(text)
    assert isinstance(cell, cells.Cell), text
    assert cell.roles == frozenset(letters)
    assert cell.note is None and not cell.situational and not cell.lookalike


NOTES = (
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


@given(ROLE_SETS, st.one_of(st.none(), NOTES), st.booleans())
def test_the_spreadsheet_form_of_a_cell_reads_back_to_the_same_cell(
    roles: frozenset[str], note: str | None, situational: bool
) -> None:
    cell = cells.Cell(roles, Text(ja=note, en=note) if note else None, situational)
    assert loose_cells.parse_loose(loose_cells.loose_text(cell)) == cell


@given(st.text())
def test_nothing_raises_on_arbitrary_text(text: str) -> None:
    result = loose_cells.parse_loose(text)
    assert isinstance(result, (cells.Cell, cells.CellError))
    if isinstance(result, cells.CellError):
        assert result.bad  # the user is told what could not be read


@pytest.mark.parametrize(("spelling", "roles", "_group"), TABLE)
def test_every_spelling_of_the_table_reads_as_documented(spelling: str, roles: str, _group: str) -> None:
    for variant in {spelling, spelling.lower(), spelling.upper()}:
        cell = loose_cells.parse_loose(variant)
        assert isinstance(cell, cells.Cell), variant
        assert cell.roles == frozenset(roles)


@pytest.mark.parametrize(
    ("text", "roles", "note", "situational"),
    [
        ("DRI", "AR", None, False),
        ("Accountable, Responsible", "AR", None, False),
        ("説明責任者・実行責任者", "AR", None, False),
        ("相談先", "C", None, False),
        ("報告先", "I", None, False),
        ("◎", "AR", None, False),
        ("○", "R", None, False),
        ("△", "C", None, False),
        ("×", "", None, False),
        ("—", "", None, False),
        ("n/a", "", None, False),
        ("(C,I)", "CI", None, True),
        ("（C）", "C", None, True),
        ("(C) for large deals", "C", "for large deals", True),
        ("C,I - when there is already an engagement", "CI", "when there is already an engagement", False),
        ("C when asked", "C", "when asked", False),
        ("R: ＡＢＣ社のみ", "R", "ＡＢＣ社のみ", False),  # the note as written, not normalised
    ],
)
def test_spreadsheet_wording(text: str, roles: str, note: str | None, situational: bool) -> None:
    cell = loose_cells.parse_loose(text)
    assert isinstance(cell, cells.Cell)
    assert (cell.roles, cell.note.ja if cell.note else None, cell.situational) == (frozenset(roles), note, situational)


@pytest.mark.parametrize("text", ["\u0410/R", "\u0421", "\u0406", "\u0391", "\u0421onsulted", "R, \u0399"])
def test_look_alike_letters_read_as_latin_with_a_warning_flag(text: str) -> None:
    cell = loose_cells.parse_loose(text)
    assert isinstance(cell, cells.Cell) and cell.lookalike
    assert cell.roles <= frozenset("RACI") and cell.roles


@pytest.mark.parametrize("text", ["x", "Q", "RQ", "Approve?", "R/Z", "()", "Yes"])
def test_what_cannot_be_read_is_an_error_naming_the_part(text: str) -> None:
    error = loose_cells.parse_loose(text)
    assert isinstance(error, cells.CellError)
    assert error.kind == "letters" and error.bad


def test_meanings_are_configurable_and_the_default_is_untouched() -> None:
    mine = DEFAULT.with_meanings({"DRI": "A", "◎": "R", "x": "R"})
    assert loose_cells.parse_loose("DRI", mine) == cells.Cell(frozenset("A"))
    assert loose_cells.parse_loose("◎", mine) == cells.Cell(frozenset("R"))
    assert loose_cells.parse_loose("X", mine) == cells.Cell(frozenset("R"))
    assert loose_cells.parse_loose("DRI") == cells.Cell(frozenset("AR"))
    assert isinstance(loose_cells.parse_loose("x"), cells.CellError)


def test_the_strict_grammar_still_refuses_every_spelling_of_the_table() -> None:
    for spelling, _roles, _group in TABLE:
        if not all(c in "RACI" for c in spelling.upper()):
            assert isinstance(cells.parse(spelling), cells.CellError), spelling
    for letters in itertools.permutations("ARCI", 2):
        assert cells.parse("/".join(letters)) == frozenset(letters)


def test_docs_import_md_shows_the_vocabulary_table_as_it_is() -> None:
    from pathlib import Path

    text = (Path(__file__).parent.parent / "docs" / "import.md").read_text(encoding="utf-8")
    for spelling, roles, _group in TABLE:
        shown = "/".join(c for c in "ARCI" if c in roles) or "no role"
        assert f"| `{spelling}` | {shown} |" in text, spelling


@pytest.mark.parametrize("text", ["?", "？", " ? ", "(?)", "（？）", "?? ", "? - 要検討"])
def test_a_question_mark_alone_is_undecided_an_error_not_no_role(text: str) -> None:
    error = loose_cells.parse_loose(text)
    assert isinstance(error, cells.CellError), error  # "not decided yet" is the opposite of "no role"
    assert error.kind == "undecided" and error.bad


def test_a_question_mark_after_letters_still_marks_them_situational() -> None:
    assert loose_cells.parse_loose("C?") == cells.Cell(frozenset("C"), situational=True)


def test_the_strict_grammar_still_refuses_a_question_mark() -> None:
    for text in ("?", "？", "C?"):
        assert isinstance(cells.parse(text), cells.CellError), text


@pytest.mark.parametrize("text", ["A/RR", "RR", "A, A", "DRI/A", "ＡＡ"])
def test_a_repeated_letter_is_read_with_a_flag_for_a_warning(text: str) -> None:
    cell = loose_cells.parse_loose(text)
    assert isinstance(cell, cells.Cell) and cell.repeated
    assert cell.roles


@given(ROLE_SETS.flatmap(lambda roles: st.permutations(sorted(roles))), st.sampled_from(SEPARATORS))
def test_letters_written_once_are_never_flagged_as_repeated(letters: list[str], separator: str) -> None:
    cell = loose_cells.parse_loose(separator.join(letters))
    assert isinstance(cell, cells.Cell) and not cell.repeated
