"""Table-hygiene rules (T8xx): duplicate rows, a role spelt two ways, a matrix without C or I."""

from __future__ import annotations

import textwrap
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import raci
from raci.graph import OrgGraph
from raci.i18n import t
from raci.rules import Context, Hit, all_rules
from raci.rules.table import edit_distance, marks, near_duplicates, normalise
from raci.spec.model import Spec


def spec_of(departments: str, activities: str) -> Spec:
    text = (
        "version: 1\norg: {name: Acme, locale: en}\ndepartments:\n"
        + textwrap.indent(textwrap.dedent(departments), "  ")
        + "phases:\n  - id: work\n    name: Work\n    activities:\n"
        + textwrap.indent(textwrap.dedent(activities), "      ")
    )
    return raci.loads(text, "org.raci.yaml")


def run(code: str, spec: Spec, **options: Any) -> list[Hit]:
    rule = all_rules()[code]
    return list(rule.check(Context(spec, OrgGraph(spec), {**rule.options, **options})))


def pairs(*names: str) -> list[tuple[int, int, bool]]:
    """near_duplicates over plain one-language names."""
    return list(near_duplicates([([normalise(n)] if normalise(n) else [], marks(n)) for n in names]))


# T801 ---------------------------------------------------------------------------------------

ONE = "- {id: cs, name: CS}\n"


def test_t801_each_copy_points_at_the_first_row() -> None:
    spec = spec_of(
        ONE,
        """\
        - {id: a, name: Kickoff, raci: {cs: A/R}}
        - {id: b, name: kick off, raci: {cs: A/R}}
        - {id: c, name: KICK-OFF, raci: {cs: A/R}}
        """,
    )
    hits = run("T801", spec)
    assert [(h.subject, h.args["other_id"]) for h in hits] == [("b", "a"), ("c", "a")]
    assert "'Kickoff' (a) in phase 'Work'" in t("T801", "en", hits[0].args)
    assert "フェーズ「Work」の活動「Kickoff」（a）と同じ名前です" in t("T801", "ja", hits[0].args)


def test_t801_either_language_matches_but_one_activity_is_never_its_own_duplicate() -> None:
    spec = spec_of(
        ONE,
        """\
        - {id: a, name: {ja: 定例会, en: Weekly sync}, raci: {cs: A/R}}
        - {id: b, name: {ja: 定例会, en: Weekly meeting}, raci: {cs: A/R}}
        - {id: c, name: {ja: Review, en: review}, raci: {cs: A/R}}
        """,
    )
    assert [h.subject for h in run("T801", spec)] == ["b"]


# T802 ---------------------------------------------------------------------------------------


def test_t802_typos_and_plurals_in_either_language() -> None:
    assert pairs("Support", "Suport") == [(1, 0, False)]
    assert pairs("Solution Architect", "Solutions Architect") == [(1, 0, False)]
    assert pairs("Customer Success", "Custmer Sucess") == [(1, 0, False)]  # two edits in a long name
    assert pairs("Support", "Suppotr") == [(1, 0, False)]  # two neighbours swapped: one edit
    assert pairs("カスタマーサクセス", "カスタマサクセス") == [(1, 0, False)]
    assert pairs("Support", "support") == [(1, 0, True)]
    assert pairs("ＣＳ", "cs") == [(1, 0, True)]


def test_t802_different_short_numbered_and_lettered_names_are_left_alone() -> None:
    assert pairs("CS", "SE", "PM", "AM") == []
    assert pairs("法務", "総務", "営業", "営業部") == []
    assert pairs("Tier 1", "Tier 2", "L1 Support", "L2 Support") == []
    assert pairs("第一営業部", "第二営業部", "Team A", "Team B") == []
    assert pairs("Legal", "Local", "Sales", "Sales Engineering") == []


def test_t802_reports_each_later_department_once_against_the_first() -> None:
    spec = spec_of(
        """\
        - {id: support, name: Support}
        - {id: suport, name: Suport}
        - {id: supprt, name: {ja: サポート, en: Supprt}}
        - {id: support_ja, name: {ja: サポート}}
        """,
        "- {id: a, name: A, raci: {support: A/R, suport: I, supprt: I, support_ja: I}}\n",
    )
    hits = run("T802", spec)
    assert [(h.subject, h.key) for h in hits] == [  # a subject names the pair in id order: stable under reordering
        ("suport~support", None),
        ("support~supprt", None),
        ("support_ja~supprt", "T802.same"),
    ]
    assert "looks like a misspelling of 'Support' (support)" in t("T802", "en", hits[0].args)
    assert "「Support」（support）の書き間違いのようです" in t("T802", "ja", hits[0].args)


