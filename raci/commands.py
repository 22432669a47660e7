"""One plain function per CLI command: arguments in, exit code out.

The click layer in :mod:`raci.cli` only parses; these functions do the work through
the library and can be called (and tested) without click.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from raci import reporters
from raci.i18n import detect_lang, t
from raci.lint import check_paths
from raci.spec.load import discover


def wants_color(out: TextIO, choice: bool | None) -> bool:
    """Colour when asked, else when writing to a terminal and NO_COLOR is not set."""
    if choice is not None:
        return choice
    return "NO_COLOR" not in os.environ and hasattr(out, "isatty") and out.isatty()


def validate(
    paths: Sequence[str],
    *,
    fmt: str = "text",
    fail_on: str | None = None,
    lang: str | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    color: bool | None = None,
    config: str | None = None,
    use_config: bool = True,
    baseline: str | None = None,
    write_baseline: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Validate spec files and folders, print the report, return the exit code (0, 1 or 2).

    ``fail_on`` defaults to the configuration's ``fail-on``, else ``error``. With
    ``write_baseline`` the findings are recorded instead of failing the run.
    """
    from raci import baseline as baselines

    out = out or sys.stdout
    for path in paths:
        if path != "-" and os.path.isdir(path) and not discover([path]):
            return _fail(t("no_spec_files", detect_lang(lang), {"path": path}))
    report = check_paths(paths, select=select, ignore=ignore, config_path=config, use_config=use_config)
    chosen = detect_lang(lang, report.locale())
    if write_baseline:
        from raci.output import OutputError

        try:
            count = baselines.write(report, write_baseline, inputs=[*paths, *report.files])
        except OutputError as error:
            return _fail(error.message(chosen))
        sys.stderr.write("raci: " + t("cli.baseline_written", chosen, {"count": count, "path": write_baseline}) + "\n")
        return 2 if report.unreadable else 0
    if baseline:
        try:
            hidden = baselines.apply(report, baseline)
        except baselines.BaselineError as error:
            return _fail(t(error.key, chosen, {"path": baseline, "reason": error.reason}))
        if hidden:
            sys.stderr.write("raci: " + t("cli.baseline_hidden", chosen, {"count": hidden, "path": baseline}) + "\n")
    level = fail_on or report.fail_on or "error"
    options = reporters.Options(lang=chosen, color=fmt == "text" and wants_color(out, color), fail_on=level)
    reporters.get(fmt)(report, out, options)
    return report.exit_code(level)


def _fail(message: str) -> int:
    sys.stderr.write(f"raci: {message}\n")
    return 2


def _write(path: str, data: bytes, lang: str, inputs: Sequence[str] = ()) -> int:
    """Write an output file through the guard (:mod:`raci.output`); a refused or failed
    write is the user's to fix (exit 2)."""
    from raci.output import OutputError, write

    try:
        write(path, data, inputs=inputs)
    except OutputError as error:
        return _fail(error.message(lang))
    return 0


def rules(fmt: str = "text", lang: str | None = None, out: TextIO | None = None) -> int:
    """List every rule: code, name, default severity, summary (or the Markdown reference)."""
    from raci.rules import docs

    out = out or sys.stdout
    chosen = detect_lang(lang)
    out.write(docs.markdown() if fmt == "md" else docs.listing(chosen))
    return 0


def explain(code: str, lang: str | None = None, out: TextIO | None = None) -> int:
    """Print the documentation of one rule, by code or name."""
    from raci.rules import all_rules, by_name_or_code, docs
    from raci.spec.shape import suggest

    found = by_name_or_code(code)
    if found is None:
        rules_ = all_rules()
        hint = suggest(code.upper(), list(rules_)) or suggest(code, [r.name for r in rules_.values()])
        return _fail(t("cli.unknown_rule", detect_lang(lang), {"code": code, "suggestion": hint}))
    (out or sys.stdout).write(docs.explain(found, detect_lang(lang)))
    return 0


def schema(output: str | None = None, out: TextIO | None = None) -> int:
    """Print (or write to ``output``) the JSON Schema of the spec format."""
    from raci.spec.schema import dumps

    if output and output != "-":
        return _write(output, dumps().encode("utf-8"), detect_lang())
    (out or sys.stdout).write(dumps())
    return 0


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
        from raci.spec.shape import suggest

        hint = suggest(name, list(found))
        return _fail(t("cli.unknown_example", detect_lang(), {"name": name, "suggestion": hint}))
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


