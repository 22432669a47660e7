"""``consensus.raci.yaml`` keeps what the user wrote: it is the workshop's copy of the spec
with only the changed cells and the comments on contested cells added."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import raci
from raci.workshop import consensus, results
from raci.workshop.reading import Form
from tests.conftest import ROOT, run_raci
from tests.test_edit import commented
from tests.workshop_helpers import collect, fill_xlsx, forms

ACME = ROOT / "specs/acme-functional.raci.yaml"


def prepared(tmp_path: Path, spec: Path) -> Path:
    out = tmp_path / "forms"
    result = run_raci("workshop", "prepare", str(spec), "--prefilled", "--lang", "ja", "-o", str(out))
    assert result.code == 0, result.all
    return out


def changed(before: bytes, after: bytes) -> list[str]:
    diff = difflib.ndiff(before.decode("utf-8-sig").splitlines(), after.decode("utf-8-sig").splitlines())
    return [line[0] + line[2:] for line in diff if line[:1] in "+-"]


def test_unanimous_forms_give_back_the_spec_byte_for_byte(tmp_path: Path) -> None:
    folder = prepared(tmp_path, ACME)
    result, data = collect(folder, tmp_path / "day0")
    assert result.code == 0, result.all
    assert data["agreement"] == 1.0
    assert (tmp_path / "day0" / "consensus.raci.yaml").read_bytes() == ACME.read_bytes()


def test_a_bom_and_crlf_spec_comes_back_byte_for_byte(tmp_path: Path) -> None:
    spec = ROOT / "tests/specs/good/bom-crlf-quoted-commas.raci.yaml"
    folder = prepared(tmp_path, spec)
    result, _ = collect(folder, tmp_path / "day0")
    assert result.code == 0, result.all
    assert (tmp_path / "day0" / "consensus.raci.yaml").read_bytes() == spec.read_bytes()


def test_one_changed_cell_is_one_changed_line_and_a_contested_one_gets_its_comment(tmp_path: Path) -> None:
    folder = prepared(tmp_path, ACME)
    filled = forms(folder)
    assert len(filled) == 7  # one form a department, the spec filled in
    for path in filled[:5]:  # 5 of 7 say marketing only does the lead campaigns (R), a settled majority
        fill_xlsx(path, {"lead_campaigns": {"marketing": "R"}})
    result, _ = collect(folder, tmp_path / "day0")
    assert result.code == 0, result.all
    after = (tmp_path / "day0" / "consensus.raci.yaml").read_bytes()
    assert changed(ACME.read_bytes(), after) == [
        "-        raci: {marketing: A/R, sales: I}",
        "+        raci: {marketing: R, sales: I}",
    ]
    fill_xlsx(filled[4], {"lead_campaigns": {"marketing": "A/R"}})  # 4 of 7: contested
    result, _ = collect(folder, tmp_path / "day1")
    assert result.code == 0, result.all
    after = (tmp_path / "day1" / "consensus.raci.yaml").read_bytes()
    lines = changed(ACME.read_bytes(), after)
    assert [line for line in lines if line[0] == "-"] == ["-        raci: {marketing: A/R, sales: I}"]
    comment, row = (line for line in lines if line[0] == "+")
    assert row == "+        raci: {marketing: R, sales: I}"
    assert comment.startswith(
        "+        # ワークショップ: 意見が割れています。マーケティング部（インサイドセールス含む）: R＝"
    )
    assert "、A/R＝" in comment
    text = after.decode("utf-8")
    assert text.index(comment[1:]) < text.index(row[1:])  # the comment sits above its cell


def _comments(text: str) -> list[str]:
    """Every comment of ``text``: the part of a line from its ``#`` on."""
    return [found.group(1) for found in map(COMMENT.search, text.splitlines()) if found]


COMMENT = re.compile(r"(?:^|\s)(#.*)$")
ANSWERS = st.sampled_from(["", "A/R", "R", "C", "I", "A"])


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_comment_of_the_spec_survives_any_answers(data: st.DataObject) -> None:
    text = commented(ACME)  # a comment above every line and at the end of most
    spec = raci.loads(text)
    cells = [(a.id, d.id) for a in spec.activities() for d in spec.departments]
    current = {(a.id, c.department): c.cell for a in spec.activities() for c in a.raci}
    people = []
    for number, department in enumerate(
        data.draw(st.lists(st.sampled_from([d.id for d in spec.departments]), min_size=2, max_size=4))
    ):
        changes = data.draw(st.dictionaries(st.sampled_from(cells), ANSWERS, max_size=12))
        answers = {cell: changes.get(cell, current.get(cell, "")) for cell in cells}
        people.append(Form(f"p{number}.xlsx", f"p{number}", department, answers))
    outcome = results.compute(spec, people)
    draft = consensus.text(text, spec, outcome.cells, "ja")
    assert draft.kept
    comments = Counter(_comments(text))
    kept = Counter(_comments(draft.text))
    assert not comments - kept, "a comment of the spec was lost"
    assert draft.text.splitlines()[0] == text.splitlines()[0]
    got = {(a.id, c.department): c.cell for a in raci.loads(draft.text).activities() for c in a.raci}
    wanted = {
        (a.id, c.department): c.cell
        for a in consensus.draft(spec, {(c.activity, c.department): c for c in outcome.cells}).activities()
        for c in a.raci
    }
    assert got == wanted  # the majority, cell for cell


def test_a_spec_the_editor_cannot_patch_is_written_anew_and_says_so(tmp_path: Path) -> None:
    spec = ROOT / "tests/specs/good/anchors-and-merge-keys.raci.yaml"  # a row shared through an alias
    folder = tmp_path / "forms"
    result = run_raci("workshop", "prepare", str(spec), "--prefilled", "-o", str(folder))
    assert result.code == 0, result.all
    for path in forms(folder):
        fill_xlsx(path, {"kickoff_smb": {"sales": "I"}})
    result, _ = collect(folder, tmp_path / "day0")
    assert result.code == 0, result.all
    assert "consensus.raci.yaml was written anew" in result.err
    written = raci.load(tmp_path / "day0" / "consensus.raci.yaml")
    assert {c.department: c.cell for c in written.activity("kickoff_smb").raci}["sales"] == "I"
