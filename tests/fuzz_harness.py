"""Run one fuzz input through raci in this process and say how it went.

raci's promise is the same in and out of process: ``raci validate`` exits 0, 1 or 2,
renders of a spec that loads exit 0 or 2, and nothing prints a traceback. In process, a
crash is an exception escaping :mod:`raci.commands` (the CLI would turn it into exit 3);
it is named by its type and the innermost frame inside the ``raci`` package, so a
thousand inputs hitting the same bug count as one crash.
"""

from __future__ import annotations

import contextlib
import io
import os
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fuzzing import Source

import raci
from raci.commands import check, render, write
from raci.i18n import t
from raci.render import RENDERERS
from raci.reporters import REPORTERS

ROOT = Path(__file__).resolve().parent.parent
RACI_DIR = Path(raci.__file__).resolve().parent
IMAGE_FORMATS = frozenset({"svg", "png", "pdf"})
"""Formats that run Graphviz's dot: slower, so fuzzed on a sample only."""
VALIDATE_EXITS = frozenset({0, 1, 2})
RENDER_EXITS = frozenset({0, 2})
BAD_OUTPUT = (
    "Traceback",
    *(t("cli.internal_error", lang, {"error": "\0"}).split("\0")[1].strip() for lang in ("en", "ja")),
)
"""Text that must never reach the user: a traceback, or the bug report of exit 3."""


class Timeout(BaseException):
    """Raised by a watchdog into a slow input; a BaseException so raci's ``except Exception`` lets it through."""


@dataclass(frozen=True)
class Outcome:
    """What one call did. ``crash`` is a signature such as ``KeyError @ raci/spec/format.py:120 _one_of``."""

    code: int | None
    seconds: float
    crash: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.crash is None


def sources(root: Path = ROOT) -> list[Source]:
    """The starting points: bundled specs, every test fixture, and ``raci init`` for each model × language."""
    from raci.starter import MODELS, generate

    paths = sorted(root.glob("specs/*.raci.yaml")) + sorted(root.glob("tests/specs/**/*.raci.yaml"))
    found = [Source(str(p.relative_to(root)), p.read_bytes(), _weight(p)) for p in paths]
    for model in MODELS:
        for lang in ("ja", "en"):
            found.append(Source(f"init:{model}:{lang}", generate(model, lang).encode("utf-8"), 3.0))
    return found


def _weight(path: Path) -> float:
    """Files that load are picked three times as often: mutations of them reach the rules and renderers."""
    return 1.0 if path.parent.name in ("bad", "demo") else 3.0


def validate_options(index: int) -> tuple[str, str]:
    """The report format and language for input ``index``: every reporter and both languages take turns."""
    formats = list(REPORTERS)
    return formats[index % len(formats)], ("ja", "en")[(index // len(formats)) % 2]


@contextlib.contextmanager
def _captured() -> Iterator[io.StringIO]:
    """Standard output and error of the call, kept for the traceback check."""
    buffer = io.StringIO()
    with contextlib.redirect_stderr(buffer), contextlib.redirect_stdout(buffer):
        yield buffer


def run_validate(path: str, fmt: str = "text", lang: str = "en") -> Outcome:
    """``raci validate --format FMT --lang LANG PATH`` in process."""
    out = io.StringIO()
    start = time.perf_counter()
    try:
        with _captured() as err:
            code = check.validate([path], fmt=fmt, lang=lang, out=out)
    except Timeout:
        raise
    except BaseException as error:  # everything else escaping raci is the bug being looked for
        return _crashed(error, time.perf_counter() - start)
    return _judge(code, VALIDATE_EXITS, out.getvalue() + err.getvalue(), time.perf_counter() - start)


def run_fmt(path: str, lang: str = "en") -> Outcome:
    """``raci fmt PATH`` in process (in place): exit 0 or 2 (a spec that does not load, or a
    layout fmt refuses to guess), never a crash; it checks its own output's meaning."""
    start = time.perf_counter()
    try:
        with _captured() as err:
            code = write.fmt([path], lang=lang)
    except Timeout:
        raise
    except BaseException as error:
        return _crashed(error, time.perf_counter() - start)
    return _judge(code, RENDER_EXITS, err.getvalue(), time.perf_counter() - start)


def run_edit(path: str, sets: tuple[str, ...], removes: tuple[str, ...] = ()) -> Outcome:
    """``raci edit PATH --set … --remove-activity …`` in process: exit 0 or 2, never a crash."""
    start = time.perf_counter()
    try:
        with _captured() as err:
            code = write.edit(path, sets=sets, removes=removes, out=io.StringIO())
    except Timeout:
        raise
    except BaseException as error:
        return _crashed(error, time.perf_counter() - start)
    return _judge(code, RENDER_EXITS, err.getvalue(), time.perf_counter() - start)


def loads(path: str) -> raci.Spec | None:
    """The spec at ``path`` when it loads (validate exits 0 or 1), else None."""
    from raci.spec.problems import SpecError

    try:
        return raci.load(path)
    except SpecError:
        return None


def render_jobs(spec: raci.Spec, images: bool) -> list[tuple[str, str, str | None]]:
    """Every (view, format, department) to try on a spec that loads; image formats only with ``images``."""
    first = spec.departments[0].id if spec.departments else "none"
    jobs: list[tuple[str, str, str | None]] = []
    for name, view in RENDERERS.items():
        for fmt in view.formats:
            if fmt in IMAGE_FORMATS and not images:
                continue
            jobs.append((name, fmt, first if view.needs_department else None))
        if view.department and not view.needs_department:
            jobs.append((name, view.formats[0], first))
    return jobs


def run_render(view: str, path: str, fmt: str, out_dir: Path, department: str | None, lang: str = "en") -> Outcome:
    """``raci render VIEW PATH -f FMT`` in process; binary formats go to a file in ``out_dir``."""
    from raci.render import get

    output = str(out_dir / f"out.{fmt}") if fmt in get(view).BINARY else None
    out = io.StringIO()
    start = time.perf_counter()
    try:
        with _captured() as err:
            code = render.render(view, path, fmt=fmt, output=output, lang=lang, department=department, out=out)
    except Timeout:
        raise
    except BaseException as error:
        return _crashed(error, time.perf_counter() - start)
    return _judge(code, RENDER_EXITS, out.getvalue() + err.getvalue(), time.perf_counter() - start)


def _judge(code: int, allowed: frozenset[int], text: str, seconds: float) -> Outcome:
    if code not in allowed:
        return Outcome(code, seconds, f"exit {code}", text[-2000:])
    bad = next((marker for marker in BAD_OUTPUT if marker in text), None)
    if bad:
        return Outcome(code, seconds, f"printed {bad[:40]!r}", text[-2000:])
    return Outcome(code, seconds)


def _crashed(error: BaseException, seconds: float) -> Outcome:
    return Outcome(None, seconds, signature(error), "".join(traceback.format_exception(error))[-4000:])


def signature(error: BaseException) -> str:
    """Exception type and the innermost frame in raci's own code (the place to fix)."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(RACI_DIR)]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return type(error).__name__
    where = os.path.relpath(frame.filename, RACI_DIR.parent) if ours else Path(frame.filename).name
    return f"{type(error).__name__} @ {where}:{frame.lineno} {frame.name}"
