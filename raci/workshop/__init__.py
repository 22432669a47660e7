"""The workshop round-trip (responsibility charting): each participant fills in the matrix
alone, raci measures where they disagree and drafts the consensus.

- :mod:`~raci.workshop.manifest` — the workshop's identity and who got a form
  (``workshop.json`` beside the forms, with a copy of the spec);
- :mod:`~raci.workshop.forms` — ``prepare``: the printable XLSX form (the matrix view's
  workbook writer) and the CSV form;
- :mod:`~raci.workshop.reading` — filled forms back into answers, every problem named by
  file and cell, the rest still counted;
- :mod:`~raci.workshop.agreement` — raw pairwise agreement and Krippendorff's alpha;
- :mod:`~raci.workshop.conflicts` — the disagreements that matter, ranked;
- :mod:`~raci.workshop.consensus` — the majority spec, contested cells commented;
- :mod:`~raci.workshop.results` — ``results.json``; :mod:`~raci.workshop.agenda` —
  ``agenda.md``; :mod:`~raci.workshop.report` — the HTML page across rounds.

Nothing here prints or knows the command line; errors are :class:`WorkshopError` with a
message key of :mod:`raci.i18n.workshop`.
"""

from __future__ import annotations

from typing import Any


class WorkshopError(Exception):
    """A workshop input that cannot be used; ``key`` and ``args`` name the message."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(f"{key}: {args}")
        self.key = key
        self.args_ = args

    def message(self, lang: str) -> str:
        from raci.i18n import t

        return t(self.key, lang, self.args_)
