"""A department's one-page charter: what it owns, what it does, and where it stops.

The page a CS lead brings to sales and support (seed 002: "write down what CS does and
where it stops"): the department's facts, the mission with the department's derived role
line, the activities it is Accountable (A) or Responsible (R) for per phase, what it is
Consulted or Informed on, what it explicitly does not do — its ``scope.out`` with each
reference resolved to who is Accountable there, and the activities another department
owns where this one only helps — the KPIs it owns, its handoffs with other departments,
and the open findings that concern it. Markdown for a pull request, HTML for A4 paper.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, TypeAlias

from raci.i18n.targets import target_text
from raci.render import RENDERERS, Document, Options, RenderError
from raci.render.charter_names import Names, accountable
from raci.render.mission import (
    clean,
    department_name,
    department_or_error,
    label,
    mission_view,
    note,
    owned_kpis,
    render_view,
    role_line,
    sorted_findings,
    text_of,
)
from raci.spec.cells import canonical

if TYPE_CHECKING:
    from raci.findings import Finding
    from raci.spec.model import Activity, Department, Phase

FORMATS = RENDERERS["charter"].formats
BINARY: frozenset[str] = frozenset()

_DEPARTMENT_ARGS = ("department_id", "owner_id", "giver_id", "taker_id", "owner")
"""Finding arguments that hold a department id (``owner`` is an id in K405, a name elsewhere)."""


def render(doc: Document, fmt: str, options: Options) -> str:
    """The charter of ``options.department`` in ``fmt`` (md or html)."""
    if fmt not in FORMATS:
        raise RenderError(f"the charter view has no format {fmt!r}; choose one of {', '.join(FORMATS)}")
    lang = options.lang
    spec = doc.spec
    if options.department is None:
        raise RenderError(label("render.charter.needs_department", lang, ids=", ".join(d.id for d in spec.departments)))
    department = department_or_error(spec, options.department, lang)
    return render_view("charter", fmt, options, charter_context(doc, department, lang))


def charter_context(doc: Document, department: Department, lang: str, names: Names | None = None) -> dict[str, Any]:
    """Everything the charter templates show, as plain strings, lists and dicts. ``names``:
    the same :class:`Names` for every charter of ``doc`` (the report), else one is made."""
    spec = doc.spec
    scope = department.scope
    names = names if names is not None and names.spec is spec and names.lang == lang else Names(spec, lang)
    involvement = _by_phase(doc, department.id)
    return {
        "org": text_of(spec.org.name, lang),
        "sep": label("render.mission.separator", lang),
        "department": {
            "id": department.id,
            "name": text_of(department.name, lang),
            "kind": department.kind,
        },
        "facts": facts(department, lang),
        "mission": mission_view(doc, lang),
        "role": role_line(doc, department, lang),
        "scope_in": [text_of(text, lang) for text in scope.does] if scope else [],
        "owns": owns(involvement, department, names),
        "consulted": consulted(involvement, names),
        "stops": stops(doc, department, lang),
        "helps": helps(involvement, department, names),
        "kpis": kpis(doc, department, lang),
        "handoffs": handoffs(doc, department, lang),
        "findings": [note(f, lang) for f in concerning(doc, department)],
    }


def facts(department: Department, lang: str) -> list[dict[str, str]]:
    """Kind, headcount, accounts and accounts per person (when both are known)."""
    from raci.benchmarks import BENCHMARK_ACCOUNTS

    unknown = label("render.charter.unknown", lang)
    rows = [
        {"label": label("render.charter.kind", lang), "value": label(f"render.charter.kind.{department.kind}", lang)},
        {
            "label": label("render.charter.headcount", lang),
            "value": str(department.headcount) if department.headcount is not None else unknown,
        },
    ]
    if department.accounts is not None:
        rows.append({"label": label("render.charter.accounts", lang), "value": str(department.accounts)})
        if department.headcount:
            ratio = department.accounts / department.headcount
            value = f"{ratio:.0f}" if ratio == round(ratio) else f"{ratio:.1f}"
            if department.kind == "cs":
                benchmark = label("render.charter.benchmark", lang, benchmark=BENCHMARK_ACCOUNTS)
                value += label("render.mission.aside", lang, text=benchmark)
            rows.append({"label": label("render.charter.per_head", lang), "value": value})
    return rows


def _roles(activity: Activity, department: str) -> frozenset[str]:
    return next((a.roles for a in activity.raci if a.department == department), frozenset())


def _tags(activity: Activity, lang: str) -> list[str]:
    tags = []
    if activity.handoff:
        tags.append(label("render.charter.tag.handoff", lang))
    if activity.mode == "reactive":
        tags.append(label("render.charter.tag.reactive", lang))
    return tags


_AR, _CI, _RC = frozenset("AR"), frozenset("CI"), frozenset("RC")
"""The roles each list shows (canonical() of the roles kept: one cached text per set)."""

Involved: TypeAlias = "list[tuple[Phase, list[tuple[Activity, frozenset[str]]]]]"
"""A department's activities with its roles, grouped by phase in spec order."""


