"""One plain function per CLI command: arguments in, exit code out.

The click layer in :mod:`raci.cli` only parses; these functions do the work through
the library and can be called (and tested) without click.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
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
        count = baselines.write(report, write_baseline)
        sys.stderr.write(f"raci: recorded {count} finding(s) in {write_baseline}\n")
        return 2 if report.unreadable else 0
    if baseline:
        try:
            hidden = baselines.apply(report, baseline)
        except baselines.BaselineError as error:
            return _fail(str(error))
        if hidden:
            sys.stderr.write(f"raci: {hidden} finding(s) hidden by the baseline {baseline}\n")
    options = reporters.Options(lang=chosen, color=fmt == "text" and wants_color(out, color))
    reporters.get(fmt)(report, out, options)
    return report.exit_code(fail_on or report.fail_on or "error")


def _fail(message: str) -> int:
    sys.stderr.write(f"raci: {message}\n")
    return 2


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
        return _fail(
            f"no rule is called '{code}'" + (f" (did you mean '{hint}'?)" if hint else "") + "; 'raci rules' lists them"
        )
    (out or sys.stdout).write(docs.explain(found, detect_lang(lang)))
    return 0


def schema(out: TextIO | None = None) -> int:
    """Print the JSON Schema of the spec format."""
    from raci.spec.schema import dumps

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
        sys.stderr.write(f"raci: no bundled example '{name}'" + (f" (did you mean '{hint}'?)" if hint else "") + "\n")
        sys.stderr.write("raci: 'raci examples' lists them\n")
        return 2
    out.write(found[name].read_text(encoding="utf-8"))
    return 0


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
    from raci.atomic import write_bytes

    chosen_view = rendering.RENDERERS[view]
    fmt = fmt or chosen_view.formats[0]
    module = rendering.get(view)
    if fmt in module.BINARY and not output:
        return _fail(f"--format {fmt} writes a binary file: give -o FILE")
    spec = _load_or_report(spec_path, lang)
    if spec is None:
        return 2
    options = rendering.Options(
        lang=detect_lang(lang, spec.org.locale),
        templates=Path(templates) if templates else None,
        department=department,
        font=font,
    )
    try:
        result = module.render(rendering.document(spec), fmt, options)
    except rendering.RenderError as error:
        return _fail(str(error))
    data = result.encode("utf-8") if isinstance(result, str) else result
    if output:
        write_bytes(output, data)
    else:
        stream = out or sys.stdout
        stream.write(data.decode("utf-8"))
        stream.flush()
    return 0


def _load_or_report(spec_path: str, lang: str | None) -> object:
    """The spec, or ``None`` after printing why it cannot be read (text format, stderr)."""
    from raci import reporters
    from raci.findings import Report, from_problems
    from raci.spec.load import load
    from raci.spec.problems import SpecError

    try:
        return load(spec_path)
    except SpecError as error:
        report = Report(files=[error.source], findings=from_problems(error.problems), unreadable={error.source})
        options = reporters.Options(lang=detect_lang(lang, error.locale), color=wants_color(sys.stderr, None))
        reporters.get("text")(report, sys.stderr, options)
        return None
