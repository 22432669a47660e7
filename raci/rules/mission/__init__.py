"""Mission rules: the template's three parts, filled in, measurable and concise."""

from __future__ import annotations

import re
import unicodedata

from raci.spec.model import Mission, Span, Spec, Text

LETTER = "M"
TITLE = "Mission"
ORDER = 5
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""


PARTS = ("customer", "value", "success")
"""The parts of the template: we help [customer] achieve [success] through [value]."""


PLACEHOLDER = re.compile(
    r"\[[^\[\]]*\]|［[^［］]*］|<[^<>\s](?:[^<>]*[^<>\s])?>|＜[^＜＞]*＞|(?<![A-Za-z0-9])(?:TODO|TBD|XXX)(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def placeholder(text: str) -> str | None:
    """The first template placeholder in ``text`` (``[…]``, ``［…］``, ``<…>``, TODO, TBD, XXX), if any."""
    found = PLACEHOLDER.search(text) or PLACEHOLDER.search(unicodedata.normalize("NFKC", text))
    return found[0] if found else None


def language_versions(text: Text) -> list[str]:
    """The language versions of ``text`` that are written, each once."""
    return list(dict.fromkeys(v for v in (text.ja, text.en) if v))


def part_span(spec: Spec, part: str) -> Span | None:
    mission: Mission | None = spec.mission
    if mission is not None:
        return mission.spans.get(part) or mission.span or spec.org.span
    return spec.org.span
