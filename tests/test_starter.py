"""`raci init`: a starter spec for each of the five CS org models, clean but for the mission."""

from __future__ import annotations

import itertools
import json
import os
import re
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import raci
from raci.graph import OrgGraph
from raci.i18n import MESSAGES
from raci.i18n import starter as starter_catalogue
from raci.rules import all_rules
from raci.spec.model import Spec
from raci.starter import MODELS, StarterError, generate
from raci.text import width
from raci.text.wrap import NO_LINE_END, NO_LINE_START, wrap
from tests.conftest import ROOT, run_raci

LANGS = ("ja", "en")
CASES = [(model, lang) for model in MODELS for lang in LANGS]
PARTS = ("customer", "value", "success", "statement")

FILLED = {
    "en": {
        "customer": "Small accounting teams at mid-sized companies",
        "value": "One flow from invoice to payment, with no re-keying",
        "success": "Month-end invoicing cut from 3 hours to 30 minutes within 60 days",
        "statement": "Our customers close the month in 30 minutes and spend the time saved on their business.",
    },
    "ja": {
        "customer": "少人数の経理チームで請求業務を回している中堅企業",
        "value": "請求書の作成から入金消込までを転記なしの一つの流れにすること",
        "success": "月末の請求業務を3時間から30分に短縮すること",
        "statement": "お客様が、月末の請求業務を30分で終え、空いた時間を本業に使えるようにする。",
    },
}


def init(tmp_path: Path, model: str, lang: str, *extra: str, name: str = "org.raci.yaml") -> Path:
    target = tmp_path / f"{model}-{lang}" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    result = run_raci("init", "--model", model, "--lang", lang, "--no-input", "-o", str(target), *extra)
    assert result.code == 0, result.all
    assert result.out == ""
    assert str(target) in result.err
    return target


def findings(path: Path, lang: str, *extra: str) -> tuple[int, list[dict[str, object]]]:
    result = run_raci("validate", "--format", "json", "--lang", lang, *extra, str(path))
    return result.code, json.loads(result.out)["findings"]


def placeholder(model: str, part: str, lang: str) -> str:
    """The model file's mission placeholder for ``part`` in ``lang``."""
    mission = MODELS[model].spec.mission
    assert mission is not None
    return getattr(mission, part).get(lang)


def fill_mission(text: str, model: str, lang: str) -> str:
    for part in PARTS:
        placeholder_ = placeholder(model, part, lang)
        assert placeholder_.startswith("[") and placeholder_.endswith("]")
        line = f'  {part}: "{placeholder_}"'
        assert line in text, part
        text = text.replace(line, f"  {part}: {FILLED[lang][part]}")
    return text


def spec_of(model: str, lang: str = "en") -> Spec:
    return raci.loads(generate(model, lang), f"{model}.raci.yaml")


def owners(spec: Spec, stage: str) -> set[str]:
    """The owner of each phase of ``stage``: the department Accountable for most of it."""
    graph = OrgGraph(spec)
    found = {graph.phase_owner(p) for p in spec.phases if p.stage == stage}
    assert None not in found, stage
    return found  # type: ignore[return-value]


# a fresh file: only the mission placeholders ------------------------------------------------


@pytest.mark.parametrize(("model", "lang"), CASES)
def test_fresh_spec_has_only_the_mission_placeholders(tmp_path: Path, model: str, lang: str) -> None:
    path = init(tmp_path, model, lang)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=raci.schema.json\n")
    assert f"raci validate {path}" in text and f"raci render matrix {path}" in text
    code, found = findings(path, lang, "--fail-on", "info")
    assert code == 1  # the placeholders are warnings: the team has not written its mission yet
    assert [(f["code"], f["subject"]) for f in found] == [("M505", f"mission:{part}") for part in PARTS]
    all_rules()  # the rules' messages join the catalogue when they register
    for finding, part in zip(found, PARTS, strict=True):
        assert placeholder(model, part, lang) in str(finding["message"])  # the message quotes what is still to answer…
        assert finding["hint"] == MESSAGES[f"M505.{part}.hint"][lang]  # …and says what to write
    assert run_raci("validate", str(path)).code == 0  # no error: the default fail level passes


