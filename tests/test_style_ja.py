"""docs/style-ja.md, checked where a machine can: every Japanese text raci prints.

Over every message catalogue (whatever registers into raci.i18n.MESSAGES, so the
catalogues of commands added later are checked too), the rules' Japanese documentation
and the Japanese help. What it cannot check (natural phrasing, names rather than ids in
prose) is the reviewer's; the rules here are the ones that drifted before.
"""

from __future__ import annotations

import re

import pytest

from raci.i18n import MESSAGES
from raci.i18n.cli_help import CLICK, JA
from raci.rules import all_rules

WORD = r"[\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff々]"
"""A kana or kanji (not the full-width punctuation, which needs no space)."""
LITERAL = re.compile(r"`[^`\n]*`|'[^'\n]*'|\"[^\"\n]*\"|\{\{|\}\}")
"""What is quoted as written: code, a value in quotes (its brackets are the user's)."""
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
JAPANESE_VALUED = frozenset(
    {"kind", "object", "expected", "got", "department", "departments", "phase", "phases", "activity"}
    | {"customer", "value", "success", "kpis", "path"}
    | {"org", "name", "part", "side", "accountable", "owner", "old_names", "new_names"}
)
"""Placeholders whose Japanese value is Japanese words (a translated term, a name, a list of
names in 「」): they join the sentence without a space. Every other placeholder (a number,
an id, a path) is spaced like a Latin word."""
TERMS = {
    "オーナー": "主管部門",
    "良い方向": "望ましい方向",
    "段階": "フェーズ",
    "さもないと": "そうしないと",
    "レベル kpi": "先行指標（KPI）",
    "黙って": "警告なしに",
}
"""One term per concept: the word that drifted in, and the one to use."""


def japanese_texts() -> list[tuple[str, str]]:
    rules = all_rules()  # registers the rules' messages too
    texts = [(key, entry["ja"]) for key, entry in MESSAGES.items()]
    texts += [(f"{code} docs {part}", text) for code, rule in rules.items() for part, text in rule.docs_ja.items()]
    texts += [(f"help {key}", text) for key, text in JA.items()]
    texts += [(f"click {key}", text) for key, text in CLICK.items()]
    return texts


TEXTS = japanese_texts()


def problems(text: str) -> list[str]:
    plain = LITERAL.sub("`…`", text)
    found = []
    if re.search(r"[()]", PLACEHOLDER.sub("P", plain)):
        found.append("half-width ( ) in a Japanese sentence: write （ ）")
    if re.search(WORD + r"[?!]", plain):
        found.append("half-width ? or ! after Japanese: write ？ ！")
    for match in re.finditer(rf"(?<={WORD})[A-Za-z0-9]|[A-Za-z0-9](?={WORD})", plain):
        index = match.start()
        pair = plain[index - 1 : index + 1] if re.match(WORD, plain[index - 1 : index]) else plain[index : index + 2]
        if re.fullmatch(r"\d[万億千円]|[万億]\d", pair):
            continue  # 120万円: a number and its 万, 億 or 円 are one word
        found.append(f"no space between Japanese and a Latin word or number: {plain[max(index - 3, 0) : index + 3]!r}")
    for match in PLACEHOLDER.finditer(plain):
        before, after = plain[match.start() - 1 : match.start()], plain[match.end() : match.end() + 1]
        if match[1] not in JAPANESE_VALUED and (re.match(WORD, before) or re.match(WORD, after)):
            found.append(f"no space around {match[0]} (a number, id or path is spaced like a Latin word)")
    for wrong, right in TERMS.items():
        if wrong in text:
            found.append(f"{wrong}: write {right}")
    return found


@pytest.mark.parametrize(("key", "text"), TEXTS, ids=[key for key, _ in TEXTS])
def test_japanese_follows_the_style_guide(key: str, text: str) -> None:
    assert not problems(text), problems(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CS 部門「{department}」(cs)が", "half-width ( )"),
        ("ありませんか?", "half-width ?"),
        ("KPIに必須のキー", "no space"),
        ("1件だけ", "no space"),
        ("{count}件", "no space around {count}"),
        ("KPI のオーナー", "オーナー"),
        ("ライフサイクルの 7 段階", "段階"),
    ],
)
def test_the_checker_catches_what_drifted_before(text: str, expected: str) -> None:
    assert any(expected in problem for problem in problems(text)), problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "120万円以上",
        "90%以上",
        "「{department}」が",
        "{kind} '{id}' は",
        "`raci validate` を実行",
        "（例：A/R）",
        "'(cs)' は",
    ],
)
def test_the_checker_accepts_the_style(text: str) -> None:
    assert problems(text) == []
