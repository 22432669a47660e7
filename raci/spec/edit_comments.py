"""The :class:`~raci.spec.edit_types.CommentCell` edit: a comment line above a cell's line.

A comment is the one thing a tool can add to a spec without changing its model, so it is
how ``raci workshop collect`` marks the contested cells of its consensus draft. The line
takes the indentation and line break of the line it annotates. Its text is flattened to
one line and ``raci:`` in it gets a full-width colon, so that no text (a participant's
name, say) can become a suppression comment (``# raci: ignore[R101]``) that the model
check would not see.
"""

from __future__ import annotations

import re

from raci.spec import textpatch as yt

_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def comment_text(text: str) -> str:
    """``text`` safe inside a one-line YAML comment that raci reads no directive from."""
    flat = " ".join(_UNSAFE.sub(" ", text).split())
    return re.sub(r"(?i)raci\s*:", lambda m: m.group(0)[:-1] + "：", flat)


def comment_above(text: str, at: int, body: str) -> yt.Patch:
    """Insert ``# body`` as a line of its own above the line holding offset ``at``."""
    start = yt.line_start(text, at)
    line = text[start : yt.line_end(text, start)]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    return yt.Patch(start, start, f"{indent}# {comment_text(body)}{yt.newline(text)}")
