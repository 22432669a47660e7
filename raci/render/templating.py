"""Jinja2 templates: shipped in ``templates/``, overridable with ``--templates DIR``.

HTML templates are autoescaped (anything from a spec — names, notes — is text, never
markup); Markdown and text templates are not, and their renderers escape what Markdown
would misread (see :func:`md_cell`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from raci.resources import data_dir


@functools.lru_cache(maxsize=8)
def environment(override: Path | None = None) -> Any:
    """A Jinja2 environment that looks in ``override`` first, then the shipped templates.

    Cached: compiling a template costs more than rendering it, and the report renders
    the charter once per department. Callers may add filters but must not change
    settings (autoescape follows the template name, see :func:`_autoescape`).
    """
    import jinja2

    folders = [str(override)] if override else []
    folders.append(str(data_dir("templates")))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_cell
    return env


def _autoescape(name: str | None) -> bool:
    """Escape HTML, XML and SVG templates, named ``x.html`` or ``x.html.j2`` alike."""
    base = (name or "").removesuffix(".j2")
    return base.endswith((".html", ".htm", ".xml", ".svg"))


def render_template(name: str, override: Path | None = None, **context: Any) -> str:
    return environment(override).get_template(name).render(**context)


_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def md_cell(text: object) -> str:
    """Text safe inside a Markdown table cell: no pipes, no line breaks, no markup or entities."""
    escaped = _ENTITY.sub("&amp;", str(text))  # "&amp;" stays as typed; "A & B" stays readable
    return _MD_SPECIAL.sub(r"\\\1", escaped).replace("\r", " ").replace("\n", " ")


def dot_string(text: object) -> str:
    """A DOT double-quoted string body: backslashes and quotes escaped, newlines as \\n."""
    value = str(text).replace("\\", "\\\\").replace('"', '\\"')
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def dot_html(text: object) -> str:
    """Text for a DOT HTML-like label: XML-escaped."""
    value = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace('"', "&quot;").replace("\n", "<br/>")


def mermaid_text(text: object) -> str:
    """Text for a Mermaid label inside double quotes: quotes and markup as entity codes."""
    replacements = {"&": "#amp;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "`": "#96;", "\n": " ", "\r": " "}
    return "".join(replacements.get(ch, ch) for ch in str(text))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: object) -> object:
    """A value safe in CSV/XLSX: text starting like a formula is prefixed with a quote."""
    if isinstance(text, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text
