"""Messages of ``raci diff`` (:mod:`raci.diff`): each kind of change as a sentence and as a
heading, the formats' words, and the command's errors. Names go in 「」 in Japanese."""

from __future__ import annotations

_CHANGES: dict[str, tuple[str, str]] = {
    # key: (English, Japanese)
    "accountable-moved": (
        'Accountable (A) for "{activity}" moves from {old_names} to {new_names}',
        "「{activity}」の説明責任（A）が{old_names}から{new_names}に移ります",
    ),
    "accountable-lost": (
        '"{activity}" loses its Accountable (A): {old_names} no longer holds it',
        "「{activity}」の説明責任（A）を持つ部門がなくなります（これまでは{old_names}）",
    ),
    "accountable-added": (
        '"{activity}" gets an Accountable (A): {new_names} (before: {old_names})',
        "「{activity}」の説明責任（A）を{new_names}が持つようになります（これまでは{old_names}）",
    ),
    "responsible-added": (
        '{department} becomes Responsible (R) for "{activity}"',
        "「{department}」が「{activity}」の実行責任（R）を担うようになります",
    ),
    "responsible-removed": (
        '{department} is no longer Responsible (R) for "{activity}"',
        "「{department}」は「{activity}」の実行責任（R）を担わなくなります",
    ),
    "consulted-added": (
        '{department} is now Consulted (C) on "{activity}"',
        "「{activity}」で「{department}」に相談する（C）ようになります",
    ),
    "consulted-removed": (
        '{department} is no longer Consulted (C) on "{activity}"',
        "「{activity}」で「{department}」に相談しなくなります（C を外します）",
    ),
    "informed-added": (
        '{department} is now Informed (I) of "{activity}"',
        "「{activity}」の結果を「{department}」に報告する（I）ようになります",
    ),
    "informed-removed": (
        '{department} is no longer Informed (I) of "{activity}"',
        "「{activity}」の結果を「{department}」に報告しなくなります（I を外します）",
    ),
    "cell-situational-changed.on": (
        '{department}\'s role on "{activity}" now applies only in some cases',
        "「{activity}」での「{department}」の役割が、場合によってのみ適用されるようになります",
    ),
    "cell-situational-changed.off": (
        '{department}\'s role on "{activity}" now always applies',
        "「{activity}」での「{department}」の役割が、常に適用されるようになります",
    ),
    "cell-note-changed": (
        'The note on {department}\'s cell of "{activity}" changes: {note}',
        "「{activity}」の「{department}」のセルの注記が変わります: {note}",
    ),
    "activity-removed": (
        'Activity "{activity}" is removed from phase "{phase}" (Accountable: {accountable})',
        "活動「{activity}」がフェーズ「{phase}」から削除されます（説明責任（A）は{accountable}）",
    ),
    "activity-added": (
        'Activity "{activity}" is added to phase "{phase}" (Accountable: {accountable})',
        "活動「{activity}」がフェーズ「{phase}」に追加されます（説明責任（A）は{accountable}）",
    ),
    "activity-moved": (
        'Activity "{activity}" moves from phase "{old}" to "{new}"',
        "活動「{activity}」がフェーズ「{old}」から「{new}」に移ります",
    ),
    "activity-mode-changed": (
        'The mode of "{activity}" changes from {old} to {new}',
        "「{activity}」のモード（mode）が {old} から {new} に変わります",
    ),
    "activity-handoff-changed.on": (
        '"{activity}" becomes a handoff between departments',
        "「{activity}」が部門間の引き継ぎ（handoff）の活動になります",
    ),
    "activity-handoff-changed.off": (
        '"{activity}" is no longer a handoff',
        "「{activity}」は引き継ぎ（handoff）の活動ではなくなります",
    ),
    "activity-kpis-changed": (
        'The KPIs "{activity}" moves change: {old} → {new}',
        "「{activity}」が動かす KPI が変わります: {old} → {new}",
    ),
    "activity-renamed": (
        'Activity "{activity}" changes its id from {old} to {new}',
        "活動「{activity}」の ID が {old} から {new} に変わります",
    ),
    "activity-name-changed": (
        'Activity "{old}" is now called "{new}"',
        "活動「{old}」の名前が「{new}」に変わります",
    ),
    "activity-description-changed": (
        'The description of "{activity}" changes',
        "「{activity}」の説明が変わります",
    ),
    "phase-removed": (
        'Phase "{phase}" is removed, with its {count} activities',
        "フェーズ「{phase}」が削除されます（活動 {count} 件を含む）",
    ),
    "phase-added": (
        'Phase "{phase}" is added, with {count} activities',
        "フェーズ「{phase}」が追加されます（活動 {count} 件）",
    ),
    "phase-reordered.after": (
        'Phase "{phase}" now comes after "{after}"',
        "フェーズ「{phase}」が「{after}」の後ろに移ります",
    ),
    "phase-reordered.first": (
        'Phase "{phase}" now comes first',
        "フェーズ「{phase}」が先頭に移ります",
    ),
    "phase-stage-changed": (
        'The stage of phase "{phase}" changes from {old} to {new}',
        "フェーズ「{phase}」のステージ（stage）が {old} から {new} に変わります",
    ),
    "phase-renamed": (
        'Phase "{phase}" changes its id from {old} to {new}',
        "フェーズ「{phase}」の ID が {old} から {new} に変わります",
    ),
    "phase-name-changed": (
        'Phase "{old}" is now called "{new}"',
        "フェーズ「{old}」の名前が「{new}」に変わります",
    ),
    "phase-description-changed": (
        'The description of phase "{phase}" changes',
        "フェーズ「{phase}」の説明が変わります",
    ),
    "department-removed": ("Department {department} is removed", "部門「{department}」が削除されます"),
    "department-added": ("Department {department} is added ({kind})", "部門「{department}」が追加されます（{kind}）"),
    "department-kind-changed": (
        "The kind of {department} changes from {old} to {new}",
        "「{department}」の種類（kind）が {old} から {new} に変わります",
    ),
    "department-headcount-changed": (
        "{department}'s headcount changes from {old} to {new}",
        "「{department}」の人数が {old} から {new} に変わります",
    ),
    "department-accounts-changed": (
        "{department}'s accounts change from {old} to {new}",
        "「{department}」の担当アカウント数が {old} から {new} に変わります",
    ),
    "scope-in-added": (
        '{department} now lists "{item}" in its scope',
        "「{department}」の担当範囲（scope.in）に「{item}」が加わります",
    ),
    "scope-in-removed": (
        '{department} no longer lists "{item}" in its scope',
        "「{department}」の担当範囲（scope.in）から「{item}」が外れます",
    ),
    "scope-out-added": (
        '{department} now lists "{item}" as out of scope',
        "「{department}」が「{item}」を担当外（scope.out）に挙げるようになります",
    ),
    "scope-out-removed": (
        '{department} no longer lists "{item}" as out of scope',
        "「{department}」は「{item}」を担当外（scope.out）に挙げなくなります",
    ),
    "department-renamed": (
        "Department {department} changes its id from {old} to {new}",
        "部門「{department}」の ID が {old} から {new} に変わります",
    ),
    "department-name-changed": (
        "Department {old} is now called {new}",
        "部門「{old}」の名前が「{new}」に変わります",
    ),
    "kpi-removed": ('KPI "{kpi}" is removed (owner: {owner})', "KPI「{kpi}」が削除されます（主管部門: {owner}）"),
    "kpi-added": ('KPI "{kpi}" is added (owner: {owner})', "KPI「{kpi}」が追加されます（主管部門: {owner}）"),
    "kpi-owner-changed": (
        'The owner of KPI "{kpi}" changes from {old_names} to {new_names}',
        "KPI「{kpi}」の主管部門が{old_names}から{new_names}に変わります",
    ),
    "kpi-target-changed": (
        'The target of KPI "{kpi}" changes from {old} to {new}',
        "KPI「{kpi}」の目標値が {old} から {new} に変わります",
    ),
    "kpi-parent-changed": (
        'KPI "{kpi}" now rolls up into {new} (before: {old})',
        "KPI「{kpi}」の親 KPI が {old} から {new} に変わります",
    ),
    "kpi-level-changed": (
        'The level of KPI "{kpi}" changes from {old} to {new}',
        "KPI「{kpi}」のレベル（level）が {old} から {new} に変わります",
    ),
    "kpi-unit-changed": (
        'The unit of KPI "{kpi}" changes from {old} to {new}',
        "KPI「{kpi}」の単位が {old} から {new} に変わります",
    ),
    "kpi-renamed": (
        'KPI "{kpi}" changes its id from {old} to {new}',
        "KPI「{kpi}」の ID が {old} から {new} に変わります",
    ),
    "kpi-name-changed": ('KPI "{old}" is now called "{new}"', "KPI「{old}」の名前が「{new}」に変わります"),
    "kpi-description-changed": ('The description of KPI "{kpi}" changes', "KPI「{kpi}」の説明が変わります"),
    "kpi-library-changed": (
        'KPI "{kpi}" is now based on library KPI {new} (before: {old})',
        "KPI「{kpi}」の元になるライブラリ KPI が {old} から {new} に変わります",
    ),
    "mission-changed.changed": (
        'The mission\'s {part} changes: "{old}" → "{new}"',
        "ミッションの{part}が変わります: 「{old}」→「{new}」",
    ),
    "mission-changed.added": ('The mission gets a {part}: "{new}"', "ミッションに{part}が加わります: 「{new}」"),
    "mission-changed.removed": (
        'The mission\'s {part} is removed (was "{old}")',
        "ミッションの{part}がなくなります（これまでは「{old}」）",
    ),
    "org-accounts-changed": (
        "The organisation's accounts change from {old} to {new}",
        "組織全体のアカウント数が {old} から {new} に変わります",
    ),
    "org-name-changed": ('The organisation is now called "{new}"', "組織名が「{new}」に変わります"),
    "org-locale-changed": (
        "The spec's language (org.locale) changes from {old} to {new}",
        "スペックの言語（org.locale）が {old} から {new} に変わります",
    ),
}

