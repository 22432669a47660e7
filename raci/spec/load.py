"""YAML text → :class:`~raci.spec.model.Spec`, or :class:`SpecError` with every problem.

Safe loading only: PyYAML composes a node tree (with the C parser when available), and
the declarations of :mod:`raci.spec.format` read it, so every value keeps its line and
column. Then ids are checked for duplicates and every reference is resolved, with a
did-you-mean hint for typos.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import yaml

from raci.langs import LANGS
from raci.spec import suppressions, values
from raci.spec.cells import Cell
from raci.spec.format import SPEC
from raci.spec.model import (
    STAGES,
    Activity,
    Assignment,
    Department,
    Kpi,
    Mission,
    Org,
    Phase,
    Scope,
    ScopeItem,
    Span,
    Spec,
    Text,
)
from raci.spec.parse import compose, precheck
from raci.spec.problems import Problem, SpecError
from raci.spec.reader import INVALID, InputLimit, Reader, Ref
from raci.spec.shape import ObjView
from raci.text import suggest

if TYPE_CHECKING:
    from raci.spec.kpi_library import LibraryKpi

MAX_BYTES = 64 * 1024 * 1024
SPEC_SUFFIXES = (".raci.yaml", ".raci.yml")
_BOM = b"\xef\xbb\xbf"
"""UTF-8's byte order mark, which some Windows editors write and the loader skips."""
STDIN = "-"


