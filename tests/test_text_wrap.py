"""The one wrapping rule (raci.text.wrap): Japanese breaks at phrase boundaries under the
kinsoku rules, Latin at spaces, widths in display columns, nothing lost."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci.text import width
from raci.text.wrap import NO_LINE_END, NO_LINE_START, wrap

KNOWN_WORDS = [
    "活用定着チーム",
    "キックオフミーティング",
    "成功基準",
    "受注",
    "割合",
    "導入支援",
    "カスタマーサクセス",
    "ヘルススコア",
    "引き継ぎ",
    "オンボーディング",
    "問い合わせ",
    "エクスパンション",
    "フィードバック",
    "プロダクト",
]
SENTENCES = [
    "成功基準を合意して受注した割合",
    "導入完了判定と活用定着チームへの引き継ぎ",
    "顧客とのキックオフミーティング",
    "営業から導入支援チームへの引き継ぎ会議",
    "ヘルススコアの監視と低スコア顧客への連絡",
    "顧客の声（VoC）のプロダクトへのフィードバック",
    "カスタマーサクセスのオンボーディングを担当する",
    "エクスパンションの問い合わせを受ける",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("columns", [8, 10, 12, 14, 16, 20, 24, 28])
def test_known_words_stay_whole(sentence: str, columns: int) -> None:
    for balance in (False, True):
        lines = wrap(sentence, columns, balance=balance)
        assert "".join(lines) == sentence
        for word in KNOWN_WORDS:
            if word in sentence and width(word) <= columns:
                assert any(word in line for line in lines), (word, lines)


def test_the_issue_s_examples_break_between_phrases() -> None:
    assert wrap("CS部 活用定着チーム", 16) == ["CS部", "活用定着チーム"]
    assert wrap("顧客とのキックオフミーティング", 24) == ["顧客との", "キックオフミーティング"]
    assert wrap("成功基準を合意して受注した割合", 18) == ["成功基準を合意して", "受注した割合"]


def test_latin_breaks_at_spaces_and_never_inside_a_word() -> None:
    message = "headcount must be a whole number, not the text 'headcount' (a string in YAML)"
    lines = wrap(message, 30)
    assert all(width(line) <= 30 for line in lines)
    assert " ".join(lines) == message
    assert "'headcount'" in "\n".join(lines).split("\n")[1] or any("'headcount'" in line for line in lines)


def test_a_code_span_is_not_broken_and_overflow_keeps_a_long_one_whole() -> None:
    assert wrap("see `raci kpis show ID` now", 20) == ["see", "`raci kpis show ID`", "now"]
    assert wrap("see `raci kpis show ID` now", 12, overflow=True) == ["see", "`raci kpis show ID`", "now"]
    assert all(width(line) <= 12 for line in wrap("see `raci kpis show ID` now", 12))


def test_hang_makes_later_lines_narrower_and_line_breaks_stay() -> None:
    lines = wrap("one two three four five six", 10, hang=3)
    assert lines[0] == "one two" and all(width(line) <= 7 for line in lines[1:])
    assert wrap("a\n\nb", 10) == ["a", "", "b"]


def test_width_counts_full_width_characters_twice() -> None:
    assert wrap("導入支援導入支援", 8) == ["導入支援", "導入支援"]


VOCABULARY = [
    *KNOWN_WORDS,
    "顧客",
    "の",
    "を",
    "に",
    "が",
    "は",
    "と",
    "して",
    "する",
    "です",
    "ます",
    "KPI",
    "CS",
    "raci",
]
VOCABULARY += ["the", "customer", "handoff", "owner", "phase", "2026", "120万円", "50%", "ヘルプセンター・FAQ"]
OPEN, CLOSE, AFTER = "「『（【〔(", "」』）】〕)", "、。！？…ー"


@st.composite
def mixes(draw: st.DrawFn) -> str:
    """Japanese and Latin words, some in brackets or followed by punctuation, with or without spaces."""
    parts = []
    for _ in range(draw(st.integers(1, 30))):
        word = draw(st.sampled_from(VOCABULARY))
        if draw(st.booleans()) and draw(st.booleans()):
            pair = draw(st.integers(0, len(OPEN) - 1))
            word = OPEN[pair] + word + CLOSE[pair]
        if draw(st.booleans()) and draw(st.booleans()):
            word += draw(st.sampled_from(AFTER))
        parts.append(word + draw(st.sampled_from(["", "", " ", "\u3000"])))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(mixes(), st.integers(min_value=16, max_value=60), st.booleans())
def test_no_line_starts_or_ends_with_a_forbidden_character(text: str, columns: int, balance: bool) -> None:
    lines = wrap(text, columns, balance=balance)
    assert "".join("".join(lines).split()) == "".join(text.split())
    for line in lines:
        assert width(line) <= columns, line
        assert line[:1] not in NO_LINE_START, lines
        assert line[-1:] not in NO_LINE_END, lines


HOSTILE = "ab Zy9-_\u3000漢字顧客カタナァ・ー、。「」（）()[]!?%`\n\t"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=HOSTILE, max_size=300), st.integers(min_value=1, max_value=40), st.integers(0, 6))
def test_any_text_keeps_every_character_in_lines_that_fit(text: str, columns: int, hang: int) -> None:
    lines = wrap(text, columns, hang=hang)
    assert "".join("".join(lines).split()) == "".join(text.split())
    limit = max(columns - hang, 1)
    assert all(width(line) <= max(columns if index == 0 else limit, 2) for index, line in enumerate(lines))


def test_ten_thousand_characters_come_out_whole_in_bounded_lines() -> None:
    for text in ("x" * 10_000, "顧" * 10_000, "ー" * 10_000, "「" * 5_000, "あ、" * 5_000, "`a b` " * 2000):
        lines = wrap(text, 28)
        assert "".join("".join(lines).split()) == "".join(text.split())
        assert max(width(line) for line in lines) <= 28


def test_english_text_does_not_load_budoux() -> None:
    code = (
        "import sys; from raci.text.wrap import wrap; wrap('plain English text ' * 20, 20);"
        "assert 'budoux' not in sys.modules; wrap('日本語の文章です', 6); assert 'budoux' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
