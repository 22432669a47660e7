"""One plain function per CLI command: arguments in, exit code out.

The click layer in :mod:`raci.cli` only parses; these functions do the work through
the library and can be called (and tested) without click.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TextIO

from raci import reporters
from raci.i18n import detect_lang, t
from raci.lint import check_paths
from raci.spec.load import discover


def wants_color(out: TextIO, choice: bool | None) -> bool:
    """Colour when asked, else when writing to a terminal and NO_COLOR is not set."""
    if choice is not None:
        return choice
    return "NO_COLOR" not in os.environ and hasattr(out, "isatty") and out.isatty()


def validate(
    paths: Sequence[str],
    *,
    fmt: str = "text",
    fail_on: str = "error",
    lang: str | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    color: bool | None = None,
    out: TextIO | None = None,
) -> int:
    """Validate spec files and folders, print the report, return the exit code (0, 1 or 2)."""
    out = out or sys.stdout
    for path in paths:
        if path != "-" and os.path.isdir(path) and not discover([path]):
            sys.stderr.write("raci: " + t("no_spec_files", detect_lang(lang), {"path": path}) + "\n")
            return 2
    report = check_paths(paths, select=select, ignore=ignore)
    chosen = detect_lang(lang, report.locale())
    options = reporters.Options(lang=chosen, color=fmt == "text" and wants_color(out, color))
    reporters.get(fmt)(report, out, options)
    return report.exit_code(fail_on)


def schema(out: TextIO | None = None) -> int:
    """Print the JSON Schema of the spec format."""
    from raci.spec.schema import dumps

    (out or sys.stdout).write(dumps())
    return 0


def examples(name: str | None = None, out: TextIO | None = None) -> int:
    """List the bundled example specs, or print one to start from."""
    from raci.resources import examples as bundled

    out = out or sys.stdout
    found = bundled()
    if name is None:
        width = max(map(len, found), default=0)
        for key, path in found.items():
            first = _description(path)
            out.write(f"{key:<{width}}  {first}\n")
        return 0
    if name not in found:
        from raci.spec.shape import suggest

        hint = suggest(name, list(found))
        sys.stderr.write(f"raci: no bundled example '{name}'" + (f" (did you mean '{hint}'?)" if hint else "") + "\n")
        sys.stderr.write("raci: 'raci examples' lists them\n")
        return 2
    out.write(found[name].read_text(encoding="utf-8"))
    return 0


def _description(path: object) -> str:
    """The first comment line after the schema modeline: what the example shows."""
    from pathlib import Path

    for line in Path(str(path)).read_text(encoding="utf-8").splitlines()[1:6]:
        text = line.lstrip("# ").strip()
        if line.startswith("#") and text:
            return text
    return ""
