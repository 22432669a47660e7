"""Agreement figures: raw pairwise agreement and Krippendorff's alpha, checked against
published reference data, hand-computed designed cases and properties of any answers."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raci.workshop import agreement

NAN = None


def units(*rows: list[object]) -> list[Counter[str]]:
    """Coders as rows, units as columns (Krippendorff's layout); ``None`` is a missing value."""
    return [agreement.counts([None if v is None else str(v) for v in column]) for column in zip(*rows, strict=True)]


def test_krippendorffs_own_reliability_data_nominal() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 observers ×
    # 12 units example with missing values: nominal alpha = 0.743.
    data = units(
        [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
        [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
    )
    assert round(agreement.alpha(data) or 0, 3) == 0.743


def test_wikipedia_reliability_data_nominal() -> None:
    # The 3 coders × 15 units example of the Wikipedia article (and the package's docs): 0.691.
    data = units(
        [NAN, NAN, NAN, NAN, NAN, 3, 4, 1, 2, 1, 1, 3, 3, NAN, 3],
        [1, NAN, 2, 1, 3, 3, 4, 3, NAN, NAN, NAN, NAN, NAN, NAN, NAN],
        [NAN, NAN, 2, 1, 3, 4, 4, NAN, 2, 1, 1, 3, 3, NAN, 4],
    )
    assert round(agreement.alpha(data) or 0, 6) == 0.691358


def test_full_agreement_is_one_and_one() -> None:
    same = ["A/R", "C", "", "I", "R", ""]
    data = units(same, same, same, same)
    assert agreement.raw(data) == 1.0
    assert agreement.alpha(data) == 1.0
    assert not any(agreement.contested(u) for u in data)


def test_designed_disagreement_gives_the_hand_computed_figures() -> None:
    # 3 coders, 4 cells: (A/R ×3), (C, C, I), (no role ×3), (A/R, R, A/R).
    # Pairs: 3 a cell, 12 in all; agreeing 3 + 1 + 3 + 1 = 8 → raw 8/12.
    # Coincidences: Do = 4/12; n = 12 with A/R 5, no role 3, C 2, I 1, R 1 →
    # De = (144 - 40) / (12 · 11) = 104/132; alpha = 1 - Do/De = 15/26.
    data = units(["A/R", "C", "", "A/R"], ["A/R", "C", "", "R"], ["A/R", "I", "", "A/R"])
    assert agreement.raw(data) == pytest.approx(8 / 12)
    assert agreement.alpha(data) == pytest.approx(15 / 26)
    assert [agreement.cell_agreement(u) for u in data] == pytest.approx([1, 1 / 3, 1, 1 / 3])


def test_no_variation_or_no_pairs_leaves_alpha_undefined() -> None:
    assert agreement.alpha(units(["", ""], ["", ""])) is None  # everyone: no role, everywhere
    assert agreement.alpha(units(["A/R", NAN], [NAN, "C"])) is None  # no cell has two answers
    assert agreement.raw(units(["A/R", NAN], [NAN, "C"])) is None


def test_missing_answers_are_not_no_role() -> None:
    # Two coders agree on "no role"; a third did not answer: still full agreement.
    data = units(["", "C"], ["", "C"], [NAN, NAN])
    assert agreement.raw(data) == 1.0


@pytest.mark.parametrize(
    ("answers", "contested"),
    [
        (["A/R"] * 5 + ["C"] * 2, False),  # 5-2 of 7: settled
        (["A/R"] * 4 + ["C"] * 3, True),  # 4-3: split
        (["A/R", "A/R", "C", "C"], True),  # a tie
        (["A/R", "A/R", "C"], False),  # two thirds
        (["A/R"], False),  # one answer is no disagreement
    ],
)
def test_contested_cells(answers: list[str], contested: bool) -> None:
    assert agreement.contested(Counter(answers)) is contested


def test_majority_breaks_ties_with_the_spec_then_with_fewer_roles() -> None:
    assert agreement.majority(Counter({"A/R": 2, "C": 2}), "A/R") == ("A/R", True)
    assert agreement.majority(Counter({"A/R": 2, "C": 2}), "I") == ("C", True)
    assert agreement.majority(Counter({"A/R": 3, "C": 2}), "C") == ("A/R", False)


VALUES = st.sampled_from(["", "A/R", "A", "R", "C", "I", "C/I", None])


@given(st.integers(2, 6).flatmap(lambda n: st.lists(st.lists(VALUES, min_size=n, max_size=n), min_size=1, max_size=25)))
def test_any_answers_give_bounded_figures(cells: list[list[str | None]]) -> None:
    data = [agreement.counts(c) for c in cells]
    raw = agreement.raw(data)
    assert raw is None or 0.0 <= raw <= 1.0
    alpha = agreement.alpha(data)
    assert alpha is None or (math.isfinite(alpha) and -1.0 <= alpha <= 1.0)
    if raw == 1.0 and alpha is not None:
        assert alpha == pytest.approx(1.0)
    for found in data:
        chosen, tie = agreement.majority(found)
        if found:
            assert chosen is not None and all(found[chosen] >= n for n in found.values())
            assert tie == (sum(1 for n in found.values() if n == found[chosen]) > 1)
        else:
            assert chosen is None


def test_without_the_workshop_extra_collect_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.workshop import WorkshopError

    monkeypatch.setitem(__import__("sys").modules, "krippendorff", None)  # as if not installed
    with pytest.raises(WorkshopError) as raised:
        agreement.alpha(units(["A/R", "C"], ["A/R", "I"]))
    assert "pip install 'raci[workshop]'" in raised.value.message("en")
    assert "pip install 'raci[workshop]'" in raised.value.message("ja")
