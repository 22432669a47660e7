"""The output guard: no command ever writes over its input, a folder, a device or a newer file.

Each case here is one way a user's file was lost or damaged before the guard existed
(the hardening issue), run through the real command where a command exists.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci import output
from raci.output import OutputDir, OutputError
from tests.conftest import MINIMAL


def _spec(tmp_path: Path, name: str = "org.raci.yaml") -> Path:
    path = tmp_path / name
    path.write_text(MINIMAL, encoding="utf-8")
    return path


# The reproducers of the hardening issue, through the real CLI ---------------------------------


def test_write_baseline_onto_the_spec_is_refused_and_the_spec_kept(raci, tmp_path):
    spec = _spec(tmp_path)
    result = raci("validate", "--write-baseline", str(spec), str(spec))
    assert result.code == 2
    assert "one of this command's inputs" in result.err
    assert spec.read_text(encoding="utf-8") == MINIMAL


def test_write_baseline_onto_a_spec_found_in_a_folder_is_refused(raci, tmp_path):
    (tmp_path / "org").mkdir()
    spec = _spec(tmp_path / "org")
    result = raci("validate", "--write-baseline", str(spec), str(tmp_path / "org"))
    assert result.code == 2
    assert spec.read_text(encoding="utf-8") == MINIMAL


def test_render_onto_the_file_behind_standard_input_is_refused(tmp_path):
    """`raci render matrix -f md -o spec.raci.yaml - < spec.raci.yaml` replaced the spec."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    spec = _spec(tmp_path)
    with open(spec, "rb") as stdin:
        proc = subprocess.run(
            [sys.executable, "-m", "raci", "render", "matrix", "-f", "md", "-o", str(spec), "-"],
            stdin=stdin,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"},
            timeout=60,
        )
    assert proc.returncode == 2, proc.stderr
    assert b"one of this command's inputs" in proc.stderr
    assert spec.read_text(encoding="utf-8") == MINIMAL


def test_render_onto_the_spec_piped_through_standard_input_is_refused(tmp_path):
    """`cat spec.raci.yaml | raci render … -o spec.raci.yaml -`: a pipe names no file, so the
    guard recognises the spec by what was read; another output file is written as usual."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    spec = _spec(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    for target, code in ((spec, 2), (tmp_path / "matrix.md", 0)):
        proc = subprocess.run(
            [sys.executable, "-m", "raci", "render", "matrix", "-f", "md", "-o", str(target), "-"],
            input=MINIMAL.encode("utf-8"),
            capture_output=True,
            env=env,
            timeout=60,
        )
        assert proc.returncode == code, proc.stderr
    assert spec.read_text(encoding="utf-8") == MINIMAL
    assert (tmp_path / "matrix.md").read_text(encoding="utf-8").startswith("# RACI matrix")


def test_render_onto_the_spec_through_a_symlink_is_refused(raci, tmp_path):
    spec = _spec(tmp_path)
    link = tmp_path / "link.md"
    link.symlink_to(spec)
    result = raci("render", "matrix", str(spec), "-f", "md", "-o", str(link))
    assert result.code == 2
    assert spec.read_text(encoding="utf-8") == MINIMAL
    assert link.is_symlink()


def test_render_to_dev_null_writes_through_and_leaves_it_a_device(raci, tmp_path):
    spec = _spec(tmp_path)
    before = os.stat("/dev/null")
    result = raci("render", "matrix", str(spec), "-f", "md", "-o", "/dev/null")
    assert result.code == 0, result.err
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_schema_and_init_write_through_a_fifo(raci, tmp_path):
    """A named pipe is written into (a reader gets the data), never replaced by a file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = raci("schema", "-o", str(fifo))
    reader.join(timeout=60)
    assert result.code == 0, result.err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert b'"$schema"' in received[0]


