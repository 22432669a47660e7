"""RACI cells and rows: ``{cs: A/R, sales: C}`` read into department → set of roles.

Shared by the loader and by every tool that reads cells typed by people (``A/R``,
``R, A``, ``Ａ／Ｒ`` from a Japanese IME all mean the same).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml

from raci.spec.reader import _MAP, INVALID, Reader, mapping_pairs, scalar_text
from raci.spec.shape import ID_PATTERN, Ref, RefT, Type

CELL_PATTERN = r"^\s*[RACIraciＲＡＣＩｒａｃｉ](\s*[/,+ ／，＋　]?\s*[RACIraciＲＡＣＩｒａｃｉ])*\s*$"
_CELL_SEPARATORS = re.compile(r"[\s/,+]+")

_CELLS: dict[str, frozenset[str]] = {}
"""Cells seen so far: a spec uses a handful of distinct spellings thousands of times."""


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
        read_ref, read_cell = _DEPARTMENT_REF.read, _CELL.read
        for key, value in mapping_pairs(node, r):
            dept = read_ref(key, r)
            if dept is INVALID:
                continue
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


_DEPARTMENT_REF = RefT("department")
_CELL = CellT()
