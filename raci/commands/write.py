"""``raci fmt`` and ``raci edit``: the commands that write into the user's own spec files.

Both read a file and write it back through the output guard's in-place mode
(:mod:`raci.output`), which refuses a file changed on disk since it was read, so a
change made meanwhile is never overwritten.

``fmt``: formatting itself is :func:`raci.spec.reformat.format_text`; here the files are
read, reported on and written back.

``edit``: options are addressed the way ``yq -i`` / ``poetry add`` users expect
(``--set kickoff.cs=A/R``); they are applied in a fixed order — added activities,
cells set, cells unset, moves, renames, removals — and a cell may name an activity
by its new id of the same command.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from raci import output
from raci.commands.common import fail, no_specs_in_a_folder, report_unreadable
from raci.i18n import detect_lang, t
from raci.output import OutputError
from raci.spec import edit as E
from raci.spec.load import MAX_BYTES, STDIN, discover
from raci.spec.problems import SpecError
from raci.spec.reformat import FormatError, format_text

if TYPE_CHECKING:
    from raci.spec.model import Spec

# raci fmt ----------------------------------------------------------------------------------


def fmt(
    paths: Sequence[str], *, check: bool = False, diff: bool = False, lang: str | None = None, out: TextIO | None = None
) -> int:
    """Format every spec of ``paths`` in place, or with ``check`` / ``diff`` only say what would change;
    exit 0, 1 (``check`` / ``diff``: a file would change) or 2 (a file cannot be read, parsed or
    written; the others are still done)."""
    out = out or sys.stdout
    chosen = detect_lang(lang)
    empty = no_specs_in_a_folder(paths, lang)
    if empty is not None:
        return empty
    changed = unchanged = failed = 0
    for path in discover(paths):
        try:
            snapshot = None if path == STDIN else output.read_for_update(path)
            before = snapshot.data if snapshot else output.read_stdin(MAX_BYTES + 1)
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
            report_unreadable(error.source, error.problems, lang, error.locale)
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
                report_unreadable(error.source, error.problems, lang, error.locale)
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
    _fmt_summary(changed, unchanged, check or diff, chosen)
    if failed:
        return 2
    return 1 if changed and (check or diff) else 0


def _name(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def _line_ends(text: str, original: str) -> str:
    """Keep Windows line ends in a file that has them."""
    return text.replace("\n", "\r\n") if "\r\n" in original else text


def _fmt_summary(changed: int, unchanged: int, dry: bool, lang: str) -> None:
    if not changed and not unchanged:
        return
    key = "fmt.all_formatted" if not changed else "fmt.summary_check" if dry else "fmt.summary"
    sys.stderr.write("raci: " + t(key, lang, {"changed": changed, "unchanged": unchanged}) + "\n")


# raci edit ---------------------------------------------------------------------------------

_ID = r"[A-Za-z][A-Za-z0-9_-]*"
_SET = re.compile(rf"({_ID})\.({_ID})=(.+)")
_UNSET = re.compile(rf"({_ID})\.({_ID})")
_ADD = re.compile(rf"({_ID}):({_ID})=(.+)")
_RENAME = re.compile(rf"({_ID})=({_ID})")
_MOVE = re.compile(rf"({_ID})=({_ID})(?::(\d+))?")
_REMOVE = re.compile(_ID)
SHAPES = {
    "--set": ("ACTIVITY.DEPARTMENT=CELL", _SET),
    "--unset": ("ACTIVITY.DEPARTMENT", _UNSET),
    "--add-activity": ("PHASE:ID=NAME", _ADD),
    "--rename-activity": ("OLD=NEW", _RENAME),
    "--move-activity": ("ID=PHASE[:POSITION]", _MOVE),
    "--remove-activity": ("ID", _REMOVE),
}


@dataclass(frozen=True)
class Request:
    """The options of one ``raci edit`` run, as given."""

    sets: Sequence[str] = ()
    unsets: Sequence[str] = ()
    adds: Sequence[str] = ()
    renames: Sequence[str] = ()
    moves: Sequence[str] = ()
    removes: Sequence[str] = ()


class BadOption(ValueError):
    def __init__(self, option: str, value: str) -> None:
        super().__init__(option, value)
        self.option, self.value = option, value


def _match(option: str, value: str) -> re.Match[str]:
    found = SHAPES[option][1].fullmatch(value.strip())
    if found is None:
        raise BadOption(option, value)
    return found


def edits_of(request: Request, spec: Spec) -> list[E.Edit]:
    """The options as edits, in the documented order."""
    renamed = {m[2]: m[1] for m in (_match("--rename-activity", v) for v in request.renames)}
    known = {a.id for a in spec.activities()}

    def old(ident: str) -> str:  # `--rename-activity a=b --set b.cs=R` sets the cell of a
        return renamed[ident] if ident not in known and ident in renamed else ident

    edits: list[E.Edit] = []
    for value in request.adds:
        m = _match("--add-activity", value)
        edits.append(E.AddActivity(m[1], m[2], m[3].strip()))
        known.add(m[2])
    for value in request.sets:
        m = _match("--set", value)
        edits.append(E.SetCell(old(m[1]), m[2], m[3].strip()))
    for value in request.unsets:
        m = _match("--unset", value)
        edits.append(E.RemoveCell(old(m[1]), m[2]))
    for value in request.moves:
        m = _match("--move-activity", value)
        edits.append(E.MoveActivity(old(m[1]), m[2], None if m[3] is None else int(m[3])))
    for value in request.renames:
        m = _match("--rename-activity", value)
        edits.append(E.RenameActivity(m[1], new_id=m[2]))
    for value in request.removes:
        edits.append(E.RemoveActivity(_match("--remove-activity", value)[0]))
    return edits


def edit(
    path: str,
    *,
    sets: Sequence[str] = (),
    unsets: Sequence[str] = (),
    adds: Sequence[str] = (),
    renames: Sequence[str] = (),
    moves: Sequence[str] = (),
    removes: Sequence[str] = (),
    dry_run: bool = False,
    lang: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Edit the spec file at ``path`` in place, or print the unified diff with ``dry_run``;
    exit code 0, or 2 on any refusal."""
    from raci import lint
    from raci.spec.load import loads

    out = out or sys.stdout
    if path == "-":
        return fail(t("edit.cli.stdin", detect_lang(lang)))
    try:
        snapshot = output.read_for_update(path)
    except output.OutputError as error:
        return fail(error.message(detect_lang(lang)))
    data = snapshot.data
    try:
        spec = loads(data, path)
    except SpecError as error:
        return report_unreadable(error.source, error.problems, lang, error.locale)
    chosen = detect_lang(lang, spec.org.locale)
    text = data.decode("utf-8-sig")
    try:
        edits = edits_of(Request(sets, unsets, adds, renames, moves, removes), spec)
        if not edits:
            return fail(t("edit.cli.nothing", chosen))
        edited = E.apply(text, spec, edits)
    except BadOption as bad:
        shape = SHAPES[bad.option][0]
        return fail(t("edit.cli.bad_option", chosen, {"option": bad.option, "value": bad.value, "shape": shape}))
    except E.EditError as error:
        return fail(f"{path}: {error.message(chosen)}")
    config = lint.config_for_spec(path)
    before = {(f.code, f.subject, f.key) for f in lint.validate(spec, config=config)}
    fresh = [f for f in lint.validate(edited.spec, config=config) if (f.code, f.subject, f.key) not in before]
    if edited.text == text:  # also with --dry-run: an empty diff alone would say nothing
        sys.stderr.write("raci: " + t("edit.cli.unchanged", chosen, {"path": path}) + "\n")
    elif dry_run:
        out.writelines(difflib.unified_diff(text.splitlines(True), edited.text.splitlines(True), path, path))
    else:
        new_data = (b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b"") + edited.text.encode("utf-8")
        try:
            output.replace(snapshot, new_data)
        except output.OutputError as error:
            return fail(error.message(chosen))
        sys.stderr.write("raci: " + t("edit.cli.written", chosen, {"path": path, "count": len(edits)}) + "\n")
    if fresh:
        sys.stderr.write(t("edit.cli.new_findings", chosen) + "\n")
        for finding in fresh:
            sys.stderr.write(f"  {finding.span}: {finding.severity} {finding.code} {finding.message(chosen)}\n")
    return 0
