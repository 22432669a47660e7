"""raci: design who does what in a Customer Success organisation.

Library use::

    import raci
    spec = raci.load("specs/acme-functional.raci.yaml")
    for finding in raci.validate(spec):
        print(finding.span, finding.code, finding.message("ja"))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["SpecError", "__version__", "load", "loads", "validate"]

if TYPE_CHECKING:
    from raci.lint import validate
    from raci.spec.load import load, loads
    from raci.spec.problems import SpecError


def __getattr__(name: str) -> Any:
    """Import the library lazily so ``raci --version`` stays fast."""
    homes = {
        "load": "raci.spec.load",
        "loads": "raci.spec.load",
        "validate": "raci.lint",
        "SpecError": "raci.spec.problems",
    }
    if name not in homes:
        raise AttributeError(name)
    return getattr(importlib.import_module(homes[name]), name)
