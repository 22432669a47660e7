"""Files shipped with raci: the starter specs and the templates.

In the repository they live in ``specs/`` and ``templates/`` at the top; a wheel carries
them in ``raci/_data/``. This module finds them in either place, so an installed raci
and a source checkout behave the same.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder of shipped ``name`` files ("specs" or "templates")."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"raci's bundled '{name}' folder is missing; reinstall raci")


def examples() -> dict[str, Path]:
    """Bundled example specs by name (the file name without ``.raci.yaml``)."""
    folder = data_dir("specs")
    return {p.name.split(".raci.")[0]: p for p in sorted(folder.glob("*.raci.y*ml"))}
