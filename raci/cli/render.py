"""``raci render <view>`` and ``raci report``: the click layer of :mod:`raci.commands.render`.

The views and their formats and options come from the registry :data:`raci.render.RENDERERS`
(a view module is imported only when that view runs): a new view needs no change here.
"""

from __future__ import annotations

import click

from raci.cli.options import color_option, lang_option, output_option, when
from raci.render import RENDERERS

DIRECTIONS = ("auto", "down", "right")
"""The KPI tree's layouts (raci.render.Options.direction)."""

REPORT = "report"
"""The view that is its own command, ``raci report``, not ``raci render report``."""

_TEMPLATES = click.option(
    "--templates",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of templates that override the shipped ones (same names).",
)


@click.group()
def render() -> None:
    """Render a spec for meetings: matrix, KPI tree, lifecycle map, mission, charter, graph.

    Writes to -o FILE when given, else to standard output (binary formats need -o).
    Text follows --lang, else the spec's org.locale. Same spec, same bytes.
    """


def _add_view(name: str) -> None:
    view = RENDERERS[name]

    @render.command(name=name, help=view.summary)
    @click.argument("spec", metavar="SPEC")
    @click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(view.formats),
        help=f"Output format [default: from -o FILE's extension, else {view.formats[0]}].",
    )
    @output_option("Write to FILE.")
    @lang_option()
    @when(view.templates, _TEMPLATES)
    @when(
        view.department,
        click.option(
            "--department",
            required=view.needs_department,
            metavar="ID",
            help="The department (id) to render." if view.needs_department else "Only this department (id).",
        ),
    )
    @when(view.graphviz, click.option("--font", help="Font for images (Graphviz) [default: a CJK-capable font]."))
    @when(
        view.paper,
        click.option(
            "--paper",
            type=click.Choice(["a4", "a3"]),
            default="a4",
            show_default=True,
            help="Paper the workbook prints on (landscape, one page wide).",
        ),
    )
    @when(view.colors, color_option())
    @when(
        view.direction,
        click.option(
            "--direction",
            type=click.Choice(DIRECTIONS),
            default="auto",
            show_default=True,
            help="down: KGI on top; right: KGI on the left; auto: whichever fits a page (a wide tree goes right).",
        ),
    )
    def command(
        spec: str,
        fmt: str | None,
        output: str | None,
        lang: str | None,
        templates: str | None = None,
        department: str | None = None,
        font: str | None = None,
        paper: str = "a4",
        color: bool | None = None,
        direction: str = "auto",
    ) -> int:
        from raci.commands import render as rendering

        return rendering.render(
            name,
            spec,
            fmt=fmt,
            output=output,
            lang=lang,
            templates=templates,
            department=department,
            font=font,
            paper=paper,
            color=color,
            direction=direction,
        )


for _name in RENDERERS:
    if _name != REPORT:
        _add_view(_name)


@click.command()
@click.argument("spec", metavar="SPEC")
@output_option("The HTML file to write.", required=True)
@lang_option()
@_TEMPLATES
@click.option("--font", help="Font for the diagrams (Graphviz) [default: a CJK-capable font].")
def report(spec: str, output: str, lang: str | None, templates: str | None, font: str | None) -> int:
    """Write one self-contained HTML page with everything: findings, mission, RACI matrix,
    lifecycle map, KPI tree, department charters.

    Diagrams are inline SVG when Graphviz is installed, readable tables otherwise. The
    file needs no network: attach it to the workshop invitation.
    """
    from raci.commands import render as rendering

    return rendering.render(REPORT, spec, fmt="html", output=output, lang=lang, templates=templates, font=font)


COMMANDS = (render, report)
