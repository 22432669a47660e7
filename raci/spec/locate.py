"""Key paths of the model's elements: ``phases[2].activities[0].raci.cs``.

Paths are computed on demand from the model's shape rather than stored by the loader:
every element's place in the tree is its place in the model's tuples, so nothing is
lost, and a load of 100k activities does not pay for half a million path strings that
only an editor or a diff ever reads. Offsets in a :class:`~raci.spec.model.Span` are
characters of the decoded text; :func:`byte_offset` gives the UTF-8 byte offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raci.spec.model import Spec

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)(?:\[(\d+)\])?")


def walk(spec: Spec) -> Iterator[tuple[str, object]]:
    """Every element with its key path, in file order of the model."""
    yield "org", spec.org
    if spec.mission is not None:
        yield "mission", spec.mission
    for i, dept in enumerate(spec.departments):
        yield f"departments[{i}]", dept
        if dept.scope is not None:
            yield f"departments[{i}].scope", dept.scope
            for j, item in enumerate(dept.scope.does_not):
                yield f"departments[{i}].scope.out[{j}]", item
    for i, phase in enumerate(spec.phases):
        yield f"phases[{i}]", phase
        for j, activity in enumerate(phase.activities):
            yield f"phases[{i}].activities[{j}]", activity
            for cell in activity.raci:
                yield f"phases[{i}].activities[{j}].raci.{cell.department}", cell
    for i, kpi in enumerate(spec.kpis):
        yield f"kpis[{i}]", kpi


def path_of(spec: Spec, element: object) -> str:
    """The key path of ``element`` (an object of this spec's model); ``KeyError`` if not in it."""
    for path, found in walk(spec):
        if found is element:
            return path
    raise KeyError(element)


def find(spec: Spec, path: str) -> object:
    """The element at a key path; ``KeyError`` when the path leads nowhere."""
    node: object = spec
    for part in path.split("."):
        step = _STEP.fullmatch(part)
        if step is None:
            raise KeyError(path)
        name, index = step.group(1), step.group(2)
        if isinstance(node, tuple):  # a RACI row: the next step is a department id
            cells = {getattr(c, "department", None): c for c in node}
            if name not in cells or index is not None:
                raise KeyError(path)
            node = cells[name]
            continue
        node = _get(node, "does_not" if name == "out" else name, path)
        if index is not None:
            try:
                node = node[int(index)]  # type: ignore[index]
            except (IndexError, TypeError, KeyError):
                raise KeyError(path) from None
    return node


def _get(node: object, name: str, path: str) -> object:
    if name in ("span", "spans", "suppressions") or not hasattr(node, name):
        raise KeyError(path)
    return getattr(node, name)


def byte_offset(text: str, offset: int) -> int:
    """The UTF-8 byte offset of a character offset of ``text`` (as the file holds it, without BOM)."""
    return len(text[:offset].encode("utf-8"))
