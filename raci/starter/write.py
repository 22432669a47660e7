"""Write a starter spec as YAML text, comments included, from a model of :mod:`raci.starter.models`.

The text is built line by line rather than dumped, so that the comments, the key order
and the flow style of RACI cells are exactly what a person would write by hand.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping

from raci.i18n import has, t
from raci.rules.capacity import BENCHMARK_ACCOUNTS
from raci.spec.kpi_library import LIBRARY
from raci.starter.models import ACTIVITIES, KPI_TREE, LTV_USD_PER_YEN, MODELS, TARGETS, Department, Model, Out

COMMENT_WIDTH = 92
"""Display columns of a wrapped comment line (full-width characters count two)."""

LANGS = ("ja", "en")
MISSION_PARTS = ("customer", "value", "success", "statement")


class StarterError(ValueError):
    """A bad argument to :func:`generate`: ``key`` and ``args`` give the message in either language."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(t(key, "en", args))
        self.key = key
        self.args_ = args

    def message(self, lang: str) -> str:
        return t(self.key, lang, self.args_)


def generate(
    model: str,
    lang: str,
    company: str | None = None,
    headcounts: Mapping[str, int] | None = None,
    *,
    file_name: str = "org.raci.yaml",
) -> str:
    """The starter spec of ``model`` in ``lang`` ("ja" or "en"), as YAML text.

    ``headcounts`` overrides the model's example headcounts by department id;
    ``file_name`` is only used in the header comment's commands.
    """
    chosen = resolve_model(model)
    if lang not in LANGS:
        raise ValueError(f"lang must be 'ja' or 'en', not {lang!r}")
    counts = resolve_headcounts(chosen, headcounts or {})
    return "".join(line + "\n" for line in _Writer(chosen, lang, company, counts, file_name).lines())


def resolve_model(model: str) -> Model:
    if model not in MODELS:
        from raci.spec.shape import suggest

        raise StarterError(
            "starter.cli.unknown_model", model=model, models=", ".join(MODELS), suggestion=suggest(model, list(MODELS))
        )
    return MODELS[model]


def resolve_headcounts(model: Model, headcounts: Mapping[str, int]) -> dict[str, int]:
    """The model's headcounts with ``headcounts`` applied; unknown ids and bad numbers raise."""
    counts = {d.id: d.headcount for d in model.departments}
    for key, value in headcounts.items():
        if key not in counts:
            from raci.spec.shape import suggest

            raise StarterError(
                "starter.cli.unknown_department",
                model=model.id,
                id=key,
                departments=", ".join(counts),
                suggestion=_prefixed(key, list(counts)) or suggest(key, list(counts)),
            )
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise StarterError("starter.cli.bad_headcount", value=f"{key}={value}")
        counts[key] = value
    return counts


def _prefixed(word: str, choices: list[str]) -> str | None:
    """The one choice that starts with ``word`` (``cs_mid`` → ``cs_midmarket``), if exactly one does."""
    found = [c for c in choices if c.startswith(word)]
    return found[0] if len(found) == 1 else None


