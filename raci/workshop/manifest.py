"""``workshop.json``: what ``prepare`` handed out, so that ``collect`` knows its own forms.

The workshop id is derived from the spec's bytes (same spec, same id: forms printed twice
are the same forms; a form prepared from another spec is another workshop's and is
refused by name). The spec itself is copied beside the forms (:data:`SPEC_NAME`), so the
forms can be collected and the consensus written without the original file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from raci.workshop import WorkshopError

MANIFEST_NAME = "workshop.json"
SPEC_NAME = "workshop.raci.yaml"
FORMAT = "raci-workshop/1"
"""Written in every form and in the manifest; a reader refuses what it does not know."""


@dataclass(frozen=True)
class Participant:
    name: str
    department: str
    """A department id of the spec."""
    file: str = ""
    """The form's file name, relative to the forms folder."""


@dataclass(frozen=True)
class Manifest:
    workshop: str
    lang: str
    mode: str
    """``blind`` (empty forms) or ``prefilled`` (today's spec filled in)."""
    spec: str = SPEC_NAME
    participants: tuple[Participant, ...] = field(default=())
    format: str = FORMAT

    def to_json(self) -> str:
        data = asdict(self)
        data["participants"] = [asdict(p) for p in self.participants]
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def workshop_id(spec_bytes: bytes) -> str:
    """``ws-`` and the first ten hex digits of the spec's SHA-256."""
    return "ws-" + hashlib.sha256(spec_bytes).hexdigest()[:10]


def read(path: Path) -> Manifest:
    """The manifest at ``path``; a missing or foreign file is a :class:`WorkshopError`."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WorkshopError("workshop.no_manifest", path=str(path)) from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise WorkshopError("workshop.bad_manifest", path=str(path), reason=str(error)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise WorkshopError("workshop.bad_manifest", path=str(path), reason=f"format is not {FORMAT}")
    try:
        people = tuple(
            Participant(str(p["name"]), str(p["department"]), str(p.get("file", ""))) for p in data["participants"]
        )
        return Manifest(str(data["workshop"]), str(data["lang"]), str(data["mode"]), str(data["spec"]), people)
    except (KeyError, TypeError) as error:
        raise WorkshopError("workshop.bad_manifest", path=str(path), reason=f"missing {error}") from None
