"""A department ``kind`` guessed from a role's name, in Japanese and English.

The guess is a table read top to bottom, first match wins: sure abbreviations of a
function first (AE is sales, CSM is CS), then people and job titles (Project Manager,
Executive Sponsor, 責任者 → ``role``), then the functions' words. English words match
whole words; Japanese ones anywhere in the name. Every guess is written with a comment
asking the user to check it: a name is not a department's charter.
"""

from __future__ import annotations

import re
import unicodedata

GUESSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sales", ("account executive", "ae", "sdr", "bdr", "インサイドセールス", "フィールドセールス")),
    ("cs", ("customer success manager", "csm", "カスタマーサクセスマネージャー", "カスタマーサクセスマネジャー")),
    (
        "role",
        (
            "manager", "sponsor", "lead", "leader", "architect", "director", "head", "vp", "executive",
            "officer", "master", "stakeholder", "stakeholders", "designer", "ceo", "cto", "coo", "cfo", "cro", "owner", "pm", "pmo", "consultant", "analyst",
            "責任者", "マネージャー", "マネジャー", "部長", "課長", "室長", "リーダー", "役員", "社長",
            "オーナー", "スポンサー", "担当者", "アーキテクト", "コンサルタント",
        ),
    ),
    ("marketing", ("marketing", "pmm", "マーケ")),
    ("support", ("support", "helpdesk", "help desk", "service desk", "サポート", "ヘルプデスク")),
    ("cs", ("customer success", "cs", "サクセス")),
    ("sales", ("sales", "営業", "セールス")),
    ("product", ("product", "engineering", "development", "dev", "r&d", "開発", "プロダクト", "エンジニア")),
)  # fmt: skip
"""(kind, words) in the order they are tried."""


def _is_ascii(word: str) -> bool:
    return all(ord(c) < 128 for c in word)


_MATCHERS: tuple[tuple[str, re.Pattern[str] | None, tuple[str, ...]], ...] = tuple(
    (
        kind,
        re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(w) for w in words if _is_ascii(w)) + r")(?![a-z0-9])")
        if any(_is_ascii(w) for w in words)
        else None,
        tuple(w for w in words if not _is_ascii(w)),
    )
    for kind, words in GUESSES
)


def guess_kind(*names: str) -> tuple[str, str | None]:
    """The kind for the first of ``names`` that says one, and the word that decided it
    (``("other", None)`` when none does)."""
    for name in names:
        written = unicodedata.normalize("NFKC", name)
        text = written.casefold()
        for kind, english, japanese in _MATCHERS:
            match = english.search(text) if english is not None else None
            if match is not None:
                same = len(text) == len(written)  # casefold kept the positions: show the word as written
                return kind, written[match.start(1) : match.end(1)] if same else match.group(1)
            word = next((w for w in japanese if w in text), None)
            if word is not None:
                return kind, word
    return "other", None