_TITLES: dict[str, tuple[str, str]] = {
    "accountable-moved": ("Accountable moved", "説明責任（A）の移動"),
    "accountable-lost": ("Accountable lost", "説明責任（A）の喪失"),
    "accountable-added": ("Accountable added", "説明責任（A）の追加"),
    "responsible-added": ("Responsible added", "実行責任（R）の追加"),
    "responsible-removed": ("Responsible removed", "実行責任（R）の削除"),
    "consulted-added": ("Consulted added", "相談先（C）の追加"),
    "consulted-removed": ("Consulted removed", "相談先（C）の削除"),
    "informed-added": ("Informed added", "報告先（I）の追加"),
    "informed-removed": ("Informed removed", "報告先（I）の削除"),
    "cell-situational-changed": ("Situational role changed", "場合による役割の変更"),
    "cell-note-changed": ("Cell note changed", "セルの注記の変更"),
    "activity-removed": ("Activity removed", "活動の削除"),
    "activity-added": ("Activity added", "活動の追加"),
    "activity-moved": ("Activity moved to another phase", "活動のフェーズ移動"),
    "activity-mode-changed": ("Activity mode changed", "活動のモードの変更"),
    "activity-handoff-changed": ("Handoff changed", "引き継ぎ（handoff）の変更"),
    "activity-kpis-changed": ("Activity KPIs changed", "活動の KPI の変更"),
    "activity-renamed": ("Activity id changed", "活動の ID の変更"),
    "activity-name-changed": ("Activity name changed", "活動名の変更"),
    "activity-description-changed": ("Activity description changed", "活動の説明の変更"),
    "phase-removed": ("Phase removed", "フェーズの削除"),
    "phase-added": ("Phase added", "フェーズの追加"),
    "phase-reordered": ("Phase reordered", "フェーズの順序の変更"),
    "phase-stage-changed": ("Phase stage changed", "フェーズのステージの変更"),
    "phase-renamed": ("Phase id changed", "フェーズの ID の変更"),
    "phase-name-changed": ("Phase name changed", "フェーズ名の変更"),
    "phase-description-changed": ("Phase description changed", "フェーズの説明の変更"),
    "department-removed": ("Department removed", "部門の削除"),
    "department-added": ("Department added", "部門の追加"),
    "department-kind-changed": ("Department kind changed", "部門の種類の変更"),
    "department-headcount-changed": ("Headcount changed", "人数の変更"),
    "department-accounts-changed": ("Department accounts changed", "部門のアカウント数の変更"),
    "scope-in-added": ("Scope line added", "担当範囲の追加"),
    "scope-in-removed": ("Scope line removed", "担当範囲の削除"),
    "scope-out-added": ("Out-of-scope line added", "担当外の追加"),
    "scope-out-removed": ("Out-of-scope line removed", "担当外の削除"),
    "department-renamed": ("Department id changed", "部門の ID の変更"),
    "department-name-changed": ("Department name changed", "部門名の変更"),
    "kpi-removed": ("KPI removed", "KPI の削除"),
    "kpi-added": ("KPI added", "KPI の追加"),
    "kpi-owner-changed": ("KPI owner changed", "KPI の主管部門の変更"),
    "kpi-target-changed": ("KPI target changed", "KPI の目標値の変更"),
    "kpi-parent-changed": ("KPI parent changed", "親 KPI の変更"),
    "kpi-level-changed": ("KPI level changed", "KPI レベルの変更"),
    "kpi-unit-changed": ("KPI unit changed", "KPI の単位の変更"),
    "kpi-renamed": ("KPI id changed", "KPI の ID の変更"),
    "kpi-name-changed": ("KPI name changed", "KPI 名の変更"),
    "kpi-description-changed": ("KPI description changed", "KPI の説明の変更"),
    "kpi-library-changed": ("Library KPI changed", "元のライブラリ KPI の変更"),
    "mission-changed": ("Mission changed", "ミッションの変更"),
    "org-accounts-changed": ("Organisation accounts changed", "組織のアカウント数の変更"),
    "org-name-changed": ("Organisation name changed", "組織名の変更"),
    "org-locale-changed": ("Spec language changed", "スペックの言語の変更"),
}

