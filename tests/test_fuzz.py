"""Fuzzing in the suite: mutated specs never crash raci, in validate or in any render.

Inputs are the bundled specs, every fixture and each ``raci init`` output, changed by
hypothesis-chosen steps of the mutation engine (tests/fuzzing.py: structure-aware and
byte-level). The promise checked is the one users rely on: ``raci validate`` exits 0, 1
or 2 and prints no traceback; a spec that loads renders in every view and format with
exit 0 or 2. The examples are derandomized so CI is reproducible and bounded so the file
runs in seconds; ``RACI_FUZZ_RANDOM=1`` explores new examples and
``RACI_FUZZ_EXAMPLES=N`` runs more. The long run is bench/fuzz.py.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
import yaml
from fuzz_harness import IMAGE_FORMATS, loads, render_jobs, run_edit, run_fmt, run_render, run_validate, sources
from fuzzing import BYTE_STEPS, STEPS, Mutator, Source
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import raci
from raci.reporters import REPORTERS

EXAMPLES = int(os.environ.get("RACI_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # time is the long run's to judge (bench/fuzz.py), never a unit test's
    derandomize=os.environ.get("RACI_FUZZ_RANDOM") != "1",
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MAX_TEXT = 300
"""Long names stay short here: time spent on long texts is measured by bench/fuzz.py."""


def _loads(source: Source) -> bool:
    try:
        raci.loads(source.data, source.name)
    except raci.SpecError:
        return False
    return True


SOURCES = sources()
BY_NAME = {s.name: s for s in SOURCES}
LOADABLE = [s.name for s in SOURCES if _loads(s)]
"""Hypothesis draws source names, which print short in a falsifying example."""
MUTATOR = Mutator(SOURCES, max_text=MAX_TEXT)
RENDER_STEPS = (
    # Control characters and ANSI escapes are refused by the loader (S006), so they reach
    # renderers only through the library: tests/test_render_hostile_text.py covers that path.
    *(f"value:{kind}" for kind in ("graphviz", "mermaid", "formula", "html", "unicode")),
    "value:long_text",
    "value:cell",
    "kpi_cycle",
    "bom",
    "newlines",
)
"""Steps that usually leave a spec loadable, so the renderers get hostile text rather than a refusal."""

steps = st.lists(st.tuples(st.sampled_from(STEPS), st.integers(0, 2**32 - 1)), min_size=1, max_size=3)
render_steps = st.lists(st.tuples(st.sampled_from(RENDER_STEPS), st.integers(0, 2**32 - 1)), min_size=1, max_size=2)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _write(folder: Path, data: bytes) -> str:
    path = folder / "input.raci.yaml"
    path.write_bytes(data)
    return str(path)


@pytest.mark.slow
@FUZZ
@given(
    source=st.one_of(st.sampled_from(LOADABLE), st.sampled_from(list(BY_NAME))),  # mostly specs that load: deeper
    steps=steps,
    fmt=st.sampled_from(list(REPORTERS)),
    lang=st.sampled_from(["ja", "en"]),
)
def test_validate_exits_0_1_or_2_without_traceback(
    fuzz_dir: Path, source: str, steps: list[tuple[str, int]], fmt: str, lang: str
) -> None:
    path = _write(fuzz_dir, MUTATOR.apply(BY_NAME[source], steps))
    outcome = run_validate(path, fmt, lang)
    assert outcome.ok, f"raci validate --format {fmt} --lang {lang}: {outcome.crash}\n{outcome.detail}"


def _render_all(folder: Path, data: bytes, lang: str, images: bool) -> int:
    """Render every view and format of ``data``; the number of renders that ran on a loaded spec."""
    path = _write(folder, data)
    spec = loads(path)
    if spec is None:
        refused = run_render("matrix", path, "md", folder, None, lang)
        assert refused.ok and refused.code == 2, f"{refused.crash}\n{refused.detail}"
        return 0
    jobs = [job for job in render_jobs(spec, images) if not images or job[1] in IMAGE_FORMATS]
    for view, fmt, department in jobs:
        outcome = run_render(view, path, fmt, folder, department, lang)
        assert outcome.ok, f"raci render {view} -f {fmt} (department {department}): {outcome.crash}\n{outcome.detail}"
    return len(jobs)


@pytest.mark.slow
@settings(FUZZ, max_examples=max(EXAMPLES // 6, 1))
@given(source=st.sampled_from(LOADABLE), steps=render_steps, lang=st.sampled_from(["ja", "en"]))
def test_every_text_view_renders_a_hostile_spec(
    fuzz_dir: Path, source: str, steps: list[tuple[str, int]], lang: str
) -> None:
    _render_all(fuzz_dir, MUTATOR.apply(BY_NAME[source], steps), lang, images=False)


@pytest.mark.graphviz
@settings(FUZZ, max_examples=max(EXAMPLES // 40, 1))
@given(source=st.sampled_from(LOADABLE), steps=render_steps)
def test_graphviz_images_of_a_hostile_spec(fuzz_dir: Path, source: str, steps: list[tuple[str, int]]) -> None:
    _render_all(fuzz_dir, MUTATOR.apply(BY_NAME[source], steps), "ja", images=True)


@pytest.mark.slow
@settings(FUZZ, max_examples=max(EXAMPLES // 3, 1))
@given(
    source=st.one_of(st.sampled_from(LOADABLE), st.sampled_from(list(BY_NAME))),
    steps=st.one_of(steps, render_steps),
    data=st.data(),
)
def test_fmt_and_edit_never_crash_and_keep_a_loadable_spec_loadable(
    fuzz_dir: Path, source: str, steps: list[tuple[str, int]], data: st.DataObject
) -> None:
    """The writers on hostile input: fmt and edit exit 0 or 2, and what they write loads."""
    path = _write(fuzz_dir, MUTATOR.apply(BY_NAME[source], steps))
    before = loads(path)
    outcome = run_fmt(path)
    assert outcome.ok, f"raci fmt: {outcome.crash}\n{outcome.detail}"
    after = loads(path)
    assert (before is None) == (after is None) and before == after, "fmt changed what the spec means"
    if after is None or not any(True for _ in after.activities()) or not after.departments:
        event("fmt only: the input does not load or has nothing to edit")
        return
    event("fmt and edit")
    activities = [a.id for a in after.activities()]
    departments = [d.id for d in after.departments]
    cells = st.sampled_from(["A/R", "R", "C", "I", "C/I", "A", "DRI", "◎", "x"])
    sets = tuple(
        f"{data.draw(st.sampled_from(activities))}.{data.draw(st.sampled_from(departments))}={data.draw(cells)}"
        for _ in range(data.draw(st.integers(1, 3)))
    )
    removes = (data.draw(st.sampled_from(activities)),) if data.draw(st.booleans()) else ()
    outcome = run_edit(path, sets, removes)
    assert outcome.ok, f"raci edit --set {sets} --remove-activity {removes}: {outcome.crash}\n{outcome.detail}"
    assert loads(path) is not None, "raci edit wrote a spec that does not load"


def test_render_fuzzing_reaches_the_renderers(tmp_path: Path) -> None:
    """Most render-fuzz inputs must load, or the render properties above would test only the refusal."""
    rng = random.Random(0)
    loaded = 0
    for _ in range(40):
        data = MUTATOR.apply(BY_NAME[rng.choice(LOADABLE)], [(rng.choice(RENDER_STEPS), rng.getrandbits(32))])
        loaded += loads(_write(tmp_path, data)) is not None
    assert loaded >= 20, f"only {loaded} of 40 render-fuzz inputs loaded"


def test_a_seed_and_index_name_one_input() -> None:
    """bench/fuzz.py reports inputs as seed + index: they must give the same bytes in a new process's engine."""
    again = Mutator(sources(), max_text=MAX_TEXT)
    for index in range(30):
        assert MUTATOR.case(7, index) == again.case(7, index)
    assert len({MUTATOR.case(7, i).data for i in range(30)}) >= 25


def _data(raw: bytes) -> object:
    try:
        return yaml.load(raw, Loader=yaml.CSafeLoader)
    except ValueError:  # a 5,000-digit integer: Python will not read it, and it is a change
        return ValueError


@pytest.mark.parametrize("step", STEPS)
def test_every_step_changes_a_real_spec(step: str) -> None:
    """A step that silently did nothing would leave a hole in the fuzzing."""
    acme = next(s for s in SOURCES if s.name == "specs/acme-functional.raci.yaml")
    if step in BYTE_STEPS:
        changed = sum(MUTATOR.apply(acme, [(step, seed)]) != acme.data for seed in range(5))
    else:  # dumping alone changes the text (comments go), so compare the data
        changed = sum(_data(MUTATOR.apply(acme, [(step, seed)])) != _data(acme.data) for seed in range(5))
    assert changed >= 4, f"{step} changed the spec {changed} times in 5"
