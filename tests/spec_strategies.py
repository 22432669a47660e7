"""Hypothesis strategies for random valid specs (models the loader would build)."""

from __future__ import annotations

from hypothesis import strategies as st

from raci.spec.kpi_library import LIBRARY
from raci.spec.model import (
    DEPARTMENT_KINDS,
    KPI_LEVELS,
    MODES,
    STAGES,
    Activity,
    Assignment,
    Department,
    Kpi,
    Mission,
    Org,
    Phase,
    Scope,
    ScopeItem,
    Spec,
    Text,
)

IDS = st.from_regex(r"\A[A-Za-z][A-Za-z0-9_-]{0,8}\Z")


def strings(newlines: bool = True) -> st.SearchStrategy[str]:
    """Any text the loader accepts: not empty, not only spaces."""
    # Control characters other than tab and line feed are refused by the loader (S006).
    alphabet = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n")
    if not newlines:
        alphabet = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85")
    return st.text(alphabet, min_size=1, max_size=30).filter(lambda s: not s.isspace())


def texts(newlines: bool = True) -> st.SearchStrategy[Text]:
    one = strings(newlines)
    return st.one_of(
        one.map(lambda s: Text(ja=s, en=s)),
        one.map(lambda s: Text(ja=s)),
        one.map(lambda s: Text(en=s)),
        st.tuples(one, one).map(lambda p: Text(ja=p[0], en=p[1])),
    )


@st.composite
def specs(draw: st.DrawFn, newlines: bool = True) -> Spec:
    text = texts(newlines)
    maybe = lambda s: st.none() | s  # noqa: E731
    ids = draw(st.lists(IDS, min_size=3, max_size=16, unique_by=str.lower))
    n_dept = draw(st.integers(1, 3))
    dept_ids, rest = ids[:n_dept], ids[n_dept:]
    phase_ids = rest[: draw(st.integers(0, min(3, len(rest))))]
    act_pool = rest[len(phase_ids) :]
    activities: dict[str, list[str]] = {p: [] for p in phase_ids}
    for act in act_pool:
        if phase_ids:
            activities[draw(st.sampled_from(phase_ids))].append(act)
    all_acts = [a for p in phase_ids for a in activities[p]]
    kpi_ids = draw(st.lists(IDS, max_size=4, unique=True))
    lib = sorted(LIBRARY)

    kpis: list[Kpi] = []
    for index, ident in enumerate(kpi_ids):
        parents = tuple(draw(st.lists(st.sampled_from(kpi_ids[:index]), unique=True, max_size=2))) if index else ()
        use = draw(st.none() | st.sampled_from(lib))
        base = LIBRARY.get(use) if use else None
        unit = base.unit if base and draw(st.booleans()) else draw(maybe(strings(newlines)))
        description = base.description if base and draw(st.booleans()) else draw(maybe(text))
        kpis.append(
            Kpi(
                id=ident,
                name=base.name if base and draw(st.booleans()) else draw(text),
                level=base.level if base and draw(st.booleans()) else draw(st.sampled_from(KPI_LEVELS)),
                parents=parents,
                owner=draw(maybe(st.sampled_from(dept_ids))),
                unit=unit or (base.unit if base else None),  # the loader fills in the library's
                target=draw(maybe(strings(newlines) | st.integers(0, 999).map(str))),
                description=description or (base.description if base else None),
                use=use,
            )
        )
    kpi_names = [k.id for k in kpis]

    def scope() -> Scope | None:
        if not draw(st.booleans()):
            return None
        out = []
        for _ in range(draw(st.integers(0, 2))):
            if all_acts and draw(st.booleans()):
                out.append(ScopeItem(text=draw(maybe(text)), activity=draw(st.sampled_from(all_acts))))
            elif phase_ids and draw(st.booleans()):
                out.append(ScopeItem(text=draw(maybe(text)), phase=draw(st.sampled_from(phase_ids))))
            else:
                out.append(ScopeItem(text=draw(text)))
        return Scope(does=tuple(draw(st.lists(text, max_size=2))), does_not=tuple(out))

    departments = tuple(
        Department(
            id=d,
            name=draw(text),
            kind=draw(st.sampled_from(DEPARTMENT_KINDS)),
            headcount=draw(maybe(st.integers(0, 10**6))),
            accounts=draw(maybe(st.integers(0, 10**6))),
            scope=scope(),
        )
        for d in dept_ids
    )

    def cell(dept: str) -> Assignment:
        roles = frozenset(draw(st.sets(st.sampled_from("RACI"), min_size=1)))
        return Assignment(dept, roles, None, draw(maybe(text)), draw(st.booleans()))

    phases = []
    for p in phase_ids:
        stage = draw(st.sampled_from(STAGES)) if p in STAGES else draw(maybe(st.sampled_from(STAGES)))
        acts = tuple(
            Activity(
                id=a,
                name=draw(text),
                phase=p,
                raci=tuple(cell(d) for d in draw(st.lists(st.sampled_from(dept_ids), unique=True))),
                mode=draw(maybe(st.sampled_from(MODES))),
                kpis=tuple(draw(st.lists(st.sampled_from(kpi_names), unique=True, max_size=2))) if kpi_names else (),
                handoff=draw(st.booleans()),
                description=draw(maybe(text)),
            )
            for a in activities[p]
        )
        phases.append(Phase(id=p, name=draw(text), stage=stage, activities=acts, description=draw(maybe(text))))
    mission = draw(
        maybe(st.builds(Mission, customer=maybe(text), value=maybe(text), success=maybe(text), statement=maybe(text)))
    )
    org = Org(
        name=draw(text),
        locale=draw(st.sampled_from([None, "ja", "en"])),
        accounts=draw(maybe(st.integers(0, 10**6))),
    )
    return Spec(version=1, org=org, departments=departments, phases=tuple(phases), kpis=tuple(kpis), mission=mission)
