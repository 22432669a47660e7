"""Spec → canonical YAML text, the way people write specs by hand.

Block style for the structure; RACI rows, activity KPI lists and text in two languages
as one-line flow mappings (``raci: {cs: A/R, sales: C}``, ``name: {ja: …, en: …}``);
KPIs as flow mappings wrapped at :data:`WIDTH` columns, as in the bundled specs. Long
texts (descriptions, the mission) in two languages get a line per language. Defaults
the loader fills in (a phase's stage, a library KPI's name) are left out, so
``loads(dump(spec)) == spec`` and the text stays what a person would have written.

Comments have a place: :func:`dump` takes leading and end-of-line comments keyed by
*anchor* (a stable key from :mod:`raci.spec.keys`, optionally with a field path:
``department:cs/accounts``), which is how ``raci fmt`` keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from raci.spec import keys
from raci.spec.cells import canonical
from raci.spec.kpi_library import LIBRARY
from raci.spec.model import STAGES, Activity, Assignment, Department, Kpi, Phase, Spec, Text
from raci.spec.yamltext import YAML_SPACE, literal_lines, scalar
from raci.text import width

WIDTH = 120
"""KPI flow mappings wrap before this column (CJK characters count two)."""
DEFAULT_MODELINE = "raci.schema.json"


@dataclass
class Comments:
    """The comments of one anchor: lines before it (``""`` is a blank line) and at its end."""

    leading: list[str] = field(default_factory=list)
    trailing: str | None = None
    """The end-of-line comment, with the spaces in front of ``#``."""


def dump(
    spec: Spec,
    *,
    header_comments: Sequence[str] = (),
    schema_modeline: str | None = DEFAULT_MODELINE,
    comments: Mapping[str, Comments] | None = None,
    footer: Sequence[str] = (),
) -> str:
    """The canonical YAML text of ``spec``.

    ``schema_modeline`` is the schema path for the ``# yaml-language-server`` line
    (``None``: no modeline); ``header_comments`` are lines of a comment at the top (a
    provenance note); ``comments`` places comments by anchor; ``footer`` lines (comments
    or blanks) end the file.
    """
    head = [f"# yaml-language-server: $schema={schema_modeline}"] if schema_modeline else []
    head += [f"# {line}".rstrip() for line in header_comments]
    return dump_with(spec, head, comments, footer)


def dump_with(
    spec: Spec, head: Sequence[str], comments: Mapping[str, Comments] | None, footer: Sequence[str] = ()
) -> str:
    """:func:`dump` with the first lines given as they are (comments and blanks, as ``raci fmt`` found them)."""
    out = _Writer(track=comments is not None or bool(footer))
    out.spec(spec)
    return out.text(list(head), comments or {}, footer)


@dataclass(slots=True)
class _Line:
    text: str
    anchors: tuple[str, ...] = ()
    blank: bool = False
    """A blank line goes before this one (between sections, departments, phases)."""


def _text(value: Text, flow: bool = True) -> str:
    """A text on one line: a plain string when both languages agree, else ``{ja: …, en: …}``."""
    if value.ja is not None and value.ja == value.en:
        return scalar(value.ja, flow)
    parts = [f"{lang}: {scalar(text, True)}" for lang, text in (("ja", value.ja), ("en", value.en)) if text is not None]
    return "{" + ", ".join(parts) + "}"


