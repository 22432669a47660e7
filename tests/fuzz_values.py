"""Hostile values for the fuzzer: what a spec's author, a spreadsheet or an attacker may type.

Each generator takes a ``random.Random`` and the value it replaces (so NFD, full-width and
near-miss variants can start from real text) and returns plain data the YAML dumper can
write. Numbers too large for ``str(int)`` (Python's 4,300-digit limit) are written as
:class:`Raw` scalars: their YAML text is given, never converted in the fuzzer's process.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any

MAX_TEXT = 20_000
"""Default upper bound for the very long strings (tests pass a smaller one)."""


class Raw(str):
    """A plain YAML scalar written exactly as given: ``999…9`` (5,000 digits), ``.inf``, ``1.0e+309``."""


CONTROL = ["\x07", "\x00", "\x1b", "\x08", "\x0b", "\x0c", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b"]
ANSI = ["\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "\x1b[2J\x1b[H", "\x1b[?1049h"]
GRAPHVIZ = [
    "x \\N",
    "\\G",
    "\\L",
    "a\\lb",
    "\\E \\T \\H",
    '"; node [label="x"]',
    "} digraph x {",
    "<B>",
    "a\n\nb",
    "\n",
]
MERMAID = ["%%{init: {'theme': 'dark'}}%%", "%%", 'a"]; click a "javascript:alert(1)', "A-->B", "end", "#59;"]
FORMULA = [
    "=1+1",
    " =1+1",
    "＝1+1",
    "+SUM(A1)",
    "-1+1",
    "@SUM(1)",
    '=HYPERLINK("http://x","y")',
    "\t=1",
    "=cmd|' /C calc'!A0",
]
HTML = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</td></tr><tr>",
    "{{ 7*7 }}",
    "{% raw %}",
    "&amp;&lt;",
]
YAML_WORDS = ["yes", "no", "on", "off", "null", "~", "true", "1e3", "0x1F", "0o17", "1_000", "12:30", "2024-13-45", "-"]
CELLS = ["A/R", "R/A", "AR", "A/A", "R/A/C/I", "", "X", "a/r", "Ａ／Ｒ", "A R", "A,R", "-", "–", "A/", "/", "ar"]
NEAR_MISS = {
    "parent": ["parens", "parents", "Parent", "parnet"],
    "parents": ["parent", "parens", "parentss"],
    "activity": ["activities", "activty", "phase"],
    "phase": ["phases", "activity", "phse"],
    "phases": ["phase", "Phases", "phaeses"],
    "activities": ["activity", "activites", "actvities"],
    "departments": ["department", "deparments", "teams"],
    "headcount": ["headcont", "head_count", "headcounts"],
    "raci": ["RACI", "rasi", "roles"],
    "kpis": ["kpi", "KPIs", "kpsi"],
    "owner": ["owners", "ownr", "owned_by"],
    "name": ["names", "nmae", "title"],
    "id": ["ID", "Id", "ids"],
    "scope": ["scopes", "scpoe"],
    "out": ["in", "outs", "Out"],
    "level": ["levels", "lvl"],
    "kind": ["type", "kinds"],
    "locale": ["lang", "language"],
}


def _huge_int(rng: random.Random, _old: Any) -> Any:
    digits = rng.choice([400, 4_299, 4_301, 5_000, 20_000])
    sign = rng.choice(["", "-", "+"])
    body = rng.choice(["9" * digits, "1" + "0" * (digits - 1)])
    if rng.random() < 0.25:
        return Raw("0x" + "f" * min(digits, 4_000))
    return Raw(sign + body)


def _number(rng: random.Random, _old: Any) -> Any:
    return rng.choice(
        [
            -1,
            0,
            -(2**63),
            2**63,
            2**64 + 1,
            10**300,
            1.5,
            -0.0,
            1e308,
            Raw("1.0e+309"),
            Raw("-1.0e+309"),
            Raw("1e309"),
            Raw(".inf"),
            Raw("-.inf"),
            Raw(".nan"),
            Raw("0b1010"),
            Raw("0o777"),
            Raw("1_000_000"),
            Raw("190:20:30"),
            True,
            False,
        ]
    )


def _long_text(rng: random.Random, old: Any, max_text: int = MAX_TEXT) -> Any:
    length = rng.choice([n for n in (100, 300, 1_000, 3_000, 10_000, 20_000) if n <= max_text] or [max_text])
    unit = rng.choice(["x", "あ", "word ", "-", "漢字テキスト", "a/b", " "])
    return (unit * (length // len(unit) + 1))[:length]


def _wrapped(rng: random.Random, old: Any, pool: list[str]) -> str:
    """A hostile fragment, alone or embedded in the old text."""
    piece = rng.choice(pool)
    base = old if isinstance(old, str) else "text"
    return rng.choice([piece, f"{base} {piece}", f"{piece}{base}", f"{base}{piece}{base}"])


def _nested(rng: random.Random, _old: Any) -> Any:
    depth = rng.choice([3, 20, 60, 150])
    value: Any = rng.choice([[], {}, "x", None])
    for _ in range(depth):
        value = [value] if rng.random() < 0.5 else {"k": value}
    return value


def _other_type(rng: random.Random, old: Any) -> Any:
    choices: list[Any] = [
        None,
        "",
        [],
        {},
        True,
        0,
        "text",
        ["a"],
        {"a": "b"},
        [old],
        {"x": old},
        {"ja": old, "en": old},
    ]
    return rng.choice(choices)


def nfd(text: str) -> str:
    """Decomposed form: ``ガ`` becomes ``カ`` + combining dakuten; Latin accents split off."""
    decomposed = unicodedata.normalize("NFD", text)
    return decomposed if decomposed != text else text + "\u3099"


def fullwidth(text: str) -> str:
    """ASCII letters, digits and punctuation as their full-width forms (``A/R`` → ``Ａ／Ｒ``)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def _unicode(rng: random.Random, old: Any) -> Any:
    base = old if isinstance(old, str) and old else rng.choice(["ガイド", "café", "cs", "A/R"])
    return rng.choice([nfd(base), fullwidth(base), unicodedata.normalize("NFKC", base) + "\u0301", base + "\U0001f600"])


