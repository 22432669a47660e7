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

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from raci.findings import SEVERITIES
from raci.rules import Rule, all_rules
from raci.spec.model import Span
from raci.spec.problems import Problem
from raci.spec.shape import suggest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

FILE_NAMES = ("raci.toml", "pyproject.toml")
OFF = "off"
_TOP_KEYS = ("select", "ignore", "fail-on", "lang", "rules")


@dataclass(frozen=True)
class RuleSettings:
    severity: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    path: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str | None = None
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    """By rule code."""

    def severity(self, rule: Rule) -> str:
        chosen = self.rules.get(rule.code, RuleSettings()).severity
        return chosen or rule.severity

    def options(self, rule: Rule) -> dict[str, Any]:
        return {**rule.options, **self.rules.get(rule.code, RuleSettings()).options}

    def disabled(self) -> tuple[str, ...]:
        return tuple(code for code, s in self.rules.items() if s.severity == OFF)


class ConfigError(Exception):
    """The configuration file is wrong; ``problems`` says every reason found."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        super().__init__(f"{path}: {len(problems)} problem(s)")
        self.path = path
        self.problems = problems


def discover(start: str | os.PathLike[str]) -> Path | None:
    """The configuration file that applies to specs in folder ``start``, if any."""
    folder = Path(start).resolve()
    for candidate in (folder, *folder.parents):
        for name in FILE_NAMES:
            path = candidate / name
            if path.is_file() and (name == "raci.toml" or _has_raci_table(path)):
                return path
    return None


def _has_raci_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "[tool.raci" in text


def load(path: str | os.PathLike[str]) -> Config:
    """Read and check a configuration file."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(name, [Problem("S020", "unreadable", Span(name, 1, 1), {"reason": str(exc)})]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _toml_position(str(exc))
        raise ConfigError(
            name, [Problem("S020", "config.toml", Span(name, line, column), {"problem": str(exc)})]
        ) from None
    if Path(path).name == "pyproject.toml":
        data = data.get("tool", {}).get("raci", {})
    return _Checker(name, text).check(data)


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
        self.problems.append(Problem("S020", message, where, args))

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
        if lang is not None and lang not in ("ja", "en"):
            self.problem("config.value", self.span("lang"), key="lang", value=lang, allowed="ja, en")
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
    """What the option accepts, if ``value`` is outside it: counts and limits are not
    negative, shares are between 0 and 1."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if option.endswith("share") and not 0 <= value <= 1:
        return "0 – 1"
    if value < 0:
        return ">= 0"
    return None


_TYPE_WORDS = {"int": "whole number", "float": "number", "bool": "true or false", "str": "text", "list": "list"}


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))
