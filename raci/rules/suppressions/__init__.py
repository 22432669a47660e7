"""Rules about ``# raci: ignore[…]`` comments themselves, so they cannot rot silently."""

from __future__ import annotations

LETTER = "X"
TITLE = "Suppressions"
ORDER = 8
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""