@pytest.mark.parametrize(("model", "lang"), CASES)
def test_spec_with_the_mission_written_is_fully_clean(tmp_path: Path, model: str, lang: str) -> None:
    path = init(tmp_path, model, lang)
    path.write_text(fill_mission(path.read_text(encoding="utf-8"), model, lang), encoding="utf-8")
    code, found = findings(path, lang, "--fail-on", "info")
    assert found == [] and code == 0


def test_messages_of_a_fresh_japanese_spec_are_japanese(tmp_path: Path) -> None:
    path = init(tmp_path, "functional", "ja")
    result = run_raci("validate", str(path))  # the spec's org.locale: ja
    assert "ミッションの customer（どのような顧客）にテンプレートのプレースホルダー「[どのような顧客]」" in result.out
    assert "支援する顧客を具体的に書いてください" in result.out


# the models differ where the domain says they do -----------------------------------------------

EXPECTED_OWNERS = {
    # one CS team owns everything after the sale
    "all-rounder": {"onboarding": {"cs"}, "adoption": {"cs"}, "renewal": {"cs"}, "expansion": {"cs"}},
    # CS owns success and renewal; sales owns expansion (CS is Responsible there)
    "sales-cs": {"onboarding": {"cs"}, "adoption": {"cs"}, "renewal": {"cs"}, "expansion": {"sales"}},
    # an onboarding team runs the project; the dedicated CSM owns the account afterwards
    "high-touch": {
        "onboarding": {"implementation"},
        "adoption": {"csm"},
        "renewal": {"csm"},
        "expansion": {"csm"},
    },
    # three different CS teams, one per phase
    "functional": {
        "onboarding": {"cs_onboarding"},
        "adoption": {"cs_adoption"},
        "renewal": {"cs_adoption"},
        "expansion": {"cs_expansion"},
    },
    # each segment team owns its own segment's phases
    "segment": {
        stage: {"cs_smb", "cs_midmarket", "cs_enterprise"}
        for stage in ("onboarding", "adoption", "renewal", "expansion")
    },
}


@pytest.mark.parametrize("model", list(MODELS))
def test_who_is_accountable_per_stage(model: str) -> None:
    spec = spec_of(model)
    for stage, expected in EXPECTED_OWNERS[model].items():
        assert owners(spec, stage) == expected, stage
    assert owners(spec, "contract") == {"sales"}  # every model: sales wins the contract


def test_the_five_models_differ_in_ownership_and_teams() -> None:
    shapes = {}
    for model in MODELS:
        spec = spec_of(model)
        cs_teams = tuple(d.id for d in spec.departments if d.kind == "cs")
        shapes[model] = (
            tuple(tuple(sorted(owners(spec, s))) for s in ("onboarding", "renewal", "expansion")),
            cs_teams,
        )
    assert len(set(shapes.values())) == len(MODELS)
    assert [len(shapes[m][1]) for m in MODELS] == [1, 1, 2, 3, 3]
    assert shapes["sales-cs"][0][2] == ("sales",)  # the only model where CS does not own expansion
    spec = spec_of("sales-cs")
    assert spec.activity("expansion_signals").holders("R") == ["cs"]  # …but CS works on it
    # all-rounder: no support team yet; the others have one
    kinds = {m: {d.kind for d in spec_of(m).departments} for m in MODELS}
    assert "support" not in kinds["all-rounder"]
    assert all("support" in kinds[m] for m in MODELS if m != "all-rounder")


def test_the_models_give_the_kpis_to_different_teams() -> None:
    owned = {m: {k.id: k.owner for k in spec_of(m).kpis} for m in MODELS}
    assert owned["sales-cs"]["upsell_rate"] == owned["sales-cs"]["nrr"] == "sales"
    assert owned["all-rounder"]["upsell_rate"] == owned["all-rounder"]["nrr"] == "cs"
    assert owned["high-touch"]["nrr"] == "csm" and owned["high-touch"]["onboarding_completion"] == "implementation"
    assert (
        owned["functional"]["onboarding_completion"],
        owned["functional"]["health_score"],
        owned["functional"]["upsell_rate"],
    ) == ("cs_onboarding", "cs_adoption", "cs_expansion")
    assert {owned["segment"][k] for k in ("nrr", "onboarding_completion", "churn_rate")} == {
        "cs_enterprise",
        "cs_midmarket",
        "cs_smb",
    }
    assert len({tuple(sorted(o.items())) for o in owned.values()}) == len(MODELS)


