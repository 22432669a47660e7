"""Generate a large, valid and lint-clean raci org spec for benchmarks.

Usage::

    python bench/generate.py --activities 100000 [--seed 0] [--departments 30] > big.raci.yaml

The output follows docs/spec.md: departments of every kind, phases in lifecycle order
(stages repeated with suffixed ids for large sizes), activities with exactly one A, at
least one R and a few C / I, and a KPI tree whose owners are R or A on a linked activity.
It is built with plain string concatenation (no ``yaml.dump``) so that 100k activities
take a few seconds, and is deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import statistics
import sys
from collections import Counter

__all__ = ["generate_spec", "main"]

STAGES: tuple[str, ...] = (
    "lead",
    "contract",
    "onboarding",
    "adoption",
    "renewal",
    "expansion",
    "advocacy",
    "support",
)
CS_STAGES: tuple[str, ...] = ("onboarding", "adoption", "renewal", "expansion")

STAGE_NAMES: dict[str, tuple[str, str]] = {
    "lead": ("リード獲得", "Lead acquisition"),
    "contract": ("契約", "Contract"),
    "onboarding": ("オンボーディング", "Onboarding"),
    "adoption": ("活用定着", "Adoption"),
    "renewal": ("契約更新", "Renewal"),
    "expansion": ("エクスパンション", "Expansion"),
    "advocacy": ("アドボカシー", "Advocacy"),
    "support": ("問い合わせ対応", "Support"),
}

# (slug, ja, en, mode, handoff)
ActivityTemplate = tuple[str, str, str, str, bool]
ACTIVITY_CATALOGUE: dict[str, tuple[ActivityTemplate, ...]] = {
    "lead": (
        ("inbound_lead_qualification", "インバウンドリードの選別", "Inbound lead qualification", "proactive", False),
        ("webinar", "ウェビナー開催", "Webinar", "proactive", False),
        ("discovery_call", "初回ヒアリング", "Discovery call", "proactive", False),
        ("product_demo", "製品デモ", "Product demo", "proactive", False),
        ("lead_nurturing", "リードナーチャリング", "Lead nurturing", "proactive", False),
        ("trial_follow_up", "トライアルのフォロー", "Trial follow-up", "proactive", False),
    ),
    "contract": (
        ("proposal", "提案書作成", "Proposal", "proactive", False),
        ("quote", "見積作成", "Quote", "proactive", False),
        ("contract_review", "契約書レビュー", "Contract review", "proactive", False),
        ("security_questionnaire", "セキュリティチェック対応", "Security questionnaire", "reactive", False),
        ("deal_closing", "受注処理", "Deal closing", "proactive", False),
        ("handover_sheet", "引き継ぎシート作成", "Handover sheet", "proactive", True),
    ),
    "onboarding": (
        ("kickoff", "キックオフ", "Kickoff meeting", "proactive", True),
        ("account_setup", "アカウント初期設定", "Account setup", "proactive", False),
        ("data_migration", "データ移行支援", "Data migration support", "proactive", False),
        ("admin_training", "管理者トレーニング", "Admin training", "proactive", False),
        ("onboarding_plan", "導入計画の作成", "Onboarding plan", "proactive", False),
        ("go_live_check", "本番稼働確認", "Go-live check", "proactive", False),
    ),
    "adoption": (
        ("usage_review", "利用状況レビュー", "Usage review", "proactive", False),
        ("health_check", "ヘルススコア確認", "Health score check", "proactive", False),
        ("enablement_seminar", "活用セミナー", "Enablement seminar", "proactive", False),
        ("regular_meeting", "定例ミーティング", "Regular customer meeting", "proactive", False),
        ("success_plan", "サクセスプラン更新", "Success plan update", "proactive", False),
        ("feature_campaign", "機能活用キャンペーン", "Feature adoption campaign", "proactive", False),
    ),
    "renewal": (
        ("renewal_forecast", "更新予測", "Renewal forecast", "proactive", False),
        ("renewal_proposal", "更新提案", "Renewal proposal", "proactive", False),
        ("churn_risk_review", "解約リスクの確認", "Churn risk review", "proactive", False),
        ("business_review", "ビジネスレビュー", "Executive business review", "proactive", False),
        ("renewal_contract", "更新契約の締結", "Renewal contract", "proactive", False),
    ),
    "expansion": (
        ("upsell_proposal", "アップセル提案", "Upsell proposal", "proactive", False),
        ("cross_sell_proposal", "クロスセル提案", "Cross-sell proposal", "proactive", False),
        ("expansion_planning", "拡大計画の策定", "Expansion planning", "proactive", False),
        ("seat_expansion", "ライセンス追加", "Seat expansion", "proactive", False),
    ),
    "advocacy": (
        ("case_study", "導入事例の作成", "Case study", "proactive", False),
        ("referral_program", "紹介プログラム", "Referral program", "proactive", False),
        ("user_community", "ユーザー会の運営", "User community", "proactive", False),
        ("nps_survey", "NPS調査", "NPS survey", "proactive", False),
    ),
    "support": (
        ("inquiry_handling", "問い合わせ対応", "Inquiry handling", "reactive", False),
        ("incident_first_response", "障害の一次対応", "Incident first response", "reactive", False),
        ("bug_escalation", "不具合のエスカレーション", "Bug escalation", "reactive", False),
        ("faq_update", "FAQの更新", "FAQ update", "proactive", False),
        ("feature_request_triage", "機能要望の整理", "Feature request triage", "reactive", False),
        ("ticket_trend_analysis", "チケット傾向の分析", "Ticket trend analysis", "proactive", False),
    ),
}

# (id, ja, en, stage weights for being Accountable); cs stages are assigned separately.
DeptTemplate = tuple[str, str, str, dict[str, int]]
DEPT_CATALOGUE: dict[str, tuple[DeptTemplate, ...]] = {
    "sales": (
        ("inside_sales", "インサイドセールス", "Inside Sales", {"lead": 3, "contract": 1}),
        ("field_sales", "フィールドセールス", "Field Sales", {"lead": 1, "contract": 3}),
        ("enterprise_sales", "エンタープライズ営業", "Enterprise Sales", {"lead": 1, "contract": 3}),
        ("partner_sales", "パートナー営業", "Partner Sales", {"lead": 2, "contract": 2}),
    ),
    "cs": (
        ("cs_onboarding", "導入支援チーム", "Onboarding Team", {}),
        ("cs_adoption", "活用支援チーム", "Adoption Team", {}),
        ("cs_renewal", "リニューアルチーム", "Renewal Team", {}),
        ("customer_sales", "カスタマーセールス", "Customer Sales", {}),
        ("cs_enterprise", "エンタープライズCS", "Enterprise CS", {}),
        ("cs_mid_market", "ミッドマーケットCS", "Mid-market CS", {}),
        ("cs_smb", "SMB向けCS", "SMB CS", {}),
        ("cs_apac", "APAC CS", "APAC CS", {}),
    ),
    "support": (
        ("support", "カスタマーサポート", "Customer Support", {"support": 3}),
        ("tech_support", "テクニカルサポート", "Technical Support", {"support": 3}),
        ("support_l2", "二次サポート", "Tier 2 Support", {"support": 2}),
    ),
    "marketing": (
        ("marketing", "マーケティング", "Marketing", {"lead": 2, "advocacy": 1}),
        ("customer_marketing", "カスタマーマーケティング", "Customer Marketing", {"advocacy": 3}),
        ("field_marketing", "フィールドマーケティング", "Field Marketing", {"lead": 2, "advocacy": 1}),
    ),
    "product": (
        ("product", "プロダクト", "Product Management", {"support": 1}),
        ("engineering", "開発", "Engineering", {"support": 1}),
        ("qa", "品質保証", "Quality Assurance", {"support": 1}),
    ),
    "other": (
        ("legal", "法務", "Legal", {"contract": 1}),
        ("finance", "経理", "Finance", {"contract": 1}),
        ("cs_ops", "CSオペレーション", "CS Operations", {"adoption": 1}),
        ("it", "情報システム", "IT", {"support": 1}),
        ("revenue_ops", "レベニューオペレーション", "Revenue Operations", {"lead": 1}),
        ("security", "情報セキュリティ", "Security", {"contract": 1}),
    ),
}

# The order in which departments are added; taking the first D gives a sensible mix.
# fmt: off
KIND_SEQUENCE: tuple[str, ...] = (
    "cs", "sales", "support", "cs", "marketing", "product", "other", "cs", "sales", "support",
    "other", "cs", "marketing", "sales", "product", "cs", "support", "other", "cs", "sales",
)
# fmt: on

HEADCOUNT: dict[str, tuple[int, int]] = {
    "sales": (4, 20),
    "cs": (3, 15),
    "support": (4, 25),
    "marketing": (2, 10),
    "product": (5, 30),
    "other": (2, 8),
}

# Per-kind activity KPI metrics: (slug, ja, en, unit, target range)
ACTIVITY_KPI_METRICS: dict[str, tuple[tuple[str, str, str, str, tuple[int, int]], ...]] = {
    "sales": (
        ("meetings", "商談数", "Sales meetings held", "件", (20, 80)),
        ("proposals", "提案数", "Proposals sent", "件", (10, 40)),
    ),
    "cs": (
        ("regular_meetings", "定例ミーティング実施数", "Regular customer meetings", "件", (20, 120)),
        ("seminars", "活用セミナー開催数", "Enablement seminars held", "件", (2, 12)),
    ),
    "support": (
        ("inquiries", "問い合わせ対応件数", "Inquiries handled", "件", (200, 1500)),
        ("faq_articles", "FAQ記事更新数", "FAQ articles updated", "件", (5, 30)),
    ),
    "marketing": (
        ("case_studies", "事例記事公開数", "Case studies published", "件", (1, 6)),
        ("webinars", "ウェビナー開催数", "Webinars held", "件", (2, 8)),
    ),
    "product": (
        ("fixes", "改善リリース数", "Improvement releases", "件", (2, 20)),
        ("triaged_requests", "機能要望の整理件数", "Feature requests triaged", "件", (20, 100)),
    ),
    "other": (
        ("reviews", "レビュー完了件数", "Reviews completed", "件", (10, 60)),
        ("lead_time", "処理リードタイム", "Processing lead time", "日", (2, 5)),
    ),
}

# (id, ja, en, unit, target, parent ids); parents are KGI ids.
KGIS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("ltv", "顧客生涯価値", "LTV", "円", ">= 1200000", "adoption"),
    ("churn_rate", "解約率", "Churn rate", "%", "< 2.84", "renewal"),
    ("nrr", "売上継続率", "NRR", "%", ">= 110", "expansion"),
    ("new_arr", "新規ARR", "New ARR", "円", ">= 50000000", "contract"),
)
STAGE_KPIS: tuple[tuple[str, str, str, str, str, str, tuple[str, ...]], ...] = (
    ("lead", "sql_rate", "商談化率", "Lead-to-opportunity rate", "%", ">= 25", ("new_arr",)),
    ("contract", "win_rate", "受注率", "Win rate", "%", ">= 30", ("new_arr",)),
    (
        "onboarding",
        "onboarding_completion",
        "オンボーディング完了率",
        "Onboarding completion rate",
        "%",
        ">= 90",
        ("ltv", "churn_rate"),
    ),
    ("adoption", "adoption_rate", "アダプション率", "Adoption rate", "%", ">= 70", ("ltv",)),
    ("renewal", "renewal_rate", "契約更新率", "Renewal rate", "%", ">= 95", ("churn_rate",)),
    ("expansion", "upsell_rate", "アップセル率", "Upsell rate", "%", ">= 15", ("nrr",)),
    ("advocacy", "nps", "NPS", "NPS", "pt", ">= 30", ("ltv",)),
    ("support", "first_response_time", "初回応答時間", "First response time", "時間", "<= 4", ("churn_rate",)),
)

MAX_KPIS_PER_DEPARTMENT = 7

_PLAIN_SAFE = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:,\[\]{}#]*$")
_RESERVED = re.compile(
    r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    r"|null|Null|NULL|~|[-+]?[0-9][0-9_.:eE+-]*|\.[0-9].*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)


def _scalar(text: str) -> str:
    """Return ``text`` as a YAML scalar that is safe inside flow collections."""
    if text and _PLAIN_SAFE.match(text) and not _RESERVED.match(text) and text == text.strip():
        return text
    return json.dumps(text, ensure_ascii=False)


def _text(ja: str, en: str, style: int) -> str:
    """Render a display text: bilingual mapping (0), Japanese (1) or English (2)."""
    if style == 0:
        return f"{{ja: {_scalar(ja)}, en: {_scalar(en)}}}"
    return _scalar(ja if style == 1 else en)


# Plain classes rather than dataclasses: the tests load this file by path with
# importlib, where dataclasses cannot resolve postponed annotations.
class _Dept:
    __slots__ = ("accounts", "en", "headcount", "id", "ja", "kind", "kpis", "weights")

    def __init__(self, id: str, ja: str, en: str, kind: str, headcount: int, weights: dict[str, int]) -> None:
        self.id, self.ja, self.en, self.kind = id, ja, en, kind
        self.headcount = headcount
        self.weights = weights
        self.accounts: int | None = None
        self.kpis: list[str] = []


class _Kpi:
    __slots__ = ("en", "id", "ja", "level", "linked", "owner", "parents", "stage", "target", "unit")

    def __init__(
        self,
        id: str,
        ja: str,
        en: str,
        level: str,
        parents: tuple[str, ...],
        owner: str | None,
        unit: str,
        target: str,
        stage: str,
    ) -> None:
        self.id, self.ja, self.en, self.level = id, ja, en, level
        self.parents = parents
        self.owner = owner
        self.unit, self.target, self.stage = unit, target, stage
        self.linked = False


class _Activity:
    __slots__ = ("cells", "comment", "handoff", "id", "kpis", "mode", "name")

    def __init__(self, id: str, name: str, cells: dict[str, str], mode: str, handoff: bool, kpis: list[str]) -> None:
        self.id, self.name, self.cells, self.mode, self.handoff, self.kpis = id, name, cells, mode, handoff, kpis
        self.comment: str | None = None


class _Phase:
    __slots__ = ("activities", "description", "id", "name", "stage")

    def __init__(self, id: str, stage: str, name: str, description: str | None) -> None:
        self.id, self.stage, self.name, self.description = id, stage, name, description
        self.activities: list[_Activity] = []


def _default_departments(activities: int) -> int:
    """About 12 departments for 1k activities, 21 for 10k, 30 for 100k (10..40)."""
    if activities <= 1000:
        return 10 + (2 if activities >= 500 else 0)
    return max(10, min(40, round(12 + 9 * math.log10(activities / 1000))))


def _make_departments(count: int, rng: random.Random) -> list[_Dept]:
    kinds = [KIND_SEQUENCE[i % len(KIND_SEQUENCE)] for i in range(count)]
    used: dict[str, int] = {}
    depts: list[_Dept] = []
    for kind in kinds:
        n = used.get(kind, 0)
        used[kind] = n + 1
        catalogue = DEPT_CATALOGUE[kind]
        base_id, ja, en, weights = catalogue[n % len(catalogue)]
        rnd = n // len(catalogue)
        if rnd:
            base_id, ja, en = f"{base_id}_{rnd + 1}", f"{ja} {rnd + 1}", f"{en} {rnd + 1}"
        lo, hi = HEADCOUNT[kind]
        depts.append(_Dept(base_id, ja, en, kind, rng.randint(lo, hi), dict(weights)))
    cs = [d for d in depts if d.kind == "cs"]
    for i, dept in enumerate(cs):
        if len(cs) < len(CS_STAGES):
            stages = [s for j, s in enumerate(CS_STAGES) if j % len(cs) == i]
        else:
            stages = [CS_STAGES[i % len(CS_STAGES)]]
            if i >= len(CS_STAGES):
                stages.append(CS_STAGES[(i + 1) % len(CS_STAGES)])
        dept.weights = {s: 3 for s in stages}
        dept.accounts = dept.headcount * rng.randint(40, 90)
    return depts


def _stage_pools(depts: list[_Dept], rng: random.Random) -> dict[str, list[_Dept]]:
    """Weighted, shuffled round-robin pools of Accountable candidates per stage."""
    pools: dict[str, list[_Dept]] = {}
    for stage in STAGES:
        pool = [d for d in depts for _ in range(d.weights.get(stage, 0))]
        if not pool:  # tiny org: anyone may own the stage
            pool = [d for d in depts if d.kind != "cs" or stage in CS_STAGES] or list(depts)
        rng.shuffle(pool)
        pools[stage] = pool
    return pools


def _make_kpis(depts: list[_Dept], pools: dict[str, list[_Dept]], rng: random.Random) -> list[_Kpi]:
    kpis: list[_Kpi] = []

    def pick_owner(stage: str) -> _Dept | None:
        unique = {d.id: d for d in pools[stage]}.values()
        candidates = sorted(unique, key=lambda d: (-d.weights.get(stage, 0), len(d.kpis), d.id))
        for dept in candidates:
            if len(dept.kpis) < MAX_KPIS_PER_DEPARTMENT:
                return dept
        return None

    for kid, ja, en, unit, target, stage in KGIS:
        owner = pick_owner(stage)
        kpis.append(_Kpi(kid, ja, en, "kgi", (), owner.id if owner else None, unit, target, stage))
        if owner:
            owner.kpis.append(kid)
    for stage, kid, ja, en, unit, target, parents in STAGE_KPIS:
        owner = pick_owner(stage)
        kpis.append(_Kpi(kid, ja, en, "kpi", parents, owner.id if owner else None, unit, target, stage))
        if owner:
            owner.kpis.append(kid)
    stage_kpi = {s[0]: s[1] for s in STAGE_KPIS}
    for dept in depts:
        if not dept.weights:
            continue
        main_stage = max(dept.weights, key=lambda s: (dept.weights[s], -STAGES.index(s)))
        metrics = ACTIVITY_KPI_METRICS[dept.kind]
        for slug, ja, en, unit, (lo, hi) in metrics[: rng.randint(1, len(metrics))]:
            if len(dept.kpis) >= MAX_KPIS_PER_DEPARTMENT:
                break
            kid = f"{dept.id}_{slug}"
            kpis.append(
                _Kpi(
                    kid,
                    f"{dept.ja} {ja}",
                    f"{dept.en}: {en}",
                    "activity",
                    (stage_kpi[main_stage],),
                    dept.id,
                    unit,
                    str(rng.randint(lo, hi)),
                    main_stage,
                )
            )
            dept.kpis.append(kid)
    return kpis


def _build(
    activities: int, seed: int, departments: int | None
) -> tuple[list[_Dept], list[_Phase], list[_Kpi], random.Random]:
    rng = random.Random(seed)
    depts = _make_departments(departments or _default_departments(activities), rng)
    pools = _stage_pools(depts, rng)
    kpis = _make_kpis(depts, pools, rng)
    # KPIs an Accountable department can link, per (department, stage); pending first.
    linkable: dict[tuple[str, str], list[_Kpi]] = {}
    for k in kpis:
        if k.owner and k.level != "kgi":
            linkable.setdefault((k.owner, k.stage), []).append(k)

    # Phases: every stage repeated `reps` times, in lifecycle order (support last).
    reps = max(1, round(activities / 2000))
    stages = [s for s in STAGES for _ in range(reps)]
    if activities < len(stages):
        stages = stages[:activities]
    phases: list[_Phase] = []
    seen: dict[str, int] = {}
    for stage in stages:
        n = seen.get(stage, 0) + 1
        seen[stage] = n
        ja, en = STAGE_NAMES[stage]
        pid = stage if n == 1 else f"{stage}_{n}"
        name = _text(ja, en, 0) if n == 1 else _text(f"{ja} {n}", f"{en} wave {n}", rng.randrange(3))
        desc = None
        if rng.random() < 0.3:
            desc = _text(f"{ja}フェーズの第{n}段階", f"Part {n} of the {en.lower()} stage", rng.randrange(3))
        phases.append(_Phase(pid, stage, name, desc))

    per_phase, extra = divmod(activities, len(phases))
    ndepts = len(depts)
    cursor = {s: rng.randrange(len(p)) for s, p in pools.items()}
    # Each stage has one owner (its most-weighted department, the larger one on a tie),
    # Accountable for two activities in three; the third goes round the stage's pool.
    owners = {s: max(p, key=lambda d: (d.weights.get(s, 0), d.headcount)) for s, p in pools.items()}
    cs_depts = [d for d in depts if d.kind == "cs"]
    by_id = {k.id: k for k in kpis}
    sales_depts = [d for d in depts if d.kind == "sales"]
    counter = 0
    width = len(str(activities))
    for pi, phase in enumerate(phases):
        stage = phase.stage
        pool = pools[stage]
        catalogue = ACTIVITY_CATALOGUE[stage]
        for i in range(per_phase + (1 if pi < extra else 0)):
            counter += 1
            slug, ja, en, mode, handoff = catalogue[rng.randrange(len(catalogue))]
            acc = pool[cursor[stage] % len(pool)] if i % 3 == 2 else owners[stage]
            cursor[stage] += 1
            cells: dict[str, str] = {}
            roll = rng.random()
            if roll < 0.5:
                cells[acc.id] = "A/R"
            elif roll < 0.65:
                cells[acc.id] = "R/A"
            else:
                cells[acc.id] = "A"
            others = [d for d in pool if d.id != acc.id]
            if cells[acc.id] == "A":
                if others:
                    cells[others[rng.randrange(len(others))].id] = "R"
                else:
                    cells[acc.id] = "A/R"
            if others and rng.random() < 0.1:
                r2 = others[rng.randrange(len(others))]
                cells.setdefault(r2.id, "R")
            if handoff:  # the department on the other side of the handover is consulted
                side = sales_depts if stage == "onboarding" else cs_depts
                if side:
                    cells.setdefault(side[rng.randrange(len(side))].id, "C")
            for letter, lo, hi in (("C", 1, 2), ("I", 1, 3)):
                for _ in range(rng.randint(lo, hi)):
                    d = depts[rng.randrange(ndepts)]
                    if d.id not in cells:
                        cells[d.id] = letter
            links: list[str] = []
            for holder in (acc.id, *(k for k, v in cells.items() if v == "R")):
                cands = linkable.get((holder, stage))
                if not cands:
                    continue
                pending = [k for k in cands if not k.linked]
                chosen = pending if pending else ([cands[rng.randrange(len(cands))]] if rng.random() < 0.25 else [])
                for k in chosen:
                    k.linked = True
                    if k.id not in links:
                        links.append(k.id)
            if not links:  # CS work always says which KPI it moves (K407)
                doer = next((d for d in cs_depts if "A" in cells.get(d.id, "") or "R" in cells.get(d.id, "")), None)
                own = [by_id[k] for k in doer.kpis if by_id[k].level != "kgi"] if doer else []
                if own:
                    own[0].linked = True
                    links.append(own[0].id)
            style = rng.randrange(3)
            aid = f"{slug}_{counter:0{width}d}"
            name = _text(f"{ja} {counter}", f"{en} {counter}", style)
            phase.activities.append(_Activity(aid, name, cells, mode, handoff, links))

    # Where the owner changes from one phase to the next, the taker is informed on the
    # giver's last activity: the customer is handed over, not dropped.
    lifecycle = [p for p in phases if p.stage != "support" and p.activities]
    for before, after in itertools.pairwise(lifecycle):
        taker = owners[after.stage].id
        if owners[before.stage].id != taker:
            before.activities[-1].cells.setdefault(taker, "I")
    # Headcount follows the work: no department is Responsible for more than 1.9 times
    # the median number of activities per person (C602 flags more than twice).
    responsible = Counter(d for p in phases for a in p.activities for d, v in a.cells.items() if "R" in v)
    loads = [responsible[d.id] / d.headcount for d in depts if responsible[d.id]]
    if len(loads) >= 3:
        ceiling = 1.9 * statistics.median(loads)
        for d in depts:
            if responsible[d.id] / d.headcount > ceiling:
                d.headcount = math.ceil(responsible[d.id] / ceiling)
    # Small sizes: make sure every department takes part and every KPI is linked.
    all_acts = [a for p in phases for a in p.activities]
    if all_acts:
        used = {d for a in all_acts for d in a.cells}
        for i, dept in enumerate(d for d in depts if d.id not in used):
            all_acts[i % len(all_acts)].cells[dept.id] = "I"
        for k in kpis:
            if k.level == "kgi" or k.linked or not k.owner:
                continue
            for a in all_acts:
                if "A" in a.cells.get(k.owner, "") or "R" in a.cells.get(k.owner, ""):
                    a.kpis.append(k.id)
                    k.linked = True
                    break
    # Tiny sizes: unlinked leaves go; an unlinked KPI that is still a parent loses its owner.
    parents = {p for k in kpis if k.linked or k.level == "kgi" for p in k.parents}
    kept: list[_Kpi] = []
    for k in kpis:
        if k.level != "kgi" and not k.linked:
            if k.id not in parents:
                continue
            k.owner = None
        kept.append(k)
    kpis = kept
    if all_acts:
        all_acts[0].comment = "generated: the first activity of the lifecycle"
    return depts, phases, kpis, rng


def generate_spec(activities: int, seed: int = 0, departments: int | None = None) -> str:
    """Return the YAML text of a valid, lint-clean spec with ``activities`` activities."""
    if activities < 1:
        raise ValueError("activities must be >= 1")
    if departments is not None and departments < 1:
        raise ValueError("departments must be >= 1")
    depts, phases, kpis, rng = _build(activities, seed, departments)
    out: list[str] = []
    w = out.append
    w("# yaml-language-server: $schema=raci.schema.json")
    w(f"# Generated by bench/generate.py: {activities} activities, {len(depts)} departments,")
    w(f"# {len(phases)} phases, seed {seed}. Do not edit by hand.")
    w("version: 1")
    w("org:")
    w("  name: {ja: 株式会社ベンチマーククラウド, en: Benchmark Cloud Inc.}")
    w(f"  locale: {'ja' if seed % 2 else 'en'}")
    w(f"  accounts: {sum(d.accounts or 0 for d in depts)}")
    w("mission:")
    w("  customer: {ja: 請求業務に追われる中小企業の経理チーム, en: small-business finance teams}")
    w("  value: {ja: 請求から入金消込までの自動化, en: automated invoicing and reconciliation}")
    w("  success: {ja: 月末の請求作業を3時間から30分にする, en: month-end invoicing in 30 minutes instead of 3 hours}")
    w("  statement:")
    w(
        "    ja: 私たちは、中小企業の経理チームが、請求業務の自動化を通じて、"
        "月末の請求作業を30分で終えられるよう支援します。"
    )
    w("    en: We help small-business finance teams finish month-end invoicing in 30 minutes through automation.")
    w("")
    w("departments:")
    for d in depts:
        w(f"  - id: {d.id}  # {d.kind}")
        w(f"    name: {_text(d.ja, d.en, 0 if rng.random() < 0.6 else 1 + rng.randrange(2))}")
        w(f"    kind: {d.kind}")
        w(f"    headcount: {d.headcount}")
        if d.accounts is not None:
            w(f"    accounts: {d.accounts}")
            stages = sorted(d.weights, key=STAGES.index)
            w("    scope:")
            w(f"      in: [{', '.join(_scalar(STAGE_NAMES[s][0]) for s in stages)}]")
            w("      out:")
            w("        - 新規商談")
            if phases and phases[0].stage == "lead" and "lead" not in d.weights:
                w(f"        - {{phase: {phases[0].id}, note: 新規獲得は営業とマーケティング}}")
    w("")
    w("phases:")
    total = len(phases)
    for i, p in enumerate(phases, 1):
        w(f"  # ---- phase {i}/{total}: {p.id} (stage {p.stage})")
        w(f"  - id: {p.id}")
        w(f"    name: {p.name}")
        w(f"    stage: {p.stage}")
        if p.description is not None:
            w(f"    description: {p.description}")
        w("    activities:")
        for a in p.activities:
            if a.comment:
                w(f"      # {a.comment}")
            w(f"      - id: {a.id}")
            w(f"        name: {a.name}")
            w("        raci: {" + ", ".join(f"{k}: {v}" for k, v in a.cells.items()) + "}")
            w(f"        mode: {a.mode}")
            if a.kpis:
                w(f"        kpis: [{', '.join(a.kpis)}]")
            if a.handoff:
                w("        handoff: true")
    w("")
    w("kpis:")
    for level, title in (("kgi", "KGIs"), ("kpi", "KPIs"), ("activity", "activity KPIs")):
        w(f"  # {title}")
        for k in kpis:
            if k.level != level:
                continue
            parts = [f"id: {k.id}", f"name: {_text(k.ja, k.en, rng.randrange(3))}", f"level: {k.level}"]
            if len(k.parents) == 1:
                parts.append(f"parent: {k.parents[0]}")
            elif k.parents:
                parts.append(f"parents: [{', '.join(k.parents)}]")
            if k.owner:
                parts.append(f"owner: {k.owner}")
            parts.append(f"unit: {_scalar(k.unit)}")
            target = k.target if k.target.isdigit() else json.dumps(k.target)
            parts.append(f"target: {target}")
            w("  - {" + ", ".join(parts) + "}")
    w("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: print a generated spec to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, required=True, help="number of activities")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--departments", type=int, default=None, help="number of departments (default: 10-40 depending on --activities)"
    )
    args = parser.parse_args(argv)
    try:
        text = generate_spec(args.activities, args.seed, args.departments)
    except ValueError as exc:
        parser.error(str(exc))
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