class _Writer:
    def __init__(self, model: Model, lang: str, company: str | None, counts: dict[str, int], file_name: str):
        self.model = model
        self.lang = lang
        self.company = company.strip() if company and company.strip() else None
        self.counts = counts
        self.file_name = file_name

    def t(self, key: str, **args: object) -> str:
        return t(key, self.lang, args)

    def comment(self, text: str, indent: int = 0) -> Iterator[str]:
        """``text`` as comment lines; a numbered step ("1. …") continues under its text."""
        pad = " " * indent
        step = re.match(r"\d+\. ", text)
        hang = " " * (len(step[0]) if step else 0)
        for index, line in enumerate(wrap(text, COMMENT_WIDTH - indent - 2, len(hang))):
            yield f"{pad}# {hang if index else ''}{line}".rstrip()

    def lines(self) -> Iterator[str]:
        yield "# yaml-language-server: $schema=raci.schema.json"
        yield from self.header()
        yield ""
        yield "version: 1"
        yield ""
        yield from self.org()
        yield ""
        yield from self.mission()
        yield ""
        yield from self.departments()
        yield ""
        yield from self.phases()
        yield ""
        yield from self.kpis()

    # sections -------------------------------------------------------------------------

    def header(self) -> Iterator[str]:
        model = self.model
        yield "#"
        yield from self.comment(self.t("starter.header.title", model=self.t(model.name)))
        yield "#"
        yield from self.comment(self.t(f"{model.name}.description"))
        yield from self.comment(self.t(f"{model.name}.fits"))
        yield "#"
        yield from self.comment(self.t("starter.header.generated", model_id=model.id, lang=self.lang))
        yield "#"
        yield from self.comment(self.t("starter.header.next"))
        yield from self.comment(self.t("starter.header.step_mission"))
        yield from self.comment(self.t("starter.header.step_adjust"))
        yield from self.comment(self.t("starter.header.step_validate"))
        yield f"#      raci validate {self.file_name}"
        yield from self.comment(self.t("starter.header.step_render"))
        yield f"#      raci render matrix {self.file_name}"
        yield from self.comment(self.t("starter.header.schema"))
        yield "#"
        yield from self.comment(self.t("starter.header.legend"))

    def org(self) -> Iterator[str]:
        yield from self.comment(self.t("starter.section.org"))
        yield "org:"
        name = self.company or self.t("starter.default_company")
        yield f"  name: {scalar(name)}" + ("" if self.company else f"  # {self.t('starter.section.company')}")
        yield f"  locale: {self.lang}"
        total = sum(self._accounts(d) or 0 for d in self.model.departments)
        yield from self.comment(self.t("starter.section.org_accounts"), 2)
        yield f"  accounts: {total}"

    def mission(self) -> Iterator[str]:
        yield from self.comment(self.t("starter.section.mission"))
        yield "mission:"
        for part in MISSION_PARTS:
            yield from self.comment(self.t(f"starter.mission.hint.{part}"), 2)
            yield f"  {part}: {scalar(self.t(f'starter.mission.{part}'))}"

    def departments(self) -> Iterator[str]:
        yield from self.comment(self.t("starter.section.departments"))
        yield "departments:"
        for index, department in enumerate(self.model.departments):
            if index:
                yield ""
            yield from self.department(department)

    def department(self, department: Department) -> Iterator[str]:
        if department.comment:
            yield from self.comment(self.t(department.comment), 2)
        yield f"  - id: {department.id}"
        yield f"    name: {scalar(self.t(department.name))}"
        yield f"    kind: {department.kind}"
        yield f"    headcount: {self.counts[department.id]}"
        accounts = self._accounts(department)
        if accounts is not None:
            note = self.t(
                "starter.section.accounts",
                headcount=self.counts[department.id],
                per_person=department.accounts_per_person,
                benchmark=BENCHMARK_ACCOUNTS,
            )
            yield f"    accounts: {accounts}  # {note}"
        if not (department.scope_in or department.scope_out):
            return
        yield "    scope:"
        if department.scope_in:
            yield "      in:"
            for key in department.scope_in:
                yield f"        - {scalar(self.t(key))}"
        if department.scope_out:
            yield "      out:"
            for item in department.scope_out:
                yield f"        - {self.out_item(item)}"

    def out_item(self, item: Out) -> str:
        if item.text:
            return scalar(self.t(item.text))
        ref = f"activity: {item.activity}" if item.activity else f"phase: {item.phase}"
        if item.note:
            ref += f", note: {scalar(self.t(item.note), flow=True)}"
        return "{" + ref + "}"

    def phases(self) -> Iterator[str]:
        yield from self.comment(self.t("starter.section.phases"))
        yield "phases:"
        for index, phase in enumerate(self.model.phases):
            if index:
                yield ""
            if phase.comment:
                yield from self.comment(self.t(phase.comment), 2)
            yield f"  - id: {phase.id}"
            yield f"    name: {scalar(self.t(phase.name))}"
            if phase.stage != phase.id:
                yield f"    stage: {phase.stage}"
            yield "    activities:"
            for step in phase.steps:
                activity = ACTIVITIES[step.activity]
                if step.comment:
                    yield from self.comment(self.t(step.comment), 6)
                yield f"      - id: {activity.id}"
                yield f"        name: {scalar(self.t(step.name or f'starter.activity.{activity.id}'))}"
                cells = ", ".join(f"{department}: {cell}" for department, cell in step.raci.items())
                yield f"        raci: {{{cells}}}"
                yield f"        mode: {activity.mode}"
                if activity.handoff:
                    yield "        handoff: true"
                if activity.kpis:
                    yield f"        kpis: [{', '.join(activity.kpis)}]"

    def kpis(self) -> Iterator[str]:
        yield from self.comment(self.t("starter.section.kpis"))
        yield "kpis:"
        level = None
        for kpi, parents in KPI_TREE:
            entry = LIBRARY[kpi]
            if entry.level != level:
                if level is not None:
                    yield ""
                level = entry.level
                yield from self.comment(self.t(f"starter.section.{level}"), 2)
            note = self.model.kpi_notes.get(kpi)
            if note:
                yield from self.comment(self.t(note), 2)
            if entry.benchmark is not None:
                yield from self.comment(
                    self.t("starter.section.benchmark", benchmark=entry.benchmark.get(self.lang)), 2
                )
            fields = [f"use: {kpi}"]
            if len(parents) == 1:
                fields.append(f"parent: {parents[0]}")
            elif parents:
                fields.append(f"parents: [{', '.join(parents)}]")
            fields.append(f"owner: {self.model.kpi_owners[kpi]}")
            unit = self._unit(kpi)
            if unit is not None:
                fields.append(f"unit: {scalar(unit, flow=True)}")
            fields.append(f"target: {_target(self._target(kpi))}")
            yield "  - {" + ", ".join(fields) + "}"

    # helpers --------------------------------------------------------------------------

    def _accounts(self, department: Department) -> int | None:
        if department.accounts_per_person is None:
            return None
        return self.counts[department.id] * department.accounts_per_person

    def _unit(self, kpi: str) -> str | None:
        """The unit to write when it differs from the library's (currency, "per month")."""
        key = f"starter.unit.{kpi}"
        if not has(key):
            return None
        unit = self.t(key)
        return None if unit == LIBRARY[kpi].unit else unit

    def _target(self, kpi: str) -> str:
        target = self.model.targets.get(kpi, TARGETS[kpi])
        if kpi == "ltv" and self._unit(kpi) is not None:
            comparator, _, number = target.rpartition(" ")
            dollars = round(int(number) * LTV_USD_PER_YEN, -3) or 1000
            target = f"{comparator} {int(dollars)}".strip()
        return target


