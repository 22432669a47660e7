"""Rules: kpi (being written)."""
