"""``raci diff`` as a user and a CI job run it: two files, git revisions, formats, exit codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, run_raci

BASE = (ROOT / "tests" / "data" / "diff" / "base.raci.yaml").read_text(encoding="utf-8")
SCHEMA = json.loads((ROOT / "raci" / "diff" / "diff.schema.json").read_text(encoding="utf-8"))
RENEWAL = "raci: {cs: A/R, sales: C}, mode: proactive, kpis: [nrr]}"
A_MOVED = BASE.replace(RENEWAL, RENEWAL.replace("cs: A/R, sales: C", "cs: R, sales: A/C"))
R_ADDED = BASE.replace("raci: {cs: A/R, sales: I}", "raci: {cs: A/R, sales: R/I}")
COSMETIC = BASE.replace("name: Renewal talk", "name: Renewal meeting")


def pair(tmp_path: Path, old: str, new: str) -> tuple[str, str]:
    (tmp_path / "old.raci.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.raci.yaml").write_text(new, encoding="utf-8")
    return "old.raci.yaml", "new.raci.yaml"


@pytest.mark.parametrize(
    ("new", "fail_on", "code"),
    [
        (A_MOVED, None, 0),
        (A_MOVED, "breaking", 1),
        (R_ADDED, "breaking", 0),
        (R_ADDED, "notable", 1),
        (A_MOVED, "notable", 1),
        (COSMETIC, "notable", 0),
        (COSMETIC, "any", 1),
        (BASE, "any", 0),
    ],
)
def test_fail_on_exits_1_only_for_a_change_of_that_class_or_graver(
    tmp_path: Path, new: str, fail_on: str | None, code: int
) -> None:
    args = [*pair(tmp_path, BASE, new), *(["--fail-on", fail_on] if fail_on else [])]
    result = run_raci("diff", *args, cwd=tmp_path)
    assert result.code == code, result.all


def test_json_output_follows_the_shipped_schema(tmp_path: Path) -> None:
    new = A_MOVED.replace(
        "{id: support, name: Support, kind: support}",
        "{id: support, name: Support, kind: support}\n  - {id: marketing, name: Marketing, kind: marketing}",
    )
    result = run_raci("diff", *pair(tmp_path, BASE, new), "--format", "json", cwd=tmp_path)
    data = json.loads(result.out)
    jsonschema.validate(data, SCHEMA)
    assert data["summary"] == {"changes": 2, "breaking": 1, "notable": 1, "cosmetic": 0}
    assert [f["code"] for f in data["findings_introduced"]] == ["R104"]  # marketing takes part in nothing
    sales = next(d for d in data["departments"] if d["department"] == "sales")
    assert [a["id"] for a in sales["accountable"]["gained"]] == ["renewal"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "changes": [{**data["changes"][0], "class": "serious"}]}, SCHEMA)


def test_findings_introduced_and_fixed_are_listed(tmp_path: Path) -> None:
    broken = BASE.replace(RENEWAL, RENEWAL.replace("cs: A/R", "cs: R"))  # no Accountable: R101
    there = json.loads(run_raci("diff", *pair(tmp_path, BASE, broken), "-f", "json", cwd=tmp_path).out)
    back = json.loads(run_raci("diff", *pair(tmp_path, broken, BASE), "-f", "json", cwd=tmp_path).out)
    assert "R101" in [f["code"] for f in there["findings_introduced"]] and there["findings_fixed"] == []
    assert "R101" in [f["code"] for f in back["findings_fixed"]] and back["findings_introduced"] == []


def test_language_comes_from_the_spec_then_lang(tmp_path: Path) -> None:
    ja_old, ja_new = BASE.replace("locale: en", "locale: ja"), A_MOVED.replace("locale: en", "locale: ja")
    result = run_raci("diff", *pair(tmp_path, ja_old, ja_new), cwd=tmp_path)
    assert "「Renewal talk」の説明責任（A）が「Customer Success」から「Sales」に移ります" in result.out
    assert "重大 1 件" in result.out
    english = run_raci("diff", *pair(tmp_path, ja_old, ja_new), "--lang", "en", cwd=tmp_path)
    assert 'Accountable (A) for "Renewal talk" moves from Customer Success to Sales' in english.out


def test_output_file_goes_through_the_guard(tmp_path: Path) -> None:
    old, new = pair(tmp_path, BASE, A_MOVED)
    assert run_raci("diff", old, new, "-f", "md", "-o", "comment.md", cwd=tmp_path).code == 0
    assert (tmp_path / "comment.md").read_text(encoding="utf-8").startswith("### raci diff: 1 changes")
    refused = run_raci("diff", old, new, "-o", new, cwd=tmp_path)
    assert refused.code == 2 and (tmp_path / new).read_text(encoding="utf-8") == A_MOVED


def test_a_side_that_is_not_a_spec_exits_2_with_its_place(tmp_path: Path) -> None:
    result = run_raci("diff", *pair(tmp_path, BASE, BASE.replace("headcount: 4", "headcont: 4")), cwd=tmp_path)
    assert result.code == 2
    assert "new version of new.raci.yaml cannot be read" in result.err
    assert "new.raci.yaml:7:" in result.err and "S003" in result.err


def test_github_annotations_sit_at_the_new_line_and_removals_at_the_old_line(tmp_path: Path) -> None:
    upsell = "      - {id: upsell, name: Upsell, raci: {cs: A/R, sales: I}, mode: proactive, kpis: [nrr]}\n"
    old = BASE.replace(RENEWAL + "\n", RENEWAL + "\n" + upsell)
    new = old.replace(RENEWAL, RENEWAL.replace("cs: A/R, sales: C", "cs: R, sales: A/C")).replace(upsell, "")
    new = new.replace("name: Sales,", 'name: "50% Sales, Inc: the\\nteam",')
    lines = run_raci("diff", *pair(tmp_path, old, new), "-f", "github", cwd=tmp_path).out.splitlines()
    renewal_line = next(n for n, text in enumerate(new.splitlines(), 1) if "id: renewal," in text)
    upsell_line = next(n for n, text in enumerate(old.splitlines(), 1) if "id: upsell," in text)
    moved = next(line for line in lines if "[accountable-moved:renewal]" in line)
    assert moved.startswith(f"::warning file=new.raci.yaml,line={renewal_line},")
    assert "50%25 Sales, Inc: the%0Ateam" in moved  # the message part: % and newline escaped
    removed = next(line for line in lines if "[activity-removed:upsell]" in line)
    assert removed.startswith(f"::warning file=old.raci.yaml,line={upsell_line},")
    renamed = next(line for line in lines if "department-name-changed" in line)
    assert renamed.startswith("::notice ") and "\n" not in renamed
    assert lines[-1].startswith("raci diff: ")


def test_wrong_arguments_exit_2_with_a_message(tmp_path: Path) -> None:
    result = run_raci("diff", "nowhere.raci.yaml", "also-missing.raci.yaml", cwd=tmp_path)
    assert result.code == 2 and "is not in a git repository" in result.err


# git mode -------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository: main has the base spec; the feature branch moves an Accountable."""
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Test")
    git(repo, "config", "user.email", "test@example.com")
    git(repo, "config", "commit.gpgsign", "false")
    (repo / "specs" / "org.raci.yaml").write_text(BASE, encoding="utf-8")
    (repo / "specs" / "gone.raci.yaml").write_text(BASE, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "specs" / "org.raci.yaml").write_text(A_MOVED, encoding="utf-8")
    git(repo, "rm", "-q", "specs/gone.raci.yaml")
    git(repo, "commit", "-q", "-am", "renewal goes to sales")
    return repo


