"""Labels of raci/render/kpitree.py, and of raci/render/graphviz.py (running ``dot``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "graphviz.missing": {
        "en": "--format {format} needs Graphviz's 'dot' program, which is not installed: install Graphviz (apt-get install graphviz, or brew install graphviz), or use a text format such as --format dot or mermaid",
        "ja": "--format {format} には Graphviz の dot コマンドが必要ですが、見つかりません。Graphviz をインストールしてください（apt-get install graphviz または brew install graphviz）。--format dot や mermaid などのテキスト形式はそのまま使えます",
    },
    "graphviz.failed": {
        "en": "Graphviz's 'dot' could not draw the image: {reason}",
        "ja": "Graphviz の dot が画像を作れませんでした: {reason}",
    },
    "kpitree.title": {"en": "KPI tree", "ja": "KPI ツリー"},
    "kpitree.level.kgi": {"en": "KGI", "ja": "KGI（最終目標）"},
    "kpitree.level.kpi": {"en": "KPI", "ja": "KPI（先行指標）"},
    "kpitree.level.activity": {"en": "Activity KPI", "ja": "活動 KPI"},
    "kpitree.owner": {"en": "Owner", "ja": "主管部門"},
    "kpitree.no_owner": {"en": "no owner", "ja": "主管部門なし"},
    "kpitree.target": {"en": "Target", "ja": "目標"},
    "kpitree.no_target": {"en": "no target", "ja": "目標なし"},
    "kpitree.orphan": {"en": "does not lead to a KGI", "ja": "KGI につながっていません"},
    "kpitree.cycle": {"en": "cycle", "ja": "循環"},
    "kpitree.findings": {"en": "findings", "ja": "指摘"},
    "kpitree.empty": {"en": "This spec defines no KPIs.", "ja": "この定義には KPI がありません。"},
    "kpitree.legend": {"en": "Legend", "ja": "凡例"},
    "kpitree.legend.drives": {"en": "drives", "ja": "押し上げる"},
    "kpitree.legend.problem": {
        "en": "needs a fix: no path to a KGI, or a cycle",
        "ja": "要修正: KGI につながらない、または循環",
    },
}
