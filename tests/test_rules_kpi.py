"""KPI tree rules (K4xx): options, target reading, and the tree walks on awkward shapes."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import raci
from raci.graph import OrgGraph
from raci.lint import check_paths
from raci.rules import Context, Hit, all_rules
from raci.rules.kpi.k409_unreadable_target import readable_target
from raci.spec.model import Spec

RULES = Path(__file__).parent / "specs" / "rules"

HEAD = """\
version: 1
org: {name: Harenowa Inc., locale: en}
departments:
  - {id: cs, name: Customer Success, kind: cs, headcount: 6}
  - {id: support, name: Customer Support, kind: support, headcount: 4}
  - {id: sales, name: Sales, kind: sales, headcount: 8}
"""


def spec_of(body: str) -> Spec:
    return raci.loads(HEAD + textwrap.dedent(body), "org.raci.yaml")


def run(code: str, spec: Spec, **options: Any) -> list[Hit]:
    rule = all_rules()[code]
    return list(rule.check(Context(spec, OrgGraph(spec), {**rule.options, **options})))


def findings_with_config(tmp_path: Path, fixture: str, code: str, toml: str) -> list[str]:
    """Validate a copy of a fixture next to a raci.toml: the codes and subjects found."""
    (tmp_path / "raci.toml").write_text(textwrap.dedent(toml), encoding="utf-8")
    spec = tmp_path / fixture
    spec.write_text((RULES / fixture).read_text(encoding="utf-8"), encoding="utf-8")
    report = check_paths([str(spec)], select=[code])
    return [f"{f.code}:{f.subject}" for f in report.findings]


# K409: targets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "90",
        "120",
        ">= 90",
        "< 2.84",
        "<=4",
        "> 0",
        "= 100",
        "== 100",
        "≥ 70",
        "≤ 5",
        "＞＝９０",
        "＜ １．５",
        "＞ 10",
        "-5",
        "+10%",
        "1,200,000",
        "１，２００件",
        "¥1,200,000",
        "80-90",
        "80〜90",
        "80～90%",
        "80% - 90%",
        "-5 to 10",
        "90%以上",
        "4時間",
        "20 calls/month",
        ">= 1200000",
    ],
)
def test_readable_targets(target: str) -> None:
    assert readable_target(target)


@pytest.mark.parametrize(
    "target", ["high", "改善", "up", "前年比アップ", "", "tbd", "a lot", "> high", "90-", "1,20,0", "True", "80-90-100"]
)
def test_unreadable_targets(target: str) -> None:
    assert not readable_target(target)


def test_numeric_yaml_targets_are_readable() -> None:
    spec = spec_of(
        """\
        phases:
          - {id: adoption, name: Adoption, activities: [{id: a, name: A, raci: {cs: A/R}, kpis: [x, y]}]}
        kpis:
          - {id: k, name: K, level: kgi, owner: cs, target: 1.5}
          - {id: x, name: X, level: kpi, parent: k, owner: cs, target: 120}
          - {id: y, name: Y, level: kpi, parent: k, owner: cs, target: "up"}
        """
    )
    assert [h.subject for h in run("K409", spec)] == ["y"]


# K401, K402: loops and orphans ---------------------------------------------------------


def test_each_loop_is_reported_once_at_its_first_kpi() -> None:
    spec = spec_of(
        """\
        phases:
          - {id: adoption, name: Adoption, activities: [{id: a, name: A, raci: {cs: A/R}}]}
        kpis:
          - {id: top, name: Top, level: kgi, owner: cs}
          - {id: b, name: B, level: kpi, parent: a, owner: cs}
          - {id: a, name: A, level: kpi, parent: b, owner: cs}
          - {id: c, name: C, level: kpi, parents: [top, d], owner: cs}
          - {id: d, name: D, level: kpi, parent: e, owner: cs}
          - {id: e, name: E, level: activity, parent: c, owner: cs}
        """
    )
    hits = run("K401", spec)
    # names, not ids, in the message (issue 15): the KPIs of the loop by their names
    assert [(h.args["id"], h.args["path"].get("en")) for h in hits] == [
        ("b", "'B' → 'A' → 'B'"),
        ("c", "'C' → 'D' → 'E' → 'C'"),
    ]
    assert hits[0].args["path"].get("ja") == "「B」 → 「A」 → 「B」"
    # a and b reach no KGI but are on a loop: K401 says so, K402 stays quiet.
    assert run("K402", spec) == []


def test_a_kpi_below_a_loop_is_still_an_orphan() -> None:
    spec = spec_of(
        """\
        phases:
          - {id: adoption, name: Adoption, activities: [{id: a, name: A, raci: {cs: A/R}}]}
        kpis:
          - {id: x, name: X, level: kpi, parent: y, owner: cs}
          - {id: y, name: Y, level: kpi, parent: x, owner: cs}
          - {id: z, name: Z, level: activity, parent: x, owner: cs}
          - {id: lone, name: Lone, level: kpi, owner: cs}
          - {id: k, name: K, level: kgi, owner: cs}
        """
    )
    assert [h.subject for h in run("K402", spec)] == ["z", "lone"]


# K403: leading KPIs ---------------------------------------------------------------------


def test_a_leading_kpi_anywhere_below_counts_and_loops_are_safe() -> None:
    spec = spec_of(
        """\
        phases:
          - {id: adoption, name: Adoption, activities: [{id: a, name: A, raci: {cs: A/R}}]}
        kpis:
          - {id: ltv, name: LTV, level: kgi, owner: cs}
          - {id: revenue, name: Revenue, level: kgi, parent: ltv, owner: cs}
          - {id: seats, name: Seats, level: kpi, parent: revenue, owner: cs}
          - {id: churn, name: Churn, level: kgi, owner: cs}
          - {id: m1, name: M1, level: activity, parents: [churn, m2], owner: cs}
          - {id: m2, name: M2, level: activity, parent: m1, owner: cs}
        """
    )
    assert [h.subject for h in run("K403", spec)] == ["churn"]


# K405, K406: who moves what --------------------------------------------------------------

TREE = """\
phases:
  - id: adoption
    name: Adoption
    activities:
      - {id: meetings, name: Regular meetings, raci: {cs: A/R}, kpis: [meetings_held]}
      - {id: faq, name: FAQ upkeep, raci: {support: A, sales: R}, kpis: [faq_articles]}
      - {id: note, name: Release notes, raci: {cs: I}, kpis: [notes]}
