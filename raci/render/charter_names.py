"""The texts a charter shows, worked out once for every charter of a document."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from raci.render.mission import department_name, label, text_of

if TYPE_CHECKING:
    from raci.spec.model import Activity, Spec


class Names:
    """The display texts of one spec in one language, each worked out once.

    The report shows a charter per department, and every charter names the activities and
    departments it lists: at 10k activities that was 150,000 look-ups and cleanings of the
    same few thousand names. One ``Names`` serves every charter of a document."""

    def __init__(self, spec: Spec, lang: str) -> None:
        self.spec, self.lang = spec, lang
        self.departments = {d.id: text_of(d.name, lang) for d in spec.departments}
        self._activities: dict[str, str] = {}
        self._cells: dict[str, list[tuple[str, dict[str, str]]]] = {}
        self._accountable: dict[str, str] = {}
        self._texts: dict[tuple[str, str], str] = {}
        self._accountable_ids: dict[str, list[str]] = {}

    def department(self, department: str) -> str:
        """A department's name (its id when the spec has no such department)."""
        return self.departments.get(department, department)

    def activity(self, activity: Activity) -> str:
        name = self._activities.get(activity.id)
        if name is None:
            name = self._activities[activity.id] = text_of(activity.name, self.lang)
        return name

    def cells(self, activity: Activity) -> list[tuple[str, dict[str, str]]]:
        """Every department holding a role on ``activity``, with the row ``owns`` shows for it."""
        cells = self._cells.get(activity.id)
        if cells is None:
            cells = self._cells[activity.id] = [
                (a.department, {"name": self.department(a.department), "cell": a.cell})
                for a in activity.raci
                if a.roles
            ]
        return cells

    def in_phase(self, activity: Activity, phase: str) -> str:
        """「活動名（フェーズ名）」"""
        return self._text(
            ("in_phase", activity.id), "render.charter.in_phase", activity=self.activity(activity), phase=phase
        )

    def who(self, activity: Activity, cell: str) -> str:
        """Who is Accountable for ``activity``, and this department's ``cell`` on it."""
        who = self._text(("who", activity.id), "render.charter.accountable", who=self.accountable(activity))
        return who + self._text(("here", cell), "render.charter.here", cell=cell)

    def _text(self, key: tuple[str, str], message: str, **values: str) -> str:
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = label(message, self.lang, **values)
        return found

    def accountable(self, activity: Activity) -> str:
        """Who is Accountable for ``activity``: their names, or "nobody"."""
        who = self._accountable.get(activity.id)
        if who is None:
            who = self._accountable[activity.id] = accountable(self.spec, [activity], self.lang)
        return who

    def accountable_ids(self, activity: Activity) -> list[str]:
        """The ids of the departments Accountable for ``activity``."""
        ids = self._accountable_ids.get(activity.id)
        if ids is None:
            ids = self._accountable_ids[activity.id] = activity.holders("A")
        return ids


def accountable(spec: Spec, activities: Iterable[Activity], lang: str) -> str:
    """Who is Accountable for ``activities``: their names, each once, or "nobody"."""
    holders = dict.fromkeys(d for a in activities for d in a.holders("A"))
    if not holders:
        return label("render.charter.nobody", lang)
    return label("render.mission.separator", lang).join(department_name(spec, d, lang) for d in holders)
