"""The way in: RACI tables from spreadsheets (CSV, XLSX) and wiki pages (Markdown).

:mod:`raci.tables.grid` holds the types the readers, the layout step and the spec
builder share. :func:`read_table` reads a file into grids (one reader per format:
:mod:`~raci.tables.csv_read`, :mod:`~raci.tables.xlsx_read`, :mod:`~raci.tables.md_read`);
:func:`layout` finds the roles, activities and sections of a grid. openpyxl and
markdown-it-py are imported only when a file of theirs is read.
"""

from raci.tables.csv_read import read_csv
from raci.tables.errors import TableError
from raci.tables.md_read import read_markdown
from raci.tables.read import is_table, read_table
from raci.tables.xlsx_read import read_xlsx

__all__ = ["TableError", "is_table", "read_csv", "read_markdown", "read_table", "read_xlsx"]
