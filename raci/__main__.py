"""``python -m raci``."""

from raci.cli import run

run()
