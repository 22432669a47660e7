"""The mission view: the organisation's mission, its quality notes, and each department's role.

The organisation's mission is put together from the template parts — 「私たちは、[customer]が、
[value]によって、[success]を実現できるよう支援します。」 (a value ending in kana joins with
ことで, a success ending in a verb with よう, a trailing こと is dropped: one こと, not four)
/ "We help [customer] achieve [success] through [value]." — with an empty ``[slot]`` where a part is missing, next to the statement the team
agreed on. Beside it: the findings of the mission rules (M5xx) with their hints, and the
quality checklist of a good mission (concise, drives action, the customer as the subject),
ticked where raci could check it. A part that still holds the template's placeholder (M505)
does not count as written.

The spec has no mission per department, so each department gets a role line *derived*
from the spec — which phases it is Accountable in, where it does others' work, which KPIs
it owns — and the page says so: it is a starting point, not the team's words.

The helpers here (:func:`department_or_error`, :func:`mission_view`, :func:`role_line`,
:func:`render_view`…) are shared with the charter view.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypedDict

from raci.i18n import MESSAGES
from raci.render import RENDERERS, Document, Options, RenderError

if TYPE_CHECKING:
    from raci.findings import Finding
    from raci.spec.model import Activity, Department, Kpi, Phase, Spec, Text

FORMATS = RENDERERS["mission"].formats
BINARY: frozenset[str] = frozenset()

PARTS = ("customer", "value", "success")
"""The parts of the template, in the order the reader fills them in."""


def render(doc: Document, fmt: str, options: Options) -> str:
    """The mission page of ``doc`` in ``fmt`` (md, txt or html)."""
    if fmt not in FORMATS:
        raise RenderError(f"the mission view has no format {fmt!r}; choose one of {', '.join(FORMATS)}")
    lang = options.lang
    spec = doc.spec
    if options.department is not None:
        departments = [department_or_error(spec, options.department, lang)]
    else:
        departments = list(spec.departments)
    context = {
        "org": text_of(spec.org.name, lang),
        "mission": mission_view(doc, lang),
        "checklist": checklist(doc, lang),
        "departments": [
            {"id": d.id, "name": text_of(d.name, lang), "role": role_line(doc, d, lang)} for d in departments
        ],
        "only_department": options.department is not None,
    }
    return render_view("mission", fmt, options, context)


# shared with the charter --------------------------------------------------------------


def label(key: str, lang: str, **values: Any) -> str:
    """The fixed label ``key`` in ``lang``, filled with ``values`` as they are.

    Unlike :func:`raci.i18n.t`, long values are never shortened: a page shows the whole
    mission, not a quotation of it.
    """
    return MESSAGES[key][lang].format(**values)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def clean(value: object) -> str:
    """Spec text for one line of a page: line breaks as spaces, control characters made visible."""
    text = str(value).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return _CONTROL.sub("\ufffd", text)


def text_of(text: Text | None, lang: str) -> str:
    """The ``lang`` version of a spec text (falling back to the other language), cleaned."""
    return clean(text.get(lang)) if text is not None else ""


def department_or_error(spec: Spec, department: str, lang: str) -> Department:
    """The department with id ``department``, or a :class:`RenderError` listing the valid ids."""
    ids = [d.id for d in spec.departments]
    if department in ids:
        return spec.department(department)
    from raci.text import suggest

    message = label("render.unknown_department", lang, id=clean(department), ids=", ".join(ids))
    suggestion = suggest(department, ids)
    if suggestion:
        message += label("did_you_mean", lang, suggestion=suggestion)
    raise RenderError(message)


def department_name(spec: Spec, department: str, lang: str) -> str:
    """The display name of department ``department`` (its id when the spec has no such department)."""
    try:
        found = spec.department(department)  # the spec's id index: charters ask per cell
    except KeyError:
        return department
    return text_of(found.name, lang)


def note(finding: Finding, lang: str) -> dict[str, Any]:
    """A finding as a page shows it: code, severity, message, hint and line."""
    hint = finding.hint(lang)
    return {
        "code": finding.code,
        "severity": finding.severity,
        "severity_label": label(f"render.mission.severity.{finding.severity}", lang),
        "message": clean(finding.message(lang)),
        "hint": clean(hint) if hint else None,
        "line": finding.span.line if finding.span else None,
        "where": label("render.mission.line", lang, line=finding.span.line) if finding.span else None,
    }


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    from raci.findings import Finding

    return sorted(findings, key=Finding.sort_key)


def mission_notes(doc: Document) -> list[Finding]:
    """The findings of the mission rules (M5xx), in file order."""
    return sorted_findings(f for f in doc.findings if f.code.startswith("M5"))


def _part_of(finding: Finding) -> str:
    """The mission part a mission finding is about (``customer``…), or ``mission`` for the whole."""
    return finding.subject.partition(":")[2] or "mission"


_TRAILING = " 　。．."
"""What a part may end with that the template sentence drops (it has its own 。)."""

_VERB_ENDINGS = tuple("るうくすつぬぶむぐ")


class PartView(TypedDict):
    """One mission part as the templates show it: its text (``None`` if unwritten) and codes."""

    key: str
    label: str
    text: str | None
    codes: list[str]
    status: str


class ChecklistItem(TypedDict):
    """One line of the mission checklist: ``state`` is ``ok``, ``failed``, ``na`` or ``manual``."""

    label: str
    state: str
    ticked: bool
    detail: str | None
    codes: list[str]


def _without_koto(text: str) -> str:
    """A Japanese part without its closing 「こと」 (…をなくすこと → …をなくす): the template
    says ことで itself, and four こと in one sentence read as translationese."""
    text = text.rstrip(_TRAILING)
    return text[:-2] if text.endswith("こと") and len(text) > 2 else text


def ends_in_verb(text: str) -> bool:
    """Whether a Japanese part ends in a verb's dictionary form (…にする, …できる, …を減らす).

    Such a success reads 「[success]ことを支援します」; a noun phrase (…の短縮, …にすること)
    keeps 「[success]を達成することを支援します」. The last kana decides: る う く す つ ぬ ぶ
    む ぐ (する, できる and なる end in る).
    """
    text = text.rstrip(_TRAILING)
    return text.endswith(("する", "できる", "なる")) or text.endswith(_VERB_ENDINGS)


def _placeholder_parts(notes: Iterable[Finding]) -> set[str]:
    """The mission parts that still hold a template placeholder (M505 on them)."""
    return {_part_of(f) for f in notes if f.code == "M505"}


def mission_view(doc: Document, lang: str) -> dict[str, Any]:
    """The organisation's mission: the parts, the template sentence, the statement, the notes."""
    mission = doc.spec.mission
    notes = mission_notes(doc)
    codes: dict[str, list[str]] = {}
    for finding in notes:
        codes.setdefault(_part_of(finding), []).append(finding.code)
    parts: list[PartView] = []
    for part in (*PARTS, "statement"):
        text = text_of(getattr(mission, part), lang) if mission is not None else ""
        found = codes.get(part, [])
        if not text and part in PARTS:
            found = found or codes.get("mission", [])  # M501: no mission, so no part either
        parts.append(
            {
                "key": part,
                "label": label(f"render.mission.part.{part}", lang),
                "text": text or None,
                "codes": list(dict.fromkeys(found)),
                "status": ", ".join(dict.fromkeys(found))
                or label("render.mission.ok" if text else "render.mission.none", lang),
            }
        )
    by_key = {p["key"]: p for p in parts}
    template = "render.mission.template"
    if lang == "ja":  # a part ending in a verb joins with ことで / よう (「…にする」を実現できる, not)
        value, success = (_without_koto(by_key[k]["text"] or "") for k in ("value", "success"))
        # a value ending in kana (…をなくす, …が要らない) takes ことで; a noun takes によって
        value_verb = bool(value) and "\u3040" <= value[-1] <= "\u309f"
        success_verb = bool(success) and ends_in_verb(success)
        template = {
            (False, True): "render.mission.template_verb",
            (True, False): "render.mission.template_value_verb",
            (True, True): "render.mission.template_both_verbs",
        }.get((value_verb, success_verb), template)
    sentence: list[dict[str, str]] = []
    for literal, name, _, _ in string.Formatter().parse(MESSAGES[template][lang]):
        if literal:
            sentence.append({"kind": "fixed", "text": literal})
        if name is None:
            continue
        named = by_key[name]
        if named["text"]:
            text = named["text"].rstrip(_TRAILING)
            sentence.append({"kind": "part", "part": name, "text": _without_koto(text) if lang == "ja" else text})
        else:
            sentence.append({"kind": "slot", "part": name, "text": label(f"render.mission.slot.{name}", lang)})
    statement = by_key["statement"]
    return {
        "present": mission is not None,
        "parts": parts,
        "template_parts": [p for p in parts if p["key"] in PARTS],
        "sentence": sentence,
        "has_slots": any(s["kind"] == "slot" for s in sentence),
        "statement": statement["text"],
        "statement_codes": statement["codes"],
        "notes": [note(f, lang) for f in notes],
    }


