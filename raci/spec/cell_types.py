"""The YAML side of RACI cells and rows: ``{cs: A/R, sales: C}`` read into department →
roles, with positions and S009 problems. The grammar itself (cell text → roles, no YAML)
is :mod:`raci.spec.cells`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from raci.spec import cells
from raci.spec.reader import _MAP, _SCALAR, _STR, INVALID, Reader, Ref, mapping_pairs, scalar_text
from raci.spec.shape import ID_PATTERN, BoolT, Field, IdT, ObjT, TextT, Type

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # no methods compiled at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

CELL_PATTERN = r"^\s*[RACIraciＲＡＣＩｒａｃｉ](\s*[/,+ ／，＋　]?\s*[RACIraciＲＡＣＩｒａｃｉ])*\s*$"


@dataclass(repr=False, eq=False)
class CellT(Type):
    """A RACI cell such as ``A/R`` (the grammar is :mod:`raci.spec.cells`), or, with
    ``annotated``, ``{roles: C/I, note: …, situational: true}``."""

    description: str = ""
    annotated: bool = False

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if self.annotated and isinstance(node, yaml.MappingNode):
            view = _CELL_OBJ.read(node, r)
            if view is INVALID or not view.has("roles"):
                return INVALID
            return cells.Cell(view.get("roles"), view.get("note"), bool(view.get("situational", False)))
        text = scalar_text(node, r, "cell")
        if text is INVALID:
            return INVALID
        roles = cells.parse(text)
        if isinstance(roles, cells.CellError):
            return r.problem(
                "S009", cells.MESSAGE_KEYS[roles.kind], node, cell=text, bad=roles.bad, form=roles.suggestion
            )
        return roles

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        letters = {"type": "string", "pattern": CELL_PATTERN}
        if not self.annotated:
            return self._doc(letters)
        return self._doc({"anyOf": [letters, _CELL_OBJ.schema(defs)]})


@dataclass(repr=False, eq=False)
class RaciT(Type):
    """The RACI row of an activity: department id → cell, in the order written."""

    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return r.wrong_type(node, "raci_row")
        if not r.tagged(node, _MAP):
            return INVALID
        r.enter(node)
        cells_read: list[tuple[Ref, Any]] = []
        seen: dict[str, yaml.Node] = {}
        read_id, read_cell, parsed = _ID.read, _CELL.read, cells.PARSED
        plain = not r.controls  # the fast paths below skip scalar_text(), whose one check is then moot
        for key, value in mapping_pairs(node, r):
            if plain and key.__class__ is _SCALAR and key.tag == _STR and key.value in _IDS:
                ident = key.value  # a department id read before (one per RACI cell: 45k at 10k activities)
            else:
                ident = read_id(key, r)
                if ident is INVALID:
                    continue
                if key.tag == _STR and len(_IDS) < 10_000:
                    _IDS.add(ident)
            dept = Ref(ident, r.span(key, value))  # the whole cell, `cs: A/R`
            if dept.id in seen:
                r.problem("S002", "duplicate_key", key, key=dept.id, first=seen[dept.id].start_mark.line + 1)
                continue
            seen[dept.id] = key
            roles = parsed.get(value.value) if plain and value.__class__ is _SCALAR and value.tag == _STR else None
            if roles.__class__ is not frozenset:  # not a cell text parsed before: read it in full
                roles = read_cell(value, r)
            if roles is not INVALID:
                cells_read.append((dept, roles))
        return cells_read

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc(
            {
                "type": "object",
                "propertyNames": {"pattern": ID_PATTERN},
                "additionalProperties": _CELL.schema(defs),
            }
        )


_ID = IdT()
_IDS: set[str] = set()
"""Texts :class:`IdT` has read as valid ids (a pure function of the text, like the cache of
:func:`raci.spec.cells.parse`): a RACI row's keys repeat the same few department ids."""
_CELL = CellT(annotated=True)
_CELL_OBJ = ObjT(
    "cell",
    {
        "roles": Field(CellT("The role letters, like C/I"), required=True),
        "note": Field(TextT("Why, or when the role applies")),
        "situational": Field(BoolT("The role applies only in some cases")),
    },
    "A RACI cell with a note or a situational flag.",
)
