"""``raci init``, ``kpis`` and ``examples``: what raci ships to start from (starter specs,
the KPI library, the bundled examples)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

from raci.commands.common import fail
from raci.i18n import detect_lang, t


def stdin_is_terminal() -> bool:
    """Whether ``raci init`` may ask questions: standard input is a terminal."""
    isatty = getattr(sys.stdin, "isatty", None)
    return bool(isatty is not None and isatty())


def init_models(lang: str | None = None, out: TextIO | None = None) -> int:
    """Describe each org model in one paragraph, and when it fits (``raci init --list``)."""
    from raci.starter import MODELS
    from raci.text.wrap import wrap

    out = out or sys.stdout
    chosen = detect_lang(lang)
    out.write(t("starter.cli.list_heading", chosen) + "\n")
    for model in MODELS.values():
        out.write(f"\n{model.id} — {t(model.name, chosen)}\n")
        for key in (f"{model.name}.description", f"{model.name}.fits"):
            for line in wrap(t(key, chosen), 96, overflow=True):
                out.write(f"  {line}\n")
        out.write(f"  {t('starter.cli.list_departments', chosen)}\n")
        out.write(f"    {', '.join(f'{d.id}={d.headcount}' for d in model.departments)}\n")
    return 0


def init_problem(
    model: str | None,
    *,
    lang: str | None = None,
    headcounts: Mapping[str, int] | None = None,
    output: str | None = None,
    force: bool = False,
) -> int | None:
    """Exit code 2 after saying why ``raci init`` cannot go on, else ``None``: an unknown model
    or department, or an existing ``output`` without ``force``. Checked before any question."""
    from raci.starter.write import StarterError, resolve_headcounts, resolve_model

    chosen = detect_lang(lang)
    if output not in (None, "-") and not force and os.path.lexists(output):
        return fail(t("starter.cli.exists", chosen, {"path": output}))
    if model is None:
        return None
    try:
        resolve_headcounts(resolve_model(model), headcounts or {})
    except StarterError as error:
        return fail(error.message(chosen))
    return None


def init(
    model: str | None,
    *,
    lang: str | None = None,
    company: str | None = None,
    headcounts: Mapping[str, int] | None = None,
    output: str | None = None,
    force: bool = False,
    out: TextIO | None = None,
) -> int:
    """Write the starter spec of ``model`` to ``output`` (atomically, never over an existing file
    unless ``force``), or print it (no ``output``, or ``-``). Exit 0, or 2 with a message."""
    from raci.output import OutputError, write
    from raci.starter import MODELS, generate

    chosen = detect_lang(lang)
    if model is None:
        return fail(t("starter.cli.need_model", chosen, {"models": ", ".join(MODELS)}))
    if output == "-":
        output = None
    problem = init_problem(model, lang=chosen, headcounts=headcounts, output=output, force=force)
    if problem is not None:
        return problem
    text = generate(model, chosen, company, headcounts, file_name=output or "org.raci.yaml")
    if output is None:
        stream = out or sys.stdout
        stream.write(text)
        stream.flush()
        return 0
    try:
        write(output, text.encode("utf-8"))
    except OutputError as error:
        return fail(error.message(chosen))
    sys.stderr.write(
        "raci: " + t("starter.cli.wrote", chosen, {"path": output, "model": t(MODELS[model].name, chosen)}) + "\n"
    )
    return 0


def kpis(kpi_id: str | None = None, lang: str | None = None, out: TextIO | None = None) -> int:
    """List the KPI library, or explain the KPI ``kpi_id``; an unknown id exits 2 with a did-you-mean."""
    from raci.spec.kpi_library import LIBRARY

    out = out or sys.stdout
    chosen = detect_lang(lang)
    if kpi_id is None:
        out.write(_kpi_table(chosen))
        return 0
    entry = LIBRARY.get(kpi_id)
    if entry is None:
        from raci.text import suggest

        message = t("kpis.unknown", chosen, {"id": kpi_id, "suggestion": suggest(kpi_id, list(LIBRARY))})
        return fail(f"{message}; {t('kpis.unknown.hint', chosen)}")
    out.write(_kpi_card(kpi_id, chosen))
    return 0


def _kpi_table(lang: str) -> str:
    from raci.spec.kpi_library import LIBRARY
    from raci.text import width

    rows = [t("kpis.header", lang).split("|")]
    for entry in LIBRARY.values():
        rows.append(
            [
                entry.id,
                t(f"kpis.level.{entry.level}", lang),
                entry.name.get(lang),
                entry.unit,
                t(f"kpis.direction.{entry.direction}", lang),
            ]
        )
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n\n" + t("kpis.footer", lang) + "\n"


def _kpi_card(kpi_id: str, lang: str) -> str:
    from raci.spec.kpi_library import LIBRARY
    from raci.text import width
    from raci.text.wrap import wrap

    kpi = LIBRARY[kpi_id]
    name = t("kpis.show.name", lang)
    fields = [
        (f"{name} (ja)", kpi.name.get("ja")),
        (f"{name} (en)", kpi.name.get("en")),
        (t("kpis.show.level", lang), _level(kpi.level, lang)),
        (t("kpis.show.formula", lang), kpi.formula.get(lang)),
        (t("kpis.show.direction", lang), t(f"kpis.direction.{kpi.direction}", lang)),
        (t("kpis.show.unit", lang), kpi.unit),
        (t("kpis.show.description", lang), kpi.description.get(lang)),
    ]
    if kpi.benchmark is not None:
        fields.append((t("kpis.show.benchmark", lang), kpi.benchmark.get(lang)))
    fields.append((t("kpis.show.use", lang), f"kpis: [{{use: {kpi.id}, owner: …, target: …}}]"))
    label_width = max(width(label) for label, _ in fields) + 2
    lines = [f"{kpi.id}: {kpi.name.get(lang)}"]
    for label, value in fields:
        head = f"  {label}:" + " " * (label_width - width(label) - 1)
        for index, part in enumerate(wrap(value, max(40, 100 - width(head)), overflow=True)):
            lines.append((head if index == 0 else " " * width(head)) + part)
    return "\n".join(lines) + "\n"


def _level(level: str, lang: str) -> str:
    """``KGI``, ``KPI``, ``activity KPI (activity)``: the spec's word when the label differs."""
    label = t(f"kpis.level.{level}", lang)
    return label if label.lower() == level else f"{label} ({level})"