def _near_miss_text(rng: random.Random, old: Any) -> Any:
    if not isinstance(old, str) or not old:
        return "x"
    return near_miss(rng, old)


def near_miss(rng: random.Random, word: str) -> str:
    """A plausible typo of ``word``: a known confusion, a dropped, doubled or swapped letter."""
    if word in NEAR_MISS and rng.random() < 0.7:
        return rng.choice(NEAR_MISS[word])
    if not word:  # an id emptied by an earlier step
        return "x"
    i = rng.randrange(len(word))
    edits = [
        word[:i] + word[i + 1 :] or word + "x",
        word[:i] + word[i] + word[i:],
        word + "s",
        word.upper(),
        word[:i] + word[i + 1 : i + 2] + word[i : i + 1] + word[i + 2 :],
        word + "_",
    ]
    return rng.choice([e for e in edits if e != word] or [word + "x"])


VALUES: dict[str, Callable[[random.Random, Any], Any]] = {
    "other_type": _other_type,
    "huge_int": _huge_int,
    "number": _number,
    "long_text": _long_text,
    "control": lambda rng, old: _wrapped(rng, old, CONTROL),
    "ansi": lambda rng, old: _wrapped(rng, old, ANSI),
    "graphviz": lambda rng, old: _wrapped(rng, old, GRAPHVIZ),
    "mermaid": lambda rng, old: _wrapped(rng, old, MERMAID),
    "formula": lambda rng, old: _wrapped(rng, old, FORMULA),
    "html": lambda rng, old: _wrapped(rng, old, HTML),
    "yaml_word": lambda rng, old: rng.choice(YAML_WORDS),
    "cell": lambda rng, old: rng.choice(CELLS),
    "nested": _nested,
    "empty": lambda rng, old: rng.choice(["", " ", "\u3000", [], {}]),
    "none": lambda rng, old: None,
    "unicode": _unicode,
    "near_miss": _near_miss_text,
}
"""Kind of hostile value → generator. Text kinds keep a string a string (the spec still loads)."""

TEXT_KINDS = ("control", "ansi", "graphviz", "mermaid", "formula", "html", "unicode", "long_text")
"""Kinds that return a string: a name or note replaced by one of these usually still loads."""


def hostile(kind: str, rng: random.Random, old: Any, max_text: int = MAX_TEXT) -> Any:
    """A hostile value of ``kind`` to put where ``old`` was."""
    if kind == "long_text":
        return _long_text(rng, old, max_text)
    return VALUES[kind](rng, old)
