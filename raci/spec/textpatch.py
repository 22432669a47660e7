"""Text surgery on YAML: patches at known offsets that leave every other byte alone.

:mod:`raci.spec.edit` decides *what* changes; this module knows *how* to change it in
the user's text the way they wrote it: a pair added to a flow mapping goes inside the
braces, one added to a block mapping goes on a new line with its siblings' indentation,
a removed block item takes its lines with it and nothing else. Positions come from the
loader's spans; the inside of one element is found by composing just that element's
text (a few hundred characters), never the whole file again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import yaml

from raci.spec.model import Span
from raci.spec.reader import end_mark

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TextEditError(ValueError):
    """The text around an element is written in a way the editor cannot patch safely."""


@dataclass(frozen=True, slots=True)
class Patch:
    """Replace ``text[start:end]`` with ``new``."""

    start: int
    end: int
    new: str


def apply_patches(text: str, patches: Iterable[Patch]) -> str:
    """Apply non-overlapping patches (all positions refer to the original ``text``)."""
    ordered = sorted(patches, key=lambda p: (p.start, p.end), reverse=True)
    parts: list[str] = []
    tail = len(text)
    for patch in ordered:
        if patch.end > tail:
            raise TextEditError("overlapping edits")
        parts.append(text[patch.end : tail])
        parts.append(patch.new)
        tail = patch.start
    parts.append(text[:tail])
    return "".join(reversed(parts))


def newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def line_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


def line_end(text: str, i: int) -> int:
    """Where the line holding ``i`` ends, before its line break."""
    j = text.find("\n", i)
    j = len(text) if j < 0 else j
    return j - 1 if j > 0 and text[j - 1] == "\r" else j


def after_line(text: str, i: int) -> int:
    """Where the line after the one holding ``i`` starts."""
    j = text.find("\n", i)
    return len(text) if j < 0 else j + 1


def only_comment_after(text: str, i: int) -> bool:
    rest = text[i : line_end(text, i)].strip()
    return not rest or rest.startswith("#")


class Slice:
    """One element's text composed on its own; ``start``/``end`` map nodes back to the file."""

    def __init__(self, text: str, span: Span) -> None:
        assert span.offset is not None and span.end_offset is not None
        pad = span.column - 1
        self.base = span.offset - pad
        try:
            root = yaml.compose(" " * pad + text[span.offset : span.end_offset], Loader=_Loader)
        except yaml.YAMLError as error:  # an alias to an anchor elsewhere, say
            raise TextEditError(f"{span}: cannot edit this element in place ({error})") from None
        if root is None:  # an empty span: the loader never records one for an element
            raise TextEditError(f"{span}: cannot edit this element in place (no text)")
        self.root: yaml.Node = root

    def mapping(self) -> yaml.MappingNode:
        """The root as a mapping: every element raci edits is written as one."""
        return as_mapping(self.root)

    def start(self, node: yaml.Node) -> int:
        return int(node.start_mark.index) + self.base

    def end(self, node: yaml.Node) -> int:
        return int(end_mark(node).index) + self.base

    def pair(self, key: str, node: yaml.Node | None = None) -> tuple[yaml.Node, yaml.Node] | None:
        """The key and value nodes of ``key`` in a mapping (the root by default)."""
        node = self.root if node is None else node
        if not isinstance(node, yaml.MappingNode):
            return None
        return next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def as_mapping(node: yaml.Node) -> yaml.MappingNode:
    """``node`` itself, refused with :class:`TextEditError` unless it is a mapping."""
    if not isinstance(node, yaml.MappingNode):
        raise TextEditError("not a mapping")
    return node


def replace_node(sl: Slice, node: yaml.Node, new: str) -> Patch:
    return Patch(sl.start(node), sl.end(node), new)


def insert_pair(text: str, sl: Slice, mapping: yaml.Node, key: str, value: str, first: bool = False) -> Patch:
    """Add ``key: value`` to a mapping in its own style (inside braces, or a new line)."""
    if not isinstance(mapping, yaml.MappingNode):
        raise TextEditError("not a mapping")
    pairs = mapping.value
    if mapping.flow_style:
        if not pairs:
            return Patch(sl.end(mapping) - 1, sl.end(mapping) - 1, f"{key}: {value}")
        if first:
            at = sl.start(pairs[0][0])
            return Patch(at, at, f"{key}: {value}, ")
        at = sl.end(pairs[-1][1])
        return Patch(at, at, f", {key}: {value}")
    indent = " " * pairs[0][0].start_mark.column
    if first:
        at = sl.start(pairs[0][0])
        return Patch(at, at, f"{key}: {value}{newline(text)}{indent}")
    at = line_end(text, sl.end(pairs[-1][1]))
    return Patch(at, at, f"{newline(text)}{indent}{key}: {value}")


