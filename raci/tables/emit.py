"""The imported spec as YAML text: the writer's layout, plus the comments a person reviews.

A header comment names the table (file, sheet) and the date; each department's guessed
``kind`` carries an end-of-line comment asking to check it; a cell that could not be read
is kept, as written, in a comment above its activity's RACI row: nothing in the table is
lost, even what raci did not understand.
"""

from __future__ import annotations

from raci.i18n import t
from raci.spec import keys
from raci.spec.write import Comments, dump
from raci.tables.build import Built
from raci.tables.grid import Where
from raci.tables.places import span_of


def source_name(where: Where) -> str:
    """``table.xlsx (RACI)`` or ``table.csv``: the table, as the header comment names it."""
    return f"{where.file} ({where.sheet})" if where.sheet else where.file


def spec_text(built: Built, source: Where, date: str) -> str:
    """The YAML text of ``built.spec`` with the import's comments."""
    lang = built.lang
    comments: dict[str, Comments] = {}
    for guess in built.guesses:
        if guess.word is None:
            note = t("import.comment.kind_unknown", lang)
        else:
            note = t("import.comment.kind", lang, {"word": guess.word})
        comments[f"{keys.department_key(guess.department)}/kind"] = Comments(trailing=f"  # {note}")
    for activity, cells in built.lost.items():
        lines = [
            # the cell's text in full, never shortened as a message argument would be
            f"# {t('import.comment.lost', lang, {'where': str(span_of(w)), 'role': role})} {_one_line(text)}"
            for role, text, w in cells
        ]
        comments[f"{keys.activity_key(activity)}/raci"] = Comments(leading=lines)
    header = [
        t("import.comment.header", lang, {"source": source_name(source), "date": date}),
        t("import.comment.review", lang),
    ]
    return dump(built.spec, header_comments=header, comments=comments)


def _one_line(text: str) -> str:
    """A cell's text on one comment line (line breaks shown as ⏎)."""
    return " ⏎ ".join(part.strip() for part in text.splitlines())
