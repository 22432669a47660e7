"""What the comparisons share: both specs, the matching, and display names for messages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from raci.diff.change import Change
from raci.diff.match import Matching
from raci.i18n import t
from raci.spec.model import Spec, Text

T = TypeVar("T")


def unmatched(
    old: Mapping[str, T], new: Mapping[str, T], matched: Mapping[str, str]
) -> tuple[list[tuple[str, T]], list[tuple[str, T]]]:
    """What only the old side has (removed) and what only the new side has (added), by id;
    ``matched`` maps each old id that lives on to its new id."""
    kept = set(matched.values())
    return [(i, x) for i, x in old.items() if i not in matched], [(i, x) for i, x in new.items() if i not in kept]


def text_value(text: Text | None) -> dict[str, str] | None:
    """A display text as JSON: ``{"ja": …, "en": …}`` with the languages it has."""
    if text is None:
        return None
    return {lang: value for lang, value in (("ja", text.ja), ("en", text.en)) if value is not None}


def term(key: str) -> Text:
    """A word of the catalogue in both languages, to go into a message as an argument."""
    return Text(ja=t(key, "ja"), en=t(key, "en"))


def join(texts: Iterable[Text]) -> Text:
    """Several names as one text, per language (``「営業」、「CS」`` / ``Sales, CS``); none: nobody."""
    items = list(texts)
    if not items:
        return term("diff.nobody")
    return Text(ja="、".join(f"「{t.get('ja')}」" for t in items), en=", ".join(t.get("en") for t in items))


@dataclass
class Context:
    """Both sides of one comparison; changes are collected in :attr:`changes`."""

    old: Spec
    new: Spec
    matching: Matching
    file: str
    changes: list[Change] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._old_depts = {d.id: d for d in self.old.departments}
        self._new_depts = {d.id: d for d in self.new.departments}

    def add(self, kind: str, subject: str, **values: Any) -> None:
        """Record a change of ``kind``; ``values`` are :class:`~raci.diff.change.Change`'s fields."""
        self.changes.append(Change(kind, subject, file=self.file, **values))

    def value_changed(self, kind: str, subject: str, old: Any, new: Any, args: dict[str, Any], **where: Any) -> None:
        """A plain field (mode, stage, target…) that changed: old and new, ``-`` when unset."""
        if old != new:
            shown = {"old": "-" if old in (None, "") else old, "new": "-" if new in (None, "") else new}
            self.add(kind, subject, old=old, new=new, args={**args, **shown}, **where)

    def text_changed(
        self, kind: str, subject: str, old: Text | None, new: Text | None, args: dict[str, Any], **where: Any
    ) -> None:
        """A display text (description…) that changed, recorded in both languages."""
        if old != new:
            self.add(kind, subject, old=text_value(old), new=text_value(new), args=args, **where)

    def name_changed(self, kind: str, subject: str, old: Text, new: Text, **where: Any) -> None:
        """A display name that changed: the message names both."""
        self.text_changed(kind, subject, old, new, {"old": old, "new": new}, **where)

    def department(self, old_id: str) -> str:
        """A department id of the old spec under its new id (unchanged when it was removed)."""
        return self.matching.departments.get(old_id, old_id)

    def dept_name(self, ident: str) -> Text:
        """The display name of a department: by new id, else by old id (removed ones)."""
        found = self._new_depts.get(ident) or self._old_depts.get(ident)
        return found.name if found is not None else Text(ja=ident, en=ident)

    def dept_names(self, idents: Iterable[str]) -> Text:
        return join(self.dept_name(i) for i in idents)
