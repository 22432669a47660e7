"""Messages of the table readers and the layout step (:mod:`raci.tables`): errors and notices."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # a file that cannot be read as a table (TableError)
    "tables.not_found": {"en": "no such file: {path}", "ja": "ファイルが見つかりません: {path}"},
    "tables.not_found.hint": {
        "en": "check the path (relative paths start from the current folder)",
        "ja": "パスを確認してください（相対パスは現在のフォルダーからの位置です）",
    },
    "tables.is_folder": {
        "en": "{path} is a folder, not a table",
        "ja": "{path} はフォルダーです。表のファイルを指定してください",
    },
    "tables.is_folder.hint": {
        "en": "name one .csv, .xlsx or .md file",
        "ja": ".csv、.xlsx、.md のいずれかのファイルを一つ指定してください",
    },
    "tables.unreadable": {"en": "cannot read the file: {reason}", "ja": "ファイルを読めません: {reason}"},
    "tables.unreadable.hint": {
        "en": "check that you may read it and that no other program holds it",
        "ja": "読み取り権限があるか、ほかのプログラムがファイルを開いたままでないかを確認してください",
    },
    "tables.too_large": {
        "en": "the file is larger than {limit} MiB, more than any RACI table needs",
        "ja": "ファイルが {limit} MiB を超えています。RACI 表としては大きすぎます",
    },
    "tables.too_large.hint": {
        "en": "split it: one table per team or per phase",
        "ja": "チームやフェーズごとの表に分けてください",
    },
    "tables.not_text": {
        "en": "the file is not text in UTF-8, Shift_JIS (CP932) or UTF-16",
        "ja": "ファイルが UTF-8、Shift_JIS（CP932）、UTF-16 のいずれのテキストでもありません",
    },
    "tables.not_text.hint": {
        "en": 'save it from the spreadsheet as "CSV UTF-8"; a workbook keeps its .xlsx name',
        "ja": "表計算ソフトで「CSV UTF-8」形式で保存し直してください。Excel ブックなら拡張子 .xlsx のまま指定してください",
    },
    "tables.empty": {"en": "the file has no cells with text", "ja": "ファイルに文字の入ったセルがありません"},
    "tables.empty.hint": {
        "en": "a table needs a header row (activity, roles) and rows of letters",
        "ja": "見出し行（活動名と役割）と、R、A、C、I の入った行が必要です",
    },
    "tables.unknown_format": {
        "en": "'{suffix}' is not a table format raci reads",
        "ja": "拡張子「{suffix}」の表は読み込めません",
    },
    "tables.unknown_format.hint": {
        "en": "raci reads {known}; an old .xls workbook: save it as .xlsx",
        "ja": "読み込めるのは {known} です。古い .xls 形式のブックは .xlsx で保存し直してください",
    },
    "tables.bad_xlsx": {
        "en": "the file is not a readable XLSX workbook ({reason})",
        "ja": "XLSX ブックとして読めません（{reason}）",
    },
    "tables.bad_xlsx.hint": {
        "en": "open it in Excel or LibreOffice and save it again as .xlsx",
        "ja": "Excel や LibreOffice で開き、.xlsx 形式で保存し直してください",
    },
    "tables.no_sheet": {
        "en": "the workbook has no sheet named '{sheet}'",
        "ja": "ブックに「{sheet}」という名前のシートはありません",
    },
    "tables.no_sheet.hint": {"en": "its sheets: {sheets}", "ja": "ブック内のシート: {sheets}"},
    "tables.empty_sheet": {
        "en": "the sheet '{sheet}' has no cells with text",
        "ja": "シート「{sheet}」に文字の入ったセルがありません",
    },
    "tables.empty_sheet.hint": {
        "en": "name the sheet that holds the RACI table",
        "ja": "RACI 表のあるシートを指定してください",
    },
    "tables.no_table": {
        "en": "the document has no Markdown table",
        "ja": "文書に Markdown の表がありません",
    },
    "tables.no_table.hint": {
        "en": "a table is a header row, a delimiter row (|---|---|) and rows, each line between pipes",
        "ja": "表は見出し行、区切り行（|---|---|）、データ行からなり、各セルを | で区切って書きます",
    },
    # notices: the readers
    "tables.encoding_guessed": {
        "en": "read as Shift_JIS ({encoding}): the file is not UTF-8",
        "ja": "UTF-8 ではないため、Shift_JIS（{encoding}）として読みました",
    },
    "tables.open_quote": {
        "en": "a quote opened here is never closed: the rest of the file was read as this one cell",
        "ja": 'ここで始まった引用符（"）が閉じられていないため、ファイルの最後までを一つのセルとして読みました',
    },
    "tables.sheet_chosen": {
        "en": "read the sheet '{sheet}', the one that looks most like a RACI table (the others: {others})",
        "ja": "RACI 表らしいシート「{sheet}」を読みました（ほかのシート: {others}）",
    },
    "tables.hidden_rows": {
        "en": "rows {rows} are hidden in the sheet; they were read like the others",
        "ja": "{rows} 行目は非表示ですが、ほかの行と同じように読み込みました",
    },
    "tables.hidden_columns": {
        "en": "columns {columns} are hidden in the sheet; they were read like the others",
        "ja": "{columns} 列は非表示ですが、ほかの列と同じように読み込みました",
    },
    "tables.extra_cells": {
        "en": "this row has more cells than the header; Markdown does not show them, so they were not read: {text}",
        "ja": "この行には見出しより多くのセルがあります。Markdown では表示されないため、読み込んでいません: {text}",
    },
    # notices: the layout step
    "tables.transposed": {
        "en": "roles are down the first column and activities across the top: the table was read turned",
        "ja": "役割が 1 列目に縦に、活動が見出し行に横に並んでいるため、表の縦横を入れ替えて読みました",
    },
    "tables.no_roles": {
        "en": "no column holds RACI letters (R, A, C, I, whole words or ◎○△): nothing to import from this table",
        "ja": "RACI の値（R、A、C、I、言葉、◎○△）が入った列がないため、この表からは何も読み込めません",
    },
    "tables.activity_column_guessed": {
        "en": "no header says Activity or Task: the column '{header}' was taken as the activities",
        "ja": "「活動」「タスク」などの見出しがないため、列「{header}」を活動名として読みました",
    },
    "tables.phase_column_guessed": {
        "en": "the column '{header}' repeats a few names down its rows: read as the phases",
        "ja": "列「{header}」には同じ名前が続いているため、フェーズとして読みました",
    },
    "tables.group_row": {
        "en": "two header rows: the upper one was read as groups of roles ({groups})",
        "ja": "見出しが 2 行あるため、上の行を役割のグループ（{groups}）として読みました",
    },
    "tables.column_dropped": {
        "en": "the column '{header}' is neither roles nor activities nor a known extra column: not imported ({cells} cells)",
        "ja": "列「{header}」は役割、活動名、説明などのいずれでもないため、読み込んでいません（{cells} セル）",
    },
    "tables.findings_column": {
        "en": "the column '{header}' is raci's own findings: not imported (raci validate finds them again)",
        "ja": "列「{header}」は raci が書き出した指摘のため、読み込んでいません（raci validate で改めて検出されます）",
    },
    "tables.text_above": {
        "en": "text above the header row, not imported: {text}",
        "ja": "見出し行より上にある文字は読み込んでいません: {text}",
    },
    "tables.legend": {
        "en": "a legend of the letters, not imported: {text}",
        "ja": "RACI の凡例のため、読み込んでいません: {text}",
    },
    "tables.empty_section": {
        "en": "the heading '{text}' has no activities under it: not imported as a phase",
        "ja": "見出し「{text}」の下に活動がないため、フェーズとしては読み込んでいません",
    },
    "tables.text_below": {
        "en": "text below the table, not imported: {text}",
        "ja": "表より下にある文字は読み込んでいません: {text}",
    },
    "tables.no_column": {
        "en": "no column '{column}' to read the activities from",
        "ja": "活動名を読む列「{column}」が見つかりません",
    },
    "tables.no_column.hint": {
        "en": "name a header ({headers}) or a position counted from 1",
        "ja": "見出し（{headers}）か、1 から数えた列の位置を指定してください",
    },
}
