"""Messages in Japanese and English.

Every user-facing sentence lives in a catalogue under one key with both languages side
by side, so a test can make sure none exists in one language only: the loader's and the
CLI's in :mod:`raci.i18n.messages`, the views' in ``render_<view>.py``. A rule's
messages live in the rule's own module and join this catalogue when the rule is
registered (:func:`register`): its message key is its code, its hint ``<code>.hint``,
its one-line summary ``<code>.summary``.

A missing key is a bug. The CLI must not crash on one, so :func:`t` then returns the
key itself; with ``RACI_STRICT_MESSAGES=1`` in the environment (the test suite sets it)
it raises :class:`KeyError` instead, so a test that formats a message cannot pass on a
key nobody wrote.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from typing import Any

from raci.i18n import cli_messages, messages, output, rule_inputs, yaml_problems
from raci.langs import LANGS

_MESSAGES: dict[str, Mapping[str, str]] = {}

LATER = (
    "edit",
    "import_",
    "diff",
    "render_mission",
    "render_charter",
    "render_kpitree",
    "render_lifecycle",
    "render_matrix",
    "render_report",
    "render_sheet",
    "render_pages",
    "render_templates",
    "serve",
    "starter",
    "tables",
    "workshop",
    "workshop_report",
)
"""The other commands' catalogues, loaded at the first key the loaded ones lack (or the
first look at :data:`MESSAGES`): ``raci validate`` (run on every commit) needs none of
them, and they were a tenth of its start-up."""
_later: list[str] = list(LATER)


def register(catalogue: Mapping[str, Mapping[str, str]]) -> None:
    """Add ``catalogue``'s messages (a rule module registers its own this way); a key may be defined once."""
    for key, entry in catalogue.items():
        if key in _MESSAGES:
            raise KeyError(f"message {key} defined twice")
        _MESSAGES[key] = entry


def _load_later() -> None:
    while _later:
        register(importlib.import_module(f"raci.i18n.{_later.pop(0)}").MESSAGES)


def _entry(key: str) -> Mapping[str, str] | None:
    entry = _MESSAGES.get(key)
    if entry is None and _later:
        _load_later()
        entry = _MESSAGES.get(key)
    return entry


def __getattr__(name: str) -> dict[str, Mapping[str, str]]:
    """``MESSAGES``: every message, the other commands' catalogues loaded first."""
    if name == "MESSAGES":
        _load_later()
        return _MESSAGES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


for _catalogue in (messages, cli_messages, output, rule_inputs, yaml_problems):
    register(_catalogue.MESSAGES)

"""Every language raci speaks, the one list: ``--lang`` choices, ``org.locale``, the catalogues."""
DEFAULT_LANG = "en"


def detect_lang(explicit: str | None = None, spec_locale: str | None = None) -> str:
    """``--lang`` first, then the spec's ``org.locale``, then the environment, then English."""
    if explicit in LANGS:
        return explicit
    if spec_locale in LANGS:
        return spec_locale
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return next((lang for lang in LANGS if value.lower().startswith(lang)), DEFAULT_LANG)
    return DEFAULT_LANG


def _localise(value: Any, lang: str) -> Any:
    get = getattr(value, "get", None)
    if callable(get) and hasattr(value, "ja"):  # a model Text
        return get(lang)
    return value


_WHOLE = frozenset({"path", "where", "file", "folder", "example", "source", "reason", "error"})
"""Arguments never shortened: a cut file name or error is useless."""


def _shorten(value: Any, limit: int = 80) -> Any:
    """Cut long user text quoted back in a message (a 5,000-character cell, say)."""
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value


def t(key: str, lang: str, args: Mapping[str, Any] | None = None) -> str:
    """The message ``key`` in ``lang``, formatted with ``args``.

    Arguments named ``kind`` and ``object`` (``term.*``), ``expected`` and ``got``
    (``type.*``), and ``problem`` and ``context`` (PyYAML's words, ``yaml.*``) are
    themselves terms to translate; a ``suggestion`` argument adds a
    did-you-mean clause; long strings are shortened.
    """
    entry = _entry(key)
    if entry is None:
        if os.environ.get("RACI_STRICT_MESSAGES") == "1":
            raise KeyError(f"no message {key!r} in the catalogue")
        return key
    values = {k: _localise(v, lang) if k in _WHOLE else _shorten(_localise(v, lang)) for k, v in (args or {}).items()}
    for name, prefix in (
        ("kind", "term"),
        ("object", "term"),
        ("expected", "type"),
        ("got", "type"),
        ("problem", "yaml"),
        ("context", "yaml"),
    ):
        if name in values:
            term = _entry(f"{prefix}.{values[name]}")
            if term is not None:
                values[name] = term[lang].format() if prefix == "yaml" else term[lang]  # yaml.*: braces doubled
    text = entry[lang].format(**values)
    if values.get("suggestion") and not key.endswith(".hint"):
        text += _MESSAGES["did_you_mean"][lang].format(**values)
    return text


def has(key: str) -> bool:
    return _entry(key) is not None
