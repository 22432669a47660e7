"""What several commands share: failing with a message, writing an output file, colour,
and reporting a file that cannot be used as a spec."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from raci.i18n import detect_lang, t

if TYPE_CHECKING:
    from raci.spec.model import Spec
    from raci.spec.problems import Problem


def fail(message: str) -> int:
    """Say why the command cannot go on (standard error); exit code 2."""
    sys.stderr.write(f"raci: {message}\n")
    return 2


def wants_color(out: TextIO, choice: bool | None) -> bool:
    """Colour when asked, else when writing to a terminal and NO_COLOR is unset or empty
    (no-color.org: only a non-empty NO_COLOR turns colour off)."""
    if choice is not None:
        return choice
    return not os.environ.get("NO_COLOR") and is_terminal(out)


def is_terminal(out: TextIO) -> bool:
    isatty = getattr(out, "isatty", None)
    return bool(isatty is not None and isatty())


def terminal_width(out: TextIO) -> int | None:
    """The columns of the terminal ``out`` writes to (``COLUMNS`` first), else ``None``:
    piped and redirected output keeps one line a finding for grep and CI logs."""
    if not is_terminal(out):
        return None
    import shutil

    return shutil.get_terminal_size().columns


def write_output(path: str, data: bytes, lang: str, inputs: Sequence[str] = ()) -> int:
    """Write an output file through the guard (:mod:`raci.output`); a refused or failed
    write is the user's to fix (exit 2)."""
    from raci.output import OutputError, write

    try:
        write(path, data, inputs=inputs)
    except OutputError as error:
        return fail(error.message(lang))
    return 0


def load_or_report(spec_path: str, lang: str | None) -> Spec | None:
    """The spec, or ``None`` after printing why it cannot be read (text format, stderr)."""
    from raci.spec.load import load
    from raci.spec.problems import SpecError

    try:
        return load(spec_path)
    except SpecError as error:
        report_unreadable(error.source, error.problems, lang, error.locale)
        return None


def report_unreadable(source: str, problems: Sequence[Problem], lang: str | None, locale: str | None) -> int:
    """Print why a spec or configuration file cannot be used (text format, stderr); exit code 2."""
    from raci import reporters
    from raci.findings import Report, from_problems

    report = Report(files=[source], findings=from_problems(problems), unreadable={source})
    options = reporters.Options(
        lang=detect_lang(lang, locale), color=wants_color(sys.stderr, None), width=terminal_width(sys.stderr)
    )
    reporters.get("text")(report, sys.stderr, options)
    return 2


def no_specs_in_a_folder(paths: Sequence[str], lang: str | None) -> int | None:
    """Exit 2 when a folder argument holds no spec: a wrong path must not pass CI silently."""
    from raci.spec.load import discover

    for path in paths:
        if path != "-" and os.path.isdir(path) and not discover([path]):
            return fail(t("no_spec_files", detect_lang(lang), {"path": path}))
    return None
