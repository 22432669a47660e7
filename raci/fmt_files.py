"""``raci fmt PATH...``: format spec files in place, or check or show what would change.

Formatting itself is :func:`raci.spec.reformat.format_text`; this module reads the
files, reports, and writes them back through the output guard's in-place mode
(:mod:`raci.output`), which refuses a file changed on disk since fmt read it.
"""

from __future__ import annotations

import difflib
import sys
from typing import TextIO

from raci import output
from raci.i18n import detect_lang, t
from raci.output import OutputError
from raci.spec.load import MAX_BYTES, STDIN, discover
from raci.spec.problems import SpecError
from raci.spec.reformat import FormatError, format_text


def run(
    paths: list[str], *, check: bool = False, diff: bool = False, lang: str | None = None, out: TextIO | None = None
) -> int:
    """Format every spec of ``paths``; exit 0, 1 (``--check`` / ``--diff``: a file would
    change) or 2 (a file cannot be read, parsed or written; the others are still done)."""
    from raci.commands import _report_unreadable

    out = out or sys.stdout
    chosen = detect_lang(lang)
    changed = unchanged = failed = 0
    for path in discover(paths):
        try:
            snapshot = None if path == STDIN else output.read_for_update(path)
            before = snapshot.data if snapshot else sys.stdin.buffer.read(MAX_BYTES + 1)
        except OutputError as error:
            sys.stderr.write("raci: " + error.message(chosen) + "\n")
            failed += 1
            continue
        try:
            text = before.decode("utf-8-sig") if len(before) <= MAX_BYTES else before.decode("utf-8", "replace")
            after = _line_ends(format_text(text, _name(path)), text)
        except UnicodeDecodeError:
            after = None
        except SpecError as error:
            _report_unreadable(error.source, error.problems, lang, error.locale)
            failed += 1
            continue
        except FormatError as error:
            sys.stderr.write("raci: " + t(error.key, chosen, error.arguments) + "\n")
            failed += 1
            continue
        if after is None:  # not UTF-8: let the loader say so, with the likely encoding
            try:
                format_text(before, _name(path))  # type: ignore[arg-type]
            except SpecError as error:
                _report_unreadable(error.source, error.problems, lang, error.locale)
            failed += 1
            continue
        if path == STDIN and not (check or diff):
            out.write(after)
            continue
        if after == text:
            unchanged += 1
            continue
        changed += 1
        if diff:
            out.writelines(difflib.unified_diff(text.splitlines(True), after.splitlines(True), path, path))
        if check:
            sys.stderr.write("raci: " + t("fmt.would_reformat", chosen, {"path": path}) + "\n")
        elif not diff and snapshot is not None:
            try:
                output.replace(snapshot, after.encode("utf-8"))
            except OutputError as error:
                sys.stderr.write("raci: " + error.message(chosen) + "\n")
                failed += 1
                changed -= 1
    _summary(changed, unchanged, check or diff, chosen)
    if failed:
        return 2
    return 1 if changed and (check or diff) else 0


def _name(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _line_ends(text: str, original: str) -> str:
    """Keep Windows line ends in a file that has them."""
    return text.replace("\n", "\r\n") if "\r\n" in original else text


def _summary(changed: int, unchanged: int, dry: bool, lang: str) -> None:
    if not changed and not unchanged:
        return
    key = "fmt.summary_check" if dry else "fmt.summary"
    sys.stderr.write("raci: " + t(key, lang, {"changed": changed, "unchanged": unchanged}) + "\n")
