"""The shape of a spec, declared once as data.

Each type here knows two things: how to read a YAML node into a Python value
(collecting problems with their positions) and how to describe itself in JSON Schema.
The loader and ``raci schema`` both use these declarations, so the editor schema and
what the loader accepts cannot drift apart.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from raci.spec.model import Span
from raci.spec.problems import Problem

ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]*$"
_ID_RE = re.compile(ID_PATTERN)
CELL_PATTERN = r"^\s*[RACIraciＲＡＣＩｒａｃｉ](\s*[/,+ ／，＋　]?\s*[RACIraciＲＡＣＩｒａｃｉ])*\s*$"
_CELL_SEPARATORS = re.compile(r"[\s/,+]+")

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

    def span(self, node: yaml.Node, last: yaml.Node | None = None) -> Span:
        """Where ``node`` (through ``last``, if given) was written, with its full extent."""
        mark, tail = node.start_mark, last or node
        end = tail.end_mark if tail.__class__ is _SCALAR else end_mark(tail)  # the common case, inline
        return Span(self.source, mark.line + 1, mark.column + 1, end.line + 1, end.column + 1, mark.index, end.index)

    def problem(self, code: str, message: str, node: yaml.Node | Span | None, /, **args: Any) -> Any:
        """Record a problem and return :data:`INVALID`, so callers can ``return r.problem(…)``."""
        span = node if isinstance(node, Span) or node is None else self.span(node)
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(code, message, span, args))
        return INVALID

    def enter(self, node: yaml.Node) -> None:
        """Count re-visits of a collection node: each is an alias use (billion-laughs guard)."""
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
    and blank lines that follow it, so take its last descendant's end instead."""
    while isinstance(node, yaml.CollectionNode) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
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


_ALIASES = {"jp": "ja", "jpn": "ja", "japanese": "ja", "eng": "en", "english": "en"}


def suggest(word: str, choices: Sequence[str]) -> str | None:
    """The closest known word, for did-you-mean hints (case, common aliases, then spelling)."""
    lowered = {c.lower(): c for c in choices}
    for candidate in (word.lower(), _ALIASES.get(word.lower(), "")):
        if candidate in lowered and lowered[candidate] != word:
            return lowered[candidate]
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if found:
        return found[0]
    prefixed = [c for c in choices if c.startswith(word)] if len(word) >= 3 else []
    return prefixed[0] if len(prefixed) == 1 else None


def mapping_pairs(
    node: yaml.MappingNode, r: Reader, merging: frozenset[int] = frozenset()
) -> list[tuple[yaml.Node, yaml.Node]]:
    """Key/value pairs of a mapping with YAML merge keys (``<<: *defaults``) applied."""
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


_CELLS: dict[str, frozenset[str]] = {}
"""Cells seen so far: a spec uses a handful of distinct spellings thousands of times."""

_PLAIN_TAGS = frozenset((_STR, _INT, _FLOAT, _BOOL))


def scalar_text(node: yaml.Node, r: Reader, expected: str) -> Any:
    """The text of a non-empty scalar as written (``name: 2024`` reads as ``"2024"``)."""
    if node.tag in _PLAIN_TAGS:  # the fast path: nearly every scalar of a spec
        value: str = node.value
        return value if value and not value.isspace() else r.problem("S006", "empty_value", node)
    if not isinstance(node, yaml.ScalarNode):
        return r.wrong_type(node, expected)
    if node.tag == _NULL:  # `name:` left empty, or `~`
        return r.problem("S006", "empty_value", node)
    if node.tag != _TIMESTAMP:
        return r.problem("S011", "unsupported_tag", node, tag=tag_text(node.tag))
    return node.value  # `2024-04-01` as written


@dataclass(frozen=True, slots=True)
class Ref:
    """An id that refers to another element, with where it was written."""

    id: str
    span: Span


class Type:
    """A declared type: reads a node, describes itself as JSON Schema."""

    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        raise NotImplementedError

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def _doc(self, schema: dict[str, Any]) -> dict[str, Any]:
        if self.description:
            schema["description"] = self.description
        return schema


@dataclass
class StrT(Type):
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        return scalar_text(node, r, "string")

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        # `unit: 1` reads as the text "1", as the loader does.
        return self._doc({"type": ["string", "number", "boolean"], "minLength": 1})


@dataclass
class IdT(Type):
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = scalar_text(node, r, "id")
        if value is not INVALID and not _ID_RE.match(value):
            return r.problem("S006", "bad_id", node, value=value)
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "string", "pattern": ID_PATTERN})


@dataclass
class RefT(Type):
    """An id of another element of kind ``to``; resolved by the loader once all ids are known."""

    to: str = ""
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = _ID.read(node, r)
        return INVALID if value is INVALID else Ref(value, r.span(node))

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "string", "pattern": ID_PATTERN})


