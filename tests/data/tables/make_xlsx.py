"""Writes the XLSX tables of this corpus: ``python tests/data/tables/make_xlsx.py``.

The .xlsx files are committed beside this script; run it again after changing it (the
corpus test checks that the committed files hold what this script writes).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 1, 1)


def ja_merged(book: Workbook) -> None:
    """Cover and legend sheets around the matrix; a merged group row over the roles, the phase
    merged down its rows, a hidden row and a hidden column, dates and numbers."""
    cover = book.active
    cover.title = "表紙"
    cover.append(["CS 組織 役割分担表"])
    cover.append(["作成日", FIXED])
    ws = book.create_sheet("RACI")
    ws.append(["フェーズ", "業務", "営業部門", None, "CS部門", None, "備考"])
    ws.append([None, None, "AE", "SE", "オンボーディング", "CSM", None])
    ws.append(["導入", "キックオフ", "I", None, "A/R", "C", None])
    ws.append([None, "初期設定", None, "C", "A/R", None, "2026-04 までに"])
    ws.append([None, "管理者トレーニング", None, None, "A/R", "I", 3])
    ws.append(["活用", "定例会", None, None, None, "A/R", None])
    ws.append([None, "ヘルススコア確認", None, None, "I", "A/R", None])
    ws.merge_cells("C1:D1")
    ws.merge_cells("E1:F1")
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    ws.merge_cells("G1:G2")
    ws.merge_cells("A3:A5")
    ws.merge_cells("A6:A7")
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions["D"].hidden = True
    legend = book.create_sheet("凡例")
    legend.append(["記号", "意味"])
    for mark, meaning in (("A", "説明責任者"), ("R", "実行責任者"), ("C", "協議先"), ("I", "報告先")):
        legend.append([mark, meaning])


def en_sheets(book: Workbook) -> None:
    """Three quarters of the same matrix; the test asks for one by name."""
    for index, (title, cell) in enumerate((("2026 Q1", "C"), ("2026 Q2", "A/R"), ("Archive", "R"))):
        ws = book.active if index == 0 else book.create_sheet(title)
        ws.title = title
        ws.append(["Activity", "Sales", "CS", "Support"])
        ws.append(["Kickoff", "I", "A/R", None])
        ws.append(["Escalation", None, cell, "A/R"])
        if title == "Archive":  # more letters: the sheet a guess would pick
            for n in range(5):
                ws.append([f"Old activity {n}", "A", "R", "C"])


def en_transposed_merged(book: Workbook) -> None:
    """Roles down column A, activities across row 2, phases merged over them in row 1."""
    ws = book.active
    ws.title = "Matrix"
    ws.append([None, "Onboarding", None, "Renewal", None])
    ws.append(["Role", "Kickoff workshop with the customer", "Data migration", "Renewal negotiation", "Price review"])
    ws.append(["Account Executive", "I", None, "A/R", "A"])
    ws.append(["Onboarding Manager", "A/R", "A/R", None, None])
    ws.append(["Finance", None, "C", "C", "R"])
    ws.merge_cells("B1:C1")
    ws.merge_cells("D1:E1")


TABLES = {"ja_merged.xlsx": ja_merged, "en_sheets.xlsx": en_sheets, "en_transposed_merged.xlsx": en_transposed_merged}


def build(name: str) -> Workbook:
    book = Workbook()
    TABLES[name](book)
    book.properties.created = book.properties.modified = FIXED
    return book


def main(folder: Path = HERE) -> None:
    for name in TABLES:
        build(name).save(folder / name)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
