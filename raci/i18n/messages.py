"""The spec loader's message catalogue: key → {"en": …, "ja": …}. Hints live under ``<key>.hint``."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # terms used inside other messages
    "term.department": {"en": "department", "ja": "部門"},
    "term.phase": {"en": "phase", "ja": "フェーズ"},
    "term.activity": {"en": "activity", "ja": "活動"},
    "term.kpi": {"en": "KPI", "ja": "KPI"},
    "term.library": {"en": "library KPI (see 'raci kpis')", "ja": "ライブラリ KPI（'raci kpis' を参照）"},
    "term.spec": {"en": "the spec (top level)", "ja": "スペックのトップレベル"},
    "term.org": {"en": "org", "ja": "org"},
    "term.mission": {"en": "mission", "ja": "mission"},
    "term.scope": {"en": "scope", "ja": "scope"},
    "term.scope_ref": {"en": "a scope.out reference", "ja": "scope.out の参照"},
    "term.text": {"en": "a text", "ja": "テキスト"},
    "type.mapping": {"en": "a mapping (key: value)", "ja": "マッピング（キー: 値）"},
    "type.list": {"en": "a list", "ja": "リスト"},
    "type.string": {"en": "a string", "ja": "文字列"},
    "type.integer": {"en": "a whole number", "ja": "整数"},
    "type.number": {"en": "a number", "ja": "数値"},
    "type.boolean": {"en": "true or false", "ja": "true または false"},
    "type.null": {"en": "nothing", "ja": "空の値"},
    "type.id": {"en": "an id", "ja": "ID"},
    "type.key": {"en": "a plain key", "ja": "単純なキー"},
    "type.text": {"en": "a text (a string or {ja: …, en: …})", "ja": "テキスト（文字列または {ja: …, en: …}）"},
    "type.target": {"en": "a target (a string or a number)", "ja": "目標値（文字列または数値）"},
    "type.cell": {"en": "a RACI cell such as A/R", "ja": "A/R のような RACI セル"},
    "type.raci_row": {
        "en": "a mapping of department id to RACI cell, like {cs: A/R, sales: C}",
        "ja": "部門 ID と RACI セルのマッピング（{cs: A/R, sales: C} など）",
    },
    "did_you_mean": {"en": " (did you mean '{suggestion}'?)", "ja": "（'{suggestion}' の誤りではありませんか？）"},
    # reading the file
    "unreadable": {"en": "cannot read the file: {reason}", "ja": "ファイルを読めません: {reason}"},
    "unreadable.hint": {
        "en": "check the path and that you may read it",
        "ja": "パスと読み取り権限を確認してください",
    },
    "not_utf8": {
        "en": "the file is not UTF-8 text (it looks like {encoding})",
        "ja": "ファイルが UTF-8 ではありません（{encoding} のようです）",
    },
    "not_utf8.hint": {
        "en": "save it as UTF-8 (in Excel or Notepad: Save As, encoding UTF-8); iconv -f cp932 -t utf-8 converts Shift_JIS",
        "ja": "UTF-8 で保存し直してください（メモ帳などの「名前を付けて保存」で文字コードを UTF-8 に）。Shift_JIS は iconv -f cp932 -t utf-8 で変換できます",
    },
    "limit.size": {
        "en": "the file is larger than {limit} MiB, more than any org spec needs",
        "ja": "ファイルが {limit} MiB を超えています。組織スペックとしては大きすぎます",
    },
    "limit.size.hint": {
        "en": "split the organisation into several spec files",
        "ja": "組織を複数のスペックファイルに分けてください",
    },
    "limit.aliases": {
        "en": "YAML aliases are expanded more than {limit} times (an alias bomb?)",
        "ja": "YAML のエイリアスが {limit} 回を超えて展開されます（エイリアス爆弾の可能性）",
    },
    "limit.aliases.hint": {
        "en": "write the data out instead of nesting aliases",
        "ja": "エイリアスを入れ子にせず、値を直接書いてください",
    },
    "limit.name_length": {
        "en": "{length} characters: a name, id, unit or target takes at most {limit}",
        "ja": "{length} 文字あります。名前・ID・単位・目標値は {limit} 文字までです",
    },
    "limit.name_length.hint": {
        "en": "these are labels on diagrams and in cells: shorten it and put any explanation in description",
        "ja": "これらは図や表のラベルです。短くして、説明は description に書いてください",
    },
    "limit.text_length": {
        "en": "{length} characters: a description or other text takes at most {limit}",
        "ja": "{length} 文字あります。説明などのテキストは {limit} 文字までです",
    },
    "limit.text_length.hint": {
        "en": "keep it to a paragraph; link to a longer document instead of copying it in",
        "ja": "1 段落程度にまとめ、長い資料は本文を貼らずにリンクで示してください",
    },
    "limit.depth": {"en": "the YAML is nested too deeply to read", "ja": "YAML の入れ子が深すぎて読めません"},
    "limit.depth.hint": {
        "en": "a spec is at most a few levels deep; check for runaway brackets",
        "ja": "スペックの階層は数段です。括弧の閉じ忘れがないか確認してください",
    },
    "yaml_syntax": {"en": "YAML syntax error: {problem}", "ja": "YAML の構文エラー: {problem}"},
    "yaml_syntax_in": {
        "en": "YAML syntax error: {problem} ({context} that starts at line {line}, column {column})",
        "ja": "YAML の構文エラー: {line} 行 {column} 列から始まる {context} の中で、{problem}",
    },
    "yaml_syntax_in.hint": {
        "en": "check that what opens at line {line} is closed, and the indentation and colons in between",
        "ja": "{line} 行目で開いた括弧が閉じているか、その間のインデントとコロンを確認してください",
    },
    "yaml_syntax.hint": {
        "en": "check indentation, colons and closing brackets at or just before this point",
        "ja": "この位置かその直前のインデント、コロン、閉じ括弧を確認してください",
    },
    "empty_file": {"en": "the file is empty", "ja": "ファイルが空です"},
    "empty_file.hint": {
        "en": "a spec needs at least version, org, departments and phases; `raci init` writes a starter",
        "ja": "スペックには少なくとも version・org・departments・phases が必要です",
    },
    "unsupported_tag": {
        "en": "YAML tag '{tag}' is not supported: a spec is plain data",
        "ja": "YAML タグ '{tag}' は使えません。スペックはプレーンなデータです",
    },
    "unsupported_tag.hint": {"en": "remove the tag", "ja": "タグを削除してください"},
    # structure
    "duplicate_key": {
        "en": "duplicate key '{key}' (first written on line {first})",
        "ja": "キー '{key}' が重複しています（最初は {first} 行目）",
    },
    "duplicate_key.hint": {
        "en": "YAML would silently keep only the last one; merge the two or remove one",
        "ja": "YAML では後に書いた値だけが警告なしに使われます。一つにまとめるか、片方を削除してください",
    },
    "unknown_key": {"en": "unknown key '{key}' in {object}", "ja": "{object}に未知のキー '{key}' があります"},
    "unknown_key.hint": {"en": "allowed keys: {allowed}", "ja": "使えるキー: {allowed}"},
    "unknown_key_comma": {
        "en": "unknown key '{key}': a comma inside {{…}} ends the previous value",
        "ja": "{{…}} の中のカンマで値が切れ、'{key}' がキーとして読まれています",
    },
    "unknown_key_comma.hint": {
        "en": 'put text that contains a comma in quotes: en: "Deals, proposals and contracts"',
        "ja": 'カンマを含むテキストは引用符で囲んでください: en: "Deals, proposals and contracts"',
    },
    "wrong_type": {
        "en": "expected {expected}, got {got}",
        "ja": "{expected}を書く必要がありますが、{got}が書かれています",
    },
    "wrong_type.hint": {
        "en": "see docs/spec.md for the shape of this key",
        "ja": "このキーの書き方は docs/spec.md を参照してください",
    },
    "missing_key": {
        "en": "{object} is missing the required key '{key}'",
        "ja": "{object}に必須のキー '{key}' がありません",
    },
    "missing_key.hint": {"en": "add '{key}:'", "ja": "'{key}:' を追加してください"},
    "missing_one_of": {"en": "give one of: {keys}", "ja": "{keys} のいずれかを指定してください"},
    "exclusive_keys": {"en": "use only one of: {keys}", "ja": "{keys} はどちらか一方だけを使ってください"},
    "empty_value": {"en": "empty value", "ja": "値が空です"},
    "unsupported_version": {
        "en": "this raci reads spec format version 1, not {value}",
        "ja": "この raci が対応しているのはスペック形式のバージョン 1 だけです（{value} が指定されています）",
    },
    "unsupported_version.hint": {
        "en": "write 'version: 1', or upgrade raci if the spec was written for a newer one",
        "ja": "'version: 1' と書くか、新しい形式向けのスペックなら raci を更新してください",
    },
    "merge_loop": {
        "en": "this mapping merges itself (<<: *anchor)",
        "ja": "このマッピングは自分自身をマージしています（<<: *アンカー）",
    },
    "merge_loop.hint": {
        "en": "merge another anchored mapping, not this one",
        "ja": "自分自身ではなく、別のアンカー付きマッピングをマージしてください",
    },
    "fullwidth_indent": {
        "en": "a full-width space (U+3000) in the indentation",
        "ja": "インデントに全角スペースが含まれています",
    },
    "fullwidth_indent.hint": {
        "en": "YAML indents with half-width spaces only; replace it",
        "ja": "YAML のインデントは半角スペースのみです。半角に置き換えてください",
    },
    "yaml_dash": {"en": "YAML syntax error: {problem}", "ja": "YAML の構文エラー: {problem}"},
    "yaml_dash.hint": {
        "en": "a '-' after 'key:' starts a list; a department with no role is simply left out of the raci row",
        "ja": "「キー: -」の '-' はリストの始まりと解釈されます。役割のない部門は raci の行に書かないでください",
    },
    "yaml_fullwidth": {"en": "YAML syntax error: {problem}", "ja": "YAML の構文エラー: {problem}"},
    "yaml_fullwidth.hint": {
        "en": "a full-width colon '：', space '　' or '＃' near here? YAML needs half-width ': ' after each key and '#' for comments",
        "ja": "この近くに全角のコロン「：」、全角スペース、全角の「＃」はありませんか？ キーの後は半角の「: 」、コメントは半角の「#」です",
    },
    "empty_value.hint": {"en": "write a value or remove the key", "ja": "値を書くか、キーを削除してください"},
    "bad_id": {"en": "'{value}' is not a valid id", "ja": "'{value}' は ID として使えません"},
    "bad_id.hint": {
        "en": "an id starts with an ASCII letter, then letters, digits, '_' or '-' (put display names in 'name')",
        "ja": "ID は英字で始め、英数字・'_'・'-' だけを使います（表示名は name に書いてください）",
    },
    "too_small": {
        "en": "{value} is below the minimum {minimum}",
        "ja": "{minimum} 以上の数を書いてください（{value} が書かれています）",
    },
    "too_large": {"en": "{value} is above the maximum {maximum}", "ja": "{value} は最大値 {maximum} を超えています"},
    "too_large.hint": {
        "en": "headcount and accounts count people and customer accounts: check for extra digits",
        "ja": "headcount と accounts は人数と顧客アカウント数です。桁の打ち間違いがないか確認してください",
    },
    "control_character": {
        "en": "this text contains the control character {char}",
        "ja": "このテキストには制御文字 {char} が含まれています",
    },
    "control_character.hint": {
        "en": "remove it: spreadsheets, diagrams and terminals cannot show control characters (in double-quoted YAML, escapes such as \\x07, \\e or \\0 write them)",
        "ja": "削除してください。制御文字は表計算ソフト・図・端末では表示できません（ダブルクォートで囲んだ YAML では \\x07、\\e、\\0 などのエスケープが制御文字になります）",
    },
    "not_one_of": {
        "en": "'{value}' is not one of: {allowed}",
        "ja": "'{value}' は使えません。次のいずれかを書いてください: {allowed}",
    },
    "too_few_items": {"en": "needs at least {minimum} item(s)", "ja": "{minimum} 件以上必要です"},
    "text_needs_language": {
        "en": "give the text in at least one language",
        "ja": "少なくとも一つの言語でテキストを書いてください",
    },
    "text_needs_language.hint": {"en": "for example {{ja: 営業, en: Sales}}", "ja": "例: {{ja: 営業, en: Sales}}"},
    "bad_cell": {
        "en": "'{cell}' is not a RACI cell",
        "ja": "'{cell}' は RACI の記号として使えません（R・A・C・I で書いてください）",
    },
    "bad_cell.hint": {
        "en": "use the letters R, A, C, I, for example A/R, R, C or I; leave a department out if it has no role",
        "ja": "R・A・C・I の文字で書いてください（例：A/R、R、C、I）。役割のない部門は書かないでください",
    },
    "cell_vocabulary": {
        "en": "'{cell}' is spreadsheet wording, not a RACI cell of a spec: write {form}",
        "ja": "'{cell}' は表計算シートの書き方で、スペックの RACI セルではありません。{form} と書いてください",
    },
    "cell_vocabulary.hint": {
        "en": "a spec takes the letters R, A, C, I; a spreadsheet that uses DRI, ◎○△ or whole words "
        "can be read with 'raci import' instead",
        "ja": "スペックでは R・A・C・I の文字だけを使います。DRI・◎○△・「説明責任者」などで書いた表計算シートは、"
        "'raci import' で取り込めます",
    },
    "cell_no_role": {
        "en": "'{cell}' is not a RACI cell: a department with no role is left out of the row",
        "ja": "'{cell}' は RACI の記号として使えません。役割のない部門は行に書かないでください",
    },
    "cell_no_role.hint": {
        "en": "delete '{cell}' together with the department id in front of it",
        "ja": "'{cell}' を、その前の部門 ID ごと削除してください",
    },
    "cell_with_note": {
        "en": "'{cell}' mixes roles and a note: write {form}",
        "ja": "'{cell}' は役割とメモが混ざっています。{form} と書いてください",
    },
    "cell_with_note.hint": {
        "en": "a note or a role that applies only sometimes goes in the form "
        "{{roles: C/I, note: …, situational: true}}; a spreadsheet written this way can be read with "
        "'raci import'",
        "ja": "メモや「必要に応じて」の役割は {{roles: C/I, note: …, situational: true}} の形で書きます。"
        "このように書いた表計算シートは、'raci import' で取り込めます",
    },
    "repeated_role": {
        "en": "RACI cell '{cell}' repeats a letter",
        "ja": "RACI セル '{cell}' で同じ文字が重複しています",
    },
    "duplicate_id": {
        "en": "duplicate {kind} id '{id}' (first defined on line {first})",
        "ja": "{kind}の ID '{id}' が重複しています（最初の定義は {first} 行目）",
    },
    "duplicate_id.hint": {
        "en": "ids must be unique; rename one of them",
        "ja": "ID は一意にしてください。どちらかの名前を変えてください",
    },
    "undefined_library_kpi": {
        "en": "the KPI library has no KPI '{id}'",
        "ja": "KPI ライブラリに '{id}' という KPI はありません",
    },
    "undefined_library_kpi.hint": {
        "en": "'raci kpis' lists the library; or define the KPI yourself with id, name and level",
        "ja": "'raci kpis' でライブラリを一覧できます。ライブラリにない KPI は id・name・level を書いて定義してください",
    },
    "undefined_ref": {"en": "no {kind} has the id '{id}'", "ja": "{kind} '{id}' は定義されていません"},
    "undefined_ref.hint": {
        "en": "define it, or correct the id",
        "ja": "定義を追加するか、ID を修正してください",
    },
    "self_parent": {"en": "KPI '{id}' cannot be its own parent", "ja": "KPI '{id}' を自分自身の親にはできません"},
}
