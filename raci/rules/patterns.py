"""Rules: patterns (being written)."""
