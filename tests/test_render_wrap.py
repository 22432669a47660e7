"""Line wrapping in the views and the terminal layout: linear, bounded, nothing lost
(the rule itself is tested in tests/test_text_wrap.py).

Speed itself is measured in bench/render.py, never here; these tests check results: a
10,000-character name comes out whole, in lines of bounded width.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from raci.render import Options, document, get
from raci.render.graphviz import wrap
from raci.render.matrix_layout import NAME_MIN, WIDTH, layout
from raci.spec.load import loads
from raci.spec.model import Text
from raci.text import width as width_of
from raci.text.wrap import wrap as starter_wrap

# Latin, spaces (an ideographic one too), kanji, katakana, kana that may not start a
# line, opening and closing brackets of both widths, and line breaks.
LETTERS = "ab Zy9-_\u3000漢字顧客カタナァ・ー、。「」（）()[]!?%"
texts = st.text(alphabet=LETTERS + "\n", max_size=90)


def content(text: str) -> str:
    """What must survive wrapping: everything but spaces and line breaks."""
    return "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LETTERS + "\n\t", max_size=3000), st.integers(min_value=2, max_value=40))
def test_graph_label_lines_are_bounded_and_nothing_is_lost(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(width_of(line) <= width for line in lines)
    assert content("".join(lines)) == content(text)


def test_a_ten_thousand_character_word_is_cut_into_lines_of_the_width() -> None:
    for word in ("x" * 10_000, "顧" * 10_000, "カ" * 10_000, "「" + "x" * 10_000, "a" + "ー" * 10_000, "、" * 10_000):
        lines = wrap(word, 28)
        assert max(width_of(line) for line in lines) <= 28, word[:2]
        assert "".join(lines) == word
    assert all(width_of(line) == 28 for line in wrap("x" * 10_000, 28)[:-1])


def test_a_ten_thousand_character_activity_name_fits_the_terminal_table() -> None:
    """The loader caps names at 200 characters (S010); a spec built in code has no cap."""
    name = "Onboarding" * 1000
    spec = loads(
        textwrap.dedent(
            """\
            version: 1
            org: {name: Acme}
            departments: [{id: cs, name: CS, kind: cs}, {id: sales, name: Sales, kind: sales}]
            phases:
              - id: onboarding
                name: Phase
                activities: [{id: kickoff, name: Kickoff, raci: {cs: A/R, sales: C}}]
            """
        ),
        "org.raci.yaml",
    )
    phase = spec.phases[0]
    activity = replace(phase.activities[0], name=Text(en=name))
    spec = replace(spec, phases=(replace(phase, name=Text(en="Phase" * 2000), activities=(activity,)),))
    text = get("matrix").render(document(spec), "term", Options(color=False))
    assert isinstance(text, str)
    assert max(width_of(line) for line in text.splitlines()) <= 80
    lines = text.splitlines()
    table = lines[lines.index(next(line for line in lines if line.startswith("---"))) + 1 :]
    table = table[: table.index("")]
    shown = "".join(re.sub(r"\s+A/R\s+C$", "", line).removeprefix("! ").strip() for line in table)
    assert "Phase" * 2000 + name in shown  # the phase title, then the row's name: whole


ids = st.lists(st.text(alphabet="abcde_019", min_size=1, max_size=14), min_size=0, max_size=70, unique=True)


STARTER_LETTERS = "ab Zy9`:/()（）「」漢字顧客導入、。!?ーャ"


def test_starter_wrapping_keeps_everything_of_a_long_hostile_text() -> None:
    for text in ("( " * 5000, "x" * 10_000, "あ、" * 5000, "`a、b` " * 2000):
        assert content("".join(starter_wrap(text, 76))) == content(text)


names = st.lists(st.text(alphabet="abc XYZ_019データ分析導入支援部チーム（）", min_size=1, max_size=20), max_size=70)


@settings(max_examples=200, deadline=None)
@given(names, st.data())
def test_terminal_layout_places_every_department_once_in_tables_that_fit(
    departments: list[str], data: st.DataObject
) -> None:
    cells = data.draw(st.lists(st.integers(1, 5), min_size=len(departments), max_size=len(departments)))
    chunks, headings, widths = layout(departments, cells)
    assert sorted(i for chunk in chunks for i in chunk) == list(range(len(departments)))
    for chunk in chunks:
        assert sum(widths[i] + 1 for i in chunk) <= WIDTH - NAME_MIN or len(chunk) == 1
    for heading, column, cell in zip(headings, widths, cells, strict=True):
        assert 1 <= len(heading.lines) <= 3 and column >= cell
        assert all(width_of(line) <= column for line in heading.lines), (heading, column)


def test_three_hundred_departments_are_split_into_tables_of_about_equal_size() -> None:
    departments = [f"Department {n}" for n in range(300)] + [f"部門{n}" for n in range(50)]
    chunks, headings, _ = layout(departments, [1 + n % 3 for n in range(len(departments))])
    assert sorted(i for chunk in chunks for i in chunk) == list(range(len(departments)))
    assert max(map(len, chunks)) - min(map(len, chunks)) <= max(map(len, chunks)) // 2 + 1
    assert len({heading.lines for heading in headings}) == len(departments)  # every column told apart
