"""The note on rules skipped for lack of input (:mod:`raci.rules.inputs`): what did not run, and how to turn it on."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "skipped.kpis": {
        "en": "KPI checks skipped ({codes}): the spec has no kpis (add a kpis: section to check them)",
        "ja": "KPI のチェック（{codes}）を省略しました。スペックに KPI がありません（kpis: セクションを書くとチェックします）",
    },
    "skipped.mission": {
        "en": "mission checks skipped ({codes}): the spec has no mission (add a mission: section to check it; a table has none: import it first)",
        "ja": "ミッションのチェック（{codes}）を省略しました。スペックにミッションがありません（mission: セクションを書くとチェックします。表には書けないため、先に raci import でスペックにします）",
    },
    "skipped.stages": {
        "en": (
            "lifecycle checks skipped ({codes}): no phase has a stage "
            "(give the phases a stage: — lead, onboarding, adoption, renewal… — to check them)"
        ),
        "ja": (
            "ライフサイクルのチェック（{codes}）を省略しました。stage を書いたフェーズがありません"
            "（各フェーズに stage:（lead・onboarding・adoption・renewal など）を書くとチェックします）"
        ),
    },
    "skipped.scope": {
        "en": "scope checks skipped ({codes}): no department has a scope (a table has no place for one: import it to add scope:)",
        "ja": "担当範囲のチェック（{codes}）を省略しました。scope を書いた部門がありません（表には書けないため、raci import でスペックにしてから scope: を書きます）",
    },
    "skipped.separator": {"en": "; ", "ja": "。"},
    "needs.kpis": {
        "en": "Runs only on a spec with kpis: without them it is skipped, with one note for the whole spec.",
        "ja": "KPI（kpis）のあるスペックでだけ実行します。ない場合は実行せず、スペックごとに 1 行だけ知らせます。",
    },
    "needs.mission": {
        "en": "Runs only on a spec with a mission (M501 reports a missing one).",
        "ja": "ミッション（mission）のあるスペックでだけ実行します（ミッションがないことは M501 が知らせます）。",
    },
    "needs.stages": {
        "en": (
            "Runs only when some phase has a lifecycle stage (stage:, or an id such as onboarding): "
            "without one it is skipped, with one note for the whole spec."
        ),
        "ja": (
            "ライフサイクルのステージ（stage:、または onboarding などの id）を持つフェーズがあるときだけ実行します。"
            "ない場合は実行せず、スペックごとに 1 行だけ知らせます。"
        ),
    },
    "reports_missing.scope": {
        "en": "Reports a CS department without scope.out; on a table checked where it lives (which has no place for a scope) it is skipped.",
        "ja": "scope.out のない CS 部門を報告します。表をそのまま検査するとき（表には scope を書く場所がありません）は実行しません。",
    },
    "reports_missing.mission": {
        "en": "Reports a missing mission, once; the other mission checks then do not run.",
        "ja": "ミッションがないことを 1 件だけ報告します。その場合、ほかのミッションのチェックは実行しません。",
    },
}
