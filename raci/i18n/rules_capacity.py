"""Messages of raci/rules/capacity.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
