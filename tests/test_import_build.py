"""The spec raci import builds from a table (raci.tables.build), from hand-made matrices:
every non-empty cell accounted for, ids, kinds, notes, comments, and findings at the cells."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from raci.findings import TableSpan
from raci.reporters import Options
from raci.reporters.sarif import as_data
from raci.spec.cells import Cell
from raci.spec.load import loads
from raci.spec.loose_cells import loose_text
from raci.spec.vocabulary import DEFAULT
from raci.tables.build import build
from raci.tables.emit import spec_text
from raci.tables.grid import Entry, Matrix, Role, Row, Section, Where
from raci.tables.ids import Ids, slug
from raci.tables.inplace import check_table
from raci.tables.kinds import guess_kind


def _csv_matrix(roles: list[str], rows: list[tuple[str, list[str]]], sections: list[int] | None = None) -> Matrix:
    """A matrix as the layout step would give it for a CSV: header on line 1, names in column 1."""

    def at(line: int, column: int, text: str) -> Entry:
        return Entry(text, Where("t.csv", line=line, column=column))

    header = tuple(Role(at(1, 10 * i, name)) for i, name in enumerate(roles, 1))
    built = [
        Row(at(n, 1, name) if name else None, tuple(at(n, 10 * (i + 1), c) for i, c in enumerate(cells)))
        for n, (name, cells) in enumerate(rows, 2)
    ]
    return Matrix(Where("t.csv"), header, (Section(None, tuple(built)),))


def _xlsx_matrix(roles: list[str], rows: list[tuple[str, list[str]]]) -> Matrix:
    def at(ref: str, text: str) -> Entry:
        return Entry(text, Where("t.xlsx", sheet="RACI", cell=ref))

    letters = "BCDEFGH"
    header = tuple(Role(at(f"{letters[i]}1", name)) for i, name in enumerate(roles))
    built = [
        Row(at(f"A{n}", name), tuple(at(f"{letters[i]}{n}", c) for i, c in enumerate(cells)))
        for n, (name, cells) in enumerate(rows, 2)
    ]
    return Matrix(Where("t.xlsx", sheet="RACI"), header, (Section(Entry("Onboarding", Where("t.xlsx")), tuple(built)),))


TABLE = _csv_matrix(
    ["Sales", "CSM", "Support", "Project Manager"],
    [
        ("Kick-off", ["C", "A/R", "", "I"]),
        ("Health check", ["", "DRI", "(C)", "Q"]),
        ("", ["R", "", "", ""]),
        ("Renewal", ["-", "A,R - large deals only", "n/a", "\u0410"]),
    ],
)


def test_every_non_empty_cell_is_an_assignment_a_no_role_or_an_error_at_its_cell() -> None:
    built = build(TABLE)
    c = built.counts
    assert c.cells == 11
    assert c.cells == c.assignments + c.no_role + len(c.not_understood)
    assert (c.assignments, c.no_role, len(c.not_understood)) == (8, 2, 1)
    (error,) = [f for f in built.findings if f.code == "T001"]
    assert str(error.span) == "t.csv:3:40" and error.args["cell"] == "Q"
    (look,) = [f for f in built.findings if f.code == "T002"]
    assert str(look.span) == "t.csv:5:40"


def test_the_written_spec_loads_and_keeps_names_notes_and_what_was_not_understood() -> None:
    built = build(TABLE)
    text = spec_text(built, TABLE.source, "2026-12-02")
    spec = loads(text)
    assert spec == built.spec
    assert [a.name.get("en") for a in spec.activities()][:2] == ["Kick-off", "Health check"]
    renewal = spec.activity("renewal")
    cell = {a.department: a for a in renewal.raci}["csm"]
    assert cell.note is not None and cell.note.get("en") == "large deals only"
    health = spec.activity("health_check")
    assert {a.department: a.situational for a in health.raci} == {"csm": False, "support": True}
    assert "# raci import: not understood in t.csv:3:40 (Project Manager): Q" in text
    assert text.splitlines()[1] == "# Imported by raci import from t.csv on 2026-12-02."
    assert "kind: role  # raci import: kind guessed from 'Manager': check it" in text


def test_a_row_with_letters_but_no_name_is_kept_with_a_made_up_name_and_reported() -> None:
    built = build(TABLE)
    unnamed = [a for a in built.spec.activities() if a.id == "activity_3"]
    assert unnamed and unnamed[0].raci[0].roles == frozenset("R")
    (finding,) = [f for f in built.findings if f.code == "T003"]
    assert str(finding.span) == "t.csv:4:10"


def test_japanese_names_are_romanised_ids_and_kept_as_names() -> None:
    matrix = _csv_matrix(["営業", "カスタマーサクセス", "サポート"], [("キックオフ", ["C", "◎", "△"])])
    built = build(matrix)
    assert built.lang == "ja" and built.spec.org.locale == "ja"
    assert [(d.id, d.name.get("ja"), d.kind) for d in built.spec.departments] == [
        ("eigyou", "営業", "sales"),
        ("customer_success", "カスタマーサクセス", "cs"),  # a known loan word reads as its English
        ("support", "サポート", "support"),
    ]
    (activity,) = built.spec.activities()
    assert activity.id == "kickoff" and activity.name.get("ja") == "キックオフ"
    assert {a.department: a.cell for a in activity.raci} == {"eigyou": "C", "customer_success": "A/R", "support": "C"}


def test_a_mark_can_mean_something_else() -> None:
    matrix = _csv_matrix(["CS"], [("Kick-off", ["◎"])])
    built = build(matrix, vocabulary=DEFAULT.with_meanings({"◎": "R"}))
    (activity,) = built.spec.activities()
    assert activity.raci[0].roles == frozenset("R")


def test_ids_are_ascii_unique_and_stable() -> None:
    ids = Ids("activity")
    assert [ids.make(n, i) for i, n in enumerate(["Kick-off", "Kick-off", "★", "2nd call"], 1)] == [
        "kick_off",
        "kick_off_2",
        "activity_3",
        "activity_2nd_call",
    ]
    assert slug("Café résumé") == "cafe_resume"
    assert ids.claim("kick_off") is None and ids.claim("own_id") == "own_id"


def test_kinds_are_guessed_from_names_in_both_languages() -> None:
    cases = {
        "営業": "sales",
        "AE": "sales",
        "CSM": "cs",
        "カスタマーサクセス": "cs",
        "サポート": "support",
        "Customer Support": "support",
        "マーケティング": "marketing",
        "開発": "product",
        "Engineering": "product",
        "Executive Sponsor": "role",
        "CS責任者": "role",
        "マネージャー": "role",
        "Finance": "other",
    }
    assert {name: guess_kind(name)[0] for name in cases} == cases


def test_findings_of_the_rules_point_at_the_table_cells() -> None:
    matrix = _xlsx_matrix(["Sales", "CS"], [("Kick-off", ["A", "A/R"]), ("Renewal", ["R", "A"])])
    built = build(matrix)
    text = spec_text(built, matrix.source, "")
    findings, _ = check_table(built, text, matrix.source, select=("R102", "R101"))
    (several,) = [f for f in findings if f.code == "R102"]
    assert str(several.span) == "t.xlsx:RACI!A2"  # the activity's name cell
    data = as_data_for(findings)
    location = data["runs"][0]["results"][0]["locations"][0]
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "RACI!A2"
    assert "region" not in location["physicalLocation"]


def as_data_for(findings: list) -> dict:  # type: ignore[type-arg]
    from raci.findings import Report

    return json.loads(json.dumps(as_data(Report(files=["t.xlsx"], findings=findings), Options())))


def test_a_finding_without_a_cell_points_at_the_file() -> None:
    matrix = _csv_matrix(["CS"], [(f"Task {n}", ["A/R"]) for n in range(6)])
    built = build(matrix)
    findings, _ = check_table(built, spec_text(built, matrix.source, ""), matrix.source, select=("T803",))
    (never_c_or_i,) = findings  # about the whole matrix: no cell of its own
    assert isinstance(never_c_or_i.span, TableSpan) and str(never_c_or_i.span) == "t.csv"


def test_a_table_is_not_told_to_add_a_mission_it_has_no_place_for() -> None:
    matrix = _csv_matrix(["CS"], [("Kick-off", ["A/R"])])
    built = build(matrix)
    found, notes = check_table(built, spec_text(built, matrix.source, ""), matrix.source)
    assert not [f for f in found if f.code in ("M501", "P304")]
    assert {n.missing for n in notes} >= {"mission", "kpis"} and all(n.file == "t.csv" for n in notes)


CELLS = st.one_of(
    st.just(""),
    st.sampled_from(["-", "n/a", "×"]),
    st.builds(
        Cell,
        st.sets(st.sampled_from("RACI"), min_size=1).map(frozenset),
        st.none(),
        st.booleans(),
    ).map(loose_text),
)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=3, max_size=3), min_size=1, max_size=8))
def test_any_matrix_of_cells_gives_back_its_assignments(rows: list[list[str]]) -> None:
    matrix = _csv_matrix(["Sales", "CS", "Support"], [(f"Task {n}", cells) for n, cells in enumerate(rows)])
    built = build(matrix)
    spec = loads(spec_text(built, matrix.source, ""))
    got = [{a.department: (a.cell, a.situational) for a in act.raci} for act in spec.activities()]
    expected = []
    for cells in rows:
        row = {}
        for department, text in zip(["sales", "cs", "support"], cells, strict=True):
            letters = text.strip("()")
            if letters and letters not in ("-", "n/a", "×"):
                row[department] = (letters, text.startswith("("))
        expected.append(row)
    assert got == expected


def test_a_long_unreadable_cell_is_kept_whole_in_its_comment() -> None:
    text = "Ask the regional lead first, then " * 10
    matrix = _csv_matrix(["CS"], [("Kick-off", [text.strip()])])
    built = build(matrix)
    assert text.strip() in spec_text(built, matrix.source, "")


def test_a_question_mark_is_an_undecided_cell_error_not_no_role() -> None:
    matrix = _csv_matrix(["Sales", "CS"], [("Escalation", ["?", "A/R"]), ("Renewal", ["？", "(?)"])])
    built = build(matrix)
    c = built.counts
    assert (c.cells, c.assignments, c.no_role, len(c.not_understood)) == (4, 1, 0, 3)
    errors = [f for f in built.findings if f.code == "T001"]
    assert [str(f.span) for f in errors] == ["t.csv:2:10", "t.csv:3:10", "t.csv:3:20"]
    assert {f.key for f in errors} == {"import.cell_undecided"}
    assert "# raci import: not understood in t.csv:2:10 (Sales): ?" in spec_text(built, matrix.source, "")


def test_a_repeated_letter_is_read_once_with_a_warning_at_its_cell() -> None:
    matrix = _csv_matrix(["Sales", "CS"], [("Onboarding plan", ["C", "A/RR"])])
    built = build(matrix)
    (activity,) = built.spec.activities()
    assert {a.department: a.cell for a in activity.raci} == {"sales": "C", "cs": "A/R"}
    (warning,) = [f for f in built.findings if f.code == "T005"]
    assert warning.severity == "warning" and str(warning.span) == "t.csv:2:20"
    assert warning.args["cell"] == "A/RR" and warning.args["roles"] == "A/R"


def _sectioned(sections: list[str]) -> Matrix:
    """One activity (CS is A/R) under each section name, as the layout step gives section rows."""
    where = Where("t.csv", line=1, column=1)
    role = (Role(Entry("CS", where)),)
    found = tuple(
        Section(Entry(name, Where("t.csv", line=i, column=1)), (Row(Entry(f"作業{i}", where), (Entry("A/R", where),)),))
        for i, name in enumerate(sections, 2)
    )
    return Matrix(Where("t.csv"), role, found)


def test_japanese_and_english_phase_words_give_the_lifecycle_stage() -> None:
    names = ["■オンボーディング", "活用促進", "更新・拡大", "Renewal", "【更新】", "問い合わせ対応", "Leadership"]
    built = build(_sectioned(names))
    got = [(p.id, p.name.get("ja"), p.stage) for p in built.spec.phases]
    assert got == [
        ("onboarding", "オンボーディング", "onboarding"),
        ("adoption", "活用促進", "adoption"),
        ("koushin_kakudai", "更新・拡大", None),  # two stages named: not clear, no stage
        ("renewal", "Renewal", "renewal"),
        ("koushin", "更新", None),  # renewal is taken by the phase above
        ("support", "問い合わせ対応", "support"),
        ("leadership", "Leadership", None),
    ]
    assert loads(spec_text(built, Where("t.csv"), "")) == built.spec  # stage: written where the id does not say it


def test_lifecycle_checks_run_on_a_japanese_table_as_on_an_english_one() -> None:
    from raci.tables.inplace import check_table

    def skipped(sections: list[str]) -> list[str]:
        built = build(_sectioned(sections))
        _found, notes = check_table(built, spec_text(built, Where("t.csv"), ""), Where("t.csv"))
        return [n.missing for n in notes]

    assert "stages" not in skipped(["Onboarding", "Renewal"])
    assert "stages" not in skipped(["オンボーディング", "更新"])


def test_section_names_lose_decoration_but_activity_names_keep_it() -> None:
    matrix = _csv_matrix(["CS"], [("■キックオフ", ["A/R"])], [])
    named = Matrix(
        matrix.source, matrix.roles, (Section(Entry("◆ 【導入】 ", Where("t.csv")), matrix.sections[0].rows),)
    )
    built = build(named)
    assert built.spec.phases[0].name.get("ja") == "導入"
    assert next(iter(built.spec.activities())).name.get("ja") == "■キックオフ"


def test_japanese_ids_split_organisation_suffixes_alike_and_read_loan_words_as_english() -> None:
    names = [
        "営業部",
        "カスタマーサクセス部",
        "サポート部",
        "マーケティング部",
        "営業チーム",
        "サポートデスク",
        "開発部",
    ]
    assert [slug(n) for n in names] == [
        "eigyou_bu",
        "customer_success_bu",
        "support_bu",
        "marketing_bu",
        "eigyou_team",
        "sapootodesuku",  # a katakana word not wholly known is romanised as it is
        "kaihatsu_bu",
    ]
    ids = Ids("role")
    assert [ids.make(n, i) for i, n in enumerate(["サポート", "Support", "サポート"], 1)] == [
        "support",
        "support_2",
        "support_3",
    ]


def test_docs_import_md_shows_the_phase_and_loan_word_tables_as_they_are() -> None:
    from pathlib import Path

    from raci.tables.words import LOAN_WORDS, STAGE_WORDS

    text = (Path(__file__).parent.parent / "docs" / "import.md").read_text(encoding="utf-8")
    shown = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \|$", text, flags=re.MULTILINE)
    assert sorted(shown) == sorted((*STAGE_WORDS, *LOAN_WORDS))  # no word missing, none left over


def test_a_phase_word_counts_only_where_it_clearly_names_the_phase() -> None:
    from raci.tables.words import stage_of

    clear = {"顧客オンボーディング": "onboarding", "利用促進": "adoption", "Customer Onboarding": "onboarding"}
    for name, stage in clear.items():
        assert stage_of(name) == stage, name
    for name in ("情報の更新作業", "Leadership", "契約更新", "更新・拡大", "Activities", "Misc"):
        assert stage_of(name) is None, name  # in the middle, inside a word, or two stages
