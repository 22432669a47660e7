"""``python -m raci`` and the ``raci`` command: set the process up, then run the CLI.

This is the entry point (pyproject.toml) rather than :func:`raci.cli.run` so that the
collector is set before click and the rest are imported.
"""

import gc

START_UP_ALLOCATIONS = 50_000
"""How many new objects the cyclic collector lets pass before its first pass (Python's
default: 700). A run of ``raci`` imports click, PyYAML and its own modules (~25,000
objects that live until it exits) and then does its work; at the default, ~30 passes
went over those long-lived objects to free nothing, a fifth of ``raci validate``'s own
time on a small spec. Raised, the first pass comes after start-up. Large jobs still get
collected, every 50,000 objects instead of 700 (mypy does the same for the same reason),
and loading a spec pauses the collector anyway (:func:`raci.spec.load.collector_paused`).
"""


def main() -> None:
    """Run ``raci`` with the process's collector set for a command-line run."""
    gc.set_threshold(START_UP_ALLOCATIONS)
    from raci.cli import run

    run()


if __name__ == "__main__":
    main()
