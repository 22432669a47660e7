"""raci report: one self-contained page with every view, inline SVG or a fallback without Graphviz."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

ACME = ROOT / "specs" / "acme-functional.raci.yaml"
STARTUP = ROOT / "specs" / "startup-allrounder.raci.yaml"


def test_report_has_every_section(raci, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = raci("report", str(ACME), "-o", str(out))
    assert result.code == 0, result.all
    html = out.read_text(encoding="utf-8")
    for anchor in ("findings", "mission", "matrix", "lifecycle", "kpi-tree", "charters"):
        assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html
    for department in ("sales", "cs_onboarding", "cs_adoption", "cs_expansion", "support", "product"):
        assert f'id="charter-{department}"' in html
    assert html.count("<svg") >= 2  # lifecycle map and KPI tree, inline
    assert "目次" in html and "RACI マトリクス" in html  # the spec's locale is ja
    assert "オンボーディング完了率" in html
    assert not re.search(r"""(src|href)=["']https?:""", html)  # self-contained
    assert "data-raci-matrix" in html  # the matrix with its filters


def test_report_is_deterministic_and_follows_lang(raci, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    assert raci("report", str(STARTUP), "-o", str(first)).code == 0
    assert raci("report", str(STARTUP), "-o", str(second)).code == 0
    assert first.read_bytes() == second.read_bytes()
    japanese = tmp_path / "ja.html"
    assert raci("report", "--lang", "ja", str(STARTUP), "-o", str(japanese)).code == 0
    assert "目次" in japanese.read_text(encoding="utf-8")
    assert "Contents" in first.read_text(encoding="utf-8")


def test_report_without_graphviz_falls_back_to_tables(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    out = tmp_path / "report.html"
    env = {**os.environ, "PATH": str(empty), "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "raci", "report", "--lang", "en", str(ACME), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "<svg" not in html.split("</header>", 1)[1].split('id="charters"')[0]
    assert "Graphviz is not installed" in html
    assert '<table class="fallback">' in html and "Onboarding completion rate" in html


def test_report_needs_an_output_file(raci) -> None:
    result = raci("report", str(ACME))
    assert result.code == 2 and "-o" in result.err
