"""Semantic edits applied to the user's own text: only the bytes of what changed differ.

Each :class:`Edit` (set a RACI cell, add an activity, rename one…) becomes a few
:class:`~raci.spec.textpatch.Patch` es at the spans the loader recorded; comments, blank
lines, key order, quoting and indentation elsewhere stay as they were, and no edit
gives the same bytes back. After every edit the new text is loaded again and its model
compared with the model the edit should give (:mod:`raci.spec.edit_check`): an edit
that would make the spec unreadable, or that came out differently, is refused with an
:class:`EditError` and nothing changes. docs/architecture.md says why this patches text
instead of round-tripping through ruamel.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable

import yaml

from raci.spec import textpatch as yt
from raci.spec.edit_check import expect, plain
from raci.spec.edit_patches import describe, patches_for
from raci.spec.edit_types import (
    AddActivity,
    AddDepartment,
    CommentCell,
    Edit,
    Edited,
    EditError,
    MoveActivity,
    RemoveActivity,
    RemoveCell,
    RenameActivity,
    SetCell,
    SetKpiField,
    SetName,
    parse_cell,
)
from raci.spec.load import collector_paused, loads
from raci.spec.model import Spec
from raci.spec.problems import SpecError

__all__ = [
    "AddActivity",
    "AddDepartment",
    "CommentCell",
    "Edit",
    "EditError",
    "Edited",
    "MoveActivity",
    "RemoveActivity",
    "RemoveCell",
    "RenameActivity",
    "SetCell",
    "SetKpiField",
    "SetName",
    "apply",
    "edit_file_text",
    "parse_cell",
]


def apply(text: str, spec: Spec, edits: Iterable[Edit]) -> Edited:
    """Apply ``edits`` in order to ``text`` (whose model is ``spec``); raises :class:`EditError`."""
    for one in edits:
        new_text = yt.apply_patches(text, patches_for(text, spec, one))
        try:
            new_spec = loads(new_text, spec.source)
        except SpecError as error:
            raise EditError("edit.would_break", error.problems[0], edit=describe(one)) from None
        with collector_paused():  # millions of small objects, no cycles: see load.collector_paused
            same = plain(new_spec) == expect(plain(spec), one)
        if not same:
            raise EditError("edit.shared" if _shares_text(text) else "edit.unexpected", edit=describe(one))
        text, spec = new_text, new_spec
    return Edited(text, spec)


def _shares_text(text: str) -> bool:
    """Whether ``text`` shares parts through YAML anchors and aliases: one patch there changes
    every place that uses the anchor, which is why an edit can change more than it names."""
    try:
        return any(
            isinstance(token, (yaml.AnchorToken, yaml.AliasToken)) for token in yaml.scan(text, Loader=yaml.SafeLoader)
        )
    except yaml.YAMLError:
        return False


def edit_file_text(text: str, edits: Iterable[Edit], source: str = "<spec>") -> Edited:
    """Load ``text`` and apply ``edits`` to it (the convenience for callers without a model)."""
    return apply(text, loads(text, source), edits)
