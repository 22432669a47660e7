"""Both languages, always: no message exists in one language only."""

from __future__ import annotations

import string

import pytest

from raci.i18n import MESSAGES, detect_lang, t
from raci.rules import all_rules
from raci.spec.problems import CODES


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_message_exists_in_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == {"ja", "en"}
    assert entry["ja"].strip() and entry["en"].strip()
    assert fields(entry["ja"]) == fields(entry["en"])


def test_every_rule_has_a_message_and_a_hint() -> None:
    for code in all_rules():
        assert code in MESSAGES and f"{code}.hint" in MESSAGES


def test_every_structural_code_has_a_name() -> None:
    assert all(code.startswith("S") and name for code, name in CODES.items())


def test_japanese_messages_are_japanese() -> None:
    assert t("R101", "ja", {"activity": "キックオフ", "id": "kickoff"}) != t("R101", "en", {"activity": "x", "id": "y"})
    assert "説明責任（A）" in t("R101", "ja", {"activity": "キックオフ", "id": "kickoff"})


def test_did_you_mean_is_added_only_when_there_is_a_suggestion() -> None:
    args = {"kind": "department", "id": "csx"}
    assert "did you mean" not in t("undefined_ref", "en", {**args, "suggestion": None})
    assert t("undefined_ref", "en", {**args, "suggestion": "cs"}).endswith("(did you mean 'cs'?)")
    assert "部門" in t("undefined_ref", "ja", args)


def test_language_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert detect_lang() == "en"
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert detect_lang() == "ja"
    assert detect_lang(spec_locale="en") == "en"
    assert detect_lang("ja", "en") == "ja"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert detect_lang() == "en"


def test_every_command_and_option_has_japanese_help() -> None:
    import click

    from raci.cli import cli
    from raci.i18n.cli_help import JA

    missing = []

    def walk(command: click.Command, path: str) -> None:
        if path not in JA:
            missing.append(path)
        for param in command.get_params(click.Context(command)):
            if isinstance(param, click.Option):
                option = max(param.opts, key=len)
                if f"{path} {option}" not in JA and f"* {option}" not in JA:
                    missing.append(f"{path} {option}")
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, f"{path} {name}")

    walk(cli, "raci")
    assert missing == []


def test_help_follows_lang_then_environment(raci) -> None:
    assert "組織スペックを検証し" in raci("validate", "--lang", "ja", "--help").out
    assert "組織スペックを検証し" in raci("validate", "--help", env={"LANG": "ja_JP.UTF-8"}).out
    english = raci("validate", "--help", env={"LANG": "en_US.UTF-8"}).out
    assert "Check org specs" in english and "組織" not in english