def _target(target: str) -> str:
    return target if target.isdigit() else json.dumps(target, ensure_ascii=False)


# YAML scalars ------------------------------------------------------------------------------

_UNSAFE_START = re.compile(r"^[\s\-?:,\[\]{}#&*!|>'\"%@`]")
_UNSAFE_INSIDE = re.compile(r":\s|\s#|:$|\s$|[\x00-\x1f\x7f]")
_FLOW_INDICATORS = re.compile(r"[,\[\]{}]")


def scalar(text: str, *, flow: bool = False) -> str:
    """``text`` as a YAML scalar: plain when that reads back as the same string, else double-quoted."""
    if (
        not text
        or _UNSAFE_START.search(text)
        or _UNSAFE_INSIDE.search(text)
        or (flow and _FLOW_INDICATORS.search(text))
        or not _reads_back(text)
    ):
        return json.dumps(text, ensure_ascii=False)
    return text


def _reads_back(text: str) -> bool:
    import yaml

    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


# Wrapping text with full-width characters ---------------------------------------------------

_NO_LINE_START = set("—、。,.)」』】〉》!?:;・ー々)]}%ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
_NO_LINE_END = set("「『【〈《([{")
_CODE = re.compile(r"`[^`]*`")


def width(text: str) -> int:
    """Display columns: full-width and wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _tokens(text: str) -> list[str]:
    """Words of narrow characters, runs of spaces, `code spans` and single wide characters;
    a line may break between any two tokens."""
    tokens: list[str] = []
    position = 0
    for code in [*_CODE.finditer(text), None]:
        end = code.start() if code else len(text)
        for char in text[position:end]:
            last = tokens[-1][-1] if tokens else ""
            if last and not tokens[-1].startswith("`"):
                if char.isspace() and last.isspace():
                    tokens[-1] += char
                    continue
                if not char.isspace() and not _wide(char) and not last.isspace() and not _wide(last):
                    tokens[-1] += char
                    continue
            tokens.append(char)
        if code:
            tokens.append(code[0])
            position = code.end()
    return tokens


def wrap(text: str, columns: int, hang: int = 0) -> list[str]:
    """``text`` cut into lines of at most ``columns`` display columns (``hang`` fewer after the
    first), at spaces or between wide characters, never starting a line with closing
    punctuation or a small kana, nor ending one with an opening bracket."""
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        if token.isspace():
            if line:
                line += " "
            continue
        limit = columns - (hang if lines else 0)
        if line.strip() and width(line) + width(token) > limit and token[0] not in _NO_LINE_START:
            carried = ""
            while line and line[-1] in _NO_LINE_END:
                carried = line[-1] + carried
                line = line[:-1]
            lines.append(line.rstrip())
            line = carried
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]
