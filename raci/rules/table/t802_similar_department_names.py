"""T802 similar-department-names: the check, its messages and its documentation, in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator

from raci.rules import Context, Hit, rule
from raci.rules.table import marks, near_duplicates, versions

MESSAGES: dict[str, dict[str, str]] = {
    "T802": {
        "en": (
            "department '{department}' ({id}) looks like a misspelling of '{other}' ({other_id}): "
            "one role in two columns splits its work in two"
        ),
        "ja": (
            "部門「{department}」（{id}）は「{other}」（{other_id}）の書き間違いのようです。"
            "一つの役割が 2 列に分かれると、その仕事も二つに分かれてしまいます"
        ),
    },
    "T802.same": {
        "en": (
            "department '{department}' ({id}) has the same name as '{other}' ({other_id}) but for case, "
            "width or spacing: one role in two columns splits its work in two"
        ),
        "ja": (
            "部門「{department}」（{id}）は「{other}」（{other_id}）と、大文字と小文字、全角と半角、空白の違いを"
            "除けば同じ名前です。一つの役割が 2 列に分かれると、その仕事も二つに分かれてしまいます"
        ),
    },
    "T802.hint": {
        "en": "if they are one role, merge the two into one department; if not, give them names that tell them apart",
        "ja": "同じ役割なら一つの部門にまとめてください。別の役割なら、違いがわかる名前にしてください",
    },
    "T802.same.hint": {
        "en": "merge the two into one department, or give them names that tell them apart",
        "ja": "一つの部門にまとめるか、違いがわかる名前にしてください",
    },
    "T802.summary": {
        "en": "Two departments have nearly the same name.",
        "ja": "ほとんど同じ名前の部門が二つあります。",
    },
}

DOCS_JA: dict[str, str] = {
    "why": (
        "「Support」の隣の「Suport」、「Solutions Architect」の隣の「Solution Architect」のように、"
        "手で管理する表には、一つの役割が少し違う名前で二つの列になっていることがよくあります。"
        "すると、その役割の仕事が二つの列に分かれ、どちらの列を見ても全体がわかりません。\n\n"
        "名前は人が読むように比べます。大文字・小文字、全角・半角、空白と記号の違いを除いて同じなら"
        "報告し、そうでなければ、4 文字以上の名前で 1 文字違い（12 文字以上なら 2 文字違い）まで報告します"
        "（入れ替わった隣り合う 2 文字は 1 文字違いと数えます）。日本語名と英語名のそれぞれで比べます。"
        "「CS」と「SE」、「法務」と「総務」のような短い名前は、まったく同じ場合だけ報告します。"
        "「Tier 1」と「Tier 2」、「第一営業部」と「第二営業部」、「Team A」と「Team B」のように、"
        "番号や 1 文字の記号だけが違う名前は別のチームとみなし、報告しません。"
    ),
    "fix": (
        "同じ役割なら、二つの部門を一つにまとめてください（RACI のセルも一つの列に集めます）。"
        "別の役割なら、違いがわかる名前にしてください。"
    ),
}


@rule("T802", "similar-department-names", "warning", messages=MESSAGES, docs_ja=DOCS_JA)
def similar_department_names(ctx: Context) -> Iterator[Hit]:
    """Two departments have nearly the same name.

    Tables kept by hand often hold one role in two columns under slightly different
    names: `Suport` beside `Support`, `Solution Architect` beside `Solutions
    Architect`. The role's work is then split between two columns, and neither shows
    all of it.

    Names are compared as people read them. Equal but for case, full- and half-width
    forms, spaces and punctuation: reported. Otherwise names of 4 characters or more
    one edit apart (two for 12 characters or more; two neighbours swapped count as one
    edit) are reported, each language version against each. Short names (`CS` and
    `SE`) are reported only when equal. Names that differ only in a number or a
    one-letter word (`Tier 1` and `Tier 2`, `Team A` and `Team B`) are different teams
    and never reported. Each later department is reported once, against the first.

    Failing:

        departments:
          - {id: support, name: Support}
          - {id: suport, name: Suport}

    Passing:

        departments:
          - {id: support_1, name: Support Tier 1}
          - {id: support_2, name: Support Tier 2}

    How to fix: if the two are one role, merge them into one department (and their
    cells into one column); if not, give them names that tell them apart.
    """
    departments = ctx.spec.departments
    names = [(versions(d.name), marks(f"{d.name.ja or ''} {d.name.en or ''}")) for d in departments]
    for later, earlier, same in near_duplicates(names):
        department, other = departments[later], departments[earlier]
        args = {"department": department.name, "id": department.id, "other": other.name, "other_id": other.id}
        pair = "~".join(sorted((department.id, other.id)))  # the same subject whichever comes first in the file
        yield Hit(department.span, args, pair, "T802.same" if same else None)
