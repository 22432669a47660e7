"""A library of Customer Success KPI definitions that specs can use by id.

``kpis: [{use: nrr, owner: cs, target: ">= 110"}]`` takes the name, level, unit and
description from here; anything the spec writes itself wins. Definitions follow the
usual B2B SaaS practice; the benchmarks are the ones quoted in raci's domain sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from raci.spec.model import Text


@dataclass(frozen=True, slots=True)
class LibraryKpi:
    id: str
    name: Text
    level: str
    formula: Text
    direction: str
    """"higher" or "lower": which way is better."""
    unit: str
    description: Text
    benchmark: Text | None = None


def _t(ja: str, en: str) -> Text:
    return Text(ja=ja, en=en)


_ENTRIES = (
    LibraryKpi(
        "ltv",
        _t("LTV（顧客生涯価値）", "LTV (customer lifetime value)"),
        "kgi",
        _t(
            "平均月次売上（ARPA） × 粗利率 ÷ 月次解約率",
            "average monthly revenue per account × gross margin ÷ monthly churn rate",
        ),
        "higher",
        "円",
        _t(
            "一社の顧客が契約期間全体でもたらす利益。CS の成果を表す最終指標。",
            "The profit one customer brings over the whole relationship; the outcome CS exists for.",
        ),
    ),
    LibraryKpi(
        "churn_rate",
        _t("月次解約率（チャーンレート）", "Monthly churn rate"),
        "kgi",
        _t(
            "当月の解約社数 ÷ 月初の契約社数 × 100",
            "accounts cancelled in the month ÷ accounts at the start of the month × 100",
        ),
        "lower",
        "%",
        _t(
            "解約の割合。外部要因にも左右されるため KGI として扱う。",
            "The share of customers who leave; moved by outside factors too, so a KGI.",
        ),
        _t("B2B SaaS の平均は月次 2.84%", "B2B SaaS average: 2.84 % a month"),
    ),
    LibraryKpi(
        "nrr",
        _t("NRR（売上継続率）", "NRR (net revenue retention)"),
        "kgi",
        _t(
            "（期首 MRR + 拡大 − 縮小 − 解約） ÷ 期首 MRR × 100",
            "(starting MRR + expansion − contraction − churn) ÷ starting MRR × 100",
        ),
        "higher",
        "%",
        _t(
            "既存顧客からの売上が一年でどれだけ残り、増えたか。100% を超えれば既存顧客だけで成長している。",
            "How much revenue from existing customers stays and grows in a year; above 100 % the base grows by itself.",
        ),
    ),
    LibraryKpi(
        "onboarding_completion",
        _t("オンボーディング完了率", "Onboarding completion rate"),
        "kpi",
        _t("期限内に導入を完了した新規顧客 ÷ 新規顧客 × 100", "new customers onboarded on time ÷ new customers × 100"),
        "higher",
        "%",
        _t(
            "導入支援の成果。初期の定着が解約を左右する。",
            "The result of onboarding; early adoption decides later churn.",
        ),
    ),
    LibraryKpi(
        "adoption_rate",
        _t("アダプション率（機能利用率）", "Adoption rate (feature usage)"),
        "kpi",
        _t("主要機能を利用している顧客 ÷ 全顧客 × 100", "customers using the key features ÷ all customers × 100"),
        "higher",
        "%",
        _t(
            "製品が業務に定着しているか。CS の活用支援で動かせる先行指標。",
            "Whether the product is part of the customer's work; a leading indicator CS can move.",
        ),
    ),
    LibraryKpi(
        "nps",
        _t("NPS", "NPS (net promoter score)"),
        "kpi",
        _t("推奨者（9〜10）の割合 − 批判者（0〜6）の割合", "% promoters (9–10) − % detractors (0–6)"),
        "higher",
        "pt",
        _t(
            "顧客が他社に薦めたいか。関係の健全さを測る。",
            "Whether customers would recommend you; the health of the relationship.",
        ),
    ),
    LibraryKpi(
        "health_score",
        _t("ヘルススコア", "Health score"),
        "kpi",
        _t(
            "利用状況・サポート状況・関係性などを重み付けした合成スコア",
            "weighted composite of usage, support and relationship signals",
        ),
        "higher",
        "pt",
        _t("解約の予兆を早く捉えるための合成指標。", "A composite signal to catch churn risk early."),
    ),
    LibraryKpi(
        "upsell_rate",
        _t("アップセル・クロスセル率", "Upsell / cross-sell rate"),
        "kpi",
        _t(
            "上位プランや追加製品を契約した既存顧客 ÷ 既存顧客 × 100",
            "existing customers who bought more ÷ existing customers × 100",
        ),
        "higher",
        "%",
        _t("既存顧客の拡大。NRR を押し上げる。", "Expansion of existing customers; drives NRR."),
    ),
    LibraryKpi(
        "active_users",
        _t("アクティブユーザー率", "Active user rate"),
        "kpi",
        _t(
            "期間内にログインしたユーザー ÷ 契約ユーザー × 100",
            "users who logged in during the period ÷ licensed users × 100",
        ),
        "higher",
        "%",
        _t("契約したユーザーが実際に使っているか。", "Whether the users paid for actually use the product."),
    ),
    LibraryKpi(
        "accounts_per_csm",
        _t("CS 担当者一人あたりの担当社数", "Accounts per CS person"),
        "kpi",
        _t("担当顧客数 ÷ CS 担当者数", "customer accounts ÷ CS people"),
        "lower",
        "社",
        _t(
            "一人が抱える顧客の数。多すぎると能動的な支援ができない。",
            "How many customers one person covers; too many and proactive work stops.",
        ),
        _t("B2B SaaS の平均は一人あたり 97 社", "B2B SaaS average: 97 accounts per CS person"),
    ),
    LibraryKpi(
        "customer_meetings",
        _t("定例ミーティング実施数", "Regular customer meetings held"),
        "activity",
        _t("期間内に実施した顧客との定例ミーティングの数", "regular customer meetings held in the period"),
        "higher",
        "件",
        _t(
            "データが少ない立ち上げ期の CS チーム向けの活動指標。",
            "An activity KPI for a new CS team that has little data yet.",
        ),
    ),
    LibraryKpi(
        "enablement_seminars",
        _t("活用セミナー開催数", "Enablement seminars held"),
        "activity",
        _t("期間内に開催した活用セミナー・勉強会の数", "enablement seminars and study sessions held in the period"),
        "higher",
        "回",
        _t("一対多の活用支援の量。", "The volume of one-to-many enablement."),
    ),
    LibraryKpi(
        "inquiries_handled",
        _t("問い合わせ対応件数", "Inquiries handled"),
        "activity",
        _t("期間内に対応を完了した問い合わせの数", "customer inquiries resolved in the period"),
        "higher",
        "件",
        _t(
            "サポートの対応量。CS が主に追う指標になっていたらサポート化の兆候。",
            "Support volume; if it becomes CS's main number, CS is turning into support.",
        ),
    ),
)

LIBRARY: Mapping[str, LibraryKpi] = MappingProxyType({k.id: k for k in _ENTRIES})
