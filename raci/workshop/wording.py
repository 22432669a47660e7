"""Conflicts and counts said in the reader's language, for the agenda and the report.

Japanese follows the catalogue's conventions: lists joined with 「、」, no space between
Japanese text and a Japanese name, a count written ``なし 2 人`` but ``営業部（…）2 人``
(no space after a full-width bracket).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from raci.i18n import t

_CLOSING = "）」』】〉》］｝"


def sep(lang: str) -> str:
    return "、" if lang == "ja" else ", "


def counted(label: str, n: int, lang: str) -> str:
    """``label`` with how many said it: ``なし 2 人``, ``営業部（…）2 人``, ``nobody (2)``."""
    if lang != "ja":
        return f"{label} ({n})"
    return f"{label}{'' if label.endswith(tuple(_CLOSING)) else ' '}{n} 人"


def out_of(n: int, total: int, lang: str) -> str:
    return t("workshop.out_of", lang, {"count": n, "total": total})


def whole(key: str, lang: str, args: Mapping[str, object]) -> str:
    """:func:`raci.i18n.t` without shortening ``args`` (lists of departments are long on purpose)."""
    marks = {name: f"\ue000{name}\ue000" for name in args}
    text = t(key, lang, marks)
    for name, value in args.items():
        text = text.replace(marks[name], str(value))
    return text


def either(values: Iterable[str], lang: str) -> str:
    """``「C」や「役割なし」、「I」`` / ``C or no role or I``."""
    items = list(values)
    if lang == "ja":
        quoted = [f"「{v}」" for v in items]
        return "や".join(quoted[:2]) + "".join(f"、{q}" for q in quoted[2:])
    return " or ".join(items)


def describe(conflict: Mapping[str, Any], names: Mapping[str, str], lang: str) -> str:
    """One conflict in a sentence of the reader's language."""
    kind = conflict["kind"]
    detail = conflict["detail"]
    none = t("workshop.no_role", lang)

    def dept(ident: str) -> str:
        return names.get(ident, ident)

    if kind == "accountable" and len(detail["views"]) == 1:
        holders = detail["majority"]
        if not holders:
            return t("workshop.conflict.accountable_none", lang)
        return whole("workshop.conflict.accountable_many", lang, {"departments": sep(lang).join(map(dept, holders))})
    if kind == "accountable":
        joiner = "・" if lang == "ja" else " + "
        views = [
            counted(joiner.join(dept(d) for d in view.split(",") if d) or t("workshop.nobody", lang), n, lang)
            for view, n in sorted(detail["views"].items(), key=lambda i: -i[1])
        ]
        return whole("workshop.conflict.accountable", lang, {"views": sep(lang).join(views)})
    if kind == "nobody_responsible":
        totals = detail.get("others", {})
        expected = sep(lang).join(
            dept(d) if d not in totals else f"{dept(d)}{_bracketed(out_of(n, totals[d], lang), lang)}"
            for d, n in detail["expected"].items()
        )
        return whole("workshop.conflict.nobody_responsible", lang, {"departments": expected})
    if kind == "perception_gap":
        return _gap(conflict, dept(conflict["department"]), none, lang)
    args = {"department": dept(conflict["department"]), "phase": conflict["phase"]}
    return t("workshop.conflict.blank_phase", lang, args)


def _bracketed(text: str, lang: str) -> str:
    return f"（{text}）" if lang == "ja" else f" ({text})"


def _gap(conflict: Mapping[str, Any], department: str, none: str, lang: str) -> str:
    detail = conflict["detail"]
    direction = detail["direction"]
    args: dict[str, object] = {"department": department, "self": detail["self"] or none}
    answers = sorted(detail["others_answers"].items(), key=lambda i: (-i[1], i[0] == "", i[0]))
    if direction == "split":
        each = (counted(v or none, n, lang) if lang == "ja" else f"{n} {v or none}" for v, n in answers)
        args["answers"] = sep(lang).join(each)  # (2 A/R, 2 no role): no brackets in brackets
        return whole("workshop.conflict.gap_split", lang, args)
    dissent = [(v, n) for v, n in answers if _leads(v) != _leads(detail["self"])]
    args["others"] = either([v or none for v, _ in dissent], lang)
    count, total = sum(n for _, n in dissent), sum(n for _, n in answers)
    if count == total:
        return whole(f"workshop.conflict.gap_{direction}", lang, args)
    args["share"] = out_of(count, total, lang)
    return whole(f"workshop.conflict.gap_{direction}_some", lang, args)


def _leads(value: str | None) -> bool:
    return any(role in (value or "").split("/") for role in ("A", "R"))


def answers_line(answers: Mapping[str, str | None], lang: str) -> str:
    """Who answered what, most common first: ``A/R: Aiko, Ben; C: Chika`` /
    ``A/R＝佐藤・鈴木、C＝高橋``."""
    groups: dict[str, list[str]] = {}
    for name, value in answers.items():
        if value is not None:
            groups.setdefault(value, []).append(name)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0] == "", item[0]))
    none = t("workshop.no_role", lang)
    if lang == "ja":
        return "、".join(f"{value or none}＝{'・'.join(names)}" for value, names in ordered)
    return "; ".join(f"{value or none}: {', '.join(names)}" for value, names in ordered)
