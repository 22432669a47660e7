"""Words of real tables as data: phase names → lifecycle stages, katakana loan words → English.

A Japanese table names its sections 「オンボーディング」「活用促進」「更新」: with
:data:`STAGE_WORDS` the importer gives such a phase its lifecycle stage (and the stage's id),
so the lifecycle checks run on Japanese tables as they do on English ones. With
:data:`LOAN_WORDS` an id reads as the English the katakana spells (カスタマーサクセス →
``customer_success``, not ``kasutamaasakusesu``). Tables, not code, so that docs/import.md
can show them and a word is added in one line.
"""

from __future__ import annotations

import re
import unicodedata

STAGE_WORDS: tuple[tuple[str, str], ...] = (
    # (word, stage): a phase whose name holds words of one stage only gets that stage
    ("lead", "lead"),
    ("leads", "lead"),
    ("prospect", "lead"),
    ("prospecting", "lead"),
    ("リード", "lead"),
    ("見込み客", "lead"),
    ("見込客", "lead"),
    ("contract", "contract"),
    ("deal", "contract"),
    ("商談", "contract"),
    ("契約", "contract"),
    ("受注", "contract"),
    ("onboarding", "onboarding"),
    ("implementation", "onboarding"),
    ("オンボーディング", "onboarding"),
    ("導入", "onboarding"),
    ("立ち上げ", "onboarding"),
    ("adoption", "adoption"),
    ("活用", "adoption"),
    ("定着", "adoption"),
    ("利用促進", "adoption"),
    ("renewal", "renewal"),
    ("renewals", "renewal"),
    ("更新", "renewal"),
    ("継続", "renewal"),
    ("リニューアル", "renewal"),
    ("expansion", "expansion"),
    ("upsell", "expansion"),
    ("cross-sell", "expansion"),
    ("拡大", "expansion"),
    ("アップセル", "expansion"),
    ("クロスセル", "expansion"),
    ("advocacy", "advocacy"),
    ("referral", "advocacy"),
    ("推奨", "advocacy"),
    ("事例", "advocacy"),
    ("support", "support"),
    ("サポート", "support"),
    ("問い合わせ", "support"),
    ("問合せ", "support"),
)
"""Common phase words in English and Japanese and the lifecycle stage each names."""

LOAN_WORDS: tuple[tuple[str, str], ...] = (
    # (katakana, English id words): a katakana run made only of these reads as the English
    ("カスタマーサクセス", "customer_success"),
    ("カスタマー", "customer"),
    ("サクセス", "success"),
    ("サポート", "support"),
    ("マーケティング", "marketing"),
    ("マーケ", "marketing"),
    ("セールス", "sales"),
    ("インサイドセールス", "inside_sales"),
    ("フィールドセールス", "field_sales"),
    ("オンボーディング", "onboarding"),
    ("キックオフ", "kickoff"),
    ("ミーティング", "meeting"),
    ("ヘルスチェック", "health_check"),
    ("トレーニング", "training"),
    ("アップセル", "upsell"),
    ("クロスセル", "cross_sell"),
    ("リニューアル", "renewal"),
    ("エンジニアリング", "engineering"),
    ("エンジニア", "engineer"),
    ("プロダクト", "product"),
    ("マネージャー", "manager"),
    ("マネジャー", "manager"),
    ("リーダー", "leader"),
    ("チーム", "team"),
    ("グループ", "group"),
    ("センター", "center"),
    ("パートナー", "partner"),
    ("リード", "lead"),
)
"""Katakana loan words common in CS tables, with the English an id should use."""

_ASCII_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc-\u30ff]+")  # not ・, which separates words
_STAGES = {unicodedata.normalize("NFKC", w).casefold(): s for w, s in STAGE_WORDS}
_LOANS = sorted(((k, v) for k, v in LOAN_WORDS), key=lambda pair: -len(pair[0]))


def stage_of(name: str) -> str | None:
    """The lifecycle stage ``name`` clearly names, else ``None``.

    Clearly: an English word of the table as a whole word (``Customer onboarding``), or a
    Japanese one that starts or ends the name (「活用促進」「顧客オンボーディング」, not
    「継続的な改善」's middle), and no word of another stage anywhere (「更新・拡大」: none).
    """
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    words = _ASCII_WORD.findall(text)
    named = {stage for word, stage in _STAGES.items() if (word in words if word.isascii() else word in text)}
    clear = any(
        (word in words) if word.isascii() else (text.startswith(word) or text.endswith(word))
        for word, stage in _STAGES.items()
        if stage in named
    )
    return named.pop() if len(named) == 1 and clear else None


def english_loans(text: str) -> str:
    """Each katakana run made wholly of :data:`LOAN_WORDS` replaced by its English, spaced apart."""
    return _KATAKANA.sub(lambda m: _segment(m.group()) or m.group(), text)


def _segment(run: str) -> str | None:
    """``カスタマーサクセス`` → `` customer_success ``; ``None`` when a part is not a known word."""
    words: list[str] = []
    rest = run
    while rest:
        match = next(((k, v) for k, v in _LOANS if rest.startswith(k)), None)
        if match is None:
            return None
        words.append(match[1])
        rest = rest[len(match[0]) :]
    return f" {' '.join(words)} "
