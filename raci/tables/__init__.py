"""The way in: RACI tables from spreadsheets (CSV, XLSX) and wiki pages (Markdown).

:mod:`raci.tables.grid` holds the types the readers, the layout step and the spec
builder share.
"""
