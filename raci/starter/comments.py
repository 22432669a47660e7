"""Comments in two languages in one model file, and the one language a starter keeps.

The convention (docs/contributing.md, "Adding an org model"):

- ``# ja: …`` and ``# en: …`` lines are the same comment in each language, one
  paragraph per line; a starter keeps its language's and wraps them to its width.
- An end-of-line comment holds both the same way: ``# ja: 自社名  # en: your company``.
- ``## …`` is a note for contributors: no starter shows it.
- Any other comment line is the same in both languages (a command, say) and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from raci.spec.write import Comments
from raci.text.wrap import wrap

COMMENT_WIDTH = 92
"""Display columns of a wrapped comment line (full-width characters count two)."""

_TAGGED = re.compile(r"#[ \t]*(ja|en):[ \t]?(.*)\Z")
_TRAILING_TAG = re.compile(r"#[ \t]*(ja|en):[ \t]*")
_STEP = re.compile(r"\d+\. ")


def lines(text: str, indent: int = 0) -> Iterator[str]:
    """``text`` as comment lines (``# …``) for a line indented by ``indent``; a numbered
    step ("1. …") continues under its text."""
    step = _STEP.match(text)
    hang = " " * (len(step[0]) if step else 0)
    for index, line in enumerate(wrap(text, COMMENT_WIDTH - indent - 2, hang=len(hang), overflow=True)):
        yield f"# {hang if index else ''}{line}".rstrip()


def language_of(line: str) -> str | None:
    """``ja`` or ``en`` for a tagged comment line, else ``None``."""
    found = _TAGGED.match(line)
    return found[1] if found else None


def pick(leading: list[str], lang: str, indent: int) -> list[str]:
    """The comment lines (and blanks) of one place, in ``lang`` only, wrapped."""
    out: list[str] = []
    for line in leading:
        tagged = _TAGGED.match(line)
        if tagged:
            if tagged[1] == lang:
                out += lines(tagged[2].strip(), indent)
        elif not line.startswith("##"):
            out.append(line)
    while out and not out[0]:  # the writer puts its own blank lines between sections
        out.pop(0)
    while out and not out[-1]:
        out.pop()
    return out


def pick_trailing(trailing: str | None, lang: str) -> str | None:
    """An end-of-line comment in ``lang``: ``  # 自社名`` from ``  # ja: 自社名  # en: your company``."""
    if trailing is None:
        return None
    gap = trailing[: len(trailing) - len(trailing.lstrip(" \t"))]
    body = trailing.lstrip(" \t")
    if body.startswith("##"):
        return None
    parts = _TRAILING_TAG.split(body)
    if len(parts) == 1:
        return trailing
    texts = dict(zip(parts[1::2], (p.strip() for p in parts[2::2]), strict=True))
    return f"{gap}# {texts[lang]}" if texts.get(lang) else None


def localise(comments: Mapping[str, Comments], lang: str, indent_of: object) -> dict[str, Comments]:
    """Every place's comments in ``lang``; ``indent_of(anchor)`` is the indentation of its line."""
    out: dict[str, Comments] = {}
    for anchor, found in comments.items():
        leading = pick(found.leading, lang, indent_of(anchor))  # type: ignore[operator]
        trailing = pick_trailing(found.trailing, lang)
        if leading or trailing:
            out[anchor] = Comments(leading, trailing)
    return out
