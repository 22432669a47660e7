"""Fixed texts of the printable workbooks (raci/render/workbook.py, matrix_sheet.py): the
instructions sheet, the page header and the legend in the footer."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "sheet.guide.title": {
        "en": "How to read and fill in this workbook: {org}",
        "ja": "このブックの見方と記入方法: {org}",
    },
    "sheet.guide.matrix.1": {
        "en": "Sheet RACI holds one row per activity, grouped by lifecycle phase, and one column per department. "
        "Each cell says which role the department holds on the activity; an empty cell means no role.",
        "ja": "「RACI」シートは、ライフサイクルのフェーズ順に活動を 1 行ずつ、部門を 1 列ずつ並べています。"
        "各セルは、その活動で部門が担う役割です。空欄は「役割なし」を表します。",
    },
    "sheet.guide.matrix.2": {
        "en": "Choose a cell's value from its drop-down (A/R, A, R, C, I, C/I) or type the letters. "
        "Every activity needs exactly one A and at least one R.",
        "ja": "セルの値はプルダウン（A/R、A、R、C、I、C/I）から選ぶか、文字を直接入力してください。"
        "どの活動にも A がちょうど一つ、R が一つ以上必要です。",
    },
    "sheet.guide.matrix.3": {
        "en": "Sheet Findings lists what raci validate found (the codes also appear at the end of each row); "
        "sheet KPIs lists the KPI tree with owners and targets.",
        "ja": "「Findings」シートには raci validate の指摘を載せています（各行の末尾にもコードを表示）。"
        "「KPIs」シートは KPI ツリーと主管部門・目標の一覧です。",
    },
    "sheet.guide.matrix.4": {
        "en": "Printing: every sheet prints in landscape, one page wide, with the header row and the activity "
        "columns repeated on each page (raci render matrix -f xlsx --paper a3 for A3).",
        "ja": "印刷: どのシートも横向き・横 1 ページに収まり、見出し行と活動の列は各ページに繰り返し印刷されます"
        "（A3 で印刷するには raci render matrix -f xlsx --paper a3）。",
    },
    "sheet.legend.letter": {"en": "Letter", "ja": "記号"},
    "sheet.legend.name": {"en": "Role", "ja": "役割"},
    "sheet.legend.meaning": {"en": "Meaning", "ja": "意味"},
    "sheet.legend.footer": {"en": "Legend: {entries}", "ja": "凡例: {entries}"},
    "sheet.legend.blank": {"en": "blank = no role", "ja": "空欄 = 役割なし"},
}