kpis:
  - {id: churn, name: Churn, level: kgi, owner: {churn_owner}}
  - {id: health, name: Health score, level: kpi, parent: churn, owner: {health_owner}}
  - {id: meetings_held, name: Meetings held, level: activity, parent: health, owner: cs}
  - {id: csat, name: Support CSAT, level: kpi, parent: churn, owner: cs}
  - {id: faq_articles, name: FAQ articles, level: activity, parent: csat, owner: support}
  - {id: notes, name: Release notes read, level: activity, parent: churn, owner: cs}
  - {id: nps, name: NPS, level: kpi, parent: churn, owner: sales}
"""


def test_the_owner_may_move_the_kpi_through_any_kpi_below_it() -> None:
    spec = spec_of(TREE.replace("{churn_owner}", "cs").replace("{health_owner}", "cs"))
    hits = run("K405", spec)
    # csat: its only activity is done by support (A) and sales (R); notes: nobody R or A.
    assert [(h.subject, h.args["movers"]) for h in hits] == [("csat", "support, sales"), ("notes", "-")]
    # nps has no activity at all: K406, not K405.
    assert [h.subject for h in run("K406", spec)] == ["nps"]


def test_a_kgi_owner_who_moves_nothing_below_it_is_reported() -> None:
    tree = TREE.replace("{support: A, sales: R}", "{support: A/R}")
    spec = spec_of(tree.replace("{churn_owner}", "sales").replace("{health_owner}", "support"))
    hits = {h.subject: h.args["movers"] for h in run("K405", spec)}
    assert hits == {"churn": "cs, support", "health": "cs", "csat": "support", "notes": "-"}


def test_kpis_moved_walks_up_from_every_linked_kpi() -> None:
    spec = spec_of(TREE.replace("{churn_owner}", "cs").replace("{health_owner}", "cs"))
    graph = OrgGraph(spec)
    assert graph.kpis_moved == {"churn", "health", "meetings_held", "csat", "faq_articles", "notes"}


def test_k405_shares_one_set_across_a_loop() -> None:
    spec = spec_of(
        """\
        phases:
          - {id: adoption, name: Adoption, activities: [{id: a, name: A, raci: {support: A/R}, kpis: [y]}]}
        kpis:
          - {id: x, name: X, level: kpi, parent: y, owner: cs}
          - {id: y, name: Y, level: kpi, parent: x, owner: support}
        """
    )
    # x is below y and y below x: both are moved by support's activity.
    assert [(h.subject, h.args["movers"]) for h in run("K405", spec)] == [("x", "support")]


def test_deep_and_wide_trees_are_walked_once() -> None:
    """A 3,000-deep chain (no recursion limit) and a KGI over 3,000 leaves, both fast."""
    depth = 3000
    lines = ["phases:", "  - id: adoption", "    name: Adoption", "    activities:"]
    lines.append("      - {id: bottom, name: Bottom, raci: {cs: A/R}, kpis: [c0]}")
    for i in range(depth):
        lines.append(f"      - {{id: w{i}, name: W{i}, raci: {{support: A/R}}, kpis: [leaf{i}]}}")
    lines.append("kpis:")
    lines.append("  - {id: top, name: Top, level: kgi, owner: cs}")
    lines.append("  - {id: c0, name: C0, level: activity, owner: cs, parent: c1}")
    for i in range(1, depth):
        parent = f"c{i + 1}" if i + 1 < depth else "top"
        lines.append(f"  - {{id: c{i}, name: C{i}, level: kpi, owner: cs, parent: {parent}}}")
    for i in range(depth):
        lines.append(f"  - {{id: leaf{i}, name: L{i}, level: activity, owner: support, parent: top}}")
    spec = spec_of("\n".join(lines) + "\n")
    started = time.perf_counter()
    for code in ("K402", "K403", "K405", "K406"):
        assert run(code, spec) == [], code
    # The top KPI now belongs to support, which only moves the leaves: reported, with its movers.
    moved = spec_of(
        "\n".join(lines).replace(
            "{id: top, name: Top, level: kgi, owner: cs}", "{id: top, name: Top, level: kgi, owner: sales}"
        )
        + "\n"
    )
    assert [(h.subject, h.args["movers"]) for h in run("K405", moved)] == [("top", "cs, support")]
    assert time.perf_counter() - started < 10


# K407 ----------------------------------------------------------------------------------


def test_cs_activity_names_the_accountable_cs_department_first() -> None:
    spec = raci.loads(
        textwrap.dedent(
            """\
            version: 1
            org: {name: Acme, locale: en}
            departments:
              - {id: cs_adoption, name: Adoption, kind: cs}
              - {id: cs_onboarding, name: Onboarding, kind: cs}
              - {id: sales, name: Sales, kind: sales}
            phases:
              - id: onboarding
                name: Onboarding
                activities:
                  - {id: a, name: A, raci: {cs_adoption: R, cs_onboarding: A}}
                  - {id: b, name: B, raci: {sales: A, cs_adoption: R, cs_onboarding: R}}
                  - {id: c, name: C, raci: {sales: A/R, cs_adoption: C, cs_onboarding: I}}
            """
        ),
        "org.raci.yaml",
    )
    hits = run("K407", spec)
    assert [(h.subject, h.args["department_id"], h.args["cell"]) for h in hits] == [
        ("a", "cs_onboarding", "A"),
        ("b", "cs_adoption", "R"),
    ]


# K408: option ---------------------------------------------------------------------------


def test_max_kpis_from_the_configuration(tmp_path: Path) -> None:
    fixture = "k408-fail-cs-owns-eight-kpis.raci.yaml"
    assert findings_with_config(tmp_path, fixture, "K408", "") == ["K408:cs"]
    assert findings_with_config(tmp_path, fixture, "K408", "[rules.K408]\nmax_kpis = 8\n") == []
    passing = "k408-pass-cs-owns-seven-kpis.raci.yaml"
    assert findings_with_config(tmp_path, passing, "K408", "[rules.too-many-kpis]\nmax_kpis = 6\n") == ["K408:cs"]


def test_max_kpis_called_directly() -> None:
    spec = raci.load(str(RULES / "k408-pass-cs-owns-seven-kpis.raci.yaml"))
    assert run("K408", spec) == []
    hits = {h.subject: h.args for h in run("K408", spec, max_kpis=1)}
    assert set(hits) == {"cs", "founders"}
    assert hits["cs"]["count"] == 7 and hits["cs"]["max"] == 1


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789０１２.,+-−<>=≥≤≧≦ ~〜–—to%件円¥$€£abkmK\u3000")), max_size=14))
def test_k409_plain_targets_are_read_as_the_full_grammar_reads_them(target: str) -> None:
    """K409 reads common targets with a small ASCII pattern first (the full grammar took 2 ms
    to compile at start-up): that shortcut may only say "readable" where the full grammar does."""
    import re
    import unicodedata

    from raci.rules.kpi import k409_unreadable_target as k409

    text = unicodedata.normalize("NFKC", target).strip()
    full = re.compile(k409._TARGET).fullmatch(text) is not None
    assert k409.readable_target(target) is full
    if k409._PLAIN.fullmatch(text):
        assert full
