"""``raci render <view>`` and ``raci report``: a view of one spec to a file or standard output."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from raci.commands.common import fail, load_or_report, report_unreadable, wants_color, write_output
from raci.i18n import detect_lang, t
from raci.spec.load import collector_paused


def render(
    view: str,
    spec_path: str,
    *,
    fmt: str | None = None,
    output: str | None = None,
    lang: str | None = None,
    templates: str | None = None,
    department: str | None = None,
    font: str | None = None,
    paper: str = "a4",
    color: bool | None = None,
    direction: str = "auto",
    out: TextIO | None = None,
) -> int:
    """Render one view of a spec to ``output`` (atomically) or standard output."""
    from raci import render as rendering
    from raci.config import ConfigError
    from raci.lint import config_for_spec

    if output == "-":
        output = None  # `-o -`: standard output, as `-` means standard input elsewhere
    fmt = fmt or format_of(output, rendering.RENDERERS[view].formats)
    module = rendering.get(view)
    if fmt in module.BINARY and not output:
        return fail(t("cli.binary_needs_output", detect_lang(lang), {"format": fmt}))
    spec = load_or_report(spec_path, lang)
    if spec is None:
        return 2
    options = rendering.Options(
        lang=detect_lang(lang, spec.org.locale),
        templates=Path(templates) if templates else None,
        department=department,
        font=font,
        color=wants_color(out or sys.stdout, color) if color is not None or not output else False,
        paper=paper,
        direction=direction,
    )
    try:
        config = config_for_spec(spec_path)
    except ConfigError as error:
        return report_unreadable(error.path, error.problems, lang, None)
    if fmt == "xlsx":
        from raci.render.workbook import import_openpyxl_without_numpy

        import_openpyxl_without_numpy()  # raci's own process: numpy is not needed to write text
    try:
        with collector_paused():  # a large view is rows and strings without cycles: see spec.load
            result = module.render(rendering.document(spec, config), fmt, options)
    except rendering.RenderError as error:  # also a mistake in the user's --templates (file:line)
        return fail(str(error))
    data = result.encode("utf-8") if isinstance(result, str) else result
    if output:
        return write_output(output, data, options.lang, inputs=[spec_path])
    stream = out or sys.stdout
    stream.write(data.decode("utf-8"))
    stream.flush()
    return 0


_EXTENSIONS = {"markdown": "md", "text": "txt", "htm": "html", "mmd": "mermaid", "gv": "dot"}


def format_of(output: str | None, formats: tuple[str, ...]) -> str:
    """The format ``-o FILE``'s extension names (``map.png``, ``org.graphml``) when the view has
    it, else the view's default: ``-o g.json`` without ``-f`` must not hold GraphML."""
    if output:
        extension = Path(output).suffix.lower().lstrip(".")
        extension = _EXTENSIONS.get(extension, extension)
        if extension in formats:
            return extension
    return formats[0]
