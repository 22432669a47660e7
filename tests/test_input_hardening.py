"""Issue 8, the input side: every reproducer of the fuzzing audit that reached a traceback
through the spec, the configuration or the baseline now exits 2 with file:line:col.

The commands run in process through :func:`raci.cli.main`, the CLI's single error
boundary, so a crash shows up as exit 3 ("internal error") exactly as a user would see it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import raci
from raci.cli import main
from raci.spec.problems import SpecError
from raci.spec.values import MAX_COUNT, MAX_NAME, MAX_TEXT

BASE = """\
version: 1
org: {name: Example Co, locale: en}
departments:
  - {id: cs, name: Customer Success, kind: cs, headcount: 3}
phases:
  - id: onboarding
    name: Onboarding
    activities:
      - {id: kickoff, name: Kickoff meeting, raci: {cs: A/R}}
"""


Run = Callable[..., tuple[int, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run ``raci ARGS`` in process; returns the exit code and stdout + stderr."""
    monkeypatch.delenv("RACI_DEBUG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")

    def call(*args: str) -> tuple[int, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        assert "internal error" not in err and "内部エラー" not in err, err
        return code, out + err

    return call


def spec_file(folder: Path, text: str, name: str = "org.raci.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def located(output: str, path: Path, code: str) -> list[tuple[int, int]]:
    """The (line, column) of every finding ``code`` that names ``path``."""
    pattern = re.compile(rf"^{re.escape(str(path))}:(\d+):(\d+): error {code} ", re.MULTILINE)
    return [(int(m[1]), int(m[2])) for m in pattern.finditer(output)]


# crash 1: a misspelt key suggested as the other of a pair ------------------------------


def test_misspelt_parents_beside_parent_is_reported_where_it_was_written(run: Run, tmp_path: Path) -> None:
    kpis = (
        "kpis: [{id: nrr, name: NRR, level: kgi, owner: cs},"
        " {id: ob, name: OB, level: kpi, parent: nrr, parens: [nrr], owner: cs}]\n"
    )
    path = spec_file(tmp_path, BASE + kpis)
    code, out = run("validate", "--no-config", str(path))
    assert code == 2
    column = kpis.index("parens") + 1
    assert located(out, path, "S003") == [(10, column)] and "did you mean 'parents'?" in out
    assert located(out, path, "S006") == [(10, column)] and "parent / parents" in out


@pytest.mark.parametrize(
    ("item", "typo", "clash"),
    [
        ("{activity: kickoff, phse: onboarding}", "phse", "phse"),
        ("{actvity: kickoff, phase: onboarding}", "actvity", "onboarding"),  # at the phase written
    ],
)
def test_misspelt_scope_out_reference_beside_the_other_one(
    run: Run, tmp_path: Path, item: str, typo: str, clash: str
) -> None:
    text = BASE.replace("headcount: 3}", "headcount: 3, scope: {out: [" + item + "]}}")
    path = spec_file(tmp_path, text)
    code, out = run("validate", "--no-config", str(path))
    assert code == 2
    line = text.splitlines()[3]
    assert located(out, path, "S003") == [(4, line.index(typo) + 1)]
    assert located(out, path, "S006") == [(4, line.index(clash) + 1)] and "activity / phase" in out


# crash 2 and 3: numbers beyond any organisation ----------------------------------------

HUGE = [
    pytest.param("1" + "0" * 5000, "is above the maximum 1,000,000,000", id="5000-digits"),
    pytest.param("0x" + "f" * 4000, "is above the maximum 1,000,000,000", id="4000-hex-digits"),
    pytest.param("-0x" + "f" * 4000, "is below the minimum 0", id="negative-hex"),
    pytest.param("1" + "0" * 309, "is above the maximum 1,000,000,000", id="1e309"),
    pytest.param("1_000_000_001", "is above the maximum 1,000,000,000", id="one-over"),
]


@pytest.mark.parametrize(("number", "message"), HUGE)
def test_huge_headcount_is_a_located_error_in_every_command(
    run: Run, tmp_path: Path, number: str, message: str
) -> None:
    path = spec_file(tmp_path, BASE.replace("headcount: 3", f"headcount: {number}"))
    column = BASE.splitlines()[3].index("3}") + 1
    for command in (
        ["validate", str(path)],
        ["render", "charter", "--department", "cs", str(path)],
        ["report", "-o", str(tmp_path / "report.html"), str(path)],
    ):
        code, out = run(*command, "--no-config" if command[0] == "validate" else "--lang=en")
        assert code == 2, command
        assert located(out, path, "S006") == [(4, column)], out
        assert message in out
    assert not (tmp_path / "report.html").exists()


def test_org_accounts_of_310_digits_no_longer_crashes_the_capacity_rule(run: Run, tmp_path: Path) -> None:
    text = BASE.replace("locale: en}", "locale: en, accounts: 1" + "0" * 309 + "}")
    path = spec_file(tmp_path, text)
    code, out = run("validate", "--no-config", "--select", "C601", str(path))
    column = text.splitlines()[1].index("accounts: ") + len("accounts: ") + 1
    assert code == 2 and located(out, path, "S006") == [(2, column)]


def test_version_of_5000_digits_is_an_unsupported_version(run: Run, tmp_path: Path) -> None:
    path = spec_file(tmp_path, BASE.replace("version: 1", "version: 1" + "0" * 5000))
    code, out = run("validate", "--no-config", str(path))
    assert code == 2 and located(out, path, "S006") == [(1, 10)]
    assert "reads spec format version 1, not 1000" in out and len(out) < 2000


def test_the_largest_counts_are_accepted_and_render(run: Run, tmp_path: Path) -> None:
    text = BASE.replace("headcount: 3", f"headcount: {MAX_COUNT}, accounts: 0x3B9ACA00")
    path = spec_file(tmp_path, text.replace("locale: en}", f"locale: en, accounts: {MAX_COUNT}}}"))
    assert run("validate", "--no-config", str(path))[0] == 0
    code, out = run("render", "charter", "--department", "cs", str(path))
    assert code == 0 and "1000000000" in out.replace(",", "")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sign=st.sampled_from(["", "-", "+"]),
    base=st.sampled_from(["", "0x", "0o", "0b", "0"]),
    digits=st.text("0123456789abcdef_", min_size=1, max_size=6000),
)
def test_any_integer_text_loads_or_is_a_located_problem(sign: str, base: str, digits: str) -> None:
    """Whatever YAML reads as an integer, or tags as one, the loader answers with a model
    or located problems: never an exception, never a count outside 0 – 1,000,000,000."""
    for value in (sign + base + digits, f"!!int {sign}{base}{digits}"):
        text = BASE.replace("headcount: 3", f"headcount: {value}")
        try:
            spec = raci.loads(text, "org.raci.yaml")
        except SpecError as error:
            assert all(p.span is not None and p.span.line == 4 for p in error.problems), error.problems
            str(error)  # the messages format
        else:
            headcount = spec.departments[0].headcount
            assert headcount is None or 0 <= headcount <= MAX_COUNT


# item 4: control characters --------------------------------------------------------------


@pytest.mark.parametrize("escape", ["\\x07", "\\e[31m", "\\0", "\\x9b", "\\x7f", "\\r", "\\b"])
def test_control_character_in_a_name_is_refused_before_any_output(run: Run, tmp_path: Path, escape: str) -> None:
    path = spec_file(tmp_path, BASE.replace("name: Kickoff meeting", f'name: "Kick{escape}off"'))
    column = BASE.splitlines()[8].index("Kickoff") + 1
    code, out = run("render", "matrix", "-f", "xlsx", "-o", str(tmp_path / "m.xlsx"), "--lang", "en", str(path))
    assert code == 2 and located(out, path, "S006") == [(9, column)]
    assert "control character U+00" in out
    assert not (tmp_path / "m.xlsx").exists()
    code, out = run("validate", "--no-config", "--lang", "ja", str(path))
    assert code == 2 and "制御文字" in out


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_name_either_loads_clean_of_controls_or_is_refused(name: str) -> None:
    """A name written with a JSON-style escape for every character reaches the model only
    when it holds no C0 control (except tab and newline), no DEL and no C1 control."""
    escaped = "".join(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}" for c in name)
    text = BASE.replace("name: Kickoff meeting", f'name: "{escaped}"')
    controls = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
    try:
        spec = raci.loads(text, "org.raci.yaml")
    except SpecError as error:
        keys = {p.key for p in error.problems}
        assert keys <= {"control_character", "empty_value"}, keys
        assert controls.search(name) or not name.strip()
    else:
        loaded = spec.phases[0].activities[0].name.get("en")
        assert loaded == name and not controls.search(loaded)


# text length ------------------------------------------------------------------------------


def test_names_and_texts_over_their_limit_are_located_errors(run: Run, tmp_path: Path) -> None:
    text = BASE.replace("name: Kickoff meeting", "name: " + "N" * (MAX_NAME + 1)).replace(
        "    name: Onboarding\n", "    name: Onboarding\n    description: " + "説" * (MAX_TEXT + 1) + "\n"
    )
    path = spec_file(tmp_path, text)
    code, out = run("validate", "--no-config", str(path))
    assert code == 2
    lines = text.splitlines()
    assert located(out, path, "S010") == [(8, lines[7].index("説") + 1), (10, lines[9].index("NNN") + 1)]
    assert "201 characters: a name, id, unit or target takes at most 200" in out
    assert "2,001 characters: a description or other text takes at most 2,000" in out


# item 5 and 13: configuration and baseline files ----------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("a = " + "[" * 5000 + "\n", id="arrays"),
        pytest.param("a = " + "{b = " * 3000 + "\n", id="inline-tables"),
    ],
)
def test_deeply_nested_raci_toml_is_a_located_error(run: Run, tmp_path: Path, content: str) -> None:
    spec = spec_file(tmp_path, BASE)
    (tmp_path / "raci.toml").write_text(content, encoding="utf-8")
    for command in (["validate", str(spec)], ["render", "matrix", "-f", "md", "--lang", "en", str(spec)]):
        code, out = run(*command)
        assert code == 2, command
        assert re.search(rf"{re.escape(str(tmp_path / 'raci.toml'))}:1:\d+: error S020 ", out), out
        assert "nested too deeply" in out


