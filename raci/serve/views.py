"""The HTML the page shows, from the current :class:`~raci.serve.state.State`.

The matrix is drawn from the matrix view's own model (:func:`raci.render.matrix_model.build`),
the lifecycle map, KPI tree and charters by their views (:mod:`raci.render`), so the page
shows what ``raci report`` shows. Templates are Jinja2 with autoescape on: every text
from the spec is text, never markup.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from raci import render
from raci.findings import severity_rank
from raci.i18n import t
from raci.render.matrix_model import build, target_of, worst
from raci.render.templating import visible
from raci.serve.state import State

TEMPLATES = Path(__file__).resolve().parent / "templates"
DIAGRAMS = {"lifecycle": "md", "kpi-tree": "mermaid"}
"""The diagrams and the text format shown when Graphviz is missing."""


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def html(template: str, lang: str, **context: Any) -> str:
    """``template`` rendered with ``context`` and ``t(key, **args)`` for the page's texts."""

    def say(key: str, **args: Any) -> str:
        return t(f"serve.ui.{key}", lang, args)

    return _environment().get_template(template).render(lang=lang, t=say, **context)


def document(state: State) -> render.Document:
    assert state.spec is not None and state.graph is not None
    return render.Document(state.spec, state.graph, state.findings)


def findings(state: State, lang: str) -> list[dict[str, Any]]:
    """The findings as the side panel lists them, or why the file does not load."""
    if state.spec is None:
        return [
            {
                "code": p.code,
                "severity": "error",
                "message": visible(t(p.key, lang, p.args)),
                "hint": None,
                "where": f"{p.span.line}:{p.span.column}" if p.span else "",
                "target": "",
            }
            for p in state.problems
        ]
    gravest_first = sorted(state.findings, key=lambda f: -severity_rank(f.severity))  # stable: then file order
    return [
        {
            "code": f.code,
            "severity": f.severity,
            "message": visible(f.message(lang)),
            "hint": visible(hint) if (hint := f.hint(lang)) else None,
            "where": f"{f.span.line}:{f.span.column}" if f.span else "",
            "target": target_of(f),
        }
        for f in gravest_first
    ]


def flags(state: State) -> dict[str, str]:
    """The gravest severity per finding target (``activity:ID``, ``department:ID``, ``phase:ID``)."""
    by_target: dict[str, list[Any]] = {}
    for f in state.findings:
        target = target_of(f)
        if target:
            by_target.setdefault(target, []).append(f)
    return {target: worst(found) or "info" for target, found in by_target.items()}


def matrix(state: State, lang: str) -> str:
    """The editable matrix: one cell element per activity × department."""
    if state.spec is None:
        return ""
    spec = state.spec
    model = build(document(state), lang)
    names = {a.id: {"ja": a.name.ja or "", "en": a.name.en or ""} for a in spec.activities()}
    return html("matrix.html.j2", lang, m=model, names=names, flags=flags(state))


def findings_html(state: State, lang: str, path: str) -> str:
    """The side panel: the findings, the gravest first (what the room must fix), each with file:line:col."""
    name = os.path.basename(path)
    return html("findings.html.j2", lang, findings=findings(state, lang), broken=state.spec is None, path=name)


def diagram(state: State, view: str, lang: str) -> str:
    """The lifecycle map or KPI tree as inline SVG (as the report shows it), or as text without Graphviz."""
    doc = document(state)
    module = render.get(view)
    try:
        svg = module.render(doc, "svg", render.Options(lang=lang))
    except render.RenderError:
        text = module.render(doc, DIAGRAMS[view], render.Options(lang=lang))
        return html("diagram.html.j2", lang, svg=None, text=text)
    text = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    start = text.find("<svg")
    svg_only = Markup(
        text[max(start, 0) :]
    )  # Graphviz's SVG, as the report inlines it: raci's DOT escaped the spec text
    return html("diagram.html.j2", lang, svg=svg_only, text=None)


def charter(state: State, department: str, lang: str) -> str | None:
    """A department's charter page (for a frame), or ``None`` for an unknown department."""
    doc = document(state)
    if department not in {d.id for d in doc.spec.departments}:
        return None
    page = render.get("charter").render(doc, "html", render.Options(lang=lang, department=department))
    return str(page)
