"""The questions ``raci init`` asks in a terminal, on standard error.

Every answer is checked here, and a bad one is explained in the language of the
questions and asked again: never click's English ``Error: …`` in a Japanese flow.
The ``parse_*`` functions turn an answer into a value or raise :class:`Invalid`.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable, Mapping
from functools import partial
from typing import TypeVar

import click

from raci.i18n import detect_lang, t
from raci.starter.models import MODELS
from raci.starter.write import MAX_HEADCOUNT, StarterError, check_headcount

DEFAULT_FILE = "org.raci.yaml"
T = TypeVar("T")


class Invalid(ValueError):
    """An answer that cannot be used; the message says why, in the language of the questions."""


def ask(question: str, default: str, parse: Callable[[str], T], *, show_default: bool = True) -> T:
    """Ask until ``parse`` accepts the answer (Enter gives ``default``)."""
    while True:
        answer = click.prompt(question, default=default, type=click.STRING, show_default=show_default, err=True)
        try:
            return parse(answer.strip())
        except Invalid as invalid:
            click.echo(f"  {invalid}", err=True)


def intro(lang: str | None) -> None:
    click.echo(t("starter.prompt.intro", detect_lang(lang)), err=True)


def ask_model(lang: str | None) -> str:
    """The org model, by number or id, asked in ``lang`` (else the environment's language)."""
    ui = detect_lang(lang)
    click.echo(t("starter.prompt.models", ui), err=True)
    for number, key in enumerate(MODELS, 1):
        click.echo(f"  {number}. {key:<12} {MODELS[key].summary.get(ui)}", err=True)
    return ask(t("starter.prompt.model", ui), next(iter(MODELS)), partial(parse_model, lang=ui))


def ask_details(
    model: str, lang: str | None, company: str | None, headcounts: Mapping[str, int]
) -> tuple[str, str, dict[str, int]]:
    """The language, company name and headcounts; what the options answer is not asked."""
    ui = detect_lang(lang)
    if lang is None:
        lang = ask(t("starter.prompt.lang", ui), ui, partial(parse_lang, lang=ui))
    ui = lang
    if company is None:
        company = click.prompt(
            t("starter.prompt.company", ui), default=MODELS[model].spec.org.name.get(ui), type=click.STRING, err=True
        )
    counts = dict(headcounts)
    asked = [d for d in MODELS[model].departments if d.id not in counts]
    if asked:
        click.echo(t("starter.prompt.headcounts", ui), err=True)
    for department in asked:
        question = t("starter.prompt.headcount", ui, {"department": department.name.get(ui), "id": department.id})
        parse = partial(parse_headcount, model=model, department=department.id, lang=ui)
        counts[department.id] = ask(question, str(department.headcount), parse)
    return lang, company, counts


def ask_output(lang: str) -> tuple[str | None, bool]:
    """The file to write (``None``: standard output) and whether it may be overwritten, which
    it is only when the answer to "overwrite?" is yes; no: the file question again."""
    while True:
        path = ask(t("starter.prompt.output", lang), DEFAULT_FILE, partial(parse_output, lang=lang))
        if path == "-":
            return None, False
        if not os.path.lexists(path):
            return path, False
        question = t("starter.prompt.overwrite", lang, {"path": path})
        if ask(question, "n", partial(parse_yes_no, lang=lang), show_default=False):  # "[y/N]" says it
            return path, True


def stdout_is_terminal() -> bool:
    """Whether the spec would be printed on the terminal: then 'raci init' asks for a file
    (not when standard output is piped or redirected, which already says where it goes)."""
    isatty = getattr(sys.stdout, "isatty", None)
    return bool(isatty is not None and isatty())


# answers ----------------------------------------------------------------------------------


def parse_model(answer: str, lang: str) -> str:
    """A model id from its number in the list (1-based) or its id, in any case."""
    from raci.text import suggest

    ids = list(MODELS)
    if answer.isascii() and answer.isdecimal() and 1 <= int(answer) <= len(ids):
        return ids[int(answer) - 1]
    if answer.lower() in ids:
        return answer.lower()
    args = {"value": answer, "count": len(ids), "models": ", ".join(ids), "suggestion": suggest(answer, ids)}
    raise Invalid(t("starter.prompt.bad_model", lang, args))


def parse_lang(answer: str, lang: str) -> str:
    if answer.lower() in ("ja", "en"):
        return answer.lower()
    raise Invalid(t("starter.prompt.bad_lang", lang, {"value": answer}))


def parse_headcount(answer: str, model: str, department: str, lang: str) -> int:
    """A whole number of people (full-width digits and thousands separators too) that
    :func:`raci.starter.write.check_headcount` accepts for ``department``."""
    number = unicodedata.normalize("NFKC", answer).replace(",", "")
    if not (number.isascii() and number.isdecimal()):
        example = MODELS[model].department(department).headcount
        raise Invalid(t("starter.prompt.bad_number", lang, {"value": answer, "example": example}))
    if len(number) > len(str(MAX_HEADCOUNT)) + 1:
        number = str(MAX_HEADCOUNT + 1)  # no need to read a thousand digits to say it is too many
    try:
        check_headcount(MODELS[model], department, int(number))
    except StarterError as error:
        raise Invalid(error.message(lang)) from None
    return int(number)


def parse_output(answer: str, lang: str) -> str:
    """``-`` (standard output) or a file name in a folder that exists (``~`` expanded)."""
    if answer == "-":
        return answer
    path = os.path.expanduser(answer)
    if os.path.isdir(path):
        example = os.path.join(answer, DEFAULT_FILE)
        raise Invalid(t("starter.prompt.is_folder", lang, {"path": answer, "example": example}))
    folder = os.path.dirname(path)
    if folder and not os.path.isdir(folder):
        raise Invalid(t("starter.prompt.no_folder", lang, {"folder": folder}))
    return path


def parse_yes_no(answer: str, lang: str) -> bool:
    lowered = answer.lower()
    if lowered in ("y", "yes", "はい"):
        return True
    if lowered in ("n", "no", "いいえ"):
        return False
    raise Invalid(t("starter.prompt.bad_yes_no", lang, {"value": answer}))
