"""A rule is one module: its code, messages and documentation in both languages, side by side.

Adding a rule must not mean editing a catalogue or a list elsewhere: rule modules are
found by walking the family packages, their messages join raci.i18n when they register,
and nothing outside raci/rules/<family>/ defines a message for a rule code.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from raci.findings import TABLE_CODES
from raci.i18n import t
from raci.rules import all_rules, families
from tests.conftest import ROOT

RULES = all_rules()
CODE = re.compile(r"\b[A-Z]\d{3}\b")


def rule_module_files() -> list[Path]:
    return sorted(p for p in (ROOT / "raci" / "rules").glob("*/*.py") if not p.name.startswith("_"))


def test_every_module_of_a_family_package_is_one_rule_named_after_it() -> None:
    by_module = {rule.check.__module__: rule for rule in RULES.values()}
    files = rule_module_files()
    assert len(files) == len(RULES)
    for path in files:
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        rule = by_module[module]
        assert path.stem == f"{rule.code.lower()}_{rule.name.replace('-', '_')}"
        assert rule.code.startswith(sys.modules[module.rpartition(".")[0]].LETTER)


@pytest.mark.parametrize("code", sorted(RULES))
def test_a_rule_module_carries_its_messages_and_japanese_documentation(code: str) -> None:
    rule = RULES[code]
    assert {code, f"{code}.hint", f"{code}.summary"} <= set(rule.messages)
    assert all(key == code or key.startswith(f"{code}.") for key in rule.messages)
    assert {"why", "fix"} <= set(rule.docs_ja)  # and "# …" keys: the examples' comments in Japanese
    doc = rule.doc
    assert "Failing:" in doc and "Passing:" in doc and "How to fix:" in doc


def test_families_come_from_the_packages_in_their_documented_order() -> None:
    assert list(families()) == ["R", "L", "P", "K", "M", "C", "T", "X"]
    assert {code[0] for code in RULES} == set(families())


def catalogue_keys(path: Path) -> list[str]:
    """The string keys of every dict literal in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        key.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if isinstance(key, ast.Constant) and isinstance(key.value, str)
    ]


CATALOGUES = [*sorted((ROOT / "raci" / "i18n").glob("*.py")), ROOT / "raci" / "rules" / "docs.py"]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_no_catalogue_outside_the_rule_modules_defines_a_rule_message(path: Path) -> None:
    assert [key for key in catalogue_keys(path) if CODE.match(key)] == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_rule_codes_quoted_in_other_catalogues_are_rules_that_exist(path: Path) -> None:
    """A starter comment or a view legend may point at a rule; renumbering it must not leave them stale."""
    quoted = set(CODE.findall(path.read_text(encoding="utf-8")))
    structural = {c for c in quoted if c.startswith("S")}
    assert quoted - structural - set(RULES) - set(TABLE_CODES) == set()


def test_a_missing_message_raises_in_tests_and_falls_back_to_the_key_in_production(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(KeyError, match=r"no\.such\.message"):
        t("no.such.message", "en")
    monkeypatch.delenv("RACI_STRICT_MESSAGES")
    assert t("no.such.message", "en") == "no.such.message"
