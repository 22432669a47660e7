"""``raci diff``: what a change to an org spec means, element by element and team by team.

Two models are compared by id (never by position), so a reformatted or reordered spec
has no changes. Each :class:`~raci.diff.change.Change` has a stable id
(``accountable-moved:renewal``), a kind and a class (breaking / notable / cosmetic);
:mod:`~raci.diff.rollup` sums up what each department gains and loses, and
:mod:`~raci.diff.findings` which findings the change introduces and fixes. The
formatters (``format_text``, ``format_md``, ``format_json``, ``format_github``) are the
only presentation here; :mod:`~raci.diff.git` reads the old side from git.

Library use::

    import raci
    from raci.diff import diff

    result = diff(raci.load("old.raci.yaml"), raci.load("new.raci.yaml"))
    for change in result.changes:
        print(change.id, change.cls)
"""

from __future__ import annotations

from raci.diff.change import CLASSES, KINDS, Change
from raci.diff.result import Diff, FileDiff, compare_specs, diff

__all__ = ["CLASSES", "KINDS", "Change", "Diff", "FileDiff", "compare_specs", "diff"]

FORMATS = {
    "text": "raci.diff.format_text",
    "md": "raci.diff.format_md",
    "json": "raci.diff.format_json",
    "github": "raci.diff.format_github",
}
"""``--format`` → module with ``render(diff, options) -> str``, imported when used."""
