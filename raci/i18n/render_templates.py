"""Messages of raci/render/template_errors.py: mistakes in a user's ``--templates``."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "render.template.failed": {
        "en": "error in your template {where}: {error}",
        "ja": "テンプレート {where} でエラーが発生しました: {error}",
    },
    "render.template.unsafe": {
        "en": "your template {where} tried something templates may not do: {error} (templates run in a sandbox, without access to Python's internals, files or commands)",
        "ja": "テンプレート {where} が許可されていない操作をしようとしました: {error}（テンプレートはサンドボックス内で動くため、Python の内部やファイル、コマンドには触れられません）",
    },
    "render.template.recursion": {
        "en": "your template {where} calls itself without end: make the recursive macro or include stop",
        "ja": "テンプレート {where} が自分自身を際限なく呼び出しています。再帰しているマクロまたは include に終了条件を入れてください",
    },
    "render.template.not_utf8": {
        "en": "your template {where} is not UTF-8 text: save it as UTF-8",
        "ja": "テンプレート {where} が UTF-8 のテキストではありません。UTF-8 で保存し直してください",
    },
    "render.template.unreadable": {
        "en": "cannot read your template {where}: {reason}",
        "ja": "テンプレート {where} を読み込めません: {reason}",
    },
}
