"""Starter specs for the five CS org models (``raci init``).

::

    from raci.starter import MODELS, generate
    text = generate("functional", "ja", company="株式会社ハレノワ", headcounts={"cs_adoption": 10})

Each model is a bilingual spec file in ``raci/starter/specs/`` (:mod:`raci.starter.models`
reads them); :mod:`raci.starter.write` writes one in a language with its comments
(:mod:`raci.starter.comments`); :mod:`raci.starter.prompt` asks the questions of
``raci init`` in a terminal; the texts every starter shares are in the catalogue
:mod:`raci.i18n.starter`, in Japanese and English.
"""

from __future__ import annotations

from raci.starter.models import MODELS, Model
from raci.starter.write import StarterError, generate

__all__ = ["MODELS", "Model", "StarterError", "generate"]
