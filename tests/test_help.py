"""Help in both languages: every line within 80 columns of an 80-column terminal (CJK
characters take two), click's own words in Japanese, and the groups' help (``raci``,
``raci render`` without a sub-command) in the environment's language."""

from __future__ import annotations

import click
import pytest

from raci.cli import cli
from raci.text import width
from tests.conftest import run_raci

ENGLISH_WORDS = ("Usage:", "Options:", "Commands:", "[default:", "Show this message and exit.", "Show the version")


def command_paths(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [path]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            paths += command_paths(command, (*path, name))
        else:
            paths.append((*path, name))
    return paths


PATHS = command_paths(cli)


@pytest.mark.parametrize("lang", ["ja_JP.UTF-8", "en_US.UTF-8"])
@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(("raci", *p)))
def test_help_lines_fit_80_columns(path: tuple[str, ...], lang: str) -> None:
    result = run_raci(*path, "--help", env={"LANG": lang, "COLUMNS": "80"})
    assert result.code == 0, result.all
    wide = [line for line in result.out.splitlines() if width(line) > 80]
    assert not wide, "\n".join(f"{width(line)}: {line}" for line in wide)
    if lang.startswith("ja"):
        assert "使い方:" in result.out
        english = [word for word in ENGLISH_WORDS if word in result.out]
        assert not english, english


@pytest.mark.parametrize("path", [(), ("render",)], ids=["raci", "raci render"])
def test_a_group_without_a_sub_command_shows_help_in_the_environment_s_language(path: tuple[str, ...]) -> None:
    japanese = run_raci(*path, env={"LANG": "ja_JP.UTF-8"})
    assert "使い方:" in japanese.out + japanese.err and "コマンド:" in japanese.out + japanese.err
    english = run_raci(*path, env={"LANG": "en_US.UTF-8"})
    assert "Usage:" in english.out + english.err and "Commands:" in english.out + english.err


def test_japanese_help_does_not_break_a_copyable_example() -> None:
    out = run_raci("validate", "--help", env={"LANG": "ja_JP.UTF-8", "COLUMNS": "80"}).out
    assert "'# raci: ignore[CODE] 理由'" in out


def test_english_help_after_japanese_help_is_english_again() -> None:
    assert "使い方:" in run_raci("validate", "--help", "--lang", "ja").out
    english = run_raci("validate", "--help", env={"LANG": "en_US.UTF-8"}).out
    assert "Usage:" in english and "使い方" not in english and "[default: text]" in english


def test_shell_completion_as_the_readme_documents_it() -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT), "_RACI_COMPLETE": "bash_complete"}
    done = subprocess.run(
        [sys.executable, "-m", "raci"],
        env={**env, "COMP_WORDS": "raci ren", "COMP_CWORD": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "plain,render" in done.stdout.splitlines()
    source = subprocess.run(
        [sys.executable, "-m", "raci"], env={**env, "_RACI_COMPLETE": "bash_source"}, capture_output=True, text=True
    )
    assert "_raci_completion()" in source.stdout
