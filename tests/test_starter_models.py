"""The org models are data: one bilingual spec file each, found in raci/starter/specs/, written in one language."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raci.spec.load import loads
from raci.spec.reformat import format_text
from raci.spec.write import dump
from raci.starter import comments, models, write
from raci.starter.models import MODELS, ModelFileError, read_model, read_models
from tests.conftest import ROOT, run_raci

FOLDER = ROOT / "raci" / "starter" / "specs"
FILES = sorted(FOLDER.glob("*.raci.yaml"))
LANGS = ("ja", "en")
_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """``text`` without white space: what a paragraph says, however it was wrapped."""
    return _SPACE.sub("", text)


def comment_text(spec_text: str) -> str:
    """Every comment of a written spec, without ``#`` and white space."""
    found = [line.split("#", 1)[1] for line in spec_text.splitlines() if "#" in line]
    return squeeze("".join(found))


def tagged(path: Path) -> dict[str, list[str]]:
    """The ``# ja:`` / ``# en:`` paragraphs of a model file, by language."""
    out: dict[str, list[str]] = {"ja": [], "en": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        found = re.match(r"\s*# (ja|en): (.*)", line)
        if found:
            out[found[1]].append(found[2])
    return out


def test_the_shipped_models_are_the_files_of_the_folder() -> None:
    assert [m.path.name for m in MODELS.values()] == [f"{m}.raci.yaml" for m in MODELS]  # type: ignore[union-attr]
    assert sorted(MODELS) == sorted(p.name.removesuffix(".raci.yaml") for p in FILES)
    assert list(MODELS) == ["all-rounder", "sales-cs", "high-touch", "functional", "segment"]  # the card's order


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_model_file_is_a_canonical_spec_that_survives_the_writer(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert format_text(text, str(path)) == text  # `raci fmt --check` passes on the data itself
    model = read_model(path)
    assert loads(dump(model.spec)) == model.spec
    assert all(d.name.ja and d.name.en and d.name.ja != d.name.en for d in model.spec.departments)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_model_file_validates_but_for_the_mission_placeholders(path: Path) -> None:
    result = run_raci("validate", "--format", "json", "--fail-on", "info", str(path))
    found = json.loads(result.out)["findings"]
    assert result.code == 1  # warnings only
    assert sorted((f["code"], f["subject"]) for f in found) == sorted(
        ("M505", f"mission:{part}") for part in ("customer", "value", "success", "statement")
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_the_starter_keeps_the_chosen_languages_comments_and_only_those(path: Path, lang: str) -> None:
    model = read_model(path)
    text = write.generate(model.id, lang)
    other = "en" if lang == "ja" else "ja"
    said = comment_text(text)
    paragraphs = tagged(path)
    assert paragraphs[lang] and len(paragraphs[lang]) == len(paragraphs[other])  # every comment in both
    for paragraph in paragraphs[lang]:
        assert squeeze(paragraph) in said, paragraph
    for paragraph in paragraphs[other]:
        assert squeeze(paragraph) not in said, paragraph
    assert "##" not in text and "# ja:" not in text and "# en:" not in text
    spec = loads(text)  # and every text of the spec is in the chosen language
    assert spec.org.locale == lang
    for dept in spec.departments:
        assert dept.name.ja == dept.name.en == model.department(dept.id).name.get(lang)


def test_the_english_starter_writes_the_cards_units_and_targets() -> None:
    model = MODELS["all-rounder"]
    en = {k.id: k for k in loads(write.generate(model.id, "en")).kpis}
    ja = {k.id: k for k in loads(write.generate(model.id, "ja")).kpis}
    for kpi, fields in model.kpis_by_language["en"].items():
        for name, value in fields.items():
            assert getattr(en[kpi], name) == value and getattr(ja[kpi], name) != value


def test_a_sixth_model_is_one_more_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in FILES:
        shutil.copy(path, tmp_path)
    text = (FOLDER / "all-rounder.raci.yaml").read_text(encoding="utf-8")
    text = text.replace("id: all-rounder\n#   order: 1", "id: solo\n#   order: 6")
    text = text.replace("# ja: 契約後のすべてを", "# ja: 一人のCSが、契約後のすべてを")
    (tmp_path / "solo.raci.yaml").write_text(text, encoding="utf-8")
    found = read_models(tmp_path)
    assert list(found) == [*MODELS, "solo"]
    monkeypatch.setattr(write, "MODELS", found)
    out = write.generate("solo", "ja", headcounts={"cs": 1})
    assert "`raci init --model solo --lang ja`" in out and "# 一人のCSが、契約後のすべてを" in out
    assert loads(out).department("cs").accounts == 50


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda t: t.replace("# model:", "# modell:"), "no '# model:' card"),
        (lambda t: t.replace("accounts_per_person: {cs: 50}", "accounts_per_person: {cx: 50}"), "department 'cx'"),
        (lambda t: t.replace("  summary: {ja:", "  summary: {jp:"), "summary"),
        (lambda t: t.replace("ltv: {unit: USD", "ltv: {currency: USD"), "kpis_by_language.en.ltv"),
    ],
)
def test_a_broken_model_card_is_named_with_its_file(tmp_path: Path, change: object, says: str) -> None:
    path = tmp_path / "broken.raci.yaml"
    path.write_text(change((FOLDER / "all-rounder.raci.yaml").read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(ModelFileError, match=re.escape(says)) as raised:
        read_model(path)
    assert str(path) in str(raised.value)


def test_end_of_line_comments_in_two_languages() -> None:
    line = "  # ja: 自社名  # en: your company"
    assert comments.pick_trailing(line, "ja") == "  # 自社名"
    assert comments.pick_trailing(line, "en") == "  # your company"
    assert comments.pick_trailing("  # raci: ignore[R101] both", "ja") == "  # raci: ignore[R101] both"
    assert comments.pick_trailing("  ## for contributors", "en") is None


_WORD = st.text(st.sampled_from("abcdefghijklmnop"), min_size=1, max_size=12)
_JA = st.text(st.sampled_from("あいうえおかきくけこ活用定着チーム、。"), min_size=1, max_size=40)


@given(
    st.lists(st.tuples(st.lists(_WORD, min_size=1, max_size=30).map(" ".join), _JA), min_size=1, max_size=4),
    st.sampled_from(LANGS),
    st.integers(0, 8),
)
def test_a_comment_keeps_its_language_whole_and_drops_the_other(
    pairs: list[tuple[str, str]], lang: str, indent: int
) -> None:
    leading = ["## a note for contributors", "# neutral line"]
    for en, ja in pairs:
        leading += [f"# ja: {ja}", f"# en: {en}"]
    out = comments.pick(leading, lang, indent)
    assert out[0] == "# neutral line" and all(line.startswith("#") for line in out)
    assert all(len(line) + indent <= comments.COMMENT_WIDTH or " " not in line[2:] for line in out if lang == "en")
    kept = squeeze("".join(line[1:] for line in out[1:]))
    assert kept == squeeze("".join(ja if lang == "ja" else en for en, ja in pairs))


def test_model_ids_and_headcounts_reach_the_command() -> None:
    for model in MODELS.values():
        assert [d.id for d in model.departments] == list(model.settable)
        assert all(isinstance(d.headcount, int) and d.headcount > 0 for d in model.departments)
    assert models.models_dir() == FOLDER