WORD = st.text(st.sampled_from("abcdeKLMNxyzアイウカキ営業部"), min_size=1, max_size=12)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@given(WORD, st.sampled_from([str.upper, str.lower, fullwidth, lambda s: " ".join(s), lambda s: f"-{s}."]))
def test_t802_a_name_written_in_another_case_width_or_spacing_is_the_same_name(name: str, variant: Any) -> None:
    """Decided: case, width and spacing do not make a new role; such a pair is always
    reported (as the same name), however short — and a name alone is never reported."""
    assert pairs(name) == []
    assert pairs(name, variant(name)) == [(1, 0, True)]


@given(WORD, st.integers(0, 99), st.integers(0, 99))
def test_t802_names_that_differ_in_their_number_are_different_teams(name: str, first: int, second: int) -> None:
    if first != second:
        assert pairs(f"{name} {first}", f"{name} {second}") == []


@given(st.lists(st.text("abcd", max_size=14), max_size=8))
def test_t802_the_index_finds_what_comparing_every_pair_finds(names: list[str]) -> None:
    """The part index is an optimisation: it must report exactly the later names that a
    comparison with every earlier name reports, against the same first match (a name with
    nothing left to compare, such as "", is compared with nothing)."""
    expected = []
    for later, name in enumerate(names):
        for earlier in range(later if name else 0):
            other = names[earlier]
            if not other:
                continue
            if name == other:
                expected.append((later, earlier, True))
                break
            limit = 0 if min(len(name), len(other)) < 4 else 2 if min(len(name), len(other)) >= 12 else 1
            if limit and edit_distance(name, other, limit) <= limit:
                expected.append((later, earlier, False))
                break
    assert pairs(*names) == expected


@given(st.text("abc", max_size=8), st.text("abc", max_size=8))
def test_edit_distance_is_the_optimal_string_alignment_distance(a: str, b: str) -> None:
    def reference(x: str, y: str) -> int:
        d = [[i + j if i * j == 0 else 0 for j in range(len(y) + 1)] for i in range(len(x) + 1)]
        for i in range(1, len(x) + 1):
            for j in range(1, len(y) + 1):
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] != y[j - 1]))
                if i > 1 and j > 1 and x[i - 1] == y[j - 2] and x[i - 2] == y[j - 1]:
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        return d[len(x)][len(y)]

    exact = reference(a, b)
    assert edit_distance(a, b, 20) == exact
    assert edit_distance(a, b, 1) == min(exact, 2)
    assert edit_distance(a, b, 1) == edit_distance(b, a, 1)


# T803 ---------------------------------------------------------------------------------------

TWO = "- {id: cs, name: CS}\n- {id: support, name: Support}\n"


def rows(*cells: str) -> str:
    return "".join(f"- {{id: a{i}, name: A{i}, raci: {c}}}\n" for i, c in enumerate(cells))


def test_t803_once_per_spec_naming_the_letter_that_is_never_used() -> None:
    plain = ["{cs: A/R}"] * 4
    assert [(h.key, h.args["count"]) for h in run("T803", spec_of(TWO, rows(*plain, "{support: A/R}")))] == [(None, 5)]
    assert [h.key for h in run("T803", spec_of(TWO, rows(*plain, "{cs: A/R, support: C}")))] == ["T803.i"]
    assert [h.key for h in run("T803", spec_of(TWO, rows(*plain, "{cs: A/R, support: I}")))] == ["T803.c"]
    assert run("T803", spec_of(TWO, rows(*plain, "{cs: A/R, support: C/I}"))) == []


def test_t803_leaves_small_matrices_alone() -> None:
    spec = spec_of(TWO, rows("{cs: A/R}", "{support: A/R}"))
    assert run("T803", spec) == []
    assert [h.subject for h in run("T803", spec, min_activities=2)] == ["matrix"]


def test_t802_keeps_its_subject_when_the_two_departments_swap_places() -> None:
    """A baseline entry must survive reordering the departments."""
    rows = "- {id: a, name: A, raci: {support: A/R, suport: I}}\n"
    first = spec_of("- {id: support, name: Support}\n- {id: suport, name: Suport}\n", rows)
    swapped = spec_of("- {id: suport, name: Suport}\n- {id: support, name: Support}\n", rows)
    assert [h.subject for h in run("T802", first)] == [h.subject for h in run("T802", swapped)] == ["suport~support"]


@given(st.text(st.sampled_from("aZ9_ -・.（）ＡＢ１営業ーｶﾞé\u3000\tß!İ"), max_size=12) | st.text(max_size=12))
def test_normalise_answers_as_the_one_pattern_did(text: str) -> None:
    """The shortcuts (a translate table for ASCII, nothing to drop in an all-letters name)
    keep exactly what NFKC, case folding and removing every ``[\\W_]`` kept."""
    import re
    import unicodedata

    folded = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    assert normalise(text) == re.sub(r"[\W_]+", "", folded)