def test_deeply_nested_baseline_is_a_clear_error(run: Run, tmp_path: Path) -> None:
    spec = spec_file(tmp_path, BASE)
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100_000, encoding="utf-8")
    code, out = run("validate", "--no-config", "--baseline", str(baseline), str(spec))
    assert code == 2 and f"{baseline} is not a raci baseline file (its JSON is nested too deeply" in out
    code, out = run("validate", "--no-config", "--lang", "ja", "--baseline", str(baseline), str(spec))
    assert code == 2 and "JSON の入れ子が深すぎて読めません" in out


def test_raci_toml_that_is_a_folder_is_an_error_not_ignored(run: Run, tmp_path: Path) -> None:
    spec = spec_file(tmp_path, BASE)
    (tmp_path / "raci.toml").mkdir()
    code, out = run("validate", str(spec))
    assert code == 2 and f"{tmp_path / 'raci.toml'}:1:1: error S020 " in out and "is a folder" in out
    assert run("validate", "--no-config", str(spec))[0] == 0


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_raci_toml_that_is_a_link_loop_is_an_error_not_ignored(run: Run, tmp_path: Path) -> None:
    spec = spec_file(tmp_path, BASE)
    (tmp_path / "raci.toml").symlink_to(tmp_path / "loop.toml")
    (tmp_path / "loop.toml").symlink_to(tmp_path / "raci.toml")
    code, out = run("validate", str(spec))
    assert code == 2 and f"{tmp_path / 'raci.toml'}:1:1: error S020 cannot read the file" in out


