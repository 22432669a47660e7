"""What import-linter cannot see: the modules a command really loads when it runs.

The static layering (every import, including those inside functions) is checked by the
import-linter contracts in pyproject.toml (tests/test_import_contracts.py). Whether a
function-level import of a heavy library actually runs on `raci validate`'s path is a
run-time question, answered here in a fresh process.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

HEAVY = {"networkx", "jinja2", "graphviz", "openpyxl", "rich", "starlette", "uvicorn", "anyio"}


def modules_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True, timeout=60
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_validate_does_not_import_heavy_libraries() -> None:
    code = "import sys\nfrom raci.cli import main\ncode = main(['validate', 'specs/'])\nassert code == 0, code"
    loaded = modules_after(code)
    assert not {m.split(".")[0] for m in loaded} & HEAVY


def test_loading_every_rule_imports_no_heavy_library() -> None:
    """Rule families are found by walking raci/rules/ at run time, which no static check follows."""
    loaded = modules_after("from raci.rules import all_rules\nassert len(all_rules()) > 30")
    assert not {m.split(".")[0] for m in loaded} & (HEAVY | {"click"})
    assert {m for m in loaded if m.startswith("raci.rules.")} - {"raci.rules"}, "no rule module was loaded"


NOT_FOR_VALIDATE = {
    "raci.render",
    "raci.tables",
    "raci.diff",
    "raci.workshop",
    "raci.serve",
    "openpyxl",
    "markdown_it",
    "numpy",
    "krippendorff",
    "budoux",
}
"""Packages of the other commands: `raci validate` runs on every commit (pre-commit), so
loading them there is start-up every user pays for nothing."""


def test_validate_imports_no_other_commands_modules() -> None:
    """English output to a pipe, as pre-commit runs it, of clean specs and of specs with
    findings of every rule: neither the other command families (the CLI's help check once
    loaded every family), nor their message catalogues, nor Japanese line breaking."""
    from raci.i18n import LATER

    code = (
        "from raci.cli import main\n"
        "assert main(['validate', '--lang', 'en', 'specs/']) == 0\n"
        "assert main(['validate', '--lang', 'en', 'tests/specs/rules/']) == 1"
    )
    loaded = modules_after(code)
    unwanted = NOT_FOR_VALIDATE | {f"raci.i18n.{name}" for name in LATER}
    packages = {m for m in loaded for name in unwanted if m == name or m.startswith(name + ".")}
    assert not packages


def test_a_good_spec_is_validated_without_the_spreadsheet_vocabulary() -> None:
    """The loader needs the spreadsheet wording (``DRI``, ◎, 責任者) only to word the error
    for such a cell; a spec written in letters never loads it or its table."""
    loaded = modules_after("from raci.cli import main\nassert main(['validate', '--lang', 'en', 'specs/']) == 0")
    assert not {"raci.spec.loose_cells", "raci.spec.vocabulary"} & loaded
    wordy = modules_after(
        "from raci.spec.load import loads\nfrom raci.spec.problems import SpecError\nimport pathlib\n"
        "text = pathlib.Path('specs/startup-allrounder.raci.yaml').read_text(encoding='utf-8')\n"
        "assert '{founders: A/R}' in text\n"
        "try:\n    loads(text.replace('{founders: A/R}', '{founders: DRI}', 1), 'x.raci.yaml')\n"
        "except SpecError as error:\n    assert 'A/R' in str(error.problems[0].args), error.problems\n"
        "else:\n    raise AssertionError('DRI was accepted')"
    )
    assert "raci.spec.loose_cells" in wordy


def test_the_command_sets_the_collector_before_importing_click() -> None:
    """``raci`` starts in raci/__main__.py, which raises the collector's first threshold
    before click, PyYAML and raci's modules are imported (their objects live until exit,
    and ~30 passes over them at the default threshold were a fifth of a small run)."""
    loaded = modules_after("import raci.__main__")
    assert not {"click", "yaml", "raci.cli"} & loaded
    probe = (
        "import gc, sys\nfrom raci.__main__ import START_UP_ALLOCATIONS, main\n"
        "passes = []\n"
        "gc.callbacks.append(lambda phase, info: passes.append(info) if phase == 'start' else None)\n"
        "sys.argv = ['raci', 'validate', 'specs/']\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert done.code == 0, done.code\n"
        "assert gc.get_threshold()[0] == START_UP_ALLOCATIONS > 700\n"
        "assert len(passes) <= 2, passes  # ~30 at Python's default"
    )
    subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True, timeout=60, capture_output=True)
