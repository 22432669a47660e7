"""``raci workshop report``: one self-contained HTML page across rounds (no network, no script).

The last round as a heatmap of agreement (each cell opens, with ``<details>``, who
answered what and why), perception gaps per department, the ranked conflicts, the
consensus draft's findings, and — given several rounds (day 0, 30, 90…) — how agreement
moved, overall and per department, as an inline SVG chart. The template
(``templates/workshop.html.j2``) is autoescaped and the page's Content-Security-Policy
allows no script at all: a participant's name is text, whatever it contains.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from raci.i18n import t
from raci.workshop import WorkshopError
from raci.workshop.agenda import check
from raci.workshop.results import VERSION
from raci.workshop.wording import describe, sep, whole

CHART = {"width": 720, "height": 300, "left": 48, "right": 16, "top": 16, "bottom": 40}
"""The chart's box; its legend is HTML below it, so long department names wrap instead of being cut."""
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")


def load(folder: Path) -> dict[str, Any]:
    """The ``results.json`` of one collected round."""
    path = folder / "results.json" if folder.is_dir() else folder
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WorkshopError("workshop.report.no_results", path=str(path)) from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise WorkshopError("workshop.report.bad_results", path=str(path), reason=str(error)) from None
    if not isinstance(data, dict) or data.get("version") != VERSION or "cells" not in data:
        raise WorkshopError("workshop.report.bad_results", path=str(path), reason=f"not version {VERSION} results")
    return data


def colour(value: float | None) -> str:
    """Red (0) through yellow (0.5) to green (1); grey when there is nothing to compare."""
    if value is None:
        return "#eeeeee"
    stops = ((0.0, (244, 109, 67)), (0.5, (254, 224, 139)), (1.0, (166, 217, 106)))
    value = min(max(value, 0.0), 1.0)
    (x0, c0), (x1, c1) = (stops[0], stops[1]) if value <= 0.5 else (stops[1], stops[2])
    share = (value - x0) / (x1 - x0)
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(c0, c1, strict=True))


def chart(rounds: Sequence[dict[str, Any]], lang: str) -> dict[str, Any]:
    """Geometry of the agreement chart: one polyline per series (overall, alpha, departments)."""
    box = CHART
    inner_w = box["width"] - box["left"] - box["right"]
    inner_h = box["height"] - box["top"] - box["bottom"]
    count = len(rounds)

    def x(i: int) -> float:
        return box["left"] + (inner_w * i / (count - 1) if count > 1 else inner_w / 2)

    def y(value: float) -> float:
        return box["top"] + inner_h * (1 - max(min(value, 1.0), 0.0))  # a negative alpha sits on the axis

    series: list[dict[str, Any]] = [
        {
            "label": t("workshop.report.agreement", lang),
            "values": [r["agreement"] for r in rounds],
            "colour": "#101828",
            "width": 3,
            "dash": "",
        },
        {
            "label": t("workshop.report.alpha", lang),
            "values": [r["alpha"] for r in rounds],
            "colour": "#101828",
            "width": 2,
            "dash": "6 4",
        },
    ]
    last = rounds[-1]
    for index, dept in enumerate(last["departments"]):
        values = [next((d["agreement"] for d in r["departments"] if d["id"] == dept["id"]), None) for r in rounds]
        series.append(
            {"label": dept["name"], "values": values, "colour": PALETTE[index % len(PALETTE)], "width": 1.5, "dash": ""}
        )
    for line in series:
        points = [(x(i), y(v)) for i, v in enumerate(line["values"]) if v is not None]
        line["points"] = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        line["dots"] = points
    ticks = [
        {"value": f"{v:.2f}".rstrip("0").rstrip(".") if v else "0", "y": y(v)} for v in (0.0, 0.25, 0.5, 0.75, 1.0)
    ]
    labels = [{"text": r["round"], "x": x(i)} for i, r in enumerate(rounds)]
    return {
        **box,
        "series": series,
        "ticks": ticks,
        "labels": labels,
        "axis_y": box["height"] - box["bottom"],
    }


def context(rounds: Sequence[dict[str, Any]], lang: str) -> dict[str, Any]:
    last = rounds[-1]
    names = {d["id"]: d["name"] for d in last["departments"]}
    phases = {p["id"]: p["name"] for p in last["phases"]}
    cells = {(c["activity"], c["department"]): c for c in last["cells"]}
    comments = {a["id"]: a["comments"] for a in last["activities"]}
    none = t("workshop.no_role", lang)
    heat = []
    for phase in last["phases"]:
        rows = []
        for activity in (a for a in last["activities"] if a["phase"] == phase["id"]):
            row = []
            for dept in last["departments"]:
                cell = cells[(activity["id"], dept["id"])]
                answers = [
                    {
                        "name": who,
                        "value": value or none if value is not None else "—",
                        "note": cell["notes"].get(who, ""),
                    }
                    for who, value in cell["answers"].items()
                ]
                row.append(
                    {
                        **cell,
                        "colour": colour(cell["agreement"]),
                        "percent": _percent(cell["agreement"]),
                        "list": answers,
                        "department_name": dept["name"],
                    }
                )
            rows.append({"activity": activity, "cells": row, "comments": comments.get(activity["id"], {})})
        heat.append({"phase": phase, "rows": rows})
    conflicts = []
    for conflict in last["conflicts"]:
        shown = {**conflict, "phase": phases.get(conflict.get("phase") or "", conflict.get("phase"))}
        activity = next((a for a in last["activities"] if a["id"] == conflict["activity"]), None)
        confirm = bool(conflict.get("confirm"))
        text = check(conflict, names, lang) if confirm else describe(shown, names, lang)
        conflicts.append(
            {
                "kind": conflict["kind"],
                "activity": activity,
                "department": conflict["department"],
                "text": text,
                "confirm": confirm,
                "split": conflict["detail"].get("direction") == "split",
            }
        )
    absent = [names.get(d, d) for d in last.get("unrepresented", [])]
    gaps = [
        {
            "department": d,
            "entries": [
                c for c in conflicts if c["kind"] == "perception_gap" and c["department"] == d["id"] and not c["split"]
            ],
        }
        for d in last["departments"]
    ]
    return {
        "lang": lang,
        "rounds": rounds,
        "last": last,
        "heat": heat,
        "departments": last["departments"],
        "conflicts": [c for c in conflicts if not c["confirm"]],
        "checks": [c for c in conflicts if c["confirm"]],
        "unrepresented": absent,
        "unrepresented_text": whole("workshop.unrepresented", lang, {"departments": sep(lang).join(absent)}),
        "gaps": gaps,
        "chart": chart(rounds, lang),
        "percent": _percent,
        "number": _number,
    }


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def render(folders: Sequence[Path], lang: str | None = None) -> str:
    """The page for ``folders`` (one collected round each, in the order given)."""
    from raci.render import Options
    from raci.render.templating import render_template

    rounds = [load(folder) for folder in folders]
    lang = lang or rounds[-1]["lang"]
    page_context = context(rounds, lang)

    def label(key: str, **args: object) -> str:
        return t(f"workshop.report.{key}", lang, args)

    return render_template("workshop.html.j2", Options(lang=lang), {**page_context, "t": label})
