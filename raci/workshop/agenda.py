"""``agenda.md``: what to settle in the room, in order, in blocks for groups of 6-8.

An agenda item is an activity with a contested cell or a conflict: its conflicts in
words, who answered what per contested cell, and the comments that explain them. Items
come in the conflicts' rank, then by how split they are. With more than eight people the
room splits into groups of 6-8 (seed 004), departments mixed in each; items go to the
groups in turn, five to a block of about fifteen minutes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from raci.i18n import t
from raci.render.templating import md_cell
from raci.workshop.wording import answers_line, describe, sep, whole

if TYPE_CHECKING:
    from raci.spec.model import Spec

CELL_WEIGHT = 1.0
"""A contested or tied cell with no conflict ranks below every conflict (:mod:`.conflicts`)."""
QUESTION_WEIGHT = 0.5
"""An activity with only a comment comes after every disagreement, still in the room."""
GROUP_MOST = 8
ITEMS_PER_BLOCK = 5
MINUTES_PER_BLOCK = 15


def groups(participants: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Participants in ⌈n/8⌉ groups of near-equal size, each department spread across them."""
    if not participants:
        return []
    count = max(1, math.ceil(len(participants) / GROUP_MOST))
    ordered = sorted(participants, key=lambda p: (p.get("department") or "", p["name"]))
    out: list[list[dict[str, Any]]] = [[] for _ in range(count)]
    for index, person in enumerate(ordered):
        out[index % count].append(person)
    return out


