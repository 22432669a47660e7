"""Rules: mission (being written)."""
