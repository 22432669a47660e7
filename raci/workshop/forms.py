"""``raci workshop prepare``: one form per participant (or per department).

The XLSX form is a handout, written by the matrix view's workbook writer
(:mod:`raci.render.workbook`): landscape one page wide, header and activity columns
repeated on every page, every cell bordered, a drop-down on every answer cell, a comment
column per activity, the participant's name and department on the sheet and in the page
header, the structure protected (no password: a person who must change it can), and an
instructions sheet in the form's language. A hidden sheet (:data:`META_SHEET`) carries the
workshop id, the participant and the department id of every column, so the form reads
back exactly whatever a person does to the visible text.

The CSV form (for Google Sheets and the like) is UTF-8 with a byte-order mark: metadata
rows (``workshop``, ``participant``, ``department``), then the header row ``activity``,
one column per department headed ``name [id]``, then ``name``, ``phase``, ``comment``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from raci.i18n import t
from raci.workshop.manifest import FORMAT, Participant

if TYPE_CHECKING:
    from raci.spec.model import Spec

META_SHEET = "raci"
HEADER_ROW = 5
FIRST_ANSWER_COLUMN = 4
"""Columns: phase, activity id, activity name, then one per department, then the comment."""
CHOICES = ("A/R", "A", "R", "C", "I", "C/I")
BOM = "\ufeff"


@dataclass(frozen=True)
class FormInfo:
    """Who a form is for and which workshop it belongs to."""

    workshop: str
    participant: Participant
    lang: str
    prefilled: bool
    paper: str = "a4"


def file_name(index: int, person: Participant, per_department: bool, fmt: str) -> str:
    """``03-cs-山田_花子.xlsx`` (per participant) or ``cs.xlsx`` (per department): safe on
    every file system, still readable."""
    if per_department:
        return f"{person.department}.{fmt}"
    name = unicodedata.normalize("NFC", person.name)
    name = re.sub(r"[\\/:*?\"<>|\x00-\x1f\x7f\s]+", "_", name).strip("._")[:40] or "participant"
    return f"{index:02d}-{person.department}-{name}.{fmt}"


def _answers(spec: Spec, prefilled: bool) -> list[list[str]]:
    """Per activity, one cell per department: empty (blind) or today's cell (review)."""
    ids = [d.id for d in spec.departments]
    out = []
    for activity in spec.activities():
        cells = {a.department: a.cell for a in activity.raci} if prefilled else {}
        out.append([cells.get(i, "") for i in ids])
    return out


def _phase_names(spec: Spec, lang: str) -> dict[str, str]:
    return {p.id: p.name.get(lang) for p in spec.phases}


# CSV ------------------------------------------------------------------------------------


def csv_form(spec: Spec, info: FormInfo) -> bytes:
    """The CSV form (module docstring), UTF-8 with BOM and CRLF, as Excel and Sheets expect."""
    from raci.render.templating import spreadsheet_cell

    lang = info.lang
    phases = _phase_names(spec, lang)
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel")
    writer.writerow(["format", FORMAT])
    writer.writerow(["workshop", info.workshop])
    writer.writerow(["participant", spreadsheet_cell(info.participant.name)])
    writer.writerow(["department", info.participant.department])
    writer.writerow([])
    heads = [f"{d.name.get(lang)} [{d.id}]" for d in spec.departments]
    writer.writerow(["activity", *(spreadsheet_cell(h) for h in heads), "name", "phase", "comment"])
    for activity, cells in zip(spec.activities(), _answers(spec, info.prefilled), strict=True):
        names = [activity.name.get(lang), phases[activity.phase]]
        writer.writerow([activity.id, *cells, *(spreadsheet_cell(n) for n in names), ""])
    return (BOM + out.getvalue()).encode("utf-8")


# XLSX -----------------------------------------------------------------------------------


