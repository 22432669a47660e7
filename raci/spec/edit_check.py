"""The model an edit should give, to check the patched text against.

An edit patches text; this module says, independently, what the model must look like
afterwards, on a plain position-free form of the spec (dicts and lists). The editor
loads the patched text and compares: a patch that changed more (or less) than it
should is caught before anything is written.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any

from raci.spec.cells import canonical
from raci.spec.kpi_library import LIBRARY

if TYPE_CHECKING:
    from raci.spec.edit_types import Edit

_SKIP = frozenset(("span", "spans", "suppressions", "_index"))
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


def plain(obj: Any) -> Any:
    """``obj`` without positions: dataclasses → dicts, tuples → lists, role sets → ``A/R``.

    Each call builds new containers, so :func:`expect` may change its argument in place.
    """
    names = _FIELDS.get(type(obj))
    if names is None:
        if isinstance(obj, tuple | list):
            return [plain(x) for x in obj]
        if isinstance(obj, frozenset):
            return "/".join(r for r in "ARCI" if r in obj)
        if not (dataclasses.is_dataclass(obj) and not isinstance(obj, type)):
            return obj
        names = _FIELDS[type(obj)] = tuple(f.name for f in dataclasses.fields(obj) if f.name not in _SKIP)
    return {name: plain(getattr(obj, name)) for name in names}


_FIELDS: dict[type, tuple[str, ...]] = {}


def replaces_plain(ja: str | None, en: str | None, locale: str | None, lang: str) -> bool:
    """Whether a name written as one plain string is replaced (it is in ``lang``) rather than
    becoming ``{ja: …, en: …}``: the spec's ``org.locale`` decides, else the script it is in."""
    if ja != en or ja is None:
        return False
    written_in = locale or ("ja" if _JAPANESE.search(ja) else "en")
    return written_in == lang


def _cell(department: str, roles: str) -> dict[str, Any]:
    """A plain cell in the form :func:`plain` gives an :class:`~raci.spec.model.Assignment`."""
    return {"department": department, "roles": roles, "note": None, "situational": False}


def _text(value: str) -> dict[str, str]:
    return {"ja": value, "en": value}


def _activities(p: dict[str, Any]) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    return {a["id"]: (ph, a) for ph in p["phases"] for a in ph["activities"]}


def _by_id(items: list[dict[str, Any]], ident: str) -> dict[str, Any]:
    return next(item for item in items if item["id"] == ident)


def _named(p: dict[str, Any], kind: str, ident: str) -> dict[str, Any]:
    if kind == "org":
        return p["org"]  # type: ignore[no-any-return, unused-ignore]
    if kind == "activity":
        return _activities(p)[ident][1]
    return _by_id(p[{"department": "departments", "phase": "phases", "kpi": "kpis"}[kind]], ident)


def _set_name(p: dict[str, Any], element: dict[str, Any], lang: str, text: str) -> None:
    old = element["name"] or {"ja": None, "en": None}
    if replaces_plain(old["ja"], old["en"], p["org"]["locale"], lang):
        element["name"] = _text(text)
    else:
        element["name"] = {**old, lang: text}


def expect(before: dict[str, Any], one: Edit) -> dict[str, Any]:
    """The plain model after ``one`` is applied to the plain model ``before`` (changed in place)."""
    from raci.spec import edit_types as e

    p = before
    acts = _activities(p)
    if isinstance(one, e.SetCell):
        row = acts[one.activity][1]["raci"]
        cell = canonical(e.parse_cell(one.cell))
        found = next((c for c in row if c["department"] == one.department), None)
        if found is None:
            row.append(_cell(one.department, cell))
        else:  # the roles change; a note or situational flag stays
            found["roles"] = cell
    elif isinstance(one, e.RemoveCell):
        activity = acts[one.activity][1]
        activity["raci"] = [c for c in activity["raci"] if c["department"] != one.department]
    elif isinstance(one, e.AddActivity):
        phase = _by_id(p["phases"], one.phase)
        new = _new_activity(one.id, one.name, one.phase)
        new["raci"] = [_cell(d, canonical(e.parse_cell(c))) for d, c in one.raci.items()]
        _insert(phase["activities"], one.position, new)
    elif isinstance(one, e.RemoveActivity):
        phase, activity = acts[one.id]
        phase["activities"].remove(activity)
    elif isinstance(one, e.RenameActivity):
        activity = acts[one.id][1]
        if one.new_id is not None:
            activity["id"] = one.new_id
            for dept in p["departments"]:
                for item in (dept["scope"] or {}).get("does_not", []):
                    if item["activity"] == one.id:
                        item["activity"] = one.new_id
        if one.name is not None:
            _set_name(p, activity, one.lang or p["org"]["locale"] or "en", one.name)
    elif isinstance(one, e.MoveActivity):
        phase, activity = acts[one.id]
        phase["activities"].remove(activity)
        activity["phase"] = one.phase
        _insert(_by_id(p["phases"], one.phase)["activities"], one.position, activity)
    elif isinstance(one, e.AddDepartment):
        p["departments"].append(
            {
                "id": one.id,
                "name": _text(one.name),
                "kind": one.kind,
                "headcount": one.headcount,
                "accounts": None,
                "scope": None,
            }
        )
    elif isinstance(one, e.SetKpiField):
        _set_kpi(_by_id(p["kpis"], one.kpi), one.field, one.value)
    elif isinstance(one, e.SetName):
        _set_name(p, _named(p, one.kind, one.id), one.lang, one.text)
    return p


def _new_activity(ident: str, name: str, phase: str) -> dict[str, Any]:
    return {
        "id": ident,
        "name": _text(name),
        "phase": phase,
        "raci": [],
        "mode": None,
        "kpis": [],
        "handoff": False,
        "description": None,
    }


def _insert(items: list[Any], position: int | None, item: Any) -> None:
    k = len(items) if position is None else max(0, min(position, len(items)))
    items.insert(k, item)


def _set_kpi(kpi: dict[str, Any], field: str, value: str | None) -> None:
    base = LIBRARY.get(kpi["use"]) if kpi.get("use") else None
    if field == "parent":
        kpi["parents"] = [] if value is None else [value]
    elif field in ("name", "description"):
        fallback = plain(getattr(base, field)) if base else None
        kpi[field] = fallback if value is None else _text(value)
    elif value is None and base is not None and field in ("level", "unit"):
        kpi[field] = getattr(base, field)
    else:
        kpi[field] = value
