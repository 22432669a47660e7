"""What to patch, per edit: each :class:`~raci.spec.edit_types.Edit` turned into text patches.

:mod:`raci.spec.edit` applies them and checks the result; this module only finds the
spans the loader recorded and writes the new text for them, in the style of the lines
around (flow or block, quoting, indentation).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import yaml

from raci.langs import LANGS
from raci.spec import textpatch as yt
from raci.spec.cells import canonical
from raci.spec.edit_check import replaces_plain
from raci.spec.edit_comments import comment_above
from raci.spec.edit_types import (
    KPI_FIELDS,
    AddActivity,
    AddDepartment,
    CommentCell,
    Edit,
    EditError,
    MoveActivity,
    RemoveActivity,
    RemoveCell,
    RenameActivity,
    SetCell,
    SetKpiField,
    SetName,
    parse_cell,
)
from raci.spec.model import DEPARTMENT_KINDS, Activity, Span, Spec, Text
from raci.spec.shape import _ID_RE
from raci.spec.yamltext import scalar
from raci.text import suggest


def describe(one: Edit) -> str:
    return f"{type(one).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(one).items())})"


def _activity(spec: Spec, ident: str) -> Activity:
    try:
        return spec.activity(ident)
    except KeyError:
        hint = suggest(ident, [a.id for a in spec.activities()])
        raise EditError("edit.unknown", kind="activity", id=ident, suggestion=hint) from None


def _need(spec: Spec, kind: str, ident: str) -> Any:
    try:
        return getattr(spec, kind)(ident)
    except KeyError:
        choices: tuple[Any, ...] = {"department": spec.departments, "phase": spec.phases, "kpi": spec.kpis}[kind]
        hint = suggest(ident, [c.id for c in choices])
        raise EditError("edit.unknown", kind=kind, id=ident, suggestion=hint) from None


def _new_id(spec: Spec, kind: str, ident: str) -> None:
    if not _ID_RE.match(ident):
        raise EditError("edit.bad_id", id=ident)
    try:
        getattr(spec, kind)(ident)
    except KeyError:
        return
    raise EditError("edit.exists", kind=kind, id=ident)


def _span(element: Any) -> Span:
    span: Span | None = element.span
    if span is None or span.offset is None:
        raise EditError("edit.no_position", id=getattr(element, "id", "?"))
    return span


def patches_for(text: str, spec: Spec, one: Edit) -> list[yt.Patch]:
    """The text patches that make ``one`` on ``text`` (whose model is ``spec``); raises :class:`EditError`."""
    try:
        return _PATCHERS[type(one)](text, spec, one)
    except yt.TextEditError as error:
        raise EditError("edit.cannot_patch", edit=describe(one), reason=str(error)) from None


def _set_cell(text: str, spec: Spec, one: SetCell) -> list[yt.Patch]:
    activity = _activity(spec, one.activity)
    _need(spec, "department", one.department)
    cell = canonical(parse_cell(one.cell))
    for assignment in activity.raci:
        if assignment.department == one.department:
            if assignment.roles == frozenset(cell.split("/")):
                return []  # the same roles: leave the user's spelling alone
            sl = yt.Slice(text, _span(assignment))
            _key, value = sl.mapping().value[0]
            roles = sl.pair("roles", value) if isinstance(value, yaml.MappingNode) else None
            if roles is not None:  # {roles: C, note: …}: change the roles, keep the note and flag
                value = roles[1]
            return [yt.replace_node(sl, value, _scalar(cell))]
    sl = yt.Slice(text, _span(activity))
    row = sl.pair("raci")
    assert row is not None
    return [yt.insert_pair(text, sl, row[1], one.department, _scalar(cell))]


def _remove_cell(text: str, spec: Spec, one: RemoveCell) -> list[yt.Patch]:
    activity = _activity(spec, one.activity)
    _need(spec, "department", one.department)
    sl = yt.Slice(text, _span(activity))
    row = sl.pair("raci")
    assert row is not None
    key, mapping = row[0], yt.as_mapping(row[1])
    index = next((i for i, (k, _) in enumerate(mapping.value) if k.value == one.department), None)
    if index is None:
        return []  # no such cell: nothing to remove
    colon = text.index(":", sl.end(key))
    return yt.remove_pair(text, sl, mapping, index, yt.Patch(colon + 1, colon + 1, " {}"))


def _comment_cell(text: str, spec: Spec, one: CommentCell) -> list[yt.Patch]:
    activity = _activity(spec, one.activity)
    at = _span(activity).offset
    if one.department is not None:
        _need(spec, "department", one.department)
        cell = next((a for a in activity.raci if a.department == one.department), None)
        sl = yt.Slice(text, _span(activity)) if cell is None else None
        row = sl.pair("raci") if sl is not None else None
        at = _span(cell).offset if cell is not None else (sl.start(row[0]) if sl and row else at)
    assert at is not None
    return [comment_above(text, at, one.text)]


def _text_yaml(name: Text) -> str:
    if name.ja == name.en or name.en is None or name.ja is None:
        return _scalar(name.ja or name.en or "")
    return f"{{ja: {_scalar(name.ja)}, en: {_scalar(name.en)}}}"


def _activity_yaml(ident: str, name: str, raci: Mapping[str, str]) -> tuple[list[str], str]:
    row = "{" + ", ".join(f"{d}: {_scalar(c)}" for d, c in raci.items()) + "}"
    block = [f"id: {ident}", f"name: {_scalar(name)}", f"raci: {row}"]
    return block, "{" + ", ".join(block) + "}"


def _insert_activity(
    text: str, spec: Spec, phase_id: str, position: int | None, block: list[str], flow: str
) -> yt.Patch:
    phase = _need(spec, "phase", phase_id)
    siblings = [_span(a) for a in phase.activities]
    k = len(siblings) if position is None else max(0, min(position, len(siblings)))
    if siblings:
        return yt.insert_item(text, siblings, k, block, flow)
    sl = yt.Slice(text, _span(phase))
    found = sl.pair("activities")
    if found is None or found[1].value:
        raise yt.TextEditError("the phase's activities are not an empty list")
    at = sl.end(found[1]) - 1  # inside `[]`
    return yt.Patch(at, at, flow)


def _add_activity(text: str, spec: Spec, one: AddActivity) -> list[yt.Patch]:
    _new_id(spec, "activity", one.id)
    cells = {}
    for dept, cell in one.raci.items():
        _need(spec, "department", dept)
        cells[dept] = canonical(parse_cell(cell))
    block, flow = _activity_yaml(one.id, one.name, cells)
    return [_insert_activity(text, spec, one.phase, one.position, block, flow)]


def _remove_activity(text: str, spec: Spec, one: RemoveActivity) -> list[yt.Patch]:
    activity = _activity(spec, one.id)
    phase = spec.phase(activity.phase)
    return _unlink(text, phase, activity)


def _unlink(text: str, phase: Any, activity: Activity) -> list[yt.Patch]:
    sl = yt.Slice(text, _span(phase))
    found = sl.pair("activities")
    assert found is not None
    colon = text.index(":", sl.end(found[0]))
    return yt.remove_item(text, _span(activity), len(phase.activities) == 1, yt.Patch(colon + 1, colon + 1, " []"))


def _rename_activity(text: str, spec: Spec, one: RenameActivity) -> list[yt.Patch]:
    activity = _activity(spec, one.id)
    patches: list[yt.Patch] = []
    if one.new_id is not None and one.new_id != one.id:
        _new_id(spec, "activity", one.new_id)
        sl = yt.Slice(text, _span(activity))
        found = sl.pair("id")
        assert found is not None
        patches.append(yt.replace_node(sl, found[1], one.new_id))
        for dept in spec.departments:
            for item in dept.scope.does_not if dept.scope else ():
                if item.activity == one.id:
                    ref = yt.Slice(text, _span(item))
                    found = ref.pair("activity")
                    assert found is not None
                    patches.append(yt.replace_node(ref, found[1], one.new_id))
    if one.name is not None:
        lang = one.lang or spec.org.locale or "en"
        patches += _set_name(text, spec, SetName("activity", one.id, lang, one.name))
    return patches


def _move_activity(text: str, spec: Spec, one: MoveActivity) -> list[yt.Patch]:
    activity = _activity(spec, one.id)
    target = _need(spec, "phase", one.phase)
    source = spec.phase(activity.phase)
    siblings = [a for a in target.activities if a.id != one.id]
    k = len(siblings) if one.position is None else max(0, min(one.position, len(siblings)))
    if [a.id for a in siblings[:k]] + [one.id] + [a.id for a in siblings[k:]] == [a.id for a in target.activities]:
        return []  # already there
    removal = _unlink(text, source, activity)
    span = _span(activity)
    model = siblings[k - 1] if k > 0 else (siblings[0] if siblings else None)
    if model is not None and yt.is_block_item(text, span) and yt.is_block_item(text, _span(model)):
        prefix = yt.item_prefix(text, _span(model))
        lines = yt.item_lines(text, span, len(prefix) - len(prefix.lstrip()))
        nl = yt.newline(text)
        start, end = _span(model).offset, _span(model).end_offset
        assert start is not None and end is not None
        if k > 0:
            at = yt.line_end(text, end)
            return [*removal, yt.Patch(at, at, nl + nl.join(lines))]
        at = yt.line_start(text, start)
        return [*removal, yt.Patch(at, at, nl.join(lines) + nl)]
    if model is None and yt.is_block_item(text, span):  # into `activities: []`: a block list again
        sl = yt.Slice(text, _span(target))
        found = sl.pair("activities")
        assert found is not None
        key, empty = found
        colon = text.index(":", sl.end(key))
        at = yt.line_end(text, sl.end(empty))
        lines = yt.item_lines(text, span, key.start_mark.column + 2)
        return [
            *removal,
            yt.Patch(colon + 1, sl.end(empty), ""),
            yt.Patch(at, at, yt.newline(text) + yt.newline(text).join(lines)),
        ]
    block, flow = _generated(activity)
    if model is None:
        return [*removal, _insert_activity(text, spec, one.phase, 0, block, flow)]
    return [*removal, yt.insert_item(text, [_span(s) for s in siblings], k, block, flow)]


def _generated(activity: Activity) -> tuple[list[str], str]:
    """An activity written out from the model (when its text cannot be moved as it is)."""
    row = "{" + ", ".join(f"{a.department}: {a.cell}" for a in activity.raci) + "}"
    block = [f"id: {activity.id}", f"name: {_text_yaml(activity.name)}", f"raci: {row}"]
    if activity.mode:
        block.append(f"mode: {activity.mode}")
    if activity.kpis:
        block.append(f"kpis: [{', '.join(activity.kpis)}]")
    if activity.handoff:
        block.append("handoff: true")
    if activity.description:
        block.append(f"description: {_text_yaml(activity.description)}")
    return block, "{" + ", ".join(block) + "}"


def _add_department(text: str, spec: Spec, one: AddDepartment) -> list[yt.Patch]:
    _new_id(spec, "department", one.id)
    if one.kind not in DEPARTMENT_KINDS:
        raise EditError("edit.bad_kind", kind=one.kind, allowed=", ".join(DEPARTMENT_KINDS))
    block = [f"id: {one.id}", f"name: {_scalar(one.name)}", f"kind: {one.kind}"]
    if one.headcount is not None:
        block.append(f"headcount: {int(one.headcount)}")
    siblings = [_span(d) for d in spec.departments]
    if not siblings:
        raise yt.TextEditError("no department to take the style from")
    return [yt.insert_item(text, siblings, len(siblings), block, "{" + ", ".join(block) + "}")]


def _set_kpi_field(text: str, spec: Spec, one: SetKpiField) -> list[yt.Patch]:
    kpi = _need(spec, "kpi", one.kpi)
    if one.field not in KPI_FIELDS:
        raise EditError("edit.bad_field", field=one.field, allowed=", ".join(KPI_FIELDS))
    sl = yt.Slice(text, _span(kpi))
    found = sl.pair(one.field)
    if one.value is None:
        if found is None:
            return []
        root = sl.mapping()
        index = [k for k, _ in root.value].index(found[0])
        return yt.remove_pair(text, sl, root, index, None)
    if one.field in ("owner", "parent"):
        _need(spec, "department" if one.field == "owner" else "kpi", one.value)
    if found is not None:
        return [yt.replace_node(sl, found[1], _scalar(one.value))]
    return [yt.insert_pair(text, sl, sl.root, one.field, _scalar(one.value))]


def _set_name(text: str, spec: Spec, one: SetName) -> list[yt.Patch]:
    if one.lang not in LANGS:
        raise EditError("edit.bad_lang", lang=one.lang)
    element = (
        spec.org if one.kind == "org" else (_activity if one.kind == "activity" else _kind(one.kind))(spec, one.id)
    )
    sl = yt.Slice(text, _span(element))
    found = sl.pair("name")
    value = _scalar(one.text)
    if found is None:
        return [yt.insert_pair(text, sl, sl.root, "name", value)]
    node = found[1]
    if node.tag.endswith(":map"):
        inner = sl.pair(one.lang, node)
        if inner is not None:
            return [yt.replace_node(sl, inner[1], value)]
        return [yt.insert_pair(text, sl, node, one.lang, value, first=one.lang == "ja")]
    old = element.name
    if replaces_plain(old.ja, old.en, spec.org.locale, one.lang):
        return [yt.replace_node(sl, node, value)]
    both = Text(**{**{"ja": old.ja, "en": old.en}, one.lang: one.text})
    return [yt.replace_node(sl, node, _text_yaml(both))]


def _kind(kind: str) -> Any:
    if kind not in ("department", "phase", "kpi"):
        raise EditError("edit.bad_kind_of_element", kind=kind)
    return lambda spec, ident: _need(spec, kind, ident)


_PATCHERS: dict[type[Edit], Callable[[str, Spec, Any], list[yt.Patch]]] = {
    SetCell: _set_cell,
    RemoveCell: _remove_cell,
    AddActivity: _add_activity,
    RemoveActivity: _remove_activity,
    RenameActivity: _rename_activity,
    MoveActivity: _move_activity,
    AddDepartment: _add_department,
    SetKpiField: _set_kpi_field,
    SetName: _set_name,
    CommentCell: _comment_cell,
}


def _scalar(text: str | None) -> str:
    """A value as YAML that reads back the same inside braces or on its own line."""
    return scalar(text or "", flow=True)
