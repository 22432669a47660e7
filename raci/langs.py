"""The languages raci speaks and a spec's texts may be written in: one list for all of raci.

The lowest layer, so the spec model, the message catalogues and the CLI's ``--lang``
all read the same tuple. A third language starts here (then its catalogue entries and
the ``Text`` model's field).
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["ja", "en"]
LANGS: tuple[Lang, ...] = ("ja", "en")
