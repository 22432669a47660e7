"""The one guard every file write goes through: nothing the user wrote is ever lost.

Three ways to write, one set of checks:

- :func:`write` — a new or replaced output (``-o FILE``, ``--write-baseline``,
  ``schema -o``, ``init -o``). Refused when the target is one of the command's inputs
  (also the file behind standard input), a directory, or a symlink loop. Character
  devices and FIFOs (``/dev/null``, ``/dev/stdout``, a named pipe) are written through,
  never replaced. A symlink is followed: the file it points to is replaced atomically and
  the link stays a link. Anything else is written to a temporary file beside the target,
  synced, and renamed into place, so a reader never sees half a file and a failed write
  leaves the old one.
- :func:`read_for_update` + :func:`replace` — in place, for commands that rewrite their
  input on purpose (``fmt``, ``edit``, ``serve``): the write is atomic and refused when
  the file's content changed on disk since it was read.
- :class:`OutputDir` — a folder for commands that write several files; each file goes
  through :func:`write`.

Errors are :class:`OutputError`, carrying a message key of :mod:`raci.i18n` so the CLI
says what happened and what to do in the user's language (exit code 2).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PathLike = str | os.PathLike[str]


class OutputError(Exception):
    """A write that was refused or failed; ``key`` and ``args`` name the message."""

    def __init__(self, key: str, path: PathLike, **args: Any) -> None:
        super().__init__(f"{key}: {path} {args}")
        self.key = key
        self.args_ = {"path": str(path), **args}

    def message(self, lang: str) -> str:
        from raci.i18n import t

        return t(self.key, lang, self.args_)


def _identity(info: os.stat_result) -> tuple[int, int]:
    return (info.st_dev, info.st_ino)


def _stdin_identity() -> tuple[int, int] | None:
    """The regular file behind standard input (``raci render - < spec.yaml``), if any."""
    try:
        info = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return _identity(info) if stat.S_ISREG(info.st_mode) else None


_stdin_read: tuple[int, str] | None = None
"""Size and SHA-256 of what :func:`read_stdin` read: a pipe has no file to compare with."""


def read_stdin(limit: int) -> bytes:
    """Standard input (at most ``limit`` bytes), remembered so that the guard can refuse to
    write over the file it came from even through a pipe (``cat org.raci.yaml | raci render
    -o org.raci.yaml -``), where no device and inode name that file."""
    global _stdin_read
    data = sys.stdin.buffer.read(limit)
    _stdin_read = (len(data), digest(data))
    return data


def _holds_stdin(path: PathLike, info: os.stat_result) -> bool:
    """Whether the regular file at ``path`` holds exactly what was read from standard input."""
    if _stdin_read is None or not stat.S_ISREG(info.st_mode) or info.st_size != _stdin_read[0]:
        return False
    try:
        with open(path, "rb") as handle:
            return digest(handle.read()) == _stdin_read[1]
    except OSError:
        return False


def input_identities(inputs: Iterable[PathLike]) -> set[tuple[int, int]]:
    """The (device, inode) of every readable input; ``-`` stands for standard input."""
    found: set[tuple[int, int]] = set()
    for path in inputs:
        if str(path) == "-":
            identity = _stdin_identity()
            if identity:
                found.add(identity)
            continue
        with contextlib.suppress(OSError, ValueError):
            found.add(_identity(os.stat(path)))
    return found


def _resolve(path: Path) -> Path:
    """Follow symlinks to the file that will really be written (it may not exist yet), so
    that the rename replaces that file and a link stays a link."""
    return Path(os.path.realpath(path))


def _check(path: Path, inputs: Iterable[PathLike]) -> tuple[Path, os.stat_result | None]:
    """The real target and its current status, after refusing what must not be written."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise OutputError("output.symlink_loop", path) from None
        raise OutputError("output.cannot_write", path, reason=error.strerror or str(error)) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError("output.is_directory", path)
        inputs = tuple(inputs)
        if _identity(info) in input_identities(inputs) or ("-" in map(str, inputs) and _holds_stdin(path, info)):
            raise OutputError("output.is_input", path)
    return _resolve(path), info