class _Writer:
    def __init__(self, track: bool) -> None:
        self.lines: list[_Line] = []
        """With ``track``: each line with its anchors, for placing comments."""
        self.plain: list[str] = []
        """Without: the lines themselves (a 100k-activity spec has millions)."""
        self.track = track

    # output ---------------------------------------------------------------------------

    def add(self, indent: int, text: str, *anchors: str, blank: bool = False) -> None:
        if self.track:
            self.lines.append(_Line(" " * indent + text, anchors, blank))
            return
        if blank and self.plain:
            self.plain.append("")
        self.plain.append(" " * indent + text)

    def raw(self, text: str) -> None:
        """A line with no anchor: part of a literal block."""
        if self.track:
            self.lines.append(_Line(text))
        else:
            self.plain.append(text)

    def text(self, head: list[str], comments: Mapping[str, Comments], footer: Sequence[str]) -> str:
        if not self.track:
            out = list(head)
            if out and out[-1]:
                out.append("")
            out += self.plain
            return "\n".join(out) + "\n"
        placed = _place(comments, {a for line in self.lines for a in line.anchors})
        out = list(head)
        pending_blank = bool(head)
        for line in self.lines:
            indent = line.text[: len(line.text) - len(line.text.lstrip(" "))]
            leading: list[str] = []
            trailing: list[str] = []
            for anchor in line.anchors:
                found = placed.get(anchor)
                if found is not None:
                    leading += found.leading
                    if found.trailing:
                        trailing.append(found.trailing)
            block = _block(([""] if line.blank or pending_blank else []) + leading, out)
            out += [indent + entry if entry else "" for entry in block]
            trailing.sort(key=lambda t: "raci:" in t)  # a suppression last: its reason runs to the line end
            out.append(line.text + "".join(trailing[:1]) + "".join(" " + t.lstrip(YAML_SPACE) for t in trailing[1:]))
            pending_blank = False
        rest = placed.get("", Comments()).leading + list(footer)
        out += _block(rest, out)
        while out and not out[-1]:
            out.pop()
        return "\n".join(out) + "\n"

    def value(self, indent: int, key: str, text: str, anchor: str) -> None:
        """``key: text`` in block context; multi-line text as a literal block."""
        lines = literal_lines(text) if "\n" in text else None
        if lines is None:
            self.add(indent, f"{key}: {scalar(text)}", anchor)
            return
        self.add(indent, f"{key}: {lines[0]}", anchor)
        for part in lines[1:]:
            self.raw(" " * (indent + 2) + part if part else "")

    def long_text(self, indent: int, key: str, value: Text, anchor: str) -> None:
        """A description or mission part: a line per language when there are two."""
        if value.ja is None or value.en is None or value.ja == value.en:
            one = value.ja if value.en is None or value.ja == value.en else None
            if one is not None and value.ja == value.en and "\n" in one:
                self.value(indent, key, one, anchor)
            else:
                self.add(indent, f"{key}: {_text(value, False)}", anchor)
            return
        self.add(indent, f"{key}:", anchor)
        self.value(indent + 2, "ja", value.ja, f"{anchor}/ja")
        self.value(indent + 2, "en", value.en, f"{anchor}/en")

    # the spec -------------------------------------------------------------------------

    def spec(self, spec: Spec) -> None:
        self.add(0, f"version: {spec.version}", "version")
        self.add(0, "org:", "org", blank=True)
        self.add(2, f"name: {_text(spec.org.name, False)}", "org/name")
        if spec.org.locale is not None:
            self.add(2, f"locale: {spec.org.locale}", "org/locale")
        if spec.org.accounts is not None:
            self.add(2, f"accounts: {spec.org.accounts}", "org/accounts")
        if spec.mission is not None:
            parts = [(p, getattr(spec.mission, p)) for p in keys.MISSION_PARTS]
            if any(v is not None for _, v in parts):
                self.add(0, "mission:", "mission", blank=True)
            else:
                self.add(0, "mission: {}", "mission", blank=True)
            for part, text in parts:
                if text is not None:
                    self.long_text(2, part, text, f"mission:{part}")
        self.section("departments", spec.departments, self.department)
        self.section("phases", spec.phases, self.phase)
        if spec.kpis:
            self.add(0, "kpis:", "kpis", blank=True)
            level = spec.kpis[0].level
            for kpi in spec.kpis:
                self.kpi(kpi, blank=kpi.level != level)
                level = kpi.level

    def section(self, name: str, items: Sequence[object], write: object) -> None:
        if not items:
            self.add(0, f"{name}: []", name, blank=True)
            return
        self.add(0, f"{name}:", name, blank=True)
        for index, item in enumerate(items):
            write(item, index > 0)  # type: ignore[operator]

    def department(self, dept: Department, blank: bool) -> None:
        key = keys.department_key(dept.id)
        self.add(2, f"- id: {scalar(dept.id)}", key, f"{key}/id", blank=blank)
        self.add(4, f"name: {_text(dept.name, False)}", f"{key}/name")
        self.add(4, f"kind: {dept.kind}", f"{key}/kind")
        for name in ("headcount", "accounts"):
            number = getattr(dept, name)
            if number is not None:
                self.add(4, f"{name}: {number}", f"{key}/{name}")
        scope = dept.scope
        if scope is None:
            return
        if not scope.does and not scope.does_not:
            self.add(4, "scope: {}", f"{key}/scope")
            return
        self.add(4, "scope:", f"{key}/scope")
        if scope.does:
            self.add(6, "in:", f"{key}/scope/in")
            for index, text in enumerate(scope.does):
                self.add(8, f"- {_text(text, False)}", f"{key}/scope/in[{index}]")
        if scope.does_not:
            self.add(6, "out:", f"{key}/scope/out")
            for index, item in enumerate(scope.does_not):
                if item.activity is None and item.phase is None:
                    written = _text(item.text or Text(), False)
                else:
                    kind, ref = ("activity", item.activity) if item.activity else ("phase", item.phase)
                    note = f", note: {_text(item.text)}" if item.text is not None else ""
                    written = f"{{{kind}: {scalar(ref or '', True)}{note}}}"
                self.add(8, f"- {written}", f"{key}/scope/out[{index}]")

    def phase(self, phase: Phase, blank: bool) -> None:
        key = keys.phase_key(phase.id)
        self.add(2, f"- id: {scalar(phase.id)}", key, f"{key}/id", blank=blank)
        self.add(4, f"name: {_text(phase.name, False)}", f"{key}/name")
        if phase.stage != (phase.id if phase.id in STAGES else None):
            self.add(4, f"stage: {phase.stage}", f"{key}/stage")
        if phase.description is not None:
            self.long_text(4, "description", phase.description, f"{key}/description")
        if not phase.activities:
            self.add(4, "activities: []", f"{key}/activities")
            return
        self.add(4, "activities:", f"{key}/activities")
        for activity in phase.activities:
            self.activity(activity)

    def activity(self, act: Activity) -> None:
        key = keys.activity_key(act.id)
        self.add(6, f"- id: {scalar(act.id)}", key, f"{key}/id")
        self.add(8, f"name: {_text(act.name, False)}", f"{key}/name")
        if act.description is not None:
            self.long_text(8, "description", act.description, f"{key}/description")
        cells = ", ".join(f"{scalar(a.department, True)}: {_cell(a)}" for a in act.raci)
        if self.track:
            anchors = [f"{key}/raci", *(keys.cell_key(act.id, a.department) for a in act.raci)]
            self.add(8, f"raci: {{{cells}}}", *anchors)
        else:
            self.plain.append(f"        raci: {{{cells}}}")
        if act.mode is not None:
            self.add(8, f"mode: {act.mode}", f"{key}/mode")
        if act.handoff:
            self.add(8, "handoff: true", f"{key}/handoff")
        if act.kpis:
            self.add(8, f"kpis: [{', '.join(scalar(k, True) for k in act.kpis)}]", f"{key}/kpis")

    def kpi(self, kpi: Kpi, blank: bool) -> None:
        """One flow mapping: on one line if it fits, else use, id, name (and level if it fits) first."""
        key = keys.kpi_key(kpi.id)
        fields = list(_kpi_fields(kpi))
        parts = [f"{name}: {text}" for name, text in fields]
        anchors = [f"{key}/{name}" for name, _ in fields]
        one = "- {" + ", ".join(parts) + "}"
        if width(one) + 2 <= WIDTH:
            self.add(2, one, key, *anchors, blank=blank)
            return
        head = sum(1 for name, _ in fields[:3] if name in ("use", "id", "name")) or 1
        if head < len(fields) and fields[head][0] == "level":
            head += width("- {" + ", ".join(parts[: head + 1]) + ",") + 2 <= WIDTH
        lines = [("- {" + ", ".join(parts[:head]) + ",", [key, *anchors[:head]])]
        for number in range(head, len(parts)):
            piece = parts[number] + ("}" if number == len(parts) - 1 else ",")
            current, taken = lines[-1]
            if len(lines) == 1 or width(current) + 1 + width(piece) + 2 > WIDTH:
                lines.append(("   " + piece, [anchors[number]]))
            else:
                lines[-1] = (current + " " + piece, [*taken, anchors[number]])
        for number, (text, taken) in enumerate(lines):
            self.add(2, text, *taken, blank=blank and number == 0)


