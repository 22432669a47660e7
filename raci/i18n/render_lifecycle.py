"""Labels of raci/render/lifecycle.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "lifecycle.title": {"en": "Lifecycle map", "ja": "ライフサイクルマップ"},
    "lifecycle.phase": {"en": "Phase", "ja": "フェーズ"},
    "lifecycle.department": {"en": "Department", "ja": "部門"},
    "lifecycle.owner": {"en": "Owner", "ja": "主管部門"},
    "lifecycle.owner_mark": {"en": "★ owner", "ja": "★ 主管部門"},
    "lifecycle.no_owner": {"en": "no owner", "ja": "主管部門なし"},
    "lifecycle.across": {"en": "runs across all phases", "ja": "全フェーズ横断"},
    "lifecycle.across_tag": {"en": " (runs across all phases)", "ja": "（全フェーズ横断）"},
    "lifecycle.more": {"en": "+{count} more", "ja": "ほか {count} 件"},
    "lifecycle.handoff": {"en": "handoff", "ja": "引き継ぎ"},
    "lifecycle.missing": {"en": "⚠ no handoff (L203)", "ja": "⚠ 引き継ぎなし（L203）"},
    "lifecycle.handoffs": {"en": "Handoffs", "ja": "引き継ぎ"},
    "lifecycle.handoff_ok": {"en": "handed over", "ja": "引き継ぎあり"},
    "lifecycle.handoff_via": {"en": "handed over in: {activity}", "ja": "引き継ぎの場: {activity}"},
    "lifecycle.no_handoffs": {
        "en": "No handoffs: no phase owner changes from one phase to the next.",
        "ja": "引き継ぎはありません（隣り合うフェーズで主管部門が変わる箇所がありません）。",
    },
    "lifecycle.legend": {"en": "Legend", "ja": "凡例"},
    "lifecycle.legend.owner": {
        "en": "★ owner: the department Accountable (A) for most of the phase's activities",
        "ja": "★ 主管部門: フェーズの大半の活動で説明責任（A）を持つ部門",
    },
    "lifecycle.legend.cells": {
        "en": "cells list the activities a department is Responsible (R) or Accountable (A) for",
        "ja": "各セルは、その部門が実行責任（R）または説明責任（A）を持つ活動",
    },
    "lifecycle.legend.handoff": {
        "en": "blue arrow: the owner changes and the customer is handed over",
        "ja": "青い矢印: 主管部門が変わり、引き継ぎが定義されている",
    },
    "lifecycle.legend.missing": {
        "en": "red dashed arrow: the owner changes with no handoff (L203)",
        "ja": "赤い破線: 主管部門が変わるのに引き継ぎがない（L203）",
    },
    "lifecycle.legend.across": {
        "en": "grey columns: phases that run across the lifecycle (stage: support)",
        "ja": "灰色の列: ライフサイクル全体にまたがるフェーズ（stage: support）",
    },
    "lifecycle.empty": {"en": "This spec defines no phases.", "ja": "この定義にはフェーズがありません。"},
}
