"""Validated questionnaires: catalogue, exact scoring, wording and change statistics.

Pure Python (no Django). Entry points: `score`, `get_instrument`, `INSTRUMENTS`,
`load_wording`, and the `change` module.
"""

from .catalogue import INSTRUMENTS, get_instrument, instrument_ids, score, validate_answers
from .errors import (
    AnswerCountError,
    AnswerError,
    AnswerNotIntegerError,
    AnswerOutOfRangeError,
    ChangeNotAvailableError,
    InstrumentError,
    ScoreOutOfRangeError,
    UnknownInstrumentError,
    WordingFileError,
)
from .model import Band, Direction, Instrument, Item, ScoreResult
from .wording import WORDING_DIR_ENV, Wording, load_wording, wording_dir_from_env

__all__ = [
    "INSTRUMENTS",
    "WORDING_DIR_ENV",
    "AnswerCountError",
    "AnswerError",
    "AnswerNotIntegerError",
    "AnswerOutOfRangeError",
    "Band",
    "ChangeNotAvailableError",
    "Direction",
    "Instrument",
    "InstrumentError",
    "Item",
    "ScoreOutOfRangeError",
    "ScoreResult",
    "UnknownInstrumentError",
    "Wording",
    "WordingFileError",
    "get_instrument",
    "instrument_ids",
    "load_wording",
    "score",
    "validate_answers",
    "wording_dir_from_env",
]
