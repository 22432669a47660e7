"""Messages of the output guard (:mod:`raci.output`): why a write was refused, and what to do."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "output.cannot_write": {"en": "cannot write {path}: {reason}", "ja": "{path} に書き込めません: {reason}"},
    "output.cannot_read": {"en": "cannot read {path}: {reason}", "ja": "{path} を読めません: {reason}"},
    "output.is_input": {
        "en": "refusing to write {path}: it is one of this command's inputs (choose another output file)",
        "ja": "{path} には書き込みません。このコマンドの入力ファイルです（別の出力ファイルを指定してください）",
    },
    "output.is_directory": {
        "en": "cannot write {path}: it is a folder (give a file name inside it)",
        "ja": "{path} には書き込めません。フォルダーです（その中のファイル名を指定してください）",
    },
    "output.not_a_directory": {
        "en": "cannot use {path} as the output folder: it is a file",
        "ja": "{path} は出力フォルダーとして使えません。ファイルです",
    },
    "output.outside_directory": {
        "en": "refusing to write {path}: it is outside the output folder {folder}",
        "ja": "{path} には書き込みません。出力フォルダー {folder} の外です",
    },
    "output.not_regular": {
        "en": "cannot write {path}: it is not a regular file, a device or a pipe",
        "ja": "{path} には書き込めません。通常のファイル、デバイス、パイプのいずれでもありません",
    },
    "output.symlink_loop": {
        "en": "cannot write {path}: its symbolic links point in a loop",
        "ja": "{path} に書き込めません。シンボリックリンクが循環しています",
    },
    "output.changed_on_disk": {
        "en": "{path} changed on disk since raci read it (another editor, a git pull?); nothing was written: run the command again on the new file",
        "ja": "{path} は raci が読み込んだ後にディスク上で変更されました（別のエディターや git pull など）。何も書き込んでいません。新しい内容に対してもう一度コマンドを実行してください",
    },
}
