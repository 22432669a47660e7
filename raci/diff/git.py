"""The old side of a diff, read through git: revisions, the merge base, files at a revision.

Plain ``git`` through :mod:`subprocess` (no library): every call runs in the working
directory, paths are relative to it (``REV:./path``). A failure is a :class:`GitError`
with a message key, so the command says what to do — above all in a shallow CI clone,
which has no merge base until the history is fetched.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from raci.spec.load import SPEC_SUFFIXES

DEFAULT_BRANCHES = ("main", "master", "origin/main", "origin/master")
"""Tried in this order after ``origin/HEAD`` when no revision is given."""


class GitError(Exception):
    """git cannot give what the diff needs; ``key`` and ``args`` name the message."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key, args)
        self.key, self.args_ = key, args


def _git(*args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    try:
        done = subprocess.run(["git", *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("diff.cli.no_git") from None
    if check and done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError("diff.cli.git_failed", what=" ".join(args[:2]), reason=reason[-1] if reason else done.returncode)
    return done


def in_repository() -> bool:
    done = _git("rev-parse", "--is-inside-work-tree", check=False)
    return done.returncode == 0 and done.stdout.strip() == b"true"


def is_revision(rev: str) -> bool:
    return _git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", check=False).returncode == 0


def short(rev: str) -> str:
    return _git("rev-parse", "--short", f"{rev}^{{commit}}").stdout.decode().strip()


def default_branch() -> str:
    """``origin/HEAD``'s branch, else the first of :data:`DEFAULT_BRANCHES` that exists."""
    done = _git("symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD", check=False)
    if done.returncode == 0 and done.stdout.strip():
        return done.stdout.decode().strip()
    for branch in DEFAULT_BRANCHES:
        if is_revision(branch):
            return branch
    raise GitError("diff.cli.no_default_branch")


def merge_base(base: str, head: str) -> str:
    """The commit both sides started from; in a shallow clone without it, say how to fetch it."""
    done = _git("merge-base", base, head, check=False)
    if done.returncode == 0:
        return done.stdout.decode().strip()
    shallow = _git("rev-parse", "--is-shallow-repository", check=False).stdout.strip() == b"true"
    raise GitError("diff.cli.shallow" if shallow else "diff.cli.no_merge_base", base=base, head=head)


@dataclass(frozen=True)
class Sides:
    """What to compare: ``old`` a commit; ``new`` a commit, or ``None`` for the working tree."""

    old: str
    new: str | None
    old_label: str
    new_label: str | None


def sides(rev: str | None) -> Sides:
    """Read ``REV``, ``A..B``, ``A...B`` (old side: the merge base) or nothing (the merge base
    with the default branch, against the working tree)."""
    if rev is None:
        base = default_branch()
        if not is_revision(base):
            raise GitError("diff.cli.not_a_revision", rev=base)
        old = merge_base(base, "HEAD")
        return Sides(old, None, f"{base} ({short(old)})", None)
    for separator in ("...", ".."):
        if separator in rev:
            left, right = rev.split(separator, 1)
            left, right = left or "HEAD", right or "HEAD"
            for side in (left, right):
                if not is_revision(side):
                    raise GitError("diff.cli.not_a_revision", rev=side)
            old = merge_base(left, right) if separator == "..." else left
            old_label = f"{left} ({short(old)})" if separator == "..." else left
            return Sides(old, right, old_label, right)
    if not is_revision(rev):
        raise GitError("diff.cli.not_a_revision", rev=rev)
    return Sides(rev, None, rev, None)


def _relative(paths: Sequence[str]) -> list[str]:
    return [os.path.relpath(p) if os.path.isabs(p) else os.path.normpath(p) for p in paths] or ["."]


def _specs(names: Sequence[str], explicit: set[str]) -> set[str]:
    return {os.path.normpath(n) for n in names if n.endswith(SPEC_SUFFIXES) or os.path.normpath(n) in explicit}


def files_at(rev: str, paths: Sequence[str]) -> set[str]:
    """The spec files under ``paths`` at ``rev`` (relative to the working directory)."""
    wanted = _relative(paths)
    done = _git("ls-tree", "-r", "--name-only", "-z", rev, "--", *wanted)
    return _specs([n for n in done.stdout.decode("utf-8", "surrogateescape").split("\0") if n], set(wanted))


def files_in_worktree(paths: Sequence[str]) -> set[str]:
    """The spec files under ``paths`` in the working tree: tracked or new, not ignored."""
    wanted = _relative(paths)
    done = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *wanted)
    names = [n for n in done.stdout.decode("utf-8", "surrogateescape").split("\0") if n and os.path.isfile(n)]
    return _specs(names, set(wanted))


def read(rev: str, path: str) -> bytes:
    """The bytes of ``path`` (relative to the working directory) at ``rev``."""
    return _git("cat-file", "blob", f"{rev}:./{path}").stdout
