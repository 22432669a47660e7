"""The loader's fast scans answer exactly what the plain scans they replaced answered.

The nesting pre-scan counts brackets chunk by chunk in C and walks only the chunks that
could pass the limit; deep block runs are searched only where two indicators follow each
other; the suppression scan looks only at lines with a suppression's own words (every
activity has a ``raci:`` key). Each is compared here with the straightforward version.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from raci.spec import parse, suppressions
from raci.spec.parse import MAX_DEPTH, flow_too_deep


def walk_every_bracket(text: str) -> int | None:
    """The scan as it was: every bracket, one by one."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for match in re.finditer(r"[\[\]{}]", text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            return match.start()
    return None


pieces = st.sampled_from(["[", "]", "{", "}", "a", ", ", "\n", "x: ", "[" * 50, "]" * 50, "{" * 120, "-", "? "])


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=400), st.integers(min_value=0, max_value=9000))
def test_flow_depth_matches_walking_every_bracket(parts: list[str], pad: int) -> None:
    text = "p" * pad + "".join(parts)  # shifts the brackets across chunk boundaries
    assert flow_too_deep(text) == walk_every_bracket(text)


def test_flow_depth_finds_the_first_bracket_past_the_limit_in_any_chunk() -> None:
    for offset in (0, 1, parse.CHUNK - 1, parse.CHUNK, 3 * parse.CHUNK + 17):
        text = "k: v\n" * (offset // 5) + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
        assert flow_too_deep(text) == walk_every_bracket(text) == text.index("[") + MAX_DEPTH
    balanced = "- {id: a, raci: {cs: A/R, sales: [C, I]}}\n" * 5000
    assert flow_too_deep(balanced) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["- ", "? ", "-\t", "x", "\n", " ", "-", "?"]), max_size=600))
def test_deep_block_prefilter_never_hides_a_run(parts: list[str]) -> None:
    text = "".join(parts) + "- " * MAX_DEPTH * (len(parts) % 2)
    found = parse._DEEP_BLOCK.search(text)
    prefiltered = any(p.search(text) for p in parse._TWO_INDICATORS)
    assert found is None or prefiltered


def scan_every_raci_line(text: str) -> list[tuple[tuple[str, ...], str, int, int, int]]:
    """The suppression scan as it was: every line with ``raci:`` tried."""
    lines = text.splitlines()
    out = []
    for number, line in enumerate(lines, start=1):
        if "raci:" not in line:
            continue
        match = re.search(suppressions._PATTERN, line)
        if match is None:
            continue
        column = line.index("#", match.start()) + 1
        own_line = not line[: column - 1].strip()
        target = suppressions._next_content_line(lines, number) if own_line else number
        codes = tuple(c.strip().upper() for c in match[1].split(",") if c.strip())
        out.append((codes, match[2], number, column, target))
    return out


lines = st.sampled_from(
    [
        "    raci: {cs: A/R}",
        "    raci: {cs: A/R}  # raci: ignore[R106] reason here",
        "  # raci: ignore[P3, r101]",
        "#raci:ignore[X001]",
        "name: 'a # raci: ignore[R101]'",
        "",
        "# just a comment",
        "    - {id: a, raci: {cs: A}}",
        "# raci: ignore",
        "x: y\r",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, max_size=30))
def test_suppression_scan_finds_what_the_line_by_line_scan_found(chosen: list[str]) -> None:
    text = "\n".join(chosen)
    found = [(s.codes, s.reason, s.span.line, s.span.column, s.target_line) for s in suppressions.scan(text, "f")]
    assert found == scan_every_raci_line(text)
