"""The page's requests as edits of :mod:`raci.spec.edit`: the one writer of spec text.

A request carries a list of operations, applied together as one step of the history
(the activity form saves names, phase and id at once). Each is a JSON object with an
``op``; anything else is a :class:`BadRequest` (HTTP 400), checked here so that the edit
engine only ever sees well-typed edits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from raci.spec import edit as E
from raci.spec.cells import canonical
from raci.spec.model import Spec

ROLES = "RACI"
MAX_OPS = 50


class BadRequest(ValueError):
    """A request the page would never send (the reason is for the developer, in English)."""


def _text(op: Mapping[str, Any], name: str, *, optional: bool = False) -> Any:
    value = op.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise BadRequest(f"'{name}' must be a string")
    return value


def _position(op: Mapping[str, Any]) -> int | None:
    value = op.get("position")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadRequest("'position' must be a whole number from 0")
    return value


def _roles(spec: Spec, activity: str, department: str) -> frozenset[str]:
    try:
        found = spec.activity(activity)
    except KeyError:
        return frozenset()  # the edit engine names the unknown id, with a did-you-mean
    return next((a.roles for a in found.raci if a.department == department), frozenset())


def _toggle(spec: Spec, op: Mapping[str, Any]) -> E.Edit:
    activity, department, role = _text(op, "activity"), _text(op, "department"), _text(op, "role").upper()
    if role not in ROLES or len(role) != 1:
        raise BadRequest("'role' must be one of R, A, C, I")
    roles = _roles(spec, activity, department) ^ {role}
    if not roles:
        return E.RemoveCell(activity, department)
    return E.SetCell(activity, department, canonical(frozenset(roles)))


def _clear(_spec: Spec, op: Mapping[str, Any]) -> E.Edit:
    return E.RemoveCell(_text(op, "activity"), _text(op, "department"))


def _add(_spec: Spec, op: Mapping[str, Any]) -> E.Edit:
    return E.AddActivity(_text(op, "phase"), _text(op, "id").strip(), _text(op, "name").strip(), {}, _position(op))


def _rename(_spec: Spec, op: Mapping[str, Any]) -> E.Edit:
    return E.RenameActivity(_text(op, "id"), new_id=_text(op, "new_id").strip())


def _move(_spec: Spec, op: Mapping[str, Any]) -> E.Edit:
    return E.MoveActivity(_text(op, "id"), _text(op, "phase"), _position(op))


def _name(_spec: Spec, op: Mapping[str, Any]) -> E.Edit:
    return E.SetName(_text(op, "kind"), _text(op, "id"), _text(op, "lang"), _text(op, "text").strip())


def _remove(_spec: Spec, op: Mapping[str, Any]) -> E.Edit:
    return E.RemoveActivity(_text(op, "id"))


_OPS: dict[str, Callable[[Spec, Mapping[str, Any]], E.Edit]] = {
    "toggle": _toggle,
    "clear": _clear,
    "add": _add,
    "rename": _rename,
    "move": _move,
    "name": _name,
    "remove": _remove,
}


def edits_of(spec: Spec, ops: Any) -> list[E.Edit]:
    """The edits a request's ``edits`` list asks for, computed on ``spec`` (a toggle depends on the cell)."""
    if not isinstance(ops, list) or not ops or len(ops) > MAX_OPS:
        raise BadRequest(f"'edits' must be a list of 1 to {MAX_OPS} operations")
    edits = []
    for op in ops:
        if not isinstance(op, dict) or op.get("op") not in _OPS:
            raise BadRequest(f"each operation needs 'op', one of {', '.join(_OPS)}")
        edits.append(_OPS[op["op"]](spec, op))
    return edits


def structural(ops: list[dict[str, Any]]) -> bool:
    """Whether the rows of the matrix change (the page then reloads the whole table)."""
    return any(op.get("op") not in ("toggle", "clear") for op in ops)
