"""The JSON Schema: in sync with the loader, and accepting exactly what editors should accept."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from raci.spec.schema import dumps, json_schema
from tests.conftest import MINIMAL, ROOT

SHIPPED = ROOT / "raci" / "spec" / "schema.json"
EXAMPLES = sorted((ROOT / "specs").glob("*.raci.yaml")) + sorted(
    (ROOT / "tests" / "specs" / "good").glob("*.raci.y*ml")
)
MODELINE = "# yaml-language-server: $schema=../raci/spec/schema.json"


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SHIPPED.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_shipped_schema_is_generated_from_the_loader_declarations() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == dumps(), "run: python -m raci schema -o raci/spec/schema.json"


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_validate_against_the_schema(path: Path) -> None:
    # Editors read YAML 1.2, where `2024-04-01` is text; PyYAML (1.1) makes it a date.
    data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8-sig")), default=str))
    errors = sorted(validator().iter_errors(data), key=str)
    assert errors == [], "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("path", sorted((ROOT / "specs").glob("*.raci.yaml")), ids=lambda p: p.name)
def test_bundled_specs_carry_the_editor_modeline(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == MODELINE
    assert (path.parent / "../raci/spec/schema.json").resolve() == SHIPPED


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("kind: sales}", "kind: sales, headcont: 3}"),  # unknown key
        ("{cs: A/R, sales: C}", "{cs: A/X, sales: C}"),  # bad cell
        ("kind: sales}", "kind: sells}"),  # bad enum
        ("id: kickoff", "id: 1st"),  # bad id
        ("version: 1", "version: 2"),
        ("name: Kickoff", "name: {jp: Kickoff}"),
        ("kind: sales}", "kind: sales, headcount: -1}"),
    ],
)
def test_schema_rejects_what_the_loader_rejects(old: str, new: str) -> None:
    import raci
    from raci.spec.problems import SpecError

    text = MINIMAL.replace(old, new)
    assert text != MINIMAL
    with pytest.raises(SpecError):
        raci.loads(text)
    assert list(validator().iter_errors(yaml.safe_load(text))), "schema accepted it"


def test_every_declared_key_is_documented_for_editors() -> None:
    def walk(node: object) -> None:
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                if name not in ("ja", "en"):
                    assert "description" in prop or "$ref" in prop, name
            for value in node.values():
                walk(value)

    walk(json_schema())
