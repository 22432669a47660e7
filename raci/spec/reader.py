"""Reading one YAML node at a time: the state of a load and the checks every scalar gets.

:class:`Reader` collects problems with their positions and guards against alias bombs;
:func:`scalar_text` is the one way a scalar becomes text, so the checks of
:mod:`raci.spec.values` (control characters) and :func:`within` (lengths) hold for
every key, id, name and cell. The declared types in :mod:`raci.spec.shape` build on these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from raci.spec import values
from raci.spec.model import Span, record
from raci.spec.problems import Problem
from raci.spec.values import MAX_NAME

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

_YAML_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL, _MERGE, _TIMESTAMP, _MAP, _SEQ = (
    _YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "merge", "timestamp", "map", "seq")
)
_KNOWN_TAGS = frozenset((_STR, _INT, _FLOAT, _BOOL, _NULL, _MERGE, _TIMESTAMP, _MAP, _SEQ))
_TAG_NAMES = {_STR: "string", _INT: "integer", _FLOAT: "number", _BOOL: "boolean", _NULL: "null"}

_SCALAR = yaml.ScalarNode

MAX_ALIAS_USES = 10_000
"""Re-visits of shared nodes allowed beyond one per distinct node (merge-key defaults)."""
MAX_PROBLEMS = 500

INVALID: Any = object()
"""Returned by a read that failed; the problem has been recorded already."""


@record
@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Ref:
    """An id that refers to another element, with where it was written."""

    id: str
    span: Span

    def __init__(self, id: str, span: Span) -> None:  # written, as the model's: one per RACI cell
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "span", span)


class InputLimit(Exception):
    """Reading would exceed a safety limit (alias expansion); stops the load at once."""

    def __init__(self, span: Span, message: str, /, **args: Any) -> None:
        super().__init__(message)
        self.span, self.key, self.arguments = span, message, args


class Reader:
    """State of one load: the file name, the problems so far, the alias guard."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self._seen: set[int] = set()
        self._alias_uses = 0
        self.controls = True
        """Whether a scalar may hold a control character; the loader clears it for a file
        with no backslash and no control character, sparing the check per scalar."""
        self.anchors = True
        """Whether the text may define an anchor (``&name``): the loader clears it for a file
        with no ``&``, where no node can be reached twice and the alias guard has nothing to
        count (it kept the id of every collection node: a tenth of the memory a load adds
        to the node tree)."""

    def span(self, node: yaml.Node, last: yaml.Node | None = None) -> Span:
        """Where ``node`` (through ``last``, if given) was written, with its full extent."""
        mark, tail = node.start_mark, last or node
        end = tail.end_mark if tail.__class__ is _SCALAR else end_mark(tail)  # the common case, inline
        line = mark.line + 1
        end_line = line if end.line == mark.line else end.line + 1  # one int object for a one-line span
        return Span(self.source, line, mark.column + 1, end_line, end.column + 1, mark.index, end.index)

    def problem(self, code: str, message: str, node: yaml.Node | Span | None, /, **args: Any) -> Any:
        """Record a problem and return :data:`INVALID`, so callers can ``return r.problem(…)``."""
        span = node if isinstance(node, Span) or node is None else self.span(node)
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(code, message, span, args))
        return INVALID

    def enter(self, node: yaml.Node) -> None:
        """Count re-visits of a collection node: each is an alias use (billion-laughs guard)."""
        if not self.anchors:
            return
        ident = id(node)
        if ident in self._seen:
            self._alias_uses += 1
            if self._alias_uses > MAX_ALIAS_USES + len(self._seen):
                raise InputLimit(self.span(node), "limit.aliases", limit=MAX_ALIAS_USES)
        else:
            self._seen.add(ident)

    def wrong_type(self, node: yaml.Node, expected: str) -> Any:
        """Report a value of the wrong shape; ``expected`` is a ``type.*`` message term."""
        if node.tag not in _KNOWN_TAGS:
            return self.problem("S011", "unsupported_tag", node, tag=tag_text(node.tag))
        return self.problem("S004", "wrong_type", node, expected=expected, got=describe(node))

    def tagged(self, node: yaml.Node, tag: str) -> bool:
        """True if ``node`` carries its plain tag; else report the custom tag (S011)."""
        if node.tag == tag:
            return True
        self.problem("S011", "unsupported_tag", node, tag=tag_text(node.tag))
        return False


