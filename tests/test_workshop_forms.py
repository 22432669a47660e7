"""``raci workshop prepare``: the handout a participant gets, XLSX and CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.conftest import run_raci
from tests.workshop_helpers import DEPARTMENTS, SMALL, forms, prepare

PEOPLE = "名前,部門\n山田 花子,営業部\nBen,cs\n"


def open_book(path: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    return load_workbook(path)


def test_one_form_per_participant_with_the_manifest_and_the_spec(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["01-sales-山田_花子.xlsx", "02-cs-Ben.xlsx", "workshop.json", "workshop.raci.yaml"]
    manifest = json.loads((folder / "workshop.json").read_text(encoding="utf-8"))
    assert manifest["workshop"].startswith("ws-") and manifest["mode"] == "blind"
    assert [(p["name"], p["department"], p["file"]) for p in manifest["participants"]] == [
        ("山田 花子", "sales", "01-sales-山田_花子.xlsx"),
        ("Ben", "cs", "02-cs-Ben.xlsx"),
    ]
    assert (folder / "workshop.raci.yaml").read_text(encoding="utf-8") == SMALL


def test_the_xlsx_form_is_a_printable_protected_handout(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE, "--paper", "a3")
    book = open_book(forms(folder)[0])
    assert book.sheetnames == ["Form", "Guide", "raci"]
    sheet = book["Form"]
    assert [sheet["A2"].value, sheet["B2"].value, sheet["B3"].value] == ["Participant", "山田 花子", "Sales"]
    header = [c.value for c in sheet[5]]
    assert header == ["Phase", "Activity id", "Activity name", "Sales", "Customer Success", "Support", header[-1]]
    assert header[-1].startswith("Comment")
    assert [sheet.cell(r, 2).value for r in range(6, 9)] == ["kickoff", "setup", "renew"]
    # blind: every answer cell empty, bordered, unlocked; the structure locked
    answers = [sheet.cell(r, c) for r in range(6, 9) for c in range(4, 8)]
    assert all(c.value is None and c.border.left.style == "thin" and not c.protection.locked for c in answers)
    assert sheet.protection.sheet and sheet.cell(6, 2).protection.locked
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == '"A/R,A,R,C,I,C/I"' and str(validation.sqref) == "D6:F8"
    setup = sheet.page_setup
    assert (setup.orientation, str(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == ("landscape", "8", 1, 0)
    assert sheet.print_title_rows == "$5:$5" and sheet.print_title_cols == "$A:$C"
    assert "山田 花子" in sheet.oddHeader.left.text  # the name on every printed page
    meta = dict(book["raci"].iter_rows(values_only=True))
    assert book["raci"].sheet_state == "veryHidden"
    assert meta["departments"] == ",".join(DEPARTMENTS) and meta["participant"] == "山田 花子"
    assert meta["department"] == "sales"
    guide = [r[1] for r in book["Guide"].iter_rows(values_only=True) if r[1]]
    assert any("Fill it in alone" in text for text in guide)


def test_forms_speak_the_chosen_language(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE, "--lang", "ja")
    book = open_book(forms(folder)[0])
    assert book.sheetnames == ["記入用紙", "記入方法", "raci"]
    sheet = book["記入用紙"]
    assert sheet["B3"].value == "営業部" and sheet.cell(5, 4).value == "営業部"
    guide = " ".join(str(r[1]) for r in book["記入方法"].iter_rows(values_only=True) if r[1])
    assert "一人で記入してください" in guide and "◎（主担当）" in guide


def test_prefilled_forms_hold_todays_cells(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE, "--prefilled")
    sheet = open_book(forms(folder)[0])["Form"]
    assert [sheet.cell(6, c).value for c in range(4, 7)] == ["C", "A/R", None]


def test_csv_form_layout(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE, "--format", "csv", "--prefilled")
    data = forms(folder, ".csv")[0].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][0] == "workshop" and rows[2] == ["participant", "山田 花子"] and rows[3] == ["department", "sales"]
    header = rows[5]
    assert header == [
        "activity",
        "Sales [sales]",
        "Customer Success [cs]",
        "Support [support]",
        "name",
        "phase",
        "comment",
    ]
    assert rows[6] == ["kickoff", "C", "A/R", "", "Kickoff", "Onboarding", ""]


def test_one_form_per_department(tmp_path: Path) -> None:
    spec = tmp_path / "org.raci.yaml"
    spec.write_text(SMALL, encoding="utf-8")
    result = run_raci("workshop", "prepare", str(spec), "--departments", "cs,support", "-o", str(tmp_path / "f"))
    assert result.code == 0, result.all
    assert sorted(p.name for p in forms(tmp_path / "f")) == ["cs.xlsx", "support.xlsx"]
    wrong = run_raci("workshop", "prepare", str(spec), "--departments", "cs,suport", "-o", str(tmp_path / "g"))
    assert wrong.code == 2 and "'suport'" in wrong.err and "support" in wrong.err


def test_hostile_names_stay_text_in_the_form(tmp_path: Path) -> None:
    folder = prepare(tmp_path, 'name,department\n"=HYPERLINK(""http://x"",""y"")",sales\n')
    sheet = open_book(forms(folder)[0])["Form"]
    cell = sheet["B2"]
    assert cell.value == '=HYPERLINK("http://x","y")' and cell.data_type == "s" and cell.quotePrefix
