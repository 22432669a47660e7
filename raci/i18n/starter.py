"""Messages of ``raci init`` and ``raci kpis``: what every starter spec says, and the command's.

The models themselves — names, descriptions, departments, activities and their
comments — are data: one bilingual spec file per model in ``raci/starter/specs/``
(:mod:`raci.starter.models`). Here: ``starter.header.*``, ``starter.section.*`` and
``starter.mission.hint.*`` (the comments every starter has), ``starter.prompt.*`` /
``starter.cli.*`` (the command), ``kpis.*`` (the KPI library command). Literal braces are
doubled: every text goes through ``str.format``.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the fixed parts of the file ----------------------------------------------------------
    "starter.header.title": {"en": "raci starter spec: {model}", "ja": "raci スターター: {model}"},
    "starter.header.generated": {
        "en": "Written by `raci init --model {model_id} --lang {lang}`; every name, cell and target is an example to change.",
        "ja": "`raci init --model {model_id} --lang {lang}` で作成しました。名前・セル・目標値はすべて例なので、自社に合わせて変えてください。",
    },
    "starter.header.next": {"en": "How to continue:", "ja": "次にやること:"},
    "starter.header.step_mission": {
        "en": "1. Fill in the mission: replace each [placeholder] with your team's answer. Until you do, raci reports it (M505) and says what to write.",
        "ja": "1. ミッションを書く: [ ] のプレースホルダーをチームの答えに置き換えます。置き換えるまで raci が指摘し（M505）、何を書くかを示します。",
    },
    "starter.header.step_adjust": {
        "en": "2. Make it yours: departments and headcounts, who is R, A, C or I on each activity, what each team does not do (scope.out), KPI owners and targets.",
        "ja": "2. 自社に合わせる: 部門と人数、各活動の R・A・C・I、各チームがやらないこと（scope.out）、KPI の責任者と目標値。",
    },
    "starter.header.step_validate": {"en": "3. Check it:", "ja": "3. 検証する:"},
    "starter.header.step_render": {
        "en": "4. Take the matrix to the meeting:",
        "ja": "4. 会議に持っていく役割分担表:",
    },
    "starter.header.schema": {
        "en": "Editor completion: `raci schema -o raci.schema.json` next to this file (for the modeline above).",
        "ja": "エディタの補完: このファイルと同じ場所で `raci schema -o raci.schema.json` を実行します（1 行目の指定用）。",
    },
    "starter.header.legend": {
        "en": "RACI: R = Responsible (does the work), A = Accountable (answers for it; exactly one per activity), C = Consulted, I = Informed.",
        "ja": "RACI: R = 実行責任（作業をする）、A = 説明責任（結果に責任を持つ。各活動にちょうど一つ）、C = 相談を受ける、I = 共有を受ける。",
    },
    "starter.header.legend_mode": {
        "en": "mode: proactive (success work CS plans) or reactive (answering what comes in).",
        "ja": "mode: proactive（CS が計画して行う支援）か reactive（来たものに応える受け身の対応）。",
    },
    "starter.section.org": {
        "en": "The organisation. accounts: the customer accounts you serve (for the capacity check, C601).",
        "ja": "組織。accounts: 支援している顧客の社数（担当社数のチェック C601 に使います）。",
    },
    "starter.section.org_accounts": {
        "en": "Example: the sum of the CS teams' accounts below. Replace it with your number.",
        "ja": "例: 下の各 CS チームの担当社数の合計です。自社の数に置き換えてください。",
    },
    "starter.section.company": {"en": "your company", "ja": "自社名"},
    "starter.section.mission": {
        "en": 'Mission template: "We help [customer] achieve [success] through [value]." A good statement is concise, drives action and has the customer as its subject.',
        "ja": "ミッションのテンプレート:「私たちは、[customer]が、[value]によって、[success]を実現できるよう支援します。」よいステートメントは短く、行動につながり、顧客が主語です。",
    },
    "starter.mission.hint.customer": {
        "en": 'Which customers, concretely: "small accounting teams at mid-sized companies", not "everyone".',
        "ja": "どのような顧客かを具体的に: 例「少人数の経理チームで請求業務を回している中堅企業」。「すべての企業」ではなく。",
    },
    "starter.mission.hint.value": {
        "en": "The value the product gives them: the value, not the list of features.",
        "ja": "製品が顧客にもたらす価値: 機能の一覧ではなく、価値を書きます。",
    },
    "starter.mission.hint.success": {
        "en": 'The customer\'s success, measurably: "month-end invoicing from 3 hours to 30 minutes", not "efficiency".',
        "ja": "顧客にとっての成功を測れる形で: 例「月末の請求業務を 3 時間から 30 分に」。「効率化」ではなく。",
    },
    "starter.mission.hint.statement": {
        "en": "Last: condense the three parts into one sentence the team can say from memory.",
        "ja": "最後に: 三つを、チームが暗記できる一文にまとめます。",
    },
    "starter.section.departments": {
        "en": "Departments. kind (sales, cs, support, marketing, product, other) drives the failure-pattern checks; scope.out says where a department stops and another one's role begins.",
        "ja": "部門。kind（sales・cs・support・marketing・product・other）は失敗パターンの検出に使われます。scope.out には、その部門がどこまでで、どこから先が他部門の役割かを書きます。",
    },
    "starter.section.accounts": {
        "en": "{headcount} people × {per_person} accounts each (B2B SaaS average: {benchmark} per CS person)",
        "ja": "{headcount} 名 × 1 人あたり {per_person} 社（B2B SaaS の平均は 1 人あたり {benchmark} 社）",
    },
    "starter.section.phases": {
        "en": "The customer lifecycle, in order: lead → contract → onboarding → adoption → renewal → expansion → advocacy, with support across all of them (stage: support).",
        "ja": "顧客ライフサイクル（順番どおり）: リード獲得 → 契約 → オンボーディング → 活用定着 → 契約更新 → 拡大 → 推奨。問い合わせ対応はすべてのフェーズにまたがります（stage: support）。",
    },
    "starter.section.kpis": {
        "en": "KPI tree: KGI (outcomes) → KPI (leading, moved by the owner's own work) → activity KPI (counts). Names, levels, units and definitions come from raci's library: `raci kpis show ID`. Targets are examples: set your own.",
        "ja": "KPI ツリー: KGI（成果）→ KPI（責任者自身の活動で動かせる先行指標）→ 活動 KPI（件数）。名前・レベル・単位・定義は raci のライブラリから取ります: `raci kpis show ID`。目標値は例なので、自社の値にしてください。",
    },
    "starter.section.kgi": {"en": "KGI: outcomes", "ja": "KGI: 成果"},
    "starter.section.kpi": {"en": "KPI: leading indicators", "ja": "KPI: 先行指標"},
    "starter.section.activity": {
        "en": "Activity KPIs: counts a new team can track from day one, before it has outcome data",
        "ja": "活動 KPI: 成果のデータがまだない立ち上げ期のチームでも初日から数えられる指標",
    },
    "starter.section.benchmark": {"en": "Benchmark: {benchmark}", "ja": "ベンチマーク: {benchmark}"},
    # the command ----------------------------------------------------------------------
    "starter.cli.exists": {
        "en": "{path} already exists; give --force to overwrite it, or another -o FILE",
        "ja": "{path} はすでにあります。上書きするなら --force を、別のファイルにするなら -o FILE を指定してください",
    },
    "starter.cli.need_model": {
        "en": "give --model: one of {models} ('raci init --list' describes them)",
        "ja": "--model を指定してください: {models} のいずれか（'raci init --list' で説明を表示します）",
    },
    "starter.cli.unknown_model": {
        "en": "no org model is called '{model}'; one of {models}",
        "ja": "'{model}' という組織モデルはありません。{models} のいずれかです",
    },
    "starter.cli.bad_headcount": {
        "en": "--headcount expects DEPARTMENT=NUMBER (a whole number, 0 or more), got '{value}'",
        "ja": "--headcount は 部門 ID=人数（0 以上の整数）の形で指定してください。指定された値: '{value}'",
    },
    "starter.cli.huge_headcount": {
        "en": "{value} people in '{id}' is not a plausible headcount; give at most {max}",
        "ja": "'{id}' の人数 {value} は多すぎます。{max} 以下にしてください",
    },
    "starter.cli.zero_headcount": {
        "en": "{department} ('{id}') cannot have 0 people: it is Accountable for {count} activities of the {model} model (such as '{activity}'); give it at least 1",
        "ja": "{department}（{id}）を 0 人にはできません。{model} モデルで {count} 件の活動（「{activity}」など）の説明責任（A）を持つため、1 人以上にしてください",
    },
    "starter.cli.unknown_department": {
        "en": "the {model} model has no department '{id}'; its departments: {departments}",
        "ja": "{model} に部門 '{id}' はありません。部門: {departments}",
    },
    "starter.cli.wrote": {
        "en": "wrote {path} ({model}). Next: fill in the mission, then run 'raci validate {path}' and 'raci render matrix {path}'.",
        "ja": "{path} を書き出しました（{model}）。次はミッションを書き、「raci validate {path}」と「raci render matrix {path}」を実行してください。",
    },
    "starter.cli.list_heading": {
        "en": "The five CS org models ('raci init --model ID'):",
        "ja": "CS 組織の五つのモデル（'raci init --model ID'）:",
    },
    "starter.cli.list_departments": {
        "en": "Department ids and example headcounts (--headcount ID=N changes one):",
        "ja": "部門 ID と例の人数（--headcount 部門 ID=人数 で変更できます）:",
    },
    "starter.prompt.intro": {
        "en": "A starter spec for your CS organisation. Press Enter to keep the default in brackets.",
        "ja": "CS 組織のスターター用スペックを作ります。[ ] 内の既定値でよければ Enter を押してください。",
    },
    "starter.prompt.models": {"en": "Org models:", "ja": "組織モデル:"},
    "starter.prompt.model": {"en": "Org model (number or id)", "ja": "組織モデル（番号または ID）"},
    "starter.prompt.lang": {"en": "Language of the spec (ja, en)", "ja": "スペックの言語（ja, en）"},
    "starter.prompt.company": {"en": "Company name", "ja": "会社名"},
    "starter.prompt.headcounts": {"en": "Headcount of each department:", "ja": "各部門の人数:"},
    "starter.prompt.headcount": {"en": "  {department} ({id})", "ja": "  {department}（{id}）"},
    "starter.prompt.output": {
        "en": "File to write ('-' for standard output)",
        "ja": "書き出すファイル（標準出力なら '-'）",
    },
    "starter.prompt.overwrite": {
        "en": "{path} already exists. Overwrite it? [y/N]",
        "ja": "{path} はすでにあります。上書きしますか？ [y/N]",
    },
    "starter.prompt.bad_model": {
        "en": "'{value}' is not an org model: type a number from 1 to {count}, or one of {models}",
        "ja": "'{value}' という組織モデルはありません。1〜{count} の番号か、{models} のいずれかを入力してください",
    },
    "starter.prompt.bad_lang": {
        "en": "'{value}' is not a language: type ja or en",
        "ja": "'{value}' は選べる言語ではありません。ja か en を入力してください",
    },
    "starter.prompt.bad_number": {
        "en": "'{value}' is not a whole number: type a number of people such as {example}",
        "ja": "'{value}' は整数ではありません。{example} のように人数を数字で入力してください",
    },
    "starter.prompt.bad_yes_no": {
        "en": "'{value}' is not an answer: type y (yes) or n (no)",
        "ja": "'{value}' には答えられません。y（はい）か n（いいえ）を入力してください",
    },
    "starter.prompt.is_folder": {
        "en": "{path} is a folder: give the name of a file in it, such as {example}",
        "ja": "{path} はフォルダーです。{example} のように、その中のファイル名を入力してください",
    },
    "starter.prompt.no_folder": {
        "en": "the folder {folder} does not exist: create it first, or give another file",
        "ja": "フォルダー {folder} がありません。先に作るか、別のファイルを入力してください",
    },
    # raci kpis ------------------------------------------------------------------------------
    "kpis.header": {
        "en": "id|level|name|unit|direction",
        "ja": "ID|レベル|名前|単位|望ましい方向",
    },
    "kpis.level.kgi": {"en": "KGI", "ja": "KGI"},
    "kpis.level.kpi": {"en": "KPI", "ja": "KPI"},
    "kpis.level.activity": {"en": "activity KPI", "ja": "活動 KPI"},
    "kpis.direction.higher": {"en": "higher is better", "ja": "高いほど良い"},
    "kpis.direction.lower": {"en": "lower is better", "ja": "低いほど良い"},
    "kpis.footer": {
        "en": "In a spec: kpis: [{{use: ID, owner: DEPARTMENT, target: \">= 90\"}}]. 'raci kpis show ID' explains one.",
        "ja": "スペックでの使い方: kpis: [{{use: ID, owner: 部門 ID, target: \">= 90\"}}]。'raci kpis show ID' で一つずつ説明します。",
    },
    "kpis.show.name": {"en": "name", "ja": "名前"},
    "kpis.show.level": {"en": "level", "ja": "レベル"},
    "kpis.show.formula": {"en": "formula", "ja": "計算式"},
    "kpis.show.direction": {"en": "direction", "ja": "望ましい方向"},
    "kpis.show.unit": {"en": "unit", "ja": "単位"},
    "kpis.show.description": {"en": "description", "ja": "説明"},
    "kpis.show.benchmark": {"en": "benchmark", "ja": "ベンチマーク"},
    "kpis.show.use": {"en": "in a spec", "ja": "スペックでの使い方"},
    "kpis.unknown": {
        "en": "no KPI in the library is called '{id}'",
        "ja": "ライブラリに '{id}' という KPI はありません",
    },
    "kpis.unknown.hint": {
        "en": "'raci kpis' lists them",
        "ja": "'raci kpis' で一覧を表示します",
    },
}
