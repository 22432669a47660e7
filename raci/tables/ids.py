"""ASCII ids from the names people wrote: ``Kick-off call`` → ``kick_off_call``, 営業 → ``eigyou``.

A spec id is ``[A-Za-z][A-Za-z0-9_-]*``; the display name keeps the original text. Latin
text (accents folded) is lower-cased and joined with ``_``; common katakana loan words
read as their English (:data:`raci.tables.words.LOAN_WORDS`: サポート部 → ``support_bu``),
an organisation suffix (部, 課, 室…) is a word of its own (営業部 → ``eigyou_bu``), and the
rest of the Japanese is romanised with pykakasi, imported only when a name needs it (its
dictionary takes half a second to load, more than reading a 1,000-row table). What still gives no letters gets a stable
numbered id (``activity_7``: the 7th row), and every id is made unique with ``_2``, ``_3``…
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from raci.tables.words import english_loans

MAX_LENGTH = 40
_WORD = re.compile(r"[a-z0-9]+")
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_SUFFIX = re.compile(r"(?<=\S)(事業部|本部|部門|部|課|室|局|班|係)$")
"""An organisation suffix ends a name as a word of its own, whatever script comes before it."""


def slug(name: str) -> str:
    """The ASCII id part of ``name`` (possibly ``""`` or starting with a digit): romanised, lower case, words joined by ``_``."""
    text = unicodedata.normalize("NFKC", name)
    if any(_needs_romanising(c) for c in text):
        text = _SUFFIX.sub(r" \1", english_loans(text).rstrip())  # 営業部 → eigyou_bu, like support_bu
        if any(_needs_romanising(c) for c in text):
            text = _romanise(text)
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = _WORD.findall(folded)
    out = ""
    for word in words:
        joined = f"{out}_{word}" if out else word
        if len(joined) > MAX_LENGTH:
            break
        out = joined
    return out or (words[0][:MAX_LENGTH] if words else "")


def _needs_romanising(char: str) -> bool:
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


@cache
def _kakasi() -> Any:
    import pykakasi

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def _romanise(text: str) -> str:
    """Japanese words in Hepburn, one word each (カスタマーサクセス → kasutamaasakusesu)."""
    return " ".join(part["hepburn"] or part["orig"] for part in _kakasi().convert(text))


class Ids:
    """Hands out unique ids in one namespace (departments, phases or activities)."""

    def __init__(self, prefix: str, taken: set[str] | None = None) -> None:
        self.prefix = prefix
        self.taken = taken if taken is not None else set()

    def claim(self, wanted: str) -> str | None:
        """``wanted`` itself when it is a valid, free id (raci's own exports), else ``None``."""
        if _ID.match(wanted) and wanted not in self.taken and len(wanted) <= 64:
            self.taken.add(wanted)
            return wanted
        return None

    def make(self, name: str, number: int) -> str:
        """An id for ``name``; ``{prefix}_{number}`` when the name gives no letters."""
        base = slug(name)
        base = f"{self.prefix}_{number}" if not base else (base if base[0].isalpha() else f"{self.prefix}_{base}")
        candidate, n = base, 2
        while candidate in self.taken:
            candidate, n = f"{base}_{n}", n + 1
        self.taken.add(candidate)
        return candidate
