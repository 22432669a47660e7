"""``raci serve``: the live RACI matrix for the workshop screen, writing the YAML back.

A small local web app (Starlette, served by uvicorn; the optional ``raci[serve]`` extra)
around one spec file. Its modules, each with one job:

- :mod:`.state` — the file, its findings, every change (made by :mod:`raci.spec.edit`,
  written by the output guard's in-place mode), undo and redo (:mod:`.history`), and
  reloading when the file changes on disk (:mod:`.watcher`);
- :mod:`.ops` — the page's requests as edits;
- :mod:`.security` — Host, session token and cookie, Origin and CSRF checks;
- :mod:`.views` and ``templates/`` — the HTML; ``static/`` — the page's script and styles;
- :mod:`.app` — the routes; :mod:`.run` — binding the socket and running the server.

Only this package imports starlette and uvicorn (an import-linter contract).
"""
