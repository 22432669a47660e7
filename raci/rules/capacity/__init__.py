"""Capacity rules: accounts per CS person, and Responsible work per head."""

from __future__ import annotations

LETTER = "C"
TITLE = "Capacity"
ORDER = 6
"""Where the family comes in docs/rules.md; ``LETTER`` starts each of its rule codes."""
