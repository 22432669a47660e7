"""Japanese help of the command line.

The English help is the commands' own docstrings and ``help=`` texts in raci/cli/;
this table gives each of them in Japanese, keyed by command path (``raci validate``)
and by option (``raci validate --format``; ``* --lang`` applies to every command).
``raci.cli.help_ja.localised`` swaps them in when the language is Japanese (``--lang ja`` on the
command line, else ``LANG``). tests/test_i18n.py checks that no command or option is
missing here, so the two languages cannot drift apart.
"""

from __future__ import annotations

from raci.i18n.diff import HELP_JA as DIFF_HELP_JA  # raci diff keeps its help with its messages
from raci.i18n.workshop import HELP_JA as _WORKSHOP_HELP

JA: dict[str, str] = {
    "raci": (
        "raci: カスタマーサクセス組織の「誰が何をするか」を設計・検証します。\n\n"
        "ライフサイクルのフェーズ、部門、RACI の割り当て、KPI ツリー、ミッションを一つの YAML スペック"
        "（docs/spec.md）に書き、検証し、会議で使える形に出力します。"
    ),
    "* --help": "このヘルプを表示して終了します。",
    "* --version": "バージョンを表示して終了します。",
    "* --lang": "言語 [既定: スペックの org.locale、なければ $LANG]。",
    "* --output": "標準出力ではなくこのファイルに書き出します。",
    "* --format": "出力形式 [既定: -o FILE の拡張子から。なければ最初の形式]。",
    "* --templates": "同じ名前で同梱テンプレートを上書きするテンプレートのフォルダー。",
    "* --font": "図（Graphviz）のフォント [既定: 日本語を表示できるフォント]。",
    "* --department": "この部門（ID）だけを出力します。",
    "raci render kpi-tree --direction": (
        "down: KGI を上に、right: KGI を左に置きます。auto: ページの形に近いほう（横に広いツリーは right）を選びます。"
    ),
    "raci validate": (
        "組織スペックを検証し、問題を file:line:col 付きで報告します。\n\n"
        "PATH はスペックファイル、標準入力なら '-'、またはフォルダー（その下の *.raci.yaml と"
        " *.raci.yml をすべて、名前順に検証）です。表計算シートや Wiki の表（.csv・.xlsx・.md）は"
        "その場で取り込んで検証し、指摘を元のセル（table.xlsx:RACI!D7 など）で示します。\n\n"
        "\b\n終了コード:\n  0  --fail-on の重要度以上の指摘なし\n  1  その重要度以上の指摘あり\n"
        "  2  ファイルをスペックとして使えない（読めない、YAML でない、未知のキー、\n"
        "     型の誤り、存在しない ID など、スペックの形式に合わない）、\n"
        "     設定やベースラインのファイルが誤っている、またはコマンドの使い方の誤り\n"
        "  3  raci の内部エラー（不具合です。報告してください）\n\n"
        "'raci rules' で規則の一覧、'raci explain CODE' で規則の説明を表示します。"
        "指摘を一つだけ抑制するには、その行に '# raci: ignore[CODE] 理由' と書きます。"
    ),
    "raci validate --fail-on": "この重要度以上の指摘があれば終了コード 1 [既定: 設定の fail-on、なければ error]。",
    "raci validate --lang": "メッセージの言語 [既定: スペックの org.locale、なければ $LANG]。",
    "raci validate --select": "この規則だけを実行します（コードまたは接頭辞、カンマ区切り）。",
    "raci validate --ignore": "この規則を実行しません（コードまたは接頭辞）。",
    "raci validate --config": "この raci.toml / pyproject.toml を使います [既定: 各スペックのフォルダーから上へ探索]。",
    "raci validate --no-config": "設定ファイルを読みません。",
    "raci validate --baseline": "FILE に記録された指摘を隠し、新しい指摘だけを報告します。",
    "raci validate --write-baseline": "現在の指摘を FILE に記録して終了コード 0 で終わります（スペックとして使えないファイルがあれば 2）。",
    "* --color": "端末への出力に色を付けます［既定: 端末に出力し、NO_COLOR が未設定か空のとき］。",
    "raci rules": "すべての規則を一覧します: コード、名前、既定の重要度、要約。\n\n'--format md' で詳細なリファレンス（docs/rules.md）を出力します。",
    "raci validate --format": "出力形式。",
    "raci rules --format": "text: 一行に一規則。md: すべての説明を Markdown で。",
    "raci rules --lang": "要約の言語 [既定: $LANG]。",
    "raci explain": "規則を説明します: 何を検査し、なぜ重要か、違反例と適合例、オプション。\n\nCODE は規則のコード（R101）または名前（no-accountable）です。",
    "raci explain --lang": "要約の言語 [既定: $LANG]。",
    "raci fmt": (
        "組織スペックをその場で整形します。レイアウトを標準の形にそろえ、コメントはすべて残します。\n\n"
        "PATH はスペックファイル、フォルダー（その下の *.raci.yaml と *.raci.yml をすべて）、"
        "または '-'（標準入力を整形して標準出力へ）です。インデント、引用符、セルの書き方（R/A は A/R に）を"
        "標準の形にしますが、スペックの内容は変えません。コメントは、書かれていた要素とともに残ります。\n\n"
        "\b\n終了コード:\n  0  完了（または変更なし）\n  1  --check か --diff で、整形の必要なファイルがある\n"
        "  2  ファイルを読めない、解析できない、または書き込めない"
    ),
    "raci fmt --check": "何も変更せず、整形の必要なファイルがあれば終了コード 1 で終了します（CI 向け）。",
    "raci fmt --diff": "何も変更せず、変更内容を unified diff 形式で表示します。",
    "raci fmt --lang": "メッセージの言語 [既定: $LANG]。",
    "raci schema": (
        "スペック形式の JSON Schema を出力します。\n\n"
        "エディターに読み込ませると入力中に補完・検査されます: スペックの 1 行目に"
        " '# yaml-language-server: $schema=raci.schema.json' と書きます。"
    ),
    "raci examples": "同梱のスペック例を一覧します。NAME を指定するとその内容を出力します。\n\n例から始めるには: 'raci examples startup-allrounder > org.raci.yaml'。",
    "raci render": (
        "スペックを会議用に出力します: マトリクス、KPI ツリー、ライフサイクルマップ、ミッション、部門憲章、グラフ。\n\n"
        "-o FILE があればそのファイルに、なければ標準出力に書きます（バイナリ形式は -o が必要）。"
        "言語は --lang、なければスペックの org.locale に従います。同じスペックからは同じバイト列が出力されます。"
    ),
    "raci render matrix": "RACI マトリクス: フェーズごとの活動 × 部門。指摘のある行に印を付けます。",
    "raci render kpi-tree": "KPI ツリー: KGI → KPI → 活動 KPI。主管部門と目標値つき。",
    "raci render lifecycle": "ライフサイクルマップ: フェーズを左から右へ、部門をレーンとして、引き継ぎを示します。",
    "raci render graph": "組織をグラフファイルとして出力します（部門、フェーズ、活動、KPI とそのつながり）。Gephi、yEd、networkx で開けます。",
    "raci render mission": "組織と各部門のミッションを、品質に関する指摘とともに出力します。",
    "raci render charter": "部門の一枚もの憲章: 何を持ち、何をして、どこで止まるか。",
    "raci render charter --department": "出力する部門（ID）。",
    "raci init": "五つの CS 組織モデルのいずれかで、ひな形のスペックを書き出します。",
    "raci init --model": "組織モデル: all-rounder、sales-cs、high-touch、functional、segment（'--list' で説明を表示）。",
    "raci init --lang": "スペックの言語 [既定: $LANG]。",
    "raci init --company": "会社名（org.name）。",
    "raci init --headcount": "部門 ID ごとの人数。例: --headcount sales=6（複数回指定できます）。部門 ID はモデルごとに違います: 'raci init --list' で表示します。",
    "raci init --output": "このファイルに書き出します（アトミックに）。'-' で標準出力。端末で対話するときは指定しなければ質問します。",
    "raci init --force": "出力ファイルが既にあれば上書きします。",
    "raci init --no-input": "何も質問しません（標準入力が端末でないときの既定）。",
    "raci init --list": "五つの組織モデルと、それぞれが向いている状況を説明します。",
    "raci kpis": "raci の KPI ライブラリを一覧します: ID、レベル、名前、単位、向き。",
    "raci kpis --lang": "言語 [既定: $LANG]。",
    "raci kpis show": "ライブラリの KPI を一つ説明します: 名前、レベル、計算式、向き、単位、説明、ベンチマーク。",
    "raci kpis show --lang": "言語 [既定: $LANG]。",
    "raci report": (
        "すべてを一つの自己完結した HTML ページに書き出します: 指摘事項、ミッション、RACI マトリクス、"
        "ライフサイクルマップ、KPI ツリー、部門憲章。\n\n"
        "Graphviz があれば図はインライン SVG、なければ読みやすい表になります。"
        "ネットワーク不要のファイルなので、ワークショップの案内にそのまま添付できます。"
    ),
    "raci report --output": "書き出す HTML ファイル。",
    "raci edit": (
        "スペックをその場で書き換えます。コメントやレイアウトはそのままで、編集した部分だけが変わります。\n\n"
        "\b\n例:\n  raci edit org.raci.yaml --set kickoff.cs=A/R --unset kickoff.sales\n"
        "  raci edit org.raci.yaml \\\n"
        '    --add-activity onboarding:welcome="ウェルカムメール" --set welcome.cs=A/R\n\n'
        "オプションは繰り返し指定でき、活動の追加、--set、--unset、移動、ID の変更、削除の順に適用します"
        "（ID を変えた活動のセルはどちらの ID でも指定できます）。結果は読み込み直して確認し、"
        "スペックが壊れる編集は行いません（終了コード 2、書き込みなし）。編集で新しく出た指摘を表示します。"
        "編集中にファイルが変更された場合は書き込みません。"
    ),
    "raci edit --set": "RACI セルを設定します: kickoff.cs=A/R（セルの注記はそのまま残ります）。",
    "raci edit --unset": "RACI セルを削除します: kickoff.sales。",
    "raci edit --add-activity": "フェーズの末尾に活動を追加します。",
    "raci edit --rename-activity": "活動の ID を変えます（scope.out の参照も変わります）。",
    "raci edit --move-activity": "活動を別のフェーズの POSITION 番目に移します（0 が先頭。既定は末尾）。",
    "raci edit --remove-activity": "活動を削除します。",
    "raci edit --dry-run": "変更内容を unified diff で表示し、何も書き込みません。",
    "raci edit --lang": "メッセージの言語 [既定: スペックの org.locale、なければ $LANG]。",
    "raci serve": (
        "RACI マトリクスをワークショップの画面向けのライブなウェブページとして表示し、変更をファイルに書き戻します。\n\n"
        "セルをクリックする（または矢印キーで移動する）と、R・A・C・I のキーでその役割を付け外しでき、"
        "Delete でセルを空にできます。活動の追加・ID の変更・移動、日本語と英語の名前の編集もできます。"
        "変更のたびにすぐ検証され（マトリクス横の指摘も更新されます）、コメントとレイアウトを保ったまま SPEC に書き込まれます。"
        "元に戻す・やり直すでは、以前のバイト列がそのまま復元されます。SPEC がディスク上で変更されると"
        "（エディタや git pull など）ページは新しい内容を表示し、新しいファイルを上書きすることはありません。\n\n"
        "\b\n表示されるリンクにはこの実行だけの鍵が含まれます。\nファイルを変更してよい人にだけ共有してください。\n"
        "serve エクストラが必要です: pip install 'raci[serve]'"
    ),
    "raci serve --port": "ポート番号（0 なら空いているポート）。",
    "raci serve --host": "待ち受けるアドレス。このコンピューター（127.0.0.1）以外を指定すると他の人もファイルに触れられるため、警告を表示します。",
    "raci serve --open": "既定のブラウザーでページを開きます。",
    "raci serve --lang": "ページとメッセージの言語 [既定: スペックの org.locale、なければ $LANG]。",
    "raci import": (
        "RACI の表計算シート（CSV、XLSX）や Wiki の表（Markdown）をスペックに変換します。\n\n"
        "空でないセルはすべて、割り当て、「役割なし」（-、n/a、×）、解釈できなかったセルのエラー（スペックに"
        "コメントとして残ります）のいずれかになります。部門の kind は役割名から推測し、確認を促すコメントを"
        "付けます。端末では不確かな点（◎ の意味など）を質問し、--no-input の指定時、端末以外、CI では既定値を使って"
        "その旨を表示します。セルの書き方の一覧: docs/import.md\n\n"
        "\b\n終了コード:\n"
        "  0  取り込み完了（解釈できなかったセルはまとめに表示）\n"
        "  2  表として読めないファイル、または --force なしで -o のファイルがすでにある"
    ),
    "raci import --output": "標準出力ではなくこのファイルにスペックを書き出します（--force なしでは既存のファイルを上書きしません）。",
    "raci import --sheet": "読み込む XLSX のシート [既定: RACI 表らしいシート]。",
    "raci import --no-input": "何も質問せず既定値を使い、まとめでその旨を表示します。",
    "raci import --force": "-o のファイルがあれば置き換えます。",
    "raci import --lang": (
        "メッセージとまとめの言語。スペックの org.locale、コメント、仮の名前にも使います"
        " [既定: メッセージは $LANG、スペックは表の名前の文字から判断]。"
    ),
    "raci import --activity-column": "活動名の列（列番号または見出し）。",
    "raci import --transposed": "活動が列、役割が行の表です [既定: 推測]。",
    "raci import --dri": "セルの DRI が表す役割。",
    "raci import --mark": "記号の意味: --mark ◎=AR --mark ○=R --mark x=-（役割なし）。",
}

JA.update(DIFF_HELP_JA)
JA.update(_WORKSHOP_HELP)  # the workshop commands' help lives with their messages

CLICK: dict[str, str] = {
    "Usage:": "使い方:",
    "Options": "オプション",
    "Commands": "コマンド",
    "Positional arguments": "引数",
    "default: {default}": "既定: {default}",
    "required": "必須",
    "env var: {var}": "環境変数: {var}",
    "(dynamic)": "（実行時に決定）",
    "deprecated": "非推奨",
}
"""click's own words in help (its gettext messages), in Japanese."""
