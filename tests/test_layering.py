"""The layers stay in one direction, and the CLI stays light to start."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HEAVY = {"networkx", "jinja2", "graphviz", "openpyxl", "rich"}


def modules_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True, timeout=60
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("raci.spec.load", {"raci.lint", "raci.rules", "raci.reporters", "raci.cli", "click", *HEAVY}),
        ("raci.rules.core.r101_no_accountable", {"raci.lint", "raci.reporters", "raci.cli", "click", *HEAVY}),
        ("raci.lint", {"raci.reporters", "raci.cli", "click", *HEAVY}),
        ("raci.reporters.json_", {"raci.cli", "click", *HEAVY}),
    ],
)
def test_lower_layers_do_not_import_higher_ones(module: str, forbidden: set[str]) -> None:
    loaded = modules_after(f"import {module}")
    assert not {m.split(".")[0] if m.split(".")[0] in HEAVY else m for m in loaded} & forbidden


def test_loading_every_rule_imports_no_higher_layer() -> None:
    loaded = modules_after("from raci.rules import all_rules\nassert len(all_rules()) > 30")
    forbidden = {"raci.lint", "raci.config", "raci.reporters", "raci.render", "raci.starter", "raci.cli", "click"}
    assert not {m for m in loaded if m.split(".")[0] in HEAVY or m.rsplit(".", 1)[0] in forbidden or m in forbidden}


def test_validate_does_not_import_heavy_libraries() -> None:
    code = "import sys\nfrom raci.cli import main\ncode = main(['validate', 'specs/'])\nassert code == 0, code"
    loaded = modules_after(code)
    assert not {m.split(".")[0] for m in loaded} & HEAVY
