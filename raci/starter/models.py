"""The five CS org models as data: departments, who is A/R on each activity, KPI owners.

Everything a starter spec says about a model lives here; :mod:`raci.starter.write`
turns it into YAML text, and every piece of text (names, scope items, notes, comments)
is a key of the catalogue :mod:`raci.i18n.starter`, so a model is written once for
both languages.

The models differ where the domain says they do (seed 001):

=============  ==================  ==================  ========================
model          onboarding (A)      renewal (A)         expansion (A)
=============  ==================  ==================  ========================
all-rounder    cs                  cs                  cs
sales-cs       cs                  cs                  sales (CS is R)
high-touch     implementation      csm                 csm
functional     cs_onboarding       cs_adoption         cs_expansion
segment        cs_smb / cs_midmarket / cs_enterprise, each for its own segment
=============  ==================  ==================  ========================

Each model is lint-clean with its default headcounts: one Accountable per activity, an
owner for every phase and a handoff wherever the owner changes, CS mostly proactive
and R in at most four phases, no department Accountable for more than half of the
activities, and KPI owners that do the work which moves their numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Activity:
    """An activity of the shared catalogue. Its name is ``starter.activity.<id>``."""

    id: str
    mode: str
    kpis: tuple[str, ...] = ()
    handoff: bool = False


@dataclass(frozen=True, slots=True)
class Out:
    """One ``scope.out`` item: a text key, or a reference to an activity or phase with a note key."""

    text: str | None = None
    activity: str | None = None
    phase: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Department:
    id: str
    kind: str
    headcount: int
    name: str
    """Catalogue key of the display name."""
    scope_in: tuple[str, ...] = ()
    scope_out: tuple[Out, ...] = ()
    accounts_per_person: int | None = None
    """For CS teams: example accounts per person; ``accounts`` is headcount times this."""
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """An activity as a model uses it: which department holds which cell."""

    activity: str
    raci: Mapping[str, str]
    name: str | None = None
    """Catalogue key overriding the activity's usual name in this model."""
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class Phase:
    id: str
    stage: str
    steps: tuple[Step, ...]
    comment: str | None = None

    @property
    def name(self) -> str:
        return f"starter.phase.{self.id}"


@dataclass(frozen=True, slots=True)
class Model:
    id: str
    departments: tuple[Department, ...]
    phases: tuple[Phase, ...]
    kpi_owners: Mapping[str, str]
    targets: Mapping[str, str] = field(default_factory=dict)
    """Example targets that differ from :data:`TARGETS`."""
    kpi_notes: Mapping[str, str] = field(default_factory=dict)
    """KPI id → catalogue key of a comment written above it."""

    @property
    def name(self) -> str:
        return f"starter.model.{self.id}"

    def department(self, id: str) -> Department:
        return next(d for d in self.departments if d.id == id)

    def steps(self) -> list[Step]:
        return [step for phase in self.phases for step in phase.steps]


# The shared activity catalogue -----------------------------------------------------------

PROACTIVE, REACTIVE = "proactive", "reactive"

