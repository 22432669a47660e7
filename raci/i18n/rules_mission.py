"""Messages of raci/rules/mission.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
