"""Undo and redo as whole file contents: undoing restores the bytes that were there, exactly.

An inverse edit would have to be computed per edit kind and could come out differently
in the details the edit engine keeps (quoting, a flow mapping left empty); the file's
bytes before and after each change are what the user can check with ``git diff``, and a
spec is a few hundred kilobytes at most, so the history keeps those.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LIMIT = 200
"""Changes kept for undo: a day-long workshop makes fewer; the oldest go first."""


@dataclass(frozen=True)
class Step:
    """One change: the file's bytes before and after it."""

    before: bytes
    after: bytes


@dataclass
class History:
    """The undo and redo stacks of one file; cleared when the file changes outside."""

    undo_stack: list[Step] = field(default_factory=list)
    redo_stack: list[Step] = field(default_factory=list)

    def record(self, before: bytes, after: bytes) -> None:
        """A new change: it can be undone, and what was undone can no longer be redone."""
        self.undo_stack.append(Step(before, after))
        del self.undo_stack[:-LIMIT]
        self.redo_stack.clear()

    def clear(self) -> None:
        self.undo_stack.clear()
        self.redo_stack.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_stack)