_ACTIVITIES = (
    # lead and contract: new business
    Activity("lead_generation", PROACTIVE),
    Activity("lead_qualification", PROACTIVE),
    Activity("discovery_demo", PROACTIVE),
    Activity("success_criteria", PROACTIVE),
    Activity("sales_handoff", PROACTIVE, handoff=True),
    # onboarding
    Activity("kickoff", PROACTIVE, ("onboarding_completion",)),
    Activity("initial_setup", PROACTIVE, ("onboarding_completion",)),
    Activity("user_training", PROACTIVE, ("onboarding_completion",)),
    Activity("onboarding_signoff", PROACTIVE, ("onboarding_completion",), handoff=True),
    # adoption
    Activity("health_monitoring", PROACTIVE, ("health_score",)),
    Activity("regular_meetings", PROACTIVE, ("customer_meetings",)),
    Activity("business_reviews", PROACTIVE, ("customer_meetings",)),
    Activity("enablement_seminars", PROACTIVE, ("enablement_seminars",)),
    Activity("in_app_guidance", PROACTIVE, ("adoption_rate",)),
    Activity("voc_feedback", PROACTIVE, ("adoption_rate",)),
    # renewal
    Activity("renewal_review", PROACTIVE, ("health_score",)),
    Activity("churn_response", REACTIVE, ("churn_rate",)),
    Activity("renewal_proposal", PROACTIVE, ("churn_rate",)),
    # expansion
    Activity("expansion_signals", PROACTIVE, ("upsell_rate",)),
    Activity("expansion_handoff", PROACTIVE, ("upsell_rate",), handoff=True),
    Activity("expansion_proposal", PROACTIVE, ("upsell_rate",)),
    # advocacy
    Activity("reference_nomination", PROACTIVE, ("nps",), handoff=True),
    Activity("nps_survey", PROACTIVE, ("nps",)),
    Activity("case_studies", PROACTIVE, ("nps",)),
    # support, across the lifecycle
    Activity("inquiry_handling", REACTIVE, ("inquiries_handled",)),
    Activity("incident_response", REACTIVE),
    Activity("help_center", PROACTIVE),
    # segment model: each team runs the lifecycle for its own customers
    Activity("smb_onboarding_webinars", PROACTIVE, ("onboarding_completion",)),
    Activity("smb_setup_check", PROACTIVE, ("onboarding_completion",)),
    Activity("smb_health_alerts", PROACTIVE, ("health_score",)),
    Activity("smb_webinars", PROACTIVE, ("enablement_seminars",)),
    Activity("smb_renewal_reminders", PROACTIVE, ("churn_rate",)),
    Activity("smb_upgrade_offers", PROACTIVE, ("upsell_rate",)),
    Activity("smb_graduation", PROACTIVE, ("upsell_rate",), handoff=True),
    Activity("mid_kickoff", PROACTIVE, ("onboarding_completion",)),
    Activity("mid_training", PROACTIVE, ("onboarding_completion",)),
    Activity("mid_usage_reviews", PROACTIVE, ("adoption_rate",)),
    Activity("mid_health_checks", PROACTIVE, ("health_score",)),
    Activity("mid_renewal_review", PROACTIVE, ("churn_rate",)),
    Activity("mid_expansion_proposal", PROACTIVE, ("upsell_rate",)),
    Activity("mid_graduation", PROACTIVE, ("upsell_rate",), handoff=True),
    Activity("ent_project_plan", PROACTIVE, ("onboarding_completion",)),
    Activity("ent_department_training", PROACTIVE, ("onboarding_completion",)),
    Activity("ent_business_reviews", PROACTIVE, ("customer_meetings",)),
    Activity("ent_stakeholder_map", PROACTIVE, ("health_score",)),
    Activity("ent_renewal_negotiation", PROACTIVE, ("churn_rate",)),
    Activity("ent_expansion_proposal", PROACTIVE, ("upsell_rate",)),
)
ACTIVITIES: Mapping[str, Activity] = MappingProxyType({a.id: a for a in _ACTIVITIES})


# The KPI tree every starter uses: library ids, parents, in the order written -------------

KPI_TREE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ltv", ()),
    ("churn_rate", ()),
    ("nrr", ()),
    ("onboarding_completion", ("churn_rate", "ltv")),
    ("adoption_rate", ("churn_rate", "nrr")),
    ("health_score", ("churn_rate", "nrr")),
    ("nps", ("ltv", "nrr")),
    ("upsell_rate", ("nrr", "ltv")),
    ("customer_meetings", ("health_score",)),
    ("enablement_seminars", ("adoption_rate",)),
    ("inquiries_handled", ("health_score",)),
)

TARGETS: Mapping[str, str] = MappingProxyType(
    {
        "ltv": ">= 1200000",
        "churn_rate": "< 1.5",
        "nrr": ">= 105",
        "onboarding_completion": ">= 90",
        "adoption_rate": ">= 70",
        "health_score": ">= 70",
        "nps": ">= 30",
        "upsell_rate": ">= 10",
        "customer_meetings": "60",
        "enablement_seminars": "2",
        "inquiries_handled": "400",
    }
)
"""Example targets (units from the library; LTV in yen, written in dollars in English)."""

LTV_USD_PER_YEN = 1 / 120
"""A round rate for the English starters' example LTV target in US dollars."""


# Departments that recur ------------------------------------------------------------------


