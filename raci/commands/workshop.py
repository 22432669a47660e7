"""``raci workshop prepare|collect|report``: the plain functions behind :mod:`raci.cli.workshop`.

They read and write through :mod:`raci.workshop` and the output guard's folder mode
(:class:`raci.output.OutputDir`), print what happened in the user's language, and return
the exit code: 0, or 2 when the input cannot be used — and for ``collect``, also when a
form or a cell had to be left out (the results are written without it and every problem
is named by file and cell).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from raci.commands.common import fail, load_or_report, write_output
from raci.i18n import detect_lang, t

if TYPE_CHECKING:
    from raci.spec.model import Spec
    from raci.workshop.manifest import Participant

Progress = Callable[[int], AbstractContextManager[Callable[[int], None]]]
"""Given the number of forms, a context giving a function to call with each form read
(the CLI draws a progress bar on a terminal)."""
FORMATS = ("xlsx", "csv")


@contextmanager
def no_progress(_total: int) -> Iterator[Callable[[int], None]]:
    yield lambda _n: None


# prepare --------------------------------------------------------------------------------


def prepare(
    spec_path: str,
    output: str,
    *,
    participants_file: str | None = None,
    departments: str | None = None,
    fmt: str = "xlsx",
    prefilled: bool = False,
    lang: str | None = None,
    paper: str = "a4",
    force: bool = False,
) -> int:
    """Write one form per participant (or per department), the manifest and a copy of the spec."""
    from raci.output import OutputDir, OutputError
    from raci.workshop import forms
    from raci.workshop.manifest import MANIFEST_NAME, SPEC_NAME, Manifest, workshop_id

    spec = load_or_report(spec_path, lang)
    if spec is None:
        return 2
    if fmt == "xlsx":
        from raci.render.workbook import import_openpyxl_without_numpy

        import_openpyxl_without_numpy()  # raci's own process: numpy is not needed to write text
    lang = detect_lang(lang, spec.org.locale)
    if not spec.departments or not any(True for _ in spec.activities()):
        return fail(t("workshop.prepare.nothing", lang, {"path": spec_path}))
    people = _participants(spec, participants_file, departments, lang)
    if people is None:
        return 2
    per_department = participants_file is None
    spec_bytes = _spec_bytes(spec, spec_path)
    ident = workshop_id(spec_bytes)
    named = [
        _with_file(person, forms.file_name(index, person, per_department, fmt))
        for index, person in enumerate(people, 1)
    ]
    mode = "prefilled" if prefilled else "blind"
    manifest = Manifest(ident, lang, mode, SPEC_NAME, tuple(named))
    folder = Path(output)
    files = [p.file for p in named] + [MANIFEST_NAME, SPEC_NAME]
    existing = [name for name in files if (folder / name).exists()]
    if existing and not force:
        return fail(t("workshop.prepare.exists", lang, {"folder": output, "files": ", ".join(existing[:5])}))
    inputs = [spec_path, *([participants_file] if participants_file else [])]
    try:
        target = OutputDir(output, inputs=inputs)
        for person in named:
            info = forms.FormInfo(ident, person, lang, prefilled, paper)
            target.write(person.file, forms.render(spec, info, fmt))
        target.write(SPEC_NAME, spec_bytes)
        target.write(MANIFEST_NAME, manifest.to_json().encode("utf-8"))
    except OutputError as error:
        return fail(error.message(lang))
    args = {"count": len(named), "folder": output, "workshop": ident}
    sys.stdout.write(t("workshop.prepare.done", lang, args) + "\n")
    return 0


def _spec_bytes(spec: Spec, path: str) -> bytes:
    """The spec as the workshop keeps it: the file's bytes, or (standard input, read once
    already) the spec as raci's writer prints it."""
    if path != "-":
        try:
            return Path(path).read_bytes()
        except OSError:
            pass
    from raci.spec.write import dump

    return dump(spec).encode("utf-8")


def _with_file(person: Participant, name: str) -> Participant:
    from dataclasses import replace

    return replace(person, file=name)


def _participants(spec: Spec, path: str | None, departments: str | None, lang: str) -> list[Participant] | None:
    """From ``--participants FILE``, else one per department of ``--departments`` (default all)."""
    from raci.text import suggest
    from raci.workshop.manifest import Participant
    from raci.workshop.participants import parse

    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            fail(t("workshop.participants.unreadable", lang, {"path": path, "reason": str(error)}))
            return None
        people, problems = parse(text, spec)
        for problem in problems:
            sys.stderr.write(f"{path}:{problem.line}: {t(problem.key, lang, problem.args)}\n")
        return None if problems else people
    known = {d.id: d for d in spec.departments}
    wanted = [d.strip() for d in departments.split(",") if d.strip()] if departments else list(known)
    unknown = [d for d in wanted if d not in known]
    if unknown or not wanted:
        first = unknown[0] if unknown else ""
        hint = suggest(first, list(known)) or ", ".join(known)
        fail(t("workshop.prepare.unknown_department", lang, {"id": first, "known": hint}))
        return None
    return [Participant(known[d].name.get(lang), d) for d in dict.fromkeys(wanted)]


