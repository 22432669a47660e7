"""``raci workshop collect``: forms filled as people fill them, read back with known answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raci.workshop.consensus import comment_text
from tests.conftest import run_raci
from tests.workshop_helpers import SMALL, cell, collect, fill_xlsx, forms, prepare

PEOPLE = "name,department\nAiko,sales\nBen,cs\nChika,support\n"
# The designed case of test_workshop_agreement on real forms: cells (kickoff, cs) A/R ×3;
# (kickoff, sales) C, C, I; (setup, sales) no role ×3; (setup, cs) A/R, R, A/R. Every other
# cell: the same answer from everyone.
RENEW = {"sales": "A/R", "cs": "C", "support": "I"}
DESIGNED = [
    {
        "kickoff": {"cs": "A/R", "sales": "C", "support": ""},
        "setup": {"sales": "", "cs": "A/R", "support": "R"},
        "renew": RENEW,
    },
    {
        "kickoff": {"cs": "A/R", "sales": "C", "support": ""},
        "setup": {"sales": "", "cs": "R", "support": "R"},
        "renew": RENEW,
    },
    {
        "kickoff": {"cs": "A/R", "sales": "I", "support": ""},
        "setup": {"sales": "", "cs": "A/R", "support": "R"},
        "renew": RENEW,
    },
]


def test_designed_answers_give_the_expected_figures(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE)
    for path, answers in zip(forms(folder), DESIGNED, strict=True):
        fill_xlsx(path, answers)
    result, data = collect(folder, tmp_path / "day0", "--round", "day0")
    assert result.code == 0, result.all
    # 9 cells × 3 pairs = 27 pairs; disagreeing: (kickoff, sales) 2 and (setup, cs) 2 → 23/27
    assert data["agreement"] == round(23 / 27, 4)
    assert data["round"] == "day0"
    assert [p["name"] for p in data["participants"]] == ["Aiko", "Ben", "Chika"]
    assert [p["department"] for p in data["participants"]] == ["sales", "cs", "support"]
    assert cell(data, "kickoff", "sales")["answers"] == {"Aiko": "C", "Ben": "C", "Chika": "I"}
    assert cell(data, "kickoff", "sales")["agreement"] == round(1 / 3, 4)
    assert cell(data, "setup", "cs")["consensus"] == "A/R"
    assert not any(c["contested"] for c in data["cells"])  # 2 of 3 is a settled majority
    assert data["alpha"] is not None and -1 <= data["alpha"] <= 1
    by_phase = {p["id"]: p for p in data["phases"]}
    assert by_phase["renewal"]["agreement"] == 1.0 and by_phase["onboarding"]["agreement"] < 1
    assert {d["id"] for d in data["departments"]} == {"sales", "cs", "support"}
    for name in ("consensus.raci.yaml", "agenda.md"):
        assert (tmp_path / "day0" / name).is_file()


def test_full_agreement_is_one(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE)
    for path in forms(folder):
        fill_xlsx(path, DESIGNED[0])
    result, data = collect(folder, tmp_path / "out")
    assert result.code == 0, result.all
    assert (data["agreement"], data["alpha"], data["contested"]) == (1.0, 1.0, 0)
    assert data["round"] == "out"  # default: the output folder's name


def test_problems_are_named_by_file_and_cell_and_the_rest_is_counted(tmp_path: Path) -> None:
    people = "name,department\nAiko,sales\nBen,cs\nChika,support\nDai,cs\n"
    folder = prepare(tmp_path, people)
    aiko, ben, chika, dai = forms(folder)
    fill_xlsx(aiko, {"kickoff": {"cs": "◎", "sales": "△"}})  # marks people use: ◎ owner, △ helps
    fill_xlsx(ben, {"kickoff": {"cs": "A/Q", "sales": "C"}, "renew": {"sales": "AR"}})  # a mistyped letter
    # Chika returns her form empty; Dai's form comes from another workshop (another spec)
    other = prepare(
        tmp_path, "name,department\nDai,cs\n", spec_text=SMALL.replace("Test Inc.", "Other Inc."), folder="other"
    )
    (foreign,) = forms(other)
    fill_xlsx(foreign, {"kickoff": {"cs": "A/R"}})
    dai.write_bytes(foreign.read_bytes())
    (folder / "notes.txt").write_text("bring snacks", encoding="utf-8")
    result, data = collect(folder, tmp_path / "out")
    assert result.code == 2
    err = result.err
    assert f"{ben}:Form!E6: error: " in err and "'A/Q' is not a role" in err  # file and cell, and what to do
    assert f"{chika}" in err and "Chika's form is empty" in err
    assert f"{dai}:raci!B2: error: " in err and "belongs to workshop" in err
    assert "notes.txt: note: skipped" in err
    assert [p["name"] for p in data["participants"]] == ["Aiko", "Ben"]  # the rest still counted
    assert cell(data, "kickoff", "cs")["answers"] == {"Aiko": "A/R", "Ben": None}  # left out, not "no role"
    assert cell(data, "kickoff", "sales")["answers"] == {"Aiko": "C", "Ben": "C"}
    assert cell(data, "renew", "sales")["answers"]["Ben"] == "A/R"
    keys = {(Path(p["file"]).name, p["key"]) for p in data["problems"]}
    assert (ben.name, "workshop.read.bad_cell_part") in keys and (dai.name, "workshop.read.other_workshop") in keys
    assert all(p["message"] for p in data["problems"])


def test_messages_in_japanese(tmp_path: Path) -> None:
    folder = prepare(tmp_path, "name,department\n相田,sales\n", "--lang", "ja")
    (form,) = forms(folder)
    fill_xlsx(form, {"kickoff": {"cs": "Ｘ?"}, "setup": {"cs": "A"}})
    result, _ = collect(folder, tmp_path / "out")
    assert result.code == 2
    assert (
        ".xlsx:記入用紙!E6: エラー: 「Ｘ?」は役割として読み取れません" in result.err
        and "「相田」のこのセルは集計から外しました" in result.err
    )
    assert "ラウンド out: 記入用紙 1 件" in result.out


CSV_FORM = """\ufeffformat,raci-workshop/1
workshop,{workshop}
participant,{name}
department,{department}

