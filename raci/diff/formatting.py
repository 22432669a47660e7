"""What the formatters share: their options, a change as a sentence, labels and counts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from raci.diff.change import Change
from raci.diff.result import Diff
from raci.i18n import t
from raci.spec.model import Text

Label = str | Text
"""A side's name: a path or revision, or a text in both languages ("working tree")."""


@dataclass(frozen=True)
class Options:
    lang: str = "en"
    color: bool = False


def label(value: Label, lang: str) -> str:
    return value.get(lang) if isinstance(value, Text) else value


def sentence(change: Change, lang: str, escape: Callable[[str], str] | None = None) -> str:
    """The change in prose, its arguments passed through ``escape`` (Markdown) when given."""
    args: Mapping[str, Any] = change.args
    if escape is not None:
        args = {key: _escaped(value, escape) for key, value in args.items()}
    return t(change.message_key, lang, args)


def _escaped(value: Any, escape: Callable[[str], str]) -> Any:
    if isinstance(value, Text):
        return Text(
            ja=escape(value.ja) if value.ja is not None else None, en=escape(value.en) if value.en is not None else None
        )
    if isinstance(value, str):
        return escape(value)
    return value


def headline(diff: Diff, lang: str) -> str:
    counts = diff.counts()
    total = sum(counts.values())
    return t("diff.headline", lang, {"total": total, **counts}) if total else t("diff.headline.none", lang)


def findings_line(diff: Diff, lang: str) -> str:
    introduced = sum(len(f.findings_introduced) for f in diff.files)
    fixed = sum(len(f.findings_fixed) for f in diff.files)
    return t("diff.findings_line", lang, {"introduced": introduced, "fixed": fixed})


def title(kind: str, lang: str) -> str:
    return t(f"diff.title.{kind}", lang)
