"""The command line: parses arguments and calls one function of :mod:`raci.commands`.

Each command family is a module of this package (``check``, ``render``, ``init``,
``write``) beside its plain functions of the same name in :mod:`raci.commands`; a
module lists its click commands in ``COMMANDS`` and :data:`FAMILIES` adds them to
the ``raci`` group. A new family is one module here, one there, and one name below.

:func:`main` is the single error boundary: bad input exits 2 with a clear message,
findings at the fail level exit 1, Ctrl-C exits 130, and an unexpected error prints a
short bug report (the traceback only with ``RACI_DEBUG=1``), never a raw traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from raci import __version__
from raci.cli.help_ja import help_language, localised, shows_help

EXIT_INTERNAL = 3
FAMILIES = ("check", "render", "init", "write", "tables", "diff", "workshop", "serve")
"""The modules of this package that hold commands."""


class Families(click.Group):
    """The ``raci`` group, importing a family's module only when one of its commands is
    wanted: ``raci validate`` (a pre-commit hook, run on every commit) needs ``check``
    alone, and the other families' imports (the render registry, pathlib with it) were a
    sixth of its start-up. ``commands``, read from outside, holds every family's."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._loaded: set[str] = set()
        self._commands: dict[str, click.Command] = {}
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def commands(self) -> dict[str, click.Command]:
        for family in FAMILIES:
            self._load(family)
        return self._commands

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._commands = dict(value)

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        name = name or cmd.name
        assert name is not None
        self._commands[name] = cmd

    def _load(self, family: str) -> None:
        if family not in self._loaded:
            self._loaded.add(family)
            for command in importlib.import_module(f"raci.cli.{family}").COMMANDS:
                self.add_command(command)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        for family in FAMILIES:
            if cmd_name in self._commands:
                break
            self._load(family)
        return self._commands.get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.commands)


@click.group(cls=Families, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="raci")
def cli() -> None:
    """raci: design who does what in a Customer Success organisation.

    Describe the lifecycle phases, departments, RACI assignments, KPI tree and mission
    in one YAML spec (see docs/spec.md), then validate it and render it for meetings.
    """


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and map every outcome to an exit code; see the module docstring."""
    args = list(argv) if argv is not None else sys.argv[1:]
    for stream in (sys.stdout, sys.stderr):
        # Japanese messages on a console that cannot show them: escape, never crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    lang = help_language(args) if shows_help(cli, args) else "en"
    try:
        with localised(cli, lang):
            result = cli.main(args=args, prog_name="raci", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("raci: " + _say(args, "cli.interrupted"), err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except BrokenPipeError:
        # The reader went away (`raci … | head`); nothing left to say.
        sys.stderr.close()
        return 1
    except Exception as error:  # the one place that turns a bug into a short report
        if os.environ.get("RACI_DEBUG"):
            raise
        click.echo("raci: " + _say(args, "cli.internal_error", error=f"{type(error).__name__}: {error}"), err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


def _say(args: Sequence[str], key: str, **values: object) -> str:
    from raci.i18n import t

    return t(key, help_language(args), values)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
