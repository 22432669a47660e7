"""Messages of ``raci import`` and of validating a table in place (:mod:`raci.tables`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "import.default_phase": {"en": "Activities", "ja": "活動"},
    "import.extra.notes": {"en": "Notes", "ja": "備考"},
    "import.extra.priority": {"en": "Priority", "ja": "優先度"},
    "import.unnamed_activity": {"en": "(unnamed activity {number})", "ja": "（名前のない活動 {number}）"},
    # findings ---------------------------------------------------------------------------
    "import.cell_unreadable": {
        "en": "'{cell}' in the column of '{role}' cannot be read as a RACI value",
        "ja": "「{role}」列の「{cell}」は RACI の値として解釈できません",
    },
    "import.cell_unreadable_part": {
        "en": "'{cell}' in the column of '{role}' cannot be read as a RACI value: '{bad}' is not understood",
        "ja": "「{role}」列の「{cell}」は RACI の値として解釈できません（「{bad}」の部分）",
    },
    "import.cell_unreadable.hint": {
        "en": "write the letters R, A, C, I (A/R, C/I…), a word such as Accountable, DRI, ◎○△×, or - for no "
        "role; or give it a meaning: raci import --mark '{bad}=AR'. The text is kept as a comment in the spec",
        "ja": "R、A、C、I の文字（A/R、C/I など）、Accountable や説明責任者などの言葉、DRI、◎○△× のいずれかで書き、役割がなければ - と書いてください。記号に意味を持たせるには raci import --mark '{bad}=AR' を指定してください。元の内容はスペックにコメントとして残ります",
    },
    "import.cell_unreadable_part.hint": {
        "en": "write the letters R, A, C, I (A/R, C/I…), a word such as Accountable, DRI, ◎○△×, or - for no "
        "role; or give it a meaning: raci import --mark '{bad}=AR'. The text is kept as a comment in the spec",
        "ja": "R、A、C、I の文字（A/R、C/I など）、Accountable や説明責任者などの言葉、DRI、◎○△× のいずれかで書き、役割がなければ - と書いてください。記号に意味を持たせるには raci import --mark '{bad}=AR' を指定してください。元の内容はスペックにコメントとして残ります",
    },
    "import.cell_undecided": {
        "en": "'{cell}' in the column of '{role}' says the role is not decided yet: it is not read as 'no role'",
        "ja": "「{role}」列の「{cell}」は役割が未定であることを表すため、「役割なし」としては扱いません",
    },
    "import.cell_undecided.hint": {
        "en": "decide the role and write its letters (A/R, C, I…), or - if the department has no role here",
        "ja": "役割を決めて R、A、C、I で書いてください。役割がなければ - と書きます",
    },
    "import.repeated_letter": {
        "en": "'{cell}' in the column of '{role}' repeats a letter: read as {roles}",
        "ja": "「{role}」列の「{cell}」は同じ文字が重複しています。{roles} として読みました",
    },
    "import.repeated_letter.hint": {
        "en": "check whether another letter was meant, and write each letter once",
        "ja": "別の文字の打ち間違いでないか確認し、各文字は 1 回だけ書いてください",
    },
    "import.lookalike": {
        "en": "'{cell}' in the column of '{role}' uses letters of another script that look like R, A, C, I: "
        "read as Latin letters",
        "ja": "「{role}」列の「{cell}」には、R、A、C、I に似た別の文字（キリル文字やギリシャ文字）が使われています。ラテン文字として読みました",
    },
    "import.lookalike.hint": {
        "en": "retype the letters in the table, so that other tools read them too",
        "ja": "ほかのツールでも読めるよう、表の文字を半角英字で入力し直してください",
    },
    "import.unnamed_row": {
        "en": "a row has RACI letters but no activity name: imported as '{activity}'",
        "ja": "RACI の値があるのに活動名のない行があります。「{activity}」として取り込みました",
    },
    "import.unnamed_row.hint": {
        "en": "give the activity a name in the table (or in the spec)",
        "ja": "表（またはスペック）で活動に名前を付けてください",
    },
    # comments written into the spec ------------------------------------------------------
    "import.comment.header": {
        "en": "Imported by raci import from {source} on {date}.",
        "ja": "raci import で {source} から取り込みました（{date}）。",
    },
    "import.comment.review": {
        "en": "Check the comments marked 'raci import:' and remove them when done.",
        "ja": "「raci import:」で始まるコメントを確認し、済んだら削除してください。",
    },
    "import.comment.kind": {
        "en": "raci import: kind guessed from '{word}': check it",
        "ja": "raci import: 「{word}」から kind を推測しました。確認してください",
    },
    "import.comment.kind_unknown": {
        "en": "raci import: kind not recognised from the name: sales, cs, support, marketing, product or role?",
        "ja": "raci import: 名前から kind を判断できませんでした。sales、cs、support、marketing、product、role のどれに当たるか確認してください",
    },
    "import.comment.lost": {
        "en": "raci import: not understood in {where} ({role}):",
        "ja": "raci import: {where}（{role}）の値を解釈できませんでした:",
    },
    # the command ---------------------------------------------------------------------------
    "import.not_a_table": {
        "en": "{path} cannot be read as a table: {reason}",
        "ja": "{path} を表として読み込めません: {reason}",
    },
    "import.unreadable": {"en": "{reason}", "ja": "{reason}"},
    "import.exists": {
        "en": "{path} exists already: choose another file, or add --force to replace it",
        "ja": "{path} はすでに存在します。別のファイル名を指定するか、上書きする場合は --force を付けてください",
    },
    "import.no_table": {
        "en": "no table with RACI letters was found",
        "ja": "RACI の値が入った表が見つかりませんでした",
    },
    "import.bad_mark": {
        "en": "'{value}' is not MARK=ROLES (for example ◎=AR, ○=R, x=-)",
        "ja": "「{value}」は「記号=役割」の形式ではありません（例：◎=AR、○=R、x=-）",
    },
    "import.several_tables": {
        "en": "{count} tables found; importing the first one ({where}); choose another with --sheet",
        "ja": "{count} 個の表が見つかりました。最初の表（{where}）を取り込みます。別の表は --sheet で選んでください",
    },
    "import.prompt.activity_column": {
        "en": "Which column holds the activities? (number or header)",
        "ja": "活動名が入っている列はどれですか（列番号または見出し）",
    },
    "import.prompt.mark": {
        "en": "What does {mark} mean in this table? (AR = Accountable and Responsible, A, R…)",
        "ja": "この表の {mark} はどの役割を表しますか（AR: 説明責任と実行責任の両方、ほかに A、R など）",
    },
    "import.defaults_taken": {
        "en": "no questions asked (not a terminal, --no-input or CI): {choices}",
        "ja": "端末でない、--no-input の指定、CI での実行のいずれかのため質問せず、次の既定値を使いました: {choices}",
    },
    "import.choice.activity_column": {"en": "activities in column {column}", "ja": "活動名の列は「{column}」"},
    "import.choice.mark": {"en": "{mark} = {roles}", "ja": "{mark} = {roles}"},
    "import.summary": {
        "en": "rows: {rows}, roles: {roles}, assignments: {assignments} (situational: {situational}, with a note: {notes})",
        "ja": "{rows} 行、役割 {roles} 個、割り当て {assignments} 件（条件付き {situational} 件、メモ付き {notes} 件）",
    },
    "import.summary.cells": {
        "en": "non-empty cells: {cells} = assignments: {assignments} + 'no role': {no_role} + not understood: {errors}",
        "ja": "空でないセル {cells} 個 = 割り当て {assignments} 件 + 「役割なし」{no_role} 個 + 解釈できなかったセル {errors} 個",
    },
    "import.summary.not_understood": {
        "en": "not understood (kept as comments): {where}",
        "ja": "解釈できなかったセル（スペックにコメントとして残しました）: {where}",
    },
    "import.summary.unnamed": {
        "en": "rows without an activity name (a name was made up): {where}",
        "ja": "活動名のない行（仮の名前を付けました）: {where}",
    },
    "import.summary.lookalikes": {
        "en": "letters of another script read as R, A, C, I (T002): {where}",
        "ja": "R、A、C、I に似た別の文字をラテン文字として読んだセル（T002）: {where}",
    },
    "import.summary.repeated": {
        "en": "a letter written twice, read once (T005): {where}",
        "ja": "同じ文字が重複していたセル（重複を除いて読みました。T005）: {where}",
    },
    "import.summary.duplicate": {
        "en": "'{name}' ({where}) has the name of an earlier row: imported as {id} (T801 in raci validate)",
        "ja": "「{name}」（{where}）は前の行と同じ名前のため、{id} として取り込みました（raci validate では T801）",
    },
    "import.summary.notice": {"en": "{where}: {text}", "ja": "{where}: {text}"},
    "import.summary.written": {"en": "wrote {path}", "ja": "{path} に書き出しました"},
}
