"""What a terminal shows: colour by NO_COLOR (no-color.org) and --color/--no-color on
validate and render, and long validate messages wrapped at word and phrase boundaries
to the terminal's width (one line a finding when piped)."""

from __future__ import annotations

import os
import subprocess
import sys

from raci.text import width
from tests.conftest import ROOT, run_raci

ESC = "\x1b["
FINDINGS = "tests/golden/matrix/findings.raci.yaml"
HEADCOUNT = "tests/specs/bad/s004-headcount-as-string.raci.yaml"


def in_terminal(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the CLI with standard output and error on a pseudo-terminal, as in a user's shell."""
    import pty

    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    environment.update({"PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "TERM": "xterm-256color", **(env or {})})
    leader, follower = pty.openpty()
    chunks = []
    with subprocess.Popen(
        [sys.executable, "-m", "raci", *args], stdout=follower, stderr=follower, env=environment, cwd=ROOT
    ) as proc:
        os.close(follower)
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO once the child has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        code = proc.wait(timeout=120)
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_an_empty_no_color_does_not_turn_colour_off() -> None:
    assert ESC in in_terminal("render", "matrix", FINDINGS, env={"NO_COLOR": ""})[1]
    assert ESC not in in_terminal("render", "matrix", FINDINGS, env={"NO_COLOR": "1"})[1]
    assert ESC in in_terminal("validate", FINDINGS, env={"NO_COLOR": ""})[1]
    assert ESC not in in_terminal("validate", FINDINGS, env={"NO_COLOR": "1"})[1]


def test_render_takes_no_color_and_color_as_validate_does() -> None:
    assert ESC not in in_terminal("render", "matrix", FINDINGS, "--no-color")[1]
    piped = run_raci("render", "matrix", FINDINGS, "--color")
    assert piped.code == 0 and ESC in piped.out
    assert ESC not in run_raci("render", "matrix", FINDINGS).out


def test_long_validate_messages_wrap_at_words_to_the_terminal_width() -> None:
    piped = run_raci("validate", HEADCOUNT, "--lang", "en")
    finding = next(line for line in piped.all.splitlines() if " S004 " in line)
    assert width(finding) > 70  # one line a finding when piped
    code, shown = in_terminal("validate", HEADCOUNT, "--lang", "en", "--no-color", env={"COLUMNS": "70"})
    assert code == 2
    lines = shown.splitlines()
    assert all(width(line) <= 70 for line in lines), lines
    words = finding.split()
    start = next(i for i, line in enumerate(lines) if " S004" in line)
    end = next(i for i, line in enumerate(lines) if line.startswith("1 file"))
    wrapped = lines[start:end]
    assert " ".join(" ".join(wrapped).split()).startswith(" ".join(words))  # same words, none cut
    assert all(line.startswith("    ") for line in wrapped[1:])  # later lines indented under the first


def test_japanese_validate_messages_wrap_between_phrases() -> None:
    code, shown = in_terminal("validate", HEADCOUNT, "--lang", "ja", "--no-color", env={"COLUMNS": "70"})
    assert code == 2
    lines = shown.splitlines()
    assert all(width(line) <= 70 for line in lines), lines
    continued = [line.strip() for line in lines if line.startswith("    ")]
    assert continued and all(line[:1] not in "ー、。）」』ッャュョ" for line in continued)
