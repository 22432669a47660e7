"""The shape of a spec, declared once as data.

Each type here knows two things: how to read a YAML node into a Python value
(collecting problems with their positions) and how to describe itself in JSON Schema.
The loader and ``raci schema`` both use these declarations, so the editor schema and
what the loader accepts cannot drift apart. They are dataclasses for their constructors
only (``repr=False, eq=False``): each generated method is compiled at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import field
from typing import TYPE_CHECKING, Any

import yaml

from raci.langs import LANGS
from raci.spec import values
from raci.spec.model import Span
from raci.spec.reader import (
    _BOOL,
    _MAP,
    _NULL,
    _SEQ,
    INVALID,
    Reader,
    Ref,
    end_mark,
    mapping_pairs,
    scalar_text,
    within,
)
from raci.spec.values import MAX_COUNT, MAX_NAME, MAX_TEXT
from raci.text import suggest

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # no methods compiled at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]*$"
_ID_RE = re.compile(ID_PATTERN)


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


@dataclass(repr=False, eq=False)
class StrT(Type):
    description: str = ""
    max_length: int | None = MAX_NAME

    def read(self, node: yaml.Node, r: Reader) -> Any:
        return within(scalar_text(node, r, "string"), node, r, self.max_length)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        # `unit: 1` reads as the text "1", as the loader does.
        out: dict[str, Any] = {"type": ["string", "number", "boolean"], "minLength": 1}
        if self.max_length is not None:
            out["maxLength"] = self.max_length
        return self._doc(out)


@dataclass(repr=False, eq=False)
class IdT(Type):
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = scalar_text(node, r, "id")  # an id per RACI cell: within() only when too long
        if value is INVALID or len(value) > MAX_NAME:
            return within(value, node, r, MAX_NAME)
        if not _ID_RE.match(value):
            return r.problem("S006", "bad_id", node, value=value)
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "string", "pattern": ID_PATTERN, "maxLength": MAX_NAME})


@dataclass(repr=False, eq=False)
class RefT(Type):
    """An id of another element of kind ``to``; resolved by the loader once all ids are known."""

    to: str = ""
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = _ID.read(node, r)
        return INVALID if value is INVALID else Ref(value, r.span(node))

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "string", "pattern": ID_PATTERN, "maxLength": MAX_NAME})


@dataclass(repr=False, eq=False)
class IntT(Type):
    """A count: a whole number from ``minimum`` to ``maximum``. Messages quote the number
    as written, never the parsed value (which may have thousands of digits)."""

    minimum: int = 0
    description: str = ""
    maximum: int = MAX_COUNT

    def read(self, node: yaml.Node, r: Reader) -> Any:
        value = _integer(node, r)
        if value is INVALID:
            return INVALID
        if value < self.minimum:
            return r.problem("S006", "too_small", node, value=node.value, minimum=f"{self.minimum:,}")
        if value > self.maximum:
            return r.problem("S006", "too_large", node, value=node.value, maximum=f"{self.maximum:,}")
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "integer", "minimum": self.minimum, "maximum": self.maximum})


def _integer(node: yaml.Node, r: Reader) -> Any:
    """The integer in an ``!!int`` scalar, or :data:`INVALID` after reporting why not."""
    if not values.is_int_tag(node):
        return r.wrong_type(node, "integer")
    value = values.whole_number(node)
    return r.problem("S004", "wrong_type", node, expected="integer", got="string") if value is None else value


@dataclass(repr=False, eq=False)
class BoolT(Type):
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL:
            return r.wrong_type(node, "boolean")
        value = values.boolean(node)
        return r.problem("S004", "wrong_type", node, expected="boolean", got="string") if value is None else value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": "boolean"})


@dataclass(repr=False, eq=False)
class EnumT(Type):
    values: tuple[Any, ...] = ()
    description: str = ""
    message: str = "not_one_of"

    def read(self, node: yaml.Node, r: Reader) -> Any:
        numbers = bool(self.values) and isinstance(self.values[0], int)
        value: Any = _integer(node, r) if numbers else scalar_text(node, r, "string")
        if value is INVALID:
            return INVALID
        if value not in self.values:
            return r.problem(
                "S006",
                self.message,
                node,
                value=node.value if numbers else value,
                allowed=", ".join(map(str, self.values)),
                suggestion=suggest(str(value), [str(v) for v in self.values]),
            )
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"enum": list(self.values)})


@dataclass(repr=False, eq=False)
class TextT(Type):
    """A display text: a string, or ``{ja: …, en: …}``; a name (``MAX_NAME`` characters
    per language) or a longer text such as a description (``MAX_TEXT``)."""

    description: str = ""
    max_length: int = MAX_TEXT

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
            langs = [within(view.get(lang), view.node(lang), r, self.max_length) for lang in LANGS]
            return INVALID if INVALID in langs else Text(ja=langs[0], en=langs[1])
        value = within(scalar_text(node, r, "text"), node, r, self.max_length)
        return INVALID if value is INVALID else Text(ja=value, en=value)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        name = "text" if self.max_length == MAX_TEXT else f"text_{self.max_length}"
        kind = "a description or other text" if self.max_length == MAX_TEXT else "a name"
        string = {"type": "string", "minLength": 1, "maxLength": self.max_length}
        defs.setdefault(
            name,
            {
                "description": f"Display text, {kind}: a string, or the same text in Japanese and English.",
                "anyOf": [
                    {"type": ["string", "number", "boolean"], "minLength": 1, "maxLength": self.max_length},
                    {
                        "type": "object",
                        "properties": {"ja": string, "en": string},
                        "additionalProperties": False,
                        "minProperties": 1,
                    },
                ],
            },
        )
        return self._doc({"$ref": f"#/$defs/{name}"})


@dataclass(repr=False, eq=False)
class TargetT(Type):
    """A KPI target as written: ``">= 90"``, ``"< 2.84"``, ``120``."""

    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        return within(scalar_text(node, r, "target"), node, r, MAX_NAME)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"type": ["string", "number"], "maxLength": MAX_NAME})


@dataclass(repr=False, eq=False)
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


@dataclass(repr=False, eq=False)
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
        self.suggested: dict[str, Span] = {}
        """Known keys that an unknown key was probably meant to be (reported already),
        with where that misspelt key was written."""

    def span_of(self, name: str) -> Span:
        """Where the value of ``name`` was written (computed on demand: most are never needed)."""
        node = self._nodes[name]
        mark, end = node.start_mark, end_mark(node)
        return Span(self.span.file, mark.line + 1, mark.column + 1, end.line + 1, end.column + 1, mark.index, end.index)

    def written_at(self, name: str) -> Span:
        """Where ``name``, or the misspelt key meant as ``name``, was written."""
        return self.span_of(name) if name in self._nodes else self.suggested[name]

    def node(self, name: str) -> yaml.Node | Span:
        """The node of ``name``'s value; the mapping's span if it has none."""
        return self._nodes.get(name, self.span)

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


@dataclass(repr=False, eq=False)
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
            view.suggested = {
                p.args["suggestion"]: p.span
                for p in reversed(r.problems[before:])
                if p.key == "unknown_key" and p.args.get("object") == self.name and p.args.get("suggestion") and p.span
            }
            for name, spec in self.fields.items():
                if spec.required and name not in view.values and name not in view.suggested:
                    r.problem("S005", "missing_key", node, key=name, object=self.name)
            if self.check is not None:
                self.check(view, node, r)
        return view

    def read_pairs(self, node: yaml.MappingNode, r: Reader) -> Any:
        view = ObjView(r.span(node))
        first_key: dict[str, yaml.Node] = {}
        for key, value in mapping_pairs(node, r):
            name = scalar_text(key, r, "key")
            if name is INVALID:
                continue
            if name in first_key:
                r.problem("S002", "duplicate_key", key, key=name, first=first_key[name].start_mark.line + 1)
                continue
            first_key[name] = key
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


_TEXT_OBJ = ObjT(
    "text",
    {"ja": Field(StrT("Japanese", None)), "en": Field(StrT("English", None))},
)

_ID = IdT()