def test_git_default_compares_the_merge_base_with_the_working_tree(repo: Path) -> None:
    (repo / "specs" / "org.raci.yaml").write_text(
        A_MOVED.replace("name: Renewal talk", "name: Renewal meeting"), encoding="utf-8"
    )
    (repo / "specs" / "new.raci.yaml").write_text(BASE, encoding="utf-8")  # not committed yet
    data = json.loads(run_raci("diff", "-f", "json", cwd=repo).out)
    jsonschema.validate(data, SCHEMA)
    assert data["old"].startswith("main (") and data["new"] == "working tree"
    by_file = {f["file"]: f["status"] for f in data["files"]}
    assert by_file == {"specs/gone.raci.yaml": "removed", "specs/new.raci.yaml": "added", "specs/org.raci.yaml": None}
    org = sorted(c["id"] for c in data["changes"] if c["file"] == "specs/org.raci.yaml")
    assert org == ["accountable-moved:renewal", "activity-name-changed:renewal"]
    gone = [c for c in data["changes"] if c["file"] == "specs/gone.raci.yaml" and c["kind"] == "activity-removed"]
    assert gone and all(c["old_location"]["file"] == "specs/gone.raci.yaml" for c in gone)


def test_git_range_and_paths(repo: Path) -> None:
    data = json.loads(run_raci("diff", "main..feature", "specs/org.raci.yaml", "-f", "json", cwd=repo).out)
    assert [c["id"] for c in data["changes"]] == ["accountable-moved:renewal"]
    assert (data["old"], data["new"]) == ("main", "feature")
    same = json.loads(run_raci("diff", "-f", "json", "HEAD", "--", "specs", cwd=repo).out)
    assert same["changes"] == []
    assert run_raci("diff", "main...feature", "--fail-on", "breaking", cwd=repo).code == 1


