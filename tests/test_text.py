"""raci.text: the one display width, the one cut and the one did-you-mean every layer uses."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from raci.text import char_width, cut, suggest, width

TEXTS = st.text(alphabet="ab Z9-_\u3000漢字顧客カタナァ・ー、。「」（）()Ａ１é\u0301", max_size=60)


def test_japanese_and_full_width_characters_take_two_columns() -> None:
    assert width("CS") == 2
    assert width("顧客") == 4
    assert width("Ａ１") == 4  # typed with a Japanese input method
    assert width("ｶﾀｶﾅ") == 4  # half-width katakana take one
    assert width("") == 0


@given(TEXTS)
def test_width_is_the_sum_of_the_characters(text: str) -> None:
    assert width(text) == sum(char_width(c) for c in text)
    assert len(text) <= width(text) <= 2 * len(text)


@given(TEXTS, st.integers(min_value=1, max_value=12))
def test_cut_keeps_every_character_in_pieces_that_fit(text: str, columns: int) -> None:
    pieces = cut(text, columns)
    assert "".join(pieces) == text
    assert all(pieces[:-1])  # no empty piece but perhaps the rest of an empty text
    # a piece is wider than the line only when it is one character wider than the line
    assert all(width(p) <= columns or len(p) == 1 for p in pieces)
    # and as full as it can be: the next piece's first character would not have fitted
    for piece, after in itertools.pairwise(pieces):
        assert width(piece) + char_width(after[0]) > columns


def test_cut_measures_with_the_callers_measure() -> None:
    assert cut("ab\ufe0fcd", 2, lambda c: 0 if c == "\ufe0f" else 1) == ["ab\ufe0f", "cd"]
    assert cut("顧客成功", 4) == ["顧客", "成功"]


def test_suggest_finds_a_near_miss() -> None:
    assert suggest("departmnts", ["departments", "phases", "kpis"]) == "departments"
    assert suggest("PHASES", ["departments", "phases"]) == "phases"  # case
    assert suggest("jp", ["ja", "en"]) == "ja"  # a common alias for a language
    assert suggest("onboa", ["onboarding", "adoption"]) == "onboarding"
    assert suggest("rene", ["renewal_risk", "renewal_rate"]) is None  # a prefix of two is no answer
    assert suggest("zzz", ["departments", "phases"]) is None
