"""Both languages, always: no message exists in one language only."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from raci.i18n import MESSAGES, detect_lang, t
from raci.rules import all_rules
from raci.rules.docs import explain
from raci.spec.problems import CODES
from tests.conftest import ROOT

DOCS = {code: rule.docs_ja for code, rule in all_rules().items()}
"""Every rule's Japanese documentation; loading the rules also registers their messages in MESSAGES."""


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


def test_help_follows_lang_then_environment(raci_process) -> None:
    assert "組織スペックを検証し" in raci_process("validate", "--lang", "ja", "--help").out
    assert "組織スペックを検証し" in raci_process("validate", "--help", env={"LANG": "ja_JP.UTF-8"}).out
    english = raci_process("validate", "--help", env={"LANG": "en_US.UTF-8"}).out
    assert "Check org specs" in english and "組織" not in english


def example_lines(doc: str) -> list[str]:
    """The non-blank indented lines of a rule docstring: its Failing / Passing YAML examples."""
    return [line for line in doc.splitlines() if line.startswith("    ") and line.strip()]


def is_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_rule_has_japanese_why_and_fix() -> None:
    rules = all_rules()
    assert set(DOCS) == set(rules)
    for code, doc in DOCS.items():
        assert {"why", "fix"} <= set(doc) and all(key.startswith("# ") for key in set(doc) - {"why", "fix"}), code
        assert doc["why"].strip() and doc["fix"].strip(), code
        assert is_japanese(doc["why"]) and is_japanese(doc["fix"]), code


@pytest.mark.parametrize("code", sorted(all_rules()))
def test_japanese_explain_keeps_every_example_line(code: str) -> None:
    rule = all_rules()[code]
    text = explain(rule, "ja")
    assert "違反例:" in text and "適合例:" in text and "直し方: " in text
    assert DOCS[code]["why"].strip() in text and DOCS[code]["fix"].strip() in text
    assert f"# raci: ignore[{code}] 理由" in text
    lines = text.splitlines()
    for line in example_lines(rule.doc):
        code_part, mark, comment = line.partition("# ")
        if mark and "raci:" not in comment:  # an example's comment is Japanese, the YAML the same
            assert f"{code_part}# {DOCS[code][f'# {comment.strip()}']}" in lines, (code, line)
        else:
            assert line in lines, (code, line)
    assert "Failing:" not in text and "How to fix:" not in text
    # nothing English left: the head, the summary and the example comments are Japanese
    assert "default severity" not in text and rule.summary not in text


def test_explain_in_japanese_from_the_cli(raci) -> None:
    ja = raci("explain", "R101", "--lang", "ja")
    en = raci("explain", "R101", "--lang", "en")
    assert ja.code == 0 and en.code == 0
    assert "違反例:" in ja.out and "適合例:" in ja.out and "直し方:" in ja.out
    assert "説明責任（A）" in ja.out and DOCS["R101"]["why"] in ja.out
    assert "指摘を 1 件だけ抑制するには: # raci: ignore[R101] 理由" in ja.out
    assert "How to fix" not in ja.out
    # the same YAML examples, line for line, in the same order
    assert example_lines(ja.out) == example_lines(en.out) == example_lines(all_rules()["R101"].doc)
    assert "    raci: {cs: R, sales: C}" in ja.out.splitlines()
    # header and summary in Japanese only (issue 15: no English line in Japanese mode)
    head, ja_summary, blank = ja.out.splitlines()[:3]
    assert head == "R101 no-accountable（既定の重要度: エラー）"
    assert ja_summary == t("R101.summary", "ja") and blank == ""
    assert t("R101.summary", "en") not in ja.out


def test_japanese_explain_lists_options(raci) -> None:
    out = raci("explain", "R106", "--lang", "ja").out
    assert "オプション（raci.toml の [rules.R106]）:\n  max_responsible = 3\n" in out


@pytest.mark.parametrize("code", ["R101", "P302", "C602"])
def test_english_explain_is_english_only(raci, code: str) -> None:
    rule = all_rules()[code]
    body = rule.doc.split("\n", 1)[-1].strip()
    options = (
        "Options: none.\n"
        if not rule.options
        else f"Options (in raci.toml under [rules.{code}]):\n"
        + "".join(f"  {n} = {v!r}\n" for n, v in rule.options.items())
    )
    needs = t("needs.stages", "en") + "\n" if code == "P302" else ""  # the lifecycle is its input
    expected = (
        f"{code} {rule.name} (default severity: {rule.severity})\n"
        f"{t(f'{code}.summary', 'en')}\n\n"
        f"{body}\n\n{options}{needs}"
        f"\nSuppress one finding: # raci: ignore[{code}] reason\n"
    )
    assert explain(rule, "en") == expected
    assert raci("explain", code, "--lang", "en").out.rstrip("\n") == expected.rstrip("\n")


def test_japanese_help_is_for_its_own_run_only(raci) -> None:
    """main() puts the Japanese help on the commands for one run and takes it off again."""
    assert "組織スペックを検証し" in raci("validate", "--help", "--lang", "ja").out
    english = raci("validate", "--help").out
    assert "Check org specs" in english and "組織スペックを検証し" not in english


def test_every_lang_option_offers_every_language() -> None:
    """--lang is declared once over raci.i18n.LANGS: a new language reaches every command."""
    import click

    from raci.cli import cli
    from raci.i18n import LANGS

    seen = []

    def walk(command: click.Command, path: str) -> None:
        for param in command.params:
            if isinstance(param, click.Option) and "--lang" in param.opts:
                assert isinstance(param.type, click.Choice) and tuple(param.type.choices) == LANGS, path
                seen.append(path)
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, f"{path} {name}")

    walk(cli, "raci")
    assert {"raci validate", "raci render matrix", "raci report", "raci init", "raci edit", "raci fmt"} <= set(seen)


S001_FIXTURES = sorted((ROOT / "tests" / "specs" / "bad").glob("s001-*.raci.yaml"))


@pytest.mark.parametrize("spec", S001_FIXTURES, ids=lambda p: p.name)
def test_yaml_syntax_errors_read_in_japanese(raci, spec: Path) -> None:
    """PyYAML's English ('did not find expected ...') is translated inside Japanese messages."""
    result = raci("validate", str(spec), "--lang", "ja")
    assert result.code == 2
    message = next(line for line in result.all.splitlines() if " S001 " in line).split(" S001 ", 1)[1]
    assert is_japanese(message)
    assert not re.search(r"[a-z]{3,} [a-z]{3,}", message), message  # no English phrase left
