"""What a column's header says it holds: header words in English and Japanese.

English words are matched as whole words (``Activity name`` is an activity column,
``Inactivity`` is not); Japanese ones as parts of the header (``活動名``, ``業務内容``).
The kinds are tried in order, so ``Activity id`` is an id column and ``Task
description`` a description: the more specific word wins.
"""

from __future__ import annotations

import re
import unicodedata

ID, PHASE, DESCRIPTION, NOTES, PRIORITY, FINDINGS, NUMBER, ACTIVITY = (
    "id",
    "phase",
    "description",
    "notes",
    "priority",
    "findings",
    "number",
    "activity",
)
EXTRAS = (ID, DESCRIPTION, NOTES, PRIORITY)
"""Kinds kept beside each row as :attr:`raci.tables.grid.Row.extras`, under these keys."""

_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (ID, ("id", "ids", "identifier"), ("識別子",)),
    (NUMBER, ("no", "#", "nr", "number", "num"), ("番号", "項番", "通番", "連番", "№")),
    (FINDINGS, ("findings", "finding"), ("指摘",)),
    (
        PHASE,
        ("phase", "phases", "stage", "stages", "section", "category", "process", "area", "workstream", "lifecycle"),
        ("フェーズ", "段階", "工程", "分類", "カテゴリ", "区分", "大項目", "領域", "プロセス", "ステージ"),
    ),
    (DESCRIPTION, ("description", "details", "detail", "summary"), ("説明", "詳細", "概要")),
    (
        NOTES,
        ("notes", "note", "comment", "comments", "remarks", "remark", "memo"),
        ("備考", "補足", "メモ", "コメント", "注記", "注意", "特記"),
    ),
    (PRIORITY, ("priority", "importance"), ("優先度", "優先順位", "重要度")),
    (
        ACTIVITY,
        (
            "activity",
            "activities",
            "task",
            "tasks",
            "work item",
            "deliverable",
            "deliverables",
            "step",
            "action",
            "responsibility",
            "responsibilities",
            "duty",
            "item",
            "work",
            "decision",
            "milestone",
        ),
        ("活動", "業務", "タスク", "作業", "責任", "項目", "手順", "成果物", "内容"),
    ),
)
ROLE_WORDS = (
    ("role", "roles", "department", "departments", "team", "teams", "function", "stakeholder", "stakeholders"),
    ("役割", "部門", "部署", "担当", "チーム", "組織", "関係者"),
)
"""Words of a header over role names: in the corner of a transposed table (``Role \\ Task``)."""

_ENGLISH = re.compile(r"[a-z]+|#")


def normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def kind(header: str) -> str | None:
    """The first kind whose words the header holds, or ``None``."""
    text = normal(header)
    if not text:
        return None
    words = _ENGLISH.findall(text)
    joined = " ".join(words)
    for name, english, japanese in _WORDS:
        if any(_has_word(words, joined, w) for w in english) or any(w in text for w in japanese):
            return name
    return None


def exactly(header: str) -> bool:
    """Whether the whole header is one of the words (``備考``), not a name that holds one (``Team 指摘``)."""
    text = normal(header)
    return any(text in english or text in japanese for _, english, japanese in _WORDS)


def says_role(header: str) -> bool:
    """Whether the header names roles (``Role``, ``部門``) rather than activities."""
    text = normal(header)
    words = _ENGLISH.findall(text)
    return any(w in words for w in ROLE_WORDS[0]) or any(w in text for w in ROLE_WORDS[1])


def says_activity(header: str) -> bool:
    return kind(header) == ACTIVITY


def _has_word(words: list[str], joined: str, word: str) -> bool:
    if " " in word:
        return f" {word} " in f" {joined} "
    return word in words
