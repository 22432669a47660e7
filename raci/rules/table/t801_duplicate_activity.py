"""T801 duplicate-activity: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.table import versions
from raci.spec.model import Activity

MESSAGES: dict[str, dict[str, str]] = {
    "T801": {
        "en": (
            "activity '{activity}' ({id}) has the same name as '{other}' ({other_id}) in phase '{phase}': "
            "one piece of work in two rows splits who answers for it"
        ),
        "ja": (
            "活動「{activity}」（{id}）は、フェーズ「{phase}」の活動「{other}」（{other_id}）と同じ名前です。"
            "一つの仕事が 2 行に分かれると、誰が責任を持つのかがあいまいになります"
        ),
    },
    "T801.hint": {
        "en": "merge the two rows into one, or rename one so that the names say how they differ ('Kickoff (renewal)')",
        "ja": "2 行を 1 行にまとめるか、違いがわかる名前に変えてください（例:「キックオフ（更新時）」）",
    },
    "T801.summary": {
        "en": "Two activities have the same name.",
        "ja": "同じ名前の活動が二つあります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "同じ名前の行が二つあると、読む人にはどちらが正しいのかわかりません。表計算シートでは、"
        "行をコピーしたまま残したり、別の節に同じ仕事を書き足したりしてよく起こります。二つの行の "
        "RACI が食い違えば、その仕事の責任者は決まっていないのと同じです。\n\n"
        "名前は人が読むように比べます。大文字・小文字、全角・半角、空白と記号の違いは無視し、"
        "日本語名と英語名のどちらかが同じなら報告します。同じフェーズでも、別のフェーズでも報告します。"
        "2 行目以降の活動ごとに 1 件、最初の行を示して報告します。"
    ),
    "fix": (
        "同じ仕事なら 2 行を 1 行にまとめ、RACI を一つに決めてください。別の仕事なら、違いがわかる名前に"
        "変えてください（例:「キックオフ（更新時）」）。"
    ),
}


@rule("T801", "duplicate-activity", "error", messages=MESSAGES, docs_ja=DOCS_JA)
def duplicate_activity(ctx: Context) -> Iterator[Hit]:
    """Two activities have the same name.

    Two rows with one name leave the reader to guess which one holds: a row copied and
    left behind, or the same work written again under another section, as spreadsheets
    kept by hand often have. When the two rows disagree, nobody really owns the work.

    Names are compared as people read them: case, full- and half-width forms, spaces and
    punctuation do not count, and either language version of a name may match. Rows of
    the same phase or of different phases both count. Each later row is reported once,
    pointing at the first.

    Failing:

        - {id: kickoff, name: Kickoff, raci: {cs: A/R}}
        - {id: kick_off, name: Kick-off, raci: {sales: A/R, cs: C}}

    Passing:

        - {id: kickoff, name: Kickoff, raci: {cs: A/R, sales: C}}
        - {id: renewal_kickoff, name: Kickoff (renewal), raci: {cs: A/R}}

    How to fix: if it is one piece of work, merge the rows and settle one RACI; if it is
    two, give them names that tell them apart.
    """
    spec = ctx.spec
    phase_of = {p.id: p for p in spec.phases}
    first: dict[str, Activity] = {}
    for activity in spec.activities():
        names = versions(activity.name)
        other = next((first[n] for n in names if n in first), None)
        if other is not None:
            args = {
                "activity": activity.name,
                "id": activity.id,
                "other": other.name,
                "other_id": other.id,
                "phase": phase_of[other.phase].name,
            }
            yield Hit(activity.span, args, activity.id)
        for name in names:
            first.setdefault(name, activity)