def _cell(cell: Assignment) -> str:
    roles = canonical(cell.roles)
    if not cell.annotated:
        return roles
    parts = [f"roles: {roles}"]
    if cell.note is not None:
        parts.append(f"note: {_text(cell.note)}")
    if cell.situational:
        parts.append("situational: true")
    return "{" + ", ".join(parts) + "}"


def _kpi_fields(kpi: Kpi) -> Iterable[tuple[str, str]]:
    """The fields of a KPI as written, leaving out what the library KPI of ``use`` supplies."""
    base = LIBRARY.get(kpi.use) if kpi.use else None
    if kpi.use:
        yield "use", scalar(kpi.use, True)
    if base is None or kpi.id != kpi.use:
        yield "id", scalar(kpi.id, True)
    if base is None or kpi.name != base.name:
        yield "name", _text(kpi.name)
    if base is None or kpi.level != base.level:
        yield "level", kpi.level
    if len(kpi.parents) == 1:
        yield "parent", scalar(kpi.parents[0], True)
    elif kpi.parents:
        yield "parents", "[" + ", ".join(scalar(p, True) for p in kpi.parents) + "]"
    if kpi.owner is not None:
        yield "owner", scalar(kpi.owner, True)
    if kpi.unit is not None and (base is None or kpi.unit != base.unit):
        yield "unit", scalar(kpi.unit, True)
    if kpi.target is not None:
        yield "target", scalar(kpi.target, True)
    if kpi.description is not None and (base is None or kpi.description != base.description):
        yield "description", _text(kpi.description)