# what every spec contains ----------------------------------------------------------------------


@pytest.mark.parametrize(("model", "lang"), CASES)
def test_every_spec_has_the_whole_lifecycle_scope_and_kpi_tree(model: str, lang: str) -> None:
    spec = raci.loads(generate(model, lang))
    assert spec.org.locale == lang
    stages = [p.stage for p in spec.phases]
    assert list(dict.fromkeys(stages)) == [
        "lead",
        "contract",
        "onboarding",
        "adoption",
        "renewal",
        "expansion",
        "advocacy",
        "support",
    ]
    assert all(d.headcount for d in spec.departments)
    assert all(d.scope and d.scope.does_not for d in spec.departments if d.kind == "cs")
    modes = {a.mode for a in spec.activities()}
    assert modes == {"proactive", "reactive"}
    assert all(a.holders("A") and a.holders("R") for a in spec.activities())
    levels = {k.level: set() for k in spec.kpis}
    for kpi in spec.kpis:
        levels[kpi.level].add(kpi.id)
        assert kpi.use == kpi.id and kpi.owner and kpi.target  # from the library, owned, with a target
    assert levels == {
        "kgi": {"ltv", "churn_rate", "nrr"},
        "kpi": {"onboarding_completion", "adoption_rate", "nps", "health_score", "upsell_rate"},
        "activity": {"customer_meetings", "enablement_seminars", "inquiries_handled"},
    }
    assert spec.mission is not None


def test_names_and_comments_follow_the_language() -> None:
    ja, en = generate("functional", "ja"), generate("functional", "en")
    assert "name: CS 導入支援チーム" in ja and "name: CS Onboarding team" in en
    assert "# 次にやること:" in ja and "# How to continue:" in en
    assert "機能別モデル" in ja and "Functional model" in en
    assert not re.search(r"[ぁ-んァ-ン]", en)  # no Japanese left in the English spec


def test_company_and_headcounts(tmp_path: Path) -> None:
    text = generate("all-rounder", "en", company="Acme: Inc. # 1", headcounts={"cs": 4})
    spec = raci.loads(text)
    assert spec.org.name.get("en") == "Acme: Inc. # 1"  # quoted where YAML needs it
    assert spec.department("cs").headcount == 4 and spec.department("cs").accounts == 200
    assert spec.org.accounts == 200
    with pytest.raises(StarterError, match="cs_midmarket"):
        generate("segment", "en", headcounts={"cs_mid": 3})
    with pytest.raises(StarterError, match="all-rounder"):
        generate("allrounder", "en")
    result = run_raci("init", "--model", "segment", "--headcount", "cs_mid=3", "--no-input")
    assert result.code == 2 and "did you mean 'cs_midmarket'" in result.err
    result = run_raci("init", "--model", "segment", "--headcount", "cs_smb=-1", "--no-input")
    assert result.code == 2 and "DEPARTMENT=NUMBER" in result.err
    result = run_raci(
        "init", "--model", "segment", "--lang", "en", "--headcount", "cs_smb=5,sales=20", "--company", "Big Co"
    )
    spec = raci.loads(result.out)
    assert (spec.department("cs_smb").headcount, spec.department("sales").headcount) == (5, 20)
    assert spec.org.name.get("en") == "Big Co"


