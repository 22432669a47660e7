"""`raci kpis` lists the KPI library; `raci kpis show ID` explains one, in Japanese or English."""

from __future__ import annotations

import re

import pytest

from raci.spec.kpi_library import LIBRARY
from tests.conftest import run_raci


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_list_has_every_library_kpi_with_level_name_unit_direction(lang: str) -> None:
    result = run_raci("kpis", "--lang", lang)
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0].split() == (
        ["ID", "レベル", "名前", "単位", "望ましい方向"]
        if lang == "ja"
        else ["id", "level", "name", "unit", "direction"]
    )
    rows = {line.split()[0]: line for line in lines[1 : 1 + len(LIBRARY)]}
    assert list(rows) == list(LIBRARY)
    for kpi in LIBRARY.values():
        row = rows[kpi.id]
        assert kpi.name.get(lang) in row and f" {kpi.unit} " in row
    assert "低いほど良い" in rows["churn_rate"] if lang == "ja" else "lower is better" in rows["churn_rate"]
    assert ("活動 KPI" if lang == "ja" else "activity KPI") in rows["customer_meetings"]
    assert "use: ID" in result.out  # how to use one in a spec


def test_list_columns_line_up_with_japanese_names() -> None:
    from raci.text import width

    lines = run_raci("kpis", "--lang", "ja").out.splitlines()[: 1 + len(LIBRARY)]
    starts = set()
    for line in lines:
        parts = re.split(r"(\s{2,})", line)  # cells and the padding between them
        starts.add(tuple(width("".join(parts[:i])) for i in range(2, len(parts), 2)))
    assert len(starts) == 1  # every column starts at the same display column: full-width counts two


def test_show_explains_one_kpi_in_english() -> None:
    result = run_raci("kpis", "show", "churn_rate", "--lang", "en")
    assert result.code == 0
    out = result.out
    for expected in (
        "churn_rate: Monthly churn rate",
        "name (ja):",
        "月次解約率（チャーンレート）",
        "name (en):",
        "level:",
        "KGI",
        "formula:",
        "accounts cancelled in the month",
        "direction:",
        "lower is better",
        "unit:",
        "description:",
        "benchmark:",
        "2.84 % a month",
        "{use: churn_rate, owner:",
    ):
        assert expected in out, expected


def test_show_explains_one_kpi_in_japanese() -> None:
    result = run_raci("kpis", "show", "accounts_per_csm", "--lang", "ja")
    assert result.code == 0
    for expected in ("計算式:", "担当顧客数 ÷ CS 担当者数", "望ましい方向:", "低いほど良い", "ベンチマーク:", "97 社"):
        assert expected in result.out, expected


def test_show_without_a_benchmark_has_no_benchmark_line() -> None:
    result = run_raci("kpis", "show", "nps", "--lang", "en")
    assert result.code == 0 and "benchmark" not in result.out
    assert "% promoters (9–10) − % detractors (0–6)" in result.out


def test_lang_comes_from_the_group_option_then_the_environment() -> None:
    assert "計算式:" in run_raci("kpis", "--lang", "ja", "show", "nrr").out
    assert "計算式:" in run_raci("kpis", "show", "nrr", env={"LANG": "ja_JP.UTF-8"}).out
    assert "formula:" in run_raci("kpis", "show", "nrr", env={"LANG": "en_US.UTF-8"}).out
    assert "望ましい方向" in run_raci("kpis", env={"LANG": "ja_JP.UTF-8"}).out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "raci: no KPI in the library is called 'chrun_rate' (did you mean 'churn_rate'?); 'raci kpis' lists them",
        ),
        ("ja", "ライブラリに 'chrun_rate' という KPI はありません（'churn_rate' の誤りではありませんか？）"),
    ],
)
def test_unknown_id_exits_2_with_did_you_mean(lang: str, expected: str) -> None:
    result = run_raci("kpis", "show", "chrun_rate", "--lang", lang)
    assert result.code == 2 and result.out == ""
    assert expected in result.err


def test_unknown_id_without_a_close_match() -> None:
    result = run_raci("kpis", "show", "zzz", "--lang", "en")
    assert result.code == 2 and "did you mean" not in result.err and "'raci kpis' lists them" in result.err


def test_library_function_without_click() -> None:
    import io

    from raci.commands import init as commands

    out = io.StringIO()
    assert commands.kpis("nrr", "en", out=out) == 0
    assert out.getvalue().startswith("nrr: NRR (net revenue retention)\n")
    out = io.StringIO()
    assert commands.kpis(None, "en", out=out) == 0
    assert "upsell_rate" in out.getvalue()