# collect --------------------------------------------------------------------------------


def collect(
    folder: str,
    output: str,
    *,
    round_label: str | None = None,
    manifest_path: str | None = None,
    fmt: str = "text",
    lang: str | None = None,
    progress: Progress = no_progress,
) -> int:
    """Read the filled forms of ``folder`` and write results.json, consensus.raci.yaml and agenda.md."""
    from raci.output import OutputDir, OutputError
    from raci.spec.load import loads
    from raci.spec.problems import SpecError
    from raci.workshop import WorkshopError, agenda, consensus, manifest, reading, results

    source = Path(folder)
    if not source.is_dir():
        return fail(t("workshop.collect.not_a_folder", detect_lang(lang), {"path": folder}))
    manifest_file = Path(manifest_path) if manifest_path else source / manifest.MANIFEST_NAME
    try:
        found = manifest.read(manifest_file)
    except WorkshopError as error:
        return fail(error.message(detect_lang(lang)))
    lang = detect_lang(lang, found.lang)
    spec_file = manifest_file.parent / found.spec
    try:
        spec_bytes = spec_file.read_bytes()
        spec = loads(spec_bytes, str(spec_file))
    except (OSError, SpecError) as error:
        return fail(t("workshop.collect.no_spec", lang, {"path": str(spec_file), "reason": str(error)}))
    if manifest.workshop_id(spec_bytes) != found.workshop:
        return fail(t("workshop.collect.spec_changed", lang, {"path": str(spec_file), "workshop": found.workshop}))
    files = reading.candidates(source)
    reader = reading.Reader(found.workshop, spec)
    forms = []
    with progress(len(files)) as advance:
        for file in files:
            form = reader.file(file, str(file))
            if form is not None:
                forms.append(form)
            advance(1)
    reading.unique_names(forms)
    notes = reader.notes
    for note in notes:
        label = t("workshop.note" if note.severity == "note" else "workshop.error", lang)
        sys.stderr.write(f"{note.location()}: {label}: {t(note.key, lang, note.args)}\n")
    if not forms:
        return fail(t("workshop.collect.no_forms", lang, {"path": folder}))
    label = round_label or Path(output).resolve().name
    try:
        outcome = results.compute(spec, forms)
        proposal = consensus.text(spec_bytes.decode("utf-8-sig"), spec, outcome.cells, lang)
        draft = proposal.text
        if not proposal.kept:
            sys.stderr.write(t("workshop.consensus.rewritten", lang, {"path": str(spec_file)}) + "\n")
        findings = _findings(loads(draft, "consensus.raci.yaml"), lang)
        data = results.to_data(
            outcome, workshop=found.workshop, round_label=label, lang=lang, notes=notes, findings=findings
        )
        for problem in data["problems"]:
            problem["message"] = t(problem["key"], lang, problem["args"])
        text = results.dumps(data)
        target = OutputDir(output, inputs=[*files, manifest_file, spec_file])
        target.write("results.json", text.encode("utf-8"))
        bom = b"\xef\xbb\xbf" if spec_bytes.startswith(b"\xef\xbb\xbf") and proposal.kept else b""
        target.write("consensus.raci.yaml", bom + draft.encode("utf-8"))
        target.write("agenda.md", agenda.markdown(data, spec).encode("utf-8"))
    except (WorkshopError, OutputError) as error:
        return fail(error.message(lang))
    if fmt == "json":
        sys.stdout.write(text)
    else:
        sys.stdout.write(_summary(data, output, lang))
    return 2 if any(n.severity == "error" for n in notes) else 0


def _findings(spec: Spec, lang: str) -> list[dict[str, Any]]:
    from raci.lint import validate

    return [
        {"code": f.code, "severity": f.severity, "message": f.message(lang), "line": f.span.line if f.span else None}
        for f in validate(spec)
    ]


def _summary(data: dict[str, Any], output: str, lang: str) -> str:
    from raci.workshop.agenda import plan

    todo, checks = plan(data)
    agreement = "—" if data["agreement"] is None else f"{data['agreement'] * 100:.0f}%"
    alpha = "—" if data["alpha"] is None else f"{data['alpha']:.2f}"
    args = {
        "count": len(data["participants"]),
        "agreement": agreement,
        "alpha": alpha,
        "contested": data["contested"],
        "items": len(todo),
        "checks": len(checks),
        "folder": output,
        "round": data["round"],
    }
    return t("workshop.collect.done", lang, args) + "\n"


# report ---------------------------------------------------------------------------------


def report(folders: Sequence[str], output: str, *, lang: str | None = None) -> int:
    """One HTML page from the results of one or more rounds, in the order given."""
    from raci.workshop import WorkshopError
    from raci.workshop.report import render

    paths = [Path(f) for f in folders]
    try:
        page = render(paths, lang)
    except WorkshopError as error:
        return fail(error.message(detect_lang(lang)))
    inputs = [str(p / "results.json") if p.is_dir() else str(p) for p in paths]
    return write_output(output, page.encode("utf-8"), detect_lang(lang), inputs=inputs)
