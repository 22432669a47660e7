"""Japanese ``--help``: the texts of raci/i18n/cli_help.py put on the commands for one run.

The English help is the commands' own docstrings and ``help=`` texts; under ``--lang ja``
or a Japanese ``$LANG`` :func:`localised` swaps in the Japanese ones while the help is
printed and puts the English back afterwards, so a program that calls :func:`raci.cli.main`
twice (the tests do) gets each run's own language.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import click


def shows_help(group: click.Group, argv: Sequence[str]) -> bool:
    """Whether this run may print help: ``--help``/``-h``, or a group named without a
    sub-command (``raci``, ``raci render``), which prints its help."""
    args = list(argv)
    if any(arg in ("--help", "-h") for arg in args):
        return True
    command: click.Command = group
    context = click.Context(group)
    for arg in args:
        if arg.startswith("-") or not isinstance(command, click.Group):
            break
        # get_command, not .commands: raci's group imports only the family that holds the
        # command, where .commands imports every family (the render registry, workshop, serve)
        command = command.get_command(context, arg) or command
        if command is group or not isinstance(command, click.Group):
            return False
    return isinstance(command, click.Group)


def help_language(argv: Sequence[str]) -> str:
    """The language of --help: ``--lang`` on the command line, else the environment."""
    from raci.i18n import detect_lang

    args = list(argv)
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return detect_lang(args[index + 1])
        if arg.startswith("--lang="):
            return detect_lang(arg.split("=", 1)[1])
    return detect_lang()


@contextmanager
def localised(group: click.Group, lang: str) -> Iterator[None]:
    """Within the block, every command and option of ``group`` has its help in ``lang``."""
    if lang != "ja":
        yield
        return
    from raci.i18n.cli_help import JA

    saved: list[tuple[object, str, object]] = []

    def put(target: object, attribute: str, value: object) -> None:
        saved.append((target, attribute, getattr(target, attribute)))
        setattr(target, attribute, value)

    def walk(command: click.Command, path: str) -> None:
        if path in JA:
            put(command, "help", JA[path])
            put(command, "short_help", None)
        context = click.Context(command, help_option_names=["-h", "--help"])
        for param in command.get_params(context):
            if isinstance(param, click.Option):
                option = max(param.opts, key=len)
                text = JA.get(f"{path} {option}") or JA.get(f"* {option}")
                if text:
                    put(param, "help", text)
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, f"{path} {name}")

    walk(group, "raci")
    from raci.cli.help_format import japanese

    try:
        with japanese():
            yield
    finally:
        for target, attribute, value in reversed(saved):
            setattr(target, attribute, value)
