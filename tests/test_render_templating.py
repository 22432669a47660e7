"""The shared template environment escapes HTML templates, whatever their suffix."""

from __future__ import annotations

from pathlib import Path

from raci.render.templating import environment


def test_html_templates_are_autoescaped(tmp_path: Path) -> None:
    for name in ("page.html.j2", "page.html", "drawing.svg.j2"):
        (tmp_path / name).write_text("{{ x }}", encoding="utf-8")
    (tmp_path / "notes.md.j2").write_text("{{ x }}", encoding="utf-8")
    env = environment(tmp_path)
    for name in ("page.html.j2", "page.html", "drawing.svg.j2"):
        assert env.get_template(name).render(x="<script>") == "&lt;script&gt;"
    assert env.get_template("notes.md.j2").render(x="<b>") == "<b>"
