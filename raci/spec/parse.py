"""YAML text → node tree, with the diagnostics a person needs when that fails.

Before parsing, :func:`precheck` refuses what would crash the parser (nesting deeper
than any spec) or confuse every later message (a full-width space in the indentation).
:func:`compose` parses safely, keeping positions, and turns a syntax error into a
problem that says where the broken part began and, for the traps of a Japanese
keyboard, what probably happened.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from raci.spec.model import Span
from raci.spec.problems import Problem, SpecError

_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DEFAULT_TAGS: dict[type[yaml.Node], str] = {
    yaml.ScalarNode: _SafeLoader.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: _SafeLoader.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: _SafeLoader.DEFAULT_MAPPING_TAG,
}
_SCALAR, _STR = yaml.ScalarNode, _DEFAULT_TAGS[yaml.ScalarNode]
_STARTS: frozenset[str] | None = (
    None if None in _SafeLoader.yaml_implicit_resolvers else frozenset(_SafeLoader.yaml_implicit_resolvers)
)
"""The first characters an implicit resolver looks at (``None``: one looks at every text)."""


class _Loader(_SafeLoader):  # type: ignore[misc]
    """The safe loader, resolving each distinct plain scalar's tag once per file.

    The C parser calls three resolver hooks in Python for every node: 200k calls each at
    10k activities, a fifth of the parse. A tag depends only on the scalar's text and
    whether it was quoted (the safe loader registers no path resolvers, so the hooks that
    track the path do nothing), so the same tags come out of a look-up in a dict. A text
    whose first character starts no implicit resolver (a Japanese name, most ids) is a
    string without either.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._tags: dict[str, str] = {}

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is _SCALAR and implicit[0]:  # plain: the implicit resolvers' regexes decide
            if _STARTS is not None and value[:1] not in _STARTS:
                return _STR
            tag = self._tags.get(value)
            if tag is None:
                tag = self._tags[value] = super().resolve(kind, value, implicit)
            return tag
        return _DEFAULT_TAGS[kind]


MAX_DEPTH = 200
"""Nesting deeper than this is no spec; libyaml's C parser would overflow the stack first."""
_DEEP_BLOCK = re.compile(r"(?:[-?][ \t]+){" + str(MAX_DEPTH) + ",}")
_TWO_INDICATORS = (re.compile(r"-[ \t]+[-?]"), re.compile(r"\?[ \t]+[-?]"))
"""Two indicators in a row, which any deep block run contains: with a literal first
character these scan ~100x faster than _DEEP_BLOCK, which then runs only where one matched."""
_FULLWIDTH_INDENT = re.compile(r"^[ \t]*\u3000", re.MULTILINE)
_BRACKET = re.compile(r"[\[\]{}]")
CHUNK = 4096
"""Characters counted at a time by the flow-depth scan (str.count runs in C)."""


def precheck(text: str, source: str) -> None:
    """Refuse, before parsing, what would crash the parser or confuse every later message."""
    found = _FULLWIDTH_INDENT.search(text) if "\u3000" in text else None
    if found:
        line = text.count("\n", 0, found.start()) + 1
        raise SpecError(
            source, [Problem("S001", "fullwidth_indent", Span(source, line, found.end() - found.start()), {})]
        )
    depth_at = flow_too_deep(text)
    deep_block = _DEEP_BLOCK.search(text) if any(p.search(text) for p in _TWO_INDICATORS) else None
    if deep_block and (depth_at is None or deep_block.start() < depth_at):
        depth_at = deep_block.start()
    if depth_at is not None:
        line = text.count("\n", 0, depth_at) + 1
        column = depth_at - text.rfind("\n", 0, depth_at)
        raise SpecError(source, [Problem("S010", "limit.depth", Span(source, line, column), {"limit": MAX_DEPTH})])


def flow_too_deep(text: str) -> int | None:
    """Where the brackets (any, quoted or not: the count is only a guard) first nest deeper
    than MAX_DEPTH, or ``None``.

    Chunk by chunk: a chunk whose opening brackets cannot take the depth it starts at past
    the limit is only counted, in C; the others are walked bracket by bracket. The same
    answer as walking every bracket, which took 30 ms of a 10k-activity load.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for start in range(0, len(text), CHUNK):
        end = start + CHUNK
        opens = text.count("[", start, end) + text.count("{", start, end)
        if depth + opens <= MAX_DEPTH:
            depth += opens - text.count("]", start, end) - text.count("}", start, end)
            continue
        for match in _BRACKET.finditer(text, start, end):
            depth += 1 if match.group() in "[{" else -1
            if depth > MAX_DEPTH:
                return match.start()
    return None


def compose(text: str, source: str) -> yaml.Node:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise SpecError(source, [_syntax_problem(exc, text, source)]) from None
    except yaml.YAMLError as exc:
        raise SpecError(source, [Problem("S001", "yaml_syntax", Span(source, 1, 1), {"problem": str(exc)})]) from None
    except RecursionError:
        raise SpecError(source, [Problem("S010", "limit.depth", Span(source, 1, 1), {})]) from None
    if root is None or (root.tag.endswith(":null") and not root.value):
        raise SpecError(source, [Problem("S004", "empty_file", Span(source, 1, 1), {})])
    return root


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, source: str) -> Problem:
    """A YAML syntax error where the parser noticed it, with where the broken part began."""
    mark = exc.problem_mark or exc.context_mark
    span = Span(source, mark.line + 1, mark.column + 1) if mark else Span(source, 1, 1)
    problem = exc.problem or exc.context or "invalid YAML"
    lines = text.splitlines()
    nearby = "\n".join(lines[max(span.line - 2, 0) : span.line])
    if any(ch in nearby for ch in "\uff1a\u3000\uff03"):  # full-width ：, space, ＃: a Japanese keyboard's trap
        return Problem("S001", "yaml_fullwidth", span, {"problem": problem})
    if re.search(r":\s+-\s*(#.*)?$", nearby, re.MULTILINE):  # `sales: -` for "no role"
        return Problem("S001", "yaml_dash", span, {"problem": problem})
    context = exc.context_mark
    opened_elsewhere = bool(mark and context and (context.line, context.column) != (mark.line, mark.column))
    bracket = (exc.context or "").startswith(("while parsing a flow", "while scanning a quoted"))
    if exc.context and context and opened_elsewhere and bracket:
        context_text = exc.context.removeprefix("while parsing ").removeprefix("while scanning ")
        return Problem(
            "S001",
            "yaml_syntax_in",
            span,
            {"problem": problem, "context": context_text, "line": context.line + 1, "column": context.column + 1},
        )
    return Problem("S001", "yaml_syntax", span, {"problem": problem})
