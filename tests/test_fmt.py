"""raci fmt: canonical form, every comment kept, never a change of meaning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raci.cli import main
from raci.lint import validate
from raci.spec.load import load, loads
from raci.spec.reformat import format_text
from raci.spec.write import dump
from tests.conftest import ROOT
from tests.spec_strategies import specs
from tests.test_write import loadable


def comments_of(text: str) -> list[str]:
    return [m.group(1).rstrip() for line in text.splitlines() for m in [re.search(r"(?:^|\s)(#.*)$", line)] if m]


def test_bundled_specs_are_formatted(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fmt", "--check", str(ROOT / "specs")]) == 0


@pytest.mark.parametrize("path", loadable(), ids=lambda p: p.name)
def test_fmt_keeps_meaning_and_comments_and_is_idempotent(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    once = format_text(text, str(path))
    assert loads(once) == load(path)
    assert format_text(once, str(path)) == once
    assert sorted(c.split("#", 1)[1].strip() for c in comments_of(text)) == sorted(
        c.split("#", 1)[1].strip() for c in comments_of(once)
    )


MESSY = """# yaml-language-server: $schema=raci.schema.json
# provenance: workshop 2024-04

version: 1
org:
    name:   Acme   # the company
departments:
    # sales first
    - {id: sales, name: Sales, kind: sales}
    - id: cs
      name: CS
      kind: cs
      headcount: 3    # after the reorg
phases:
    - id: onboarding
      name: Onboarding
      activities:
          # the kickoff: two accountables, decided on purpose
          - id: kickoff  # raci: ignore[R102] both sign off, decided in the April workshop
            name: Kickoff
            raci: {cs: R/A, sales: a}
            handoff: false   # not a handoff
          # raci: ignore[R102] shared on purpose
          - id: training
            name: Training
            raci:
                cs: RA   # Responsible and Accountable
                sales: A
# the end
"""


def test_fmt_normalises_layout_and_keeps_comments_where_they_were() -> None:
    out = format_text(MESSY)
    assert (
        out
        == """# yaml-language-server: $schema=raci.schema.json
# provenance: workshop 2024-04

version: 1

org:
  name: Acme   # the company

departments:
  # sales first
  - id: sales
    name: Sales
    kind: sales

  - id: cs
    name: CS
    kind: cs
    headcount: 3    # after the reorg

phases:
  - id: onboarding
    name: Onboarding
    activities:
      # the kickoff: two accountables, decided on purpose
      # not a handoff
      - id: kickoff  # raci: ignore[R102] both sign off, decided in the April workshop
        name: Kickoff
        raci: {cs: A/R, sales: A}
      # raci: ignore[R102] shared on purpose
      - id: training
        name: Training
        raci: {cs: A/R, sales: A}   # Responsible and Accountable
# the end
"""
    )


def test_suppressions_keep_working_after_fmt() -> None:
    before, after = loads(MESSY), loads(format_text(MESSY))
    assert len(before.suppressions) == len(after.suppressions) == 2
    assert not [f for f in validate(before) if f.code == "R102"]
    assert [f.code for f in validate(before)] == [f.code for f in validate(after)]
    unsuppressed = loads(re.sub(r"#\s*raci: ignore\[R102\][^\n]*", "", format_text(MESSY)))
    assert len([f for f in validate(unsuppressed) if f.code == "R102"]) == 2


FMT_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.slow
@FMT_SETTINGS
@given(specs(newlines=False), st.data())
def test_fmt_of_random_specs_with_comments_on_every_kind_of_line(spec, data) -> None:
    lines = dump(spec).splitlines()
    out: list[str] = []
    for number, line in enumerate(lines):
        indent = line[: len(line) - len(line.lstrip())]
        if line.strip() and data.draw(st.booleans()):
            out.append(f"{indent}# before {number}")
        out.append(line + (f"  # after {number}" if line.strip() and data.draw(st.booleans()) else ""))
    text = "\n".join(out) + "\n"
    once = format_text(text)
    assert loads(once) == spec
    assert format_text(once) == once
    assert sorted(comments_of(text)) == sorted(comments_of(once))


def test_check_and_diff_change_nothing_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "org.raci.yaml"
    path.write_text(MESSY, encoding="utf-8")
    assert main(["fmt", "--check", str(path)]) == 1
    assert "would reformat" in capsys.readouterr().err
    assert main(["fmt", "--diff", str(path)]) == 1
    diff = capsys.readouterr().out
    assert "-            raci: {cs: R/A, sales: a}" in diff and "+        raci: {cs: A/R, sales: A}" in diff
    assert path.read_text(encoding="utf-8") == MESSY
    assert main(["fmt", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == format_text(MESSY)
    assert main(["fmt", "--check", str(path)]) == 0


def test_fmt_keeps_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "org.raci.yaml"
    path.write_bytes(MESSY.replace("\n", "\r\n").encode())
    assert main(["fmt", str(path)]) == 0
    assert path.read_bytes() == format_text(MESSY).replace("\n", "\r\n").encode()


def test_a_broken_spec_is_reported_and_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "a.raci.yaml", tmp_path / "b.raci.yaml"
    good.write_text(MESSY, encoding="utf-8")
    bad.write_text(MESSY.replace("kind: cs", "kind: cx"), encoding="utf-8")
    assert main(["fmt", "--lang", "ja", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:12:13" in err and "S006" in err
    assert bad.read_text(encoding="utf-8") == MESSY.replace("kind: cs", "kind: cx")
    assert good.read_text(encoding="utf-8") == format_text(MESSY)


def test_an_unwritable_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def refuse(src: str, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    path = tmp_path / "org.raci.yaml"
    path.write_text(MESSY, encoding="utf-8")
    monkeypatch.setattr(os, "replace", refuse)
    assert main(["fmt", str(path)]) == 2
    assert f"cannot write {path}: Permission denied" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == MESSY
    assert [p.name for p in tmp_path.iterdir()] == ["org.raci.yaml"]


def test_a_file_saved_meanwhile_is_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor saves the spec while fmt is formatting it: fmt refuses, the newer file stays."""
    from raci.commands import write as fmt_files

    path = tmp_path / "org.raci.yaml"
    path.write_text(MESSY, encoding="utf-8")
    newer = MESSY + "# saved by an editor meanwhile\n"
    real = fmt_files.format_text

    def slow_format(text: str, source: str) -> str:
        path.write_text(newer, encoding="utf-8")
        return real(text, source)

    monkeypatch.setattr(fmt_files, "format_text", slow_format)
    assert main(["fmt", str(path)]) == 2
    assert "changed on disk" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == newer


def test_standard_input_to_standard_output(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MESSY.encode())))
    assert main(["fmt", "-"]) == 0
    assert capsys.readouterr().out == format_text(MESSY)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("model", ["all-rounder", "sales-cs", "high-touch", "functional", "segment"])
def test_raci_init_output_is_already_formatted(model: str, lang: str) -> None:
    from raci.starter import generate

    text = generate(model, lang)
    assert format_text(text) == text


def test_a_folder_without_specs_is_an_error_not_a_silent_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`raci fmt --check wrong/path/` in CI must fail, as `raci validate` does."""
    (tmp_path / "notes.yaml").write_text("not: a spec\n", encoding="utf-8")
    assert main(["fmt", "--check", str(tmp_path)]) == 2
    assert "no *.raci.yaml or *.raci.yml files under" in capsys.readouterr().err