def _by_phase(doc: Document, department: str) -> Involved:
    """The department's activities with its roles, phase by phase in spec order, from the
    graph's one-pass index (not a scan of every activity for every department)."""
    phases = {p.id: p for p in doc.spec.phases}
    rows = doc.graph.involvement.get(department, ())
    grouped = []
    for phase_id, group in itertools.groupby(rows, key=lambda row: row[0].phase):
        phase = phases.get(phase_id)
        if phase is not None:
            grouped.append((phase, list(group)))
    return grouped


def owns(involvement: Involved, department: Department, names: Names) -> list[dict[str, Any]]:
    """Per phase, the activities ``department`` is Accountable or Responsible for."""
    own = department.id
    phases = []
    for phase, involved in involvement:
        rows = []
        for activity, roles in involved:
            cell = canonical(roles & _AR)
            if not cell:
                continue
            rows.append(
                {
                    "id": activity.id,
                    "name": names.activity(activity),
                    "cell": cell,
                    "owner": "A" in cell,
                    "tags": _tags(activity, names.lang),
                    "others": [row for holder, row in names.cells(activity) if holder != own],
                }
            )
        if rows:
            phases.append({"id": phase.id, "name": text_of(phase.name, names.lang), "activities": rows})
    return phases


def consulted(involvement: Involved, names: Names) -> list[dict[str, Any]]:
    """Per phase, the activities the department is only Consulted or Informed on."""
    phases = []
    for phase, involved in involvement:
        items = []
        for activity, roles in involved:
            if "A" in roles or "R" in roles:
                continue
            cell = canonical(roles & _CI)
            if cell:
                items.append({"id": activity.id, "name": names.activity(activity), "cell": cell, "role": cell[:1]})
        if items:
            phases.append({"id": phase.id, "name": text_of(phase.name, names.lang), "activities": items})
    return phases


def stops(doc: Document, department: Department, lang: str) -> list[dict[str, Any]]:
    """The department's ``scope.out``: text as written, references resolved to names and owners."""
    spec = doc.spec
    if department.scope is None:
        return []
    phases = {p.id: p for p in spec.phases}
    activities = {a.id: a for a in spec.activities()}
    items = []
    for item in department.scope.does_not:
        entry: dict[str, Any] = {"text": None, "phase": None, "accountable": None, "note": None, "ref": None}
        if item.activity is not None:
            activity = activities.get(item.activity)
            entry["ref"] = item.activity
            if activity is not None:
                entry["text"] = text_of(activity.name, lang)
                entry["phase"] = text_of(phases[activity.phase].name, lang) if activity.phase in phases else None
                entry["accountable"] = accountable(spec, [activity], lang)
            else:
                entry["text"] = item.activity
            entry["note"] = text_of(item.text, lang) or None
        elif item.phase is not None:
            phase = phases.get(item.phase)
            entry["ref"] = item.phase
            name = text_of(phase.name, lang) if phase is not None else item.phase
            entry["text"] = label("render.charter.whole_phase", lang, phase=name)
            if phase is not None:
                entry["accountable"] = accountable(spec, phase.activities, lang)
            entry["note"] = text_of(item.text, lang) or None
        else:
            entry["text"] = text_of(item.text, lang)
        items.append(entry)
    return items