def checklist(doc: Document, lang: str) -> list[ChecklistItem]:
    """The quality checklist of a mission (seed 003), each item ``ok``, ``failed``, ``na`` or ``manual``.

    ``ok`` means raci checked it and found nothing; ``failed`` lists the codes it found;
    ``na`` means there is nothing to check yet; ``manual`` is for the team to judge.
    """
    from raci.rules import all_rules

    mission = doc.spec.mission
    notes = mission_notes(doc)

    def codes(wanted: tuple[str, ...], parts: tuple[str, ...] | None = None) -> list[str]:
        found = [f.code for f in notes if f.code in wanted and (parts is None or _part_of(f) in parts)]
        return list(dict.fromkeys(found))

    def item(
        key: str, state: str, found: list[str] | None = None, detail: str | None = None, **values: Any
    ) -> ChecklistItem:
        if state == "ok":
            detail = label("render.mission.state.ok", lang)
        elif state == "failed":
            detail = label("render.mission.state.failed", lang, codes=", ".join(found or ()))
        elif state == "manual":
            detail = label("render.mission.state.manual", lang)
        return {
            "label": label(f"render.mission.check.{key}", lang, **values),
            "state": state,
            "ticked": state == "ok",
            "detail": detail,
            "codes": found or [],
        }

    def automatic(key: str, found: list[str], **values: Any) -> ChecklistItem:
        return item(key, "failed" if found else "ok", found, **values)

    no_mission = label("render.mission.state.no_mission", lang)
    max_chars = all_rules()["M503"].options["max_chars"]
    placeholders = _placeholder_parts(notes)
    items: list[ChecklistItem] = []
    # a part still holding the template's placeholder (M505) is not written yet
    unwritten = codes(("M501", "M502")) + (["M505"] if placeholders & set(PARTS) else [])
    items.append(automatic("parts", unwritten))
    if mission is None:
        items.append(item("placeholders", "na", detail=no_mission))
        items.append(item("measurable", "na", detail=no_mission))
        items.append(item("concise", "na", detail=no_mission, max=max_chars))
    else:
        items.append(automatic("placeholders", codes(("M505",))))
        if mission.success is None:
            items.append(item("measurable", "failed", codes(("M502",), ("success",))))
        else:
            items.append(automatic("measurable", codes(("M504", "M505"), ("success",))))
        if mission.statement is None or "statement" in placeholders:
            items.append(item("concise", "na", detail=label("render.mission.state.na", lang), max=max_chars))
        else:
            items.append(automatic("concise", codes(("M503",)), max=max_chars))
    items.append(item("action", "manual"))
    items.append(item("subject", "manual"))
    return items


