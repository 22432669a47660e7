"""``raci serve``: the click layer of :mod:`raci.commands.serve`."""

from __future__ import annotations

import click

from raci.cli.options import lang_option


@click.command()
@click.argument("spec", metavar="SPEC")
@click.option("--port", type=click.IntRange(0, 65535), default=8750, show_default=True, help="Port (0: any free one).")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but this computer (127.0.0.1) lets others reach the file, with a warning.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@lang_option("Language of the page and messages")
def serve(spec: str, port: int, host: str, open_browser: bool, lang: str | None) -> int:
    """Show the RACI matrix as a live web page for the workshop screen, and write changes back.

    Click a cell (or move with the arrow keys) and type R, A, C or I to toggle that role,
    Delete to clear it; add, rename and move activities and edit their names in Japanese
    and English. Every change is validated at once (the findings beside the matrix
    follow) and written to SPEC keeping its comments and layout; undo and redo restore
    the exact earlier bytes. When SPEC changes on disk (an editor, a git pull), the page
    shows the new file; a change is never written over a newer file.

    The printed link holds a key for this run only: share it only with people who may
    change the file. Needs the serve extra: pip install 'raci[serve]'.
    """
    from raci.commands import serve as serving

    return serving.serve(spec, port=port, host=host, open_browser=open_browser, lang=lang)


COMMANDS = (serve,)
