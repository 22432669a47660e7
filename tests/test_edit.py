"""Edits keep the user's file: every line an edit does not touch stays byte-identical,
comments included, and the model changes exactly as asked."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import raci
from raci.spec import edit as E
from raci.spec import locate, textpatch
from raci.spec.cells import canonical
from raci.spec.model import Span, Spec
from tests.conftest import ROOT

SPECS = sorted(ROOT.glob("specs/*.raci.yaml")) + [
    ROOT / "tests/specs/good" / name
    for name in ("flow-and-block-style.raci.yaml", "japanese-comments-crlf.raci.yaml", "bilingual-full.raci.yaml")
]


@cache
def commented(path: Path) -> str:
    """The spec with a comment line above every line and a trailing comment wherever
    YAML allows one (checked: the model must not change)."""
    text = path.read_bytes().decode("utf-8-sig")
    nl = "\r\n" if "\r\n" in text else "\n"
    base = locate_plain(raci.loads(text))
    lines = text.split(nl)
    out: list[str] = []
    for number, line in enumerate(lines):
        indent = line[: len(line) - len(line.lstrip())]
        out.append(f"{indent}# above {number}")
        if line.strip() and "#" not in line:
            trial = [*out, f"{line}  # tail {number}", *lines[number + 1 :]]
            try:
                if locate_plain(raci.loads(nl.join(trial))) == base:
                    line = f"{line}  # tail {number}"
            except raci.SpecError:
                pass
        out.append(line)
    result = nl.join(out)
    assert locate_plain(raci.loads(result)) == base
    return result


def locate_plain(spec: Spec) -> object:
    from raci.spec.edit_check import plain

    return plain(spec)


def lines_of(span: Span | None) -> set[int]:
    assert span is not None and span.end_line is not None
    return set(range(span.line, span.end_line + 1))


def touched(text: str, spec: Spec, one: E.Edit) -> set[int] | None:
    """Lines of the original an edit may change (``set()``: only insert new lines). An
    insertion into a flow sequence (``[{…}, {…}]``) changes the line it goes into."""
    if isinstance(one, E.MoveActivity | E.RemoveActivity):
        source = spec.phase(spec.activity(one.id).phase)
        if len(source.activities) == 1:  # `activities: []` is left behind
            return (
                lines_of(source.span) | (touched(text, spec, E.AddActivity(one.phase, "x", "x")) or set())
                if isinstance(one, E.MoveActivity)
                else lines_of(source.span)
            )
    if isinstance(one, E.AddActivity | E.MoveActivity):
        phase = spec.phase(one.phase)
        items = [a.span for a in phase.activities if a.span is not None]
        inline = not items or not all(textpatch.is_block_item(text, s) for s in items)
        near = lines_of(phase.span) if inline else set()
        return near | (lines_of(spec.activity(one.id).span) if isinstance(one, E.MoveActivity) else set())
    if isinstance(one, E.AddDepartment):
        items = [d.span for d in spec.departments if d.span is not None]
        return set().union(*(lines_of(s) for s in items)) if not textpatch.is_block_item(text, items[-1]) else set()
    if isinstance(one, E.SetCell | E.RemoveCell):
        return lines_of(spec.activity(one.activity).span)
    if isinstance(one, E.RemoveActivity):
        return lines_of(spec.activity(one.id).span)
    if isinstance(one, E.RenameActivity):
        refs = [i.span for d in spec.departments for i in (d.scope.does_not if d.scope else ()) if i.activity == one.id]
        return lines_of(spec.activity(one.id).span).union(*(lines_of(s) for s in refs))
    if isinstance(one, E.SetKpiField):
        return lines_of(spec.kpi(one.kpi).span)
    if isinstance(one, E.SetName):
        element = {"department": spec.department, "activity": spec.activity, "phase": spec.phase}[one.kind](one.id)
        return lines_of(element.span) if one.kind != "phase" else {element.span.line, element.span.line + 1}
    return set()


def changed_lines(before: str, after: str) -> set[int]:
    """1-based lines of ``before`` that ``after`` no longer holds byte for byte (as a
    multiset, so a moved block counts as kept wherever it went)."""
    left = Counter(after.splitlines(True))
    out: set[int] = set()
    for number, line in enumerate(before.splitlines(True), 1):
        if left[line]:
            left[line] -= 1
        else:
            out.add(number)
    return out


ROLES = st.sampled_from(["A/R", "R", "C", "I", "A", "C/I", "R/C"])
NAMES = st.sampled_from(["Welcome mail", "Kick-off: part 2", "ようこそメール", "yes", "100", "Q&A #1"])


@st.composite
def an_edit(draw: st.DrawFn, spec: Spec) -> E.Edit:
    activities = [a.id for a in spec.activities()]
    departments = [d.id for d in spec.departments]
    referenced = {i.activity for d in spec.departments for i in (d.scope.does_not if d.scope else ())}
    fresh = draw(st.sampled_from(["new_one", "welcome", "x-2"]))
    while fresh in activities:
        fresh += "x"
    kind = draw(st.sampled_from(["set", "unset", "add", "rename", "move", "remove", "kpi", "name", "dept"]))
    act = draw(st.sampled_from(activities))
    if kind == "set":
        return E.SetCell(act, draw(st.sampled_from(departments)), draw(ROLES))
    if kind == "unset":
        row = [a.department for a in spec.activity(act).raci]
        return E.RemoveCell(act, draw(st.sampled_from(row or departments)))
    if kind == "add":
        phase = draw(st.sampled_from([p.id for p in spec.phases]))
        position = draw(st.none() | st.integers(0, 5))
        return E.AddActivity(phase, fresh, draw(NAMES), {draw(st.sampled_from(departments)): "A/R"}, position)
    if kind == "rename":
        return E.RenameActivity(act, new_id=fresh)
    if kind == "move":
        return E.MoveActivity(act, draw(st.sampled_from([p.id for p in spec.phases])), draw(st.integers(0, 4)))
    if kind == "remove" and act not in referenced and len(activities) > 1:
        return E.RemoveActivity(act)
    if kind == "kpi" and spec.kpis:
        field = draw(st.sampled_from(["unit", "target", "description"]))
        return E.SetKpiField(draw(st.sampled_from([k.id for k in spec.kpis])), field, draw(NAMES))
    if kind == "dept":
        team = fresh.replace("-", "_") + "_team"
        while team in departments:
            team += "x"
        return E.AddDepartment(team, draw(NAMES), "other", draw(st.integers(1, 9)))
    return E.SetName("activity", act, draw(st.sampled_from(["ja", "en"])), draw(NAMES))


def check_model(before: Spec, after: Spec, one: E.Edit) -> None:
    """What a user would look for after each kind of edit (independent of raci.spec.edit_check)."""
    if isinstance(one, E.SetCell):
        row = {a.department: a.cell for a in after.activity(one.activity).raci}
        assert row[one.department] == canonical(E.parse_cell(one.cell))
    elif isinstance(one, E.RemoveCell):
        assert one.department not in {a.department for a in after.activity(one.activity).raci}
    elif isinstance(one, E.AddActivity):
        new = after.activity(one.id)
        assert new.phase == one.phase and new.name.get("en") == one.name
    elif isinstance(one, E.RenameActivity):
        assert one.new_id is not None
        cells = [(a.department, a.roles) for a in after.activity(one.new_id).raci]
        assert cells == [(a.department, a.roles) for a in before.activity(one.id).raci]
        with pytest.raises(KeyError):
            after.activity(one.id)
    elif isinstance(one, E.MoveActivity):
        assert after.activity(one.id).phase == one.phase
    elif isinstance(one, E.RemoveActivity):
        assert one.id not in {a.id for a in after.activities()}
    elif isinstance(one, E.SetKpiField):
        value = getattr(after.kpi(one.kpi), one.field)
        assert (value.get("en") if one.field == "description" else value) == one.value
    elif isinstance(one, E.AddDepartment):
        assert after.department(one.id).kind == one.kind
    elif isinstance(one, E.SetName):
        assert after.activity(one.id).name.get(one.lang) == one.text
    assert sum(1 for _ in after.activities()) - sum(1 for _ in before.activities()) == (
        1 if isinstance(one, E.AddActivity) else -1 if isinstance(one, E.RemoveActivity) else 0
    )


@pytest.mark.slow
@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_leave_every_other_line_as_it_was(path: Path, data: st.DataObject) -> None:
    text = commented(path)
    spec = raci.loads(text, path.name)
    for _ in range(data.draw(st.integers(1, 3))):
        one = data.draw(an_edit(spec))
        edited = E.apply(text, spec, [one])
        allowed = touched(text, spec, one)
        assert allowed is not None
        assert changed_lines(text, edited.text) <= allowed, one
        comments = [line.strip() for line in text.splitlines() if "# above" in line or "# tail" in line]
        kept = [line.strip() for line in edited.text.splitlines()]
        lost = [c for c in comments if not any(c in line for line in kept)]
        if not isinstance(one, E.RemoveActivity):
            assert not [c for c in lost if "# above" in c], lost
        check_model(spec, edited.spec, one)
        text, spec = edited.text, edited.spec


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_no_change_gives_the_same_bytes(path: Path) -> None:
    text = commented(path)
    spec = raci.loads(text)
    activity = next(spec.activities())
    same = [E.SetCell(activity.id, c.department, c.cell) for c in activity.raci]
    assert E.apply(text, spec, same).text == text
    assert E.apply(text, spec, []).text == text
    assert E.apply(text, spec, [E.MoveActivity(activity.id, activity.phase, 0)]).text == text


FLOW = """\
version: 1
org: {name: Acme, locale: en}
departments:
  - {id: cs, name: CS, kind: cs}
  - {id: sales, name: Sales, kind: sales}
