"""Messages of raci/rules/patterns.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
