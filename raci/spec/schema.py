"""The JSON Schema of the spec, generated from the same declarations the loader enforces."""

from __future__ import annotations

import json
from typing import Any

from raci.spec.format import SPEC


def json_schema() -> dict[str, Any]:
    """A draft 2020-12 JSON Schema for editors (yaml-language-server) and other tools."""
    defs: dict[str, Any] = {}
    root = SPEC.schema(defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "raci org spec, version 1",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def dumps() -> str:
    """The schema as the text shipped in ``raci/spec/schema.json`` (stable bytes)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
