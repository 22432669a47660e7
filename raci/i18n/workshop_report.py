"""Messages of the ``raci workshop report`` page (raci/workshop/report.py and its template),
kept apart from :mod:`raci.i18n.workshop` so that each catalogue stays small."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "workshop.report.no_results": {
        "en": "{path} not found: give the folders 'raci workshop collect' wrote (-o OUTDIR)",
        "ja": "{path} が見つかりません。「raci workshop collect」の書き出し先フォルダー（-o OUTDIR）を指定してください",
    },
    "workshop.report.bad_results": {
        "en": "{path} is not a results.json of 'raci workshop collect' ({reason})",
        "ja": "{path} は「raci workshop collect」の results.json ではありません（{reason}）",
    },
    "workshop.report.title": {"en": "RACI workshop: {org}", "ja": "RACI ワークショップ: {org}"},
    "workshop.report.subtitle": {
        "en": "Round {round} · {count} participants · workshop {workshop}",
        "ja": "ラウンド {round}・参加者 {count} 名・ワークショップ {workshop}",
    },
    "workshop.report.figures": {"en": "How far the group agrees", "ja": "どこまで認識がそろっているか"},
    "workshop.report.agreement": {"en": "Agreement", "ja": "一致率"},
    "workshop.report.alpha": {"en": "Krippendorff's alpha", "ja": "クリッペンドルフのα"},
    "workshop.report.contested": {"en": "Contested cells", "ja": "意見が割れたセル"},
    "workshop.report.participants": {"en": "Participants", "ja": "参加者"},
    "workshop.report.explain": {
        "en": "Agreement is the share of pairs of participants who gave a cell the same answer. Krippendorff's alpha "
        "corrects it for the agreement chance alone would give: 1 is full agreement, 0 no better than chance. In a "
        "mostly empty matrix 'no role' dominates, so alpha reads low even when people largely agree: read both. A "
        "cell is contested when its most common answer has less than two thirds of the answers, or ties.",
        "ja": "一致率は、参加者の二人組のうち同じセルに同じ答えをした組の割合です。クリッペンドルフのαは、偶然でも起こる"
        "一致の分を差し引いた値で、1 は完全に一致、0 は偶然と同じ程度を表します。空欄の多いマトリクスでは「役割なし」"
        "が大半を占めるため、ほぼ一致していても α は低めに出ます。両方を合わせて読んでください。最も多い答えが回答の"
        " 3 分の 2 に届かないセルや、同数で並んだセルを「意見が割れたセル」としています。",
    },
    "workshop.report.heatmap": {"en": "Agreement per cell", "ja": "セルごとの一致率"},
    "workshop.report.heatmap_explain": {
        "en": "Green: the group agrees; red: it does not. Each cell shows the majority answer (· for no role); click it "
        "to see who answered what. Framed cells are contested.",
        "ja": "緑は認識がそろっているセル、赤はそろっていないセルです。各セルには多数意見（「·」は役割なし）を表示しています。クリックすると"
        "誰がどう答えたかが分かります。枠で囲んだセルは意見が割れています。",
    },
    "workshop.report.activity": {"en": "Activity", "ja": "活動"},
    "workshop.report.comments": {"en": "Comments", "ja": "コメント"},
    "workshop.report.gaps": {"en": "Perception gaps per department", "ja": "部門ごとの認識のずれ"},
    "workshop.report.gaps_explain": {
        "en": "Where a department sees its own role differently from how the others see it: the measurable gap in "
        "shared understanding.",
        "ja": "自部門の役割についての自己認識と、他部門からの見え方が食い違っているところです。共通認識のずれを数で表しています。",
    },
    "workshop.report.department": {"en": "Department", "ja": "部門"},
    "workshop.report.gap_count": {"en": "Gaps", "ja": "ずれの数"},
    "workshop.report.gap_items": {"en": "Where", "ja": "内容"},
    "workshop.report.conflicts": {"en": "Conflicts, most pressing first", "ja": "食い違い（重要な順）"},
    "workshop.report.kind.accountable": {"en": "Accountable", "ja": "説明責任"},
    "workshop.report.kind.nobody_responsible": {"en": "Nobody claims it", "ja": "担い手不在"},
    "workshop.report.kind.perception_gap": {"en": "Perception gap", "ja": "認識のずれ"},
    "workshop.report.kind.blank_phase": {"en": "Blank phase", "ja": "空欄のフェーズ"},
    "workshop.report.checks": {"en": "Quick checks", "ja": "確認だけの項目"},
    "workshop.report.checks_explain": {
        "en": "The majority is clear and the only dissent is a blank: ask whether it was left out on purpose.",
        "ja": "多数の見方ははっきりしていて、違うのは空欄にした人だけです。意図して空欄にしたのかを本人に確かめてください。",
    },
    "workshop.report.no_conflicts": {"en": "No conflicts.", "ja": "食い違いはありません。"},
    "workshop.report.consensus": {"en": "Findings on the consensus draft", "ja": "合意案への指摘"},
    "workshop.report.consensus_explain": {
        "en": "What raci validate says about consensus.raci.yaml, the majority answers as a spec.",
        "ja": "多数意見をスペックにまとめた consensus.raci.yaml を raci validate で検証した結果です。",
    },
    "workshop.report.no_findings": {"en": "No findings.", "ja": "指摘はありません。"},
    "workshop.report.rounds": {"en": "Agreement across rounds", "ja": "ラウンドごとの一致率の推移"},
    "workshop.report.rounds_explain": {
        "en": "The same chart filled in again (day 0, 7, 30, 90, 180) shows whether the shared understanding held.",
        "ja": "同じマトリクスを時期をおいて記入し直す（0・7・30・90・180 日目）と、共通認識が定着したかどうかが分かります。",
    },
    "workshop.report.round": {"en": "Round", "ja": "ラウンド"},
}
