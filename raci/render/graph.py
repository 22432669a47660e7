"""The org as a graph file for Gephi, yEd, Cytoscape or a notebook: ``raci render graph``.

The graph is :meth:`raci.graph.OrgGraph.to_networkx`, written by networkx's own writers
(GraphML, GEXF, node-link JSON). Those formats take scalar attributes only, so each node
becomes ``kind:id`` (``department:cs``, ``activity:kickoff``), with ``spec_id`` and its display name in the
chosen language as ``label``; the model objects stay out of the file.
"""

from __future__ import annotations

import io
import json
import re
from typing import TYPE_CHECKING, Any

from raci.render import RENDERERS

if TYPE_CHECKING:
    import networkx as nx

    from raci.render import Document, Options

FORMATS = RENDERERS["graph"].formats
_GEXF_DATE = re.compile(r' lastmodifieddate="[^"]*"')
BINARY: frozenset[str] = frozenset()


def portable(graph: nx.MultiDiGraph[tuple[str, str]], lang: str) -> nx.MultiDiGraph[str]:
    """A copy with string node ids and only str/int/bool attributes (what the writers accept)."""
    import networkx as nx

    from raci.render.templating import visible

    out: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for (kind, ident), data in graph.nodes(data=True):
        item = data.get("item")
        name = getattr(item, "name", None)
        label = name.get(lang) if name is not None and hasattr(name, "get") else ident
        attributes: dict[str, Any] = {"kind": kind, "spec_id": ident, "label": visible(label)}
        for key in ("level", "stage", "mode"):
            if data.get(key) is not None:
                attributes[key] = data[key]
        out.add_node(f"{kind}:{ident}", **attributes)
    for source, target, data in graph.edges(data=True):
        out.add_edge(f"{source[0]}:{source[1]}", f"{target[0]}:{target[1]}", **data)
    return out


def render(doc: Document, fmt: str, options: Options) -> str:
    import networkx as nx

    graph = portable(doc.graph.to_networkx(), options.lang)
    if fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
        return buffer.getvalue().decode("utf-8")
    nx.write_gexf(graph, buffer, encoding="utf-8", version="1.2draft")
    # networkx stamps today's date into <meta>: drop it, same spec → same bytes.
    return _GEXF_DATE.sub("", buffer.getvalue().decode("utf-8"), count=1)
