"""`raci render matrix -f xlsx` and `raci workshop prepare` do not import numpy (openpyxl
would, for nothing raci writes), and the library leaves openpyxl as a program expects it.

With ``raci[workshop]`` installed, numpy's import was a fifth of rendering a
1,000-activity matrix as XLSX; raci writes only text. openpyxl imported without numpy
refuses numpy numbers for the rest of the process, so only raci's own commands do it:
a program that embeds raci and writes numpy values with openpyxl must keep that.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

COMMAND = """
import sys
from raci.cli import main
code = main(["render", "matrix", sys.argv[1], "-f", "xlsx", "-o", sys.argv[2]])
print(code, "numpy" in sys.modules)
import numpy
print(numpy.arange(3).sum())
"""

LIBRARY = """
import io
from raci.render.workbook import grid, new_workbook, save
book = new_workbook()
grid(book.active, ["a", "b"], [["1", "=2"]], [10.0, 10.0])
save(book, "t")
import numpy  # after raci wrote its workbook, as a program using both would
from openpyxl import Workbook
sheet = Workbook().active
sheet["A1"] = numpy.int64(3)
print(sheet["A1"].value)
"""


def run(script: str, *args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.split("\n")


def test_the_workbook_command_leaves_numpy_unimported_and_importable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = run(COMMAND, str(ROOT / "specs" / "acme-functional.raci.yaml"), str(tmp_path / "m.xlsx"))
    assert out[:2] == ["0 False", "3"]
    assert (tmp_path / "m.xlsx").stat().st_size > 0


def test_the_library_leaves_openpyxl_taking_numpy_numbers() -> None:
    assert run(LIBRARY)[0] == "3"