@pytest.mark.parametrize("lang", LANGS)
def test_headcounts_must_be_plausible(lang: str) -> None:
    # a team Accountable for activities cannot be empty: nobody would be accountable for them
    result = run_raci("init", "--model", "all-rounder", "--lang", lang, "--headcount", "cs=0", "--no-input")
    assert result.code == 2 and result.out == ""
    assert {
        "en": "Customer Success ('cs') cannot have 0 people: it is Accountable for 10 activities",
        "ja": "カスタマーサクセス（cs）を 0 人にはできません。all-rounder モデルで 10 件の活動",
    }[lang] in result.err
    result = run_raci("init", "--model", "all-rounder", "--lang", lang, "--headcount", "sales=100001", "--no-input")
    assert result.code == 2
    assert {
        "en": "100001 people in 'sales' is not a plausible headcount; give at most 100,000",
        "ja": "'sales' の人数 100001 は多すぎます。100,000 以下にしてください",
    }[lang] in result.err
    result = run_raci("init", "--model", "all-rounder", "--headcount", "cs=" + "9" * 5000, "--no-input")
    assert result.code == 2 and "not a plausible headcount" in result.err and len(result.err) < 400
    result = run_raci("init", "--model", "all-rounder", "--headcount", "cs=²", "--no-input")
    assert result.code == 2 and "DEPARTMENT=NUMBER" in result.err
    # a department Accountable for nothing may be empty, and the largest headcount is allowed
    spec = raci.loads(generate("segment", lang, headcounts={"product": 0, "support": 100_000}))
    assert (spec.department("product").headcount, spec.department("support").headcount) == (0, 100_000)
    with pytest.raises(StarterError, match="at least 1"):
        generate("segment", lang, headcounts={"cs_smb": 0})


def test_the_help_example_works_for_every_model() -> None:
    result = run_raci("init", "--help", env={"LANG": "en_US.UTF-8"})
    usage, options = " ".join(result.out.split()).split("Options:")
    example = re.search(r"e\.g\. --headcount (\w+)=(\d+)", options)
    assert example, options
    assert "'raci init --list' shows them" in options
    for found in re.finditer(r"--model ([\w-]+) --headcount (\w+)=", usage):  # the examples with a model
        assert found[2] in [d.id for d in MODELS[found[1]].departments]
    for model in MODELS:
        spec = raci.loads(generate(model, "en", headcounts={example[1]: int(example[2])}))
        assert spec.department(example[1]).headcount == int(example[2])


# the command ------------------------------------------------------------------------------------


def test_without_output_it_prints_to_stdout() -> None:
    result = run_raci("init", "--model", "high-touch", "--lang", "ja")  # stdin is not a terminal: no questions
    assert result.code == 0 and result.err == ""
    assert result.out == generate("high-touch", "ja")


def test_dash_output_is_stdout(tmp_path: Path) -> None:
    result = run_raci("init", "--model", "high-touch", "--lang", "en", "-o", "-", cwd=tmp_path)
    assert result.code == 0 and result.out == generate("high-touch", "en")
    assert list(tmp_path.iterdir()) == []


def test_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "org.raci.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = run_raci("init", "--model", "segment", "--lang", "en", "-o", str(target))
    assert result.code == 2
    assert f"{target} already exists; give --force to overwrite it" in result.err
    assert target.read_text(encoding="utf-8") == "mine\n"
    result = run_raci("init", "--model", "segment", "--lang", "ja", "-o", str(target))
    assert result.code == 2 and "すでにあります" in result.err and "--force" in result.err
    result = run_raci("init", "--model", "segment", "--lang", "en", "-o", str(target), "--force")
    assert result.code == 0
    assert target.read_text(encoding="utf-8") == generate("segment", "en", file_name=str(target))
    assert [p.name for p in tmp_path.iterdir()] == ["org.raci.yaml"]  # no temporary file left behind


