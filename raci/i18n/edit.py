"""Messages of ``raci edit`` and :mod:`raci.spec.edit`."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "edit.unknown": {"en": "no {kind} has the id '{id}'", "ja": "ID '{id}' の{kind}はありません"},
    "edit.exists": {
        "en": "a {kind} with the id '{id}' exists already; choose another id",
        "ja": "ID '{id}' の{kind}はすでにあります。別の ID を指定してください",
    },
    "edit.bad_id": {
        "en": "'{id}' is not an id: start with a letter, then letters, digits, _ or -",
        "ja": "'{id}' は ID として使えません。英字で始め、英数字・_・- だけを使ってください",
    },
    "edit.bad_kind": {
        "en": "'{kind}' is not a department kind; one of: {allowed}",
        "ja": "'{kind}' は部門の種類（kind）として使えません。次のいずれかです: {allowed}",
    },
    "edit.bad_kind_of_element": {
        "en": "cannot name a '{kind}'; one of: org, department, phase, activity, kpi",
        "ja": "'{kind}' には名前を付けられません。org・department・phase・activity・kpi のいずれかです",
    },
    "edit.bad_field": {
        "en": "a KPI has no field '{field}' that can be set; one of: {allowed}",
        "ja": "KPI に設定できるフィールド '{field}' はありません。次のいずれかです: {allowed}",
    },
    "edit.bad_lang": {"en": "language '{lang}': use ja or en", "ja": "言語 '{lang}' は使えません。ja か en です"},
    "edit.no_position": {
        "en": "'{id}' was not read from a file, so it cannot be edited in place",
        "ja": "'{id}' はファイルから読み込まれたものではないため、その場で編集できません",
    },
    "edit.cannot_patch": {
        "en": "cannot make {edit} without touching other text: {reason}; edit the file by hand",
        "ja": "{edit} は周りの記述を変えずには行えません（{reason}）。ファイルを直接編集してください",
    },
    "edit.would_break": {
        "en": "refused {edit}: the spec would no longer load ({reason})",
        "ja": "{edit} は行いません。編集するとスペックを読み込めなくなります（{reason}）",
    },
    "edit.shared": {
        "en": (
            "refused {edit}: this part of the spec is shared through a YAML anchor (&name, *name or <<:), "
            "so the change would reach other places too. Nothing was changed: edit the anchor itself, "
            "or write this part out in full"
        ),
        "ja": (
            "{edit} は行いません。スペックのこの部分は YAML のアンカー（&名前・*名前・<<:）で共有されているため、"
            "ほかの箇所も変わってしまいます。何も変更していません。アンカー自体を編集するか、この部分を省略せずに書いてください"
        ),
    },
    "edit.unexpected": {
        "en": "{edit} did not give the expected result, so nothing was changed. This is a bug in raci: please report it",
        "ja": "{edit} の結果が想定と異なるため、何も変更していません。raci の不具合です。報告してください",
    },
    # raci edit
    "edit.cli.nothing": {
        "en": "nothing to do: give --set, --unset, --add-activity, --rename-activity, --move-activity or --remove-activity",
        "ja": "編集内容がありません。--set・--unset・--add-activity・--rename-activity・--move-activity・--remove-activity のいずれかを指定してください",
    },
    "edit.cli.bad_option": {
        "en": "{option} {value}: expected {shape}",
        "ja": "{option} {value}: {shape} の形で指定してください",
    },
    "edit.cli.written": {"en": "{path}: {count} edit(s) written", "ja": "{path}: {count} 件の編集を書き込みました"},
    "edit.cli.unchanged": {
        "en": "{path}: already as asked; nothing written",
        "ja": "{path}: すでに指定どおりのため、書き込んでいません",
    },
    "edit.cli.new_findings": {
        "en": "new findings after the edit:",
        "ja": "編集後に新しく見つかった指摘:",
    },
    "edit.cli.stdin": {
        "en": "raci edit changes a file in place: give a file name, not '-'",
        "ja": "raci edit はファイルをその場で書き換えます。'-' ではなくファイル名を指定してください",
    },
}
