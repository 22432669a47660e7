"""The canonical writer: every spec survives dump → load, and strings keep every character."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from raci.spec import keys
from raci.spec.load import load, loads
from raci.spec.model import Text
from raci.spec.problems import SpecError
from raci.spec.write import dump
from raci.starter import MODELS, generate
from tests.conftest import ROOT
from tests.spec_strategies import specs, strings

SLOW = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def repo_specs() -> list[Path]:
    found = sorted((ROOT / "specs").glob("*.raci.yaml"))
    for folder in ("good", "rules", "patterns", "demo"):
        found += sorted((ROOT / "tests" / "specs" / folder).rglob("*.raci.yaml"))
    return found


def loadable() -> list[Path]:
    out = []
    for path in repo_specs():
        try:
            load(path)
        except SpecError:
            continue
        out.append(path)
    return out


@pytest.mark.parametrize("path", loadable(), ids=lambda p: p.name)
def test_every_spec_in_the_repository_survives_dump_and_load(path: Path) -> None:
    spec = load(path)
    assert loads(dump(spec), "elsewhere.raci.yaml") == spec


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("model", list(MODELS))
def test_starter_specs_survive_dump_and_load(model: str, lang: str) -> None:
    spec = loads(generate(model, lang))
    assert loads(dump(spec)) == spec


@pytest.mark.slow
@SLOW
@given(specs())
def test_random_valid_specs_survive_dump_and_load(spec) -> None:
    text = dump(spec)
    assert loads(text) == spec
    assert dump(loads(text)) == text


TRICKY = [
    "yes", "no", "null", "~", "true", "1.0", "0x1F", "2024-04-01", "=", "<<", "#", "a #b", "a: b", ": x",
    " leading", "trailing ", "%x", "@x", "`x`", "'x'", '"x"', "-", "- x", "? x", "[x]", "{x}", "x, y",
    "ＡＢＣ：全角", "　全角スペース", "a\nb", "a\n", "a\n\n", "\nx", "tab\there", "nbsp\xa0", "\xa0lead", "a\u2028b",
    "\ufeffbom", "!tag", "&anchor", "*alias", "|", ">", ">= 90", "< 1.0", "\\", "é", "😀",
]  # fmt: skip


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_strings_round_trip_in_every_context(value: str) -> None:
    assert_round_trip(value)


@settings(max_examples=200, deadline=None)
@given(strings())
def test_any_string_round_trips_in_every_context(value: str) -> None:
    assert_round_trip(value)


def assert_round_trip(value: str) -> None:
    """The string as an org name (block), a department name, a KPI unit and target and a
    cell note (flow), a scope item and a mission part in two languages (block lines)."""
    text = Text(ja=value, en=value)
    both = Text(ja=value, en=value + "!")
    spec = loads(BASE)
    spec = dataclasses.replace(
        spec,
        org=dataclasses.replace(spec.org, name=text),
        departments=(dataclasses.replace(spec.departments[0], name=both),),
        kpis=(dataclasses.replace(spec.kpis[0], unit=value, target=value, name=both),),
        mission=dataclasses.replace(spec.mission, customer=both, value=text),
    )
    act = spec.phases[0].activities[0]
    cell = dataclasses.replace(act.raci[0], note=Text(ja=value))
    phase = dataclasses.replace(spec.phases[0], activities=(dataclasses.replace(act, raci=(cell,), description=both),))
    spec = dataclasses.replace(spec, phases=(phase,))
    assert loads(dump(spec)) == spec


BASE = """version: 1
org: {name: X}
mission: {customer: c}
departments:
  - {id: cs, name: CS, kind: cs}
phases:
  - id: onboarding
    name: O
    activities:
      - {id: kickoff, name: K, raci: {cs: A/R}}
kpis:
  - {id: k, name: K, level: kgi}
"""


def test_dump_has_the_modeline_and_a_provenance_header() -> None:
    text = dump(loads(BASE), header_comments=["imported from raci.xlsx", ""], schema_modeline="../schema.json")
    assert text.splitlines()[:4] == [
        "# yaml-language-server: $schema=../schema.json",
        "# imported from raci.xlsx",
        "#",
        "",
    ]
    assert dump(loads(BASE), schema_modeline=None).startswith("version: 1\n")


def test_dump_writes_cells_canonically_and_notes_as_the_spec_form() -> None:
    spec = loads(BASE.replace("{cs: A/R}", "{cs: {roles: R/A, note: 価格改定時のみ, situational: true}}"))
    assert "raci: {cs: {roles: A/R, note: 価格改定時のみ, situational: true}}" in dump(spec)
    assert "raci: {cs: A/R}" in dump(loads(BASE.replace("{cs: A/R}", "{cs: r a}")))


def test_equality_ignores_positions_and_file_names() -> None:
    one = loads(BASE, "one.raci.yaml")
    other = loads(
        "\n\n" + BASE.replace("  - {id: cs, name: CS, kind: cs}", "  - id: cs\n    name: CS\n    kind: cs"), "b"
    )
    assert one == other and hash(one) == hash(other)
    assert one.departments[0].span != other.departments[0].span
    assert one != loads(BASE.replace("name: CS", "name: CX"))


def test_keys_index_every_element() -> None:
    spec = load(ROOT / "specs" / "acme-functional.raci.yaml")
    index = keys.index(spec)
    assert index["department:cs_onboarding"] is spec.department("cs_onboarding")
    assert index["activity:kickoff"] is spec.activity("kickoff")
    assert index["cell:kickoff/cs_onboarding"].roles == frozenset("AR")
    assert index["kpi:nrr"] is spec.kpi("nrr")
    assert index["phase:onboarding"] is spec.phase("onboarding")
    assert index["org"] is spec.org and index["mission:customer"] is spec.mission.customer
    cells = sum(len(a.raci) for a in spec.activities())
    assert len(index) == 2 + 4 + len(spec.departments) + len(spec.phases) + sum(
        1 for _ in spec.activities()
    ) + cells + len(spec.kpis)