def examples(name: str | None = None, out: TextIO | None = None) -> int:
    """List the bundled example specs, or print one to start from."""
    from raci.resources import examples as bundled

    out = out or sys.stdout
    found = bundled()
    if name is None:
        width = max(map(len, found), default=0)
        for key, path in found.items():
            first = _description(path)
            out.write(f"{key:<{width}}  {first}\n")
        return 0
    if name not in found:
        from raci.text import suggest

        hint = suggest(name, list(found))
        return fail(t("cli.unknown_example", detect_lang(), {"name": name, "suggestion": hint}))
    text = found[name].read_text(encoding="utf-8")
    # In the repository the modeline points at the package's schema; for a copy of the
    # example, point at the file `raci schema -o raci.schema.json` writes beside it.
    out.write(text.replace(_REPO_MODELINE, _USER_MODELINE, 1))
    return 0


_REPO_MODELINE = "# yaml-language-server: $schema=../raci/spec/schema.json"
_USER_MODELINE = (
    "# yaml-language-server: $schema=raci.schema.json\n"
    "# (write the schema beside this file for editor completion: raci schema -o raci.schema.json)"
)


def _description(path: object) -> str:
    """The first comment line after the schema modeline: what the example shows."""
    from pathlib import Path

    for line in Path(str(path)).read_text(encoding="utf-8").splitlines()[1:6]:
        text = line.lstrip("# ").strip()
        if line.startswith("#") and text:
            return text
    return ""
