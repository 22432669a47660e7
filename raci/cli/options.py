"""Options several commands share, declared once: the language, the output file, rule codes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from raci.langs import LANGS

F = TypeVar("F", bound=Callable[..., Any])


def lang_option(subject: str = "Language", *, from_spec: bool = True, default: str | None = None) -> Callable[[F], F]:
    """``--lang``, one of :data:`raci.i18n.LANGS`: a new language needs no change here."""
    default = default or ("the spec's org.locale, then $LANG" if from_spec else "$LANG")
    return click.option("--lang", type=click.Choice(LANGS), help=f"{subject} [default: {default}].")


def output_option(
    help: str = "Write to FILE instead of standard output.", *, required: bool = False
) -> Callable[[F], F]:
    """``-o/--output FILE`` for commands that write a file (through :mod:`raci.output`)."""
    return click.option(
        "-o", "--output", required=required, type=click.Path(dir_okay=False, writable=True), metavar="FILE", help=help
    )


def codes(_ctx: click.Context, _param: click.Parameter, values: Sequence[str]) -> tuple[str, ...]:
    """Accept ``--select R101,R102`` as well as repeated options."""
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


def when(condition: bool, decorator: Callable[[F], F]) -> Callable[[F], F]:
    """``decorator`` when ``condition``, else leave the command as it is."""
    return decorator if condition else (lambda function: function)


def color_option() -> Callable[[F], F]:
    """``--color/--no-color`` for commands that may colour a terminal (``validate``, ``render``)."""
    return click.option(
        "--color/--no-color",
        default=None,
        help="Colour the terminal output [default: when a terminal and NO_COLOR is unset or empty].",
    )
