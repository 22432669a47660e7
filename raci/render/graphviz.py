"""Running Graphviz: DOT text (written by raci, labels escaped) to SVG, PNG or PDF bytes.

raci writes the DOT itself and runs the ``dot`` program on it; the DOT and Mermaid
formats need nothing installed. When ``dot`` is missing, :func:`run_dot` raises a
:class:`~raci.render.RenderError` with one line that says how to install it.

Japanese names need a font with CJK glyphs, or Graphviz draws empty boxes: the default
is "Noto Sans CJK JP" (Debian: ``fonts-noto-cjk``; it covers Latin text too), and
``--font`` (:attr:`Options.font`) picks another. :func:`font_attributes` sets it on the
graph, its nodes and its edges.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Mapping

from raci.i18n import t
from raci.render import Document, Options, RenderError
from raci.render.templating import dot_string

DEFAULT_FONT = "Noto Sans CJK JP"
IMAGE_FORMATS = ("svg", "png", "pdf")
TIMEOUT = 120
"""Seconds ``dot`` may take; a spec big enough to need more is better rendered as DOT."""

_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}")


def font(options: Options) -> str:
    """The font family for Graphviz images: ``--font``, else a CJK-capable default."""
    return (options.font or "").strip() or DEFAULT_FONT


def font_attributes(options: Options, indent: str = "  ") -> list[str]:
    """DOT lines that set the font on the graph, its nodes and its edges."""
    name = dot_string(font(options))
    return [f'{indent}{kind} [fontname="{name}"];' for kind in ("graph", "node", "edge")]


def run_dot(dot: str, fmt: str, lang: str = "en") -> bytes:
    """``dot -T<fmt>`` on ``dot``: the image bytes, deterministic for the same input.

    Raises :class:`RenderError` (one line) when ``dot`` is not installed or fails.
    """
    return start_dot(dot, fmt, lang)()


def start_dot(dot: str, fmt: str, lang: str = "en") -> Callable[[], bytes]:
    """Start ``dot -T<fmt>`` on ``dot`` and return at once: the function returned waits
    for it and gives the bytes (or raises as :func:`run_dot`). The report draws its two
    diagrams while it writes the charters, on the machine's other core.

    The DOT goes in through a temporary file, not a pipe: a pipe would block once full
    while nobody reads dot's output yet."""
    import tempfile

    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"not an image format: {fmt}")
    program = shutil.which("dot")
    if program is None:
        raise RenderError(t("graphviz.missing", lang, {"format": fmt}))
    with tempfile.TemporaryFile() as source:
        source.write(dot.encode("utf-8"))
        source.seek(0)
        try:
            proc = subprocess.Popen([program, f"-T{fmt}"], stdin=source, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except OSError as error:
            raise RenderError(t("graphviz.failed", lang, {"reason": _one_line(str(error))})) from error

    def finish() -> bytes:
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired as error:
            proc.kill()
            proc.communicate()
            raise RenderError(t("graphviz.failed", lang, {"reason": _one_line(str(error))})) from error
        if proc.returncode != 0 or not out:
            reason = _one_line(err.decode("utf-8", "replace")) or f"exit {proc.returncode}"
            raise RenderError(t("graphviz.failed", lang, {"reason": reason}))
        if fmt == "pdf":
            # cairo stamps the time of day into the PDF; the same spec must give the same bytes
            # (same length, so the cross-reference offsets stay right).
            out = _PDF_DATE.sub(lambda m: m.group(0)[:-14] + b"19700101000000", out)
        return out

    return finish


def render_graph(
    doc: Document,
    fmt: str,
    options: Options,
    to_dot: Callable[[Document, Options], str],
    text_formats: Mapping[str, Callable[[Document, Options], str]],
    view: str,
) -> str | bytes:
    """The ``render`` of a graph view (KPI tree, lifecycle map): a text format by its own
    function, ``dot`` as the DOT text, an image format as that DOT drawn by Graphviz."""
    if fmt in text_formats:
        return text_formats[fmt](doc, options)
    if fmt != "dot" and fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown format {fmt!r} for {view}")
    dot = to_dot(doc, options)
    return dot if fmt == "dot" else run_dot(dot, fmt, options.lang)


def _one_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else ""


# Helpers shared by the graph views (KPI tree, lifecycle map) ------------------------


def wrap(text: str, width: int = 30) -> list[str]:
    """A label's lines of at most ``width`` columns, about equally long (a box reads best
    so): :func:`raci.text.wrap.wrap`, the rule every place raci wraps text follows."""
    from raci.text.wrap import wrap as wrap_text

    return wrap_text(text, width, balance=True)


def mermaid_ids() -> dict[str, str]:
    """A fresh table for :func:`mermaid_id` (one per diagram)."""
    return {}


def mermaid_id(table: dict[str, str], prefix: str, raw: str) -> str:
    """A Mermaid node id for ``raw``: ``prefix`` + [A-Za-z0-9_] only, unique within ``table``.

    The prefix keeps ids clear of Mermaid's keywords (``end``, ``graph``…) and of the
    edge syntax (an id starting with ``o`` or ``x`` after ``--``).
    """
    key = f"{prefix}\0{raw}"
    if key in table:
        return table[key]
    base = prefix + re.sub(r"[^A-Za-z0-9_]", "_", raw)
    candidate, n = base, 1
    used = set(table.values())
    while candidate in used:
        n += 1
        candidate = f"{base}_{n}"
    table[key] = candidate
    return candidate


def mermaid_styles(classes: Mapping[str, list[str]], links: list[str], link_style: str) -> list[str]:
    """The last lines of a Mermaid flowchart: each class on its nodes (none left empty),
    then ``link_style`` on the links numbered in ``links`` (the problem ones)."""
    out = [f"  class {','.join(nodes)} {name}" for name, nodes in classes.items() if nodes]
    if links:
        out.append(f"  linkStyle {','.join(links)} {link_style}")
    return out


def label_rows(rows: list[str], align: str | None = None, width: float | None = None) -> str:
    """An HTML-like label with one table row per line: CJK fonts are taller than Graphviz
    assumes, and lines joined with <BR/> would touch. ``width`` (points) keeps
    left-aligned text at the left of a wider box. Rows must already be escaped."""
    cell = f'<TD ALIGN="{align}">' if align else "<TD>"
    cells = "".join(f"<TR>{cell}{row}</TD></TR>" for row in rows)
    size = f' WIDTH="{round(width)}"' if width else ""
    return f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1"{size}>{cells}</TABLE>'
