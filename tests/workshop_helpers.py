"""Helpers for the workshop tests: a small spec, prepared forms, and filling them in
through openpyxl or as CSV text, the way a participant would."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from tests.conftest import Result, run_raci

SMALL = """\
version: 1
org: {name: {ja: テスト株式会社, en: Test Inc.}, locale: en}
departments:
  - {id: sales, name: {ja: 営業部, en: Sales}, kind: sales}
  - {id: cs, name: {ja: カスタマーサクセス部, en: Customer Success}, kind: cs}
  - {id: support, name: {ja: サポート部, en: Support}, kind: support}
phases:
  - id: onboarding
    name: {ja: オンボーディング, en: Onboarding}
    activities:
      - {id: kickoff, name: {ja: キックオフ, en: Kickoff}, raci: {cs: A/R, sales: C}}
      - {id: setup, name: {ja: 初期設定, en: Set-up}, raci: {cs: A, support: R}}
  - id: renewal
    name: {ja: 契約更新, en: Renewal}
    activities:
      - {id: renew, name: {ja: 更新提案, en: Renewal proposal}, raci: {sales: A/R, cs: C}}
"""
DEPARTMENTS = ("sales", "cs", "support")
ACTIVITIES = ("kickoff", "setup", "renew")

Answers = Mapping[str, Mapping[str, str]]
"""Activity id → department id → what the participant writes in the cell."""


def prepare(tmp_path: Path, people: str, *extra: str, spec_text: str = SMALL, folder: str = "forms") -> Path:
    spec = tmp_path / "org.raci.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    listing = tmp_path / "people.csv"
    listing.write_text(people, encoding="utf-8")
    out = tmp_path / folder
    result = run_raci("workshop", "prepare", str(spec), "--participants", str(listing), "-o", str(out), *extra)
    assert result.code == 0, result.all
    return out


def forms(folder: Path, suffix: str = ".xlsx") -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == suffix)


def fill_xlsx(path: Path, answers: Answers, comments: Mapping[str, str] | None = None) -> None:
    """Type ``answers`` into the form's cells by activity id (column B) and department column."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[5]]
    meta = {row[0]: row[1] for row in book["raci"].iter_rows(values_only=True)}
    columns = {d: 4 + i for i, d in enumerate(str(meta["departments"]).split(","))}
    comment_column = 4 + len(columns)
    assert header[comment_column - 1] is not None
    for row in range(6, sheet.max_row + 1):
        activity = sheet.cell(row, 2).value
        for department, value in answers.get(activity, {}).items():
            sheet.cell(row, columns[department]).value = value or None
        if comments and activity in comments:
            sheet.cell(row, comment_column).value = comments[activity]
    book.save(path)


def collect(folder: Path, out: Path, *extra: str) -> tuple[Result, dict]:  # type: ignore[type-arg]
    result = run_raci("workshop", "collect", str(folder), "-o", str(out), *extra)
    data = json.loads((out / "results.json").read_text(encoding="utf-8")) if (out / "results.json").exists() else {}
    return result, data


def cell(data: dict, activity: str, department: str) -> dict:  # type: ignore[type-arg]
    return next(c for c in data["cells"] if c["activity"] == activity and c["department"] == department)
