"""The shared template environment escapes HTML templates, whatever their suffix."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from raci.render.templating import environment
from tests.conftest import ROOT


def test_html_templates_are_autoescaped(tmp_path: Path) -> None:
    for name in ("page.html.j2", "page.html", "drawing.svg.j2"):
        (tmp_path / name).write_text("{{ x }}", encoding="utf-8")
    (tmp_path / "notes.md.j2").write_text("{{ x }}", encoding="utf-8")
    env = environment(tmp_path)
    for name in ("page.html.j2", "page.html", "drawing.svg.j2"):
        assert env.get_template(name).render(x="<script>") == "&lt;script&gt;"
    assert env.get_template("notes.md.j2").render(x="<b>") == "<b>"


def test_a_render_command_turns_the_collector_back_on_even_when_it_fails(tmp_path: Path) -> None:
    """`raci render` pauses the garbage collector while it builds a view (a third of a large
    report); a program that calls the command — and a failing render — must get it back on."""
    import gc
    import io

    from raci.commands.render import render

    spec = ROOT / "specs" / "startup-allrounder.raci.yaml"
    assert gc.isenabled()
    assert render("report", str(spec), output=str(tmp_path / "r.html")) == 0
    assert gc.isenabled()
    assert render("charter", str(spec), department="nobody-here", out=io.StringIO()) == 2
    assert gc.isenabled()


def _report(tmp_path: Path, name: str, **env: str) -> tuple[subprocess.CompletedProcess[bytes], bytes]:
    """``raci report`` of the small example in a fresh process, with ``env`` on top."""
    out = tmp_path / name
    spec = ROOT / "specs" / "startup-allrounder.raci.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "raci", "report", str(spec), "-o", str(out)],
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        check=False,
    )
    return done, out.read_bytes() if out.exists() else b""


def test_compiled_templates_are_kept_between_runs_and_change_nothing(tmp_path: Path) -> None:
    """The second report reads the templates' compiled code from Jinja2's owner-only cache
    folder (a sixth of a small report's time) and is the same file, byte for byte; with
    RACI_TEMPLATE_CACHE=0 nothing is written."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    off, page_off = _report(tmp_path, "off.html", TMPDIR=str(temp), RACI_TEMPLATE_CACHE="0")
    assert off.returncode == 0, off.stderr
    assert not list(temp.rglob("raci-*.cache"))
    first, page_first = _report(tmp_path, "first.html", TMPDIR=str(temp))
    cached = sorted(temp.rglob("raci-*.cache"))
    assert first.returncode == 0 and cached, first.stderr
    assert all(stat.S_IMODE(p.parent.stat().st_mode) == 0o700 for p in cached)
    written = {p: p.stat().st_ino for p in cached}
    second, page_second = _report(tmp_path, "second.html", TMPDIR=str(temp))
    assert second.returncode == 0, second.stderr
    assert {p: p.stat().st_ino for p in cached} == written  # read, not compiled and written again
    assert page_off == page_first == page_second


def test_an_unusable_cache_folder_or_a_broken_cache_file_never_stops_a_report(tmp_path: Path) -> None:
    """A cache folder that is not a folder (someone else's file in its place), or a cache
    file cut short, only means compiling again."""
    _, page = _report(tmp_path, "reference.html", RACI_TEMPLATE_CACHE="0")
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / f"_jinja2-cache-{os.getuid()}").write_text("not a folder")
    done, blocked_page = _report(tmp_path, "blocked.html", TMPDIR=str(blocked))
    assert done.returncode == 0, done.stderr
    assert blocked_page == page
    broken = tmp_path / "broken"
    broken.mkdir()
    _report(tmp_path, "warm.html", TMPDIR=str(broken))
    for cache in broken.rglob("raci-*.cache"):
        cache.write_bytes(cache.read_bytes()[:40])
    done, broken_page = _report(tmp_path, "broken.html", TMPDIR=str(broken))
    assert done.returncode == 0, done.stderr
    assert broken_page == page