@dataclass
class IntT(Type):
    minimum: int = 0
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _INT:
            return r.wrong_type(node, "integer")
        value = yaml.constructor.SafeConstructor.construct_yaml_int(_CONSTRUCTOR, node)
        if value < self.minimum:
            return r.problem("S006", "too_small", node, value=value, minimum=self.minimum)
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "integer", "minimum": self.minimum})


@dataclass
class BoolT(Type):
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL:
            return r.wrong_type(node, "boolean")
        return yaml.constructor.SafeConstructor.construct_yaml_bool(_CONSTRUCTOR, node)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "boolean"})


@dataclass
class EnumT(Type):
    values: tuple[Any, ...] = ()
    description: str = ""
    message: str = "not_one_of"

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if self.values and isinstance(self.values[0], int):
            value: Any = IntT(minimum=-(2**63)).read(node, r)
        else:
            value = scalar_text(node, r, "string")
        if value is INVALID:
            return INVALID
        if value not in self.values:
            return r.problem(
                "S006",
                self.message,
                node,
                value=value,
                allowed=", ".join(map(str, self.values)),
                suggestion=suggest(str(value), [str(v) for v in self.values]),
            )
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"enum": list(self.values)})


@dataclass
class TextT(Type):
    """A display text: a string, or ``{ja: …, en: …}``."""

    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        from raci.spec.model import Text

        if isinstance(node, yaml.MappingNode):
            if not r.tagged(node, _MAP):
                return INVALID
            r.enter(node)
            before = len(r.problems)
            view = _TEXT_OBJ.read_pairs(node, r)
            if view is INVALID:
                return INVALID
            if not view.values and len(r.problems) == before:
                return r.problem("S005", "text_needs_language", node)
            return Text(ja=view.get("ja"), en=view.get("en"))
        value = scalar_text(node, r, "text")
        return INVALID if value is INVALID else Text(ja=value, en=value)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        defs.setdefault(
            "text",
            {
                "description": "A display text: a string, or the same text in Japanese and English.",
                "anyOf": [
                    {"type": ["string", "number", "boolean"], "minLength": 1},
                    {
                        "type": "object",
                        "properties": {
                            "ja": {"type": "string", "minLength": 1},
                            "en": {"type": "string", "minLength": 1},
                        },
                        "additionalProperties": False,
                        "minProperties": 1,
                    },
                ],
            },
        )
        return self._doc({"$ref": "#/$defs/text"})


@dataclass
class TargetT(Type):
    """A KPI target as written: ``">= 90"``, ``"< 2.84"``, ``120``."""

    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        return scalar_text(node, r, "target")

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": ["string", "number"]})


@dataclass
class CellT(Type):
    """A RACI cell such as ``A/R``: the set of role letters it holds."""

    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        text = scalar_text(node, r, "cell")
        if text is INVALID:
            return INVALID
        known = _CELLS.get(text)
        if known is not None:
            return known
        text = unicodedata.normalize("NFKC", text)  # Ａ／Ｒ typed with a Japanese IME is A/R
        letters = [c for c in _CELL_SEPARATORS.sub("", text).upper()]
        bad = [c for c in letters if c not in "RACI"]
        if bad or not letters:
            return r.problem("S009", "bad_cell", node, cell=text, bad="".join(bad))
        if len(set(letters)) != len(letters):
            return r.problem("S009", "repeated_role", node, cell=text)
        roles = _CELLS[text] = frozenset(letters)
        return roles

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "string", "pattern": CELL_PATTERN})


@dataclass
class ListT(Type):
    item: Type = field(default_factory=StrT)
    min_items: int = 0
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            return r.wrong_type(node, "list")
        if not r.tagged(node, _SEQ):
            return INVALID
        r.enter(node)
        if len(node.value) < self.min_items:
            return r.problem("S006", "too_few_items", node, minimum=self.min_items)
        read = self.item.read
        return [read(child, r) for child in node.value]

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array", "items": self.item.schema(defs)}
        if self.min_items:
            out["minItems"] = self.min_items
        return self._doc(out)


@dataclass
class RaciT(Type):
    """The RACI row of an activity: department id → cell, in the order written."""

    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return r.wrong_type(node, "raci_row")
        if not r.tagged(node, _MAP):
            return INVALID
        r.enter(node)
        cells: list[tuple[Ref, frozenset[str]]] = []
        seen: dict[str, yaml.Node] = {}
        read_id, read_cell = _ID.read, _CELL.read
        for key, value in mapping_pairs(node, r):
            ident = read_id(key, r)
            if ident is INVALID:
                continue
            dept = Ref(ident, r.span(key, value))  # the whole cell, `cs: A/R`
            if dept.id in seen:
                r.problem("S002", "duplicate_key", key, key=dept.id, first=seen[dept.id].start_mark.line + 1)
                continue
            seen[dept.id] = key
            roles = read_cell(value, r)
            if roles is not INVALID:
                cells.append((dept, roles))
        return cells

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc(
            {
                "type": "object",
                "propertyNames": {"pattern": ID_PATTERN},
                "additionalProperties": CellT().schema(defs),
            }
        )


