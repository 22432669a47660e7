"""A starter spec in one language, from a bilingual model file (:mod:`raci.starter.models`).

The model's spec is made monolingual (each text in the chosen language), given the
company name and headcounts, and written by the canonical writer
(:func:`raci.spec.write.dump_with`) with two kinds of comments: the model file's own,
in the chosen language (:mod:`raci.starter.comments`), and the ones every starter
has — the header, a line on each section, the mission hints, the KPI levels — from the
catalogue :mod:`raci.i18n.starter`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from raci.benchmarks import BENCHMARK_ACCOUNTS
from raci.i18n import t
from raci.langs import LANGS, Lang
from raci.spec.kpi_library import LIBRARY
from raci.spec.model import Kpi, Spec, Text
from raci.spec.write import Comments, dump_with
from raci.starter import comments
from raci.starter.models import MODELS, Model

MAX_HEADCOUNT = 100_000
"""More people than this in one department is a typing mistake, not an organisation."""

MISSION_PARTS = ("customer", "value", "success", "statement")
_TOP = ("version", "org", "mission", "departments", "phases", "kpis")
_BASE = {"org": 0, "mission:": 2, "department:": 2, "phase:": 2, "activity:": 6, "cell:": 8, "kpi:": 2}


class StarterError(ValueError):
    """A bad argument to :func:`generate`: ``key`` and ``args`` give the message in either
    language (a :class:`~raci.spec.model.Text` argument, a department's name say, too)."""

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
    company = company.strip() if company and company.strip() else None
    spec = starter_spec(chosen, lang, company, counts)
    placed = comments.localise(chosen.layout.comments, lang, indent_of)
    for anchor, found in _Scaffold(chosen, spec, lang, company is None).comments().items():
        own = placed.get(anchor, Comments())
        first, last = found
        placed[anchor] = Comments(first.leading + own.leading + last.leading, first.trailing or own.trailing)
    head = _header(chosen, lang, file_name)
    footer = comments.pick(chosen.layout.footer, lang, 0)
    return dump_with(spec, head, placed, footer)


def resolve_model(model: str) -> Model:
    if model not in MODELS:
        from raci.text import suggest

        raise StarterError(
            "starter.cli.unknown_model", model=model, models=", ".join(MODELS), suggestion=suggest(model, list(MODELS))
        )
    return MODELS[model]


def resolve_headcounts(model: Model, headcounts: Mapping[str, int]) -> dict[str, int]:
    """The model's headcounts with ``headcounts`` applied; unknown ids and bad numbers raise."""
    counts = {d.id: d.headcount or 0 for d in model.spec.departments}
    settable = list(model.settable)
    for key, value in headcounts.items():
        if key not in settable:
            from raci.text import suggest

            raise StarterError(
                "starter.cli.unknown_department",
                model=model.id,
                id=key,
                departments=", ".join(settable),
                suggestion=_prefixed(key, settable) or suggest(key, settable),
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
            department=model.department(department).name,
            count=len(accountable),
            activity=accountable[0],
            model=model.id,
        )


def accountable_for(model: Model, department: str) -> list[Text]:
    """The names of the activities ``department`` is Accountable for in ``model``."""
    return [a.name for a in model.activities() if department in a.holders("A")]


def _prefixed(word: str, choices: list[str]) -> str | None:
    """The one choice that starts with ``word`` (``cs_mid`` → ``cs_midmarket``), if exactly one does."""
    found = [c for c in choices if c.startswith(word)]
    return found[0] if len(found) == 1 else None


# the spec in one language ------------------------------------------------------------------


def starter_spec(model: Model, lang: Lang, company: str | None, counts: Mapping[str, int]) -> Spec:
    """``model``'s spec with every text in ``lang``, the company, headcounts and the accounts
    they serve, and the KPI units and targets of ``lang``."""
    spec: Spec = _one_language(model.spec, lang)
    departments = []
    for dept in spec.departments:
        per_person = model.accounts_per_person.get(dept.id)
        accounts = counts[dept.id] * per_person if per_person is not None else dept.accounts
        departments.append(dataclasses.replace(dept, headcount=counts[dept.id], accounts=accounts))
    total = sum(counts[ident] * n for ident, n in model.accounts_per_person.items())
    name = Text(ja=company, en=company) if company else spec.org.name
    org = dataclasses.replace(spec.org, name=name, locale=lang, accounts=total or spec.org.accounts)
    changes = model.kpis_by_language.get(lang, {})
    kpis = tuple(dataclasses.replace(k, **changes.get(k.id, {})) for k in spec.kpis)
    return dataclasses.replace(spec, org=org, departments=tuple(departments), kpis=kpis)


def _one_language(value: Any, lang: str) -> Any:
    """``value`` with every :class:`Text` in it reduced to ``lang`` (a plain string in the file);
    a KPI's name and description from the library stay as they are (the file leaves them out)."""
    if isinstance(value, Text):
        text = value.get(lang)
        return Text(ja=text, en=text)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        base = LIBRARY.get(value.use or "") if isinstance(value, Kpi) else None
        changes = {
            f.name: _one_language(getattr(value, f.name), lang)
            for f in dataclasses.fields(value)
            if f.compare and f.name != "_index" and not (base and getattr(value, f.name) == getattr(base, f.name, None))
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_one_language(item, lang) for item in value)
    return value


def indent_of(anchor: str) -> int:
    """The indentation of the line of ``anchor`` in a written spec (for the comment width)."""
    if anchor in _TOP:
        return 0
    for prefix, base in _BASE.items():
        if anchor.startswith(prefix):
            return base + (0 if prefix == "kpi:" else 2 * anchor.count("/"))
    return 4


# the comments every starter has ------------------------------------------------------------


def _header(model: Model, lang: str, file_name: str) -> list[str]:
    def say(key: str, **args: object) -> list[str]:
        return list(comments.lines(t(key, lang, args)))

    return [
        "# yaml-language-server: $schema=raci.schema.json",
        "#",
        *say("starter.header.title", model=model.title.get(lang)),
        "#",
        *comments.lines(model.description.get(lang)),
        *comments.lines(model.fits.get(lang)),
        "#",
        *say("starter.header.generated", model_id=model.id, lang=lang),
        "#",
        *say("starter.header.next"),
        *say("starter.header.step_mission"),
        *say("starter.header.step_adjust"),
        *say("starter.header.step_validate"),
        f"#      raci validate {file_name}",
        *say("starter.header.step_render"),
        f"#      raci render matrix {file_name}",
        *say("starter.header.schema"),
        "#",
        *say("starter.header.legend"),
        *say("starter.header.legend_mode"),
    ]


class _Scaffold:
    """The catalogue's comments by anchor: (before the model's own, after them)."""

    def __init__(self, model: Model, spec: Spec, lang: str, default_company: bool) -> None:
        self.model, self.spec, self.lang, self.default_company = model, spec, lang, default_company
        self.found: dict[str, tuple[Comments, Comments]] = {}

    def add(self, anchor: str, key: str, *, after: bool = False, **args: object) -> None:
        first, last = self.found.setdefault(anchor, (Comments(), Comments()))
        (last if after else first).leading.extend(comments.lines(t(key, self.lang, args), indent_of(anchor)))

    def trailing(self, anchor: str, key: str, **args: object) -> None:
        first, _ = self.found.setdefault(anchor, (Comments(), Comments()))
        first.trailing = f"  # {t(key, self.lang, args)}"

    def comments(self) -> dict[str, tuple[Comments, Comments]]:
        self.add("org", "starter.section.org")
        if self.default_company:
            self.trailing("org/name", "starter.section.company")
        if self.spec.org.accounts is not None:
            self.add("org/accounts", "starter.section.org_accounts")
        if self.spec.mission is not None:
            self.add("mission", "starter.section.mission")
            for part in MISSION_PARTS:
                if getattr(self.spec.mission, part) is not None:
                    self.add(f"mission:{part}", f"starter.mission.hint.{part}")
        self.add("departments", "starter.section.departments")
        for dept in self.spec.departments:
            per_person = self.model.accounts_per_person.get(dept.id)
            if per_person is not None:
                args = {"headcount": dept.headcount, "per_person": per_person, "benchmark": BENCHMARK_ACCOUNTS}
                self.trailing(f"department:{dept.id}/accounts", "starter.section.accounts", **args)
        self.add("phases", "starter.section.phases")
        self.add("kpis", "starter.section.kpis")
        level = None
        for kpi in self.spec.kpis:
            if kpi.level != level:
                level = kpi.level
                self.add(f"kpi:{kpi.id}", f"starter.section.{level}")
            entry = LIBRARY.get(kpi.use or "")
            if entry is not None and entry.benchmark is not None:
                self.add(f"kpi:{kpi.id}", "starter.section.benchmark", after=True, benchmark=entry.benchmark)
        return self.found
