"""Messages of raci/rules/lifecycle.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