def test_init_force_onto_dev_null_keeps_the_device(raci):
    result = raci("init", "--model", "all-rounder", "--lang", "en", "--no-input", "-o", "/dev/null", "--force")
    assert result.code == 0, result.err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_onto_a_folder_is_refused_with_what_to_do(raci, tmp_path):
    spec = _spec(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    for command in (
        ["render", "matrix", str(spec), "-f", "md"],
        ["schema"],
        ["validate", str(spec), "--write-baseline"],
    ):
        result = raci(*command, *(["-o"] if command[0] != "validate" else []), str(folder))
        assert result.code == 2, command
        assert "folder" in result.err or "directory" in result.err, result.err
    assert folder.is_dir() and not any(folder.iterdir())
    with pytest.raises(OutputError) as caught:
        output.write(folder, b"x")
    assert "it is a folder" in caught.value.message("en")
    assert "フォルダー" in caught.value.message("ja")


def test_output_onto_a_symlink_loop_is_refused(raci, tmp_path):
    spec = _spec(tmp_path)
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    result = raci("schema", "-o", str(tmp_path / "a"))
    assert result.code == 2
    assert "loop" in result.err
    assert raci("render", "matrix", str(spec), "-o", str(tmp_path / "a")).code == 2


# The guard as a library ------------------------------------------------------------------------


def test_a_symlinked_output_replaces_the_file_it_points_to_and_stays_a_link(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    output.write(link, b"new\n")
    assert link.is_symlink()
    assert real.read_bytes() == b"new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "real.md"]  # no temporary left


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    output.write(target, b"new\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.md"
    target.write_text("old\n", encoding="utf-8")

    def broken(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OutputError) as caught:
        output.write(target, b"new\n")
    assert caught.value.key == "output.cannot_write"
    assert "No space left" in caught.value.message("en")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError) as caught:
        output.write(tmp_path / "missing" / "out.md", b"x")
    assert caught.value.key == "output.cannot_write"
    assert "No such file or directory" in caught.value.message("en")


# In place: fmt, edit and serve rewrite their input -------------------------------------------


def test_in_place_rewrite_refuses_a_file_changed_on_disk_and_keeps_the_newer_one(tmp_path):
    spec = _spec(tmp_path)
    snapshot = output.read_for_update(spec)
    spec.write_text(MINIMAL + "# saved by an editor meanwhile\n", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        output.replace(snapshot, b"rewritten\n")
    assert caught.value.key == "output.changed_on_disk"
    assert "nothing was written" in caught.value.message("en")
    assert "何も書き込んでいません" in caught.value.message("ja")
    assert spec.read_text(encoding="utf-8").endswith("# saved by an editor meanwhile\n")


def test_in_place_rewrite_refuses_a_deleted_file(tmp_path):
    spec = _spec(tmp_path)
    snapshot = output.read_for_update(spec)
    spec.unlink()
    with pytest.raises(OutputError):
        output.replace(snapshot, b"rewritten\n")
    assert not spec.exists()


def test_in_place_rewrite_of_an_unchanged_file(tmp_path):
    spec = _spec(tmp_path)
    spec.chmod(0o600)
    snapshot = output.read_for_update(spec)
    assert output.replace(snapshot, snapshot.data) is False  # nothing to do: not even touched
    assert output.replace(snapshot, b"version: 1\n") is True
    assert spec.read_bytes() == b"version: 1\n"
    assert stat.S_IMODE(spec.stat().st_mode) == 0o600


@settings(max_examples=40, deadline=None)
@given(first=st.binary(max_size=200), second=st.binary(max_size=200), meanwhile=st.binary(max_size=200))
def test_in_place_never_loses_the_newest_content(tmp_path_factory, first, second, meanwhile):
    """Whatever was on disk last is either what we wrote (file unchanged since read) or kept."""
    path = tmp_path_factory.mktemp("inplace") / "f.yaml"
    path.write_bytes(first)
    snapshot = output.read_for_update(path)
    path.write_bytes(meanwhile)
    try:
        wrote = output.replace(snapshot, second)
    except OutputError:
        assert path.read_bytes() == meanwhile
    else:
        if wrote:
            assert meanwhile == first
            assert path.read_bytes() == second
        else:  # nothing to change: the file is not even touched
            assert second == first
            assert path.read_bytes() == meanwhile


# A folder of outputs ---------------------------------------------------------------------------


def test_output_dir_writes_inside_and_refuses_to_leave_or_overwrite_inputs(tmp_path):
    spec = _spec(tmp_path)
    folder = OutputDir(tmp_path / "forms", inputs=[spec])
    written = folder.write("cs.xlsx", b"data")
    assert written.read_bytes() == b"data"
    for bad in ("../escape.txt", "/etc/passwd", ""):
        with pytest.raises(OutputError):
            folder.write(bad, b"x")
    assert not (tmp_path / "escape.txt").exists()
    same = OutputDir(tmp_path, inputs=[spec])
    with pytest.raises(OutputError) as caught:
        same.write("org.raci.yaml", b"x")
    assert caught.value.key == "output.is_input"
    assert spec.read_text(encoding="utf-8") == MINIMAL


def test_output_dir_that_is_a_file_is_refused(tmp_path):
    spec = _spec(tmp_path)
    with pytest.raises(OutputError) as caught:
        OutputDir(spec)
    assert caught.value.key == "output.not_a_directory"
