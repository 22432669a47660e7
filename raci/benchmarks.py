"""Benchmarks from raci's domain sources, quoted by rules, starter comments and views alike.

A data module at the bottom of the layers (it imports nothing), so the capacity rule, the
starter templates and the charter view quote the same figure.
"""

from __future__ import annotations

BENCHMARK_ACCOUNTS = 97
"""Accounts per CS person, B2B SaaS average (seed 001); C601's default limit and quoted in its message."""
