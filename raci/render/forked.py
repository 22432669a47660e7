"""Render independent pages on two cores: half in a forked child, half here.

The report of a 10k-activity spec writes 21 charters, ~0.9 s of one core, while the
machine's other core waits. A forked child shares the parent's memory (the model, the
graph, the compiled templates) without copying or pickling it, renders the second half
of the pages, and sends back only their text. Anything that goes wrong in the child —
an exception, a crash, a signal — makes the parent render those pages itself, so the
result and every error are exactly those of the serial way. Only on Linux (fork is
unsafe with some macOS system libraries and absent on Windows), with two cores or
more, in a process with no other thread, and for work big enough to pay for a fork;
elsewhere it is the plain loop.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

WORTH_IT = 2000
"""Items x their weight below which one process is faster than forking (~5 ms a fork)."""


def render_all(render: Callable[[T], str], items: Sequence[T], weight: int = 1) -> list[str]:
    """``[render(item) for item in items]``, on two cores when it pays (see the module docstring).
    ``weight``: how much work one item is (the report passes activities per charter)."""
    if not _can_fork() or len(items) < 2 or len(items) * weight < WORTH_IT:
        return [render(item) for item in items]
    half = (len(items) + 1) // 2
    mine, theirs = items[:half], items[half:]
    try:
        read, write = os.pipe()
    except OSError:  # no descriptors left: one process
        return [render(item) for item in items]
    try:
        pid = os.fork()
    except OSError:  # a process limit, no memory: one process
        os.close(read)
        os.close(write)
        return [render(item) for item in items]
    if pid == 0:  # the child: render, send, and leave without running the parent's exit code
        status = 1
        try:
            os.close(read)
            data = pickle.dumps([render(item) for item in theirs], protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    try:
        done = [render(item) for item in mine]
    except BaseException:
        _collect(pid, read, len(theirs))
        raise
    received = _collect(pid, read, len(theirs))
    return done + (received if received is not None else [render(item) for item in theirs])


def _collect(pid: int, read: int, expected: int) -> list[str] | None:
    """The child's ``expected`` pages, or None when it did not finish them (the parent
    renders them). The child writes only once it has them all, and exits 0 only then."""
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:  # SIGCHLD ignored by whoever started us: reaped already, status unknown
        status = 0
    if status != 0 or not data:
        return None
    try:
        pages = pickle.loads(data)  # our own child's bytes, through a pipe only it and we hold
    except Exception:
        return None
    if isinstance(pages, list) and len(pages) == expected and all(isinstance(p, str) for p in pages):
        return pages
    return None


def _can_fork() -> bool:
    return _platform_forks() and _single_threaded()


def _platform_forks() -> bool:
    return sys.platform == "linux" and hasattr(os, "fork") and (os.cpu_count() or 1) >= 2


def _single_threaded() -> bool:
    """No other thread: one holding a lock at the fork (the import lock, Jinja2's template
    cache) would leave it held forever in the child, and the parent would wait for it (a
    program that embeds raci may run threads)."""
    import threading

    return threading.active_count() == 1