def helps(involvement: Involved, department: Department, names: Names) -> list[dict[str, Any]]:
    """Activities another department is Accountable for, on which this one is R or C.

    Those already named in ``scope.out`` (by activity or by phase) are listed there only.
    """
    named_activities: set[str] = set()
    named_phases: set[str] = set()
    if department.scope is not None:
        for item in department.scope.does_not:
            if item.activity is not None:
                named_activities.add(item.activity)
            if item.phase is not None:
                named_phases.add(item.phase)
    rows = []
    for phase, involved in involvement:
        if phase.id in named_phases:
            continue
        phase_name = None
        for activity, roles in involved:
            if "A" in roles or not ("R" in roles or "C" in roles) or activity.id in named_activities:
                continue
            if not names.accountable_ids(activity):  # someone else is A: this department is not
                continue
            phase_name = phase_name or text_of(phase.name, names.lang)
            cell = canonical(roles & _RC)
            rows.append(
                {
                    "id": activity.id,
                    "name": names.activity(activity),
                    "phase": phase_name,
                    "cell": cell,
                    "accountable": names.accountable(activity),
                    # the HTML line composed here: three template calls a line were a fifth of the report at 10k
                    "where": names.in_phase(activity, phase_name),
                    "who": names.who(activity, cell),
                }
            )
    return rows


def kpis(doc: Document, department: Department, lang: str) -> list[dict[str, Any]]:
    """The KPIs the department owns, with level, target and the KPIs they drive."""
    spec = doc.spec
    names = {k.id: text_of(k.name, lang) for k in spec.kpis}
    unknown = label("render.charter.unknown", lang)
    rows = []
    for kpi in owned_kpis(spec, department.id):
        target = clean(target_text(kpi.target, kpi.unit, lang)) if kpi.target else None  # 120万円以上
        if target is None and kpi.unit:
            target = f"({clean(kpi.unit)})"
        rows.append(
            {
                "id": kpi.id,
                "name": names[kpi.id],
                "level": label(f"render.charter.level.{kpi.level}", lang),
                "target": target or unknown,
                "parents": [names.get(p, p) for p in kpi.parents],
            }
        )
    return rows


def handoffs(doc: Document, department: Department, lang: str) -> list[dict[str, Any]]:
    """Where the department takes the customer over from another one, or hands it on."""
    spec, graph = doc.spec, doc.graph
    rows = []
    for handoff in graph.handoffs():
        if department.id not in (handoff.giver, handoff.taker):
            continue
        incoming = handoff.taker == department.id
        other = handoff.giver if incoming else handoff.taker
        via = [
            text_of(a.name, lang)
            for phase in (handoff.before, handoff.after)
            for a in phase.activities
            if a.handoff and _roles(a, handoff.giver) and _roles(a, handoff.taker)
        ]
        rows.append(
            {
                "direction": "in" if incoming else "out",
                "text": label(
                    f"render.charter.handoff_{'in' if incoming else 'out'}",
                    lang,
                    department=department_name(spec, other, lang),
                    before=text_of(handoff.before.name, lang),
                    after=text_of(handoff.after.name, lang),
                ),
                "department": other,
                "via": via,
            }
        )
    return rows


def concerning(doc: Document, department: Department) -> list[Finding]:
    """The findings about ``department``, its activities (A or R) and the KPIs it owns.

    Matched by the finding's subject and its id arguments, never by line ranges. What a
    subject names is read from the arguments a rule passes (``activity``, ``kpi``, ``phase``,
    ``department``), because ids of different kinds may be equal (a phase and a department
    both called ``support``).
    """
    spec, graph = doc.spec, doc.graph
    own = department.id
    activities = {a.id for role in "AR" for a in graph.activities_with(own, role)}
    phases = {a.phase for a in graph.activities_with(own, "A")}
    kpi_ids = {k.id for k in owned_kpis(spec, own)}

    def about(finding: Finding) -> bool:
        if finding.code.startswith(("M", "X")):
            return False  # the mission and suppression comments belong to no department
        args = finding.args
        if any(args.get(key) == own for key in _DEPARTMENT_ARGS):
            return True
        listed = args.get("departments")
        if isinstance(listed, str) and own in listed.split(", "):
            return True
        subject = finding.subject
        if "activity" in args:
            return subject in activities
        if "kpi" in args:
            return bool(kpi_ids.intersection(subject.split(">")))
        if "phase" in args:
            return subject in phases
        if "department" in args:
            return subject.partition(":")[0] == own
        return False

    return sorted_findings(f for f in doc.findings if about(f))
