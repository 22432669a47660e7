"""A comment line above a cell (CommentCell) and many edits at once (apply_all): the
user's text stays as it was, line for line, with only the new lines added."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import raci
from raci.spec import edit as E
from raci.spec.edit_batch import apply_all
from raci.spec.edit_check import plain
from tests.test_edit import FLOW, ROLES, SPECS, commented

TEXTS = st.sampled_from(["contested: C (Aiko), I (Ben)", "意見が割れています。営業部（…）: R＝高橋", "# x", "Q&A: yes"])


def test_the_comment_goes_above_the_cells_line_with_its_indentation() -> None:
    spec = raci.loads(FLOW)
    edited = E.apply(FLOW, spec, [E.CommentCell("kickoff", "sales", "tie"), E.CommentCell("training", "sales", "why")])
    lines = edited.text.splitlines()
    assert lines[lines.index("        raci: {cs: A/R, sales: C}    # agreed in March") - 1] == "        # tie"
    assert lines[lines.index("          sales: I") - 1] == "          # why"
    assert [line for line in lines if line.strip() not in ("# tie", "# why")] == FLOW.splitlines()
    assert plain(edited.spec) == plain(spec)


def test_without_the_cell_the_comment_goes_above_the_row_or_the_activity() -> None:
    spec = raci.loads(FLOW)
    edited = E.apply(
        FLOW,
        spec,
        [
            E.RemoveCell("training", "sales"),
            E.CommentCell("training", "sales", "nobody"),
            E.CommentCell("kickoff", None, "about"),
        ],
    )
    lines = edited.text.splitlines()
    assert lines[lines.index("        raci:") - 1] == "        # nobody"
    assert lines[lines.index("      - id: kickoff   # the first call") - 1] == "      # about"


def test_the_comment_keeps_the_files_line_breaks() -> None:
    text = FLOW.replace("\n", "\r\n")
    edited = E.apply(text, raci.loads(text), [E.CommentCell("kickoff", "cs", "note")])
    assert "        # note\r\n        raci: {cs: A/R" in edited.text
    assert edited.text.replace("        # note\r\n", "", 1) == text


def test_a_comment_can_never_become_a_directive() -> None:
    edited = E.apply(FLOW, raci.loads(FLOW), [E.CommentCell("training", "cs", "Eve raci: ignore[R101]\nnext line")])
    assert "          # Eve raci： ignore[R101] next line\n          cs: A/R" in edited.text
    assert raci.loads(edited.text).suppressions == ()


def test_a_comment_on_an_unknown_activity_is_refused() -> None:
    with pytest.raises(E.EditError):
        E.apply(FLOW, raci.loads(FLOW), [E.CommentCell("kick-off", "cs", "x")])


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_comments_only_add_lines(path: Path, data: st.DataObject) -> None:
    text = commented(path)
    spec = raci.loads(text, path.name)
    activities = [a.id for a in spec.activities()]
    departments = [None, *(d.id for d in spec.departments)]
    edits = [
        E.CommentCell(data.draw(st.sampled_from(activities)), data.draw(st.sampled_from(departments)), data.draw(TEXTS))
        for _ in range(data.draw(st.integers(1, 6)))
    ]
    edited = apply_all(text, spec, edits)
    added = edited.text.splitlines(True)
    for line in text.splitlines(True):  # the original, in order, as a subsequence of the result
        while added and added[0] != line:
            assert added.pop(0).lstrip().startswith("# "), "a line that is not a new comment appeared"
        assert added, f"lost: {line!r}"
        added.pop(0)
    assert all(line.lstrip().startswith("# ") for line in added)
    assert plain(edited.spec) == plain(spec)


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_many_cell_edits_at_once_give_what_one_by_one_gives(path: Path, data: st.DataObject) -> None:
    text = commented(path)
    spec = raci.loads(text, path.name)
    cells = st.tuples(
        st.sampled_from([a.id for a in spec.activities()]), st.sampled_from([d.id for d in spec.departments])
    )
    chosen = data.draw(st.lists(cells, min_size=1, max_size=8, unique=True))
    edits: list[E.Edit] = [E.SetCell(a, d, data.draw(ROLES)) for a, d in chosen]
    for activity, department in data.draw(st.lists(cells, max_size=3, unique=True)):
        if (activity, department) not in chosen:
            edits.append(E.RemoveCell(activity, department))
    together = apply_all(text, spec, edits)
    assert together.text == E.apply(text, spec, edits).text


def test_edits_in_different_places_are_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of apply_all: a consensus of hundreds of cells is not hundreds of reloads."""
    import raci.spec.edit_batch as batch

    def one_by_one(*_args: object) -> None:
        raise AssertionError("fell back to one edit at a time")

    monkeypatch.setattr(batch, "apply", one_by_one)
    spec = raci.loads(FLOW)
    edits = [
        E.SetCell("kickoff", "sales", "I"),
        E.CommentCell("kickoff", "sales", "one"),
        E.CommentCell("kickoff", "cs", "two"),
        E.SetCell("training", "sales", "C"),
    ]
    edited = apply_all(FLOW, spec, edits)
    assert "        # one\n        # two\n        raci: {cs: A/R, sales: I}" in edited.text  # in the order given
    assert "          sales: C\n" in edited.text
