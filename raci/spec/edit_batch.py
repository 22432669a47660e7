"""Many edits of one spec at once: one reload and one model check instead of one per edit.

:func:`raci.spec.edit.apply` loads the spec again after every edit, which is right for a
person's few edits and slow for a tool's hundreds (a consensus draft of a 500-activity
spec). Here every edit is patched against the original text, the patches are applied
together, and the result is loaded and checked once against the model all the edits
should give. Insertions at one same place keep the order of their edits. When the edits
get in each other's way (overlapping patches, or a model that came out differently) it
falls back to :func:`~raci.spec.edit.apply`, one by one: the same result, just slower.
"""

from __future__ import annotations

from collections.abc import Iterable

from raci.spec import textpatch as yt
from raci.spec.edit import Edit, Edited, EditError, apply
from raci.spec.edit_check import expect, plain
from raci.spec.edit_patches import patches_for
from raci.spec.load import collector_paused, loads
from raci.spec.model import Spec
from raci.spec.problems import SpecError


def apply_all(text: str, spec: Spec, edits: Iterable[Edit]) -> Edited:
    """``edits`` applied to ``text`` (whose model is ``spec``); raises :class:`EditError`."""
    edits = list(edits)
    if not edits:
        return Edited(text, spec)
    try:
        patches = _merged([p for one in edits for p in patches_for(text, spec, one)])
        new_text = yt.apply_patches(text, patches)
        new_spec = loads(new_text, spec.source)
    except (EditError, yt.TextEditError, SpecError):
        return apply(text, spec, edits)
    with collector_paused():
        wanted = plain(spec)
        for one in edits:
            wanted = expect(wanted, one)
        same = plain(new_spec) == wanted
    return Edited(new_text, new_spec) if same else apply(text, spec, edits)


def _merged(patches: list[yt.Patch]) -> list[yt.Patch]:
    """Insertions at one offset joined in the order given (``apply_patches`` would reverse them)."""
    out: list[yt.Patch] = []
    inserts: dict[int, int] = {}
    for patch in patches:
        if patch.start == patch.end and patch.start in inserts:
            index = inserts[patch.start]
            out[index] = yt.Patch(patch.start, patch.end, out[index].new + patch.new)
            continue
        if patch.start == patch.end:
            inserts[patch.start] = len(out)
        out.append(patch)
    return out
