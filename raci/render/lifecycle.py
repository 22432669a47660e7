"""The lifecycle map: phases left to right, departments as lanes, and the handoffs.

Each column is a phase of the customer lifecycle, in order; phases that run across the
lifecycle (``stage: support``) come last, in grey, marked as such. Each row is a
department. A cell lists the activities of that phase the department is Responsible or
Accountable for; the phase's owner (:meth:`raci.graph.OrgGraph.phase_owner`) is starred.
Where the owner changes from one phase to the next (:meth:`OrgGraph.handoffs`) an arrow
goes from the giver to the taker; when rule L203 found nothing that hands the customer
over, the arrow is red and dashed. The map reads those findings rather than deciding
again, so that it always agrees with ``raci validate``.

Formats: ``dot``, ``svg``/``png`` (Graphviz), ``mermaid`` (``flowchart LR``, one
subgraph per phase) and ``md`` (a table of phases × departments, handoffs below).

The model is :mod:`raci.render.lifecycle_model`; the formats are drawn by
:mod:`raci.render.lifecycle_dot` and :mod:`raci.render.lifecycle_text`.
"""

from __future__ import annotations

from raci.render import RENDERERS, Document, Options
from raci.render.graphviz import render_graph
from raci.render.lifecycle_dot import to_dot
from raci.render.lifecycle_text import to_markdown, to_mermaid

FORMATS = RENDERERS["lifecycle"].formats
BINARY = frozenset({"png"})


def render(doc: Document, fmt: str, options: Options) -> str | bytes:
    return render_graph(doc, fmt, options, to_dot, {"md": to_markdown, "mermaid": to_mermaid}, "the lifecycle map")