def test_the_overwrite_check_comes_before_any_question(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.cli import cli
    from raci.commands import init as commands

    target = tmp_path / "org.raci.yaml"
    target.write_text("mine\n", encoding="utf-8")
    monkeypatch.setattr(commands, "stdin_is_terminal", lambda: True)
    result = CliRunner().invoke(cli, ["init", "-o", str(target), "--lang", "en"], input="", standalone_mode=False)
    assert result.return_value == 2
    assert "Org model" not in result.output


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    result = run_raci("init", "--model", "segment", "-o", str(tmp_path / "missing" / "org.raci.yaml"))
    assert result.code == 2 and "cannot write" in result.err


def test_no_model_without_a_terminal_exits_2() -> None:
    result = run_raci("init", "--lang", "en")
    assert result.code == 2
    assert "give --model" in result.err and "all-rounder, sales-cs, high-touch, functional, segment" in result.err
    result = run_raci("init", "--model", "fonctional", "--lang", "en", "--no-input")
    assert result.code == 2 and "did you mean 'functional'" in result.err


@pytest.mark.parametrize("lang", LANGS)
def test_list_describes_every_model_in_the_language(lang: str) -> None:
    result = run_raci("init", "--list", "--lang", lang)
    assert result.code == 0
    for model in MODELS:
        assert f"{model} — {MESSAGES[f'starter.model.{model}'][lang]}" in result.out
        fits = MESSAGES[f"starter.model.{model}.fits"][lang]
        assert fits.split()[0] in result.out  # "Fits:" / "向いている状況:" for each
    assert result.out.count("Fits:" if lang == "en" else "向いている状況:") == len(MODELS)
    assert ("伴走型モデル" if lang == "ja" else "High-touch model (dedicated CSMs)") in result.out
    for model in MODELS.values():  # the department ids, as --headcount takes them
        ids = ", ".join(f"{d.id}={d.headcount}" for d in model.departments)
        assert f"\n    {ids}\n" in result.out


def test_list_follows_lang_from_the_environment() -> None:
    assert "オールラウンダーモデル" in run_raci("init", "--list", env={"LANG": "ja_JP.UTF-8"}).out
    assert "All-rounder model" in run_raci("init", "--list", env={"LANG": "en_US.UTF-8"}).out


# interactive ----------------------------------------------------------------------------------


def test_interactive_questions_are_asked_and_answers_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.cli import cli
    from raci.commands import init as commands

    monkeypatch.setattr(commands, "stdin_is_terminal", lambda: True)
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    target = tmp_path / "org.raci.yaml"
    departments = [d.id for d in MODELS["functional"].departments]
    answers = ["4", "ja", "株式会社ハレノワ"] + ["" if d != "cs_adoption" else "12" for d in departments]
    result = CliRunner().invoke(
        cli, ["init", "-o", str(target)], input="\n".join(answers) + "\n", standalone_mode=False
    )
    assert result.exception is None, result.output
    assert result.return_value == 0
    # asked in the environment's language until the language is chosen, then in the chosen one…
    for question in ("Org model (number or id)", "Language of the spec", "会社名", "CS 活用定着チーム（cs_adoption）"):
        assert question in result.stderr
    assert "Company name" not in result.stderr
    spec = raci.load(target)
    assert spec.org.locale == "ja" and spec.org.name.get("ja") == "株式会社ハレノワ"
    assert spec.department("cs_adoption").headcount == 12  # …and the answers are used
    assert spec.department("cs_onboarding").headcount == MODELS["functional"].department("cs_onboarding").headcount
    assert owners(spec, "expansion") == {"cs_expansion"}


def test_interactive_answers_are_checked_in_the_chosen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.cli import cli
    from raci.commands import init as commands

    monkeypatch.setattr(commands, "stdin_is_terminal", lambda: True)
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    sales = ["abc", "0", "100001", "１２"]  # the last one: full-width digits are fine
    others = [""] * (len(MODELS["functional"].departments) - 1)
    answers = ["9", "fonctional", "4", "jp", "ja", "株式会社ハレノワ", *sales, *others]
    result = CliRunner().invoke(cli, ["init"], input="\n".join(answers) + "\n", standalone_mode=False)
    assert result.exception is None and result.return_value == 0, result.output
    assert "Error" not in result.stderr  # click's own English complaints
    for message in (
        # in the environment's language until the language is chosen…
        "'9' is not an org model: type a number from 1 to 5, or one of all-rounder, sales-cs,",
        "(did you mean 'functional'?)",
        "'jp' is not a language: type ja or en",
        # …then in the chosen one
        "'abc' は整数ではありません。10 のように人数を数字で入力してください",
        "営業（sales）を 0 人にはできません。functional モデルで 3 件の活動",
        "'sales' の人数 100001 は多すぎます。100,000 以下にしてください",
    ):
        assert message in result.stderr, message
    assert result.stderr.count("営業（sales） [10]") == len(sales)  # asked again until the answer is usable
    spec = raci.loads(result.stdout)
    assert spec.department("sales").headcount == 12 and spec.org.name.get("ja") == "株式会社ハレノワ"


def test_interactive_asks_for_the_file_to_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.cli import cli
    from raci.commands import init as commands
    from raci.starter import prompt

    monkeypatch.setattr(commands, "stdin_is_terminal", lambda: True)
    monkeypatch.setattr(prompt, "stdout_is_terminal", lambda: True)
    monkeypatch.chdir(tmp_path)
    counts = {d.id: 2 for d in MODELS["sales-cs"].departments}
    options = ["init", "--model", "sales-cs", "--company", "Acme"]
    options += ["--headcount", ",".join(f"{k}={v}" for k, v in counts.items())]
    expected = generate("sales-cs", "en", "Acme", counts)

    def run(lang: str, answers: list[str]) -> tuple[object, str, str]:
        result = CliRunner().invoke(
            cli, [*options, "--lang", lang], input="".join(a + "\n" for a in answers), standalone_mode=False
        )
        assert result.exception is None, result.output
        return result.return_value, result.stdout, result.stderr

    target = tmp_path / "org.raci.yaml"
    # Enter: the default file, not the terminal
    code, out, err = run("en", [""])
    assert (code, out) == (0, "") and "File to write ('-' for standard output) [org.raci.yaml]: " in err
    assert target.read_text(encoding="utf-8") == expected and "wrote org.raci.yaml" in err
    # an existing file: asked before it is overwritten; no asks for the file again; '-' prints
    target.write_text("mine\n", encoding="utf-8")
    code, out, err = run("en", ["", "", "-"])
    assert code == 0 and out == expected and target.read_text(encoding="utf-8") == "mine\n"
    assert err.count("org.raci.yaml already exists. Overwrite it? [y/N]: ") == 1
    assert err.count("File to write") == 2
    # bad answers are explained and asked again, in the chosen language; yes overwrites
    (tmp_path / "sub").mkdir()
    code, out, err = run("ja", ["sub", "missing/org.raci.yaml", "org.raci.yaml", "たぶん", "y"])
    assert code == 0 and out == "" and "Error" not in err
    for message in (
        "書き出すファイル（標準出力なら '-'） [org.raci.yaml]: ",
        f"sub はフォルダーです。{os.path.join('sub', 'org.raci.yaml')} のように",
        "フォルダー missing がありません。",
        "org.raci.yaml はすでにあります。上書きしますか？ [y/N]: ",
        "'たぶん' には答えられません。y（はい）か n（いいえ）を入力してください",
    ):
        assert message in err, message
    assert target.read_text(encoding="utf-8") == generate("sales-cs", "ja", "Acme", counts)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["org.raci.yaml", "sub"]


def test_interactive_skips_what_the_options_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.cli import cli
    from raci.commands import init as commands

    monkeypatch.setattr(commands, "stdin_is_terminal", lambda: True)
    result = CliRunner().invoke(
        cli,
        ["init", "--model", "sales-cs", "--lang", "en", "--company", "Acme", "--headcount", "cs=7"],
        input="\n" * 10,
        standalone_mode=False,
    )
    assert result.return_value == 0, result.output
    assert "Org model" not in result.stderr and "Company name" not in result.stderr
    assert "Customer Success (cs)" not in result.stderr and "Sales (sales)" in result.stderr
    assert "File to write" not in result.stderr  # standard output is not the terminal: the spec goes there
    spec = raci.loads(result.stdout)
    assert spec.department("cs").headcount == 7 and spec.org.name.get("en") == "Acme"


def test_no_input_asks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.cli import cli
    from raci.commands import init as commands
    from raci.starter import prompt

    monkeypatch.setattr(commands, "stdin_is_terminal", lambda: True)
    monkeypatch.setattr(prompt, "stdout_is_terminal", lambda: True)
    result = CliRunner().invoke(
        cli, ["init", "--model", "segment", "--lang", "en", "--no-input"], input="", standalone_mode=False
    )
    assert result.return_value == 0 and result.stderr == ""
    assert result.stdout == generate("segment", "en")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_interactive_in_a_real_terminal(tmp_path: Path) -> None:
    import pty

    target = tmp_path / "org.raci.yaml"
    master, slave = pty.openpty()
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "PYTHONPATH": str(ROOT)}
    env.pop("RACI_DEBUG", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "raci", "init"],  # no -o: the spec would go to the terminal, so raci asks
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=ROOT,
        close_fds=True,
    )
    os.close(slave)
    answers = ["2", "en", "Tty Corp"] + ["3"] * len(MODELS["sales-cs"].departments) + [str(target)]
    os.write(master, ("\n".join(answers) + "\n").encode())
    output = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
        elif proc.poll() is not None:
            break
    os.close(master)
    assert proc.wait(timeout=10) == 0, output.decode(errors="replace")
    assert b"Org model" in output and b"Headcount of each department" in output and b"File to write" in output
    assert b"yaml-language-server" not in output  # written to the file, not the terminal
    spec = raci.load(target)
    assert spec.org.name.get("en") == "Tty Corp"
    assert {d.headcount for d in spec.departments} == {3}
    assert owners(spec, "expansion") == {"sales"}


