"""Write a starter spec as YAML text, comments included, from a model of :mod:`raci.starter.models`.

The text is built line by line rather than dumped, so that the comments, the key order
and the flow style of RACI cells are exactly what a person would write by hand.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping

from raci.benchmarks import BENCHMARK_ACCOUNTS
from raci.i18n import has, t
from raci.spec.kpi_library import LIBRARY
from raci.starter.models import ACTIVITIES, KPI_TREE, LTV_USD_PER_YEN, MODELS, TARGETS, Department, Model, Out

COMMENT_WIDTH = 92
"""Display columns of a wrapped comment line (full-width characters count two)."""

MAX_HEADCOUNT = 100_000
"""More people than this in one department is a typing mistake, not an organisation."""

LANGS = ("ja", "en")
MISSION_PARTS = ("customer", "value", "success", "statement")


class StarterError(ValueError):
    """A bad argument to :func:`generate`: ``key`` and ``args`` give the message in either language
    (an argument that is a :class:`Name` is a catalogue key, translated too)."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(self._say(key, "en", args))
        self.key = key
        self.args_ = args

    def message(self, lang: str) -> str:
        return self._say(self.key, lang, self.args_)

    @staticmethod
    def _say(key: str, lang: str, args: Mapping[str, object]) -> str:
        return t(key, lang, {k: t(v.key, lang) if isinstance(v, Name) else v for k, v in args.items()})


class Name:
    """A catalogue key given to :class:`StarterError` as an argument: a department's name, say."""

    def __init__(self, key: str) -> None:
        self.key = key


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
        check_headcount(model, key, value)
        counts[key] = value
    return counts


def check_headcount(model: Model, department: str, value: object) -> None:
    """Raise :class:`StarterError` unless ``value`` is a plausible headcount of ``department``:
    a whole number from 0 to :data:`MAX_HEADCOUNT`, and at least 1 for a department that is
    Accountable for activities (nobody would be accountable for them)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise StarterError("starter.cli.bad_headcount", value=f"{department}={value}")
    if value > MAX_HEADCOUNT:
        raise StarterError("starter.cli.huge_headcount", id=department, value=value, max=f"{MAX_HEADCOUNT:,}")
    accountable = accountable_for(model, department)
    if value == 0 and accountable:
        raise StarterError(
            "starter.cli.zero_headcount",
            id=department,
            department=Name(model.department(department).name),
            count=len(accountable),
            activity=Name(accountable[0]),
            model=model.id,
        )


def accountable_for(model: Model, department: str) -> list[str]:
    """Catalogue keys of the names of the activities ``department`` is Accountable for in ``model``."""
    return [
        step.name or f"starter.activity.{step.activity}"
        for step in model.steps()
        if "A" in step.raci.get(department, "")
    ]


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
_BREAK_AFTER = set("、。!?")
"""Japanese text breaks after these: between clauses, never inside a word (it has no spaces)."""
_CODE = re.compile(r"`[^`]*`")


def width(text: str) -> int:
    """Display columns: full-width and wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wide(char: str) -> bool:
    """Whether ``char`` is one full-width character (``""``, at the edge of a word, is not)."""
    return len(char) == 1 and unicodedata.east_asian_width(char) in "WF"


def _words(text: str) -> list[str]:
    """``text`` split at whitespace, a `code span` staying one word."""
    words: list[str] = []
    glued = False  # the next piece continues the last word (no space between)
    position = 0
    for code in [*_CODE.finditer(text), None]:
        piece = text[position : code.start() if code else len(text)]
        parts = re.split(r"\s+", piece)
        for index, part in enumerate(parts):
            if index:
                glued = False
            if part:
                if glued and words:
                    words[-1] += part
                else:
                    words.append(part)
                glued = True
        if code:
            if glued and words:
                words[-1] += code[0]
            else:
                words.append(code[0])
            glued = True
            position = code.end()
    return words


def _chunks(text: str) -> list[list[tuple[str, str]]]:
    """``text`` as chunks, each a list of (separator, piece) with ``" "`` or ``""`` as the
    separator before the piece: a line breaks between two chunks, and inside a chunk
    only at a space and only when the chunk alone is too long for a line.

    English: every word is a chunk. Japanese breaks after 、 and 。, after a heading's
    colon (``次にやること: …``, not ``mode: …`` nor inside brackets) and at a list
    separator between two words (``顧客/導入``), so never inside a word (it has no
    spaces); its other spaces, around ASCII words inside a clause (``C = 相談を受ける``,
    ```raci schema …` を実行``), do not break."""
    if not any(_wide(char) for char in text):
        return [[(" " if index else "", word)] for index, word in enumerate(_words(text))]
    chunks: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for word in _words(text):
        separator = " " if current or chunks else ""
        start = ticks = 0  # ticks: backquotes before ``index`` (inside a code span when odd)
        for index, char in enumerate(word):
            after = word[index + 1 : index + 2]
            before = word[index - 1 : index] if index else ""
            breaks = char in _BREAK_AFTER or (char == "/" and _wide(before) and _wide(after))
            if breaks and after and after not in _NO_LINE_START and ticks % 2 == 0:
                current.append((separator, word[start : index + 1]))
                chunks.append(current)
                current, separator, start = [], "", index + 1
            ticks += char == "`"
        current.append((separator, word[start:]))
        rest = word[start:]
        if rest.endswith(":") and (_wide(rest[-2:-1]) or rest[-2:-1] == ")") and rest.count("(") <= rest.count(")"):
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def wrap(text: str, columns: int, hang: int = 0) -> list[str]:
    """``text`` cut into lines of at most ``columns`` display columns (``hang`` fewer after the
    first; full-width characters count two), never inside a word: see :func:`_chunks`. A
    piece longer than a line stays whole; no line starts with closing punctuation or a
    small kana, nor ends with an opening bracket. Linear: the line is kept as parts with
    its width (a line that may not break, after a thousand opening brackets, used to be
    measured again for every piece)."""
    lines: list[str] = []
    parts: list[str] = []
    used = 0

    def add(separator: str, piece: str) -> None:
        nonlocal parts, used
        size = width(piece)
        if not parts:
            parts, used = [piece], size
        elif used + width(separator) + size > columns - (hang if lines else 0) and parts[-1][-1:] not in _NO_LINE_END:
            lines.append("".join(parts))
            parts, used = [piece], size
        else:
            parts += [separator, piece]
            used += width(separator) + size

    for chunk in _chunks(text):
        text_of = "".join(separator + piece for separator, piece in chunk).lstrip(" ")
        if width(text_of) > columns - hang:  # too long for any line: its spaces may break it
            for separator, piece in chunk:
                add(separator, piece)
        else:
            add(chunk[0][0], text_of)
    if "".join(parts):
        lines.append("".join(parts))
    return lines or [""]
