"""Bind the socket, print the link, run uvicorn; or run it in a thread (tests, ``bench/serve.py``)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass

import uvicorn

from raci.serve.app import create
from raci.serve.security import WILDCARD, Keys, host_names
from raci.serve.state import Workspace


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (``port`` 0: any free port); ``OSError`` when it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(64)
    except OSError:
        sock.close()
        raise
    return sock


def url_host(host: str) -> str:
    """The host name to put in the printed link."""
    if host in WILDCARD:
        return socket.gethostname()
    return f"[{host}]" if ":" in host else host


@dataclass
class Served:
    """A running server: its link (with the session token) and how to stop it."""

    url: str
    origin: str
    keys: Keys
    server: uvicorn.Server
    thread: threading.Thread | None = None

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)


def prepare(workspace: Workspace, host: str, port: int, lang: str) -> tuple[Served, socket.socket]:
    """The server for ``workspace``, bound but not yet running."""
    sock = bind(host, port)
    bound = sock.getsockname()[1]
    keys = Keys()
    app = create(workspace, keys, host_names(host, bound), lang)
    config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1, access_log=False)
    origin = f"http://{url_host(host)}:{bound}"
    return Served(f"{origin}/?token={keys.token}", origin, keys, uvicorn.Server(config)), sock


def run(served: Served, sock: socket.socket) -> None:
    """Serve until Ctrl-C."""
    try:
        served.server.run(sockets=[sock])
    finally:
        sock.close()


def start_in_thread(workspace: Workspace, host: str = "127.0.0.1", port: int = 0, lang: str = "en") -> Served:
    """Run the server in a background thread and return once it answers."""
    served, sock = prepare(workspace, host, port, lang)
    served.thread = threading.Thread(target=run, args=(served, sock), daemon=True)
    served.thread.start()
    deadline = time.monotonic() + 30
    while not served.server.started:
        if time.monotonic() > deadline or not served.thread.is_alive():
            raise RuntimeError("raci serve did not start")
        time.sleep(0.01)
    return served
