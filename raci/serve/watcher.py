"""Notice when the spec file changes on disk (an editor, a ``git pull``) without a new dependency.

``os.stat`` is cheap enough to ask several times a second; only when the modification
time, size or inode differ is the file read and its SHA-256 compared with what raci
last read or wrote, so a touched but unchanged file (``git checkout`` of the same
content) reloads nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

Signature = tuple[int, int, int]


def signature(path: str) -> Signature | None:
    """Modification time (ns), size and inode of ``path``; ``None`` when it is missing."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


@dataclass
class Watcher:
    """The last seen signature of one file."""

    path: str
    seen: Signature | None = None

    def moved(self) -> bool:
        """Whether the file's signature changed since :meth:`mark` (its content may not have)."""
        return signature(self.path) != self.seen

    def mark(self) -> None:
        """Remember the file as it is now (after reading or writing it)."""
        self.seen = signature(self.path)
