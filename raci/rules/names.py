"""Names, not ids, in the prose of rule messages: 「営業部」、「CS部」 rather than sales, cs.

A message's argument that lists things is a :class:`~raci.spec.model.Text` holding the
list in each language (Japanese names in 「」 joined with 、, English names quoted and
joined with commas), so :func:`raci.i18n.t` picks the reader's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from raci.spec.model import Spec, Text


def listed(names: Iterable[Text], separator_en: str = ", ", separator_ja: str = "、") -> Text:
    """``names`` as one text per language: 「A」、「B」 / 'A', 'B'."""
    items = list(names)
    return Text(
        ja=separator_ja.join(f"「{n.get('ja')}」" for n in items),
        en=separator_en.join(f"'{n.get('en')}'" for n in items),
    )


def departments(spec: Spec, ids: Iterable[str]) -> Text:
    """The named departments, by id (an unknown id stands as itself)."""
    by_id = {d.id: d.name for d in spec.departments}
    return listed(by_id.get(i, Text(ja=i, en=i)) for i in ids)


def phases(spec: Spec, ids: Iterable[str]) -> Text:
    """The named phases, by id."""
    by_id = {p.id: p.name for p in spec.phases}
    return listed(by_id.get(i, Text(ja=i, en=i)) for i in ids)


def kpi_path(spec: Spec, ids: Iterable[str]) -> Text:
    """KPIs along a path, by id: 「A」 → 「B」 → 「A」."""
    by_id = {k.id: k.name for k in spec.kpis}
    return listed((by_id.get(i, Text(ja=i, en=i)) for i in ids), " → ", " → ")
