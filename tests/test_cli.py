"""The command line as a user meets it: output lines, exit codes, languages, bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, ROOT

FINDING_LINE = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<code>[A-Z]\d{3}) .+$"
)


def finding_lines(out: str) -> list[re.Match[str]]:
    return [m for m in map(FINDING_LINE.match, out.splitlines()) if m]


def test_version(raci_process) -> None:
    result = raci_process("--version")
    assert result.code == 0
    assert re.fullmatch(r"raci, version \d+\.\d+\.\d+\n", result.out)


def test_help_lists_commands(raci) -> None:
    result = raci("--help")
    assert result.code == 0
    for command in ("validate", "schema", "examples"):
        assert command in result.out


def test_bundled_examples_are_clean(raci) -> None:
    result = raci("validate", "specs/")
    assert result.code == 0, result.all
    assert finding_lines(result.out) == []
    assert "2 file(s) checked: no problems" in result.out or "2 ファイルを検査しました: 問題はありません" in result.out


def test_clean_spec_exits_0(raci, write_spec) -> None:
    result = raci("validate", str(write_spec()))
    assert result.code == 0
    assert result.out.strip() == "1 file(s) checked: no problems"


def test_error_finding_exits_1_with_location(raci, write_spec) -> None:
    path = write_spec(MINIMAL.replace("{cs: A/R, sales: C}", "{cs: R, sales: C}"))
    result = raci("validate", "--select", "R101", str(path))
    assert result.code == 1
    [line] = finding_lines(result.out)
    assert (line["file"], line["line"], line["col"], line["sev"], line["code"]) == (
        str(path),
        "12",
        "9",
        "error",
        "R101",
    )
    assert "kickoff" in line[0]
    assert "hint: make exactly one department A" in result.out


def test_warning_passes_unless_fail_on_warning(raci, write_spec) -> None:
    path = write_spec(MINIMAL + "  - id: renewal\n    name: Renewal\n    activities: []\n")
    assert raci("validate", str(path)).code == 0
    result = raci("validate", "--fail-on", "warning", str(path))
    assert result.code == 1
    assert [m["code"] for m in finding_lines(result.out)] == ["R105"]


def test_unreadable_spec_exits_2(raci) -> None:
    result = raci("validate", "tests/specs/demo/broken.raci.yaml", "--lang", "en")
    assert result.code == 2
    codes = {(m["line"], m["code"]) for m in finding_lines(result.out)}
    assert ("6", "S003") in codes and ("13", "S008") in codes and ("14", "S008") in codes
    assert "did you mean 'headcount'?" in result.out


def test_json_format(raci, write_spec) -> None:
    path = write_spec(MINIMAL.replace("{cs: A/R, sales: C}", "{cs: A/R, sales: A}"))
    result = raci("validate", "--format", "json", "--select", "R102", str(path))
    assert result.code == 1
    data = json.loads(result.out)
    [finding] = data["findings"]
    assert finding["code"] == "R102"
    assert finding["severity"] == "error"
    assert finding["file"] == str(path)
    assert (finding["line"], finding["column"]) == (12, 9)
    assert "'Customer Success', 'Sales'" in finding["message"]  # names, not ids
    assert finding["rule"] == "several-accountable"
    assert data["summary"]["error"] == 1 and data["summary"]["files"] == 1


def test_json_format_for_unparseable_file(raci, write_spec) -> None:
    path = write_spec("version: 1\ndepartments: [\n")
    result = raci("validate", "-f", "json", str(path))
    assert result.code == 2
    data = json.loads(result.out)
    assert [f["code"] for f in data["findings"]] == ["S001"]
    assert data["summary"]["unreadable"] == [str(path)]


def test_stdin(raci_process) -> None:
    result = raci_process("validate", "--select", "R101", "-", input=MINIMAL.replace("A/R", "R"))
    assert result.code == 1
    assert result.out.startswith("<stdin>:12:9: error R101 ")


def test_folder_is_searched_recursively_in_sorted_order(raci, tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.raci.yml").write_text(MINIMAL.replace("A/R", "R"), encoding="utf-8")
    (tmp_path / "b" / "c.raci.yaml").write_text(MINIMAL.replace("A/R", "R"), encoding="utf-8")
    (tmp_path / "ignored.yaml").write_text("not: a spec", encoding="utf-8")
    result = raci("validate", "--select", "R101", str(tmp_path))
    assert result.code == 1
    assert [Path(m["file"]).name for m in finding_lines(result.out)] == ["a.raci.yml", "c.raci.yaml"]
    assert "2 file(s) checked" in result.out


def test_folder_without_specs_is_an_error(raci, tmp_path: Path) -> None:
    result = raci("validate", str(tmp_path))
    assert result.code == 2
    assert "no *.raci.yaml or *.raci.yml files" in result.err


def test_missing_file(raci, tmp_path: Path) -> None:
    result = raci("validate", str(tmp_path / "nope.raci.yaml"))
    assert result.code == 2
    assert "cannot read the file" in result.out


def test_one_bad_file_among_good_ones_still_reports_all(raci, tmp_path: Path) -> None:
    (tmp_path / "good.raci.yaml").write_text(MINIMAL.replace("A/R", "R"), encoding="utf-8")
    (tmp_path / "bad.raci.yaml").write_text("version: [\n", encoding="utf-8")
    result = raci("validate", "--select", "R1", str(tmp_path))
    assert result.code == 2
    assert [m["code"] for m in finding_lines(result.out)] == ["S001", "R101"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"null\n",
        b"- just\n- a list\n",
        b"plain scalar",
        b"\xff\xfe\x00binary\x00",
        b"version: 1\n---\nversion: 1\n",
        b"[" * 50000,
        b"{a: " * 30000,
        b"- " * 30000 + b"x",
        b"---\n",
        b"a: &a {<<: *a}\n",
        b"\t- tab\n",
        b"version: !!python/object:os.system {}\n",
        b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
    ],
    ids=[
        "empty",
        "null",
        "list",
        "scalar",
        "binary",
        "two-documents",
        "deep-list",
        "deep-map",
        "deep-dashes",
        "only-marker",
        "self-merge",
        "tab",
        "python-tag",
        "aliases",
    ],
)
def test_garbage_input_exits_2_with_a_located_message(raci, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.raci.yaml"
    path.write_bytes(content)
    result = raci("validate", str(path))
    assert result.code == 2, result.all
    lines = finding_lines(result.out)
    assert lines and all(m["file"] == str(path) for m in lines)


def test_alias_bomb_is_refused(raci, tmp_path: Path) -> None:
    activities = "[&a {id: a, name: A, raci: {cs: A/R}}" + ", *a" * 150 + "]"
    phases = f"  - &p {{id: p, name: P, activities: {activities}}}\n" + "  - *p\n" * 150
    text = "version: 1\norg: {name: Acme}\ndepartments: [{id: cs, name: CS, kind: cs}]\nphases:\n" + phases
    path = tmp_path / "bomb.raci.yaml"
    path.write_text(text, encoding="utf-8")
    result = raci("validate", "--lang", "en", str(path))
    assert result.code == 2
    [line] = finding_lines(result.out)
    assert line["code"] == "S010" and "aliases" in line[0]


def test_merge_keys_for_defaults_are_not_mistaken_for_a_bomb(raci, tmp_path: Path) -> None:
    activities = "".join(f"      - {{<<: *row, id: a{i}, name: Activity {i}}}\n" for i in range(3000))
    text = (
        "version: 1\norg: {name: Acme}\ndepartments: [{id: cs, name: CS, kind: cs}]\nphases:\n"
        "  - id: p\n    name: P\n    activities:\n"
        "      - &row {id: first, name: First, raci: {cs: A/R}, mode: proactive}\n" + activities
    )
    path = tmp_path / "merge.raci.yaml"
    path.write_text(text, encoding="utf-8")
    result = raci("validate", str(path))
    assert result.code == 0, result.all


def test_unknown_rule_code_is_a_usage_error(raci, write_spec) -> None:
    result = raci("validate", "--select", "R999", str(write_spec()))
    assert result.code == 2
    assert "no rule has the code 'R999'" in result.err


def test_select_and_ignore(raci, write_spec) -> None:
    path = write_spec(MINIMAL.replace("{cs: A/R, sales: C}", "{cs: C, sales: C}"))
    both = {m["code"] for m in finding_lines(raci("validate", "--select", "R10", str(path)).out)}
    assert both == {"R101", "R103"}
    assert {"R101", "R103", "L201"} <= {m["code"] for m in finding_lines(raci("validate", str(path)).out)}
    assert {m["code"] for m in finding_lines(raci("validate", "--select", "R101", str(path)).out)} == {"R101"}
    ignored = raci("validate", "--select", "R10", "--ignore", "r101,R103", str(path))
    assert {m["code"] for m in finding_lines(ignored.out)} == set()


def test_language_follows_flag_then_spec_then_environment(raci_process, write_spec) -> None:
    english = write_spec(MINIMAL.replace("A/R", "R"))
    japanese = write_spec(MINIMAL.replace("A/R", "R").replace("locale: en", "locale: ja"), name="ja.raci.yaml")
    assert "has no Accountable" in raci_process("validate", str(english)).out
    assert "説明責任（A）の部門がありません" in raci_process("validate", str(japanese)).out
    assert "has no Accountable" in raci_process("validate", "--lang", "en", str(japanese)).out
    no_locale = write_spec(MINIMAL.replace("A/R", "R").replace(", locale: en", ""), name="none.raci.yaml")
    assert "説明責任（A）" in raci_process("validate", str(no_locale), env={"LANG": "ja_JP.UTF-8"}).out
    assert "has no Accountable" in raci_process("validate", str(no_locale), env={"LANG": "en_US.UTF-8"}).out


def test_structural_errors_speak_the_spec_locale(raci, write_spec) -> None:
    path = write_spec(MINIMAL.replace("locale: en", "locale: ja").replace("kind: sales", "kind: salse"))
    result = raci("validate", str(path))
    assert result.code == 2
    assert "（'sales' の誤りではありませんか？）" in result.out


def test_color_only_when_asked_or_on_a_terminal(raci_process, write_spec) -> None:
    path = write_spec(MINIMAL.replace("A/R", "R"))
    assert "\x1b[" not in raci_process("validate", str(path)).out  # a pipe is not a terminal
    assert "\x1b[31merror" in raci_process("validate", "--color", str(path)).out


def test_schema_command_prints_the_shipped_schema(raci, tmp_path: Path) -> None:
    result = raci("schema")
    assert result.code == 0
    shipped = (ROOT / "raci" / "spec" / "schema.json").read_text(encoding="utf-8")
    assert result.out == shipped
    out = tmp_path / "raci.schema.json"
    assert raci("schema", "-o", str(out)).code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(shipped)


def test_examples_list_and_print(raci) -> None:
    listing = raci("examples")
    assert listing.code == 0
    names = [line.split()[0] for line in listing.out.splitlines()]
    assert names == ["acme-functional", "startup-allrounder"]
    shown = raci("examples", "startup-allrounder")
    assert shown.code == 0
    bundled = (ROOT / "specs" / "startup-allrounder.raci.yaml").read_text(encoding="utf-8")
    assert shown.out.startswith("# yaml-language-server: $schema=raci.schema.json\n")
    assert shown.out.split("\n", 2)[2] == bundled.split("\n", 1)[1]  # the rest unchanged
    missing = raci("examples", "acme")
    assert missing.code == 2 and "did you mean 'acme-functional'" in missing.err


def test_example_printed_by_raci_validates(raci, tmp_path: Path) -> None:
    text = raci("examples", "acme-functional").out
    result = raci("validate", "-", input=text)
    assert result.code == 0, result.all


def test_japanese_keyboard_traps_get_a_specific_hint(raci, tmp_path: Path) -> None:
    colon = tmp_path / "colon.raci.yaml"
    colon.write_text("version: 1\norg：\n  name: x\n", encoding="utf-8")
    result = raci("validate", "--lang", "ja", str(colon))
    assert result.code == 2
    assert "全角のコロン" in result.out
    indent = tmp_path / "indent.raci.yaml"
    indent.write_text("version: 1\norg: {name: x}\n\u3000departments: []\n", encoding="utf-8")
    result = raci("validate", "--lang", "en", str(indent))
    assert result.code == 2
    [line] = finding_lines(result.out)
    assert (line["line"], line["col"], line["code"]) == ("3", "1", "S001")
    assert "full-width space" in result.out


def test_unclosed_bracket_says_where_it_opened(raci, write_spec) -> None:
    path = write_spec("version: 1\norg: {name: x\nphases: []\n")
    result = raci("validate", "--lang", "en", str(path))
    assert result.code == 2
    assert "starts at line 2, column 6" in result.out


def test_output_problems_are_the_users_to_fix_not_bugs(raci, tmp_path: Path) -> None:
    spec = ROOT / "specs" / "startup-allrounder.raci.yaml"
    for args in (
        ["report", str(spec), "-o", str(tmp_path / "missing" / "r.html")],
        ["render", "matrix", str(spec), "-f", "xlsx", "-o", str(tmp_path / "missing" / "m.xlsx")],
        ["schema", "-o", str(tmp_path / "missing" / "s.json")],
        ["validate", "--write-baseline", str(tmp_path / "missing" / "b.json"), str(spec)],
    ):
        result = raci(*args, "--lang", "en") if args[0] in ("report", "render") else raci(*args)
        assert result.code == 2, (args, result.all)
        assert "cannot write" in result.err and "missing" in result.err and "bug" not in result.all


def test_output_never_overwrites_the_spec(raci, tmp_path: Path) -> None:
    spec = tmp_path / "org.raci.yaml"
    spec.write_text(MINIMAL, encoding="utf-8")
    result = raci("render", "matrix", str(spec), "-f", "md", "-o", str(spec))
    assert result.code == 2 and "one of this command's inputs" in result.err
    assert spec.read_text(encoding="utf-8") == MINIMAL


def test_dash_output_is_standard_output(raci, tmp_path: Path) -> None:
    result = raci("render", "kpi-tree", str(ROOT / "specs" / "startup-allrounder.raci.yaml"), "-f", "dot", "-o", "-")
    assert result.code == 0 and result.out.startswith("digraph kpi_tree {")
    assert not (ROOT / "-").exists()


def test_broken_user_template_is_reported_with_its_place(raci, tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "mission.md.j2").write_text("line one\n{% if %}\n", encoding="utf-8")
    spec = str(ROOT / "specs" / "startup-allrounder.raci.yaml")
    result = raci("render", "mission", spec, "--templates", str(folder))
    assert result.code == 2 and "mission.md.j2:2" in result.err
    (folder / "mission.md.j2").write_text("{{ nope.deeper }}\n", encoding="utf-8")
    result = raci("render", "mission", spec, "--templates", str(folder))
    assert result.code == 2 and "'nope' is undefined" in result.err


def test_options_are_offered_only_where_they_do_something(raci) -> None:
    tree = raci("render", "kpi-tree", "--help").out
    assert "--font" in tree and "--department" not in tree and "--templates" not in tree
    matrix = raci("render", "matrix", "--help").out
    assert "--department" in matrix and "--templates" in matrix and "--font" not in matrix


def test_japanese_help_keeps_the_short_option(raci_process) -> None:
    result = raci_process("-h", env={"LANG": "ja_JP.UTF-8"})
    assert result.code == 0 and "カスタマーサクセス" in result.out
    assert raci_process("validate", "-h", "--lang", "ja").code == 0


def test_shift_jis_file_is_located_and_named(raci, tmp_path: Path) -> None:
    path = tmp_path / "sjis.raci.yaml"
    path.write_bytes("version: 1\norg: {name: テスト}\n".encode("cp932"))
    result = raci("validate", "--lang", "en", str(path))
    assert result.code == 2
    assert f"{path}:2:" in result.out and "Shift_JIS" in result.out


def test_dash_for_no_role_gets_a_specific_hint(raci, write_spec) -> None:
    path = write_spec(MINIMAL.replace("raci: {cs: A/R, sales: C}", "raci:\n          cs: A/R\n          sales: -"))
    result = raci("validate", "--lang", "en", str(path))
    assert result.code == 2 and "left out of the raci row" in result.out


def test_a_bug_is_a_short_report_with_exit_3_in_a_real_process(write_spec) -> None:
    """What a user sees when raci itself fails: one line, exit 3, the traceback only with RACI_DEBUG=1."""
    boom = (
        "import sys, raci.commands.check as check\n"
        "def boom(*args, **kwargs):\n    raise ZeroDivisionError('planted bug')\n"
        "check.validate = boom\nfrom raci.cli import run\nsys.argv[1:] = ['validate', sys.argv[1]]\nrun()\n"
    )
    path = str(write_spec())
    env = {k: v for k, v in os.environ.items() if k != "RACI_DEBUG"} | {"PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    quiet = subprocess.run([sys.executable, "-c", boom, path], capture_output=True, text=True, env=env, timeout=120)
    assert quiet.returncode == 3 and quiet.stdout == ""
    assert "internal error" in quiet.stderr and "ZeroDivisionError: planted bug" in quiet.stderr
    assert "Traceback" not in quiet.stderr and quiet.stderr.count("\n") <= 2, quiet.stderr
    loud = subprocess.run(
        [sys.executable, "-c", boom, path], capture_output=True, text=True, env=env | {"RACI_DEBUG": "1"}, timeout=120
    )
    assert loud.returncode == 1 and "Traceback" in loud.stderr and "planted bug" in loud.stderr
