"""Errors raised by the instrument catalogue, the scorers and the wording loader.

Every message is one plain sentence naming the problem (which item, which allowed range),
so the CLI and the web layer can show it as it is. The templates are module constants so
they can be translated later.
"""

from __future__ import annotations

UNKNOWN_INSTRUMENT = "Unknown instrument '{instrument}': choose one of {known}."
WRONG_COUNT = "{name} needs {expected} answers, one per item, but {given} {verb} given."
NO_ANSWERS = "No answers were given: {name} needs {expected} comma-separated answers."
NOT_AN_INTEGER = (
    "{name} item {item}: answer {value} is not a whole number; allowed codes are {low} to {high}."
)
MISSING_ANSWER = "{name} item {item} has no answer; allowed codes are {low} to {high}."
OUT_OF_RANGE = (
    "{name} item {item}: answer {value} is out of range; allowed codes are {low} to {high}."
)


class InstrumentError(ValueError):
    """Base class of every error in this package."""


class UnknownInstrumentError(InstrumentError):
    def __init__(self, instrument_id: str, known: list[str]) -> None:
        self.instrument_id = instrument_id
        super().__init__(
            UNKNOWN_INSTRUMENT.format(instrument=instrument_id, known=", ".join(known))
        )


class AnswerError(InstrumentError):
    """The answers do not fit the instrument; nothing was scored."""


class AnswerCountError(AnswerError):
    def __init__(self, name: str, expected: int, given: int) -> None:
        self.expected = expected
        self.given = given
        if given == 0:
            message = NO_ANSWERS.format(name=name, expected=expected)
        else:
            verb = "was" if given == 1 else "were"
            message = WRONG_COUNT.format(name=name, expected=expected, given=given, verb=verb)
        super().__init__(message)


class AnswerNotIntegerError(AnswerError):
    def __init__(self, name: str, item: int, value: object, low: int, high: int) -> None:
        self.item = item
        self.value = value
        self.allowed = (low, high)
        template = MISSING_ANSWER if value == "" or value is None else NOT_AN_INTEGER
        super().__init__(
            template.format(name=name, item=item, value=repr(value), low=low, high=high)
        )


class AnswerOutOfRangeError(AnswerError):
    def __init__(self, name: str, item: int, value: int, low: int, high: int) -> None:
        self.item = item
        self.value = value
        self.allowed = (low, high)
        super().__init__(OUT_OF_RANGE.format(name=name, item=item, value=value, low=low, high=high))


class WordingFileError(InstrumentError):
    """A wording file (shipped or deployment-supplied) is missing or malformed."""


class ChangeNotAvailableError(InstrumentError):
    """Reliable change cannot be computed for this instrument (no total, or no norms)."""


class ScoreOutOfRangeError(InstrumentError):
    """A score passed to the change statistics lies outside the instrument's range."""