MESSAGES: dict[str, dict[str, str]] = {
    **{f"diff.{key}": {"en": en, "ja": ja} for key, (en, ja) in _CHANGES.items()},
    **{f"diff.title.{key}": {"en": en, "ja": ja} for key, (en, ja) in _TITLES.items()},
    "diff.nobody": {"en": "nobody", "ja": "なし"},
    "diff.part.customer": {"en": "customer", "ja": "顧客"},
    "diff.part.value": {"en": "value", "ja": "提供価値"},
    "diff.part.success": {"en": "success", "ja": "成功の定義"},
    "diff.part.statement": {"en": "statement", "ja": "ステートメント"},
    "diff.class.breaking": {"en": "breaking", "ja": "重大"},
    "diff.class.notable": {"en": "notable", "ja": "要確認"},
    "diff.class.cosmetic": {"en": "cosmetic", "ja": "軽微"},
    "diff.heading.breaking": {"en": "Breaking changes", "ja": "重大な変更"},
    "diff.heading.notable": {"en": "Notable changes", "ja": "確認が必要な変更"},
    "diff.heading.cosmetic": {"en": "Cosmetic changes", "ja": "軽微な変更"},
    "diff.headline": {
        "en": "raci diff: {total} changes ({breaking} breaking, {notable} notable, {cosmetic} cosmetic)",
        "ja": "raci diff: 変更 {total} 件（重大 {breaking} 件、要確認 {notable} 件、軽微 {cosmetic} 件）",
    },
    "diff.headline.none": {
        "en": "raci diff: no changes to the org specs",
        "ja": "raci diff: 組織スペックに変更はありません",
    },
    "diff.sides": {"en": "{old} → {new}", "ja": "{old} → {new}"},
    "diff.findings_line": {
        "en": "findings: {introduced} introduced, {fixed} fixed",
        "ja": "指摘: 新たに {introduced} 件、解消 {fixed} 件",
    },
    "diff.file.added": {"en": "new spec file", "ja": "新しいスペックファイル"},
    "diff.file.removed": {"en": "spec file removed", "ja": "削除されたスペックファイル"},
    "diff.departments": {"en": "What each department gains and loses", "ja": "部門ごとの増減"},
    "diff.col.department": {"en": "Department", "ja": "部門"},
    "diff.col.accountable": {"en": "Accountable (A)", "ja": "説明責任（A）"},
    "diff.col.responsible": {"en": "Responsible (R)", "ja": "実行責任（R）"},
    "diff.col.kpis": {"en": "KPIs owned", "ja": "主管部門として持つ KPI"},
    "diff.status.added": {"en": "new", "ja": "新設"},
    "diff.status.removed": {"en": "removed", "ja": "廃止"},
    "diff.status.renamed": {"en": "id was {old}", "ja": "旧 ID: {old}"},
    "diff.gains": {"en": "gains", "ja": "増"},
    "diff.loses": {"en": "loses", "ja": "減"},
    "diff.more": {"en": "… and {count} more", "ja": "…ほか {count} 件"},
    "diff.more_json": {
        "en": "… and {count} more (the full list: raci diff --format json)",
        "ja": "…ほか {count} 件（全件は raci diff --format json で確認できます）",
    },
    "diff.findings_introduced": {"en": "Findings introduced", "ja": "新たに出た指摘"},
    "diff.findings_fixed": {"en": "Findings fixed", "ja": "解消した指摘"},
    "diff.count": {"en": "{title} ({count})", "ja": "{title}（{count} 件）"},
    "diff.worktree": {"en": "working tree", "ja": "作業ツリー"},
    "diff.at_line": {"en": "line {line}", "ja": "{line} 行目"},
    "diff.old_side": {"en": "before", "ja": "変更前"},
    "diff.annotation_title": {"en": "raci diff: {title} ({cls})", "ja": "raci diff: {title}（{cls}）"},
    "diff.finding_title": {"en": "raci: {code} introduced by this change", "ja": "raci: この変更で出た指摘 {code}"},
    # the command
    "diff.cli.args": {
        "en": "{args}: give two spec files (raci diff OLD NEW), or in a git repository a revision and paths (raci diff [REV[..REV]] [PATH...])",
        "ja": "{args}: スペックファイルを二つ（raci diff OLD NEW）、または git リポジトリ内でリビジョンとパス（raci diff [REV[..REV]] [PATH...]）を指定してください",
    },
    "diff.cli.not_a_revision": {
        "en": "'{rev}' is neither a file nor a revision of this git repository",
        "ja": "'{rev}' はファイルでも、この git リポジトリのリビジョンでもありません",
    },
    "diff.cli.no_git": {
        "en": "git is not installed, so the old side cannot be read: install git, or give two files (raci diff OLD NEW)",
        "ja": "git がインストールされていないため、変更前のスペックを読めません。git を入れるか、ファイルを二つ指定してください（raci diff OLD NEW）",
    },
    "diff.cli.not_a_repository": {
        "en": "{path} is not in a git repository: give two files (raci diff OLD NEW), or run raci diff inside the repository",
        "ja": "{path} は git リポジトリの中にありません。ファイルを二つ指定するか（raci diff OLD NEW）、リポジトリの中で実行してください",
    },
    "diff.cli.no_default_branch": {
        "en": "cannot find the default branch (tried origin/HEAD, main, master, origin/main, origin/master): name the base, e.g. raci diff origin/main...",
        "ja": "既定のブランチが見つかりません（origin/HEAD・main・master・origin/main・origin/master を探しました）。比較元を指定してください（例: raci diff origin/main...）",
    },
    "diff.cli.shallow": {
        "en": "this clone is shallow and does not hold the merge base of {base} and {head}: fetch the history (actions/checkout: fetch-depth: 0; GitLab CI: GIT_DEPTH: 0; or git fetch --unshallow)",
        "ja": "このクローンは履歴が浅く（shallow）、{base} と {head} の共通の祖先（merge base）がありません。履歴を取得してください（actions/checkout なら fetch-depth: 0、GitLab CI なら GIT_DEPTH: 0、または git fetch --unshallow）",
    },
    "diff.cli.no_merge_base": {
        "en": "{base} and {head} have no common history: name the old side, e.g. raci diff {base}..{head}",
        "ja": "{base} と {head} には共通の履歴がありません。変更前を指定してください（例: raci diff {base}..{head}）",
    },
    "diff.cli.git_failed": {
        "en": "git could not read {what}: {reason}",
        "ja": "git で {what} を読めませんでした: {reason}",
    },
    "diff.cli.no_specs": {
        "en": "no spec file (*.raci.yaml, *.raci.yml) on either side under {paths}",
        "ja": "{paths} には、変更前にも変更後にもスペックファイル（*.raci.yaml・*.raci.yml）がありません",
    },
    "diff.cli.unreadable_side": {
        "en": "the {side} version of {file} cannot be read as a spec, so it cannot be compared:",
        "ja": "{file} の{side}の版をスペックとして読めないため、比較できません:",
    },
    "diff.side.old": {"en": "old", "ja": "変更前"},
    "diff.side.new": {"en": "new", "ja": "変更後"},
}

