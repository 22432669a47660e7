"""The spreadsheet vocabulary of RACI cells, as a table: what real tables write in a cell.

:func:`raci.spec.loose_cells.parse_loose` reads a cell token by token; a token that is not a
run of the letters R, A, C, I is looked up here. The table is data, not code, so that
docs/import.md can show it as it is (a test keeps the two in step), and so that a team
can change a meaning (``--dri A``, ``--mark ◎=R``) without touching the parser:
:meth:`Vocabulary.with_meanings` returns a copy with some spellings changed.

Spellings are compared after NFKC normalisation and case folding, so ``ACCOUNTABLE``,
``accountable`` and full-width ``Ａｃｃｏｕｎｔａｂｌｅ`` are one entry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

NONE = ""
"""The letters of a spelling that means "no role" (``-``, ``n/a``, ×)."""

TABLE: tuple[tuple[str, str, str], ...] = (
    # (spelling, roles, group): group is how docs/import.md sorts the table.
    ("Responsible", "R", "en"),
    ("Accountable", "A", "en"),
    ("Consulted", "C", "en"),
    ("Consult", "C", "en"),
    ("Informed", "I", "en"),
    ("Inform", "I", "en"),
    ("Approver", "A", "en"),
    ("Owner", "AR", "en"),
    ("DRI", "AR", "en"),
    ("実行責任者", "R", "ja"),
    ("実行責任", "R", "ja"),
    ("実行", "R", "ja"),
    ("実施", "R", "ja"),
    ("実施者", "R", "ja"),
    ("担当", "R", "ja"),
    ("担当者", "R", "ja"),
    ("作業責任者", "R", "ja"),
    ("説明責任者", "A", "ja"),
    ("説明責任", "A", "ja"),
    ("最終責任者", "A", "ja"),
    ("結果責任者", "A", "ja"),
    ("責任者", "A", "ja"),
    ("承認者", "A", "ja"),
    ("承認", "A", "ja"),
    ("主担当", "AR", "ja"),
    ("協議先", "C", "ja"),
    ("協議", "C", "ja"),
    ("相談先", "C", "ja"),
    ("相談", "C", "ja"),
    ("助言", "C", "ja"),
    ("報告先", "I", "ja"),
    ("報告", "I", "ja"),
    ("情報共有", "I", "ja"),
    ("共有先", "I", "ja"),
    ("共有", "I", "ja"),
    ("◎", "AR", "mark"),
    ("●", "AR", "mark"),
    ("○", "R", "mark"),
    ("〇", "R", "mark"),
    ("◯", "R", "mark"),
    ("△", "C", "mark"),
    ("▲", "C", "mark"),
    ("×", NONE, "mark"),
    ("✕", NONE, "mark"),
    ("-", NONE, "none"),
    ("—", NONE, "none"),
    ("–", NONE, "none"),
    ("―", NONE, "none"),
    ("ー", NONE, "none"),
    ("n/a", NONE, "none"),
    ("N.A.", NONE, "none"),
    ("なし", NONE, "none"),
    ("無し", NONE, "none"),
    ("該当なし", NONE, "none"),
)
"""Every spelling raci reads in a cell besides the letters themselves, with its roles."""

LOOKALIKES: Mapping[str, str] = MappingProxyType(
    {
        "\u0410": "A",  # Cyrillic А
        "\u0430": "a",
        "\u0421": "C",  # Cyrillic С
        "\u0441": "c",
        "\u0406": "I",  # Cyrillic І (Ukrainian)
        "\u0456": "i",
        "\u04c0": "I",  # Cyrillic palochka Ӏ
        "\u0391": "A",  # Greek Α
        "\u03b1": "a",
        "\u0399": "I",  # Greek Ι
        "\u03b9": "i",
        "\u03f9": "C",  # Greek lunate sigma Ϲ
        "\u03f2": "c",
        "\u0280": "R",  # Latin letter small capital R ʀ
    }
)
"""Letters of other scripts that look like A, C, I, R: read as the Latin letter, with a warning."""


def key(spelling: str) -> str:
    """How a spelling is compared: NFKC (full width, compatibility forms) and case folded."""
    return unicodedata.normalize("NFKC", spelling).casefold().strip()


@dataclass(frozen=True)
class Vocabulary:
    """Spelling → role letters (``""``: no role). :data:`DEFAULT` is the documented table."""

    meanings: Mapping[str, str]
    _cache: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_table(cls, rows: Iterable[tuple[str, str, str]]) -> Vocabulary:
        return cls(MappingProxyType({key(spelling): roles for spelling, roles, _group in rows}))

    def lookup(self, token: str) -> str | None:
        """The letters of ``token`` (already normalised with :func:`key`), or ``None``."""
        return self.meanings.get(token)

    def with_meanings(self, changes: Mapping[str, str]) -> Vocabulary:
        """A copy where each spelling of ``changes`` means the given letters (``""``: no role)."""
        merged = dict(self.meanings)
        merged.update({key(spelling): "".join(sorted(set(roles.upper()))) for spelling, roles in changes.items()})
        return Vocabulary(MappingProxyType(merged))

    def meaning(self, spelling: str) -> str | None:
        """What ``spelling`` means in this vocabulary (for summaries and prompts)."""
        return self.meanings.get(key(spelling))


DEFAULT = Vocabulary.from_table(TABLE)
"""The vocabulary :func:`raci.spec.loose_cells.parse_loose` uses unless given another."""
