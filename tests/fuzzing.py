"""A deterministic mutation engine for YAML specs, independent of raci.

Structure-aware steps load the YAML as data, change it the way a person or a tool might
get it wrong (a deleted key, a near-miss key, a dangling id, a KPI cycle, a hostile value
from :mod:`fuzz_values`) and dump it back; byte steps damage the raw text (flipped bits,
truncation, a BOM, tabs, CRLF, deep brackets, another encoding). A case is a source file
and a list of ``(step, seed)`` pairs, so the same pairs always give the same bytes:
``tests/test_fuzz.py`` draws them with hypothesis, ``bench/fuzz.py`` from ``--seed``.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from fuzz_values import MAX_TEXT, TEXT_KINDS, VALUES, Raw, hostile, near_miss

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """The safe dumper, plus :class:`Raw` scalars written verbatim."""


def _represent_raw(dumper: Any, value: Raw) -> Any:
    text = str(value)
    return dumper.represent_scalar(dumper.resolve(yaml.ScalarNode, text, (True, False)), text)


_Dumper.add_representer(Raw, _represent_raw)


@dataclass(frozen=True)
class Source:
    """One file to start from: a bundled spec, a test fixture or a ``raci init`` output."""

    name: str
    data: bytes = field(repr=False)
    weight: float = 1.0
    """How often this source is picked, relative to the others."""


@dataclass(frozen=True)
class Case:
    source: str
    steps: tuple[tuple[str, int], ...]
    data: bytes = field(repr=False)

    def describe(self) -> str:
        return f"{self.source} + " + ", ".join(f"{op}#{seed}" for op, seed in self.steps)


# Structure-aware steps: change parsed data in place, return False when nothing fits. ------------


def _nodes(data: Any) -> list[tuple[Any, Any, Any]]:
    """Every (container, key or index, value) below ``data``, parents first; shared nodes once."""
    found: list[tuple[Any, Any, Any]] = []
    seen: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            found.append((node, key, value))
            if isinstance(value, (dict, list)):
                stack.append(value)
    return found


def _containers(data: Any, kind: type) -> list[Any]:
    found = [value for _, _, value in _nodes(data) if isinstance(value, kind) and value]
    return found + ([data] if isinstance(data, kind) and data else [])


def _delete_key(rng: random.Random, data: Any) -> bool:
    maps = _containers(data, dict)
    if not maps:
        return False
    target = rng.choice(maps)
    del target[rng.choice(list(target))]
    return True


def _duplicate_item(rng: random.Random, data: Any) -> bool:
    lists = _containers(data, list)
    if not lists:
        return False
    target = rng.choice(lists)
    target.insert(rng.randrange(len(target) + 1), copy.deepcopy(rng.choice(target)))
    return True


def _swap_values(rng: random.Random, data: Any) -> bool:
    nodes = _nodes(data)
    if len(nodes) < 2:
        return False
    (a, ka, va), (b, kb, vb) = rng.sample(nodes, 2)
    a[ka], b[kb] = vb, va
    return True


def _rename_key(rng: random.Random, data: Any) -> bool:
    maps = [m for m in _containers(data, dict) if any(isinstance(k, str) and k for k in m)]
    if not maps:
        return False
    target = rng.choice(maps)
    old = rng.choice([k for k in target if isinstance(k, str) and k])
    new = near_miss(rng, old)
    items = [(new if k == old else k, v) for k, v in target.items()]
    target.clear()
    target.update(items)
    return True


def _ids(data: Any) -> list[dict[str, Any]]:
    return [m for m in _containers(data, dict) if isinstance(m.get("id"), str) and m["id"]]


def _dangle_id(rng: random.Random, data: Any) -> bool:
    """Rename an id so every reference to it points nowhere."""
    owners = _ids(data)
    if not owners:
        return False
    target = rng.choice(owners)
    target["id"] = rng.choice([near_miss(rng, target["id"]), target["id"] + "_gone", target["id"].upper()])
    return True


def _dangle_ref(rng: random.Random, data: Any) -> bool:
    """Point one reference (a value or a RACI key equal to some id) at an id that does not exist."""
    ids = {m["id"] for m in _ids(data)}
    refs = [(c, k, False) for c, k, v in _nodes(data) if k != "id" and isinstance(v, str) and v in ids]
    keys = [(c, k, True) for c, k, _ in _nodes(data) if isinstance(c, dict) and isinstance(k, str) and k in ids]
    if not refs and not keys:
        return False
    container, key, is_key = rng.choice(refs + keys)
    if is_key and rng.random() < 0.5:
        container[near_miss(rng, key)] = container.pop(key)
    else:
        container[key] = near_miss(rng, container[key]) if isinstance(container[key], str) else "nowhere"
    return True


def _kpi_cycle(rng: random.Random, data: Any) -> bool:
    """Make KPI parents go round: a self-parent, a pair or a longer loop, via parent or parents."""
    kpis = data.get("kpis") if isinstance(data, dict) else None
    if not isinstance(kpis, list):
        return False
    entries = [k for k in kpis if isinstance(k, dict) and isinstance(k.get("id"), str)]
    if not entries:
        return False
    loop = rng.sample(entries, min(len(entries), rng.choice([1, 2, 3, 5])))
    for child, parent in zip(loop, loop[1:] + loop[:1], strict=True):
        child.pop("parents", None)
        child.pop("parent", None)
        child["parent" if rng.random() < 0.7 else "parents"] = parent["id"] if rng.random() < 0.7 else [parent["id"]]
    return True


def _replace_value(kind: str, max_text: int) -> Callable[[random.Random, Any], bool]:
    def step(rng: random.Random, data: Any) -> bool:
        nodes = _nodes(data)
        if not nodes:
            return False
        if kind in TEXT_KINDS:  # prefer prose (names, notes), so the spec often still loads and reaches the renderers
            texts = [n for n in nodes if isinstance(n[2], str)]
            prose = [n for n in texts if _is_prose(n[2])]
            nodes = (prose if rng.random() < 0.8 else []) or texts or nodes
        elif kind in ("huge_int", "number") and rng.random() < 0.6:
            nodes = [n for n in nodes if isinstance(n[2], int)] or nodes
        container, key, old = rng.choice(nodes)
        container[key] = hostile(kind, rng, old, max_text)
        return True

    return step


def _is_prose(text: str) -> bool:
    """A name or note rather than an id, a keyword or a RACI cell: has a space, non-ASCII text or some length."""
    return " " in text or not text.isascii() or len(text) > 12


STRUCTURE_STEPS = ("delete_key", "duplicate_item", "swap_values", "rename_key", "dangle_id", "dangle_ref", "kpi_cycle")
VALUE_STEPS = tuple(f"value:{kind}" for kind in VALUES)


# Byte steps: damage the raw text. -------------------------------------------------------------

_INSERTS = [b"\x00", b"\xff", b"\xe3\x81", b":", b"- ", b"{", b"[", b'"', b"'", b"&a ", b"*a", b"\t", b"#", b"|"]
_INSERTS += [
    b"!!python/object/apply:os.system ['true'] ",
    b"---\n",
    b"%YAML 1.1\n",
    b"<<: *a\n",
    b"? ",
    b"\xef\xbb\xbf",
]


def _flip(rng: random.Random, raw: bytes) -> bytes:
    buf = bytearray(raw or b" ")
    for _ in range(rng.choice([1, 1, 2, 8])):
        buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    return bytes(buf)


def _insert(rng: random.Random, raw: bytes) -> bytes:
    at = rng.randrange(len(raw) + 1)
    piece = rng.choice(_INSERTS) if rng.random() < 0.7 else rng.randbytes(rng.randrange(1, 9))
    return raw[:at] + piece + raw[at:]


def _delete(rng: random.Random, raw: bytes) -> bytes:
    at = rng.randrange(len(raw) + 1)
    return raw[:at] + raw[at + rng.choice([1, 2, 8, 64]) :]


def _truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def _bom(rng: random.Random, raw: bytes) -> bytes:
    at = 0 if rng.random() < 0.7 else rng.randrange(len(raw) + 1)
    return raw[:at] + b"\xef\xbb\xbf" * rng.choice([1, 2]) + raw[at:]


def _tabs(rng: random.Random, raw: bytes) -> bytes:
    lines = raw.split(b"\n")
    for i in rng.sample(range(len(lines)), min(len(lines), rng.choice([1, 3, 1000]))):
        stripped = lines[i].lstrip(b" ")
        lines[i] = b"\t" * ((len(lines[i]) - len(stripped) + 1) // 2) + stripped
    return b"\n".join(lines)


def _newlines(rng: random.Random, raw: bytes) -> bytes:
    return raw.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\r", b"\x85", b"\xe2\x80\xa8"]))


def _lines(rng: random.Random, raw: bytes) -> bytes:
    lines = raw.split(b"\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    action = rng.choice(["dup", "del", "swap"])
    if action == "dup":
        lines.insert(i, lines[j])
    elif action == "del":
        del lines[i]
    else:
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def _deep(rng: random.Random, raw: bytes) -> bytes:
    """Deep nesting in the text itself (the dumper cannot write thousands of levels)."""
    depth = rng.choice([150, 199, 201, 1_000, 40_000])
    opener = rng.choice([b"[", b"{a: ", b"- "])
    closer = {b"[": b"]", b"{a: ": b"}", b"- ": b""}[opener]
    body = opener * depth + b"x" + (closer * depth if rng.random() < 0.7 else b"")
    at = raw.find(b": ", rng.randrange(len(raw) + 1))
    at = len(raw) if at < 0 else at + 2
    return raw[:at] + body + raw[at:]


def _encoding(rng: random.Random, raw: bytes) -> bytes:
    text = raw.decode("utf-8", "replace")
    return text.encode(rng.choice(["utf-16", "utf-16-le", "cp932", "euc_jp", "latin-1", "utf-32"]), "replace")


def _alias_bomb(rng: random.Random, raw: bytes) -> bytes:
    levels = rng.choice([3, 9, 20])
    lines = [b"a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [b"a%d: &a%d [" % (i, i) + b", ".join([b"*a%d" % (i - 1)] * 10) + b"]" for i in range(1, levels)]
    return b"\n".join(lines) + b"\n" + raw


BYTE_STEPS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "flip": _flip,
    "insert": _insert,
    "delete": _delete,
    "truncate": _truncate,
    "bom": _bom,
    "tabs": _tabs,
    "newlines": _newlines,
    "lines": _lines,
    "deep": _deep,
    "encoding": _encoding,
    "alias_bomb": _alias_bomb,
}

STEPS: tuple[str, ...] = (*STRUCTURE_STEPS, *VALUE_STEPS, *BYTE_STEPS)
"""Every step name, for hypothesis to draw from."""


class Mutator:
    """Apply named steps to sources; parsing of each source is done once and cached."""

    def __init__(self, sources: Sequence[Source], max_text: int = MAX_TEXT) -> None:
        self.sources = list(sources)
        self.max_text = max_text
        self._parsed: dict[str, Any] = {}
        self._structure: dict[str, Callable[[random.Random, Any], bool]] = {
            "delete_key": _delete_key,
            "duplicate_item": _duplicate_item,
            "swap_values": _swap_values,
            "rename_key": _rename_key,
            "dangle_id": _dangle_id,
            "dangle_ref": _dangle_ref,
            "kpi_cycle": _kpi_cycle,
        }
        self._structure.update({f"value:{k}": _replace_value(k, max_text) for k in VALUES})

    def apply(self, source: Source, steps: Sequence[tuple[str, int]]) -> bytes:
        """The bytes of ``source`` after ``steps``; a structure step on unparsable text damages bytes instead."""
        raw, data = source.data, self._parse_source(source)
        for op, seed in steps:
            rng = random.Random(f"{op}:{seed}")
            if op in BYTE_STEPS:
                raw, data = BYTE_STEPS[op](rng, raw), None
                continue
            data = _parse(raw) if data is None else data
            if data is not None and self._structure[op](rng, data):
                dumped = _dump(rng, data)
                raw, data = (dumped, data) if dumped is not None else (BYTE_STEPS["flip"](rng, raw), None)
            else:
                raw, data = BYTE_STEPS[rng.choice(list(BYTE_STEPS))](rng, raw), None
        return raw

    def case(self, seed: int, index: int, steps: Sequence[str] = STEPS) -> Case:
        """Case ``index`` of run ``seed``: 1–3 steps from ``steps`` on one source, all chosen by the seed."""
        rng = random.Random(f"raci-fuzz:{seed}:{index}")
        source = rng.choices(self.sources, weights=[s.weight for s in self.sources])[0]
        count = rng.choices([1, 2, 3], weights=[6, 3, 1])[0]
        structure = [s for s in steps if s not in BYTE_STEPS and not s.startswith("value:")]
        values = [s for s in steps if s.startswith("value:")]
        raw_steps = [s for s in steps if s in BYTE_STEPS]
        chosen = []
        for _ in range(count):
            family = rng.choices([structure, values, raw_steps], weights=[3, 3, 4])[0] or list(steps)
            chosen.append((rng.choice(family), rng.getrandbits(32)))
        return Case(source.name, tuple(chosen), self.apply(source, chosen))

    def _parse_source(self, source: Source) -> Any:
        if source.name not in self._parsed:
            self._parsed[source.name] = _parse(source.data)
        parsed = self._parsed[source.name]
        return None if parsed is None else copy.deepcopy(parsed)


def _parse(raw: bytes) -> Any:
    """YAML as plain data, or None when it is not a mapping or list (or not YAML at all)."""
    try:
        data = yaml.load(raw, Loader=_Loader)  # the C safe loader: no custom tags
    except Exception:  # a damaged file is expected here; the byte steps take over
        return None
    return data if isinstance(data, (dict, list)) else None


def _dump(rng: random.Random, data: Any) -> bytes | None:
    try:
        text = yaml.dump(
            data,
            Dumper=_Dumper,
            allow_unicode=rng.random() < 0.8,
            sort_keys=False,
            default_flow_style=rng.choice([False, None]),
            width=rng.choice([80, 10**6]),
        )
    except Exception:  # e.g. a recursion the dumper cannot write: fall back to a byte step
        return None
    return text.encode("utf-8")


__all__ = ["BYTE_STEPS", "MAX_TEXT", "STEPS", "TEXT_KINDS", "Case", "Mutator", "Source"]
