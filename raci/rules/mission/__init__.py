"""Mission rules: the template's three parts, filled in, measurable and concise."""

from __future__ import annotations

import functools
import re
import unicodedata

from raci.spec.model import Mission, Span, Spec, Text

LETTER = "M"
TITLE = "Mission"
ORDER = 5
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""


PARTS = ("customer", "value", "success")
"""The parts of the template: we help [customer] achieve [success] through [value]."""


PLACEHOLDER = r"\[[^\[\]]*\]|［[^［］]*］|<[^<>\s](?:[^<>]*[^<>\s])?>|＜[^＜＞]*＞|(?<![A-Za-z0-9])(?:TODO|TBD|XXX)(?![A-Za-z0-9])"
"""A template placeholder, matched ignoring case: ``[…]``, ``［…］``, ``<…>``, TODO, TBD, XXX."""
_BRACKETS = "[［<＜"
_WORDS = ("todo", "tbd", "xxx")


def placeholder(text: str) -> str | None:
    """The first template placeholder in ``text`` (``[…]``, ``［…］``, ``<…>``, TODO, TBD, XXX), if any."""
    for written in (text, unicodedata.normalize("NFKC", text)):
        if _may_hold_placeholder(written):
            found = _placeholder().search(written)
            if found:
                return found[0]
    return None


def _may_hold_placeholder(text: str) -> bool:
    """What every placeholder needs, tested without the pattern: a bracket or one of the words.
    A finished mission has neither, so ``raci validate`` of a good spec never compiles the
    pattern (its non-ASCII classes, ignoring case, took ~0.5 ms of start-up)."""
    if any(c in text for c in _BRACKETS):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _WORDS)


@functools.cache
def _placeholder() -> re.Pattern[str]:
    return re.compile(PLACEHOLDER, re.IGNORECASE)


def language_versions(text: Text) -> list[str]:
    """The language versions of ``text`` that are written, each once."""
    return list(dict.fromkeys(v for v in (text.ja, text.en) if v))


def part_span(spec: Spec, part: str) -> Span | None:
    mission: Mission | None = spec.mission
    if mission is not None:
        return mission.spans.get(part) or mission.span or spec.org.span
    return spec.org.span
