"""raci serve's workspace, without HTTP: edits written as the edit engine makes them, findings
updated, undo to the exact bytes, and never a write over a file that changed on disk."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci.lint import NO_CONFIG
from raci.serve.ops import BadRequest, structural
from raci.serve.state import Conflict, Refused, Workspace
from tests.conftest import ROOT

WORKSHOP = ROOT / "tests" / "specs" / "serve" / "workshop.raci.yaml"


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    target = tmp_path / "org.raci.yaml"
    shutil.copyfile(WORKSHOP, target)
    return target


def toggle(activity: str, department: str, role: str) -> dict[str, str]:
    return {"op": "toggle", "activity": activity, "department": department, "role": role}


def codes(ws: Workspace, activity: str) -> set[str]:
    return {f.code for f in ws.state.findings if f.args.get("id") == activity}


def changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def comments(data: bytes) -> list[str]:
    return [line[line.index("#") :] for line in data.decode().splitlines() if "#" in line]


def test_typing_a_writes_only_that_cell_and_the_finding_goes(spec_file: Path) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    before = spec_file.read_bytes()
    assert "R101" in codes(ws, "renewal_call")
    assert ws.apply([toggle("renewal_call", "cs", "A")], ws.state.version)
    after = spec_file.read_bytes()
    assert changed_lines(before, after) == [
        "-      - {id: renewal_call, name: {ja: 更新の打ち合わせ, en: Renewal call}, raci: {cs: R, sales: C}}",
        "+      - {id: renewal_call, name: {ja: 更新の打ち合わせ, en: Renewal call}, raci: {cs: A/R, sales: C}}",
    ]
    assert comments(after) == comments(before)
    assert "R101" not in codes(ws, "renewal_call")


def test_toggle_takes_a_role_away_and_an_empty_cell_goes(spec_file: Path) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    ws.apply([toggle("kickoff", "cs", "R")], ws.state.version)
    assert "{cs: A, sales: C, support: I}" in spec_file.read_text()
    ws.apply([toggle("kickoff", "support", "I")], ws.state.version)
    assert "{cs: A, sales: C}}  # day one" in spec_file.read_text()


def test_undo_restores_the_exact_bytes_and_redo_the_edit(spec_file: Path) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    original = spec_file.read_bytes()
    ws.apply([toggle("renewal_call", "cs", "A")], ws.state.version)
    ws.apply([{"op": "clear", "activity": "kickoff", "department": "sales"}], ws.state.version)
    edited = spec_file.read_bytes()
    assert ws.undo(ws.state.version) and ws.undo(ws.state.version)
    assert spec_file.read_bytes() == original
    assert "R101" in codes(ws, "renewal_call")
    assert not ws.undo(ws.state.version)  # nothing left
    assert ws.redo(ws.state.version) and ws.redo(ws.state.version)
    assert spec_file.read_bytes() == edited


def test_an_outside_change_is_loaded_and_clears_the_history(spec_file: Path) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    ws.apply([toggle("renewal_call", "cs", "A")], ws.state.version)
    seen = ws.state.version
    outside = spec_file.read_text().replace("Renewal call", "Renewal meeting")
    spec_file.write_text(outside)
    assert ws.refresh()
    assert ws.state.version == seen + 1 and ws.state.cause == "outside"
    assert ws.state.spec is not None and ws.state.spec.activity("renewal_call").name.en == "Renewal meeting"
    assert not ws.history.can_undo  # undoing now would overwrite the outside change
    assert not ws.refresh()  # nothing new


def test_an_edit_from_a_page_that_is_behind_writes_nothing(spec_file: Path) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    old = ws.state.version
    outside = spec_file.read_text().replace("Health check", "Health review")
    spec_file.write_text(outside)
    with pytest.raises(Conflict):
        ws.apply([toggle("renewal_call", "cs", "A")], old)
    assert spec_file.read_text() == outside
    with pytest.raises(Conflict):  # the page still shows the old state
        ws.apply([toggle("renewal_call", "cs", "A")], old)


def test_the_guard_refuses_a_file_changed_between_the_look_and_the_write(spec_file: Path) -> None:
    """The watcher has not seen the change yet (same signature): the output guard still refuses."""
    ws = Workspace(str(spec_file), NO_CONFIG)
    outside = spec_file.read_bytes().replace(b"Kickoff meeting", b"Kick-off call!!")  # same size
    info = spec_file.stat()
    spec_file.write_bytes(outside)
    os.utime(spec_file, ns=(info.st_atime_ns, info.st_mtime_ns))  # same mtime: the stat cannot tell
    assert not ws.watcher.moved()
    with pytest.raises(Conflict):
        ws.apply([toggle("renewal_call", "cs", "A")], ws.state.version)
    assert spec_file.read_bytes() == outside
    assert ws.state.spec is not None and ws.state.spec.activity("kickoff").name.en == "Kick-off call!!"


def test_a_broken_file_on_disk_stops_editing_until_it_loads(spec_file: Path) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    good = spec_file.read_text()
    spec_file.write_text(good.replace("kind: sales", "kind: [sales"))
    assert ws.refresh()
    assert ws.state.spec is None and ws.state.problems
    with pytest.raises(Conflict):
        ws.apply([toggle("renewal_call", "cs", "A")], ws.state.version)
    spec_file.write_text(good)
    assert ws.refresh() and ws.state.spec is not None


def test_a_refused_edit_says_why_and_writes_nothing(spec_file: Path) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    before = spec_file.read_bytes()
    with pytest.raises(Refused) as refused:
        ws.apply([toggle("renewal_cal", "cs", "A")], ws.state.version)
    assert "renewal_call" in refused.value.message("en")  # did you mean
    with pytest.raises(Refused) as refused:
        ws.apply([{"op": "add", "phase": "renewal", "id": "9bad", "name": "x"}], ws.state.version)
    assert "9bad" in refused.value.message("ja")
    assert spec_file.read_bytes() == before
    assert not ws.history.can_undo


@pytest.mark.parametrize(
    "ops",
    [
        [],
        "toggle",
        [{"op": "explode"}],
        [toggle("kickoff", "cs", "X")],
        [toggle("kickoff", "cs", "AR")],
        [{"op": "toggle", "activity": 3, "department": "cs", "role": "A"}],
        [{"op": "move", "id": "kickoff", "phase": "renewal", "position": -1}],
        [{"op": "move", "id": "kickoff", "phase": "renewal", "position": True}],
    ],
)
def test_malformed_requests_are_refused_before_any_edit(spec_file: Path, ops: object) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    before = spec_file.read_bytes()
    with pytest.raises(BadRequest):
        ws.apply(ops, ws.state.version)
    assert spec_file.read_bytes() == before


def test_activities_are_added_renamed_moved_and_named_in_both_languages(spec_file: Path) -> None:
    ws = Workspace(str(spec_file), NO_CONFIG)
    before = spec_file.read_bytes()
    ops = [{"op": "add", "phase": "renewal", "id": "qbr", "name": "Quarterly review", "position": 1}]
    assert structural(ops)
    ws.apply(ops, ws.state.version)
    ws.apply(
        [{"op": "name", "kind": "activity", "id": "qbr", "lang": "ja", "text": "四半期レビュー"}], ws.state.version
    )
    ws.apply(
        [
            {"op": "move", "id": "qbr", "phase": "onboarding", "position": 0},
            {"op": "rename", "id": "qbr", "new_id": "business_review"},
        ],
        ws.state.version,
    )
    spec = ws.state.spec
    assert spec is not None
    assert [a.id for a in spec.phase("onboarding").activities] == ["business_review", "kickoff", "training"]
    assert spec.activity("business_review").name.ja == "四半期レビュー"
    assert spec.activity("business_review").name.en == "Quarterly review"
    assert comments(spec_file.read_bytes()) == comments(before)
    for _ in range(3):
        ws.undo(ws.state.version)
    assert spec_file.read_bytes() == before


CELLS = [(a, d) for a in ("kickoff", "training", "renewal_call", "health_check") for d in ("cs", "sales", "support")]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CELLS), st.sampled_from("RACI")), min_size=1, max_size=8))
def test_any_sequence_of_toggles_undoes_to_the_original_bytes(steps: list[tuple[tuple[str, str], str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "org.raci.yaml"
        shutil.copyfile(WORKSHOP, path)
        original = path.read_bytes()
        ws = Workspace(str(path), NO_CONFIG)
        written = 0
        for (activity, department), role in steps:
            written += ws.apply([toggle(activity, department, role)], ws.state.version)
            assert comments(path.read_bytes()) == comments(original)
        edited = path.read_bytes()
        for _ in range(written):
            assert ws.undo(ws.state.version)
        assert path.read_bytes() == original
        for _ in range(written):
            assert ws.redo(ws.state.version)
        assert path.read_bytes() == edited
