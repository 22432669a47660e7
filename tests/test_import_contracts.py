"""The architecture holds: import-linter checks every import against pyproject.toml's contracts.

The contracts (``[tool.importlinter]``) are the layers of docs/architecture.md and the
libraries each layer may use. import-linter reads the source, so it sees the imports
inside functions too; the run-time checks it cannot make are in tests/test_layering.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_import_contracts_are_kept() -> None:
    program = Path(sys.executable).with_name("lint-imports")
    assert program.exists(), f"{program} is missing: pip install -e .[test] installs import-linter"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    # --no-cache: the test leaves nothing behind in the checkout.
    proc = subprocess.run(
        [str(program), "--no-cache"], capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout, proc.stdout
