"""A user's ``--templates``: sandboxed, and their mistakes reported as theirs (file:line,
exit 2, in both languages), never as a raci bug (exit 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2.sandbox import ImmutableSandboxedEnvironment

from raci.render import Options, RenderError, document, get
from raci.render.templating import environment
from raci.spec.load import load
from tests.conftest import ROOT, run_raci

SPEC = ROOT / "specs" / "acme-functional.raci.yaml"

MISTAKES = {
    "division": ("ok\n{{ 1/0 }}\n", ":2", "ZeroDivisionError"),
    "recursion": ("{% macro f() %}{{ f() }}{% endmacro %}\n\n{{ f() }}\n", ":1", "itself"),
    "undefined": ("{{ nope.deeper }}\n", ":1", "'nope' is undefined"),
    "syntax": ("line one\n{% if %}\n", ":2", "Expected an expression"),
    "missing include": ('a\nb\n{% include "nowhere.j2" %}\n', ":3", "nowhere.j2"),
    "unknown label": ('{{ t("no.such.key") }}\n', ":1", "no.such.key"),
}
ATTACKS = {
    "mro": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals": '{{ cycler.__init__.__globals__.os.popen("id").read() }}',
    "format": "{{ '{0.__class__}'.format(lang) }}",
    "mutation": "{{ [].append(1) }}",
}


def folder_with(tmp_path: Path, name: str, text: str | bytes) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return folder


@pytest.mark.parametrize("case", sorted(MISTAKES))
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_mistake_in_a_user_template_names_the_file_and_line(tmp_path: Path, case: str, lang: str) -> None:
    text, line, detail = MISTAKES[case]
    folder = folder_with(tmp_path, "mission.md.j2", text)
    result = run_raci("render", "mission", str(SPEC), "--templates", str(folder), "--lang", lang)
    assert result.code == 2, result.all
    assert f"mission.md.j2{line}" in result.err and (detail in result.err or case == "recursion")
    assert ("テンプレート" in result.err) == (lang == "ja")
    assert "internal error" not in result.err and "内部エラー" not in result.err


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_user_template_cannot_reach_python_internals(tmp_path: Path, attack: str) -> None:
    folder = folder_with(tmp_path, "charter.md.j2", ATTACKS[attack] + "\n")
    result = run_raci(
        "render", "charter", str(SPEC), "--department", "support", "--templates", str(folder), "--lang", "en"
    )
    assert result.code == 2, result.all
    assert "charter.md.j2:1" in result.err and "sandbox" in result.err and "unsafe" in result.err
    assert "uid=" not in result.out + result.err


def test_a_template_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "mission.md.j2", b"line one\nline two\n\xff\xfe three\n")
    for lang, words in (("en", "not UTF-8"), ("ja", "UTF-8 のテキストではありません")):
        result = run_raci("render", "mission", str(SPEC), "--templates", str(folder), "--lang", lang)
        assert result.code == 2 and "mission.md.j2:3" in result.err and words in result.err, result.all


def test_an_included_user_template_is_blamed_not_the_one_including_it(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "matrix.html.j2", '{% include "part.html.j2" %}\n')
    folder_with(tmp_path, "part.html.j2", "<p>\n{{ m.org / 0 }}\n")
    result = run_raci("render", "matrix", str(SPEC), "-f", "html", "--templates", str(folder))
    assert result.code == 2 and "part.html.j2:2" in result.err and "TypeError" in result.err, result.all


def test_library_callers_get_a_render_error(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "mission.txt.j2", "{{ 1/0 }}\n")
    doc = document(load(SPEC))
    with pytest.raises(RenderError, match=r"mission\.txt\.j2:1"):
        get("mission").render(doc, "txt", Options(templates=folder))


@pytest.mark.parametrize(
    ("view", "fmt", "extra"),
    [
        ("matrix", "html", {}),
        ("mission", "md", {}),
        ("mission", "txt", {}),
        ("mission", "html", {}),
        ("charter", "md", {"department": "support"}),
        ("charter", "html", {"department": "support"}),
        ("report", "html", {}),
    ],
)
def test_shipped_templates_render_the_same_in_the_sandbox(tmp_path: Path, view: str, fmt: str, extra: dict) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert isinstance(environment(empty), ImmutableSandboxedEnvironment)
    doc = document(load(SPEC))
    plain = get(view).render(doc, fmt, Options(lang="ja", **extra))
    sandboxed = get(view).render(doc, fmt, Options(lang="ja", templates=empty, **extra))
    assert sandboxed == plain


def test_a_dict_row_reads_its_keys_and_keeps_its_methods(tmp_path: Path) -> None:
    """Templates read dict rows as ``row.name`` (looked up as an item first, for speed): a key
    that shares a method's name must not hide the method, and a missing key stays undefined."""
    source = "{{ row.name }}|{% for k, v in row.items() %}{{ k }}={{ v }};{% endfor %}|{{ row.missing is defined }}"
    for env in (environment(None), environment(tmp_path)):
        rendered = env.from_string(source).render(row={"name": "CS", "items": "x"})
        assert rendered == "CS|name=CS;items=x;|False"