phases:
  - id: onboarding
    name: Onboarding
    activities:
      - id: kickoff   # the first call
        name: Kickoff
        raci: {cs: A/R, sales: C}    # agreed in March
      - id: training
        name: Training
        raci:
          cs: A/R   # CS trains
          sales: I
"""


def test_insertions_follow_the_surrounding_style() -> None:
    spec = raci.loads(FLOW)
    flow = E.apply(FLOW, spec, [E.SetCell("kickoff", "sales", "c"), E.RemoveCell("kickoff", "cs")]).text
    assert "        raci: {sales: C}    # agreed in March\n" in flow
    block = E.apply(FLOW, spec, [E.RemoveCell("training", "sales"), E.SetCell("training", "sales", "R")]).text
    assert block.endswith("        raci:\n          cs: A/R   # CS trains\n          sales: R\n")
    dept = E.apply(FLOW, spec, [E.AddDepartment("support", "Support", "support")]).text
    assert "  - {id: sales, name: Sales, kind: sales}\n  - {id: support, name: Support, kind: support}\n" in dept
    named = E.apply(FLOW, spec, [E.SetName("activity", "kickoff", "ja", "キックオフ")]).text
    assert "        name: {ja: キックオフ, en: Kickoff}\n" in named


def test_renaming_an_activity_follows_its_references() -> None:
    text = (ROOT / "specs/startup-allrounder.raci.yaml").read_text(encoding="utf-8")
    edited = E.edit_file_text(text, [E.RenameActivity("kickoff", new_id="kick_off")])
    assert "{activity: kick_off, note:" in edited.text and "{activity: kickoff," not in edited.text
    assert [i.activity for i in edited.spec.department("founders").scope.does_not if i.activity] == ["kick_off"]


def test_an_edit_that_would_break_the_spec_is_refused() -> None:
    text = (ROOT / "specs/startup-allrounder.raci.yaml").read_text(encoding="utf-8")
    with pytest.raises(E.EditError) as caught:
        E.edit_file_text(text, [E.RemoveActivity("kickoff")])  # referenced by scope.out
    assert caught.value.key == "edit.would_break" and "S008" in caught.value.message("ja")
    with pytest.raises(E.EditError) as unknown:
        E.edit_file_text(text, [E.SetCell("kickof", "cs", "R")])
    assert "did you mean 'kickoff'" in str(unknown.value)
    with pytest.raises(E.EditError, match="not a RACI cell"):
        E.edit_file_text(text, [E.SetCell("kickoff", "cs", "DRI")])


def test_key_paths_lead_back_to_their_elements() -> None:
    spec = raci.load(ROOT / "specs/acme-functional.raci.yaml")
    paths = dict(locate.walk(spec))
    assert all(locate.find(spec, path) is element for path, element in paths.items())
    cell = spec.phases[2].activities[0].raci[0]
    assert locate.path_of(spec, cell) == f"phases[2].activities[0].raci.{cell.department}"
    text = "org: {name: 日本}"
    assert locate.byte_offset(text, text.index("}")) == len("org: {name: 日本".encode())


def test_an_edit_through_a_shared_anchor_is_refused_with_the_reason_not_as_a_bug() -> None:
    """A cell written through a YAML alias: patching it would change the anchor's other users."""
    from raci.i18n import t
    from raci.spec import edit as E

    path = Path(__file__).parent / "specs" / "good" / "anchors-and-merge-keys.raci.yaml"
    text = path.read_text(encoding="utf-8")
    with pytest.raises(E.EditError) as caught:
        E.apply(text, raci.loads(text, str(path)), [E.SetCell("kickoff_smb", "sales", "C/I")])
    assert caught.value.key == "edit.shared"
    assert "anchor" in t(caught.value.key, "en", {"edit": "SetCell"})
