"""The shareable report: one self-contained HTML page with every view and the findings.

``raci report SPEC -o report.html`` is what goes into a workshop invitation: a table of
contents, the findings, the mission, the RACI matrix (with its filters), the lifecycle
map and the KPI tree as inline SVG (when Graphviz is installed; otherwise readable HTML
tables and lists), and a charter per department. No network, no external files.

The mission and charter sections reuse those views' own pages: their ``<body>`` is
embedded and their CSS is nested under the section (native CSS nesting), so the page
styles cannot leak into each other. The matrix comes in through its template macros.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from raci.i18n import t
from raci.render import RENDERERS, Document, Options, RenderError

if TYPE_CHECKING:
    from raci.spec.model import Department

FORMATS = RENDERERS["report"].formats
BINARY: frozenset[str] = frozenset()

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
_HEAD = re.compile(r"<head\b[^>]*>(.*?)</head>", re.S | re.I)
_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S | re.I)
_END_STYLE = re.compile(r"</style", re.I)
_AT_PAGE = re.compile(r"@page\s*\{[^}]*\}")
_SVG_START = re.compile(r"<svg\b", re.S)


def render(doc: Document, fmt: str, options: Options) -> str:
    from raci.render import charter, finding_links, mission
    from raci.render.charter_names import Names
    from raci.render.forked import render_all
    from raci.render.matrix import build
    from raci.render.templating import render_template

    if fmt not in FORMATS:
        raise RenderError(f"the report has no format {fmt!r}; it is html")
    lang = options.lang
    spec = doc.spec
    names = Names(spec, lang)  # one for every charter: they name the same activities
    # Graphviz draws the diagrams while the charters are written
    lifecycle = _start_diagram("lifecycle", doc, options)
    kpi_tree = _start_diagram("kpi-tree", doc, options) if spec.kpis else None

    def charter_page(department: Department) -> str:
        context = charter.charter_context(doc, department, lang, names)
        return mission.render_view("charter", "html", dataclasses.replace(options, department=department.id), context)

    try:
        pages = render_all(charter_page, spec.departments, weight=sum(len(p.activities) for p in spec.phases))
        mission_page = mission.render(doc, "html", options)
    finally:  # Graphviz waited for even when a page fails (a broken --templates file): no stray process
        diagrams = {"lifecycle": lifecycle(), "kpi_tree": kpi_tree() if kpi_tree else None}
    sections: dict[str, Any] = {
        "mission": _embed(mission_page, "raci-mission-page"),
        "charters": [
            {"id": d.id, "name": d.name.get(lang), "page": _embed(page, "raci-charter-page")}
            for d, page in zip(spec.departments, pages, strict=True)
        ],
        **diagrams,
    }
    links = finding_links.build(spec, doc.findings)
    findings = [
        {
            "anchor": links.finding_anchor[i],
            "target": links.finding_target[i],
            "code": f.code,
            "severity": f.severity,
            "severity_label": t(f"render.report.severity.{f.severity}", lang),
            "line": f.span.line if f.span else None,
            "column": f.span.column if f.span else None,
            "message": f.message(lang),
            "hint": f.hint(lang),
        }
        for i, f in enumerate(doc.findings)
    ]
    counts = {s: sum(1 for f in doc.findings if f.severity == s) for s in ("error", "warning", "info")}
    context = dict(
        lang=lang,
        t=lambda key, **values: t(f"render.report.{key}", lang, values),
        org=spec.org.name.get(lang),
        source=spec.source,
        findings=findings,
        counts=counts,
        m=build(doc, Options(lang=lang)),
        links=links,
        sections=sections,
        # the diagrams' stand-ins only where a diagram is missing (no Graphviz)
        fallback=_fallbacks(doc, lang) if None in (sections["lifecycle"], sections["kpi_tree"]) else None,
    )
    return render_template("report.html.j2", options, context)


def _embed(page: str, scope: str) -> dict[str, Any]:
    """The body of a rendered page, and its CSS nested under ``.scope`` (no @page rules).

    The CSS goes into the report's ``<style>`` unescaped (``Markup``): escaping would turn
    ``&`` and the quoted font names into ``&amp;`` and ``&#34;``, and the browser would drop
    the rules. It is safe because it is raci's own template text: it is taken from the
    ``<style>`` elements of the page's ``<head>`` only, where the templates put no spec text
    (spec text lives in the body and in ``<title>``, autoescaped, so it cannot open or close
    a ``<style>``). As a last guard nothing that could end the report's ``<style>`` element
    (``</style``, any case) is let through.
    """
    from markupsafe import Markup

    body = _BODY.search(page)
    head = _HEAD.search(page)
    styles = _STYLE.findall(head.group(1)) if head else []
    css = "\n".join(_AT_PAGE.sub("", style) for style in styles)
    css = css.replace(":root", "&")  # custom properties now live on the section
    css = _END_STYLE.sub("", css)
    return {
        "body": body.group(1) if body else "",
        "css": Markup(f".{scope} {{\n{css}\n}}"),  # safe: raci's own CSS, see the docstring
        "scope": scope,
    }


def _start_diagram(view: str, doc: Document, options: Options) -> Callable[[], dict[str, Any] | None]:
    """Start drawing the view as SVG; the function returned gives it as inline SVG, or
    ``None`` when Graphviz is not installed or fails (the page shows a fallback)."""
    from raci.render import get
    from raci.render.graphviz import start_dot

    try:
        finish = start_dot(get(view).to_dot(doc, options), "svg", options.lang)
    except RenderError:
        return lambda: None

    def svg() -> dict[str, Any] | None:
        try:
            text = finish().decode("utf-8")
        except RenderError:
            return None
        start = _SVG_START.search(text)
        return {"svg": text[start.start() :] if start else ""}

    return svg


def _fallbacks(doc: Document, lang: str) -> dict[str, Any]:
    """What the page shows instead of the diagrams when Graphviz is missing."""
    spec, graph = doc.spec, doc.graph
    phases = []
    for phase in spec.phases:
        owner = graph.phase_owner(phase)
        lanes: dict[str, list[str]] = {d.id: [] for d in spec.departments}
        for activity in phase.activities:  # once per cell, not once per department
            for cell in activity.raci:
                if {"R", "A"} & cell.roles and cell.department in lanes:
                    lanes[cell.department].append(activity.name.get(lang))
        phases.append(
            {
                "name": phase.name.get(lang),
                "owner": spec.department(owner).name.get(lang) if owner else None,
                "lanes": lanes,
            }
        )
    handoffs = [
        {
            "before": h.before.name.get(lang),
            "after": h.after.name.get(lang),
            "giver": spec.department(h.giver).name.get(lang),
            "taker": spec.department(h.taker).name.get(lang),
        }
        for h in graph.handoffs()
    ]
    kpis = _kpi_outline(doc, lang)
    return {
        "departments": [{"id": d.id, "name": d.name.get(lang)} for d in spec.departments],
        "phases": phases,
        "handoffs": handoffs,
        "kpis": kpis,
    }


INDENT_LEVELS = 24
"""Deeper KPIs are indented no further: the outline stays on the page."""


def _kpi_outline(doc: Document, lang: str) -> list[dict[str, Any]]:
    """The KPI tree as an indented list, each KPI's children below its first appearance.

    Iterative, and each KPI expanded once: a chain of thousands of KPIs overflowed
    Python's stack, and KPIs with several parents (diamonds, level after level) made a
    recursive expansion grow exponentially.
    """
    spec = doc.spec
    children: dict[str, list[str]] = {}
    for kpi in spec.kpis:
        for parent in kpi.parents:
            children.setdefault(parent, []).append(kpi.id)
    roots = [k.id for k in spec.kpis if not k.parents or k.level == "kgi"]
    expanded: set[str] = set()
    outline = []
    stack = [(root, 0) for root in reversed(roots)]
    while stack:
        kpi_id, depth = stack.pop()
        kpi = spec.kpi(kpi_id)
        owner = spec.department(kpi.owner).name.get(lang) if kpi.owner else None
        target = " ".join(x for x in (kpi.target, kpi.unit) if x)
        indent = min(depth, INDENT_LEVELS) * 1.5
        outline.append(
            {"name": kpi.name.get(lang), "level": kpi.level, "owner": owner, "target": target, "indent": indent}
        )
        if kpi_id not in expanded:
            expanded.add(kpi_id)
            stack.extend((child, depth + 1) for child in reversed(children.get(kpi_id, [])))
    return outline
