"""Rules: capacity (being written)."""