def _per_phase(spec: Spec, activities: Iterable[Activity]) -> list[tuple[Phase, int]]:
    """How many of ``activities`` each phase holds, for the phases holding any, in spec order."""
    counts: dict[str, int] = {}
    for activity in activities:
        counts[activity.phase] = counts.get(activity.phase, 0) + 1
    return [(p, counts[p.id]) for p in spec.phases if p.id in counts]


def _phase_list(spec: Spec, activities: Iterable[Activity], lang: str) -> str:
    separator = label("render.mission.separator", lang)
    return separator.join(
        label(
            "render.mission.role.phase_all"
            if n == len(p.activities) and lang == "ja"
            else "render.mission.role.phase_single"
            if len(p.activities) == 1
            else "render.mission.role.phase",
            lang,
            phase=text_of(p.name, lang),
            count=n,
            total=len(p.activities),
        )
        for p, n in _per_phase(spec, activities)
    )


def owned_kpis(spec: Spec, department: str) -> list[Kpi]:
    """The KPIs ``department`` owns, in spec order."""
    return [k for k in spec.kpis if k.owner == department]


def role_line(doc: Document, department: Department, lang: str) -> str:
    """A short statement of what ``department`` does, derived from the RACI and the KPI tree.

    Which phases it is Accountable in (with how many of their activities), where it does
    the work of activities another department is Accountable for, and the KPIs it owns.
    """
    spec, graph = doc.spec, doc.graph
    name = text_of(department.name, lang)
    accountable = graph.activities_with(department.id, "A")
    sentences = []
    if accountable:
        phases = _phase_list(spec, accountable, lang)
        sentences.append(label("render.mission.role.accountable", lang, department=name, phases=phases))
    else:
        sentences.append(label("render.mission.role.not_accountable", lang, department=name))
    helping = [a for a in graph.activities_with(department.id, "R") if department.id not in a.holders("A")]
    if helping:
        sentences.append(label("render.mission.role.responsible", lang, phases=_phase_list(spec, helping, lang)))
    kpis = owned_kpis(spec, department.id)
    if kpis:
        separator = label("render.mission.separator", lang)
        names = separator.join(label("render.mission.role.kpi", lang, kpi=text_of(k.name, lang)) for k in kpis)
        sentences.append(label("render.mission.role.kpis", lang, kpis=names))
    else:
        sentences.append(label("render.mission.role.no_kpis", lang))
    return ("" if lang == "ja" else " ").join(sentences)


def render_view(view: str, fmt: str, options: Options, context: dict[str, Any]) -> str:
    """Render ``templates/<view>.<fmt>.j2`` (or the user's override) with ``context``.

    HTML templates (``*.html.j2``) are autoescaped by the shared environment: spec text is text.
    """
    from raci.render.templating import environment, render_template
    from raci.text import width

    lang = options.lang
    env = environment(options.templates)
    env.filters["rule"] = lambda text, char="-": char * max(width(str(text)), 3)
    page = {"lang": lang, "t": lambda key, **values: label(key, lang, **values), **context}
    return render_template(f"{view}.{fmt}.j2", options, page)