def _sales(headcount: int, *, extra_in: tuple[str, ...] = (), name: str = "starter.dept.sales") -> Department:
    return Department(
        "sales",
        "sales",
        headcount,
        name,
        scope_in=("starter.scope.sales.new_business", "starter.scope.sales.success_criteria", *extra_in),
        scope_out=(Out(text="starter.scope.sales.out_onboarding"),),
        comment="starter.comment.dept.sales",
    )


def _marketing(headcount: int) -> Department:
    return Department(
        "marketing",
        "marketing",
        headcount,
        "starter.dept.marketing",
        scope_in=("starter.scope.marketing.leads", "starter.scope.marketing.advocacy"),
    )


def _support(headcount: int) -> Department:
    return Department(
        "support",
        "support",
        headcount,
        "starter.dept.support",
        scope_in=("starter.scope.support.inquiries", "starter.scope.support.incidents", "starter.scope.support.help"),
        scope_out=(Out(text="starter.scope.support.out_proactive"),),
    )


def _product(headcount: int) -> Department:
    return Department(
        "product",
        "product",
        headcount,
        "starter.dept.product",
        scope_in=("starter.scope.product.roadmap", "starter.scope.product.guidance"),
    )


_INQUIRIES_TO_SUPPORT = Out(activity="inquiry_handling", note="starter.note.inquiries_to_support")
_NO_NEW_BUSINESS = Out(text="starter.scope.out.new_business")


def _lead(marketing: bool) -> Phase:
    if not marketing:
        return Phase(
            "lead",
            "lead",
            (
                Step("lead_generation", {"sales": "A/R"}, name="starter.activity.lead_generation_founders"),
                Step("lead_qualification", {"sales": "A/R"}),
            ),
        )
    return Phase(
        "lead",
        "lead",
        (
            Step("lead_generation", {"marketing": "A/R", "sales": "I"}),
            # The last activity of the phase has sales on it: the handover to sales (L203).
            Step("lead_qualification", {"marketing": "A/R", "sales": "C"}),
        ),
    )


def _contract(taker: str, *, also: Mapping[str, str] | None = None, consulted: str | None = None) -> Phase:
    """Lead to contract, ending with the handover to ``taker`` (the onboarding owner)."""
    extra = dict(also or {})
    return Phase(
        "contract",
        "contract",
        (
            Step("discovery_demo", {"sales": "A/R"}),
            Step("success_criteria", {"sales": "A/R", (consulted or taker): "C"}),
            Step("sales_handoff", {"sales": "A/R", taker: "C", **extra}),
        ),
        comment="starter.comment.phase.contract",
    )


def _inquiries(cs: str, help_consulted: str, *, support: str = "support") -> Phase:
    return Phase(
        "inquiries",
        "support",
        (
            Step("inquiry_handling", {support: "A/R", cs: "I"}),
            Step("incident_response", {support: "A/R", "product": "R", cs: "I"}),
            Step("help_center", {support: "A/R", help_consulted: "C"}),
        ),
        comment="starter.comment.phase.inquiries",
    )


# The five models ---------------------------------------------------------------------------

