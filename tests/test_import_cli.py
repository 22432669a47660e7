"""raci import and raci validate on tables, end to end: flags, --force, the output guard,
--no-input, the summary, export → import round trips, and findings at the right cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci.spec.load import load, loads

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "specs").glob("*.raci.yaml"))

TABLE = """Activity,Sales,CS,Support
Onboarding,,,
Kick-off,C,A/R,I
Health check,,DRI,(C)
Renewal,R,Q,-
"""


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "raci.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_import_prints_the_spec_and_a_summary_that_accounts_for_every_cell(raci, table: Path) -> None:
    result = raci("import", str(table), "--no-input", "--lang", "en")
    assert result.code == 0, result.all
    spec = loads(result.out)
    assert [a.name.get("en") for a in spec.activities()] == ["Kick-off", "Health check", "Renewal"]
    assert [p.name.get("en") for p in spec.phases] == ["Onboarding"]
    assert "non-empty cells: 8 = assignments: 6 + 'no role': 1 + not understood: 1" in result.err
    assert f"{table}:5:" in result.err  # where 'Q' is
    assert "Q" in result.out  # kept as a comment in the spec


def test_import_summary_in_japanese(raci, table: Path) -> None:
    result = raci("import", str(table), "--no-input", "--lang", "ja")
    assert result.code == 0
    assert "空でないセル 8 個 = 割り当て 6 件 + 「役割なし」1 個 + 解釈できなかったセル 1 個" in result.err
    assert loads(result.out).org.locale == "ja"


def test_output_file_is_never_replaced_without_force(raci, table: Path, tmp_path: Path) -> None:
    target = tmp_path / "org.raci.yaml"
    target.write_text("mine\n", encoding="utf-8")
    refused = raci("import", str(table), "-o", str(target), "--no-input")
    assert refused.code == 2 and "--force" in refused.err
    assert target.read_text(encoding="utf-8") == "mine\n"
    forced = raci("import", str(table), "-o", str(target), "--no-input", "--force")
    assert forced.code == 0, forced.all
    assert load(target).activity("kick_off").raci


def test_output_may_not_be_the_table_itself(raci, table: Path) -> None:
    result = raci("import", str(table), "-o", str(table), "--force", "--no-input")
    assert result.code == 2
    assert table.read_text(encoding="utf-8") == TABLE


def test_dri_and_marks_are_set_on_the_command_line(raci, tmp_path: Path) -> None:
    path = tmp_path / "marks.csv"
    path.write_text("Task,CS,Sales\nKick-off,DRI,◎\nDemo,x,DRI\n", encoding="utf-8")
    result = raci("import", str(path), "--no-input", "--dri", "A", "--mark", "◎=R", "--mark", "x=C")
    assert result.code == 0, result.all
    rows = [{a.department: a.cell for a in act.raci} for act in loads(result.out).activities()]
    assert rows == [{"cs": "A", "sales": "R"}, {"cs": "C", "sales": "A"}]


def test_a_bad_mark_is_a_usage_error(raci, table: Path) -> None:
    result = raci("import", str(table), "--mark", "◎AR")
    assert result.code == 2
    assert "◎=AR" in result.err


def test_without_a_terminal_the_defaults_are_taken_and_said(raci, tmp_path: Path) -> None:
    path = tmp_path / "marks.csv"
    path.write_text("Task,CS,Sales\nKick-off,◎,○\n", encoding="utf-8")
    result = raci("import", str(path), "--lang", "en")
    assert result.code == 0
    assert "◎ = A/R" in result.err and "no questions asked" in result.err


def test_a_file_that_is_no_table_exits_2_with_file_and_reason(raci, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    result = raci("import", str(path), "--no-input")
    assert result.code == 2
    assert str(path) in result.err and "Traceback" not in result.err


def test_validate_points_at_the_cell_of_a_known_defect(raci, tmp_path: Path) -> None:
    path = tmp_path / "defect.csv"
    path.write_text("Activity,Sales,CS\nKick-off,A,A/R\nDemo,R,Q\n", encoding="utf-8")
    result = raci("validate", str(path), "--select", "R102", "--lang", "en")
    assert result.code == 1
    lines = result.out.splitlines()
    assert any(line.startswith(f"{path}:2:1: error R102") for line in lines), result.out
    assert any(line.startswith(f"{path}:3:") and "T001" in line for line in lines), result.out


def test_validate_a_workbook_names_sheet_and_cell(raci, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "RACI"
    for row in (["Activity", "Sales", "CS"], ["Kick-off", "A", "A/R"], ["Demo", "R", "Q"]):
        sheet.append(row)
    path = tmp_path / "raci.xlsx"
    book.save(path)
    result = raci("validate", str(path), "--select", "R102", "--lang", "en")
    assert f"{path}:RACI!A2: error R102" in result.out, result.out
    assert f"{path}:RACI!C3: error T001" in result.out, result.out


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_gives_back_assignments_phases_and_names(
    raci, tmp_path: Path, example: Path, fmt: str
) -> None:
    exported = tmp_path / f"matrix.{fmt}"
    assert raci("render", "matrix", str(example), "-f", fmt, "-o", str(exported)).code == 0
    result = raci("import", str(exported), "--no-input")
    assert result.code == 0, result.all
    original, back = load(example), loads(result.out)
    lang = original.org.locale or "en"
    names = {d.id: d.name.get(lang) for d in original.departments}
    back_names = {d.id: d.name.get(lang) for d in back.departments}
    assert [p.name.get(lang) for p in back.phases] == [p.name.get(lang) for p in original.phases]
    assert [(a.id, a.name.get(lang)) for a in back.activities()] == [
        (a.id, a.name.get(lang)) for a in original.activities()
    ]
    assert [{names[c.department]: c.cell for c in a.raci} for a in original.activities()] == [
        {back_names[c.department]: c.cell for c in a.raci} for a in back.activities()
    ]


NAMES = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo")), min_size=1, max_size=12).map(
    lambda s: f"Team {s}"
)
LETTERS = st.sets(st.sampled_from("RACI"), min_size=1).map(lambda s: "/".join(c for c in "ARCI" if c in s))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(NAMES, min_size=1, max_size=4, unique_by=str.casefold),
    st.lists(st.lists(st.one_of(st.just(""), LETTERS), min_size=4, max_size=4), min_size=1, max_size=6),
)
def test_a_random_matrix_written_as_csv_imports_to_its_assignments(
    raci, tmp_path: Path, roles: list[str], rows: list[list[str]]
) -> None:
    import csv
    import io

    rows = [r[: len(roles)] for r in rows if any(r[: len(roles)])] or [["A/R"] * len(roles)]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Activity", *roles])
    for number, cells in enumerate(rows, 1):
        writer.writerow([f"Task {number}", *cells])
    path = tmp_path / "random.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    result = raci("import", str(path), "--no-input", "--not-transposed")  # a 1-row table is ambiguous
    assert result.code == 0, result.all
    spec = loads(result.out)
    names = {d.id: d.name.get("en") for d in spec.departments}
    got = [{names[c.department]: c.cell for c in a.raci} for a in spec.activities()]
    assert got == [{role: cell for role, cell in zip(roles, cells, strict=True) if cell} for cells in rows]


def test_table_codes_can_be_selected_and_ignored_like_rules(raci, tmp_path: Path) -> None:
    path = tmp_path / "defect.csv"
    path.write_text("Activity,Sales,CS\nKick-off,A,A/R\nDemo,R,Q\n", encoding="utf-8")
    only = raci("validate", str(path), "--select", "T", "--format", "json")
    assert {f["code"] for f in json.loads(only.out)["findings"]} == {"T001"}
    ignored = raci("validate", str(path), "--ignore", "T001", "--select", "R102", "--format", "json")
    assert {f["code"] for f in json.loads(ignored.out)["findings"]} == {"R102"}


def test_in_a_terminal_the_meaning_of_a_mark_is_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from raci.commands.tables import ImportOptions, import_table

    path = tmp_path / "marks.csv"
    path.write_text("Task,CS,Sales\nKick-off,◎,○\n", encoding="utf-8")
    asked: list[tuple[str, str]] = []

    def ask(key: str, args: object, default: str) -> str:
        asked.append((key, default))
        return "R"

    assert import_table(str(path), options=ImportOptions(lang="en"), ask=ask) == 0
    assert asked == [("import.prompt.mark", "AR")]
    (activity,) = loads(capsys.readouterr().out).activities()
    assert {a.department: a.cell for a in activity.raci} == {"cs": "R", "sales": "R"}


def test_in_a_terminal_a_guessed_activity_column_is_asked(capsys: pytest.CaptureFixture[str]) -> None:
    from raci.commands.tables import ImportOptions, import_table

    asked: list[tuple[str, str]] = []

    def ask(key: str, args: object, default: str) -> str:
        asked.append((key, default))
        return default

    table = ROOT / "tests" / "data" / "tables" / "en_guessed_columns.csv"
    assert import_table(str(table), options=ImportOptions(lang="en"), ask=ask) == 0
    assert asked == [("import.prompt.activity_column", "Name")]
    names = [a.name.get("en") for a in loads(capsys.readouterr().out).activities()]
    assert names == ["Quarterly business review", "Upsell proposal", "Churn save call"]


TITLED = "RACI表（CS立ち上げ）,,,\n更新日：2026/03/01,,,\n業務,営業部,CS部,サポート部\nキックオフ,○,◎,A/RR\nキックオフ,○,◎,△\n"


def test_the_summary_says_what_the_reader_noticed_and_which_rows_repeat_a_name(raci, tmp_path: Path) -> None:
    path = tmp_path / "cs.csv"
    path.write_bytes(TITLED.encode("cp932"))
    result = raci("import", str(path), "--no-input", "--lang", "en")
    assert result.code == 0, result.all
    said = result.err.splitlines()
    assert f"raci: {path}: read as Shift_JIS (CP932): the file is not UTF-8" in said
    assert f"raci: {path}:1:1: text above the header row, not imported: RACI表（CS立ち上げ）" in said
    assert f"raci: {path}:2:1: text above the header row, not imported: 更新日：2026/03/01" in said
    assert any(f"({path}:5:1)" in line and "kickoff_2" in line and "T801" in line for line in said), said
    assert f"raci: a letter written twice, read once (T005): {path}:4:" in result.err


def test_every_notice_validate_reports_is_in_the_import_summary(raci, tmp_path: Path) -> None:
    path = tmp_path / "cs.csv"
    path.write_bytes(TITLED.encode("cp932"))
    imported = raci("import", str(path), "--no-input", "--lang", "en")
    checked = raci("validate", str(path), "--format", "json", "--lang", "en")
    notices = [f for f in json.loads(checked.out)["findings"] if f["code"] == "T004"]
    assert len(notices) == 3
    for notice in notices:
        place = f"{notice['file']}:{notice['line']}:{notice['column']}" if notice["line"] else notice["file"]
        assert f"raci: {place}: {notice['message']}\n" in imported.err


def test_a_table_of_the_page_without_letters_is_still_told(raci, tmp_path: Path) -> None:
    path = tmp_path / "wiki.md"
    path.write_text(
        "## Onboarding\n\n| Activity | CS |\n|---|---|\n| Kickoff | A/R |\n\n"
        "## Contacts\n\n| Name | Phone |\n|---|---|\n| Aiko | 123 |\n",
        encoding="utf-8",
    )
    result = raci("import", str(path), "--no-input", "--lang", "en")
    assert result.code == 0, result.all
    assert f"raci: {path}: no column holds RACI letters" in result.err


UNNAMED = "Activity,Sales,CS\nKickoff,C,A/R\n,,R\n"
JA = {"LANG": "ja_JP.UTF-8"}


def test_validate_answers_in_the_users_language_whatever_the_tables(raci, tmp_path: Path) -> None:
    path = tmp_path / "en.csv"
    path.write_text(UNNAMED, encoding="utf-8")
    result = raci("validate", str(path), env=JA)
    assert "活動名のない行があります" in result.out and "a row has RACI letters" not in result.out
    english = raci("validate", str(path), "--lang", "en", env=JA)
    assert "a row has RACI letters" in english.out


def test_import_speaks_one_language_the_users(raci, tmp_path: Path) -> None:
    path = tmp_path / "en.csv"
    path.write_text(UNNAMED, encoding="utf-8")
    refused = raci("import", str(path), "-o", str(path), "--force", "--no-input", env=JA)
    assert refused.code == 2 and "refusing" not in refused.err and "入力" in refused.err, refused.err
    done = raci("import", str(path), "-o", str(tmp_path / "en.raci.yaml"), "--no-input", env=JA)
    assert done.code == 0 and "空でないセル" in done.err and "non-empty" not in done.err, done.err
    spec = load(tmp_path / "en.raci.yaml")
    assert spec.org.locale == "en" and spec.phases[0].name.get("en") == "Activities"  # the table's language


def test_validate_and_import_name_what_the_table_does_not_alike(raci, tmp_path: Path) -> None:
    path = tmp_path / "en.csv"
    path.write_text(UNNAMED, encoding="utf-8")
    spec = loads(raci("import", str(path), "--no-input", "--lang", "ja").out)
    phase, unnamed = spec.phases[0].name.get("ja"), list(spec.activities())[1].name.get("ja")
    assert (phase, unnamed) == ("活動", "（名前のない活動 2）")
    checked = raci("validate", str(path), "--lang", "ja").out
    assert f"「{unnamed}」" in checked
    assert "(unnamed activity" not in checked and "Activities" not in checked


def test_import_help_says_where_the_language_comes_from(raci) -> None:
    for env, expected in (
        (JA, "メッセージは $LANG、スペックは表の名前の文字"),
        ({}, "messages $LANG, the spec the script"),
    ):
        text = "".join(raci("import", "--help", env=env).out.split())  # wrapped at any width
        assert "".join(expected.split()) in text, text


def test_the_questions_follow_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    import click

    from raci.cli.tables import _ask

    asked: list[str] = []
    monkeypatch.setattr(click, "prompt", lambda text, **_: asked.append(text) or "R")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert _ask("ja", "import.prompt.mark", {"mark": "◎"}, "AR") == "R"
    assert asked == ["この表の ◎ はどの役割を表しますか（AR: 説明責任と実行責任の両方、ほかに A、R など）"]


def test_japanese_messages_read_as_a_native_writes_them(raci, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Activity,Sales,Marketing\nRenewal,A/R,Yes\nWebinar,(C),A/R\n", encoding="utf-8")
    checked = raci("validate", str(path), "--lang", "ja").out
    assert "「Marketing」列の「Yes」は RACI の値として解釈できません" in checked
    assert "記号に意味を持たせるには raci import --mark 'Yes=AR' を指定してください" in checked
    imported = raci("import", str(path), "--no-input", "--lang", "ja").err
    assert "（条件付き 1 件、メモ付き 0 件）" in imported


def test_the_japanese_of_the_import_catalogues_uses_japanese_punctuation() -> None:
    from raci.i18n import import_, tables
    from raci.rules.table import t801_duplicate_activity, t802_similar_department_names, t803_no_consulted_or_informed

    catalogues = (
        import_,
        tables,
        t801_duplicate_activity,
        t802_similar_department_names,
        t803_no_consulted_or_informed,
    )
    for catalogue in catalogues:
        for key, texts in catalogue.MESSAGES.items():
            ja = texts["ja"].replace("--mark '{bad}=AR'", "")  # a shell command keeps its quotes
            assert not set(ja) & set("()'・"), (key, ja)  # （）「」 in sentences, 、 between items
