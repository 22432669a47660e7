"""raci's YAML loader resolves every node's tag exactly as PyYAML's safe loader does.

It looks a plain scalar's tag up once per distinct text instead of running the
resolver's regexes for each node (:mod:`raci.spec.parse`); a wrong tag would turn
``3`` into a string or ``yes`` into a boolean without anyone noticing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from raci.spec import parse

_SAFE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_WORDS = st.sampled_from(
    [
        "3",
        "-3",
        "0x1F",
        "0o7",
        "1_000",
        "3.5",
        ".inf",
        "-.Inf",
        ".nan",
        "1e3",
        "yes",
        "No",
        "true",
        "FALSE",
        "on",
        "off",
        "null",
        "~",
        "Null",
        "2024-04-01",
        "2024-04-01 10:00:00",
        "<<",
        "=",
        "A/R",
        "cs",
        "",
        "'3'",
    ]
)
_SCALARS = st.one_of(_WORDS, st.text(alphabet="0123456789.-+:eEtrufalsyonNTF_ xAR/", max_size=8))


def _tags(node: yaml.Node) -> Iterator[tuple[str, str, Any]]:
    yield type(node).__name__, node.tag, node.value if isinstance(node, yaml.ScalarNode) else None
    for child in node.value if isinstance(node, yaml.CollectionNode) else ():
        for part in child if isinstance(child, tuple) else (child,):
            yield from _tags(part)


@settings(max_examples=300)
@given(st.lists(_SCALARS, min_size=1, max_size=12), st.data())
def test_tags_match_the_safe_loader(scalars: list[str], data: st.DataObject) -> None:
    rows = []
    for index, scalar in enumerate(scalars):
        style = data.draw(st.sampled_from(["plain", "single", "double", "list", "flow"]))
        text = scalar.replace("'", "''")
        value = {
            "plain": scalar,
            "single": f"'{text}'",
            "double": yaml.safe_dump(scalar, default_style='"').strip(),
            "list": f"\n  - {scalar}\n  - '{text}'",
            "flow": f"[{scalar}, {{k: {scalar}}}]",
        }[style]
        rows.append(f"k{index}: {value}")
        rows.append(f"{scalar}: plain key")
    text = "\n".join(rows)
    try:
        root = yaml.compose(text, Loader=_SAFE)
    except yaml.YAMLError:
        return  # not YAML: nothing to compare
    assert root is not None
    expected = list(_tags(root))
    assert list(_tags(parse.compose(text, "x.raci.yaml"))) == expected


def test_repeated_scalars_keep_their_own_tags() -> None:
    """The same text plain, then quoted, then plain again: int, str, int."""
    root = parse.compose("a: 3\nb: '3'\nc: 3\nd: [yes, 'yes', yes]\n", "x.raci.yaml")
    assert [(v.tag.rsplit(":", 1)[1], v.value) for _, v in root.value[:3]] == [("int", "3"), ("str", "3"), ("int", "3")]
    assert [n.tag.rsplit(":", 1)[1] for n in root.value[3][1].value] == ["bool", "str", "bool"]