ALL_ROUNDER = Model(
    "all-rounder",
    departments=(
        _sales(
            2,
            extra_in=("starter.scope.sales.advocacy",),
            name="starter.dept.founders_sales",
        ),
        Department(
            "cs",
            "cs",
            3,
            "starter.dept.cs",
            scope_in=(
                "starter.scope.cs.onboarding",
                "starter.scope.cs.adoption",
                "starter.scope.cs.renewal_expansion",
            ),
            scope_out=(
                _NO_NEW_BUSINESS,
                Out(activity="inquiry_handling", note="starter.note.tickets_to_rotation"),
                Out(activity="incident_response", note="starter.note.bugs_to_product"),
                Out(text="starter.scope.out.marketing"),
            ),
            accounts_per_person=50,
            comment="starter.comment.dept.allrounder_cs",
        ),
        Department(
            "product",
            "product",
            5,
            "starter.dept.product_rotation",
            scope_in=("starter.scope.product.roadmap", "starter.scope.product.rotation"),
            scope_out=(Out(text="starter.scope.product.out_training"),),
        ),
    ),
    phases=(
        _lead(marketing=False),
        Phase(
            "contract",
            "contract",
            (
                Step("discovery_demo", {"sales": "A/R", "cs": "I"}),
                Step("success_criteria", {"sales": "A/R", "cs": "C"}),
                Step("sales_handoff", {"sales": "A/R", "cs": "C"}),
            ),
            comment="starter.comment.phase.contract",
        ),
        Phase(
            "onboarding",
            "onboarding",
            (
                Step("kickoff", {"cs": "A/R", "sales": "I"}),
                Step("initial_setup", {"cs": "A/R", "product": "C"}),
                Step("user_training", {"cs": "A/R"}),
            ),
            comment="starter.comment.phase.allrounder_post_sale",
        ),
        Phase(
            "adoption",
            "adoption",
            (
                Step("health_monitoring", {"cs": "A/R", "product": "I"}),
                Step("regular_meetings", {"cs": "A/R"}),
                Step("enablement_seminars", {"cs": "A/R"}),
                Step("in_app_guidance", {"product": "A/R", "cs": "C"}),
            ),
        ),
        Phase(
            "renewal",
            "renewal",
            (
                Step("renewal_review", {"cs": "A/R", "sales": "I"}),
                Step("churn_response", {"cs": "A/R", "sales": "I"}, comment="starter.comment.reactive"),
            ),
        ),
        Phase(
            "expansion",
            "expansion",
            (
                Step("expansion_signals", {"cs": "A/R"}),
                # sales is consulted on price, and takes the customer over for advocacy (L203).
                Step("expansion_proposal", {"cs": "A/R", "sales": "C"}),
            ),
            comment="starter.comment.phase.allrounder_expansion",
        ),
        Phase(
            "advocacy",
            "advocacy",
            (
                Step("nps_survey", {"sales": "A/R", "cs": "C"}),
                Step("case_studies", {"sales": "A/R", "cs": "C"}),
            ),
            comment="starter.comment.phase.allrounder_advocacy",
        ),
        Phase(
            "inquiries",
            "support",
            (
                Step(
                    "inquiry_handling",
                    {"product": "A/R", "cs": "I"},
                    name="starter.activity.inquiry_handling_rotation",
                ),
                Step("incident_response", {"product": "A/R", "cs": "I"}),
            ),
            comment="starter.comment.phase.allrounder_inquiries",
        ),
    ),
    kpi_owners={
        "ltv": "sales",
        "churn_rate": "cs",
        "nrr": "cs",
        "onboarding_completion": "cs",
        "adoption_rate": "product",
        "health_score": "cs",
        "nps": "sales",
        "upsell_rate": "cs",
        "customer_meetings": "cs",
        "enablement_seminars": "cs",
        "inquiries_handled": "product",
    },
    targets={
        "ltv": ">= 600000",
        "churn_rate": "< 2.0",
        "nrr": ">= 100",
        "customer_meetings": "40",
        "inquiries_handled": "150",
    },
    kpi_notes={
        "adoption_rate": "starter.kpinote.allrounder_adoption",
    },
)

