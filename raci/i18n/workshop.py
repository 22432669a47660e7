"""Messages of ``raci workshop`` (raci/workshop/, raci/commands/workshop.py, the forms and
the report page) and the Japanese help of its commands."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # shared words
    "workshop.no_role": {"en": "no role", "ja": "役割なし"},
    "workshop.nobody": {"en": "nobody", "ja": "なし"},
    "workshop.out_of": {"en": "{count} of {total}", "ja": "{total} 人中 {count} 人"},
    "workshop.error": {"en": "error", "ja": "エラー"},
    "workshop.note": {"en": "note", "ja": "お知らせ"},
    "workshop.needs_extra": {
        "en": "computing Krippendorff's alpha needs the workshop extra: pip install 'raci[workshop]'",
        "ja": "クリッペンドルフのαの計算には追加パッケージが必要です。pip install 'raci[workshop]' でインストールしてください",
    },
    "workshop.no_manifest": {
        "en": "{path} not found: collect reads the workshop.json that 'raci workshop prepare' wrote beside the forms "
        "(pass it with --workshop FILE if the forms are in another folder)",
        "ja": "{path} が見つかりません。collect は「raci workshop prepare」が記入用紙と一緒に書き出した workshop.json を読みます"
        "（記入用紙を別のフォルダーに集めた場合は --workshop FILE で指定してください）",
    },
    "workshop.bad_manifest": {
        "en": "{path} is not a workshop.json written by 'raci workshop prepare' ({reason})",
        "ja": "{path} は「raci workshop prepare」が書き出した workshop.json ではありません（{reason}）",
    },
    # prepare
    "workshop.prepare.done": {
        "en": "Wrote {count} form(s) to {folder} (workshop {workshop}). Hand them out; when they come back: "
        "raci workshop collect {folder} -o RESULTS",
        "ja": "{folder} に記入用紙を {count} 件書き出しました（ワークショップ {workshop}）。配布して、"
        "戻ってきたら raci workshop collect {folder} -o RESULTS を実行してください",
    },
    "workshop.prepare.nothing": {
        "en": "{path} has no departments or no activities: there is nothing to fill in",
        "ja": "{path} には部門か活動がありません。記入する内容がありません",
    },
    "workshop.prepare.exists": {
        "en": "{folder} already holds forms of a workshop ({files}); filled forms would be lost. "
        "Choose another folder, or add --force to replace them",
        "ja": "{folder} にはすでにワークショップの記入用紙があります（{files}）。記入済みの用紙が失われるため書き出しません。"
        "別のフォルダーを指定するか、置き換える場合は --force を付けてください",
    },
    "workshop.prepare.unknown_department": {
        "en": "unknown department '{id}' in --departments (known: {known})",
        "ja": "--departments の部門「{id}」はスペックにありません（候補: {known}）",
    },
    "workshop.prepare.both": {
        "en": "give either --participants (one form per person) or --departments (one form per department), not both",
        "ja": "--participants（一人に一枚）と --departments（部門に一枚）はどちらか一方だけ指定してください",
    },
    "workshop.participants.unreadable": {
        "en": "cannot read the participants file {path}: {reason} (save it as UTF-8 text)",
        "ja": "参加者ファイル {path} を読めません: {reason}（UTF-8 のテキストで保存してください）",
    },
    "workshop.participants.columns": {
        "en": "'{text}': each line needs a name and a department, separated by a comma or a tab",
        "ja": "「{text}」: 各行に名前と部門をカンマかタブで区切って書いてください",
    },
    "workshop.participants.department": {
        "en": "unknown department '{department}' (write its id or name; known: {known})",
        "ja": "部門「{department}」はスペックにありません（ID か部門名で書いてください。候補: {known}）",
    },
    "workshop.participants.duplicate": {
        "en": "'{name}' is already on line {first}: names tell the answers apart, so make them unique (e.g. add the department)",
        "ja": "「{name}」は {first} 行目にもあります。名前で回答を区別するため、部門名を添えるなどして重ならないようにしてください",
    },
    "workshop.participants.empty": {
        "en": "the participants file lists nobody: write one 'name, department' per line",
        "ja": "参加者ファイルに参加者がいません。1 行に一人ずつ「名前, 部門」と書いてください",
    },
    # the form
    "workshop.form.sheet": {"en": "Form", "ja": "記入用紙"},
    "workshop.form.title": {"en": "RACI workshop form: {org}", "ja": "RACI ワークショップ記入用紙: {org}"},
    "workshop.form.participant": {"en": "Participant", "ja": "参加者"},
    "workshop.form.department": {"en": "Department", "ja": "所属部門"},
    "workshop.form.page_header": {"en": "{name} ({department})", "ja": "{name}（{department}）"},
    "workshop.form.instruction": {
        "en": "Fill in alone: for each activity, the role each department holds as you see it today. "
        "Leave a cell empty for no role. Sheet Guide explains the letters.",
        "ja": "一人で記入してください。活動ごとに、各部門が今どの役割を担っているとあなたが考えるかを書きます。"
        "役割がなければ空欄のままにします。記号の意味は「記入方法」シートにあります。",
    },
    "workshop.form.comment": {"en": "Comment (why / what is unclear)", "ja": "コメント（理由・分からない点）"},
    "workshop.form.guide_sheet": {"en": "Guide", "ja": "記入方法"},
    "workshop.form.guide_title": {"en": "How to fill in this form", "ja": "記入方法"},
    "workshop.form.guide.1": {
        "en": "This form asks, for each activity of {org}, which role each department holds as you see it. "
        "There is no right answer: write what happens today, from where you sit.",
        "ja": "この用紙では、{org}の活動ごとに、各部門がどの役割を担っているとあなたが考えるかを伺います。"
        "正解はありません。今の実態を、あなたの立場から見たとおりに書いてください。",
    },
    "workshop.form.guide.prefilled": {
        "en": "This form holds today's RACI matrix of {org}. Correct every cell that differs from what really happens; "
        "leave the others as they are.",
        "ja": "この用紙には{org}の現在の RACI マトリクスが入っています。実態と違うセルだけを直し、"
        "それ以外はそのままにしてください。",
    },
    "workshop.form.guide.2": {
        "en": "Fill it in alone, without comparing with colleagues: where the answers differ is what the workshop "
        "will discuss.",
        "ja": "同僚と相談せず、一人で記入してください。回答が食い違うところが、ワークショップで話し合う議題になります。",
    },
    "workshop.form.guide.3": {
        "en": "In each cell choose A/R, A, R, C, I or C/I from the drop-down, or type the letters. Leave a department "
        "that takes no part empty. Other ways of writing are understood too: ◎ (owner), ○ (does the work), "
        "△ (helps), 'A, R'.",
        "ja": "各セルはプルダウンから A/R、A、R、C、I、C/I を選ぶか、文字を入力してください。関わらない部門は空欄のままにします。"
        "◎（主担当）、○（担当）、△（協力）や「A, R」といった書き方も読み取れます。",
    },
    "workshop.form.guide.4": {
        "en": "Give each activity one A (the department that answers for the outcome). When you hesitate, or do not "
        "know what an activity involves, say why in the comment column at the right.",
        "ja": "A（結果に責任を持つ部門）は活動ごとに一つだけにしてください。迷ったときや、活動の中身がよく分からない"
        "ときは、右端のコメント欄に理由を書いてください。",
    },
    "workshop.form.guide.5": {
        "en": "Save the file under the same name and return it to the facilitator. The headings and activities are "
        "protected against slips (no password).",
        "ja": "記入したらファイル名を変えずに保存し、ファシリテーターに返してください。見出しと活動の欄は、"
        "うっかり書き換えないよう保護しています（パスワードはありません）。",
    },
    # reading forms
    "workshop.read.not_a_form": {
        "en": "skipped: not a workshop form (forms are the .xlsx and .csv files 'raci workshop prepare' wrote)",
        "ja": "ワークショップの記入用紙ではないため、スキップしました（記入用紙は「raci workshop prepare」が書き出した .xlsx と .csv です）",
    },
    "workshop.read.other_workshop": {
        "en": "this form belongs to workshop {found}, not {ours}: it was prepared from another spec; "
        "left out (collect it with its own workshop, or hand out this workshop's form)",
        "ja": "この記入用紙はワークショップ {found} のもので、{ours} のものではありません（別のスペックから作られています）。"
        "集計から外しました。元のワークショップで集計するか、このワークショップの用紙を配り直してください",
    },
    "workshop.read.empty": {
        "en": "{name}'s form is empty: left out (no answer and no comment)",
        "ja": "「{name}」の記入用紙は空です。回答もコメントもないため集計から外しました",
    },
    "workshop.read.bad_cell": {
        "en": "'{text}' is not a role (none of A, R, C, I, ◎ ○ △ or a role word); this cell of {name} is left out. "
        "Correct it to A/R, A, R, C, I, C/I or empty and collect again",
        "ja": "「{text}」は役割として読み取れません（A・R・C・I、◎○△、役割を表す言葉のいずれでもありません）。"
        "「{name}」のこのセルは集計から外しました。A/R、A、R、C、I、C/I か空欄に直して、もう一度集計してください",
    },
    "workshop.read.bad_cell_part": {
        "en": "'{text}' is not a role: '{bad}' is none of A, R, C, I, ◎ ○ △ or a role word; this cell of {name} is "
        "left out. Correct it to A/R, A, R, C, I, C/I or empty and collect again",
        "ja": "「{text}」は役割として読み取れません（「{bad}」が A・R・C・I、◎○△、役割を表す言葉のいずれでもありません）。"
        "「{name}」のこのセルは集計から外しました。A/R、A、R、C、I、C/I か空欄に直して、もう一度集計してください",
    },
    "workshop.read.unknown_activity": {
        "en": "activity '{id}' is not in the workshop's spec: row left out",
        "ja": "活動「{id}」はこのワークショップのスペックにありません。この行は集計から外しました",
    },
    "workshop.read.duplicate_activity": {
        "en": "activity '{id}' appears twice: the second row is left out",
        "ja": "活動「{id}」が 2 回出てきます。2 回目の行は集計から外しました",
    },
    "workshop.read.unknown_department": {
        "en": "column '{text}' names no department of the spec (known ids: {known}): column left out",
        "ja": "列「{text}」はスペックのどの部門でもありません（ID の候補: {known}）。この列は集計から外しました",
    },
    "workshop.read.unreadable": {
        "en": "cannot read the file: {reason}; left out",
        "ja": "ファイルを読めません: {reason}。集計から外しました",
    },
    "workshop.read.not_utf8": {
        "en": "the CSV file is not UTF-8: save it as 'CSV UTF-8' and collect again; left out",
        "ja": "CSV ファイルが UTF-8 ではありません。「CSV UTF-8」形式で保存し直して、もう一度集計してください。集計から外しました",
    },
    # collect
    "workshop.collect.not_a_folder": {
        "en": "{path} is not a folder of forms",
        "ja": "{path} は記入用紙のフォルダーではありません",
    },
    "workshop.collect.no_spec": {
        "en": "cannot read the workshop's copy of the spec {path}: {reason}",
        "ja": "ワークショップ用にコピーしたスペック {path} を読めません: {reason}",
    },
    "workshop.collect.spec_changed": {
        "en": "{path} changed after the forms of workshop {workshop} were prepared: put back the copy 'prepare' wrote",
        "ja": "{path} はワークショップ {workshop} の記入用紙を作った後に変更されています。「prepare」が書き出したコピーに戻してください",
    },
    "workshop.collect.no_forms": {
        "en": "no filled form could be counted in {path} (see above): nothing was written",
        "ja": "{path} に集計できる記入済みの用紙がありません（上の内容を確認してください）。何も書き出していません",
    },
    "workshop.collect.done": {
        "en": "Round {round}: {count} forms, agreement {agreement} (Krippendorff's alpha {alpha}); {contested} contested "
        "cells (the most common answer has less than two thirds of the answers); agenda.md: {items} items to discuss "
        "and {checks} quick checks. Written to {folder}: results.json, consensus.raci.yaml, agenda.md",
        "ja": "ラウンド {round}: 記入用紙 {count} 件、一致率 {agreement}（クリッペンドルフのα {alpha}）、意見が割れたセル"
        " {contested} 件（最も多い答えが回答の 3 分の 2 に届かないセル）。agenda.md には話し合う議題 {items} 件と"
        "確認だけの項目 {checks} 件があります。{folder} に results.json、consensus.raci.yaml、agenda.md を書き出しました",
    },
    # consensus
    "workshop.consensus.tie": {
        "en": "workshop: tie for {department} — {answers}",
        "ja": "ワークショップ: 票が同数です。{department}: {answers}",
    },
    "workshop.consensus.contested": {
        "en": "workshop: contested for {department} — {answers}",
        "ja": "ワークショップ: 意見が割れています。{department}: {answers}",
    },
    "workshop.consensus.rewritten": {
        "en": "note: the cells of {path} could not be changed in place, so consensus.raci.yaml was written anew: "
        "its comments and layout are not the spec's",
        "ja": "お知らせ: {path} のセルをその場で書き換えられなかったため、consensus.raci.yaml を新しく書き出しました。"
        "コメントやレイアウトは元のスペックのものではありません",
    },
    # conflicts
    "workshop.conflict.accountable": {
        "en": "who is accountable (A) is not agreed: {views}",
        "ja": "説明責任（A）をどの部門が持つかで意見が分かれています：{views}",
    },
    "workshop.conflict.accountable_none": {
        "en": "everyone agrees that no department is accountable (A): decide who answers for the outcome",
        "ja": "全員が、説明責任（A）を持つ部門はないと答えています。結果に責任を持つ部門を決めてください",
    },
    "workshop.conflict.accountable_many": {
        "en": "everyone names several departments accountable (A): {departments}; keep one",
        "ja": "全員が複数の部門を説明責任（A）としています：{departments}。一つに絞ってください",
    },
    "workshop.conflict.nobody_responsible": {
        "en": "no department says it does this (R), yet the others expect it of {departments}",
        "ja": "自部門が担当（R）だと答えた部門がありません。他部門からは{departments}が担当と見られています",
    },
    "workshop.conflict.gap_claims": {
        "en": "{department} sees itself as {self}, the others see it as {others}",
        "ja": "{department}は自部門を「{self}」と見ていますが、他部門からは{others}と見られています",
    },
    "workshop.conflict.gap_claims_some": {
        "en": "{department} sees itself as {self}; {share} of the others see it as {others}",
        "ja": "{department}は自部門を「{self}」と見ていますが、他部門の {share}は{others}と見ています",
    },
    "workshop.conflict.gap_expected": {
        "en": "the others expect {department} to be {others}; it sees itself as {self}",
        "ja": "他部門は{department}に{others}を期待していますが、{department}自身は「{self}」と見ています",
    },
    "workshop.conflict.gap_expected_some": {
        "en": "{share} of the others expect {department} to be {others}; it sees itself as {self}",
        "ja": "他部門の {share}は{department}に{others}を期待していますが、{department}自身は「{self}」と見ています",
    },
    "workshop.conflict.gap_split": {
        "en": "the others are split on {department} ({answers}); it sees itself as {self}",
        "ja": "{department}についての他部門の見方が割れています（{answers}）。{department}自身は「{self}」と見ています",
    },
    "workshop.conflict.blank_phase": {
        "en": "{department} left the whole phase {phase} blank",
        "ja": "{department}は、フェーズ「{phase}」のセルをすべて空欄にしています",
    },
    # agenda
    "workshop.agenda.title": {
        "en": "Workshop agenda: {org} (round {round})",
        "ja": "ワークショップの議題: {org}（ラウンド {round}）",
    },
    "workshop.agenda.summary": {
        "en": "{count} forms · agreement {agreement} · Krippendorff's alpha {alpha} · {contested} contested cells (the "
        "most common answer has less than two thirds of the answers). {items} items to discuss, in order (a block "
        "takes about 15 minutes), then {checks} quick checks.",
        "ja": "記入用紙 {count} 件・一致率 {agreement}・クリッペンドルフのα {alpha}・意見が割れたセル {contested} 件"
        "（最も多い答えが回答の 3 分の 2 に届かないセル）。話し合う議題は {items} 件で、上から順に進めます"
        "（1 ブロックの目安は約 15 分）。最後に確認だけの項目が {checks} 件あります。",
    },
    "workshop.agenda.confirm": {"en": "Quick checks", "ja": "確認だけの項目"},
    "workshop.agenda.confirm_explain": {
        "en": "The majority is clear and the only dissent is a blank: ask whether it was left out on purpose.",
        "ja": "多数の見方ははっきりしていて、違うのは空欄にした人だけです。意図して空欄にしたのかを本人に確かめてください。",
    },
    "workshop.agenda.confirm_line": {
        "en": "{share} name {department} accountable (A); {names} named no department",
        "ja": "{share}が{department}を説明責任（A）としています。{names}はどの部門にも A を付けていません",
    },
    "workshop.agenda.cell": {
        "en": "{department} ({share} agree): {answers}",
        "ja": "{department}（一致率 {share}）: {answers}",
    },
    "workshop.agenda.note_on": {"en": "{name} (on {department})", "ja": "{name}（{department}の欄）"},
    "workshop.unrepresented": {
        "en": "Nobody from {departments} took part: their cells are the others' view only.",
        "ja": "{departments}からは参加者がいません。これらの部門のセルは、他部門から見た回答だけです。",
    },
    "workshop.agenda.first": {"en": "Before you start", "ja": "始める前に"},
    "workshop.agenda.nothing": {
        "en": "Nothing is contested: the group already shares one picture. Check the consensus draft's findings.",
        "ja": "意見が割れたところはありません。すでに共通認識ができています。合意案の指摘を確認してください。",
    },
    "workshop.agenda.groups": {"en": "Groups", "ja": "グループ"},
    "workshop.agenda.group": {"en": "Group {number}", "ja": "グループ {number}"},
    "workshop.agenda.block": {
        "en": "Block {block} (about {minutes} minutes)",
        "ja": "ブロック {block}（約 {minutes} 分）",
    },
    "workshop.agenda.why": {"en": "Comments:", "ja": "コメント:"},
}

HELP_JA: dict[str, str] = {
    "raci render matrix --paper": "ブックを印刷する用紙（横向き、横 1 ページに収めます）。",
    "raci workshop": (
        "RACI ワークショップを進めます。参加者が一人ずつマトリクスを記入し、raci が意見の食い違いを測って合意案を作ります"
        "（docs/workshop.md）。\n\n"
        "\b\nraci workshop prepare org.raci.yaml --participants people.csv -o forms/\n"
        "raci workshop collect forms/ -o day0/ --round day0\n"
        "raci workshop report day0/ day30/ -o workshop.html"
    ),
    "raci workshop prepare": (
        "参加者ごと（または部門ごと）の記入用紙を DIR に書き出します。集計に使うマニフェスト（workshop.json）と"
        "スペックのコピーも一緒に書き出します。"
    ),
    "raci workshop prepare --output": "記入用紙を書き出すフォルダー。",
    "raci workshop prepare --participants": "一人に一枚ずつ作ります。「名前, 部門」（部門は ID か部門名）を 1 行ずつ書いたファイル。",
    "raci workshop prepare --departments": "部門ごとに一枚ずつ作ります。部門 ID をカンマ区切りで指定 [既定: すべての部門]。",
    "raci workshop prepare --format": "記入用紙の形式: 印刷できるブック（xlsx）か、Google スプレッドシートなどで使う CSV。",
    "raci workshop prepare --blind": "空の用紙（既定。各自が考えるとおりに答えます）か、現在のスペックを記入済みの確認用（--prefilled）か。",
    "raci workshop prepare --paper": "XLSX の記入用紙を印刷する用紙（横向き、横 1 ページに収めます）。",
    "raci workshop prepare --force": "フォルダーにある記入用紙（記入済みのものも）を置き換えます。",
    "raci workshop prepare --lang": "記入用紙の言語 [既定: スペックの org.locale、なければ $LANG]。",
    "raci workshop collect": (
        "DIR にある記入済みの用紙（XLSX または CSV）をすべて読み、OUTDIR に results.json（一致率、"
        "クリッペンドルフのα、意見が割れたセル、重要な順の食い違い）、consensus.raci.yaml（多数意見の合意案）、"
        "agenda.md（その場で話し合う議題）を書き出します。\n\n"
        "読めない用紙やセルはファイル名とセル番地を示して集計から外し、残りを集計したうえで終了コード 2 を返します。"
    ),
    "raci workshop collect --output": "results.json、consensus.raci.yaml、agenda.md を書き出すフォルダー。",
    "raci workshop collect --round": "このラウンドの名前（day0、day30 など）[既定: OUTDIR のフォルダー名]。",
    "raci workshop collect --workshop": "prepare が書き出した workshop.json [既定: DIR/workshop.json]。",
    "raci workshop collect --format": "表示する内容: 要約（text）か results.json（json）。",
    "raci workshop report": (
        "集計したラウンド（古い順）から、自己完結した HTML ページを一つ書き出します。一致率のヒートマップ、"
        "部門ごとの認識のずれ、重要な順の食い違い、合意案への指摘、ラウンドごとの一致率の推移を載せます。"
    ),
    "raci workshop report --output": "書き出す HTML ファイル。",
}
