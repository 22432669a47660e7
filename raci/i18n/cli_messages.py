"""Messages of the configuration files, the command line and the report summaries.

Split from :mod:`raci.i18n.messages` (the spec loader's): key → {"en": …, "ja": …}, hints
under ``<key>.hint``.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # configuration files
    "config.toml": {"en": "invalid TOML: {problem}", "ja": "TOML として正しくありません: {problem}"},
    "config.pyproject": {
        "en": "pyproject.toml is not valid TOML, so raci cannot tell whether it holds [tool.raci] settings: {problem}",
        "ja": "pyproject.toml が TOML として正しくないため、[tool.raci] の設定があるか判断できません: {problem}",
    },
    "config.pyproject.hint": {
        "en": "fix the file; or run raci with --config FILE or --no-config to skip the search for settings",
        "ja": "ファイルを修正してください。設定ファイルを探さずに実行するには --config FILE か --no-config を指定します",
    },
    "config.folder": {
        "en": "{path} is a folder, not a configuration file",
        "ja": "{path} はフォルダーです。設定ファイルではありません",
    },
    "config.folder.hint": {
        "en": "raci reads its settings from a file of this name; rename the folder, or run with --config FILE or --no-config",
        "ja": "raci はこの名前のファイルから設定を読みます。フォルダー名を変えるか、--config FILE か --no-config を指定してください",
    },
    "config.not_utf8": {"en": "the file is not UTF-8 text", "ja": "ファイルが UTF-8 ではありません"},
    "config.not_utf8.hint": {
        "en": "TOML files are UTF-8: save it as UTF-8; or run raci with --config FILE or --no-config",
        "ja": "TOML ファイルは UTF-8 です。UTF-8 で保存し直すか、--config FILE か --no-config を指定してください",
    },
    "config.long_number": {
        "en": "a number with thousands of digits: more than raci can read",
        "ja": "数千桁の数値があります。raci では読めません",
    },
    "config.long_number.hint": {
        "en": "counts and limits in the settings are at most 1,000,000,000",
        "ja": "設定の件数や上限は 1,000,000,000 までです",
    },
    "config.too_deep": {
        "en": "the file is nested too deeply to read",
        "ja": "入れ子が深すぎて読めません",
    },
    "config.too_deep.hint": {
        "en": "a raci configuration is a few flat tables; check for runaway brackets",
        "ja": "raci の設定は数個の平らなテーブルです。括弧の閉じ忘れや重複がないか確認してください",
    },
    "config.unknown_key": {"en": "unknown setting '{key}'", "ja": "未知の設定 '{key}' があります"},
    "config.unknown_key.hint": {"en": "settings: {allowed}", "ja": "使える設定: {allowed}"},
    "config.type": {"en": "'{key}' must be a {expected}", "ja": "'{key}' は {expected} で書いてください"},
    "config.option_range": {
        "en": "option '{option}' of {code} is {value}, outside what it accepts ({allowed})",
        "ja": "{code} のオプション '{option}' の値 {value} は範囲外です（{allowed}）",
    },
    "config.value": {
        "en": "'{value}' is not a valid {key}: use one of {allowed}",
        "ja": "'{value}' は {key} に使えません。次のいずれかにしてください: {allowed}",
    },
    "config.unknown_rule": {
        "en": "no rule is called '{code}' (in {key})",
        "ja": "'{code}' という規則はありません（{key}）",
    },
    "config.unknown_rule.hint": {
        "en": "'raci rules' lists every rule",
        "ja": "'raci rules' で規則の一覧を表示できます",
    },
    "config.unknown_option": {
        "en": "rule {code} has no option '{option}'",
        "ja": "規則 {code} にオプション '{option}' はありません",
    },
    "config.unknown_option.hint": {"en": "settings of {code}: {allowed}", "ja": "{code} の設定: {allowed}"},
    "config.option_type": {
        "en": "option '{option}' of {code} takes a {expected}, not {value!r}",
        "ja": "{code} のオプション '{option}' には {expected} を書いてください（{value!r} は使えません）",
    },
    "config.option_type.hint": {
        "en": "'raci explain {code}' shows its options and defaults",
        "ja": "'raci explain {code}' でオプションと既定値を確認できます",
    },
    # command line
    "cli.baseline_written": {
        "en": "recorded {count} finding(s) in {path}",
        "ja": "{count} 件の指摘を {path} に記録しました",
    },
    "cli.baseline_hidden": {
        "en": "{count} finding(s) hidden by the baseline {path}",
        "ja": "{count} 件の指摘をベースライン {path} により非表示にしました",
    },
    "cli.baseline_unreadable": {
        "en": "cannot read the baseline {path}: {reason}",
        "ja": "ベースライン {path} を読めません: {reason}",
    },
    "cli.baseline_invalid": {
        "en": "{path} is not a raci baseline file ({reason}); write one with --write-baseline",
        "ja": "{path} は raci のベースラインファイルではありません（{reason}）。--write-baseline で作成してください",
    },
    "baseline.not_json": {"en": "not JSON", "ja": "JSON ではありません"},
    "baseline.no_findings": {
        "en": "no list of findings with code, file and subject",
        "ja": "code・file・subject を持つ指摘のリストがありません",
    },
    "baseline.too_deep": {"en": "its JSON is nested too deeply to read", "ja": "JSON の入れ子が深すぎて読めません"},
    "cli.unknown_rule": {
        "en": "no rule is called '{code}'; 'raci rules' lists them",
        "ja": "'{code}' という規則はありません。'raci rules' で一覧を表示できます",
    },
    "cli.unknown_example": {
        "en": "no bundled example is called '{name}'; 'raci examples' lists them",
        "ja": "'{name}' という同梱例はありません。'raci examples' で一覧を表示できます",
    },
    "cli.binary_needs_output": {
        "en": "--format {format} writes a binary file: give -o FILE",
        "ja": "--format {format} はバイナリファイルを書き出します: -o FILE を指定してください",
    },
    "cli.select_unknown": {
        "en": "no rule has the code '{code}' (see 'raci rules')",
        "ja": "コード '{code}' の規則はありません（'raci rules' を参照）",
    },
    "cli.template_error": {
        "en": "template error at {where}: {error}",
        "ja": "テンプレートのエラー（{where}）: {error}",
    },
    "cli.interrupted": {"en": "interrupted", "ja": "中断しました"},
    "fmt.would_reformat": {"en": "would reformat {path}", "ja": "{path} は整形が必要です"},
    "fmt.summary": {
        "en": "{changed} file(s) reformatted, {unchanged} already formatted",
        "ja": "{changed} ファイルを整形しました。{unchanged} ファイルは整形済みです。",
    },
    "fmt.summary_check": {
        "en": "{changed} file(s) would be reformatted, {unchanged} already formatted",
        "ja": "{changed} ファイルは整形が必要です。{unchanged} ファイルは整形済みです。",
    },
    "fmt.all_formatted": {
        "en": "{unchanged} file(s) already formatted",
        "ja": "{unchanged} ファイルはすべて整形済みです。",
    },
    "fmt.changed_meaning": {
        "en": "{path} was left as it is: formatting it would change what it says (a bug in raci fmt; "
        "please report it with the file)",
        "ja": "{path} は変更していません。整形すると内容が変わってしまうためです（raci fmt の不具合です。"
        "ファイルを添えて報告してください）",
    },
    "fmt.moved_suppression": {
        "en": "{path} was left as it is: formatting would move the '# raci: ignore' comment of line {line} "
        "away from the line it silences; put it on its own line just above the element",
        "ja": "{path} は変更していません。整形すると {line} 行目の '# raci: ignore' コメントが、"
        "抑制している行から離れてしまいます。対象の要素の直前の行に書いてください",
    },
    "cli.internal_error": {
        "en": "internal error: {error}\nThis is a bug in raci, not in your spec. Please report it with the command you ran (set RACI_DEBUG=1 to see the traceback).",
        "ja": "内部エラー: {error}\nこれはスペックではなく raci の不具合です。実行したコマンドを添えて報告してください（RACI_DEBUG=1 でトレースバックを表示します）。",
    },
    # summaries
    "summary.clean": {
        "en": "{files} file(s) checked: no problems",
        "ja": "{files} 件のファイルを検査しました。問題はありません",
    },
    "summary.counts": {
        "en": "{files} file(s) checked: {error} error(s), {warning} warning(s), {info} info",
        "ja": "{files} 件のファイルを検査しました。エラー {error} 件、警告 {warning} 件、情報 {info} 件",
    },
    "hint_prefix": {"en": "hint", "ja": "ヒント"},
    "severity.error": {"en": "error", "ja": "error"},
    "severity.warning": {"en": "warning", "ja": "warning"},
    "severity.info": {"en": "info", "ja": "info"},
    "no_spec_files": {
        "en": "no *.raci.yaml or *.raci.yml files under {path}",
        "ja": "{path} の下に *.raci.yaml / *.raci.yml ファイルがありません",
    },
}