def _place(comments: Mapping[str, Comments], written: set[str]) -> dict[str, Comments]:
    """Comments by the anchor they will be written at: a field that is not written any more
    (``handoff: false``, ``parents`` of one) passes its comments to its element; what has
    no place left goes to the end of the file (key ``""``)."""
    placed: dict[str, Comments] = {}
    for anchor, found in comments.items():
        target = anchor
        while target and target not in written:
            target = _parent(target)
        into = placed.setdefault(target, Comments())
        into.leading += found.leading
        if found.trailing and target != anchor:  # its line is gone: the comment gets a line of its own
            into.leading.append(found.trailing.lstrip(YAML_SPACE))
        elif found.trailing:
            into.trailing = (
                found.trailing if into.trailing is None else into.trailing + " " + found.trailing.lstrip(YAML_SPACE)
            )
    return placed


def _parent(anchor: str) -> str:
    """The anchor that contains ``anchor``: a field's element, a cell's RACI row…"""
    if anchor.endswith("]"):
        return anchor[: anchor.rindex("[")]
    if anchor.startswith("cell:"):
        return keys.activity_key(anchor[5:].split("/")[0]) + "/raci"
    if "/" in anchor:
        return anchor[: anchor.rindex("/")]
    return "mission" if anchor.startswith("mission:") else ""


def _block(entries: list[str], before: list[str]) -> list[str]:
    """Comment lines and blanks: at most one blank in a row, none at the start of the file."""
    out: list[str] = []
    for entry in entries:
        previous = out[-1] if out else (before[-1] if before else "")
        if not entry and not previous:
            continue
        out.append(entry)
    return out
