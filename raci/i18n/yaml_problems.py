"""PyYAML's own words in the loader's S001 messages (``{problem}``, ``{context}``), in
both languages: :func:`raci.i18n.t` looks up ``yaml.<English text>`` for those arguments,
so a Japanese team does not read 'did not find expected ...' in a Japanese sentence.
A problem not listed here is quoted as PyYAML says it."""

from __future__ import annotations

_JA: dict[str, str] = {
    # problems (libyaml's wording, as the C loader reports them; the pure-Python loader's are the same)
    "mapping values are not allowed in this context": "ここには「キー: 値」を書けません",
    "mapping values are not allowed here": "ここには「キー: 値」を書けません",
    "block sequence entries are not allowed in this context": "ここにはリストの項目（- ）を書けません",
    "block sequence entries are not allowed here": "ここにはリストの項目（- ）を書けません",
    "could not find expected ':'": "キーの後の「:」が見つかりません",
    "found a tab character that violates indentation": "インデントにタブ文字が使われています",
    "found a tab character where an indentation space is expected": "インデントにタブ文字が使われています",
    "found character that cannot start any token": "値の始めに使えない文字があります",
    "but found another document": "2 つ目の YAML ドキュメント（--- の後）があります",
    "did not find expected ',' or ']'": "「,」か「]」が見つかりません",
    "did not find expected ',' or '}'": "「,」か「}」が見つかりません",
    "found undefined alias": "定義されていないエイリアス（*名前）が使われています",
    "did not find expected key": "キーがあるはずの場所にありません",
    "did not find expected '-' indicator": "リストの項目（- ）があるはずの場所にありません",
    "did not find expected node content": "値があるはずの場所にありません",
    "found unexpected end of stream": "閉じないままファイルが終わっています",
    "found unknown escape character": "二重引用符の中に使えないエスケープ（\\ の後の文字）があります",
    "found unexpected ':'": "予期しない「:」があります",
    "did not find expected comment or line break": "値の後に余分な文字があります",
    "did not find expected whitespace or line break": "値の後に余分な文字があります",
    "found unexpected document indicator": "引用符の中に --- か ... だけの行があります",
    "invalid YAML": "YAML として読めません",
    # contexts: what was open where the problem was found
    "a flow sequence": "[ … ]",
    "a flow mapping": "{ … }",
    "a quoted scalar": "引用符で囲んだ文字列",
    "a block mapping": "「キー: 値」の並び",
    "a block collection": "リスト",
    "a simple key": "キー",
}


def _literal(text: str) -> str:
    """``text`` as a message template that formats to itself (braces doubled)."""
    return text.replace("{", "{{").replace("}", "}}")


MESSAGES: dict[str, dict[str, str]] = {f"yaml.{en}": {"en": _literal(en), "ja": _literal(ja)} for en, ja in _JA.items()}
