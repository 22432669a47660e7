"""Starter specs for the five CS org models (``raci init``).

::

    from raci.starter import MODELS, generate
    text = generate("functional", "ja", company="株式会社ハレノワ", headcounts={"cs_adoption": 10})

The model knowledge is data (:mod:`raci.starter.models`); :mod:`raci.starter.write`
turns it into commented YAML; :mod:`raci.starter.prompt` asks the questions of
``raci init`` in a terminal; every fixed text is in the catalogue
:mod:`raci.i18n.starter`, in Japanese and English.
"""

from __future__ import annotations

from raci.starter.models import MODELS, Model
from raci.starter.write import StarterError, generate

__all__ = ["MODELS", "Model", "StarterError", "generate"]
