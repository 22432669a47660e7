"""Problems the loader finds in a spec, before any rule runs.

A problem is a code, a message key with its arguments, and where it is. The loader
collects every problem it can find in one pass and raises :class:`SpecError` with all
of them, so a user fixes a file in one round instead of one error at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from raci.spec.model import Span, record

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

# Structural codes. S0xx problems mean "the spec could not be read": exit code 2.
CODES: Mapping[str, str] = MappingProxyType(
    {
        "S000": "unreadable-file",
        "S001": "yaml-syntax",
        "S002": "duplicate-key",
        "S003": "unknown-key",
        "S004": "wrong-type",
        "S005": "missing-key",
        "S006": "invalid-value",
        "S007": "duplicate-id",
        "S008": "undefined-reference",
        "S009": "invalid-raci-cell",
        "S010": "input-limit",
        "S011": "unsupported-yaml",
        "S020": "invalid-config",
    }
)


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Problem:
    """One thing wrong with the input. ``key`` names a message in :mod:`raci.i18n`."""

    code: str
    key: str
    span: Span | None
    args: Mapping[str, Any] = field(default_factory=dict)


class SpecError(Exception):
    """The spec could not be turned into a model; ``problems`` says every reason found."""

    def __init__(self, source: str, problems: list[Problem], locale: str | None = None) -> None:
        self.source = source
        self.problems = problems
        self.locale = locale
        """The spec's ``org.locale`` when it could be read, so errors speak the team's language."""
        super().__init__(source, problems)

    def __str__(self) -> str:
        from raci.i18n import t

        lines = [f"{p.span or self.source}: {p.code} {t(p.key, 'en', p.args)}" for p in self.problems[:5]]
        more = len(self.problems) - len(lines)
        return "\n".join(lines + ([f"… and {more} more"] if more > 0 else []))