def xlsx_form(spec: Spec, info: FormInfo) -> bytes:
    """The printable XLSX form (module docstring)."""
    from raci.render import workbook as wb

    lang = info.lang
    org = spec.org.name.get(lang)
    names = {d.id: d.name.get(lang) for d in spec.departments}
    person = info.participant
    book = wb.new_workbook()
    sheet: Any = book.active
    sheet.title = t("workshop.form.sheet", lang)
    header_text = t("workshop.form.page_header", lang, {"name": person.name, "department": names[person.department]})
    page = wb.Page(info.paper, f"{HEADER_ROW}:{HEADER_ROW}", "A:C", header_text, _legend_footer(lang))
    _form_sheet(sheet, spec, info, org, names)
    wb.page_setup(sheet, page)
    legend = [(r, t(f"matrix.role.{r}", lang), t(f"matrix.role.{r}.meaning", lang)) for r in "ARCI"]
    titles = (t("sheet.legend.letter", lang), t("sheet.legend.name", lang), t("sheet.legend.meaning", lang))
    paragraphs = [t(f"workshop.form.guide.{n}", lang, {"org": org}) for n in range(1, 6)]
    if info.prefilled:
        paragraphs[0] = t("workshop.form.guide.prefilled", lang, {"org": org})
    wb.guide(
        book.create_sheet(t("workshop.form.guide_sheet", lang)),
        t("workshop.form.guide_title", lang),
        paragraphs,
        legend,
        titles,
        page,
    )
    _meta_sheet(book.create_sheet(META_SHEET), spec, info)
    book.active = 0
    return wb.save(book, t("workshop.form.title", lang, {"org": org}))


def _legend_footer(lang: str) -> str:
    entries = " · ".join(f"{r} {t(f'matrix.role.{r}', lang)}" for r in "ARCI") + " · " + t("sheet.legend.blank", lang)
    return t("sheet.legend.footer", lang, {"entries": entries})


def _form_sheet(sheet: Any, spec: Spec, info: FormInfo, org: str, names: dict[str, str]) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from raci.render import workbook as wb

    lang = info.lang
    person = info.participant
    wb.write_rows(
        sheet,
        [
            [t("workshop.form.title", lang, {"org": org})],
            [t("workshop.form.participant", lang), person.name],
            [t("workshop.form.department", lang), names[person.department]],
            [t("workshop.form.instruction", lang)],
        ],
    )
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["B2"].font = sheet["B3"].font = Font(bold=True)
    phases = _phase_names(spec, lang)
    departments = list(spec.departments)
    comment = t("workshop.form.comment", lang)
    head = [t("matrix.phase", lang), t("matrix.activity_id", lang), t("matrix.activity_name", lang)]
    head += [names[d.id] for d in departments] + [comment]
    body: list[list[str | None]] = []
    for activity, cells in zip(spec.activities(), _answers(spec, info.prefilled), strict=True):
        body.append([phases[activity.phase], activity.id, activity.name.get(lang), *cells, ""])
    widths = [
        wb.width([head[0], *phases.values()], 10, 18),
        wb.width([head[1], *(r[1] for r in body)], 10, 22),
        wb.width([head[2], *(r[2] for r in body)], 20, 40),
    ]
    widths += [wb.width([d], 7, 12) for d in head[3:-1]] + [36.0]
    count = len(departments)
    answers = range(FIRST_ANSWER_COLUMN - 1, FIRST_ANSWER_COLUMN + count)  # 0-based: the departments and the comment
    wb.grid(sheet, head, body, widths, first_row=HEADER_ROW, centred=range(3, 3 + count), unlocked=answers)
    own = next(i for i, d in enumerate(departments) if d.id == person.department)
    sheet.cell(HEADER_ROW, FIRST_ANSWER_COLUMN + own).fill = PatternFill(fill_type="solid", start_color="FFF2CC")
    sheet.freeze_panes = f"D{HEADER_ROW + 1}"
    last_row = HEADER_ROW + len(body)
    if body and count:
        first, last = get_column_letter(FIRST_ANSWER_COLUMN), get_column_letter(FIRST_ANSWER_COLUMN + count - 1)
        labels = {k: t(f"matrix.validation.{k}", lang) for k in ("title", "error", "prompt")}
        wb.raci_cells(sheet, f"{first}{HEADER_ROW + 1}:{last}{last_row}", f"{first}{HEADER_ROW + 1}", CHOICES, labels)
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = protection.formatRows = False  # widening a column or a row stays allowed


def _meta_sheet(sheet: Any, spec: Spec, info: FormInfo) -> None:
    """The hidden sheet that makes the form read back exactly: key, value rows."""
    from raci.render import workbook as wb

    person = info.participant
    wb.write_rows(
        sheet,
        [
            ["format", FORMAT],
            ["workshop", info.workshop],
            ["participant", person.name],
            ["department", person.department],
            ["header_row", str(HEADER_ROW)],
            ["departments", ",".join(d.id for d in spec.departments)],
        ],
    )
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def render(spec: Spec, info: FormInfo, fmt: str) -> bytes:
    return xlsx_form(spec, info) if fmt == "xlsx" else csv_form(spec, info)


def department_ids(spec: Spec) -> Sequence[str]:
    return [d.id for d in spec.departments]