HELP_JA: dict[str, str] = {
    "raci diff": (
        "組織スペックの変更が、各部門にとって何を意味するかを示します。\n\n"
        "ファイル二つ（raci diff OLD NEW）、または git リポジトリ内でリビジョンとパス"
        "（raci diff [REV[..REV]] [PATH...]）を比べます。REV を省くと、既定のブランチ"
        "（origin/HEAD、なければ main・master・origin/main・origin/master）との共通の祖先と作業ツリーを比べます。"
        "要素は ID で照合するので、整形し直しただけ・並べ替えただけのスペックに変更はありません。\n\n"
        "\b\n終了コード:\n  0  --fail-on の分類以上の変更なし（--fail-on なしなら常に 0）\n"
        "  1  その分類以上の変更あり\n"
        "  2  スペックを読めない、git で変更前を読めない（shallow clone など）、\n"
        "     またはコマンドの使い方の誤り\n"
        "  3  raci の内部エラー（不具合です。報告してください）"
    ),
    "raci diff --format": "出力形式: text（端末）、md（プルリクエストのコメント）、json、github（注釈）。",
    "raci diff --fail-on": "この分類以上の変更があれば終了コード 1: breaking（重大）、notable（要確認以上）、any（すべて）。",
    "raci diff --lang": "メッセージの言語 [既定: スペックの org.locale、なければ $LANG]。",
    "raci diff --no-findings": "両方の版の検証を省き、新たに出た指摘・解消した指摘を出しません（速くなります）。",
    "raci diff --output": "標準出力ではなくこのファイルに書き出します。",
    "raci diff --color": "テキスト出力に色を付けます [既定: 端末で NO_COLOR が未設定のとき]。",
}
