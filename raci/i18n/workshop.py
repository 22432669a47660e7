"""Messages of ``raci workshop`` (raci/workshop/, raci/commands/workshop.py) and its Japanese help."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}

HELP_JA: dict[str, str] = {
    "raci render matrix --paper": "ブックを印刷する用紙（横向き、横 1 ページに収めます）。",
}