def end_mark(node: yaml.Node) -> yaml.error.Mark:
    """Where a node's own text ends: a block collection's end mark lies past the comments
    and blank lines that follow it, so take its last descendant's end instead.

    A last child that starts before its parent is an alias to an anchor written earlier
    (its text is elsewhere, and it may even contain the parent: YAML allows recursive
    aliases), so the walk stops there; it never visits a node twice.
    """
    start = node.start_mark.index
    while isinstance(node, yaml.CollectionNode) and not node.flow_style and node.value:
        last = node.value[-1]
        child = last[1] if isinstance(last, tuple) else last
        if child.start_mark.index <= start:
            break
        node, start = child, child.start_mark.index
    return node.end_mark


def tag_text(tag: str) -> str:
    """A tag as people write it: ``!!python/object``, ``!include``."""
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag


def describe(node: yaml.Node) -> str:
    """The YAML type of a node as a ``type.*`` message term: mapping, list, string, null…"""
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return _TAG_NAMES.get(node.tag, "string")


def mapping_pairs(
    node: yaml.MappingNode, r: Reader, merging: frozenset[int] = frozenset()
) -> list[tuple[yaml.Node, yaml.Node]]:
    """Key/value pairs of a mapping with YAML merge keys (``<<: *defaults``) applied.

    A mapping without a merge key (nearly every one) gives its own list of pairs, which
    callers only read."""
    for key, _ in node.value:
        if key.tag == _MERGE:
            break
    else:
        return node.value  # type: ignore[no-any-return]
    own: list[tuple[yaml.Node, yaml.Node]] = []
    merged: list[tuple[yaml.Node, yaml.Node]] = []
    merging = merging | {id(node)}
    for key, value in node.value:
        if key.tag == _MERGE:
            sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
            for source in sources:
                if not isinstance(source, yaml.MappingNode):
                    r.wrong_type(source, "mapping")
                    continue
                if id(source) in merging:
                    r.problem("S011", "merge_loop", key)
                    continue
                r.enter(source)
                merged.extend(mapping_pairs(source, r, merging))
        else:
            own.append((key, value))
    if not merged:
        return own
    mine = {k.value for k, _ in own if isinstance(k, yaml.ScalarNode)}
    inherited: list[tuple[yaml.Node, yaml.Node]] = []
    for key, value in merged:
        if isinstance(key, yaml.ScalarNode) and key.value not in mine:
            mine.add(key.value)
            inherited.append((key, value))
    return own + inherited


_PLAIN_TAGS = frozenset((_STR, _INT, _FLOAT, _BOOL))


def scalar_text(node: yaml.Node, r: Reader, expected: str) -> Any:
    """The text of a non-empty scalar as written (``name: 2024`` reads as ``"2024"``)."""
    if node.tag in _PLAIN_TAGS:  # the fast path: nearly every scalar of a spec
        value: str = node.value
        if r.controls:
            control = values.control_character(value)
            if control:
                return r.problem("S006", "control_character", node, char=control)
        return value if value and not value.isspace() else r.problem("S006", "empty_value", node)
    if not isinstance(node, yaml.ScalarNode):
        return r.wrong_type(node, expected)
    if node.tag == _NULL:  # `name:` left empty, or `~`
        return r.problem("S006", "empty_value", node)
    if node.tag != _TIMESTAMP:
        return r.problem("S011", "unsupported_tag", node, tag=tag_text(node.tag))
    if r.controls and values.control_character(node.value):
        return r.problem("S006", "control_character", node, char=values.control_character(node.value))
    return node.value  # `2024-04-01` as written


def within(value: Any, node: yaml.Node, r: Reader, limit: int | None) -> Any:
    """``value``, unless it is text longer than ``limit`` characters (S010)."""
    if limit is None or not isinstance(value, str) or len(value) <= limit:
        return value
    key = "limit.name_length" if limit <= MAX_NAME else "limit.text_length"
    return r.problem("S010", key, node, length=f"{len(value):,}", limit=f"{limit:,}")
