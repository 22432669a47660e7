"""Writing one YAML scalar the way a person would: plain unless YAML needs quotes.

A string is written plain when PyYAML's own emitter analysis allows it in that context
(block or flow) and the loader would read it back as the same text (``yes``, ``null``,
``=`` or ``2024-04-01`` are quoted; ``20`` and ``1.0`` stay plain, because the spec
reads them as written). Otherwise it is double-quoted with YAML escapes. Multi-line
text in block context is a literal block (``|``) when that keeps every character.
"""

from __future__ import annotations

import io
import re

import yaml

_TAG = "tag:yaml.org,2002:"
YAML_SPACE = " \t"
"""YAML's white space: a no-break space or an ideographic space is text, not padding."""
_READ_AS_WRITTEN = frozenset(_TAG + t for t in ("str", "int", "float"))
_RESOLVER = yaml.resolver.Resolver()
_EMITTER = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)

# Starts with a letter (any script), then letters, digits, spaces and harmless punctuation,
# and does not end in a space: plain in block and flow context alike (the fast path).
_SAFE_PLAIN = re.compile(r"[^\W\d_](?:[\w ./()（）「」『』、。・ー〜～\-+%&'’]*[\w.)）」』。%])?\Z")
_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "null"))
_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]')
_SHORT = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x00": "\\0"}
_BLOCK_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[ ]\n|[ ]\\Z|\n[ \t]*\u3000")


def plain_ok(text: str, flow: bool) -> bool:
    """True if ``text`` can be written without quotes and reads back as the same text."""
    if _SAFE_PLAIN.match(text):
        return text.lower() not in _WORDS
    if not text or text.startswith(("<", "=")):  # "< 1.0" quoted like ">= 90", for the eye
        return False
    analysis = _EMITTER.analyze_scalar(text)
    if analysis.multiline or not (analysis.allow_flow_plain if flow else analysis.allow_block_plain):
        return False
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]  # types-PyYAML leaves Resolver.resolve unannotated
    return tag in _READ_AS_WRITTEN


def double_quoted(text: str) -> str:
    """``text`` in double quotes, every character that YAML would fold or refuse escaped."""
    return '"' + _ESCAPE.sub(_escape, text) + '"'


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    short = _SHORT.get(char)
    if short is not None:
        return short
    code = ord(char)
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}"


def scalar(text: str, flow: bool = False) -> str:
    """One scalar on one line: plain when possible, else double-quoted."""
    return text if plain_ok(text, flow) else double_quoted(text)


def literal_lines(text: str) -> list[str] | None:
    """A multi-line ``text`` as a literal block: the header (``|`` or ``|-``) and its lines,
    or ``None`` when a literal block could not keep it exactly."""
    if "\n" not in text or text.startswith((" ", "\n")) or text.endswith("\n\n") or text.startswith("\u3000"):
        return None
    if _BLOCK_UNSAFE.search(text):
        return None
    header = "|" if text.endswith("\n") else "|-"
    return [header, *text.removesuffix("\n").split("\n")]
