"""Pages rendered on two cores (raci/render/forked.py) are the pages rendered on one, and
whatever happens in the forked child, the parent's result and errors are the serial ones."""

from __future__ import annotations

import os
import sys

import pytest

from raci.render import Options, document, forked, get
from raci.spec.load import loads

pytestmark = pytest.mark.skipif(not forked._platform_forks(), reason="forks only on Linux with two cores or more")


@pytest.fixture(autouse=True)
def _as_a_command(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """The test runner has threads of its own (pytest-xdist's); a command has none."""
    if "threads" not in request.node.name:
        monkeypatch.setattr(forked, "_single_threaded", lambda: True)


def test_two_cores_give_the_pages_one_core_gives_in_order() -> None:
    items = [f"page {i} — 頁" * (i + 1) for i in range(9)]
    assert forked.render_all(str.upper, items, weight=forked.WORTH_IT) == [s.upper() for s in items]


def test_a_child_that_fails_or_dies_leaves_its_pages_to_the_parent() -> None:
    parent = os.getpid()

    def fails_in_child(item: str) -> str:
        if os.getpid() != parent:
            raise RuntimeError("only the child fails")
        return item * 2

    def dies_in_child(item: str) -> str:
        if os.getpid() != parent:
            os._exit(9)
        return item * 2

    items = list("abcdef")
    for render in (fails_in_child, dies_in_child):
        assert forked.render_all(render, items, weight=forked.WORTH_IT) == [i * 2 for i in items]


def test_an_error_in_the_parents_half_is_raised_and_the_child_reaped(monkeypatch: pytest.MonkeyPatch) -> None:
    children: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    def render(item: str) -> str:
        if item == "a":
            raise ValueError("bad page")
        return item

    monkeypatch.setattr(os, "fork", fork)
    with pytest.raises(ValueError, match="bad page"):
        forked.render_all(render, list("abcd"), weight=forked.WORTH_IT)
    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # already reaped: no zombie left behind


def test_the_report_of_a_large_spec_is_the_same_forked_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    departments = "".join(f"  - {{id: d{i}, name: Team {i}, kind: cs}}\n" for i in range(6))
    activities = "".join(
        f"      - {{id: a{n}, name: Activity {n}, raci: {{d{n % 6}: A/R, d{(n + 1) % 6}: C, d{(n + 2) % 6}: I}}}}\n"
        for n in range(400)
    )
    text = (
        "version: 1\norg: {name: Acme, locale: en}\ndepartments:\n"
        + departments
        + "phases:\n  - id: onboarding\n    name: Onboarding\n    activities:\n"
        + activities
    )
    doc = document(loads(text, "big.raci.yaml"))
    children: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    forked_page = get("report").render(doc, "html", Options())
    assert len(children) == 1  # the charters were written on two cores
    monkeypatch.setattr(forked, "WORTH_IT", sys.maxsize)
    serial_page = get("report").render(doc, "html", Options())
    assert forked_page == serial_page
    assert forked_page.count("raci-charter-page") >= 6


def test_a_process_running_threads_renders_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread holding a lock at the fork would leave the child waiting forever: with
    another thread running, nothing forks."""
    import threading

    def fork() -> int:
        raise AssertionError("forked with another thread running")

    monkeypatch.setattr(os, "fork", fork)
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert forked.render_all(str.upper, list("abcd"), weight=forked.WORTH_IT) == list("ABCD")
    finally:
        stop.set()
        worker.join()


def test_a_fork_refused_or_a_child_reaped_by_others_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process limit (fork fails) means one process; a parent that ignores SIGCHLD (the
    child is reaped before we ask) still gets the child's pages. No descriptor is left open."""
    import signal

    items = list("abcdef")
    before = len(os.listdir("/proc/self/fd"))

    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    with monkeypatch.context() as patched:
        patched.setattr(os, "fork", refused)
        assert forked.render_all(str.upper, items, weight=forked.WORTH_IT) == list("ABCDEF")
    assert len(os.listdir("/proc/self/fd")) == before
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert forked.render_all(str.upper, items, weight=forked.WORTH_IT) == list("ABCDEF")
    finally:
        signal.signal(signal.SIGCHLD, previous)
