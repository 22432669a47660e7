"""What a rule needs from a spec to say anything useful, and what was skipped for lack of it.

A plain RACI table — every imported spreadsheet — has no KPIs, no mission and no
lifecycle stages. The rules built on those would otherwise report their absence once per
row (every CS activity "measures no KPI", every section heading "has no owner"), burying
the structural defects. So a rule declares what it reads (``@rule(…, needs=("kpis",))``),
the linter runs it only when the spec has that, and the report carries one
:class:`Skipped` note per spec naming what did not run and how to turn it on.

A rule whose very point is that a section is missing (M501: the spec has no mission)
declares ``reports_missing="mission"`` instead: it runs, says so once, and the note
leaves that section out rather than say it twice. A table checked where it lives
(``raci validate table.csv``) has no place to write a mission or a scope at all, so
there such rules are skipped and noted like the others (``plain_table=True``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from raci.spec.model import Spec, record

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass

INPUTS: Mapping[str, Callable[[Spec], bool]] = MappingProxyType(
    {
        "kpis": lambda spec: bool(spec.kpis),
        "mission": lambda spec: spec.mission is not None,
        "stages": lambda spec: any(phase.stage for phase in spec.phases),
        "scope": lambda spec: any(d.scope is not None for d in spec.departments),
    }
)
"""Input name → whether ``spec`` has it. A rule's ``needs`` names inputs of this table;
the note for a missing one is the message ``skipped.<input>``."""


@record
@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Skipped:
    """Rules that did not run on one spec file because the spec lacks ``missing``."""

    file: str
    missing: str
    """An input of :data:`INPUTS`: ``kpis``, ``mission``, ``stages``."""
    codes: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"skipped.{self.missing}"

    def args(self) -> dict[str, str]:
        return {"codes": code_ranges(self.codes)}


def absent(spec: Spec) -> frozenset[str]:
    """The inputs of :data:`INPUTS` that ``spec`` does not have."""
    return frozenset(name for name, has in INPUTS.items() if not has(spec))


def code_ranges(codes: Iterable[str]) -> str:
    """``K401, K402, K403, L201`` → ``K401–K403, L201``: consecutive codes of a family as a range."""
    ordered = sorted(set(codes))
    parts: list[str] = []
    start = previous = ""
    for code in [*ordered, ""]:
        if previous and code[:1] == previous[:1] and code[1:].isdigit() and int(code[1:]) == int(previous[1:]) + 1:
            previous = code
            continue
        if start:
            parts.append(
                start if start == previous else f"{start}{'–' if _span(start, previous) > 1 else ', '}{previous}"
            )
        start = previous = code
    return ", ".join(parts)


def _span(first: str, last: str) -> int:
    return int(last[1:]) - int(first[1:])