@pytest.mark.parametrize(
    ("content", "where"),
    [
        pytest.param(b"[project\nname = 'x'\n", "1:9", id="not-toml"),
        pytest.param(b"[tool.raci]\nselect = ['R']\n# \xff\n", "3:3", id="not-utf8"),
    ],
)
def test_pyproject_that_cannot_be_read_as_toml_is_an_error(
    run: Run, tmp_path: Path, content: bytes, where: str
) -> None:
    spec = spec_file(tmp_path, BASE)
    (tmp_path / "pyproject.toml").write_bytes(content)
    code, out = run("validate", str(spec))
    assert code == 2 and f"{tmp_path / 'pyproject.toml'}:{where}: error S020 " in out
    assert "--no-config" in out  # the way out is in the hint


def test_valid_pyproject_without_raci_settings_is_still_skipped(run: Run, tmp_path: Path) -> None:
    spec = spec_file(tmp_path, BASE)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n[tool.ruff]\nline-length = 99\n")
    assert run("validate", str(spec))[0] == 0
    (tmp_path / "pyproject.toml").write_text("tool = 1\n")  # odd, valid, and no [tool.raci]
    assert run("validate", str(spec))[0] == 0


def test_pyproject_with_dotted_raci_settings_is_found(run: Run, tmp_path: Path) -> None:
    spec = spec_file(tmp_path, BASE)
    (tmp_path / "pyproject.toml").write_text("tool.raci.select = ['Q']\n")
    code, out = run("validate", str(spec))
    assert code == 2 and "no rule is called 'Q'" in out