SALES_CS = Model(
    "sales-cs",
    departments=(
        _sales(6, extra_in=("starter.scope.sales.expansion",)),
        _marketing(3),
        Department(
            "cs",
            "cs",
            5,
            "starter.dept.cs",
            scope_in=(
                "starter.scope.cs.onboarding",
                "starter.scope.cs.adoption",
                "starter.scope.cs.renewal",
                "starter.scope.cs.signals_to_sales",
            ),
            scope_out=(
                Out(activity="expansion_proposal", note="starter.note.expansion_to_sales"),
                _INQUIRIES_TO_SUPPORT,
                _NO_NEW_BUSINESS,
            ),
            accounts_per_person=80,
        ),
        _support(3),
        _product(8),
    ),
    phases=(
        _lead(marketing=True),
        _contract("cs"),
        Phase(
            "onboarding",
            "onboarding",
            (
                Step("kickoff", {"cs": "A/R", "sales": "C"}),
                Step("initial_setup", {"cs": "A/R", "support": "C"}),
                Step("user_training", {"cs": "A/R"}),
            ),
            comment="starter.comment.phase.salescs_onboarding",
        ),
        Phase(
            "adoption",
            "adoption",
            (
                Step("health_monitoring", {"cs": "A/R", "sales": "I"}),
                Step("regular_meetings", {"cs": "A/R", "sales": "I"}),
                Step("enablement_seminars", {"cs": "A/R", "marketing": "C"}),
                Step("in_app_guidance", {"product": "A/R", "cs": "C"}),
            ),
        ),
        Phase(
            "renewal",
            "renewal",
            (
                Step("renewal_review", {"cs": "A/R", "sales": "C"}),
                Step("churn_response", {"cs": "A/R", "sales": "I"}, comment="starter.comment.reactive"),
            ),
        ),
        Phase(
            "expansion",
            "expansion",
            (
                Step("expansion_signals", {"sales": "A", "cs": "R"}),
                Step("expansion_handoff", {"sales": "A/R", "cs": "C"}),
                # marketing hears of every expansion: it takes the customer over for advocacy (L203).
                Step("expansion_proposal", {"sales": "A/R", "cs": "C", "marketing": "I"}),
            ),
            comment="starter.comment.phase.salescs_expansion",
        ),
        Phase(
            "advocacy",
            "advocacy",
            (
                Step("nps_survey", {"marketing": "A/R", "cs": "C"}),
                Step("case_studies", {"marketing": "A/R", "sales": "C", "cs": "C"}),
            ),
        ),
        _inquiries("cs", "cs"),
    ),
    kpi_owners={
        "ltv": "sales",
        "churn_rate": "cs",
        "nrr": "sales",
        "onboarding_completion": "cs",
        "adoption_rate": "cs",
        "health_score": "cs",
        "nps": "marketing",
        "upsell_rate": "sales",
        "customer_meetings": "cs",
        "enablement_seminars": "cs",
        "inquiries_handled": "support",
    },
    targets={"ltv": ">= 1500000", "nrr": ">= 110", "upsell_rate": ">= 15"},
    kpi_notes={"upsell_rate": "starter.kpinote.salescs_upsell"},
)

HIGH_TOUCH = Model(
    "high-touch",
    departments=(
        _sales(5),
        _marketing(3),
        Department(
            "implementation",
            "cs",
            3,
            "starter.dept.implementation",
            scope_in=(
                "starter.scope.implementation.project",
                "starter.scope.implementation.training",
                "starter.scope.implementation.golive",
            ),
            scope_out=(
                Out(phase="renewal", note="starter.note.renewal_to_csm"),
                Out(activity="expansion_proposal", note="starter.note.expansion_to_csm"),
                Out(text="starter.scope.out.pricing"),
            ),
            accounts_per_person=10,
            comment="starter.comment.dept.implementation",
        ),
        Department(
            "csm",
            "cs",
            6,
            "starter.dept.csm",
            scope_in=(
                "starter.scope.csm.named",
                "starter.scope.csm.reviews",
                "starter.scope.csm.renewal_expansion",
            ),
            scope_out=(
                Out(activity="initial_setup", note="starter.note.setup_to_implementation"),
                _INQUIRIES_TO_SUPPORT,
                _NO_NEW_BUSINESS,
            ),
            accounts_per_person=20,
            comment="starter.comment.dept.csm",
        ),
        _support(3),
        _product(10),
    ),
    phases=(
        _lead(marketing=True),
        _contract("implementation", also={"csm": "C"}, consulted="csm"),
        Phase(
            "onboarding",
            "onboarding",
            (
                Step("kickoff", {"implementation": "A/R", "csm": "C", "sales": "I"}),
                Step("initial_setup", {"implementation": "A/R", "product": "C"}),
                Step("user_training", {"implementation": "A/R", "csm": "I"}),
                Step("onboarding_signoff", {"implementation": "A/R", "csm": "C"}),
            ),
            comment="starter.comment.phase.hightouch_onboarding",
        ),
        Phase(
            "adoption",
            "adoption",
            (
                Step("business_reviews", {"csm": "A/R", "sales": "I"}),
                Step("regular_meetings", {"csm": "A/R"}),
                Step("health_monitoring", {"csm": "A/R", "product": "I"}),
                Step("voc_feedback", {"csm": "A/R", "product": "C"}),
                Step("enablement_seminars", {"implementation": "A/R", "csm": "C"}),
                Step("in_app_guidance", {"product": "A/R", "csm": "C"}),
            ),
            comment="starter.comment.phase.hightouch_adoption",
        ),
        Phase(
            "renewal",
            "renewal",
            (
                Step("renewal_review", {"csm": "A/R", "sales": "I"}),
                Step("churn_response", {"csm": "A/R"}, comment="starter.comment.reactive"),
                Step("renewal_proposal", {"csm": "A/R", "sales": "C"}),
            ),
        ),
        Phase(
            "expansion",
            "expansion",
            (
                Step("expansion_signals", {"csm": "A/R"}),
                Step("expansion_proposal", {"csm": "A/R", "sales": "C", "product": "C"}),
            ),
            comment="starter.comment.phase.hightouch_expansion",
        ),
        Phase(
            "advocacy",
            "advocacy",
            (
                Step("reference_nomination", {"marketing": "A/R", "csm": "C"}),
                Step("nps_survey", {"marketing": "A/R", "csm": "C"}),
                Step("case_studies", {"marketing": "A/R", "csm": "C", "sales": "I"}),
            ),
        ),
        _inquiries("csm", "implementation"),
    ),
    kpi_owners={
        "ltv": "csm",
        "churn_rate": "csm",
        "nrr": "csm",
        "onboarding_completion": "implementation",
        "adoption_rate": "csm",
        "health_score": "csm",
        "nps": "marketing",
        "upsell_rate": "csm",
        "customer_meetings": "csm",
        "enablement_seminars": "implementation",
        "inquiries_handled": "support",
    },
    targets={
        "ltv": ">= 10000000",
        "churn_rate": "< 0.8",
        "nrr": ">= 115",
        "customer_meetings": "80",
        "enablement_seminars": "4",
        "inquiries_handled": "300",
    },
    kpi_notes={
        "adoption_rate": "starter.kpinote.hightouch_csm",
        "customer_meetings": "starter.kpinote.hightouch_meetings",
    },
)