def write(path: PathLike, data: bytes, *, inputs: Iterable[PathLike] = ()) -> None:
    """Write ``data`` to ``path`` (see the module docstring for what is refused and how)."""
    target, info = _check(Path(path), inputs)
    if info is not None and (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        _write_through(Path(path), data)
        return
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputError("output.not_regular", path)
    _atomic(target, data, info)


def _write_through(path: Path, data: bytes) -> None:
    """A device or pipe: write into it; replacing it would break the system's /dev/null."""
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as error:
        raise OutputError("output.cannot_write", path, reason=error.strerror or str(error)) from None


def _atomic(target: Path, data: bytes, info: os.stat_result | None) -> None:
    """Temporary file beside ``target``, synced, then renamed over it."""
    import tempfile  # here, not at the top: every `raci validate` loads this module, few write

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise OutputError("output.cannot_write", target, reason=error.strerror or str(error)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if info is not None:
            os.chmod(tmp, info.st_mode & 0o7777)
        else:  # mkstemp makes 0600; a new file gets the usual permissions
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError("output.cannot_write", target, reason=error.strerror or str(error)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# In place: commands that rewrite their own input ------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """What a file held when it was read: the bytes' SHA-256, to detect a change on disk."""

    path: str
    digest: str
    data: bytes = field(repr=False, compare=False)


def digest(data: bytes) -> str:
    import hashlib  # here, not at the top: `raci validate` loads this module and rarely hashes

    return hashlib.sha256(data).hexdigest()


def read_for_update(path: PathLike) -> Snapshot:
    """Read a file that will be rewritten in place; keep its hash for :func:`replace`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise OutputError("output.is_directory", path) from None
    except OSError as error:
        raise OutputError("output.cannot_read", path, reason=error.strerror or str(error)) from None
    return Snapshot(str(path), digest(data), data)


def replace(snapshot: Snapshot, data: bytes) -> bool:
    """Rewrite the file read as ``snapshot`` with ``data``, atomically; ``False`` if unchanged.

    Refused (:class:`OutputError` ``output.changed_on_disk``) when the file no longer
    holds what was read — an editor or a ``git pull`` wrote it meanwhile — so that
    newer work is never overwritten. The file is re-read just before the rename; the
    window left is the rename itself.
    """
    path = Path(snapshot.path)
    if data == snapshot.data:
        return False
    try:
        with open(path, "rb") as handle:
            current = handle.read()
    except FileNotFoundError:
        raise OutputError("output.changed_on_disk", path) from None
    except OSError as error:
        raise OutputError("output.cannot_read", path, reason=error.strerror or str(error)) from None
    if digest(current) != snapshot.digest:
        raise OutputError("output.changed_on_disk", path)
    target, info = _check(path, ())
    if info is None or not stat.S_ISREG(info.st_mode):
        raise OutputError("output.not_regular", path)
    _atomic(target, data, info)
    return True


# Several files in one folder ----------------------------------------------------------------


class OutputDir:
    """A folder a command writes several files into, never over one of its inputs."""

    def __init__(self, path: PathLike, *, inputs: Iterable[PathLike] = ()) -> None:
        self.path = Path(path)
        self.inputs = tuple(inputs)
        if self.path.exists() and not self.path.is_dir():
            raise OutputError("output.not_a_directory", self.path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError("output.cannot_write", self.path, reason=error.strerror or str(error)) from None

    def write(self, name: str, data: bytes) -> Path:
        """Write one file of the folder; ``name`` may not leave it (no ``..``, no absolute path)."""
        relative = Path(name)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise OutputError("output.outside_directory", self.path / name, folder=str(self.path))
        target = self.path / relative
        if len(relative.parts) > 1:
            target.parent.mkdir(parents=True, exist_ok=True)
        write(target, data, inputs=self.inputs)
        return target
