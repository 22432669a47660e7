"""Format version 1 of the org spec, declared with the types of :mod:`raci.spec.shape`.

docs/spec.md explains each key to people; these declarations are what the loader
enforces and what ``raci schema`` prints. Descriptions here show up in editors.
"""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING, Any

import yaml

from raci.langs import LANGS
from raci.spec.cell_types import RaciT
from raci.spec.model import DEPARTMENT_KINDS, KPI_LEVELS, MODES, STAGES
from raci.spec.reader import Reader
from raci.spec.shape import (
    BoolT,
    EnumT,
    Field,
    IdT,
    IntT,
    ListT,
    ObjT,
    ObjView,
    RefT,
    StrT,
    TargetT,
    TextT,
    Type,
)
from raci.spec.values import MAX_NAME

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # no methods compiled at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass


@dataclass(repr=False, eq=False)
class ScopeItemT(Type):
    """A line of ``scope.out``: text, or ``{activity: ID}`` / ``{phase: ID}`` with a note."""

    ref: ObjT = field(default_factory=ObjT)
    description: str = ""

    def read(self, node: yaml.Node, r: Reader) -> Any:
        if isinstance(node, yaml.MappingNode) and any(
            isinstance(k, yaml.ScalarNode) and k.value not in LANGS for k, _ in node.value
        ):
            return self.ref.read(node, r)  # {activity: …}; a typo there gets a did-you-mean
        return TextT().read(node, r)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return self._doc({"anyOf": [TextT().schema(defs), self.ref.schema(defs)]})


SUPPORTED_VERSIONS = (1,)


def _one_of(*names: str, required: bool) -> Any:
    """A check that at most one (or, if required, exactly one) of ``names`` is given."""

    def check(view: ObjView, node: yaml.Node, r: Reader) -> None:
        given = [n for n in names if n in view.values or n in view.suggested]
        if len(given) > 1:
            r.problem("S006", "exclusive_keys", view.written_at(given[1]), keys=" / ".join(names))
        elif required and not given:
            r.problem("S005", "missing_one_of", node, keys=" / ".join(names))

    return check


MISSION = ObjT(
    "mission",
    {
        "customer": Field(TextT("Which customers: どのような顧客")),
        "value": Field(TextT("The value the product gives them, not its features: 自社の提供価値")),
        "success": Field(TextT("The customer's success, measurably: どのような成功")),
        "statement": Field(TextT("The condensed mission statement the team agreed on")),
    },
    "The CS mission as the three parts of the mission template, and optionally the final statement.",
)

ORG = ObjT(
    "org",
    {
        "name": Field(TextT("The company or organisation", MAX_NAME), required=True),
        "locale": Field(EnumT(LANGS, "Language of raci's output for this spec (default: the environment's)")),
        "accounts": Field(IntT(0, "Customer accounts the organisation serves")),
    },
    "The organisation this spec describes.",
)

SCOPE_REF = ObjT(
    "scope_ref",
    {
        "activity": Field(RefT("activity", "An activity that belongs to another department")),
        "phase": Field(RefT("phase", "A phase that belongs to another department")),
        "note": Field(TextT("Why, or who does it instead")),
    },
    "Work of this spec that the department explicitly does not do.",
    check=_one_of("activity", "phase", required=True),
    schema_extra={"oneOf": [{"required": ["activity"]}, {"required": ["phase"]}]},
)

SCOPE = ObjT(
    "scope",
    {
        "in": Field(ListT(TextT(), description="What the department does")),
        "out": Field(ListT(ScopeItemT(SCOPE_REF), description="What it explicitly does not do: where it stops")),
    },
    "What the department does, and where it stops.",
)

DEPARTMENT = ObjT(
    "department",
    {
        "id": Field(IdT("Stable key, referred to by RACI cells and KPI owners"), required=True),
        "name": Field(TextT("Display name", MAX_NAME), required=True),
        "kind": Field(
            EnumT(
                DEPARTMENT_KINDS,
                "What kind of department it is (default: other); role: a person or job title, left out of department-sized checks",
            )
        ),
        "headcount": Field(IntT(0, "People in the department")),
        "accounts": Field(IntT(0, "Customer accounts this department covers")),
        "scope": Field(SCOPE),
    },
    "A department that takes part in the customer lifecycle.",
)

ACTIVITY = ObjT(
    "activity",
    {
        "id": Field(IdT("Stable key, unique across all phases"), required=True),
        "name": Field(TextT("Display name", MAX_NAME), required=True),
        "raci": Field(
            RaciT("Department id → RACI cell (R, A, C, I, A/R…), like {cs: A/R, sales: C}"),
            required=True,
        ),
        "mode": Field(EnumT(MODES, "Proactive success work, or reactive work such as tickets")),
        "kpis": Field(ListT(RefT("kpi"), description="The KPIs this activity moves")),
        "handoff": Field(BoolT("This activity is the handoff between two departments")),
        "description": Field(TextT()),
    },
    "An activity of a phase, with who is Responsible, Accountable, Consulted, Informed.",
)

PHASE = ObjT(
    "phase",
    {
        "id": Field(IdT("Stable key"), required=True),
        "name": Field(TextT("Display name", MAX_NAME), required=True),
        "stage": Field(EnumT(STAGES, "The standard lifecycle stage; defaults to the id if it is one")),
        "description": Field(TextT()),
        "activities": Field(ListT(ACTIVITY, description="The activities of the phase, in order"), required=True),
    },
    "A phase of the customer lifecycle.",
)


def _kpi_check(view: ObjView, node: yaml.Node, r: Reader) -> None:
    """parent or parents, not both; id, name and level unless the KPI comes from the library."""
    _one_of("parent", "parents", required=False)(view, node, r)
    if "use" in view.values:
        return
    for key in ("id", "name", "level"):
        if key not in view.values and key not in view.suggested:
            r.problem("S005", "missing_key", node, key=key, object="kpi")


KPI = ObjT(
    "kpi",
    {
        "use": Field(RefT("library", "A KPI of raci's library (raci kpis): name, level, unit come from it")),
        "id": Field(IdT("Stable key (default: the library id given in use)")),
        "name": Field(TextT("Display name", MAX_NAME)),
        "level": Field(
            EnumT(KPI_LEVELS, "kgi: outcome; kpi: leading indicator the team controls; activity: activity count")
        ),
        "parent": Field(RefT("kpi", "The KPI this one drives, one level up")),
        "parents": Field(ListT(RefT("kpi"), description="The KPIs this one drives, one level up")),
        "owner": Field(RefT("department", "The department that owns the number")),
        "unit": Field(StrT("%, 件, 円, pt…")),
        "target": Field(TargetT('Target, like ">= 90" or 120')),
        "description": Field(TextT()),
    },
    "A node of the KPI tree: KGI → KPI → activity KPI.",
    check=_kpi_check,
    schema_extra={
        "not": {"required": ["parent", "parents"]},
        "anyOf": [{"required": ["use"]}, {"required": ["id", "name", "level"]}],
    },
)

SPEC = ObjT(
    "spec",
    {
        "version": Field(EnumT(SUPPORTED_VERSIONS, "Format version", "unsupported_version"), required=True),
        "org": Field(ORG, required=True),
        "mission": Field(MISSION),
        "departments": Field(ListT(DEPARTMENT, description="The departments that take part"), required=True),
        "phases": Field(ListT(PHASE, description="The lifecycle phases, in order"), required=True),
        "kpis": Field(ListT(KPI, description="The KPI tree")),
    },
    "A raci org spec: who does what along the customer lifecycle.",
)
