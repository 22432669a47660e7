"""The pull-request comment: golden output of a large change, and text from the spec kept harmless."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from markdown_it import MarkdownIt

import raci
from raci.diff import diff
from raci.diff.format_md import SHOWN_PER_KIND, render
from raci.diff.formatting import Options
from raci.spec.write import dump
from tests.conftest import ROOT, check_golden_file

GOLDEN = ROOT / "tests" / "golden" / "diff"


def _bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"raci_bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def large() -> raci.diff.Diff:
    """About 200 changes on a generated 600-activity organisation, the same every run."""
    text = _bench("generate").generate_spec(600, seed=3)
    new = dump(_bench("diff").changed(text, 240, seed=1))
    return diff(raci.loads(text, "org.raci.yaml"), raci.loads(new, "org.raci.yaml"))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_comment_of_a_large_change_is_golden(large: raci.diff.Diff, lang: str) -> None:
    check_golden_file(GOLDEN / f"large.{lang}.md", render(large, Options(lang=lang)))


def test_the_comment_of_a_large_change_stays_readable(large: raci.diff.Diff) -> None:
    counts = large.counts()
    assert sum(counts.values()) >= 200 and counts["breaking"] > 30
    text = render(large, Options(lang="en"))
    assert len(text) < 65_536, "GitHub refuses longer comments"
    lines = text.splitlines()
    assert (
        lines[0]
        == f"### raci diff: {sum(counts.values())} changes ({counts['breaking']} breaking, {counts['notable']} notable, {counts['cosmetic']} cosmetic)"
    )
    table = lines.index("| Department | Accountable (A) | Responsible (R) | KPIs owned |")
    breaking = lines.index(f"**Breaking changes ({counts['breaking']})**")
    assert table < breaking < lines.index(f"<details><summary>Notable changes ({counts['notable']})</summary>")
    assert sum(1 for line in lines if line.startswith("- ")) < 200, "long lists are cut with a count"
    assert any(re.fullmatch(r"- … and \d+ more \(the full list: raci diff --format json\)", line) for line in lines)
    groups = re.findall(r"^\*(.+) \((\d+)\)\*$", text, flags=re.M)
    assert groups and all(int(n) > 0 for _, n in groups)
    assert max(int(n) for _, n in groups) > SHOWN_PER_KIND


HOSTILE = [
    "a | b",
    "<script>alert(1)</script>",
    "``code`` and `tick`",
    "**bold** _em_ [link](https://example.com) ![img](x.png)",
    "@octocat #42",
    "& &amp; \\| \\",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_names_cannot_break_the_table_or_inject_html(name: str, tmp_path: Path) -> None:
    base = (ROOT / "tests" / "data" / "diff" / "base.raci.yaml").read_text(encoding="utf-8")
    quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    old = raci.loads(base)
    renewal = "raci: {cs: A/R, sales: C}, mode: proactive, kpis: [nrr]}"
    new_text = base.replace("name: Sales,", f"name: {quoted},").replace(
        renewal, renewal.replace("cs: A/R, sales: C", "cs: R, sales: A/C")
    )
    new_text = new_text.replace("name: Renewal talk,", f"name: {quoted},")
    text = render(diff(old, raci.loads(new_text)), Options(lang="en"))
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<strong>bold" not in html
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    assert len(rows) == 3  # the header, sales, cs
    assert all(row.count("<td") + row.count("<th") == 4 for row in rows)
    visible = (
        re.sub(r"<[^>]+>", "", html)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&amp;", "&")
    )
    assert name.replace("@", "@\u200b") in visible, "the name reads as written"
