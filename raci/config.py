"""Configuration: ``raci.toml``, or ``[tool.raci]`` in ``pyproject.toml``.

Found by walking up from the spec's folder; the first ``raci.toml``, or
``pyproject.toml`` with a ``[tool.raci]`` table, wins. Options are declared by the
rules themselves (their defaults give the types), so the whole file is checked against
the registry and every mistake is reported at once, with where it is and a
did-you-mean — never silently ignored.

```toml
select = ["R", "L", "P"]        # codes or prefixes; default: every rule
ignore = ["M503"]
fail-on = "warning"              # error | warning | info
lang = "ja"

[rules.R106]                     # or [rules.too-many-responsible]
severity = "error"               # error | warning | info | off
max_responsible = 2
```
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from raci.findings import SEVERITIES
from raci.langs import LANGS
from raci.rules import Rule, all_rules
from raci.spec.model import Span, record
from raci.spec.problems import Problem
from raci.spec.values import MAX_COUNT
from raci.text import suggest

if TYPE_CHECKING:
    from dataclasses import dataclass
    from pathlib import Path
else:  # the same classes without compiling their methods at start-up (raci/spec/records.py)
    from raci.spec.records import dataclass


def _toml() -> ModuleType:
    """tomllib, imported when a configuration file is read: a run without one skips it."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib


FILE_NAMES = ("raci.toml", "pyproject.toml")
OFF = "off"
_TOP_KEYS = ("select", "ignore", "fail-on", "lang", "rules")


@record
@dataclass(frozen=True, repr=False, eq=False)
class RuleSettings:
    """One rule's settings from the configuration file."""

    severity: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


_UNSET = RuleSettings()
"""A rule the configuration says nothing about (one shared instance: asked per rule and finding)."""


@record
@dataclass(frozen=True, repr=False, eq=False)
class Config:
    """A configuration file, checked: what runs, what fails, in which language."""

    path: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str | None = None
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    """By rule code."""

    def severity(self, rule: Rule) -> str:
        chosen = self.rules.get(rule.code, _UNSET).severity
        return chosen or rule.severity

    def options(self, rule: Rule) -> dict[str, Any]:
        return {**rule.options, **self.rules.get(rule.code, _UNSET).options}

    def disabled(self) -> tuple[str, ...]:
        return tuple(code for code, s in self.rules.items() if s.severity == OFF)


