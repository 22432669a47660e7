"""The CI output formats (sarif, github, junit) as CI systems read them, from the real CLI."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml

from raci.findings import TABLE_CODES, TABLE_SEVERITIES, Finding, Report
from raci.reporters import REPORTERS, Options
from raci.reporters.github import escape_data, escape_property
from raci.rules import all_rules
from raci.spec.problems import CODES
from tests.conftest import MINIMAL, ROOT

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
R101_SPEC = MINIMAL.replace("{cs: A/R, sales: C}", "{cs: R, sales: C}")
S003_SPEC = MINIMAL.replace("kind: sales}", "kind: sales, headcont: 5}")
CI_FORMATS = ("sarif", "github", "junit")
CORE = ("--select", "R1")
"""Only the core rules: the findings of these small specs stay the same as rules are added."""

# RFC 3986 URI reference: unreserved, reserved and percent-encoded characters only.
URI_REFERENCE = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$")
GITHUB_LINE = re.compile(
    r"^::(?P<command>error|warning|notice) (?:file=(?P<file>[^,:]+),line=(?P<line>\d+),col=(?P<col>\d+),)?"
    r"title=(?P<title>[A-Z]\d{3} [a-z0-9-]+)::(?P<message>[^\r\n]+)$"
)


def validate_sarif(data: dict) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    assert validator_class is jsonschema.Draft4Validator  # the schema says draft-04
    validator_class.check_schema(schema)
    validator_class(schema).validate(data)
    for run in data["runs"]:
        for result in run["results"]:
            for location in result["locations"]:
                assert URI_REFERENCE.match(location["physicalLocation"]["artifactLocation"]["uri"])


def sarif_of(raci, *args: str, cwd: Path, input: str | None = None) -> tuple[int, dict]:
    result = raci("validate", *CORE, "--format", "sarif", *args, cwd=cwd, input=input)
    data = json.loads(result.out)
    validate_sarif(data)
    return result.code, data


# --- SARIF -------------------------------------------------------------------------------


def test_sarif_error_finding(raci, write_spec) -> None:
    path = write_spec(R101_SPEC)
    code, data = sarif_of(raci, path.name, cwd=path.parent)
    assert code == 1
    assert data["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert data["version"] == "2.1.0"
    [run] = data["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "raci"
    assert "informationUri" not in driver
    import raci as package

    assert driver["version"] == package.__version__
    [result] = run["results"]
    assert result["ruleId"] == "R101"
    assert result["level"] == "error"
    assert driver["rules"][result["ruleIndex"]]["id"] == "R101"
    assert "kickoff" in result["message"]["text"]
    [location] = result["locations"]
    physical = location["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "org.raci.yaml", "uriBaseId": "%SRCROOT%"}
    assert physical["region"] == {"startLine": 12, "startColumn": 9}
    assert result["partialFingerprints"]["raci/v1"]


def test_sarif_rules_describe_every_code(raci, write_spec) -> None:
    path = write_spec()
    code, data = sarif_of(raci, path.name, cwd=path.parent)
    assert code == 0
    [run] = data["runs"]
    assert run["results"] == []
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == sorted(ids)
    assert set(ids) == set(all_rules()) | set(CODES) | set(TABLE_CODES)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for rule in rules:
        assert rule["name"] and rule["name"] != rule["id"]
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"] == rule["help"]["text"]
        severity = all_rules()[rule["id"]].severity if rule["id"] in all_rules() else TABLE_SEVERITIES.get(rule["id"])
        expected = levels[severity or "error"]
        assert rule["defaultConfiguration"]["level"] == expected
    r101 = rules[ids.index("R101")]
    assert r101["name"] == "NoAccountable"
    assert r101["shortDescription"]["text"] == all_rules()["R101"].summary
    assert r101["help"]["text"] == all_rules()["R101"].doc


def test_sarif_structural_error_in_subfolder(raci, write_spec) -> None:
    path = write_spec(S003_SPEC, name="specs/team/org.raci.yaml")
    cwd = path.parent.parent.parent
    code, data = sarif_of(raci, "specs", cwd=cwd)
    assert code == 2
    [result] = data["runs"][0]["results"]
    assert (result["ruleId"], result["level"]) == ("S003", "error")
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "specs/team/org.raci.yaml", "uriBaseId": "%SRCROOT%"}
    assert physical["region"]["startLine"] == 6


def test_sarif_uri_is_relative_to_the_working_directory(raci, write_spec) -> None:
    path = write_spec(R101_SPEC, name="specs/org.raci.yaml")
    _, data = sarif_of(raci, str(path), cwd=path.parent.parent)  # absolute path on the command line
    location = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "specs/org.raci.yaml", "uriBaseId": "%SRCROOT%"}


def test_sarif_uri_is_percent_encoded(raci, write_spec) -> None:
    path = write_spec(R101_SPEC, name="my specs/組織.raci.yaml")
    _, data = sarif_of(raci, "my specs", cwd=path.parent.parent)
    uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "my%20specs/%E7%B5%84%E7%B9%94.raci.yaml"


def test_sarif_file_outside_the_working_directory_gets_an_absolute_uri(raci, write_spec) -> None:
    path = write_spec(R101_SPEC, name="outside/org.raci.yaml")
    cwd = path.parent.parent / "elsewhere"
    cwd.mkdir()
    _, data = sarif_of(raci, "../outside/org.raci.yaml", cwd=cwd)
    location = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": path.resolve().as_uri()}


def test_sarif_stdin_has_a_valid_location(raci, tmp_path) -> None:
    code, data = sarif_of(raci, "-", cwd=tmp_path, input=R101_SPEC)
    assert code == 1
    [result] = data["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "stdin"}


def test_sarif_fingerprint_survives_moved_lines(raci, write_spec) -> None:
    path = write_spec(R101_SPEC)
    _, before = sarif_of(raci, path.name, cwd=path.parent)
    path.write_text("# a comment\n# and another\n" + R101_SPEC, encoding="utf-8")
    _, after = sarif_of(raci, path.name, cwd=path.parent)
    [old], [new] = before["runs"][0]["results"], after["runs"][0]["results"]
    assert new["locations"][0]["physicalLocation"]["region"]["startLine"] == 14
    assert old["partialFingerprints"] == new["partialFingerprints"]


def test_sarif_fingerprints_differ_between_findings(raci, write_spec) -> None:
    spec = R101_SPEC + "      - id: followup\n        name: Follow-up\n        raci: {cs: R, sales: C}\n"
    path = write_spec(spec)
    _, data = sarif_of(raci, path.name, cwd=path.parent)
    prints = [r["partialFingerprints"]["raci/v1"] for r in data["runs"][0]["results"] if r["ruleId"] == "R101"]
    assert len(prints) == 2
    assert len(set(prints)) == 2


def test_sarif_is_deterministic(raci, write_spec) -> None:
    path = write_spec(R101_SPEC)
    first = raci("validate", *CORE, "-f", "sarif", path.name, cwd=path.parent).out
    assert raci("validate", *CORE, "-f", "sarif", path.name, cwd=path.parent).out == first


def test_sarif_message_follows_the_report_language(raci, write_spec) -> None:
    path = write_spec(R101_SPEC)
    _, data = sarif_of(raci, "--lang", "ja", path.name, cwd=path.parent)
    assert data["runs"][0]["language"] == "ja"
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", data["runs"][0]["results"][0]["message"]["text"])


def test_sarif_finding_without_a_place() -> None:
    """A span-less finding is anchored at the only file, or becomes a notification: never a locationless result."""
    from raci.reporters.sarif import as_data

    finding = Finding("R101", "error", "R101", None, {"activity": "Kickoff", "id": "kickoff"}, "kickoff")
    one = as_data(Report(files=["org.raci.yaml"], findings=[finding]), Options())
    validate_sarif(one)
    [result] = one["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1}
    two = as_data(Report(files=["a.raci.yaml", "b.raci.yaml"], findings=[finding]), Options())
    validate_sarif(two)
    assert two["runs"][0]["results"] == []
    [notification] = two["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notification["associatedRule"]["id"] == "R101"


# --- GitHub workflow commands ------------------------------------------------------------


def test_escape_data() -> None:
    assert escape_data("100% done\r\nnext, a: b") == "100%25 done%0D%0Anext, a: b"
    assert escape_data("%0A") == "%250A"  # % first, so an escape is never decoded twice


def test_escape_property() -> None:
    assert escape_property("a,b:c%d\ne\rf") == "a%2Cb%3Ac%25d%0Ae%0Df"
    assert escape_property("specs/org.raci.yaml") == "specs/org.raci.yaml"


def test_github_lines(raci, write_spec) -> None:
    path = write_spec(R101_SPEC, name="specs/org.raci.yaml")
    result = raci("validate", *CORE, "--format", "github", "specs", cwd=path.parent.parent)
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 2
    match = GITHUB_LINE.match(lines[0])
    assert match, lines[0]
    assert match.group("command", "file", "line", "col", "title") == (
        "error",
        "specs/org.raci.yaml",
        "12",
        "9",
        "R101 no-accountable",
    )
    assert "%0Ahint: " in match["message"]
    assert lines[0].startswith("::error file=specs/org.raci.yaml,line=12,col=9,title=R101 no-accountable::")
    assert lines[1] == "1 file(s) checked: 1 error(s), 0 warning(s), 0 info"
    assert not lines[1].startswith("::")


def test_github_escapes_message_and_file(raci, write_spec) -> None:
    spec = R101_SPEC.replace("name: Kickoff", 'name: "Kick, off: 100%\\n::warning ::injected"')
    path = write_spec(spec, name="we,ird:dir/org.raci.yaml")
    result = raci("validate", *CORE, "--format", "github", "we,ird:dir/org.raci.yaml", cwd=path.parent.parent)
    assert result.code == 1
    [line, summary] = result.out.splitlines()
    assert line.startswith("::error file=we%2Cird%3Adir/org.raci.yaml,line=12,col=9,title=R101 no-accountable::")
    assert "'Kick, off: 100%25%0A::warning ::injected'" in line
    assert summary.startswith("1 file(s) checked")


def test_github_severity_commands(raci, write_spec) -> None:
    spec = MINIMAL + "  - {id: renewal, name: Renewal, activities: []}\n"
    path = write_spec(spec)
    result = raci("validate", *CORE, "--format", "github", path.name, cwd=path.parent)
    severities = {rule.code: rule.severity for rule in all_rules().values()}
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    lines = result.out.splitlines()[:-1]
    assert lines
    for line in lines:
        match = GITHUB_LINE.match(line)
        assert match, line
        assert match["command"] == commands[severities[match["title"].split()[0]]]


def test_github_stdin_has_no_file(raci, tmp_path) -> None:
    result = raci("validate", *CORE, "--format", "github", "-", cwd=tmp_path, input=R101_SPEC)
    assert result.out.splitlines()[0].startswith("::error title=R101 no-accountable::")


def test_github_clean(raci, write_spec) -> None:
    path = write_spec()
    result = raci("validate", *CORE, "--format", "github", path.name, cwd=path.parent)
    assert (result.code, result.out) == (0, "1 file(s) checked: no problems\n")


# --- JUnit -------------------------------------------------------------------------------


def junit_of(raci, *args: str, cwd: Path) -> tuple[int, ET.Element, str]:
    result = raci("validate", *CORE, "--format", "junit", *args, cwd=cwd)
    assert result.out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return result.code, ET.fromstring(result.out.encode("utf-8")), result.out


def test_junit_counts_and_cases(raci, write_spec) -> None:
    bad = write_spec(R101_SPEC, name="specs/bad.raci.yaml")
    write_spec(name="specs/good.raci.yaml")
    write_spec(S003_SPEC, name="specs/broken.raci.yaml")
    code, root, _ = junit_of(raci, "specs", cwd=bad.parent.parent)
    assert code == 2
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "raci"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "1", "1")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert set(cases) == {"specs/bad.raci.yaml:12:9 R101", "specs/broken.raci.yaml:6:43 S003", "specs/good.raci.yaml"}
    assert all(case.get("classname") == "raci" for case in cases.values())

    [failure] = cases["specs/bad.raci.yaml:12:9 R101"]
    assert (failure.tag, failure.get("type")) == ("failure", "R101")
    assert "kickoff" in failure.get("message")
    assert failure.text.startswith("specs/bad.raci.yaml:12:9: error R101 ")

    [error] = cases["specs/broken.raci.yaml:6:43 S003"]
    assert (error.tag, error.get("type")) == ("error", "S003")
    assert error.text.startswith("specs/broken.raci.yaml:6:43: error S003 ")

    assert list(cases["specs/good.raci.yaml"]) == []  # a passing test case


def test_junit_clean_file_passes(raci, write_spec) -> None:
    path = write_spec()
    code, root, _ = junit_of(raci, path.name, cwd=path.parent)
    assert code == 0
    [case] = root.iter("testcase")
    assert case.get("name") == "org.raci.yaml"
    assert list(case) == []
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("1", "0", "0")


def test_junit_findings_below_fail_on_pass_with_their_text(raci, write_spec) -> None:
    path = write_spec(MINIMAL + "  - {id: renewal, name: Renewal, activities: []}\n")  # R105, a warning
    code, root, _ = junit_of(raci, path.name, cwd=path.parent)
    assert code == 0
    [case] = [c for c in root.iter("testcase") if "R105" in c.get("name", "")]
    assert case.find("failure") is None and "R105" in case.find("system-out").text
    assert root.get("failures") == "0"
    code, root, _ = junit_of(raci, "--fail-on", "warning", path.name, cwd=path.parent)
    assert code == 1 and root.get("failures") == "1"
    [case] = [c for c in root.iter("testcase") if "R105" in c.get("name", "")]
    assert case.find("failure") is not None


def test_junit_escapes_markup(raci, write_spec) -> None:
    path = write_spec(R101_SPEC.replace("name: Kickoff", "name: \"<b>Kick & 'off'</b>\""))
    _, root, text = junit_of(raci, path.name, cwd=path.parent)
    assert "<b>" not in text
    [failure] = root.iter("failure")
    assert "<b>Kick & 'off'</b>" in failure.get("message")


def test_junit_unreadable_file_is_an_error(raci, tmp_path) -> None:
    code, root, _ = junit_of(raci, "missing.raci.yaml", cwd=tmp_path)
    assert code == 2
    [case] = root.iter("testcase")
    assert case.get("name") == "missing.raci.yaml:1:1 S000"
    assert [child.tag for child in case] == ["error"]


# --- every format ------------------------------------------------------------------------


def test_formats_are_registered(raci) -> None:
    assert set(CI_FORMATS) <= set(REPORTERS)
    result = raci("validate", "--help")
    choices = re.search(r"--format \[([a-z_|]+)\]", result.out)
    assert choices, result.out
    assert choices[1].split("|") == list(REPORTERS)


@pytest.mark.parametrize("fmt", ["text", "json", *CI_FORMATS])
@pytest.mark.parametrize(
    ("spec", "expected"),
    [(MINIMAL, 0), (R101_SPEC, 1), (S003_SPEC, 2), (None, 2)],
    ids=["clean", "error-finding", "structural-error", "missing-file"],
)
def test_exit_code_does_not_depend_on_the_format(raci, write_spec, tmp_path, fmt, spec, expected) -> None:
    path = write_spec(spec) if spec is not None else tmp_path / "missing.raci.yaml"
    result = raci("validate", *CORE, "--format", fmt, str(path))
    assert result.code == expected, result.all


@pytest.mark.parametrize("fmt", CI_FORMATS)
def test_fail_on_applies_to_every_format(raci, write_spec, fmt) -> None:
    path = write_spec(MINIMAL + "  - {id: renewal, name: Renewal, activities: []}\n")  # R105, a warning
    assert all_rules()["R105"].severity == "warning"
    assert raci("validate", *CORE, "--format", fmt, str(path)).code == 0
    assert raci("validate", *CORE, "--format", fmt, "--fail-on", "warning", str(path)).code == 1


# --- CI integration files ----------------------------------------------------------------


def test_pre_commit_hook() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [(h["id"], h["entry"]) for h in hooks] == [("raci", "raci validate"), ("raci-fmt", "raci fmt")]
    for hook in hooks:
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is True
        files = re.compile(hook["files"])
        assert files.search("specs/org.raci.yaml") and files.search("org.raci.yml")
        assert not files.search("org.yaml") and not files.search("org.raci.yaml.bak")


def test_ci_doc_snippets_are_valid_yaml() -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    assert len(blocks) >= 3
    for block in blocks:
        yaml.safe_load(block)
    from raci.diff import FORMATS as DIFF_FORMATS

    for command, fmt in re.findall(r"raci (validate|diff)\b[^\n]*?--format (\w+)", text):
        assert fmt in (REPORTERS if command == "validate" else DIFF_FORMATS)
