"""``raci serve``: check the file and the extra, then hand over to :mod:`raci.serve`."""

from __future__ import annotations

import sys

from raci.commands.common import fail, report_unreadable
from raci.i18n import detect_lang, t

LOOPBACK = ("127.0.0.1", "localhost", "::1")
DEFAULT_PORT = 8750


def installed() -> bool:
    """Whether the ``raci[serve]`` extra (starlette, uvicorn) can be imported."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("starlette", "uvicorn"))


def serve(
    spec_path: str,
    *,
    port: int = DEFAULT_PORT,
    host: str = "127.0.0.1",
    open_browser: bool = False,
    lang: str | None = None,
) -> int:
    """Serve the live matrix of ``spec_path`` until Ctrl-C; exit 2 when it cannot start."""
    if spec_path == "-":
        return fail(t("serve.cli.stdin", detect_lang(lang)))
    if not installed():
        return fail(t("serve.cli.missing_extra", detect_lang(lang)))
    from raci.config import ConfigError
    from raci.lint import config_for_spec
    from raci.output import OutputError
    from raci.serve import run
    from raci.serve.state import Workspace

    try:
        config = config_for_spec(spec_path)
    except ConfigError as error:
        return report_unreadable(error.path, error.problems, lang, None)
    try:
        workspace = Workspace(spec_path, config)
    except OutputError as error:
        return fail(error.message(detect_lang(lang)))
    state = workspace.state
    if state.spec is None:
        return report_unreadable(spec_path, state.problems, lang, None)
    chosen = detect_lang(lang, state.spec.org.locale)
    if host not in LOOPBACK:
        sys.stderr.write("raci: " + t("serve.cli.public_host", chosen, {"host": host, "path": spec_path}) + "\n")
    try:
        served, sock = run.prepare(workspace, host, port, chosen)
    except OSError as error:
        reason = error.strerror or str(error)
        return fail(t("serve.cli.cannot_listen", chosen, {"host": host, "port": port, "reason": reason}))
    sys.stderr.write("raci: " + t("serve.cli.listening", chosen, {"path": spec_path, "url": served.url}) + "\n")
    sys.stderr.flush()
    if open_browser:
        import webbrowser

        webbrowser.open(served.url)
    run.run(served, sock)
    sys.stderr.write("raci: " + t("serve.cli.stopped", chosen) + "\n")
    return 0