FUNCTIONAL = Model(
    "functional",
    departments=(
        _sales(10),
        _marketing(5),
        Department(
            "cs_onboarding",
            "cs",
            4,
            "starter.dept.cs_onboarding",
            scope_in=(
                "starter.scope.onboarding_team.handover",
                "starter.scope.onboarding_team.setup",
                "starter.scope.onboarding_team.golive",
            ),
            scope_out=(
                Out(activity="regular_meetings", note="starter.note.meetings_to_adoption"),
                _INQUIRIES_TO_SUPPORT,
                Out(text="starter.scope.out.pricing"),
            ),
            accounts_per_person=30,
            comment="starter.comment.dept.functional",
        ),
        Department(
            "cs_adoption",
            "cs",
            8,
            "starter.dept.cs_adoption",
            scope_in=(
                "starter.scope.adoption_team.health",
                "starter.scope.adoption_team.meetings",
                "starter.scope.adoption_team.renewal",
            ),
            scope_out=(
                Out(activity="expansion_proposal", note="starter.note.expansion_to_customer_sales"),
                _INQUIRIES_TO_SUPPORT,
                _NO_NEW_BUSINESS,
            ),
            accounts_per_person=90,
        ),
        Department(
            "cs_expansion",
            "cs",
            3,
            "starter.dept.cs_expansion",
            scope_in=("starter.scope.expansion_team.upsell", "starter.scope.expansion_team.cross_sell"),
            scope_out=(
                Out(phase="renewal", note="starter.note.renewal_to_adoption"),
                Out(activity="discovery_demo", note="starter.note.new_companies_to_sales"),
                Out(text="starter.scope.out.troubleshooting"),
            ),
            accounts_per_person=90,
        ),
        _support(6),
        _product(20),
    ),
    phases=(
        _lead(marketing=True),
        _contract("cs_onboarding"),
        Phase(
            "onboarding",
            "onboarding",
            (
                Step("kickoff", {"cs_onboarding": "A/R", "sales": "C"}),
                Step("initial_setup", {"cs_onboarding": "A/R", "support": "C", "product": "C"}),
                Step("user_training", {"cs_onboarding": "A/R"}),
                Step("onboarding_signoff", {"cs_onboarding": "A/R", "cs_adoption": "C"}),
            ),
            comment="starter.comment.phase.functional_onboarding",
        ),
        Phase(
            "adoption",
            "adoption",
            (
                Step("health_monitoring", {"cs_adoption": "A/R", "product": "I"}),
                Step("regular_meetings", {"cs_adoption": "A/R", "cs_expansion": "I"}),
                Step("enablement_seminars", {"cs_adoption": "A/R", "marketing": "C"}),
                Step("voc_feedback", {"cs_adoption": "A/R", "product": "C"}),
                Step("in_app_guidance", {"product": "A/R", "cs_adoption": "C"}),
            ),
        ),
        Phase(
            "renewal",
            "renewal",
            (
                Step("renewal_review", {"cs_adoption": "A/R", "cs_expansion": "I"}),
                Step("churn_response", {"cs_adoption": "A/R", "sales": "I"}, comment="starter.comment.reactive"),
                Step("renewal_proposal", {"cs_adoption": "A/R", "cs_expansion": "C"}),
            ),
            comment="starter.comment.phase.functional_renewal",
        ),
        Phase(
            "expansion",
            "expansion",
            (
                Step("expansion_handoff", {"cs_expansion": "A/R", "cs_adoption": "C"}),
                Step("expansion_proposal", {"cs_expansion": "A/R", "cs_adoption": "C", "sales": "I"}),
            ),
            comment="starter.comment.phase.functional_expansion",
        ),
        Phase(
            "advocacy",
            "advocacy",
            (
                Step("reference_nomination", {"marketing": "A/R", "cs_adoption": "C", "cs_expansion": "C"}),
                Step("nps_survey", {"marketing": "A/R", "cs_adoption": "C"}),
                Step("case_studies", {"marketing": "A/R", "sales": "I"}),
            ),
        ),
        _inquiries("cs_adoption", "cs_onboarding"),
    ),
    kpi_owners={
        "ltv": "cs_expansion",
        "churn_rate": "cs_adoption",
        "nrr": "cs_expansion",
        "onboarding_completion": "cs_onboarding",
        "adoption_rate": "cs_adoption",
        "health_score": "cs_adoption",
        "nps": "marketing",
        "upsell_rate": "cs_expansion",
        "customer_meetings": "cs_adoption",
        "enablement_seminars": "cs_adoption",
        "inquiries_handled": "support",
    },
    targets={
        "churn_rate": "< 1.0",
        "nrr": ">= 110",
        "upsell_rate": ">= 15",
        "customer_meetings": "150",
        "enablement_seminars": "4",
        "inquiries_handled": "1200",
    },
    kpi_notes={"onboarding_completion": "starter.kpinote.functional"},
)

