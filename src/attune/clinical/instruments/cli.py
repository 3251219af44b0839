"""`attune score INSTRUMENT --answers "a1,...,an" [--json]` (contract: shared/INSTRUMENTS.md).

Success: exit 0 and one JSON object (or, without --json, one readable line) on stdout.
Bad input of any kind, argparse errors included: exit 2, nothing on stdout, one sentence
on stderr naming the problem.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import NoReturn

from .catalogue import get_instrument, instrument_ids, score
from .errors import AnswerCountError, AnswerNotIntegerError, InstrumentError
from .model import Instrument, ScoreResult

PROG = "attune score"
USAGE = 'attune score INSTRUMENT --answers "a1,a2,...,an" [--json]'
EXIT_OK = 0
EXIT_BAD_INPUT = 2
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        usage=USAGE,
        description="Score one administration of a validated questionnaire.",
        allow_abbrev=False,
    )
    parser.add_argument("instrument", help=f"instrument id: {', '.join(instrument_ids())}")
    parser.add_argument(
        "--answers",
        required=True,
        help="answer codes in item order, comma-separated, e.g. 1,0,2",
    )
    parser.add_argument("--json", action="store_true", dest="as_json", help="print JSON")
    return parser


def parse_answers(instrument: Instrument, text: str) -> list[int]:
    """Split the --answers text: count first, then each token must be a whole number."""
    tokens = [token.strip() for token in text.split(",")] if text.strip() else []
    if len(tokens) != instrument.item_count:
        raise AnswerCountError(instrument.name, instrument.item_count, len(tokens))
    answers: list[int] = []
    for item, token in zip(instrument.items, tokens, strict=True):
        if not _WHOLE_NUMBER.fullmatch(token):
            raise AnswerNotIntegerError(
                instrument.name, item.number, token, item.min_code, item.max_code
            )
        answers.append(int(token))
    return answers


def human_line(instrument: Instrument, result: ScoreResult) -> str:
    parts = [f"{instrument.name}:"]
    parts.append("no total" if result.total is None else f"total {result.total}")
    if result.band is not None:
        parts.append(f"band {result.band}")
    if result.subscales:
        parts.append(", ".join(f"{k} {v}" for k, v in result.subscales.items()))
    if result.flags:
        parts.append("flags " + ", ".join(result.flags))
    return " ".join(parts[:2]) + "".join(f"; {p}" for p in parts[2:])


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as exc:
        print(f"{PROG}: {exc} (usage: {USAGE}).", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as exc:  # --help prints to stdout and exits 0
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    try:
        instrument = get_instrument(args.instrument)
        result = score(instrument.id, parse_answers(instrument, args.answers))
    except InstrumentError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.as_json:
        print(json.dumps(result.to_dict()))
    else:
        print(human_line(instrument, result))
    return EXIT_OK
