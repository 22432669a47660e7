"""Japanese help that fits the terminal: click's own words in Japanese, and lines wrapped
by display width at phrase boundaries.

click wraps help by counting characters, so a Japanese line of 78 characters takes 156
columns, and it breaks Japanese anywhere; its own words ("Usage:", "Options",
"[default: …]") come from gettext, which raci does not ship. :func:`japanese` swaps
click's wrap, width and words for the time a Japanese help is printed and puts them
back afterwards (a program may call :func:`raci.cli.main` twice in two languages).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click.core
import click.formatting

from raci.text import width


def wrap_text(
    text: str,
    width: int = 78,
    initial_indent: str = "",
    subsequent_indent: str = "",
    preserve_paragraphs: bool = False,
) -> str:
    """click's :func:`click.formatting.wrap_text`, measuring display columns (CJK count
    two) and breaking Japanese at phrase boundaries (:mod:`raci.text.wrap`). A paragraph
    after a line holding only ``\\b`` keeps its lines, as in click."""
    text = text.expandtabs()
    if not preserve_paragraphs:
        return _fill(text, width, initial_indent, subsequent_indent)
    paragraphs: list[tuple[int, bool, list[str]]] = []
    lines: list[str] = []
    indent = 0
    for line in [*text.splitlines(), ""]:
        if line:
            if not lines:
                indent = len(line) - len(line.lstrip())
            lines.append(line.strip() if not lines or lines[0] != "\b" else line)
        elif lines:
            raw = lines[0] == "\b"
            paragraphs.append((indent, raw, lines[1:] if raw else lines))
            lines = []
    out = []
    for indent, raw, paragraph in paragraphs:
        extra = " " * indent
        if raw:
            out.append(
                "\n".join(
                    (initial_indent if i == 0 else subsequent_indent) + extra + line for i, line in enumerate(paragraph)
                )
            )
        else:
            out.append(_fill(" ".join(paragraph), width, initial_indent + extra, subsequent_indent + extra))
    return "\n\n".join(out)


def _fill(text: str, columns: int, first: str, rest: str) -> str:
    from raci.text.wrap import wrap

    room = columns - width(rest)
    lines = wrap(" ".join(text.split()), room, first=width(first) - width(rest))
    return "\n".join((first if i == 0 else rest) + line for i, line in enumerate(lines))


def _measure_table(rows: object) -> tuple[int, ...]:
    widths: dict[int, int] = {}
    for row in rows:  # type: ignore[attr-defined]
        for index, column in enumerate(row):
            widths[index] = max(widths.get(index, 0), width(column))
    return tuple(size for _, size in sorted(widths.items()))


@contextmanager
def japanese() -> Iterator[None]:
    """Within the block, click writes help in Japanese words, wrapped by display width."""
    from raci.i18n.cli_help import CLICK

    def translate(message: str) -> str:
        return CLICK.get(message, message)

    patches = [
        (click.formatting, "wrap_text", wrap_text),
        (click.formatting, "term_len", width),
        (click.formatting, "measure_table", _measure_table),
        (click.formatting, "_", translate),
        (click.core, "_", translate),
    ]
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    for module, name, value in patches:
        setattr(module, name, value)
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