def remove_pair(text: str, sl: Slice, mapping: yaml.MappingNode, index: int, empty: Patch | None) -> list[Patch]:
    """Remove the ``index``-th pair; ``empty`` is what to write when none is left (``{}``)."""
    pairs = mapping.value
    key, value = pairs[index]
    if mapping.flow_style:
        if len(pairs) == 1:
            return [Patch(sl.start(key), sl.end(value), "")]
        if index > 0:
            return [Patch(sl.end(pairs[index - 1][1]), sl.end(value), "")]
        return [Patch(sl.start(key), sl.start(pairs[1][0]), "")]
    return _remove_lines(text, sl.start(key), sl.end(value), len(pairs) == 1, empty)


def _remove_lines(text: str, start: int, end: int, last: bool, empty: Patch | None) -> list[Patch]:
    first = line_start(text, start)
    if text[first:start].strip(" -") or not only_comment_after(text, end):
        raise TextEditError("the element shares its line with another one")
    patches = [Patch(first, after_line(text, end), "")]
    if last:
        if empty is None:
            raise TextEditError("the last entry cannot be removed")
        patches.append(empty)
    return patches


def is_block_item(text: str, span: Span) -> bool:
    """True for an item written as ``- …`` on its own line(s) of a block sequence."""
    assert span.offset is not None
    before = text[line_start(text, span.offset) : span.offset]
    return before.strip() == "-" and before.lstrip().startswith("-")


def item_prefix(text: str, span: Span) -> str:
    assert span.offset is not None
    return text[line_start(text, span.offset) : span.offset]


def remove_item(text: str, span: Span, last: bool, empty: Patch | None) -> list[Patch]:
    """Remove a sequence item: its lines in a block sequence, itself and a comma in a flow one."""
    assert span.offset is not None and span.end_offset is not None
    if is_block_item(text, span):
        return _remove_lines(text, span.offset, span.end_offset, last, empty)
    if last:
        return [Patch(span.offset, span.end_offset, "")]
    after = re.match(r"\s*,\s*", text[span.end_offset :])
    if after:
        return [Patch(span.offset, span.end_offset + after.end(), "")]
    before = re.search(r",\s*$", text[: span.offset])
    if before is None:
        raise TextEditError("cannot find the item's separator")
    return [Patch(before.start(), span.end_offset, "")]


def insert_item(text: str, siblings: Sequence[Span], k: int, block: list[str], flow: str) -> Patch:
    """Insert an item at position ``k`` of a sequence whose items are ``siblings`` (≥ 1).

    ``block`` is the item as ``key: value`` lines, ``flow`` as one ``{…}``; the siblings'
    style decides which is used, and their indentation is copied.
    """
    model = siblings[k - 1] if k > 0 else siblings[0]
    assert model.offset is not None and model.end_offset is not None
    nl = newline(text)
    if not is_block_item(text, model):
        if k > 0:
            return Patch(model.end_offset, model.end_offset, f", {flow}")
        return Patch(model.offset, model.offset, f"{flow}, ")
    prefix = item_prefix(text, model)
    if text.startswith("{", model.offset):
        lines = [prefix + flow]
    else:
        lines = [prefix + block[0]] + [" " * len(prefix) + line for line in block[1:]]
    if k > 0:
        at = line_end(text, model.end_offset)
        return Patch(at, at, nl + nl.join(lines))
    at = line_start(text, model.offset)
    while at > 0:  # keep the comment lines right above the first item with that item
        above = line_start(text, at - 1)
        if not text[above:at].strip().startswith("#"):
            break
        at = above
    return Patch(at, at, nl.join(lines) + nl)


def item_lines(text: str, span: Span, indent: int) -> list[str]:
    """A block item's own lines (from its ``-`` through its last value), re-indented."""
    assert span.offset is not None and span.end_offset is not None
    lines = text[line_start(text, span.offset) : line_end(text, span.end_offset)].splitlines()
    old = len(lines[0]) - len(lines[0].lstrip())
    shifted = []
    for line in lines:
        if indent >= old:
            shifted.append(" " * (indent - old) + line)
        else:
            cut = min(old - indent, len(line) - len(line.lstrip()))
            shifted.append(line[cut:])
    return shifted
