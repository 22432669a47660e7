"""Renderers: what people put on the screen in a workshop and send around afterwards.

Each renderer is a module with ``BINARY`` (the formats that must be written to a file)
and ``render(doc, fmt, options) -> str | bytes``. The registry below drives ``raci render
KIND`` and declares each view's formats (the CLI builds ``--help`` from it without importing
the view; a module reads its own as ``FORMATS = RENDERERS[name].formats``): adding a view is
adding a module and one entry here. Renderers get the spec, its graph and its findings; they never print and know
nothing of the command line.

Output is deterministic (same spec, same bytes): iterate in spec order, sort what has
no order, never embed dates or random ids.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from raci.config import Config
    from raci.findings import Finding
    from raci.graph import OrgGraph
    from raci.spec.model import Spec


@dataclass(frozen=True)
class View:
    module: str
    formats: tuple[str, ...]
    """The first is the default."""
    summary: str
    needs_department: bool = False
    department: bool = False
    """Takes --department (only that department's part, or required with needs_department)."""
    graphviz: bool = False
    """Draws images with Graphviz (takes --font)."""
    templates: bool = False
    """Renders through Jinja2 templates (takes --templates)."""
    paper: bool = False
    """Has a printable format (takes --paper a4|a3)."""
    colors: bool = False
    """Has a coloured terminal format (takes --color/--no-color)."""
    direction: bool = False
    """Can be drawn top-down or left-to-right (takes --direction)."""


RENDERERS: dict[str, View] = {
    "matrix": View(
        "raci.render.matrix",
        ("term", "md", "html", "csv", "xlsx", "json"),
        "The RACI matrix: activities by phase × departments, findings marked on their rows.",
        department=True,
        templates=True,
        paper=True,
        colors=True,
    ),
    "kpi-tree": View(
        "raci.render.kpitree",
        ("dot", "svg", "png", "pdf", "mermaid"),
        "The KPI tree: KGI → KPI → activity KPI, with owners and targets.",
        graphviz=True,
        direction=True,
    ),
    "lifecycle": View(
        "raci.render.lifecycle",
        ("dot", "svg", "png", "mermaid", "md"),
        "The lifecycle map: phases left to right, departments as lanes, handoffs.",
        graphviz=True,
    ),
    "mission": View(
        "raci.render.mission",
        ("md", "txt", "html"),
        "The mission statements of the organisation and its departments, with quality notes.",
        department=True,
        templates=True,
    ),
    "charter": View(
        "raci.render.charter",
        ("md", "html"),
        "A department's one-page charter: what it owns, does, and where it stops.",
        needs_department=True,
        department=True,
        templates=True,
    ),
    "graph": View(
        "raci.render.graph",
        ("graphml", "gexf", "json"),
        "The org as a graph file (departments, phases, activities, KPIs and their links) for Gephi, yEd or networkx.",
    ),
    "report": View(
        "raci.render.report",
        ("html",),
        "One self-contained HTML page with every view and the findings (raci report).",
        templates=True,
    ),
}
"""View name → where it lives and what it renders; modules load only when used."""


@dataclass(frozen=True)
class Document:
    """Everything a renderer may show: the spec, its graph, and what validation found."""

    spec: Spec
    graph: OrgGraph
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Options:
    lang: str = "en"
    templates: Path | None = None
    """A folder whose templates override the shipped ones (same file names)."""
    department: str | None = None
    """For per-department views (mission, charter)."""
    font: str | None = None
    """Font for Graphviz images; default: a CJK-capable one (see raci.render.graphviz)."""
    color: bool = False
    """Colour the terminal formats (the CLI decides: a terminal, and NO_COLOR unset)."""
    paper: str = "a4"
    """Paper for printable formats (the matrix workbook): ``a4`` or ``a3``, landscape."""
    direction: str = "auto"
    """The KPI tree's layout: ``down`` (KGI on top), ``right`` (KGI on the left) or
    ``auto`` (whichever is closer to the shape of a page: a wide tree goes left-to-right)."""


class RenderError(Exception):
    """The view cannot be produced as asked (unknown department, missing tool…)."""


def get(name: str) -> ModuleType:
    """The renderer module for view ``name``."""
    return importlib.import_module(RENDERERS[name].module)


def document(spec: Spec, config: Config | None = None) -> Document:
    """A spec with its graph and findings (with ``config``'s rules and options, else defaults)."""
    from raci.graph import OrgGraph
    from raci.lint import NO_CONFIG, validate

    graph = OrgGraph(spec)
    return Document(spec, graph, tuple(validate(spec, config=config or NO_CONFIG, graph=graph)))
