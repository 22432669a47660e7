"""``raci fmt``: a spec in canonical form, with every comment kept.

The spec is loaded (strictly), written again by :mod:`raci.spec.write`, and the
comments of the original text go with it: a comment on its own line belongs to the
element that follows it, an end-of-line comment to the element on its line, the lines
before the first element stay the file's header and the ones after the last its end.
Elements are found by stable key (:mod:`raci.spec.keys`), never by line number, so a
comment follows its element wherever the canonical form puts it.

What fmt writes is checked before anyone sees it: the model read back must equal the
original, and every ``# raci: ignore[…]`` must still sit on the line of the element it
silenced. Otherwise :class:`FormatError` — the file is never changed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from raci.spec import suppressions
from raci.spec.load import loads
from raci.spec.write import Comments, dump_with
from raci.spec.yamltext import YAML_SPACE

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_ELEMENT_LISTS = {"departments": "department:", "phases": "phase:", "kpis": "kpi:"}
Extent = tuple[tuple[int, int], tuple[int, int]]
"""A scalar's (line, column) start and end."""


class FormatError(Exception):
    """fmt would change what the spec means, or separate a suppression from its line."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.arguments: dict[str, Any] = args
        """The message's placeholders (``Exception.args`` is the tuple ``(key,)``)."""


def format_text(text: str, source: str = "<spec>") -> str:
    """The canonical form of the spec ``text``; raises ``SpecError`` if it does not load."""
    spec = loads(text, source)
    layout = collect(text)
    out = dump_with(spec, layout.header, layout.comments, layout.footer)
    if loads(out, source) != spec:
        raise FormatError("fmt.changed_meaning", path=source)
    _check_suppressions(text, out, source)
    return out


@dataclass
class Layout:
    """The comments of a text: its header, comments by anchor, and its end."""

    header: list[str] = field(default_factory=list)
    comments: dict[str, Comments] = field(default_factory=dict)
    footer: list[str] = field(default_factory=list)
    anchors: dict[int, list[str]] = field(default_factory=dict)
    """0-based line → the anchors that start on it, outermost first."""


def collect(text: str) -> Layout:
    """Find every comment and blank line of ``text`` and the anchor it belongs to."""
    root = yaml.compose(text, Loader=_Loader)
    starts: list[tuple[int, int, str]] = []
    extents: list[Extent] = []
    if root is not None:
        _walk(root, "", starts, extents)
    extents.sort()
    layout = Layout()
    for start, _column, anchor in sorted(starts, key=lambda s: (s[0], s[1])):
        layout.anchors.setdefault(start, []).append(anchor)
    pending: list[str] = []
    last_anchor: str | None = None
    first = True
    for number, line in enumerate(_BREAK.split(text)):
        comment = _comment_at(line, number, extents)
        content = line[:comment] if comment is not None else line
        here = layout.anchors.get(number)
        if not content.strip(YAML_SPACE):
            if _inside(number, 0, extents) or _inside(number, len(line), extents):
                continue  # a blank line or "#" inside a multi-line text
            pending.append(line[comment:].rstrip(YAML_SPACE) if comment is not None else "")
            continue
        if here:
            if first:
                pending = _split_header(pending, layout.header)
                first = False
            if pending:
                layout.comments.setdefault(here[0], Comments()).leading.extend(pending)
            pending = []
            last_anchor = here[0]
        if comment is not None:
            owner = here[0] if here else last_anchor
            gap = content[len(content.rstrip(YAML_SPACE)) :] or " "
            found = layout.comments.setdefault(owner or "", Comments())
            note = gap + line[comment:].rstrip(YAML_SPACE)
            found.trailing = note if found.trailing is None else found.trailing + " " + note.lstrip(YAML_SPACE)
    layout.footer = pending
    return layout


def _split_header(block: list[str], header: list[str]) -> list[str]:
    """The file's header is the block before the first element up to its last blank line
    (and a schema modeline); the rest belongs to the first element."""
    cut = max((i + 1 for i, entry in enumerate(block) if not entry), default=0)
    if cut == 0 and block and block[0].startswith("# yaml-language-server:"):
        cut = 1
    header.extend(block[:cut])
    return block[cut:]


def _walk(node: yaml.Node, path: str, starts: list[tuple[int, int, str]], extents: list[Extent]) -> None:
    if isinstance(node, yaml.ScalarNode):
        extents.append(((node.start_mark.line, node.start_mark.column), (node.end_mark.line, node.end_mark.column)))
        return
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else "?"
            if path == "":
                child = name
            elif path == "mission":
                child = f"mission:{name}"
            elif path.startswith("activity:") and path.endswith("/raci"):
                child = f"cell:{path[9:-5]}/{name}"
            else:
                child = f"{path}/{name}"
            starts.append((key.start_mark.line, key.start_mark.column, child))
            _walk(key, child, starts, extents)
            _walk(value, child, starts, extents)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = _item_anchor(path, index, item)
            starts.append((item.start_mark.line, item.start_mark.column, child))
            _walk(item, child, starts, extents)


def _item_anchor(path: str, index: int, item: yaml.Node) -> str:
    prefix = _ELEMENT_LISTS.get(path) or ("activity:" if path.endswith("/activities") else None)
    if prefix and isinstance(item, yaml.MappingNode):
        found = {k.value: v.value for k, v in item.value if isinstance(k, yaml.ScalarNode)}
        ident = found.get("id") or (found.get("use") if prefix == "kpi:" else None)
        if isinstance(ident, str):
            return prefix + ident
    return f"{path}[{index}]"


def _inside(line: int, column: int, extents: list[Extent]) -> bool:
    """True if (line, column) is inside a scalar, strictly after its start."""
    at = bisect.bisect_right(extents, ((line, column), (line, column))) - 1
    if at < 0:
        return False
    start, end = extents[at]
    return start < (line, column) < end


def _comment_at(line: str, number: int, extents: list[Extent]) -> int | None:
    """The column where a comment starts on this line, if any (``#`` in a text is no comment)."""
    column = line.find("#")
    while column >= 0:
        if (column == 0 or line[column - 1] in " \t") and not _inside(number, column, extents):
            return column
        column = line.find("#", column + 1)
    return None


def _check_suppressions(before: str, after: str, source: str) -> None:
    """Every ``# raci: ignore[…]`` must still silence the same element after formatting."""
    old, new = suppressions.scan(before, source), suppressions.scan(after, source)
    if [(s.codes, s.reason) for s in old] != [(s.codes, s.reason) for s in new]:
        raise FormatError("fmt.moved_suppression", path=source, line=old[0].span.line if old else 1)
    if not old:
        return
    old_anchors, new_anchors = collect(before).anchors, collect(after).anchors
    for was, now in zip(old, new, strict=True):
        expected = set(old_anchors.get(was.target_line - 1, ()))
        if expected and not expected & set(new_anchors.get(now.target_line - 1, ())):
            raise FormatError("fmt.moved_suppression", path=source, line=was.span.line)