def load(path: str | os.PathLike[str]) -> Spec:
    """Read and check the spec at ``path`` (``-`` reads standard input)."""
    name = "<stdin>" if str(path) == STDIN else str(path)
    try:
        if str(path) == STDIN:
            from raci.output import read_stdin

            data = read_stdin(MAX_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SpecError(
            name, [Problem("S000", "unreadable", Span(name, 1, 1), {"reason": exc.strerror or str(exc)})]
        ) from None
    return loads(data, name)


def loads(data: bytes | str, source: str = "<spec>") -> Spec:
    """Read and check a spec given as text or bytes; ``source`` names it in locations."""
    origin = Span(source, 1, 1)
    if len(data) > MAX_BYTES:
        raise SpecError(source, [Problem("S010", "limit.size", origin, {"limit": MAX_BYTES // (1024 * 1024)})])
    if isinstance(data, bytes):
        raw = data
        # What the "utf-8-sig" codec does, without importing its module on every run.
        bom = len(_BOM) if raw.startswith(_BOM) else 0
        try:
            data = (raw[bom:] if bom else raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            start = exc.start + bom
            line = raw.count(b"\n", 0, start) + 1
            column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
            guess = _guess_encoding(raw)
            problem = Problem("S000", "not_utf8", Span(source, line, column), {"offset": start, "encoding": guess})
            raise SpecError(source, [problem]) from None
    precheck(data, source)
    with collector_paused():
        root = compose(data, source)
        reader = Reader(source)
        reader.controls = values.MAYBE_CONTROL.search(data) is not None
        reader.anchors = "&" in data
        try:
            view = SPEC.read(root, reader)
            spec = None if view is INVALID else _Builder(reader, source).build(view)
        except InputLimit as limit:
            problem = Problem("S010", limit.key, limit.span, limit.arguments)
            raise SpecError(source, [problem], _peek_locale(root)) from None
        except RecursionError:
            problem = Problem("S010", "limit.depth", origin, {})
            raise SpecError(source, [problem], _peek_locale(root)) from None
    if reader.problems or spec is None:
        raise SpecError(source, sorted(reader.problems, key=_problem_order), _peek_locale(root))
    return dataclasses.replace(spec, suppressions=suppressions.scan(data, source))


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building the node tree and the model (or,
    in a command, a view of it: raci/commands/render.py).

    Loading allocates millions of small objects and no reference cycles worth
    collecting; with the collector on, its repeated full passes make a 100k-activity
    spec load about 4x slower and the time grow faster than the file. Before the
    collector is switched back on, what survived the load is frozen (``gc.freeze``:
    moved where the collector never looks), or its first pass would walk every node and
    model object once more: a quarter of a 10k-activity validate. Frozen objects are
    still freed when nothing refers to them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def _guess_encoding(data: bytes) -> str:
    """The likely encoding of a file that is not UTF-8: Japanese Windows tools write Shift_JIS."""
    for encoding in ("cp932", "euc_jp"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return "Shift_JIS (cp932)" if encoding == "cp932" else "EUC-JP"
    return "unknown"


def _peek_locale(root: yaml.Node) -> str | None:
    """``org.locale`` read straight from the node tree, for a spec that failed to load."""
    locale = _child(_child(root, "org"), "locale")
    return locale.value if isinstance(locale, yaml.ScalarNode) and locale.value in LANGS else None


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def _problem_order(problem: Problem) -> tuple[int, int]:
    return (problem.span.line, problem.span.column) if problem.span else (0, 0)


class _Builder:
    """Turns the checked views into model objects and resolves references between them."""

    def __init__(self, reader: Reader, source: str) -> None:
        self.r = reader
        self.source = source
        self.ids: dict[str, dict[str, ObjView]] = {"department": {}, "phase": {}, "activity": {}, "kpi": {}}
        """Kind → id → the element that defined it (its span is computed only for a duplicate)."""

    def build(self, view: ObjView) -> Spec | None:
        departments = [d for d in view.get("departments", []) if isinstance(d, ObjView)]
        phases = [p for p in view.get("phases", []) if isinstance(p, ObjView)]
        kpis = [k for k in view.get("kpis", []) if isinstance(k, ObjView)]
        activities = [(p, a) for p in phases for a in p.get("activities", []) if isinstance(a, ObjView)]
        for kind, views in (
            ("department", departments),
            ("phase", phases),
            ("activity", [a for _, a in activities]),
            ("kpi", kpis),
        ):
            self._register(kind, views)
        # Resolve references even when the structure has problems: one run, every error.
        self._resolve_all(departments, activities, kpis)
        if self.r.problems:
            return None
        org = view.get("org")
        return Spec(
            version=view.get("version"),
            org=Org(
                name=org.get("name"),
                locale=org.get("locale"),
                accounts=org.get("accounts"),
                span=org.span,
            ),
            mission=self._mission(view.get("mission")),
            departments=tuple(self._department(d) for d in departments),
            phases=tuple(self._phase(p) for p in phases),
            kpis=tuple(self._kpi(k) for k in kpis),
            source=self.source,
        )

    # ids and references -------------------------------------------------------------

    def _register(self, kind: str, views: Iterable[ObjView]) -> None:
        table = self.ids[kind]
        for item in views:
            ident = _id_of(item)
            if ident is None:
                continue
            if ident in table:
                first = _id_span(table[ident]).line
                self.r.problem("S007", "duplicate_id", _id_span(item), kind=kind, id=ident, first=first)
            else:
                table[ident] = item

    def _check_ref(self, ref: Any, kind: str) -> None:
        if isinstance(ref, Ref) and ref.id not in self.ids[kind]:
            self.r.problem(
                "S008",
                "undefined_ref",
                ref.span,
                kind=kind,
                id=ref.id,
                suggestion=suggest(ref.id, list(self.ids[kind])),
            )

    def _resolve_all(
        self,
        departments: list[ObjView],
        activities: list[tuple[ObjView, ObjView]],
        kpis: list[ObjView],
    ) -> None:
        check = self._check_ref
        for dept in departments:
            scope = dept.get("scope")
            for item in scope.get("out", []) if isinstance(scope, ObjView) else []:
                if isinstance(item, ObjView):
                    check(item.get("activity"), "activity")
                    check(item.get("phase"), "phase")
        known = self.ids["department"]
        for _, act in activities:
            for dept_ref, _roles in act.get("raci", []):
                if dept_ref.id not in known:  # one Ref per RACI cell: check() only for the unknown
                    check(dept_ref, "department")
            for kpi_ref in act.get("kpis", []):
                check(kpi_ref, "kpi")
        for kpi in kpis:
            use = kpi.get("use")
            if isinstance(use, Ref) and use.id not in _library():
                hint = suggest(use.id, list(_library()))
                self.r.problem("S008", "undefined_library_kpi", use.span, id=use.id, suggestion=hint)
            check(kpi.get("owner"), "department")
            for parent in self._parents(kpi):
                check(parent, "kpi")
                if isinstance(parent, Ref) and parent.id == _id_of(kpi):
                    self.r.problem("S008", "self_parent", parent.span, id=parent.id)

    @staticmethod
    def _parents(kpi: ObjView) -> list[Any]:
        if kpi.has("parent"):
            return [kpi.get("parent")]
        return list(kpi.get("parents", []))

    # model objects ---------------------------------------------------------------------

    @staticmethod
    def _mission(view: ObjView | None) -> Mission | None:
        if view is None:
            return None
        return Mission(
            customer=view.get("customer"),
            value=view.get("value"),
            success=view.get("success"),
            statement=view.get("statement"),
            span=view.span,
            spans=view.spans(),
        )

    @staticmethod
    def _department(view: ObjView) -> Department:
        scope_view = view.get("scope")
        scope = None
        if scope_view is not None:
            out: list[ScopeItem] = []
            for item in scope_view.get("out", []):
                if isinstance(item, Text):
                    out.append(ScopeItem(text=item))
                else:
                    activity, phase = item.get("activity"), item.get("phase")
                    out.append(
                        ScopeItem(
                            text=item.get("note"),
                            activity=activity.id if activity else None,
                            phase=phase.id if phase else None,
                            span=item.span,
                        )
                    )
            scope = Scope(does=tuple(scope_view.get("in", [])), does_not=tuple(out), span=scope_view.span)
        return Department(
            id=view.get("id"),
            name=view.get("name"),
            kind=view.get("kind") or "other",
            headcount=view.get("headcount"),
            accounts=view.get("accounts"),
            scope=scope,
            span=view.span,
        )

    def _phase(self, view: ObjView) -> Phase:
        ident = view.get("id")
        stage = view.get("stage") or (ident if ident in STAGES else None)
        return Phase(
            id=ident,
            name=view.get("name"),
            stage=stage,
            activities=tuple(self._activity(a, ident) for a in view.get("activities", [])),
            description=view.get("description"),
            span=view.span,
        )

    @staticmethod
    def _activity(view: ObjView, phase: str) -> Activity:
        return Activity(
            id=view.get("id"),
            name=view.get("name"),
            phase=phase,
            raci=tuple(_assignment(ref, cell) for ref, cell in view.get("raci", [])),
            mode=view.get("mode"),
            kpis=tuple(ref.id for ref in view.get("kpis", [])),
            handoff=bool(view.get("handoff", False)),
            description=view.get("description"),
            span=view.span,
        )

    def _kpi(self, view: ObjView) -> Kpi:
        owner = view.get("owner")
        target = view.get("target")
        use = view.get("use")
        base = _library().get(use.id) if use else None
        # A missing id, name or level has been reported (S005), and a model built with
        # problems is discarded: the empty placeholders only keep the types whole.
        return Kpi(
            id=_id_of(view) or "",
            name=view.get("name") or (base.name if base else Text()),
            level=view.get("level") or (base.level if base else ""),
            parents=tuple(ref.id for ref in self._parents(view)),
            owner=owner.id if owner else None,
            unit=view.get("unit") or (base.unit if base else None),
            target=None if target is None else str(target),
            description=view.get("description") or (base.description if base else None),
            span=view.span,
            use=use.id if use else None,
        )


def _assignment(ref: Ref, cell: frozenset[str] | Cell) -> Assignment:
    if isinstance(cell, Cell):
        return Assignment(ref.id, cell.roles, ref.span, cell.note, cell.situational)
    return Assignment(ref.id, cell, ref.span)


def _library() -> Mapping[str, LibraryKpi]:
    """The KPI library, imported when a KPI says ``use:`` (most specs never do)."""
    from raci.spec.kpi_library import LIBRARY

    return LIBRARY


def _id_span(view: ObjView) -> Span:
    """Where an element's id (or, for a library KPI without one, its ``use``) was written."""
    return view.span_of("id") if view.has("id") else view.span_of("use")


def _id_of(view: ObjView) -> str | None:
    """An element's id; a library KPI without one takes the library id."""
    ident: str | None = view.get("id")
    use = view.get("use")
    if ident is None and isinstance(use, Ref):
        return use.id
    return ident


def discover(paths: Iterable[str]) -> list[str]:
    """Expand directories into the ``*.raci.yaml`` / ``*.raci.yml`` files below them, sorted."""
    found: list[str] = []
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            from pathlib import Path

            found.extend(
                sorted(str(p) for p in Path(path).rglob("*") if p.name.endswith(SPEC_SUFFIXES) and p.is_file())
            )
        else:
            found.append(path)
    return found
