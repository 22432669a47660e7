"""The CS org models of ``raci init``, read from their spec files in ``raci/starter/specs/``.

A model is one bilingual spec file (``{ja: …, en: …}`` texts, comments in both
languages, see :mod:`raci.starter.comments`) read by the normal loader. Its header
comment carries the model's card as YAML after ``# model:``: id, place in the list,
name, one-line summary, description, when it fits, the departments whose headcount
``raci init`` asks for, accounts per person of the CS teams, and the KPI units and
targets the English starter writes instead of the file's. Adding a model is adding a
file; docs/contributing.md ("Adding an org model") shows one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypedDict

import yaml

from raci.i18n import register
from raci.langs import LANGS
from raci.spec.load import loads
from raci.spec.model import Activity, Department, Spec, Text
from raci.spec.reformat import Layout, collect

CARD_START = "# model:"
"""The header line that starts a model's card; the card runs to the end of the header comment."""
KPI_FIELDS = ("unit", "target")
"""What ``kpis_by_language`` may change: a spec holds one unit and one target per KPI."""


class KpiChanges(TypedDict, total=False):
    """One KPI's fields in one language (``kpis_by_language.en.nrr``): :data:`KPI_FIELDS`."""

    unit: str
    target: str


class ModelFileError(ValueError):
    """A model file that is not a usable model: a bug in raci's data, said with the file name."""


@dataclass(frozen=True)
class Model:
    """One org model: its card and its bilingual spec with the comments of the file."""

    id: str
    order: int
    title: Text
    summary: Text
    description: Text
    fits: Text
    spec: Spec
    layout: Layout = field(repr=False)
    """The file's comments by anchor (:func:`raci.spec.reformat.collect`)."""
    settable: tuple[str, ...] = ()
    """Departments whose headcount ``--headcount`` and the questions may set, in asking order."""
    accounts_per_person: Mapping[str, int] = field(default_factory=dict)
    kpis_by_language: Mapping[str, Mapping[str, KpiChanges]] = field(default_factory=dict)
    path: Path | None = None

    @property
    def name(self) -> str:
        """Catalogue key of the model's name (``t(model.name, lang)``); ``.summary``,
        ``.description`` and ``.fits`` follow it. The texts are also :attr:`title` and co."""
        return f"starter.model.{self.id}"

    @property
    def departments(self) -> tuple[Department, ...]:
        """The departments whose headcount may be set, with their example headcounts."""
        return tuple(self.spec.department(ident) for ident in self.settable)

    def department(self, ident: str) -> Department:
        return self.spec.department(ident)

    def activities(self) -> Iterator[Activity]:
        return self.spec.activities()


def read_model(path: Path) -> Model:
    """The model in the spec file ``path``; :class:`ModelFileError` says what is wrong with it."""
    text = path.read_text(encoding="utf-8")
    spec = loads(text, str(path))
    layout = collect(text)
    card = _card(layout.header, path)
    try:
        model = Model(
            id=str(card["id"]),
            order=int(card.get("order", 1000)),
            title=_text(card, "name"),
            summary=_text(card, "summary"),
            description=_text(card, "description"),
            fits=_text(card, "fits"),
            spec=spec,
            layout=layout,
            settable=tuple(card.get("headcounts") or (d.id for d in spec.departments)),
            accounts_per_person=MappingProxyType(dict(card.get("accounts_per_person") or {})),
            kpis_by_language=MappingProxyType(dict(card.get("kpis_by_language") or {})),
            path=path,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ModelFileError(f"{path}: the model card lacks or mistypes {error}") from None
    _check(model)
    return model


def _card(header: list[str], path: Path) -> dict[str, Any]:
    """The YAML after ``# model:`` in the header comment, each line without its ``# ``."""
    try:
        start = header.index(CARD_START)
    except ValueError:
        raise ModelFileError(f"{path}: no '{CARD_START}' card in the header comment") from None
    lines = []
    for line in header[start:]:
        if not line.startswith("#"):
            break
        lines.append(line[2:])
    card = yaml.safe_load("\n".join(lines))
    model = card.get("model") if isinstance(card, dict) else None
    if not isinstance(model, dict):
        raise ModelFileError(f"{path}: the '{CARD_START}' card is not a mapping")
    return model


def _text(card: dict[str, Any], key: str) -> Text:
    value = card[key]
    if not (isinstance(value, dict) and set(value) == set(LANGS) and all(isinstance(v, str) for v in value.values())):
        raise ValueError(f"{key}: a text in both languages, {{ja: …, en: …}}, not {value!r}")
    return Text(ja=value["ja"], en=value["en"])


def _check(model: Model) -> None:
    """The card may only name what the spec has."""
    ids = {d.id for d in model.spec.departments}
    for ident in (*model.settable, *model.accounts_per_person):
        if ident not in ids:
            raise ModelFileError(f"{model.path}: the card names department '{ident}', which the spec lacks")
    kpis = {k.id for k in model.spec.kpis}
    for lang, changes in model.kpis_by_language.items():
        for kpi, fields in changes.items():
            if lang not in LANGS or kpi not in kpis or not set(fields) <= set(KPI_FIELDS):
                raise ModelFileError(f"{model.path}: kpis_by_language.{lang}.{kpi} names what the spec lacks")


def models_dir() -> Path:
    """The shipped model files: package data next to this module, in a checkout and a wheel alike."""
    return Path(__file__).resolve().parent / "specs"


def read_models(folder: Path | None = None) -> dict[str, Model]:
    """Every model file of ``folder`` (the shipped ones by default), by id, in list order."""
    found = [read_model(path) for path in sorted((folder or models_dir()).glob("*.raci.yaml"))]
    found.sort(key=lambda m: (m.order, m.id))
    models: dict[str, Model] = {}
    for model in found:
        if model.id in models:
            raise ModelFileError(f"{model.path}: model id '{model.id}' is used twice")
        models[model.id] = model
    return models


def _register(models: Mapping[str, Model]) -> None:
    """The models' names and cards join the message catalogue, for the CLI's ``t(model.name, lang)``."""
    catalogue: dict[str, dict[str, str]] = {}
    for model in models.values():
        for suffix, text in (("", model.title), (".summary", model.summary), (".description", model.description)):
            catalogue[model.name + suffix] = {"ja": _literal(text.ja), "en": _literal(text.en)}
        catalogue[model.name + ".fits"] = {"ja": _literal(model.fits.ja), "en": _literal(model.fits.en)}
    register(catalogue)


def _literal(text: str | None) -> str:
    """``text`` as a catalogue entry, which goes through ``str.format``: braces doubled."""
    return (text or "").replace("{", "{{").replace("}", "}}")


MODELS: Mapping[str, Model] = MappingProxyType(read_models())
"""The org models by id, in the order ``raci init --list`` shows them."""
_register(MODELS)