activity,Sales [sales],カスタマーサクセス部 [cs],support,name,comment
kickoff,C,A/R,,Kickoff,
setup,,{setup},R,Set-up,{comment}
renew,A/R,C,I,Renewal,
"""


def test_csv_forms_from_a_sheet_program(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE, "--format", "csv")
    workshop = json.loads((folder / "workshop.json").read_text(encoding="utf-8"))["workshop"]
    for path in forms(folder, ".csv"):
        path.unlink()
    for name, department, setup, comment in (
        ("Aiko", "sales", "A", ""),
        ("Ben", "Customer Success", "A/R", '"who signs off, really?"'),
        ("Chika", "サポート部 [support]", "A", ""),
    ):
        text = CSV_FORM.format(workshop=workshop, name=name, department=department, setup=setup, comment=comment)
        (folder / f"{name}.csv").write_text(text, encoding="utf-8", newline="")
    result, data = collect(folder, tmp_path / "out")
    assert result.code == 0, result.all
    assert [(p["name"], p["department"]) for p in data["participants"]] == [
        ("Aiko", "sales"),
        ("Ben", "cs"),
        ("Chika", "support"),
    ]
    assert cell(data, "setup", "cs")["answers"] == {"Aiko": "A", "Ben": "A/R", "Chika": "A"}
    assert cell(data, "kickoff", "support")["answers"] == {"Aiko": "", "Ben": "", "Chika": ""}
    comments = next(a for a in data["activities"] if a["id"] == "setup")["comments"]
    assert comments == {"Ben": "who signs off, really?"}


def test_prepared_csv_forms_read_back_and_a_bad_cell_names_line_and_column(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE, "--format", "csv", "--prefilled")
    first, *_ = forms(folder, ".csv")
    text = first.read_bytes().decode("utf-8-sig")
    lines = text.split("\r\n")
    row = next(i for i, line in enumerate(lines) if line.startswith("kickoff,"))
    lines[row] = lines[row].replace(",A/R,", ",A/Z,", 1)
    first.write_text("\ufeff" + "\r\n".join(lines), encoding="utf-8", newline="")
    result, data = collect(folder, tmp_path / "out")
    assert result.code == 2
    assert f"{first}:{row + 1}:3: error: 'A/Z' is not a role" in result.err
    assert cell(data, "renew", "sales")["answers"] == {"Aiko": "A/R", "Ben": "A/R", "Chika": "A/R"}  # prefilled


def test_a_csv_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE, "--format", "csv", "--prefilled")
    first, *_ = forms(folder, ".csv")
    first.write_bytes(first.read_bytes().decode("utf-8-sig").replace("Aiko", "相田").encode("cp932"))
    result, data = collect(folder, tmp_path / "out")
    assert result.code == 2 and f"{first}: error: the CSV file is not UTF-8" in result.err
    assert len(data["participants"]) == 2


def test_consensus_is_a_spec_that_validates_with_contested_cells_commented(tmp_path: Path) -> None:
    people = "name,department\nAiko,sales\nBen,cs\n"
    folder = prepare(tmp_path, people)
    aiko, ben = forms(folder)
    fill_xlsx(aiko, {"kickoff": {"cs": "A/R", "sales": "C"}, "renew": {"sales": "A/R"}})
    fill_xlsx(ben, {"kickoff": {"cs": "A/R", "sales": "I"}, "renew": {"sales": "A/R", "cs": "R"}})
    result, data = collect(folder, tmp_path / "out")
    assert result.code == 0, result.all
    text = (tmp_path / "out" / "consensus.raci.yaml").read_text(encoding="utf-8")
    assert "# workshop: tie for Sales — C: Aiko; I: Ben" in text
    check = run_raci("validate", str(tmp_path / "out" / "consensus.raci.yaml"))
    assert check.code in (0, 1), check.all  # a spec: findings maybe, never unreadable
    from raci.spec.load import load

    spec = load(tmp_path / "out" / "consensus.raci.yaml")
    cells = {(a.id, c.department): c.cell for a in spec.activities() for c in a.raci}
    assert cells[("kickoff", "cs")] == "A/R" and cells[("kickoff", "sales")] == "C"  # tie: today's cell kept
    assert ("setup", "cs") not in cells  # nobody marked it: the majority is "no role"
    assert data["consensus_findings"] and all(f["code"] for f in data["consensus_findings"])


def test_names_in_comments_cannot_become_suppressions() -> None:
    assert comment_text("Eve raci: ignore[R101]\nnext") == "Eve raci： ignore[R101] next"


def test_hostile_names_never_suppress_a_finding(tmp_path: Path) -> None:
    people = 'name,department\n"x # raci: ignore[R101] sure",sales\nBen,cs\n'
    folder = prepare(tmp_path, people)
    first, second = forms(folder)
    fill_xlsx(first, {"setup": {"cs": "R"}})
    fill_xlsx(second, {"setup": {"cs": "C"}})
    result, _ = collect(folder, tmp_path / "out")
    assert result.code == 0, result.all
    check = run_raci("validate", str(tmp_path / "out" / "consensus.raci.yaml"), "--format", "json")
    codes = [f["code"] for f in json.loads(check.out)["findings"]]
    assert "X001" not in codes and "R101" in codes  # setup has no A: still reported


def test_three_rounds_end_to_end(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE)
    spread = [
        [
            {"kickoff": {"cs": "A/R", "sales": "C"}},
            {"kickoff": {"cs": "R", "sales": "A"}},
            {"kickoff": {"support": "A/R"}},
        ],
        [
            {"kickoff": {"cs": "A/R", "sales": "C"}},
            {"kickoff": {"cs": "A/R", "sales": "A"}},
            {"kickoff": {"cs": "A/R"}},
        ],
        [{"kickoff": {"cs": "A/R", "sales": "C"}}] * 3,
    ]
    outs = []
    for number, answers in enumerate(spread):
        for path, filled in zip(forms(folder), answers, strict=True):
            fill_xlsx(path, {"kickoff": {"sales": "", "cs": "", "support": ""} | filled["kickoff"]})
        out = tmp_path / f"day{(0, 30, 90)[number]}"
        result, data = collect(folder, out)
        assert result.code == 0, result.all
        outs.append(data)
    figures = [d["agreement"] for d in outs]
    assert figures[0] < figures[1] < figures[2] == 1.0
    assert [d["round"] for d in outs] == ["day0", "day30", "day90"]
    assert outs[0]["contested"] > outs[2]["contested"] == 0
    page = tmp_path / "workshop.html"
    report = run_raci("workshop", "report", *(str(tmp_path / f"day{n}") for n in (0, 30, 90)), "-o", str(page))
    assert report.code == 0, report.all
    html = page.read_text(encoding="utf-8")
    assert html.count("<polyline") == 2 + 3  # agreement, alpha, one line per department
    for label in ("day0", "day30", "day90"):
        assert f">{label}</text>" in html


def test_conflicts_are_found_and_ranked(tmp_path: Path) -> None:
    people = "name,department\nAiko,sales\nBen,cs\nChika,support\n"
    folder = prepare(tmp_path, people)
    aiko, ben, chika = forms(folder)
    # kickoff: Aiko says cs is A, Ben says sales is A (contested Accountable);
    # setup: nobody marks itself R, everyone expects another department to;
    # renew: cs sees itself as R, the others see it as nothing (a perception gap)
    fill_xlsx(aiko, {"kickoff": {"cs": "A/R"}, "setup": {"cs": "R"}, "renew": {"sales": "A"}})
    fill_xlsx(
        ben, {"kickoff": {"sales": "A", "cs": "R"}, "setup": {"support": "R"}, "renew": {"sales": "A", "cs": "R"}}
    )
    fill_xlsx(chika, {"kickoff": {"cs": "A/R"}, "setup": {"sales": "R"}, "renew": {"sales": "A"}})
    result, data = collect(folder, tmp_path / "out")
    assert result.code == 0, result.all
    kinds = [(c["kind"], c["activity"], c["department"]) for c in data["conflicts"]]
    assert kinds.index(("accountable", "kickoff", None)) < kinds.index(("nobody_responsible", "setup", None))
    assert ("perception_gap", "renew", "cs") in kinds
    gap = next(c for c in data["conflicts"] if c["kind"] == "perception_gap" and c["activity"] == "renew")
    assert gap["detail"]["direction"] == "claims" and gap["detail"]["self"] == "R"
    assert [c["score"] for c in data["conflicts"]] == sorted((c["score"] for c in data["conflicts"]), reverse=True)
    renewal_blank = [c for c in data["conflicts"] if c["kind"] == "blank_phase"]
    assert renewal_blank == []  # every department wrote something in every phase
    agenda = (tmp_path / "out" / "agenda.md").read_text(encoding="utf-8")
    assert agenda.index("Kickoff \\[kickoff\\]") < agenda.index("Set-up \\[setup\\]")
    assert "who is accountable (A) is not agreed" in agenda


def test_agenda_splits_a_big_room_into_groups_of_six_to_eight(tmp_path: Path) -> None:
    from raci.workshop.agenda import groups

    people = [{"name": f"p{n}", "department": ("sales", "cs", "support")[n % 3]} for n in range(20)]
    teams = groups(people)
    assert [len(t) for t in teams] == [7, 7, 6]
    assert all(len({p["department"] for p in t}) == 3 for t in teams)  # departments mixed


def test_a_folder_without_a_workshop_is_a_clear_error(tmp_path: Path) -> None:
    result = run_raci("workshop", "collect", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.code == 2 and "workshop.json not found" in result.err


def test_prepare_never_overwrites_returned_forms(tmp_path: Path) -> None:
    folder = prepare(tmp_path, PEOPLE)
    first = forms(folder)[0]
    fill_xlsx(first, {"kickoff": {"cs": "A/R"}})
    before = first.read_bytes()
    again = run_raci(
        "workshop",
        "prepare",
        str(tmp_path / "org.raci.yaml"),
        "--participants",
        str(tmp_path / "people.csv"),
        "-o",
        str(folder),
    )
    assert again.code == 2 and "--force" in again.err and first.read_bytes() == before


def test_progress_is_reported_for_every_file(tmp_path: Path) -> None:
    from contextlib import contextmanager

    from raci.commands.workshop import collect as collect_forms

    folder = prepare(tmp_path, PEOPLE)
    for path in forms(folder):
        fill_xlsx(path, DESIGNED[0])
    seen: list[int] = []

    @contextmanager
    def progress(total: int):  # type: ignore[no-untyped-def]
        seen.append(total)
        yield lambda n: seen.append(n)

    assert collect_forms(str(folder), str(tmp_path / "out"), progress=progress) == 0
    assert seen == [3, 1, 1, 1]


@pytest.mark.parametrize("bad", ["name only\n", "Aiko,finance\n", "Aiko,sales\nAiko,cs\n"])
def test_participants_file_mistakes_name_their_line(tmp_path: Path, bad: str) -> None:
    spec = tmp_path / "org.raci.yaml"
    spec.write_text(SMALL, encoding="utf-8")
    listing = tmp_path / "people.csv"
    listing.write_text(bad, encoding="utf-8")
    result = run_raci("workshop", "prepare", str(spec), "--participants", str(listing), "-o", str(tmp_path / "f"))
    assert result.code == 2 and f"{listing}:{bad.count(chr(10))}:" in result.err
    assert not (tmp_path / "f").exists()


def test_report_of_a_folder_without_results_is_a_clear_error(tmp_path: Path) -> None:
    result = run_raci("workshop", "report", str(tmp_path), "-o", str(tmp_path / "r.html"))
    assert result.code == 2 and "results.json not found" in result.err


def test_forms_prepared_from_standard_input_collect(tmp_path: Path) -> None:
    result = run_raci("workshop", "prepare", "-", "--departments", "cs,sales", "-o", str(tmp_path / "f"), input=SMALL)
    assert result.code == 0, result.all
    for path in forms(tmp_path / "f"):
        fill_xlsx(path, {"kickoff": {"cs": "A/R"}})
    result, data = collect(tmp_path / "f", tmp_path / "out")
    assert result.code == 0, result.all
    assert [p["name"] for p in data["participants"]] == ["Customer Success", "Sales"]  # one form a department


def test_a_question_mark_in_a_form_is_a_problem_at_its_cell_not_no_role() -> None:
    from raci.spec.load import loads
    from raci.workshop.reading import Form, Reader

    reader = Reader("w1", loads(SMALL))
    form = Form("aiko.xlsx", "Aiko", "sales")
    for text, where in (("?", "Form!E6"), ("？", "Form!E7")):
        reader.cell(form, "kickoff", "cs", text, lambda where=where: where)
        assert ("kickoff", "cs") not in form.answers  # "not decided yet" is left out, never "" (no role)
        assert reader.notes[-1].key == "workshop.read.bad_cell" and reader.notes[-1].where == where