def plan(data: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The activities to discuss, most pressing first, and the one-line checks.

    An item is an activity with a conflict to debate, a contested or tied cell, or a
    participant's comment (a comment is a question to the room). A conflict marked
    ``confirm`` (the majority is clear and the lone dissent is a blank) gives no item
    of its own: it goes to the short list of checks, unless its activity is an item."""
    by_activity: dict[str, dict[str, Any]] = {}
    order = {a["id"]: i for i, a in enumerate(data["activities"])}

    def entry(activity: str) -> dict[str, Any]:
        return by_activity.setdefault(activity, {"score": 0.0, "conflicts": [], "cells": [], "notes": []})

    for conflict in data["conflicts"]:
        if conflict["activity"] is not None:
            found = entry(conflict["activity"])
            found["conflicts"].append(conflict)
            if not conflict.get("confirm"):
                found["score"] = max(found["score"], conflict["score"])
    for cell in data["cells"]:
        if cell["contested"] or cell["tie"]:
            found = entry(cell["activity"])
            found["cells"].append(cell)
            found["score"] = max(found["score"], CELL_WEIGHT + 1 - (cell["agreement"] or 0))
        if cell.get("notes"):
            found = entry(cell["activity"])
            found["notes"] += [(who, cell["department"], note) for who, note in cell["notes"].items()]
            found["score"] = max(found["score"], QUESTION_WEIGHT)
    for activity in data["activities"]:
        if activity["comments"]:
            found = entry(activity["id"])
            found["score"] = max(found["score"], QUESTION_WEIGHT)
    ranked, checks = [], []
    for activity, found in by_activity.items():
        if found["score"] == 0:
            checks += found["conflicts"]
            continue
        found["conflicts"].sort(key=lambda c: bool(c.get("confirm")))
        spread = sum(1 - (c["agreement"] if c["agreement"] is not None else 1) for c in found["cells"])
        ranked.append({"activity": activity, **found, "spread": spread})
    ranked.sort(key=lambda e: (-e["score"], -e["spread"], order[e["activity"]]))
    checks.sort(key=lambda c: order[c["activity"]])
    return ranked, checks


def items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The agenda's items, most pressing first (see :func:`plan`)."""
    return plan(data)[0]


def markdown(data: dict[str, Any], spec: Spec) -> str:
    lang = data["lang"]
    names = {d.id: d.name.get(lang) for d in spec.departments}
    activities = {a["id"]: a for a in data["activities"]}
    phases = {p["id"]: p["name"] for p in data["phases"]}
    todo, checks = plan(data)
    lines = [f"# {md_cell(t('workshop.agenda.title', lang, {'org': data['org'], 'round': data['round']}))}", ""]
    figures = {
        "count": len(data["participants"]),
        "contested": data["contested"],
        "agreement": _percent(data["agreement"]),
        "alpha": "—" if data["alpha"] is None else f"{data['alpha']:.2f}",
        "items": len(todo),
        "checks": len(checks),
    }
    lines += [t("workshop.agenda.summary", lang, figures), ""]
    first = []
    absent = [names.get(d, d) for d in data.get("unrepresented", [])]
    if absent:
        first.append(whole("workshop.unrepresented", lang, {"departments": sep(lang).join(absent)}))
    for conflict in (c for c in data["conflicts"] if c["kind"] == "blank_phase"):
        first.append(describe({**conflict, "phase": phases.get(conflict["phase"], conflict["phase"])}, names, lang))
    if first:
        lines += [f"## {t('workshop.agenda.first', lang)}", "", *(f"- {md_cell(text)}" for text in first), ""]
    if not todo and not checks:
        lines += [t("workshop.agenda.nothing", lang), ""]
        return "\n".join(lines)
    teams = groups(data["participants"])
    if len(teams) > 1 and todo:
        lines += [f"## {t('workshop.agenda.groups', lang)}", ""]
        for number, team in enumerate(teams, 1):
            members = sep(lang).join(md_cell(_person(p, names, lang)) for p in team)
            size = f"（{len(team)} 人）" if lang == "ja" else f" ({len(team)})"
            lines.append(f"- **{t('workshop.agenda.group', lang, {'number': number})}**{size}: {members}")
        lines.append("")
    count = max(1, len(teams))
    for group in range(count):
        mine = todo[group::count]
        for block, start in enumerate(range(0, len(mine), ITEMS_PER_BLOCK), 1):
            heading = t("workshop.agenda.block", lang, {"block": block, "minutes": MINUTES_PER_BLOCK})
            if count > 1:
                heading = f"{t('workshop.agenda.group', lang, {'number': group + 1})} — {heading}"
            lines += [f"## {heading}", ""]
            for number, item in enumerate(mine[start : start + ITEMS_PER_BLOCK], start + 1):
                lines += _item(number, item, activities, phases, names, lang)
    if checks:
        lines += [f"## {t('workshop.agenda.confirm', lang)}", "", t("workshop.agenda.confirm_explain", lang), ""]
        for conflict in checks:
            activity = activities[conflict["activity"]]
            lines.append(
                f"- {md_cell(activity['name'] + ' [' + activity['id'] + ']')}: {md_cell(check(conflict, names, lang))}"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def check(conflict: dict[str, Any], names: dict[str, str], lang: str) -> str:
    """A ``confirm`` conflict in one sentence: who the majority names, who left it blank."""
    views = conflict["detail"]["views"]
    holder = conflict["detail"]["majority"][0]
    args = {
        "department": names.get(holder, holder),
        "share": t("workshop.out_of", lang, {"count": views[holder], "total": sum(views.values())}),
        "names": sep(lang).join(conflict["detail"].get("blank", [])) or t("workshop.nobody", lang),
    }
    return whole("workshop.agenda.confirm_line", lang, args)


def _person(person: dict[str, Any], names: dict[str, str], lang: str) -> str:
    department = names.get(person["department"] or "", "—")
    return f"{person['name']}（{department}）" if lang == "ja" else f"{person['name']} ({department})"


def _item(
    number: int,
    item: dict[str, Any],
    activities: dict[str, Any],
    phases: dict[str, str],
    names: dict[str, str],
    lang: str,
) -> list[str]:
    activity = activities[item["activity"]]
    title = f"{activity['name']} [{activity['id']}] — {phases[activity['phase']]}"
    lines = [f"### {number}. {md_cell(title)}", ""]
    for conflict in item["conflicts"]:
        lines.append(f"- {md_cell(describe(conflict, names, lang))}")
    for cell in item["cells"]:
        args = {
            "department": names[cell["department"]],
            "share": _percent(cell["agreement"]),
            "answers": answers_line(cell["answers"], lang),
        }
        lines.append(f"- {md_cell(whole('workshop.agenda.cell', lang, args))}")
    if activity["comments"] or item["notes"]:
        lines.append(f"- {t('workshop.agenda.why', lang)}")
        for who, text in activity["comments"].items():
            lines.append(f"  - {md_cell(who)}: {md_cell(text)}")
        for who, department, note in item["notes"]:
            on = whole("workshop.agenda.note_on", lang, {"name": who, "department": names.get(department, department)})
            lines.append(f"  - {md_cell(on)}: {md_cell(note)}")
    lines.append("")
    return lines


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"