def render(
    view: str,
    spec_path: str,
    *,
    fmt: str | None = None,
    output: str | None = None,
    lang: str | None = None,
    templates: str | None = None,
    department: str | None = None,
    font: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Render one view of a spec to ``output`` (atomically) or standard output."""
    from pathlib import Path

    from raci import render as rendering

    chosen_view = rendering.RENDERERS[view]
    fmt = fmt or chosen_view.formats[0]
    module = rendering.get(view)
    if output == "-":
        output = None  # `-o -`: standard output, as `-` means standard input elsewhere
    if fmt in module.BINARY and not output:
        return _fail(t("cli.binary_needs_output", detect_lang(lang), {"format": fmt}))
    spec = _load_or_report(spec_path, lang)
    if spec is None:
        return 2
    options = rendering.Options(
        lang=detect_lang(lang, spec.org.locale),
        templates=Path(templates) if templates else None,
        department=department,
        font=font,
        extra={"color": "1" if not output and wants_color(out or sys.stdout, None) else "0"},
    )
    from raci.config import ConfigError
    from raci.lint import config_for_spec

    try:
        config = config_for_spec(spec_path)
    except ConfigError as error:
        return _report_unreadable(error.path, error.problems, lang, None)
    try:
        result = module.render(rendering.document(spec, config), fmt, options)  # type: ignore[arg-type]
    except rendering.RenderError as error:  # also a mistake in the user's --templates (file:line)
        return _fail(str(error))
    data = result.encode("utf-8") if isinstance(result, str) else result
    if output:
        return _write(output, data, options.lang, inputs=[spec_path])
    else:
        stream = out or sys.stdout
        stream.write(data.decode("utf-8"))
        stream.flush()
    return 0


def _load_or_report(spec_path: str, lang: str | None) -> object:
    """The spec, or ``None`` after printing why it cannot be read (text format, stderr)."""
    from raci.spec.load import load
    from raci.spec.problems import SpecError

    try:
        return load(spec_path)
    except SpecError as error:
        _report_unreadable(error.source, error.problems, lang, error.locale)
        return None


def _report_unreadable(source: str, problems: list, lang: str | None, locale: str | None) -> int:
    """Print why a spec or configuration file cannot be used (text format, stderr); exit code 2."""
    from raci import reporters
    from raci.findings import Report, from_problems

    report = Report(files=[source], findings=from_problems(problems), unreadable={source})
    options = reporters.Options(lang=detect_lang(lang, locale), color=wants_color(sys.stderr, None))
    reporters.get("text")(report, sys.stderr, options)
    return 2


# raci init: starter specs for the five org models --------------------------------------


def stdin_is_terminal() -> bool:
    """Whether ``raci init`` may ask questions: standard input is a terminal."""
    isatty = getattr(sys.stdin, "isatty", None)
    return bool(isatty is not None and isatty())


def init_models(lang: str | None = None, out: TextIO | None = None) -> int:
    """Describe each org model in one paragraph, and when it fits (``raci init --list``)."""
    from raci.starter import MODELS
    from raci.starter.write import wrap

    out = out or sys.stdout
    chosen = detect_lang(lang)
    out.write(t("starter.cli.list_heading", chosen) + "\n")
    for model in MODELS.values():
        out.write(f"\n{model.id} — {t(model.name, chosen)}\n")
        for key in (f"{model.name}.description", f"{model.name}.fits"):
            for line in wrap(t(key, chosen), 96):
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
        return _fail(t("starter.cli.exists", chosen, {"path": output}))
    if model is None:
        return None
    try:
        resolve_headcounts(resolve_model(model), headcounts or {})
    except StarterError as error:
        return _fail(error.message(chosen))
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
        return _fail(t("starter.cli.need_model", chosen, {"models": ", ".join(MODELS)}))
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
        return _fail(error.message(chosen))
    sys.stderr.write(
        "raci: " + t("starter.cli.wrote", chosen, {"path": output, "model": t(MODELS[model].name, chosen)}) + "\n"
    )
    return 0


# raci kpis: the KPI library ---------------------------------------------------------------


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
        from raci.spec.shape import suggest

        message = t("kpis.unknown", chosen, {"id": kpi_id, "suggestion": suggest(kpi_id, list(LIBRARY))})
        return _fail(f"{message}; {t('kpis.unknown.hint', chosen)}")
    out.write(_kpi_card(kpi_id, chosen))
    return 0


def _kpi_table(lang: str) -> str:
    from raci.spec.kpi_library import LIBRARY
    from raci.starter.write import width

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
    from raci.starter.write import width, wrap

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
        for index, part in enumerate(wrap(value, max(40, 100 - width(head)))):
            lines.append((head if index == 0 else " " * width(head)) + part)
    return "\n".join(lines) + "\n"


def _level(level: str, lang: str) -> str:
    """``KGI``, ``KPI``, ``activity KPI (activity)``: the spec's word when the label differs."""
    label = t(f"kpis.level.{level}", lang)
    return label if label.lower() == level else f"{label} ({level})"


# raci fmt ----------------------------------------------------------------------------------


def fmt(paths: Sequence[str], *, check: bool = False, diff: bool = False, lang: str | None = None) -> int:
    """Format spec files in place, or with ``check`` / ``diff`` only say what would change."""
    from raci import fmt_files

    return fmt_files.run(list(paths), check=check, diff=diff, lang=lang)


# raci edit: changes written into the user's own text ------------------------------------


def edit(
    path: str,
    *,
    sets: Sequence[str] = (),
    unsets: Sequence[str] = (),
    adds: Sequence[str] = (),
    renames: Sequence[str] = (),
    moves: Sequence[str] = (),
    removes: Sequence[str] = (),
    dry_run: bool = False,
    lang: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Edit a spec file in place, or print the unified diff with ``dry_run``; exit code 0 or 2."""
    from raci import edit_command

    request = edit_command.Request(sets, unsets, adds, renames, moves, removes)
    return edit_command.run(path, request, dry_run=dry_run, lang=lang, out=out)
