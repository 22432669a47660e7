"""The one spec file being served: what it holds now, its findings, and every change to it.

All changes go through :class:`Workspace`, one at a time (a lock: the page, a second tab
and the file watcher may ask at once). Each edit is made by :mod:`raci.spec.edit` on the
text as read, validated at once, and written with the output guard's in-place mode
(:func:`raci.output.replace`), which refuses a file that changed on disk since it was
read: then nothing is written, the newer file is loaded, and the page is told
(:class:`Conflict`). Undo and redo write back whole earlier contents (:mod:`.history`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from raci import output
from raci.config import Config
from raci.findings import Finding
from raci.graph import OrgGraph
from raci.lint import validate
from raci.serve import ops as O
from raci.serve.history import History
from raci.serve.watcher import Watcher
from raci.spec import edit as E
from raci.spec.load import loads
from raci.spec.model import Spec
from raci.spec.problems import Problem, SpecError

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class State:
    """The file as last read or written. ``spec`` is ``None`` when it does not load (``problems`` say why)."""

    snapshot: output.Snapshot
    spec: Spec | None
    graph: OrgGraph | None
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...]
    version: int
    cause: str = "start"
    """What made this state: ``start``, ``page`` (an edit, undo or redo) or ``outside`` (the file changed on disk)."""


class Conflict(Exception):
    """The file changed on disk (or the page was behind): nothing was written; the newer file is loaded."""


class Refused(Exception):
    """The change cannot be made (an unknown id, an edit that would break the spec, a failed write)."""

    def __init__(self, error: E.EditError | output.OutputError) -> None:
        super().__init__(str(error))
        self.error = error

    def message(self, lang: str) -> str:
        return self.error.message(lang)


class Workspace:
    """One spec file: its current :class:`State`, the history of changes, the watcher of its disk copy."""

    def __init__(self, path: str, config: Config) -> None:
        self.path = path
        self.config = config
        self.history = History()
        self.watcher = Watcher(path)
        self._lock = threading.Lock()
        self.watcher.mark()  # before reading: a change made while reading is noticed next time
        self.state = self._state(output.read_for_update(path), 0, "start")

    # reading --------------------------------------------------------------------------

    def _state(self, snapshot: output.Snapshot, version: int, cause: str, spec: Spec | None = None) -> State:
        if spec is None:
            try:
                spec = loads(snapshot.data, self.path)
            except SpecError as error:
                return State(snapshot, None, None, (), tuple(error.problems), version, cause)
        graph = OrgGraph(spec)
        findings = tuple(validate(spec, config=self.config, graph=graph))
        return State(snapshot, spec, graph, findings, (), version, cause)

    def refresh(self) -> bool:
        """Load the file again if it changed on disk; ``True`` when it did (the history is cleared:
        undoing past someone else's change would overwrite it)."""
        with self._lock:
            return self._refresh()

    def _refresh(self) -> bool:
        if not self.watcher.moved():
            return False
        self.watcher.mark()
        try:
            snapshot = output.read_for_update(self.path)
        except output.OutputError:
            return False  # gone for a moment (an editor saving by rename): look again next time
        if snapshot.digest == self.state.snapshot.digest:
            return False
        self.state = self._state(snapshot, self.state.version + 1, "outside")
        self.history.clear()
        return True

    # changing -------------------------------------------------------------------------

    def apply(self, ops: Any, version: int) -> bool:
        """Make the page's operations (``ops``, checked by :func:`.ops.edits_of`) one change; ``False`` when the file already is as asked.

        ``version`` is the state the page showed: a page that is behind (the file changed
        outside, another tab edited) gets :class:`Conflict` rather than an edit of
        something it did not see."""
        with self._lock:
            if self._refresh() or version != self.state.version or self.state.spec is None:
                raise Conflict
            state = self.state
            assert state.spec is not None
            edits = O.edits_of(state.spec, ops)
            data = state.snapshot.data
            try:
                edited = E.apply(data.decode("utf-8-sig"), state.spec, edits)
            except E.EditError as error:
                raise Refused(error) from None
            new = (_BOM if data.startswith(_BOM) else b"") + edited.text.encode("utf-8")
            if new == data:
                return False
            self._write(new, edited.spec)
            self.history.record(data, new)
            return True

    def undo(self, version: int) -> bool:
        """Write back the bytes from before the last change; ``False`` when there is none."""
        with self._lock:
            if self._refresh() or version != self.state.version:
                raise Conflict
            if not self.history.can_undo:
                return False
            step = self.history.undo_stack[-1]
            self._write(step.before)
            self.history.redo_stack.append(self.history.undo_stack.pop())
            return True

    def redo(self, version: int) -> bool:
        """Write again what the last undo took back; ``False`` when there is nothing to redo."""
        with self._lock:
            if self._refresh() or version != self.state.version:
                raise Conflict
            if not self.history.can_redo:
                return False
            step = self.history.redo_stack[-1]
            self._write(step.after)
            self.history.undo_stack.append(self.history.redo_stack.pop())
            return True

    def _write(self, data: bytes, spec: Spec | None = None) -> None:
        """Replace the file through the guard, then make ``data`` the current state."""
        try:
            output.replace(self.state.snapshot, data)
        except output.OutputError as error:
            if error.key == "output.changed_on_disk":
                self.watcher.seen = None  # make the next refresh read it
                self._refresh()
                raise Conflict from None
            raise Refused(error) from None
        self.watcher.mark()
        snapshot = output.Snapshot(self.path, output.digest(data), data)
        self.state = self._state(snapshot, self.state.version + 1, "page", spec)