@pytest.mark.parametrize(
    ("setting", "shown"),
    [
        pytest.param("max_accounts = 0x" + "f" * 4000, "0 – 1,000,000,000", id="hex-4000-digits"),
        pytest.param("max_accounts = 1" + "0" * 5000, "thousands of digits", id="5000-digits"),
        pytest.param("max_accounts = 1_000_000_001", "0 – 1,000,000,000", id="one-over"),
    ],
)
def test_config_numbers_beyond_any_count_are_located_errors(run: Run, tmp_path: Path, setting: str, shown: str) -> None:
    spec = spec_file(tmp_path, BASE)
    (tmp_path / "raci.toml").write_text(f"[rules.C601]\n{setting}\n")
    code, out = run("validate", str(spec))
    assert code == 2 and re.search(rf"{re.escape(str(tmp_path / 'raci.toml'))}:2:\d+: error S020 ", out), out
    assert shown in out and len(out) < 2000


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e309"])
def test_config_float_that_is_no_number_is_refused(run: Run, tmp_path: Path, value: str) -> None:
    spec = spec_file(tmp_path, BASE)
    (tmp_path / "raci.toml").write_text(f"[rules.C602]\nmax_factor = {value}\n")
    code, out = run("validate", str(spec))
    assert code == 2 and f"{tmp_path / 'raci.toml'}:2:1: error S020 " in out


# item 15: exit code 2 as documented ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "unknown keys, wrong types, dangling ids"), ("ja", "存在しない ID")]
)
def test_help_says_a_spec_that_parsed_but_is_not_the_format_exits_2(
    run: Run, tmp_path: Path, lang: str, words: str
) -> None:
    code, out = run("validate", "--help", "--lang", lang)
    assert code == 0 and words in re.sub(r"\s+", " ", out)
    for mistake in ("headcont: 3", "headcount: 3, accounts: 5000000000"):
        path = spec_file(tmp_path, BASE.replace("headcount: 3", mistake))
        assert run("validate", "--no-config", str(path))[0] == 2
    path = spec_file(tmp_path, BASE.replace("raci: {cs: A/R}", "raci: {cs: A/R, sales: C}"))  # a dangling id
    assert run("validate", "--no-config", str(path))[0] == 2


FUZZ_FINDS = sorted((Path(__file__).parent / "data" / "fuzz").glob("recursive-alias-*.yaml"))


@pytest.mark.parametrize("path", FUZZ_FINDS, ids=lambda p: p.stem)
def test_recursive_aliases_found_by_the_fuzz_run_are_refused_not_a_hang(path: Path) -> None:
    """YAML allows an anchor to contain an alias to itself; locating an element's end used
    to follow its last child around that loop forever (bench/fuzz.py, 100k run, seed 7).
    A real process with a generous bound: the test fails on a hang instead of waiting."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "raci", "validate", str(path)], capture_output=True, env=env, timeout=120
    )
    assert proc.returncode == 2, proc.stderr
    assert b"Traceback" not in proc.stderr
    assert str(path).encode() in proc.stdout + proc.stderr
