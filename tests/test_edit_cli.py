"""``raci edit`` as a user runs it: exactly the edited lines change; refusals write nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import raci
from raci.cli import main
from tests.conftest import ROOT

SPEC = ROOT / "specs/startup-allrounder.raci.yaml"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    target = tmp_path / "org.raci.yaml"
    target.write_bytes(SPEC.read_bytes())
    return target


def diff(before: bytes, after: bytes) -> list[tuple[str, str]]:
    """(removed, added) line pairs, by position; the files here keep their line count."""
    a, b = before.decode().splitlines(), after.decode().splitlines()
    assert len(a) == len(b)
    return [(x, y) for x, y in zip(a, b, strict=True) if x != y]


def test_edit_changes_exactly_the_edited_lines(spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = spec.read_bytes()
    code = main(["edit", str(spec), "--set", "kickoff.engineering=C", "--unset", "demo.cs", "--set", "nps_survey.cs=R"])
    assert code == 0
    assert diff(before, spec.read_bytes()) == [
        ("        raci: {founders: A/R, cs: I}", "        raci: {founders: A/R}"),
        ("        raci: {cs: A/R, founders: I}", "        raci: {cs: A/R, founders: I, engineering: C}"),
        ("        raci: {cs: A/R, founders: I, engineering: I}", "        raci: {cs: R, founders: I, engineering: I}"),
    ]
    err = capsys.readouterr().err
    assert "3 edit(s) written" in err and "R101" in err  # nps_survey lost its A: shown as a new finding


def test_dry_run_prints_a_diff_and_writes_nothing(spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = spec.read_bytes()
    code = main(["edit", str(spec), "--dry-run", "--add-activity", "onboarding:welcome=Welcome mail"])
    out = capsys.readouterr().out
    assert code == 0 and spec.read_bytes() == before
    added = [line for line in out.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert added == ["+      - id: welcome", "+        name: Welcome mail", "+        raci: {}"]


def test_dry_run_of_an_edit_that_changes_nothing_says_so(spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from raci.spec.load import load

    activity = next(load(spec).activities())
    cell = activity.raci[0]
    code = main(["edit", str(spec), "--dry-run", "--set", f"{activity.id}.{cell.department}={cell.cell}"])
    captured = capsys.readouterr()
    assert code == 0 and captured.out == ""
    assert "already as asked; nothing written" in captured.err


def test_unknown_id_is_refused_with_a_suggestion(spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = spec.read_bytes()
    assert main(["edit", str(spec), "--set", "kickof.cs=A/R"]) == 2
    assert "did you mean 'kickoff'" in capsys.readouterr().err
    assert main(["edit", str(spec), "--lang", "ja", "--unset", "kickoff.enginering"]) == 2
    assert "'engineering' の誤りではありませんか" in capsys.readouterr().err
    assert spec.read_bytes() == before


def test_an_edit_that_breaks_the_spec_is_refused(spec: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = spec.read_bytes()
    assert main(["edit", str(spec), "--remove-activity", "kickoff"]) == 2
    err = capsys.readouterr().err
    assert "would no longer load" in err and "S008" in err
    assert main(["edit", str(spec), "--set", "kickoff"]) == 2
    assert "ACTIVITY.DEPARTMENT=CELL" in capsys.readouterr().err
    assert spec.read_bytes() == before


def test_a_file_changed_on_disk_is_not_overwritten(
    spec: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from raci.spec import edit as engine

    original = engine.apply

    def meanwhile(text, model, edits):  # another editor saves while raci edits
        spec.write_bytes(SPEC.read_bytes() + b"# someone else's line\n")
        return original(text, model, edits)

    monkeypatch.setattr(engine, "apply", meanwhile)
    assert main(["edit", str(spec), "--set", "kickoff.cs=R"]) == 2
    assert "changed on disk" in capsys.readouterr().err
    assert spec.read_bytes() == SPEC.read_bytes() + b"# someone else's line\n"


def test_a_failed_write_is_a_clear_error(
    spec: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert main(["edit", str(spec), "--set", "kickoff.cs=R"]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and "Permission denied" in err
    assert spec.read_bytes() == SPEC.read_bytes()
    assert sorted(p.name for p in spec.parent.iterdir()) == [spec.name]


def test_edit_in_a_real_process_keeps_a_bom_and_crlf(tmp_path: Path) -> None:
    source = ROOT / "tests/specs/good/japanese-comments-crlf.raci.yaml"
    target = tmp_path / "crlf.raci.yaml"
    data = b"\xef\xbb\xbf" + source.read_bytes().removeprefix(b"\xef\xbb\xbf")
    target.write_bytes(data)
    activity = next(raci.load(source).activities()).id
    run = subprocess.run(
        [sys.executable, "-m", "raci", "edit", str(target), "--rename-activity", f"{activity}={activity}_2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr
    after = target.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf") and after.count(b"\r\n") == data.count(b"\r\n")
    assert after.replace(f"{activity}_2".encode(), activity.encode()) == data


def test_setting_a_cell_with_a_note_keeps_the_note_and_the_flag(tmp_path: Path) -> None:
    """`--set` changes the roles; the note and the situational flag the user wrote stay."""
    from raci.spec.load import load

    path = tmp_path / "org.raci.yaml"
    path.write_text(
        "version: 1\norg: {name: Acme, locale: en}\n"
        "departments: [{id: cs, name: CS, kind: cs}, {id: sales, name: Sales, kind: sales}]\n"
        "phases:\n  - id: onboarding\n    name: Onboarding\n    activities:\n"
        "      - id: kickoff\n        name: Kickoff\n        raci:\n          cs: A/R\n"
        "          sales: {roles: C, note: only for price changes, situational: true}  # keep me\n",
        encoding="utf-8",
    )
    assert main(["edit", str(path), "--set", "kickoff.sales=C/I"]) == 0
    assert path.read_text(encoding="utf-8").endswith(
        "          sales: {roles: C/I, note: only for price changes, situational: true}  # keep me\n"
    )
    cell = load(path).activity("kickoff").raci[1]
    assert cell.roles == frozenset("CI") and cell.situational and cell.note is not None
