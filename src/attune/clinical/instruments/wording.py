"""Load item wording and answer labels from JSON, apart from the scoring code.

The repository ships `data/<id>.json` for every instrument: the published wording where
it is free to use, neutral labels ("ASEX item 1: drive") where it needs permission. A
deployment that holds a licence (or a translation) puts its own `<id>.json` in a
directory and passes that directory here; the web layer reads it from the environment
variable named by `WORDING_DIR_ENV`. Every file is checked against the instrument's
declaration: one entry per item, in order, and a label (or null) for exactly each valid
answer code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .catalogue import get_instrument
from .errors import WordingFileError
from .model import Instrument, Item

WORDING_DIR_ENV = "ATTUNE_INSTRUMENT_WORDING_DIR"
_PACKAGE = __name__.rpartition(".")[0]
PUBLISHED = "published"
NEUTRAL = "neutral"


@dataclass(frozen=True)
class AnswerOption:
    code: int
    label: str | None  # None where the form labels only the end points


@dataclass(frozen=True)
class ItemWording:
    number: int
    text: str
    options: tuple[AnswerOption, ...]


@dataclass(frozen=True)
class SupplementaryQuestion:
    """A question printed on the form that is not part of the score."""

    text: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class Wording:
    instrument: str
    language: str
    kind: str  # PUBLISHED or NEUTRAL
    verified: bool  # False: transcribed, still to be checked against the published form
    title: str
    instructions: str | None
    stem: str | None
    items: tuple[ItemWording, ...]
    supplementary: tuple[SupplementaryQuestion, ...]
    source: str
    origin: str  # where the file was read from
    notes: tuple[str, ...]


def wording_dir_from_env(environ: Mapping[str, str]) -> Path | None:
    value = environ.get(WORDING_DIR_ENV, "").strip()
    return Path(value) if value else None


def load_wording(instrument_id: str, wording_dir: Path | None = None) -> Wording:
    """The wording for one instrument: the deployment's file if present, else the shipped one."""
    instrument = get_instrument(instrument_id)
    filename = f"{instrument.id}.json"
    if wording_dir is not None:
        if not wording_dir.is_dir():
            msg = f"The instrument wording directory {wording_dir} does not exist."
            raise WordingFileError(msg)
        candidate = wording_dir / filename
        if candidate.is_file():
            origin = str(candidate)
            return parse_wording(
                instrument, _read_json(candidate.read_text("utf-8"), origin), origin
            )
    origin = f"package data/{filename}"
    shipped = resources.files(_PACKAGE).joinpath("data", filename).read_text("utf-8")
    return parse_wording(instrument, _read_json(shipped, origin), origin)


def _read_json(text: str, origin: str) -> dict[str, object]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"The wording file {origin} is not valid JSON ({exc.msg} at line {exc.lineno})."
        raise WordingFileError(msg) from None
    if not isinstance(data, dict):
        msg = f"The wording file {origin} must hold one JSON object."
        raise WordingFileError(msg)
    return data


def parse_wording(instrument: Instrument, data: Mapping[str, object], origin: str) -> Wording:
    """Check one decoded wording file against the instrument's declaration."""
    check = _Checker(instrument, origin)
    check.equal(data.get("instrument"), instrument.id, "its 'instrument' field")
    kind = check.choice(data.get("wording"), (PUBLISHED, NEUTRAL), "'wording'")
    answer_sets = check.answer_sets(data.get("answer_sets"))
    raw_items = check.items_list(data.get("items"))
    items = tuple(
        check.item(raw, declared, answer_sets)
        for raw, declared in zip(raw_items, instrument.items, strict=True)
    )
    verified = data.get("verified", True)
    return Wording(
        instrument=instrument.id,
        language=check.text(data.get("language"), "'language'"),
        kind=kind,
        verified=verified is True,
        title=check.text(data.get("title"), "'title'"),
        instructions=check.optional_text(data.get("instructions"), "'instructions'"),
        stem=check.optional_text(data.get("stem"), "'stem'"),
        items=items,
        supplementary=check.supplementary(data.get("supplementary", [])),
        source=check.text(data.get("source"), "'source'"),
        origin=origin,
        notes=tuple(check.text(n, "each note") for n in check.a_list(data.get("notes", []))),
    )


class _Checker:
    """Structural checks of one wording file; each failure names the file and the field."""

    def __init__(self, instrument: Instrument, origin: str) -> None:
        self.instrument = instrument
        self.origin = origin

    def fail(self, problem: str) -> WordingFileError:
        return WordingFileError(f"The wording file {self.origin} is invalid: {problem}.")

    def equal(self, value: object, expected: object, what: str) -> None:
        if value != expected:
            raise self.fail(f"{what} is {value!r}, expected {expected!r}")

    def choice(self, value: object, allowed: tuple[str, ...], what: str) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(f"{what} must be one of {', '.join(allowed)}")
        return value

    def text(self, value: object, what: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{what} must be non-empty text")
        return value

    def optional_text(self, value: object, what: str) -> str | None:
        return None if value is None else self.text(value, what)

    def a_list(self, value: object) -> list[object]:
        if not isinstance(value, list):
            raise self.fail("a list was expected")
        return value

    def answer_sets(self, value: object) -> dict[str, dict[str, object]]:
        if not isinstance(value, dict) or not value:
            raise self.fail("'answer_sets' must map set names to {code: label} objects")
        for name, labels in value.items():
            if not isinstance(labels, dict):
                raise self.fail(f"answer set {name!r} must be a {{code: label}} object")
        return value

    def items_list(self, value: object) -> list[object]:
        items = self.a_list(value)
        if len(items) != self.instrument.item_count:
            raise self.fail(f"it has {len(items)} items, expected {self.instrument.item_count}")
        return items

    def item(
        self, raw: object, declared: Item, answer_sets: dict[str, dict[str, object]]
    ) -> ItemWording:
        where = f"item {declared.number}"
        if not isinstance(raw, dict):
            raise self.fail(f"{where} must be an object")
        self.equal(raw.get("number"), declared.number, f"{where}'s number")
        set_name = raw.get("answers")
        if not isinstance(set_name, str) or set_name not in answer_sets:
            raise self.fail(f"{where} names an unknown answer set {set_name!r}")
        labels = answer_sets[set_name]
        expected = {str(code) for code in declared.codes}
        if set(labels) != expected:
            allowed = f"{declared.min_code} to {declared.max_code}"
            raise self.fail(f"{where}'s answer set must label exactly the codes {allowed}")
        options = tuple(
            AnswerOption(code, self.optional_text(labels[str(code)], f"{where}'s labels"))
            for code in declared.codes
        )
        return ItemWording(declared.number, self.text(raw.get("text"), f"{where}'s text"), options)

    def supplementary(self, value: object) -> tuple[SupplementaryQuestion, ...]:
        questions: list[SupplementaryQuestion] = []
        for raw in self.a_list(value):
            if not isinstance(raw, dict) or raw.get("scored") is not False:
                raise self.fail("each supplementary question must be an object with scored false")
            answers = tuple(
                self.text(a, "a supplementary answer") for a in self.a_list(raw.get("answers"))
            )
            questions.append(SupplementaryQuestion(self.text(raw.get("text"), "text"), answers))
        return tuple(questions)
