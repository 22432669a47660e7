"""Messages of raci/rules/suppressions.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
