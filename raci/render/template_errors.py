"""Mistakes in a user's ``--templates`` folder, reported as theirs: file, line, what went wrong.

A user's template can fail in any way Python can (``{{ 1/0 }}``, a macro that calls
itself, a file that is not UTF-8, something the sandbox refuses). Such a failure is
bad input — exit 2 with the place to fix — not a bug in raci (exit 3). A failure with
no frame in the user's folder is in raci's own templates, and stays a bug.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import FileSystemLoader, TemplateError, TemplateNotFound, TemplateSyntaxError
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path

from raci.i18n import t
from raci.render import RenderError


class UnreadableTemplate(Exception):
    """A template file that exists but cannot be read as UTF-8 text."""

    def __init__(self, path: str, line: int, reason: str | None = None) -> None:
        super().__init__(f"{path}:{line}: {reason or 'not UTF-8'}")
        self.path, self.line, self.reason = path, line, reason


class CheckedLoader(FileSystemLoader):
    """Jinja2's file loader, with unreadable files raised as :class:`UnreadableTemplate`
    (Jinja2 lets a ``UnicodeDecodeError`` through without the file's name)."""

    def get_source(self, environment: Any, template: str) -> Any:
        try:
            return super().get_source(environment, template)
        except TemplateNotFound:
            raise
        except UnicodeDecodeError:
            path = self._path_of(template)
            raise UnreadableTemplate(path, _bad_line(path)) from None
        except OSError as error:
            path = self._path_of(template)
            raise UnreadableTemplate(path, 1, error.strerror or str(error)) from None

    def _path_of(self, template: str) -> str:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            candidate = os.path.join(folder, *pieces)
            if os.path.isfile(candidate):
                return os.path.normpath(candidate)
        return template


def _bad_line(path: str) -> int:
    """The line of the first byte that is not UTF-8."""
    try:
        data = Path(path).read_bytes()
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return data.count(b"\n", 0, error.start) + 1
    except OSError:
        pass
    return 1


def user_problem(error: BaseException, folder: Path | None, lang: str) -> RenderError | None:
    """A one-line :class:`RenderError` when ``error`` comes from a template in ``folder``
    (the user's ``--templates``), else ``None``: the error is raci's own."""
    if folder is None:
        return None
    root = os.path.abspath(folder)

    def mine(path: str | None) -> bool:
        return bool(path) and os.path.abspath(str(path)).startswith(root + os.sep)

    if isinstance(error, UnreadableTemplate):
        if not mine(error.path):
            return None
        key = "render.template.unreadable" if error.reason else "render.template.not_utf8"
        return RenderError(t(key, lang, {"where": f"{error.path}:{error.line}", "reason": error.reason or ""}))
    if isinstance(error, TemplateSyntaxError):
        where = f"{error.filename}:{error.lineno}" if mine(error.filename) else None
    else:
        where = _deepest(error.__traceback__, mine)
    if where is None:
        return None
    if isinstance(error, SecurityError):
        return RenderError(t("render.template.unsafe", lang, {"where": where, "error": str(error).rstrip(".")}))
    if isinstance(error, RecursionError):
        return RenderError(t("render.template.recursion", lang, {"where": where}))
    detail = error.message if isinstance(error, TemplateError) and error.message else f"{type(error).__name__}: {error}"
    return RenderError(t("render.template.failed", lang, {"where": where, "error": detail}))


def _deepest(trace: TracebackType | None, mine: Any) -> str | None:
    """``file:line`` of the innermost frame of ``trace`` in one of the user's templates
    (Jinja2 rewrites tracebacks so that template frames carry the template's line)."""
    where = None
    while trace is not None:
        path = trace.tb_frame.f_code.co_filename
        if mine(path):
            where = f"{path}:{trace.tb_lineno}"
        trace = trace.tb_next
    return where