class ConfigError(Exception):
    """The configuration file is wrong; ``problems`` says every reason found."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        super().__init__(f"{path}: {len(problems)} problem(s)")
        self.path = path
        self.problems = problems


def discover(start: str | os.PathLike[str]) -> Path | None:
    """The configuration file that applies to specs in folder ``start``, if any.

    Anything called ``raci.toml`` counts, even a folder or a broken link: :func:`load`
    then says why it cannot be read, instead of raci quietly running without it. A
    ``pyproject.toml`` counts when it has a ``[tool.raci]`` table, or when it cannot be
    read as TOML, since then nobody can tell whether it has one. The walk uses
    :mod:`os.path`: pathlib (with urllib and ipaddress under it) is imported only when a
    file is found, sparing ``raci validate`` without one ~5 ms of start-up.
    """
    candidate = os.path.realpath(start)
    while True:
        for name in FILE_NAMES:
            path = os.path.join(candidate, name)
            if os.path.lexists(path) and (name == "raci.toml" or _may_hold_settings(path)):
                from pathlib import Path

                return Path(path)
        parent = os.path.dirname(candidate)
        if parent == candidate:
            return None
        candidate = parent


def _may_hold_settings(pyproject: str) -> bool:
    try:
        stat = os.stat(pyproject)
    except OSError:
        return True
    return _parsed_may_hold_settings(pyproject, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _parsed_may_hold_settings(path: str, mtime_ns: int, size: int) -> bool:
    """Parsed once per version of the file: a folder of specs asks for each spec."""
    try:
        data = _toml().loads(_text_of(path))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):  # TOMLDecodeError is a ValueError
        return True
    tool = data.get("tool")
    return isinstance(tool, dict) and "raci" in tool


def load(path: str | os.PathLike[str]) -> Config:
    """Read and check a configuration file."""
    name = str(path)
    text = _read(name)
    toml = _toml()
    try:
        data = toml.loads(text)
    except toml.TOMLDecodeError as exc:
        line, column = _toml_position(str(exc))
        key = "config.pyproject" if os.path.basename(name) == "pyproject.toml" else "config.toml"
        raise ConfigError(name, [Problem("S020", key, Span(name, line, column), {"problem": str(exc)})]) from None
    except ValueError as exc:  # an integer beyond Python's 4,300-digit conversion limit
        found = re.search(r"\d{4000,}", text)
        if found is None:
            raise ConfigError(name, [Problem("S020", "config.toml", Span(name, 1, 1), {"problem": str(exc)})]) from None
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - text.rfind("\n", 0, found.start())
        raise ConfigError(name, [Problem("S020", "config.long_number", Span(name, line, column), {})]) from None
    except RecursionError:
        raise ConfigError(name, [Problem("S020", "config.too_deep", _deepest(name, text), {})]) from None
    if os.path.basename(name) == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("raci", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            problem = Problem("S020", "config.type", Span(name, 1, 1), {"key": "tool.raci", "expected": "table"})
            raise ConfigError(name, [problem])
    return _Checker(name, text).check(data)


def _read(name: str) -> str:
    """The text of a configuration file; a folder, a link loop, a missing target or
    bytes that are not UTF-8 are the user's to fix (ConfigError), never skipped."""
    if os.path.isdir(name):
        raise ConfigError(name, [Problem("S020", "config.folder", Span(name, 1, 1), {"path": name})])
    try:
        return _text_of(name)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(name, [Problem("S020", "unreadable", Span(name, 1, 1), {"reason": reason})]) from None
    except UnicodeDecodeError as exc:
        data = exc.object
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - data.rfind(b"\n", 0, exc.start)
        problem = Problem("S020", "config.not_utf8", Span(name, line, column), {})
        raise ConfigError(name, [problem]) from None


def _text_of(path: str) -> str:
    """A file's text, as ``Path.read_text`` reads it (universal newlines)."""
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _deepest(name: str, text: str) -> Span:
    """Roughly where brackets nest past any sensible depth (ignoring quoting)."""
    depth = 0
    for match in re.finditer(r"[\[\]{}]", text):
        depth += 1 if match.group() in "[{" else -1
        if depth > 100:
            line = text.count("\n", 0, match.start()) + 1
            return Span(name, line, match.start() - text.rfind("\n", 0, match.start()))
    return Span(name, 1, 1)


def _toml_position(message: str) -> tuple[int, int]:
    found = re.search(r"line (\d+), column (\d+)", message)
    return (int(found[1]), int(found[2])) if found else (1, 1)