# the pieces -----------------------------------------------------------------------------------


def test_the_catalogue_holds_only_what_every_starter_shares() -> None:
    # the models' own texts live in their files; their cards join the catalogue for the CLI
    for key in starter_catalogue.MESSAGES:
        assert key.startswith(
            ("starter.header.", "starter.section.", "starter.mission.hint.", "starter.cli.", "starter.prompt.", "kpis.")
        ), key
    for model in MODELS.values():
        for suffix, text in (("", model.title), (".summary", model.summary), (".fits", model.fits)):
            assert {lang: MESSAGES[model.name + suffix][lang] for lang in LANGS} == {"ja": text.ja, "en": text.en}


def test_the_starter_catalogue_is_registered_in_both_languages() -> None:
    for key, entry in starter_catalogue.MESSAGES.items():
        assert MESSAGES[key] is entry
        assert set(entry) == {"ja", "en"} and entry["ja"].strip() and entry["en"].strip()


def test_comment_wrap_counts_full_width_characters_and_keeps_commands_whole() -> None:
    assert wrap("あいうえお、かきくけこ。さしすせそ", 26, overflow=True) == ["あいうえお、かきくけこ。", "さしすせそ"]
    assert wrap("one two three", 7, overflow=True) == ["one two", "three"]
    assert wrap("see `raci kpis show ID` now", 12, overflow=True) == ["see", "`raci kpis show ID`", "now"]


