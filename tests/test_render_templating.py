"""The shared template environment escapes HTML templates, whatever their suffix."""

from __future__ import annotations

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
