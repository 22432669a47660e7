"""Reporters turn a :class:`~raci.findings.Report` into text for people or machines.

The registry drives ``--format``: adding a format is adding a module with a
``report(report, out, options)`` function and one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol, TextIO

from raci.findings import Report

REPORTERS: dict[str, str] = {
    "text": "raci.reporters.text",
    "json": "raci.reporters.json_",
}
"""Format name → module; modules are imported only when their format is used."""


@dataclass(frozen=True)
class Options:
    lang: str = "en"
    color: bool = False


class ReportFunction(Protocol):
    def __call__(self, report: Report, out: TextIO, options: Options) -> None: ...


def get(name: str) -> ReportFunction:
    module = importlib.import_module(REPORTERS[name])
    return module.report  # type: ignore[no-any-return]