def test_comment_wrap_breaks_japanese_between_phrases() -> None:
    # at phrase boundaries (BudouX), never inside a word, and a word too long for the line stays whole
    assert wrap("専門性は高まりますが、顧客がこぼれ落ちやすい", 24, overflow=True) == [
        "専門性は高まりますが、",
        "顧客がこぼれ落ちやすい",
    ]
    assert wrap("エンジニア" * 4, 10, overflow=True) == ["エンジニア" * 4]
    assert wrap("このファイルと同じ場所で `raci schema -o x` を実行します（1 行目の指定用）。", 44, overflow=True) == [
        "このファイルと同じ場所で `raci schema -o x`",
        "を実行します（1 行目の指定用）。",
    ]


CJK = re.compile(r"[\u3041-\u309f\u30a1-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")  # kana (ー too) and kanji


@pytest.mark.parametrize(("model", "lang"), CASES)
def test_comments_never_break_inside_a_word(model: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from raci.starter import comments

    blocks: list[list[str]] = []  # the lines of each comment, as written
    comment = comments.lines

    def spy(text: str, indent: int = 0) -> Iterator[str]:
        blocks.append(list(comment(text, indent)))
        return iter(blocks[-1])

    monkeypatch.setattr(comments, "lines", spy)
    lines = generate(model, lang).splitlines()
    written = {line.strip() for line in lines}  # the writer indents a comment like its element
    assert len(blocks) > 20 and all(line in written for block in blocks for line in block)
    for block in blocks:
        for first, second in itertools.pairwise(block):
            end, start = first.rstrip()[-1], second.lstrip(" #")[0]
            # kinsoku: no line starts with closing punctuation or a small kana, nor ends with an opening bracket
            assert start not in NO_LINE_START and end not in NO_LINE_END, f"{first}\n{second}"
    for line in lines:
        if line.lstrip().startswith("#"):
            assert width(line) <= (100 if lang == "ja" else 92), line
    comments = "\n".join(line for block in blocks for line in block)
    if lang == "ja":  # the cuts of the old fixed-width wrap: 活/用定着, チー/ム, (1/行目の指定用), C/= 相談を受ける
        for words in ("活用定着", "チーム", "（1 行目の指定用）", "C = 相談を受ける", "「効率化」ではなく"):
            assert words in comments, words