@dataclass
class Field:
    type: Type
    required: bool = False


class ObjView:
    """The fields read from one mapping, with the span of the mapping and of each value."""

    __slots__ = ("_nodes", "span", "suggested", "values")

    def __init__(self, span: Span) -> None:
        self.span = span
        self.values: dict[str, Any] = {}
        self._nodes: dict[str, yaml.Node] = {}
        self.suggested: set[str] = set()
        """Known keys that an unknown key was probably meant to be (reported already)."""

    def span_of(self, name: str) -> Span:
        """Where the value of ``name`` was written (computed on demand: most are never needed)."""
        node = self._nodes[name]
        mark, end = node.start_mark, end_mark(node)
        return Span(self.span.file, mark.line + 1, mark.column + 1, end.line + 1, end.column + 1, mark.index, end.index)

    def spans(self) -> dict[str, Span]:
        return {name: self.span_of(name) for name in self._nodes}

    def get(self, name: str, default: Any = None) -> Any:
        value = self.values.get(name, default)
        return default if value is INVALID else value

    def has(self, name: str) -> bool:
        return self.values.get(name, INVALID) is not INVALID


def _split_by_comma(mapping: yaml.MappingNode, value: yaml.Node) -> bool:
    """A key with no value in ``{…}``: most likely text cut in two by an unquoted comma."""
    return bool(mapping.flow_style) and value.tag == _NULL and value.value == ""


@dataclass
class ObjT(Type):
    """A mapping with known keys; unknown keys are errors with a did-you-mean hint."""

    name: str = ""
    fields: dict[str, Field] = field(default_factory=dict)
    description: str = ""
    check: Callable[[ObjView, yaml.Node, Reader], None] | None = None
    schema_extra: dict[str, Any] = field(default_factory=dict)

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return r.wrong_type(node, "mapping")
        if not r.tagged(node, _MAP):
            return INVALID
        r.enter(node)
        before = len(r.problems)
        view = self.read_pairs(node, r)
        if view is not INVALID:
            # A misspelt required key is reported once, as the unknown key with its did-you-mean.
            view.suggested = {p.args["suggestion"] for p in r.problems[before:] if p.args.get("suggestion")}
            for name, spec in self.fields.items():
                if spec.required and name not in view.values and name not in view.suggested:
                    r.problem("S005", "missing_key", node, key=name, object=self.name)
            if self.check is not None:
                self.check(view, node, r)
        return view

    def read_pairs(self, node: yaml.MappingNode, r: Reader) -> Any:
        view = ObjView(r.span(node))
        first_line: dict[str, int] = {}
        for key, value in mapping_pairs(node, r):
            name = scalar_text(key, r, "key")
            if name is INVALID:
                continue
            if name in first_line:
                r.problem("S002", "duplicate_key", key, key=name, first=first_line[name])
                continue
            first_line[name] = key.start_mark.line + 1
            spec = self.fields.get(name)
            if spec is None and _split_by_comma(node, value):
                r.problem("S003", "unknown_key_comma", key, key=name)
                continue
            if spec is None:
                r.problem(
                    "S003",
                    "unknown_key",
                    key,
                    key=name,
                    object=self.name,
                    suggestion=suggest(name, list(self.fields)),
                    allowed=", ".join(self.fields),
                )
                continue
            view._nodes[name] = value
            view.values[name] = spec.type.read(value, r)
        return view

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        if self.name not in defs:
            defs[self.name] = {}  # placeholder against recursion
            body: dict[str, Any] = {
                "type": "object",
                "properties": {n: f.type.schema(defs) for n, f in self.fields.items()},
                "additionalProperties": False,
            }
            required = [n for n, f in self.fields.items() if f.required]
            if required:
                body["required"] = required
            body.update(self.schema_extra)
            defs[self.name] = self._doc(body)
        return {"$ref": f"#/$defs/{self.name}"}


@dataclass
class ScopeItemT(Type):
    """A line of ``scope.out``: text, or ``{activity: ID}`` / ``{phase: ID}`` with a note."""

    ref: ObjT = field(default_factory=ObjT)
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if isinstance(node, yaml.MappingNode) and any(
            isinstance(k, yaml.ScalarNode) and k.value not in ("ja", "en") for k, _ in node.value
        ):
            return self.ref.read(node, r)  # {activity: …}; a typo there gets a did-you-mean
        return TextT().read(node, r)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"anyOf": [TextT().schema(defs), self.ref.schema(defs)]})


_TEXT_OBJ = ObjT(
    "text",
    {"ja": Field(StrT("Japanese")), "en": Field(StrT("English"))},
)

_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_ID = IdT()
_CELL = CellT()