class _Checker:
    """Checks the parsed TOML against the rule registry, collecting every problem."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.problems: list[Problem] = []
        self.rules = all_rules()

    def span(self, *words: str) -> Span:
        """Best-effort position of a key: the first line naming the last word, else line 1."""
        for word in reversed(words):
            pattern = re.compile(rf"(^|[\s.\[\"']){re.escape(word)}([\s.\]\"'=]|$)")
            for number, line in enumerate(self.lines, start=1):
                found = pattern.search(line)
                if found:
                    return Span(self.path, number, found.start(0) + (1 if found[1] else 0) + 1)
        return Span(self.path, 1, 1)

    def problem(self, message: str, where: Span, /, **args: Any) -> None:
        self.problems.append(Problem("S020", message, where, {k: _printable(v) for k, v in args.items()}))

    def codes(self, value: Any, key: str) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem("config.type", self.span(key), key=key, expected="list of rule codes")
            return ()
        out = []
        for code in value:
            code = code.strip().upper()
            if not any(c.startswith(code) for c in self.rules):
                self.problem(
                    "config.unknown_rule",
                    self.span(code),
                    key=key,
                    code=code,
                    suggestion=suggest(code, list(self.rules)),
                )
            else:
                out.append(code)
        return tuple(out)

    def check(self, data: Mapping[str, Any]) -> Config:
        for key in data:
            if key not in _TOP_KEYS:
                self.problem(
                    "config.unknown_key",
                    self.span(key),
                    key=key,
                    suggestion=suggest(key, _TOP_KEYS),
                    allowed=", ".join(_TOP_KEYS),
                )
        select = self.codes(data.get("select", []), "select")
        ignore = self.codes(data.get("ignore", []), "ignore")
        fail_on = data.get("fail-on")
        if fail_on is not None and fail_on not in SEVERITIES:
            self.problem(
                "config.value", self.span("fail-on"), key="fail-on", value=fail_on, allowed=", ".join(SEVERITIES)
            )
            fail_on = None
        lang = data.get("lang")
        if lang is not None and lang not in LANGS:
            self.problem("config.value", self.span("lang"), key="lang", value=lang, allowed=", ".join(LANGS))
            lang = None
        rules: dict[str, RuleSettings] = {}
        table = data.get("rules", {})
        if not isinstance(table, dict):
            self.problem("config.type", self.span("rules"), key="rules", expected="table")
            table = {}
        for name, settings in table.items():
            rule = self.rules.get(name.upper()) or next((r for r in self.rules.values() if r.name == name), None)
            if rule is None:
                choices = [*self.rules, *(r.name for r in self.rules.values())]
                self.problem(
                    "config.unknown_rule", self.span(name), key="rules", code=name, suggestion=suggest(name, choices)
                )
                continue
            if not isinstance(settings, dict):
                self.problem("config.type", self.span(name), key=f"rules.{name}", expected="table")
                continue
            rules[rule.code] = self.rule_settings(rule, name, settings)
        if self.problems:
            raise ConfigError(self.path, self.problems)
        return Config(self.path, select, ignore, fail_on, lang, rules)

    def rule_settings(self, rule: Rule, name: str, settings: Mapping[str, Any]) -> RuleSettings:
        severity = settings.get("severity")
        if severity is not None and severity not in (*SEVERITIES, OFF):
            self.problem(
                "config.value",
                self.span(name, "severity"),
                key="severity",
                value=severity,
                allowed=", ".join((*SEVERITIES, OFF)),
            )
            severity = None
        options: dict[str, Any] = {}
        for option, value in settings.items():
            if option == "severity":
                continue
            if option not in rule.options:
                allowed = ", ".join(["severity", *rule.options])
                self.problem(
                    "config.unknown_option",
                    self.span(name, option),
                    code=rule.code,
                    option=option,
                    suggestion=suggest(option, list(rule.options)),
                    allowed=allowed,
                )
                continue
            default = rule.options[option]
            if not _same_type(value, default):
                self.problem(
                    "config.option_type",
                    self.span(name, option),
                    code=rule.code,
                    option=option,
                    expected=type(default).__name__,
                    value=value,
                )
                continue
            problem = _out_of_range(option, value)
            if problem:
                self.problem(
                    "config.option_range",
                    self.span(name, option),
                    code=rule.code,
                    option=option,
                    value=value,
                    allowed=problem,
                )
                continue
            options[option] = float(value) if isinstance(default, float) else value
        return RuleSettings(severity, options)


def _out_of_range(option: str, value: Any) -> str | None:
    """What the option accepts, if ``value`` is outside it: shares are between 0 and 1,
    counts and limits between 0 and a billion (like a spec's counts; no NaN, no inf)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if option.endswith("share"):
        return None if 0 <= value <= 1 else "0 – 1"
    return None if 0 <= value <= MAX_COUNT else f"0 – {MAX_COUNT:,}"


class _Unprintable:
    """Stands in for a value Python cannot print (an integer of thousands of digits)."""

    def __repr__(self) -> str:
        return "…"

    __str__ = __repr__


def _printable(value: Any) -> Any:
    try:
        repr(value)
    except ValueError:
        return _Unprintable()
    return value


_TYPE_WORDS = {"int": "whole number", "float": "number", "bool": "true or false", "str": "text", "list": "list"}


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))
