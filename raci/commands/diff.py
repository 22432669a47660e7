"""``raci diff``: two spec files, or the specs of a git repository between two revisions."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from raci.commands.common import fail, report_unreadable, wants_color, write_output
from raci.i18n import detect_lang, t
from raci.spec.model import Spec, Text

if TYPE_CHECKING:
    from raci.config import Config
    from raci.diff import Diff


class _Unreadable(Exception):
    """One side of a file is not a spec; its problems are printed and the command exits 2."""


def diff(
    args: Sequence[str],
    *,
    fmt: str = "text",
    lang: str | None = None,
    fail_on: str | None = None,
    output: str | None = None,
    color: bool | None = None,
    findings: bool = True,
    out: TextIO | None = None,
) -> int:
    """Compare and print (or write to ``output``); 0, 1 (a change at ``fail_on``) or 2."""
    from raci.diff.git import GitError

    try:
        result = _files(args[0], args[1], lang, findings) if _two_files(args) else _git_mode(args, lang, findings)
    except GitError as error:
        return fail(t(error.key, detect_lang(lang), error.args_))
    except _Unreadable:
        return 2
    if isinstance(result, int):
        return result
    from raci.diff import FORMATS
    from raci.diff.formatting import Options

    chosen = detect_lang(lang, result.locale())
    stream = out or sys.stdout
    if output == "-":
        output = None
    options = Options(lang=chosen, color=fmt == "text" and not output and wants_color(stream, color))
    text = importlib.import_module(FORMATS[fmt]).render(result, options)
    if output:
        inputs = [f.file for f in result.files if os.path.exists(f.file)]
        code = write_output(output, text.encode("utf-8"), chosen, inputs=inputs)
        if code:
            return code
    else:
        stream.write(text)
        stream.flush()
    return result.exit_code(fail_on)


def _two_files(args: Sequence[str]) -> bool:
    return len(args) == 2 and all(os.path.isfile(a) for a in args)


def _load(data: bytes | str, source: str, label: str, side: str, lang: str | None) -> Spec:
    from raci.spec.load import load, loads
    from raci.spec.problems import SpecError

    try:
        return loads(data, source) if isinstance(data, bytes) else load(data)
    except SpecError as error:
        chosen = detect_lang(lang, error.locale)
        sys.stderr.write(
            "raci: "
            + t("diff.cli.unreadable_side", chosen, {"side": t(f"diff.side.{side}", chosen), "file": label})
            + "\n"
        )
        report_unreadable(error.source, error.problems, lang, error.locale)
        raise _Unreadable from None


def _config(path: str, lang: str | None) -> Config:
    from raci.config import ConfigError
    from raci.lint import NO_CONFIG, config_for_spec

    try:
        return config_for_spec(path) if os.path.exists(path) else NO_CONFIG
    except ConfigError as error:
        report_unreadable(error.path, error.problems, lang, None)
        raise _Unreadable from None


def _files(old_path: str, new_path: str, lang: str | None, findings: bool) -> Diff:
    from raci.diff import Diff, compare_specs

    old = _load(old_path, old_path, old_path, "old", lang)
    new = _load(new_path, new_path, new_path, "new", lang)
    result = compare_specs(old, new, file=new_path, config=_config(new_path, lang), findings=findings)
    return Diff([result], old_path, new_path)


def _git_mode(args: Sequence[str], lang: str | None, findings: bool) -> Diff | int:
    from raci.diff import Diff, compare_specs, git

    if not git.in_repository():
        return fail(t("diff.cli.not_a_repository", detect_lang(lang), {"path": os.getcwd()}))
    rev, paths = _split(args)
    sides = git.sides(rev)
    old_files = git.files_at(sides.old, paths)
    new_files = git.files_in_worktree(paths) if sides.new is None else git.files_at(sides.new, paths)
    if not old_files and not new_files:
        return fail(t("diff.cli.no_specs", detect_lang(lang), {"paths": " ".join(paths) or "."}))
    worktree = Text(ja=t("diff.worktree", "ja"), en=t("diff.worktree", "en"))
    result = Diff([], sides.old_label, sides.new_label or worktree)
    for path in sorted(old_files | new_files):
        old_label = f"{sides.old_label}:{path}"
        old = _load(git.read(sides.old, path), path, old_label, "old", lang) if path in old_files else None
        if path not in new_files:
            new = None
        elif sides.new is None:
            new = _load(path, path, path, "new", lang)
        else:
            new = _load(git.read(sides.new, path), path, f"{sides.new}:{path}", "new", lang)
        compared = compare_specs(old, new, file=path, config=_config(path, lang), findings=findings)
        compared.old_source = old_label if old is not None else ""
        result.files.append(compared)
    return result


def _split(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """``[REV[..REV]] [PATH...]``: the first argument is a revision unless it is a path (``--`` ends revisions)."""
    from raci.diff import git

    items = list(args)
    if "--" in items:
        at = items.index("--")
        before, after = items[:at], items[at + 1 :]
        if len(before) > 1:
            raise git.GitError("diff.cli.args", args=" ".join(items))
        return (before[0] if before else None), after
    if not items:
        return None, []
    first = items[0]
    if ".." in first or not os.path.exists(first):
        return first, items[1:]
    return None, items
