"""Jinja2 templates (shipped in ``templates/``, overridable with ``--templates DIR``) and
the escaping helpers every output format goes through.

HTML templates are autoescaped (anything from a spec — names, notes — is text, never
markup); Markdown and text templates are not, and their renderers escape what Markdown
would misread (see :func:`md_cell`). A user's templates run in Jinja2's immutable
sandbox: a pull request that brings its own templates cannot reach Python's internals,
files or commands through them. Every value a template prints has its control
characters made visible (:func:`visible`), so no name reaches a terminal as an escape
sequence.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from raci.resources import data_dir

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup

    from raci.render import Options


@functools.lru_cache(maxsize=8)
def environment(override: Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment that looks in ``override`` first, then the shipped templates.

    With ``override`` it is an ``ImmutableSandboxedEnvironment``: the user's templates
    (and the shipped ones they include) may read what they are given, nothing more.
    Cached: compiling a template costs more than rendering it, and the report renders
    the charter once per department. Callers may add filters but must not change
    settings (autoescape follows the template name, see :func:`_autoescape`).
    """
    import jinja2

    from raci.render.template_errors import CheckedLoader

    folders = [str(override)] if override else []
    folders.append(str(data_dir("templates")))
    kind = _environment_classes()[bool(override)]
    env = kind(
        loader=CheckedLoader(folders),
        bytecode_cache=None if override else _compiled_cache(),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_cell
    env.filters["holders"] = holders_html
    return env


def _compiled_cache() -> jinja2.BytecodeCache | None:
    """The shipped templates' compiled code, kept between runs by Jinja2's own file cache.

    Compiling the report's four templates was a sixth of a 1k-activity report. The files
    live in Jinja2's per-user folder in the system temp directory, which it creates
    owner-only and refuses when it is not; a folder raci cannot use turns the cache off,
    never the command. The file names carry a digest of this module, whose settings shape
    the compiled code (Jinja2 checks the template's source and its own version). A user's
    ``--templates`` are compiled afresh every run. ``RACI_TEMPLATE_CACHE=0`` turns it off."""
    import hashlib
    import os

    from jinja2 import FileSystemBytecodeCache

    if os.environ.get("RACI_TEMPLATE_CACHE", "1") == "0":
        return None

    class Quiet(FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a file cut short or garbled (pickle, marshal raise many kinds): compile
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):  # a full disk or a read-only folder: no cache this time
                super().dump_bytecode(bucket)

    try:
        with open(__file__, "rb") as source:
            digest = hashlib.sha1(source.read(), usedforsecurity=False).hexdigest()[:12]
        return Quiet(pattern=f"raci-{digest}-%s.cache")
    except (OSError, RuntimeError):  # no safe folder for it
        return None


_DICT_ATTRIBUTES = frozenset(dir(dict))


@functools.lru_cache(maxsize=1)
def _environment_classes() -> tuple[type[jinja2.Environment], type[jinja2.Environment]]:
    """The plain and the sandboxed environment, each reading ``row.name`` of a dict row
    as ``row["name"]`` first.

    Jinja2 tries ``getattr(row, "name")`` first: on a dict it raises and is caught, which
    costs ten times the lookup (0.8 µs against 0.07), and the report's rows are dicts —
    half a million lookups at 10k activities. The answer is the same: a plain ``dict``
    has no attributes but its methods, so a name that is not a method can only be an
    item (``row.items`` still finds the method, as in Jinja2)."""
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def dict_first(base: Any) -> Any:
        def getattr_(self: Any, obj: Any, attribute: str) -> Any:
            if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
                try:
                    return obj[attribute]
                except KeyError:
                    pass
            return base(self, obj, attribute)

        return getattr_

    class Plain(jinja2.Environment):
        getattr = dict_first(jinja2.Environment.getattr)

    class Sandboxed(ImmutableSandboxedEnvironment):
        getattr = dict_first(ImmutableSandboxedEnvironment.getattr)

    return Plain, Sandboxed


def _autoescape(name: str | None) -> bool:
    """Escape HTML, XML and SVG templates, named ``x.html`` or ``x.html.j2`` alike."""
    base = (name or "").removesuffix(".j2")
    return base.endswith((".html", ".htm", ".xml", ".svg"))


@functools.cache
def checked_markup() -> type[Markup]:
    """Markup whose every part raci has already made visible (control characters as
    U+FFFD), so printing it need not scan it again. Only raci's own HTML builders make it
    (:meth:`raci.render.matrix_model.Matrix.cells_html`): a 10k-activity matrix has 10,000
    rows of 2 KB, and scanning them was a fifth of the report's page template."""
    from markupsafe import Markup

    class Checked(Markup):
        __slots__ = ()

    return Checked


def _finalize(value: object) -> object:
    """Every printed value: control characters made visible, markup kept markup."""
    if (
        isinstance(value, str)
        and not value.isprintable()  # a fast "no" for most text
        and type(value) is not checked_markup()
        and _CONTROL.search(value)
    ):
        from markupsafe import Markup

        return Markup(visible(value)) if isinstance(value, Markup) else visible(value)
    return value


def render_template(name: str, options: Options, context: Mapping[str, Any]) -> str:
    """``name`` rendered with ``context``; a mistake in the user's ``--templates`` is a
    :class:`~raci.render.RenderError` that names their file and line (never a raci bug)."""
    from raci.render.template_errors import user_problem

    try:
        return environment(options.templates).get_template(name).render(**context)
    except Exception as error:  # a user's template can raise anything; ours are raci's bugs
        problem = user_problem(error, options.templates, options.lang)
        if problem is None:
            raise
        raise problem from None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 and C1 control characters other than tab and line breaks, and DEL."""
REPLACEMENT = "\ufffd"


def visible(text: object) -> str:
    """``text`` with control characters as U+FFFD: an ESC in a name must not reach a terminal
    as an escape sequence, and XML (XLSX, SVG) and Graphviz reject most of them."""
    return _CONTROL.sub(REPLACEMENT, str(text))


def holders_html(rows: Iterable[Mapping[str, str]], sep: str) -> Any:
    """Departments and their cells for an HTML page: ``Sales <b class="role-C">C</b>, …``,
    names escaped. A filter rather than a template loop because the report's charters print
    one such list per owned activity, seven template outputs a department: 100,000 at 10k
    activities, a third of the charters' time."""
    from markupsafe import Markup, escape

    return Markup(str(escape(sep)).join(_holder(row["name"], row["cell"]) for row in rows))


@functools.lru_cache(maxsize=4096)
def _holder(name: str, cell: str) -> str:
    """One department and its cell, escaped (a few dozen pairs, asked for 100,000 times)."""
    from markupsafe import escape

    return f'{escape(name)} <b class="role-{escape(cell[:1])}">{escape(cell)}</b>'


_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def md_cell(text: object) -> str:
    """Text safe inside a Markdown table cell: no pipes, no line breaks, no markup or entities."""
    escaped = _ENTITY.sub("&amp;", visible(text))  # "&amp;" stays as typed; "A & B" stays readable
    return _MD_SPECIAL.sub(r"\\\1", escaped).replace("\r", " ").replace("\n", " ")


def dot_string(text: object) -> str:
    r"""A DOT double-quoted string body: backslashes and quotes escaped, newlines as \n.

    A doubled backslash is how Graphviz shows one: a name such as ``x \N`` must not
    turn into the node's id (Graphviz expands ``\N``, ``\G``, ``\L``… in labels)."""
    value = visible(text).replace("\\", "\\\\").replace('"', '\\"')
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def dot_html(text: object) -> str:
    r"""Text for a DOT HTML-like label: XML-escaped, backslashes doubled, never empty.

    Graphviz expands ``\N``, ``\G``… in HTML-like labels too (after decoding entities,
    so ``&#92;`` does not help; ``\\`` shows one backslash), and rejects an empty
    ``<B></B>`` or ``<FONT></FONT>``: an empty line of text becomes one space."""
    value = visible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = value.replace('"', "&quot;").replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\n", "<br/>") or " "


_MERMAID = {
    "&": "#amp;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "`": "#96;",
    "#": "#35;",
    "%": "#37;",
    "\n": " ",
    "\r": " ",
    "\t": " ",
}
"""Mermaid entity codes: ``#`` so that a name like ``#quot;`` stays text, ``%`` so that
``%%{init: …}%%`` in a name is never read as a directive that reconfigures the diagram."""


def mermaid_text(text: object) -> str:
    """Text for a Mermaid label inside double quotes: quotes, markup, ``#`` and ``%`` as
    entity codes, control characters made visible."""
    return "".join(_MERMAID.get(ch, ch) for ch in visible(text))


def mermaid_title(text: object) -> str:
    """Text for the ``title: '…'`` of a Mermaid front matter (a YAML single-quoted string)."""
    return visible(text).replace("'", "''").replace("\r", " ").replace("\n", " ")


_FORMULA_START = frozenset("=+-@＝＋－＠")
"""What makes a spreadsheet read a cell as a formula, the full-width forms included
(a Japanese input method types them, and spreadsheets may accept them)."""


def formula_like(text: str) -> bool:
    """Whether a spreadsheet might run ``text`` as a formula: it starts with one of
    ``= + - @`` (or their full-width forms), possibly after whitespace, or with a tab or
    a carriage return (OWASP's list, and what LibreOffice and Excel skip before a formula)."""
    if text.startswith(("\t", "\r")):
        return True
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in _FORMULA_START


def spreadsheet_cell(text: object) -> object:
    """A value safe in CSV: text that looks like a formula is prefixed with a quote (the
    OWASP advice; Excel and LibreOffice then show it as text). The XLSX workbook writes
    such text as a string cell instead (see :mod:`raci.render.matrix_sheet`)."""
    if isinstance(text, str) and formula_like(text):
        return "'" + text
    return text
