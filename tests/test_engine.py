"""The rule engine: configuration files, inline suppressions, baselines, rule docs."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import raci
from raci.config import ConfigError, discover
from raci.config import load as load_config
from raci.lint import validate
from raci.rules import all_rules
from raci.rules.docs import markdown
from tests.conftest import MINIMAL, ROOT

NO_A = MINIMAL.replace("{cs: A/R, sales: C}", "{cs: R, sales: C}")  # R101 at line 12
CROWDED = MINIMAL.replace("{cs: A/R, sales: C}", "{cs: A/R, sales: R, support: R, product: R}").replace(
    "  - {id: cs, name: Customer Success, kind: cs, scope: {out: [new deals]}}\n",
    "  - {id: cs, name: Customer Success, kind: cs, scope: {out: [new deals]}}\n"
    "  - {id: support, name: Support, kind: support}\n"
    "  - {id: product, name: Product, kind: product}\n",
)  # R106 (four Responsible) at line 14


def codes(text: str, **kwargs: object) -> list[tuple[int, str]]:
    spec = raci.loads(textwrap.dedent(text), "org.raci.yaml")
    return [(f.span.line, f.code) for f in validate(spec, **kwargs) if f.span]  # type: ignore[arg-type]


# inline suppressions ------------------------------------------------------------------


def test_trailing_suppression_silences_its_line() -> None:
    assert codes(NO_A, select=["R101", "X"]) == [(12, "R101")]
    silenced = NO_A.replace(
        "      - id: kickoff\n", "      - id: kickoff  # raci: ignore[R101] decided in the 4/1 workshop\n"
    )
    assert codes(silenced, select=["R101", "X"]) == []


def test_own_line_suppression_silences_the_next_line() -> None:
    silenced = NO_A.replace(
        "      - id: kickoff\n", "      # raci: ignore[R1] decided in the workshop\n      - id: kickoff\n"
    )
    assert codes(silenced, select=["R101", "X"]) == []


def test_suppression_of_another_code_does_not_silence_and_is_reported_unused() -> None:
    text = NO_A.replace("      - id: kickoff\n", "      - id: kickoff  # raci: ignore[R102] wrong code\n")
    assert codes(text, select=["R1", "X"]) == [(12, "R101"), (12, "X001")]


def test_unused_suppression_is_reported_only_when_its_rule_ran() -> None:
    text = MINIMAL.replace("      - id: kickoff\n", "      - id: kickoff  # raci: ignore[R101] old problem\n")
    assert codes(text, select=["R101", "X"]) == [(12, "X001")]
    assert codes(text, select=["R102", "X"]) == []


def test_suppression_without_reason_and_with_unknown_code() -> None:
    text = NO_A.replace("      - id: kickoff\n", "      - id: kickoff  # raci: ignore[R101, Z999]\n")
    found = raci.validate(raci.loads(text), select=["R101", "X"])
    assert [(f.code, f.key) for f in found] == [("X001", "X001.unknown"), ("X002", "X002")]


# configuration ---------------------------------------------------------------------------


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_config_is_found_from_the_spec_folder_upward(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.raci]: skipped
    found = write(tmp_path / "raci.toml", "ignore = ['M']\n")
    (tmp_path / "org" / "team").mkdir(parents=True)
    assert discover(tmp_path / "org" / "team") == found
    nearer = write(tmp_path / "org" / "pyproject.toml", "[tool.raci]\nselect = ['R']\n")
    assert discover(tmp_path / "org" / "team") == nearer
    assert load_config(nearer).select == ("R",)


def test_config_sets_severity_options_and_selection(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path / "raci.toml",
            """\
            select = ["R1"]
            fail-on = "warning"
            [rules.too-many-responsible]
            severity = "error"
            max_responsible = 2
            [rules.R101]
            severity = "off"
            """,
        )
    )
    spec = raci.loads(CROWDED, "org.raci.yaml")
    found = validate(spec, config=config)
    assert [(f.code, f.severity) for f in found] == [("R106", "error")]
    assert config.fail_on == "warning"
    relaxed = validate(spec, config=load_config(write(tmp_path / "b.toml", "[rules.R106]\nmax_responsible = 4\n")))
    assert "R106" not in {f.code for f in relaxed}


def test_config_errors_are_all_reported_with_positions(tmp_path: Path) -> None:
    path = write(
        tmp_path / "raci.toml",
        """\
        selct = ["R"]
        ignore = ["Q123"]
        [rules.R106]
        max_responsibles = 2
        severity = "fatal"
        [rules.R110]
        max_share = "half"
        """,
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    got = [(p.key, p.span.line) for p in caught.value.problems]
    assert got == [
        ("config.unknown_key", 1),
        ("config.unknown_rule", 2),
        ("config.value", 5),
        ("config.unknown_option", 4),
        ("config.option_type", 7),
    ]
    messages = [
        raci.findings.Finding(p.code, "error", p.key, p.span, p.args).message("en") for p in caught.value.problems
    ]
    assert "did you mean 'select'?" in messages[0]
    assert "did you mean 'max_responsible'?" in messages[3]


def test_cli_uses_the_config_and_reports_a_broken_one(raci, tmp_path: Path) -> None:
    spec = write(tmp_path / "org.raci.yaml", CROWDED)
    write(tmp_path / "raci.toml", "select = ['R106']\n[rules.R106]\nseverity = 'error'\nmax_responsible = 2\n")
    result = raci("validate", str(spec))
    assert result.code == 1 and " error R106 " in result.out
    assert raci("validate", "--no-config", "--select", "R106", str(spec)).code == 0  # a warning by default
    write(tmp_path / "raci.toml", "[rules.R106]\nmax_responsible = 'two'\n")
    broken = raci("validate", str(spec))
    assert broken.code == 2
    assert "raci.toml:2:1: error S020" in broken.out


def test_pyproject_tool_raci_table(raci, tmp_path: Path) -> None:
    spec = write(tmp_path / "org.raci.yaml", CROWDED)
    write(tmp_path / "pyproject.toml", "[tool.raci]\nselect = ['R106']\nfail-on = 'warning'\n")
    assert raci("validate", str(spec)).code == 1
    assert raci("validate", "--fail-on", "error", str(spec)).code == 0


# baselines ---------------------------------------------------------------------------------


def test_baseline_hides_known_findings_and_shows_new_ones(raci, tmp_path: Path) -> None:
    spec = write(tmp_path / "specs" / "org.raci.yaml", NO_A)
    baseline = tmp_path / "raci-baseline.json"
    written = raci("validate", "--select", "R1", "--write-baseline", str(baseline), str(spec))
    assert written.code == 0 and "recorded 1 finding(s)" in written.err
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["findings"] == [
        {"code": "R101", "file": "specs/org.raci.yaml", "subject": "kickoff", "message": data["findings"][0]["message"]}
    ]
    # Lines move: still recognised. A second activity without A is new.
    moved = "# a comment that moves every line\n" + NO_A + "      - {id: training, name: Training, raci: {cs: R}}\n"
    spec.write_text(moved, encoding="utf-8")
    result = raci("validate", "--select", "R1", "--baseline", str(baseline), str(spec))
    assert result.code == 1
    assert [line.split()[2] for line in result.out.splitlines() if " error " in line] == ["R101"]
    assert "training" in result.out and "kickoff" not in result.out
    assert "1 finding(s) hidden by the baseline" in result.err


def test_baseline_file_that_is_not_one(raci, tmp_path: Path) -> None:
    spec = write(tmp_path / "org.raci.yaml", NO_A)
    bad = write(tmp_path / "b.json", "[1, 2]")
    result = raci("validate", "--baseline", str(bad), str(spec))
    assert result.code == 2 and "not a raci baseline file" in result.err


# rule documentation ------------------------------------------------------------------------


def test_docs_rules_md_is_generated_from_the_rules() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == markdown(), (
        "run: raci rules --format md > docs/rules.md"
    )


@pytest.mark.parametrize("code", sorted(all_rules()))
def test_every_rule_is_documented(code: str) -> None:
    rule = all_rules()[code]
    doc = rule.doc
    assert rule.summary.endswith(".") and rule.summary[0].isupper(), rule.summary
    assert "Failing:" in doc and "Passing:" in doc and "How to fix:" in doc
    assert rule.severity in ("error", "warning", "info")
    assert rule.name == rule.name.lower() and " " not in rule.name


def test_rules_and_explain_commands(raci) -> None:
    listing = raci("rules")
    assert listing.code == 0
    lines = listing.out.splitlines()
    assert [line.split()[0] for line in lines] == sorted(all_rules())
    assert lines[0].split()[2] in ("error", "warning", "info")
    explained = raci("explain", "no-accountable")
    assert explained.code == 0 and explained.out.startswith("R101 no-accountable (default severity: error)")
    assert "Failing:" in explained.out and "Passing:" in explained.out
    assert raci("explain", "r101").out == explained.out
    unknown = raci("explain", "no-acountable")
    assert unknown.code == 2 and "did you mean 'no-accountable'?" in unknown.err


def test_config_option_out_of_range(tmp_path: Path) -> None:
    path = write(tmp_path / "raci.toml", "[rules.C601]\nmax_accounts = -5\n[rules.R110]\nmax_share = 5\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert [(p.key, p.span.line) for p in caught.value.problems] == [
        ("config.option_range", 2),
        ("config.option_range", 4),
    ]


def test_spec_error_reads_like_the_cli() -> None:
    with pytest.raises(raci.SpecError) as caught:
        raci.loads("version: 1\norg: {name: x, colour: red}\n", "org.raci.yaml")
    assert "org.raci.yaml:2:16: S003 unknown key 'colour' in org" in str(caught.value).splitlines()


def test_a_render_builds_the_graph_once_and_validates_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """document() hands its graph to validate(): one graph per render, the same findings."""
    import raci.graph
    from raci.render import document

    spec = raci.load(str(ROOT / "specs" / "acme-functional.raci.yaml"))
    built: list[object] = []
    original = raci.graph.OrgGraph.__init__

    def counting(self: raci.graph.OrgGraph, spec: object) -> None:
        built.append(self)
        original(self, spec)  # type: ignore[arg-type]

    monkeypatch.setattr(raci.graph.OrgGraph, "__init__", counting)
    doc = document(spec)
    assert built == [doc.graph]
    assert list(doc.findings) == validate(spec)  # validate alone builds its own, same answer
