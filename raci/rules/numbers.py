"""Numbers as rule messages show them: shares as percentages, ratios without trailing zeros."""

from __future__ import annotations


def percent(share: float) -> float | int:
    """``share`` (0..1) as a percentage for messages: 52.6, or 50 when it is whole."""
    value = round(100 * share, 1)
    return int(value) if value == int(value) else value


def number(value: float, decimals: int = 1) -> str:
    """``value`` with at most ``decimals`` decimals, without trailing zeros (``2.5``, ``100``)."""
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