SEGMENT = Model(
    "segment",
    departments=(
        _sales(12),
        _marketing(5),
        Department(
            "cs_enterprise",
            "cs",
            5,
            "starter.dept.cs_enterprise",
            scope_in=("starter.scope.enterprise.named", "starter.scope.enterprise.reviews"),
            scope_out=(
                Out(text="starter.scope.enterprise.out_small"),
                _INQUIRIES_TO_SUPPORT,
                _NO_NEW_BUSINESS,
            ),
            accounts_per_person=15,
            comment="starter.comment.dept.segment",
        ),
        Department(
            "cs_midmarket",
            "cs",
            6,
            "starter.dept.cs_midmarket",
            scope_in=("starter.scope.midmarket.pooled", "starter.scope.midmarket.reviews"),
            scope_out=(
                Out(activity="ent_business_reviews", note="starter.note.enterprise_accounts"),
                _INQUIRIES_TO_SUPPORT,
                _NO_NEW_BUSINESS,
            ),
            accounts_per_person=60,
        ),
        Department(
            "cs_smb",
            "cs",
            4,
            "starter.dept.cs_smb",
            scope_in=("starter.scope.smb.tech_touch", "starter.scope.smb.alerts"),
            scope_out=(
                Out(text="starter.scope.smb.out_one_to_one"),
                _INQUIRIES_TO_SUPPORT,
                _NO_NEW_BUSINESS,
            ),
            accounts_per_person=95,
            comment="starter.comment.dept.smb",
        ),
        _support(8),
        _product(25),
    ),
    phases=(
        _lead(marketing=True),
        _contract("cs_smb", also={"cs_midmarket": "C", "cs_enterprise": "C"}, consulted="cs_enterprise"),
        Phase(
            "smb_onboarding",
            "onboarding",
            (
                Step("smb_onboarding_webinars", {"cs_smb": "A/R", "marketing": "C"}),
                Step("smb_setup_check", {"cs_smb": "A/R", "support": "C"}),
            ),
            comment="starter.comment.phase.segment_tracks",
        ),
        Phase(
            "smb_adoption",
            "adoption",
            (
                Step("smb_health_alerts", {"cs_smb": "A/R", "product": "C"}),
                Step("smb_webinars", {"cs_smb": "A/R", "marketing": "C"}),
            ),
        ),
        Phase("smb_renewal", "renewal", (Step("smb_renewal_reminders", {"cs_smb": "A/R", "support": "I"}),)),
        Phase(
            "smb_expansion",
            "expansion",
            (
                Step("smb_upgrade_offers", {"cs_smb": "A/R", "marketing": "C"}),
                Step("smb_graduation", {"cs_smb": "A/R", "cs_midmarket": "C"}),
            ),
            comment="starter.comment.phase.segment_graduation",
        ),
        Phase(
            "mid_onboarding",
            "onboarding",
            (
                Step("mid_kickoff", {"cs_midmarket": "A/R", "sales": "C"}),
                Step("mid_training", {"cs_midmarket": "A/R"}),
            ),
        ),
        Phase(
            "mid_adoption",
            "adoption",
            (
                Step("mid_usage_reviews", {"cs_midmarket": "A/R", "product": "I"}),
                Step("mid_health_checks", {"cs_midmarket": "A/R"}),
            ),
        ),
        Phase("mid_renewal", "renewal", (Step("mid_renewal_review", {"cs_midmarket": "A/R", "sales": "I"}),)),
        Phase(
            "mid_expansion",
            "expansion",
            (
                Step("mid_expansion_proposal", {"cs_midmarket": "A/R", "sales": "C"}),
                Step("mid_graduation", {"cs_midmarket": "A/R", "cs_enterprise": "C"}),
            ),
        ),
        Phase(
            "ent_onboarding",
            "onboarding",
            (
                Step("ent_project_plan", {"cs_enterprise": "A/R", "sales": "C", "product": "C"}),
                Step("ent_department_training", {"cs_enterprise": "A/R"}),
            ),
        ),
        Phase(
            "ent_adoption",
            "adoption",
            (
                Step("ent_business_reviews", {"cs_enterprise": "A/R", "sales": "I"}),
                Step("ent_stakeholder_map", {"cs_enterprise": "A/R", "sales": "C"}),
            ),
        ),
        Phase(
            "ent_renewal",
            "renewal",
            (Step("ent_renewal_negotiation", {"cs_enterprise": "A/R", "sales": "C"}),),
        ),
        Phase(
            "ent_expansion",
            "expansion",
            (Step("ent_expansion_proposal", {"cs_enterprise": "A/R", "sales": "C", "product": "C"}),),
        ),
        Phase(
            "advocacy",
            "advocacy",
            (
                Step(
                    "reference_nomination",
                    {"marketing": "A/R", "cs_enterprise": "C", "cs_midmarket": "C", "cs_smb": "C"},
                ),
                Step("nps_survey", {"marketing": "A/R", "cs_smb": "C"}),
                Step("case_studies", {"marketing": "A/R", "cs_enterprise": "C", "sales": "I"}),
            ),
        ),
        _inquiries("cs_smb", "cs_smb"),
    ),
    kpi_owners={
        "ltv": "cs_enterprise",
        "churn_rate": "cs_smb",
        "nrr": "cs_enterprise",
        "onboarding_completion": "cs_midmarket",
        "adoption_rate": "cs_midmarket",
        "health_score": "cs_smb",
        "nps": "marketing",
        "upsell_rate": "cs_enterprise",
        "customer_meetings": "cs_enterprise",
        "enablement_seminars": "cs_smb",
        "inquiries_handled": "support",
    },
    targets={
        "ltv": ">= 3000000",
        "churn_rate": "< 1.2",
        "nrr": ">= 110",
        "customer_meetings": "60",
        "enablement_seminars": "4",
        "inquiries_handled": "1500",
    },
    kpi_notes={"ltv": "starter.kpinote.segment_split"},
)

MODELS: Mapping[str, Model] = MappingProxyType(
    {m.id: m for m in (ALL_ROUNDER, SALES_CS, HIGH_TOUCH, FUNCTIONAL, SEGMENT)}
)
"""The five org models by id, in the order ``raci init --list`` shows them."""
