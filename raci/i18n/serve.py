"""Messages of ``raci serve``: the command line, the refusals of the web server, the page."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the command line
    "serve.cli.missing_extra": {
        "en": "raci serve needs its web server, which is not installed: pip install 'raci[serve]'",
        "ja": "raci serve に必要なウェブサーバーがインストールされていません。pip install 'raci[serve]' でインストールしてください",
    },
    "serve.cli.stdin": {
        "en": "raci serve changes a file in place: give a file name, not '-'",
        "ja": "raci serve はファイルをその場で書き換えます。'-' ではなくファイル名を指定してください",
    },
    "serve.cli.listening": {
        "en": "serving {path} at {url}\n  open that link (it holds this session's key; share it only with people who may change the file). Ctrl-C stops.",
        "ja": "{path} を {url} で公開しています\n  このリンクを開いてください（このセッションの鍵を含むため、ファイルを変更してよい人にだけ共有してください）。Ctrl-C で終了します。",
    },
    "serve.cli.public_host": {
        "en": "warning: --host {host} makes the matrix reachable from other machines, and anyone with the link can change {path}; the default 127.0.0.1 keeps it on this computer",
        "ja": "警告: --host {host} を指定すると他のマシンからも接続でき、リンクを知っている人は誰でも {path} を変更できます。既定の 127.0.0.1 ならこのコンピューターの中だけで使えます",
    },
    "serve.cli.cannot_listen": {
        "en": "cannot listen on {host}:{port} ({reason}); choose another --port (0 picks a free one)",
        "ja": "{host}:{port} で待ち受けできません（{reason}）。別の --port を指定してください（0 なら空いているポートを選びます）",
    },
    "serve.cli.stopped": {"en": "stopped", "ja": "終了しました"},
    # refusals of the web server (no spec content in them, ever)
    "serve.http.bad_host": {
        "en": "Refused: this server answers only to {allowed}, not to the host name '{host}'.",
        "ja": "拒否しました: このサーバーは {allowed} 宛てのリクエストにだけ応答します（ホスト名 '{host}' は受け付けません）。",
    },
    "serve.http.no_session": {
        "en": "Open the link that raci serve printed in the terminal: it holds the key of this session.",
        "ja": "raci serve がターミナルに表示したリンクを開いてください。このセッションの鍵が含まれています。",
    },
    "serve.http.bad_origin": {
        "en": "Refused: the request came from another site ({origin}).",
        "ja": "拒否しました: 別のサイト（{origin}）からのリクエストです。",
    },
    "serve.http.bad_csrf": {
        "en": "Refused: the request lacks this page's CSRF token; reload the page.",
        "ja": "拒否しました: このページの CSRF トークンがありません。ページを再読み込みしてください。",
    },
    "serve.http.not_found": {"en": "Not found.", "ja": "見つかりません。"},
    "serve.http.bad_request": {
        "en": "The request is not understood: {reason}",
        "ja": "リクエストを解釈できません: {reason}",
    },
    # what the page says
    "serve.ui.title": {"en": "RACI matrix", "ja": "RACI マトリクス"},
    "serve.ui.matrix": {"en": "Matrix", "ja": "マトリクス"},
    "serve.ui.findings": {"en": "Findings", "ja": "指摘"},
    "serve.ui.no_findings": {
        "en": "No findings: the matrix is consistent.",
        "ja": "指摘はありません。マトリクスに矛盾はありません。",
    },
    "serve.ui.lifecycle": {"en": "Lifecycle map", "ja": "ライフサイクルマップ"},
    "serve.ui.kpi_tree": {"en": "KPI tree", "ja": "KPI ツリー"},
    "serve.ui.charters": {"en": "Charters", "ja": "部門憲章"},
    "serve.ui.activity": {"en": "Activity", "ja": "活動"},
    "serve.ui.undo": {"en": "Undo", "ja": "元に戻す"},
    "serve.ui.redo": {"en": "Redo", "ja": "やり直す"},
    "serve.ui.help": {
        "en": "Click a cell or move with the arrow keys; R, A, C, I toggle a role, Delete clears the cell. Ctrl+Z undoes.",
        "ja": "セルをクリックするか矢印キーで移動し、R・A・C・I で役割を付け外し、Delete でセルを空にします。Ctrl+Z で元に戻せます。",
    },
    "serve.ui.selected": {"en": "Selected activity", "ja": "選択中の活動"},
    "serve.ui.none_selected": {
        "en": "Select a cell to edit its activity.",
        "ja": "セルを選ぶと、その活動を編集できます。",
    },
    "serve.ui.id": {"en": "Id", "ja": "ID"},
    "serve.ui.name_ja": {"en": "Name (Japanese)", "ja": "名前（日本語）"},
    "serve.ui.name_en": {"en": "Name (English)", "ja": "名前（英語）"},
    "serve.ui.phase": {"en": "Phase", "ja": "フェーズ"},
    "serve.ui.save": {"en": "Save", "ja": "保存"},
    "serve.ui.move_up": {"en": "Move up", "ja": "上へ"},
    "serve.ui.move_down": {"en": "Move down", "ja": "下へ"},
    "serve.ui.add_activity": {"en": "Add an activity", "ja": "活動を追加"},
    "serve.ui.add": {"en": "Add", "ja": "追加"},
    "serve.ui.new_id": {"en": "New id", "ja": "新しい ID"},
    "serve.ui.new_name": {"en": "Name", "ja": "名前"},
    "serve.ui.department": {"en": "Department", "ja": "部門"},
    "serve.ui.saved": {"en": "Saved to {path}", "ja": "{path} に保存しました"},
    "serve.ui.undone": {
        "en": "Undone: {path} is as it was before",
        "ja": "元に戻しました（{path} は変更前の内容です）",
    },
    "serve.ui.redone": {"en": "Redone", "ja": "やり直しました"},
    "serve.ui.nothing_to_undo": {"en": "Nothing to undo", "ja": "元に戻す操作はありません"},
    "serve.ui.nothing_to_redo": {"en": "Nothing to redo", "ja": "やり直す操作はありません"},
    "serve.ui.outside": {
        "en": "{path} changed on disk (an editor, a git pull); the page now shows it as it is",
        "ja": "{path} がディスク上で変更されました（エディタや git pull など）。最新の内容を表示しています",
    },
    "serve.ui.conflict": {
        "en": "{path} changed on disk, so your change was not written (the newer file is kept); the page now shows the file as it is: make the change again if it is still wanted",
        "ja": "{path} がディスク上で変更されていたため、今の変更は書き込んでいません（新しいファイルを残しています）。最新の内容を表示しているので、必要ならもう一度変更してください",
    },
    "serve.ui.broken": {
        "en": "{path} on disk cannot be read as a spec. Fix it in your editor; editing here resumes as soon as it loads:",
        "ja": "ディスク上の {path} をスペックとして読み込めません。エディタで直してください。読み込めるようになれば、ここでの編集を再開できます:",
    },
    "serve.ui.lost": {
        "en": "The connection to raci serve was lost; changes are not saved until it is back.",
        "ja": "raci serve との接続が切れました。再接続するまで変更は保存されません。",
    },
    "serve.ui.failed": {"en": "Not changed: {reason}", "ja": "変更していません: {reason}"},
    "serve.ui.graphviz_missing": {
        "en": "Graphviz is not installed, so the diagram is shown as text (apt-get install graphviz draws it).",
        "ja": "Graphviz がインストールされていないため、図をテキストで表示しています（apt-get install graphviz で図になります）。",
    },
    "serve.ui.language": {"en": "日本語", "ja": "English"},
    "serve.ui.empty_cell": {"en": "no role", "ja": "役割なし"},
}