def test_git_reformatted_and_reordered_commit_has_no_changes(repo: Path) -> None:
    from raci.spec.reformat import format_text

    text = (repo / "specs" / "org.raci.yaml").read_text(encoding="utf-8")
    (repo / "specs" / "org.raci.yaml").write_text(format_text(text), encoding="utf-8")
    result = run_raci("diff", "HEAD", "--fail-on", "any", cwd=repo)
    assert result.code == 0 and "no changes" in result.out


def test_unknown_revision_exits_2(repo: Path) -> None:
    result = run_raci("diff", "no-such-branch", cwd=repo)
    assert result.code == 2 and "'no-such-branch' is neither a file nor a revision" in result.err


def test_a_shallow_clone_says_to_fetch_the_history(repo: Path, tmp_path: Path) -> None:
    git(repo, "checkout", "-q", "main")
    (repo / "README").write_text("x", encoding="utf-8")
    git(repo, "add", "README")
    git(repo, "commit", "-q", "-m", "main moves on")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", "--no-single-branch", f"file://{repo}", str(clone))
    git(clone, "checkout", "-q", "feature")
    result = run_raci("diff", cwd=clone)
    assert result.code == 2
    assert "shallow" in result.err and "fetch-depth: 0" in result.err and "origin/main" in result.err
    japanese = run_raci("diff", "--lang", "ja", cwd=clone)
    assert "共通の祖先" in japanese.err and "fetch-depth: 0" in japanese.err


def test_without_a_default_branch_it_asks_for_the_base(tmp_path: Path) -> None:
    repo = tmp_path / "solo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "trunk")
    git(repo, "config", "user.name", "Test")
    git(repo, "config", "user.email", "test@example.com")
    (repo / "org.raci.yaml").write_text(BASE, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    result = run_raci("diff", cwd=repo)
    assert result.code == 2 and "default branch" in result.err
    assert run_raci("diff", "trunk", cwd=repo).code == 0


def test_text_is_coloured_only_when_asked_or_in_a_terminal(tmp_path: Path) -> None:
    old, new = pair(tmp_path, BASE, A_MOVED)
    coloured = run_raci("diff", old, new, "--color", cwd=tmp_path).out
    assert "\033[31mbreaking\033[0m" in coloured
    plain = run_raci("diff", old, new, cwd=tmp_path).out  # a pipe
    assert "\033[" not in plain and "breaking  " in plain
