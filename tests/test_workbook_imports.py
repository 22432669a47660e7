"""Writing a workbook does not import numpy (openpyxl would, for nothing raci writes).

With ``raci[workshop]`` installed, numpy's import was a fifth of rendering a
1,000-activity matrix as XLSX; raci writes only text, which needs none of it. The
workshop's alpha still needs numpy in the same process afterwards, so it must stay
importable.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import io, sys
from raci.render.workbook import grid, new_workbook, save

book = new_workbook()
grid(book.active, ["a", "b"], [["1", "=2"]], [10.0, 10.0])
data = save(book, "t")
print("numpy" in sys.modules)
import numpy
from openpyxl import load_workbook
print(numpy.arange(3).sum(), load_workbook(io.BytesIO(data)).active["B2"].value)
"""


def test_writing_a_workbook_leaves_numpy_unimported_and_importable() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["False", "3 =2"]
