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

if TYPE_CHECKING:
    from raci.spec.model import Spec

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


def items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Activities to discuss, most pressing first: each with its conflicts and contested cells."""
    by_activity: dict[str, dict[str, Any]] = {}
    order = {a["id"]: i for i, a in enumerate(data["activities"])}
    for conflict in data["conflicts"]:
        if conflict["activity"] is None:
            continue
        entry = by_activity.setdefault(conflict["activity"], {"score": 0.0, "conflicts": [], "cells": []})
        entry["conflicts"].append(conflict)
        entry["score"] = max(entry["score"], conflict["score"])
    for cell in data["cells"]:
        if cell["contested"] or cell["tie"]:
            entry = by_activity.setdefault(cell["activity"], {"score": 0.0, "conflicts": [], "cells": []})
            entry["cells"].append(cell)
    ranked = []
    for activity, entry in by_activity.items():
        spread = sum(1 - (c["agreement"] if c["agreement"] is not None else 1) for c in entry["cells"])
        ranked.append({"activity": activity, **entry, "spread": spread})
    ranked.sort(key=lambda e: (-e["score"], -e["spread"], order[e["activity"]]))
    return ranked


def whole(key: str, lang: str, args: dict[str, str]) -> str:
    """:func:`raci.i18n.t` without shortening ``args`` (lists of departments are long on purpose)."""
    marks = {name: f"\ue000{name}\ue000" for name in args}
    text = t(key, lang, marks)
    for name, value in args.items():
        text = text.replace(marks[name], value)
    return text


def describe(conflict: dict[str, Any], names: dict[str, str], lang: str) -> str:
    """One conflict in a sentence of the reader's language."""
    kind = conflict["kind"]
    detail = conflict["detail"]
    sep = "、" if lang == "ja" else ", "

    def dept(ident: str) -> str:
        return names.get(ident, ident)

    if kind == "accountable" and len(detail["views"]) == 1:
        holders = detail["majority"]
        if not holders:
            return t("workshop.conflict.accountable_none", lang)
        return whole("workshop.conflict.accountable_many", lang, {"departments": sep.join(dept(d) for d in holders)})
    if kind == "accountable":
        views = [
            f"{sep.join(dept(d) for d in view.split(',') if d) or t('workshop.nobody', lang)} ({n})"
            for view, n in sorted(detail["views"].items(), key=lambda i: -i[1])
        ]
        return whole("workshop.conflict.accountable", lang, {"views": "; ".join(views)})
    if kind == "nobody_responsible":
        expected = sep.join(f"{dept(d)} ({n})" for d, n in detail["expected"].items())
        return whole("workshop.conflict.nobody_responsible", lang, {"departments": expected})
    if kind == "perception_gap":
        key = f"workshop.conflict.gap_{detail['direction']}"
        none = t("workshop.no_role", lang)
        args = {
            "department": dept(conflict["department"]),
            "self": detail["self"] or none,
            "others": detail["others"] or none,
        }
        return t(key, lang, args)
    return t(
        "workshop.conflict.blank_phase", lang, {"department": dept(conflict["department"]), "phase": conflict["phase"]}
    )


def markdown(data: dict[str, Any], spec: Spec) -> str:
    lang = data["lang"]
    names = {d.id: d.name.get(lang) for d in spec.departments}
    activities = {a["id"]: a for a in data["activities"]}
    phases = {p["id"]: p["name"] for p in data["phases"]}
    lines = [f"# {md_cell(t('workshop.agenda.title', lang, {'org': data['org'], 'round': data['round']}))}", ""]
    figures = {
        "count": len(data["participants"]),
        "contested": data["contested"],
        "agreement": _percent(data["agreement"]),
        "alpha": "—" if data["alpha"] is None else f"{data['alpha']:.2f}",
    }
    lines += [t("workshop.agenda.summary", lang, figures), ""]
    blank = [c for c in data["conflicts"] if c["kind"] == "blank_phase"]
    if blank:
        lines += [f"## {t('workshop.agenda.first', lang)}", ""]
        for conflict in blank:
            conflict = {**conflict, "phase": phases.get(conflict["phase"], conflict["phase"])}
            lines.append(f"- {md_cell(describe(conflict, names, lang))}")
        lines.append("")
    teams = groups(data["participants"])
    todo = items(data)
    if not todo:
        lines += [t("workshop.agenda.nothing", lang), ""]
        return "\n".join(lines)
    if len(teams) > 1:
        lines += [f"## {t('workshop.agenda.groups', lang)}", ""]
        for number, team in enumerate(teams, 1):
            members = ", ".join(md_cell(f"{p['name']} ({names.get(p['department'] or '', '—')})") for p in team)
            lines.append(f"- **{t('workshop.agenda.group', lang, {'number': number})}** ({len(team)}): {members}")
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
    return "\n".join(lines).rstrip() + "\n"


def _item(
    number: int,
    item: dict[str, Any],
    activities: dict[str, Any],
    phases: dict[str, str],
    names: dict[str, str],
    lang: str,
) -> list[str]:
    from raci.workshop.consensus import answers_line

    activity = activities[item["activity"]]
    title = f"{activity['name']} [{activity['id']}] — {phases[activity['phase']]}"
    lines = [f"### {number}. {md_cell(title)}", ""]
    for conflict in item["conflicts"]:
        lines.append(f"- {md_cell(describe(conflict, names, lang))}")
    for cell in item["cells"]:
        answers = answers_line(cell["answers"], lang)
        share = _percent(cell["agreement"])
        lines.append(f"- {md_cell(names[cell['department']])} ({share}): {md_cell(answers)}")
        for who, note in cell.get("notes", {}).items():
            lines.append(f"  - {md_cell(who)}: {md_cell(note)}")
    if activity["comments"]:
        lines.append(f"- {t('workshop.agenda.why', lang)}")
        for who, text in activity["comments"].items():
            lines.append(f"  - {md_cell(who)}: {md_cell(text)}")
    lines.append("")
    return lines


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"
