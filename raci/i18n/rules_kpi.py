"""Messages of raci/rules/kpi.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
