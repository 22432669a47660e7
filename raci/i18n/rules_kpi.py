"""Messages of raci/rules/kpi.py."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "K401": {
        "en": "KPI '{kpi}' ({id}) is on a loop of parent links: {path}",
        "ja": "KPI「{kpi}」({id})の親子関係が循環しています: {path}",
    },
    "K401.hint": {
        "en": "each KPI drives the one above it: remove the parent link that points back down, and give the top of the chain a KGI as parent",
        "ja": "KPI は一つ上の指標を動かすものです。下位に戻る parent を外し、連鎖の最上位の親を KGI にしてください",
    },
    "K401.summary": {
        "en": "The parent links of KPIs go round in a loop.",
        "ja": "KPI の親子関係が循環しています。",
    },
    "K402": {
        "en": "KPI '{kpi}' ({id}, level {level}) does not lead up to any KGI",
        "ja": "KPI「{kpi}」({id}、レベル {level})から KGI までつながっていません",
    },
    "K402.hint": {
        "en": "set parent (or parents) to the KPI or KGI this number drives, so that the chain ends at a KGI; remove it if it drives nothing",
        "ja": "この指標が動かす一つ上の KPI か KGI を parent(または parents)に書き、KGI までつなげてください。何も動かさないなら削除してください",
    },
    "K402.summary": {
        "en": "A KPI does not lead up to any KGI.",
        "ja": "KGI までつながっていない KPI があります。",
    },
    "K403": {
        "en": "KGI '{kpi}' ({id}) has no KPI of level kpi below it: nothing the team controls leads to this outcome",
        "ja": "KGI「{kpi}」({id})の下にレベル kpi の KPI がありません: チームが自分で動かせる先行指標がない状態です",
    },
    "K403.hint": {
        "en": "add a leading KPI the team controls (onboarding completion, adoption rate, health score…) with parent: {id}, and hang the activity KPIs under it",
        "ja": "チームが動かせる先行指標(オンボーディング完了率、アダプション率、ヘルススコアなど)を parent: {id} で追加し、活動 KPI はその下にぶら下げてください",
    },
    "K403.summary": {
        "en": "A KGI has no KPI of level kpi below it.",
        "ja": "下にレベル kpi の KPI がない KGI があります。",
    },
    "K404": {
        "en": "KPI '{kpi}' ({id}, level {level}) has no owner",
        "ja": "KPI「{kpi}」({id}、レベル {level})に主管部門がありません",
    },
    "K404.hint": {
        "en": "set owner to the department whose work moves this number and who answers for it",
        "ja": "この数値を動かし、結果に責任を持つ部門を owner に書いてください",
    },
    "K404.summary": {
        "en": "A KPI has no owner.",
        "ja": "主管部門のない KPI があります。",
    },
    "K405": {
        "en": "KPI '{kpi}' ({id}) is owned by '{department}' ({owner}), which is neither R nor A on any activity that moves it (those are done by: {movers})",
        "ja": "KPI「{kpi}」({id})のオーナー「{department}」({owner})は、この KPI を動かすどの活動でも R・A になっていません(動かしている部門: {movers})",
    },
    "K405.hint": {
        "en": "give the KPI to the department that does the work, or make {owner} R or A on an activity that moves it",
        "ja": "実際に活動している部門を owner にするか、{owner} をこの KPI を動かす活動の R か A にしてください",
    },
    "K405.summary": {
        "en": "The owner of a KPI does none of the work that moves it.",
        "ja": "KPI の主管部門が、その KPI を動かす活動で R にも A にもなっていません。",
    },
    "K406": {
        "en": "no activity moves KPI '{kpi}' ({id}, level {level}), directly or through a KPI below it",
        "ja": "KPI「{kpi}」({id}、レベル {level})を動かす活動がありません(下位の KPI を通じたものも含めて)",
    },
    "K406.hint": {
        "en": "add {id} to kpis: of the activities meant to move it, or link an activity KPI below it; remove it if no work is meant to change it",
        "ja": "この KPI を動かす活動の kpis: に {id} を加えるか、下位に活動と結びついた KPI を置いてください。動かす活動がないなら削除してください",
    },
    "K406.summary": {
        "en": "No activity moves a KPI, directly or through the KPIs below it.",
        "ja": "どの活動にも動かされない KPI があります。",
    },
    "K407": {
        "en": "activity '{activity}' ({id}), where CS department '{department}' ({department_id}) is {cell}, measures no KPI",
        "ja": "活動「{activity}」({id})は CS 部門「{department}」({department_id})が {cell} ですが、KPI が設定されていません",
    },
    "K407.hint": {
        "en": "list in kpis: the KPI or activity KPI this work moves; if it moves none, ask whether CS should do it at all",
        "ja": "この活動が動かす KPI(または活動 KPI)を kpis: に書いてください。どれも動かさないなら、CS が担うべき活動か見直してください",
    },
    "K407.summary": {
        "en": "An activity a CS department does or owns measures no KPI.",
        "ja": "CS 部門が R か A の活動に KPI がありません。",
    },
    "K408": {
        "en": "department '{department}' ({id}) owns {count} KPIs, more than {max}: {kpis}",
        "ja": "部門「{department}」({id})がオーナーの KPI が {count} 個あり、上限 {max} 個を超えています: {kpis}",
    },
    "K408.hint": {
        "en": "keep the few KPIs that measure the department's role; drop the others or give them to the department whose work moves them",
        "ja": "部門の役割を測る少数の KPI に絞り、残りは削除するか、その数値を動かす部門に移してください",
    },
    "K408.summary": {
        "en": "A department owns more than max_kpis (7) KPIs.",
        "ja": "オーナーの KPI が max_kpis(7 個)より多い部門があります。",
    },
    "K409": {
        "en": "KPI '{kpi}' ({id}) has a target raci cannot read: '{target}'",
        "ja": "KPI「{kpi}」({id})の目標値「{target}」を数値として読めません",
    },
    "K409.hint": {
        "en": 'write the number the owner commits to, with a comparator for a floor or ceiling (">= 90", "< 2.84") or as a range ("80-90"); the unit goes in unit:',
        "ja": '目標とする数値を書いてください。下限・上限なら比較演算子を付け(">= 90"、"< 2.84")、幅なら範囲で("80〜90")。単位は unit: に書けます',
    },
    "K409.summary": {
        "en": "A KPI target is not a number raci can read.",
        "ja": "数値として読めない KPI の目標値があります。",
    },
}
