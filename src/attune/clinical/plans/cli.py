"""`attune plan`: print a stepwise plan for a profile, as JSON or as a readable outline."""

from __future__ import annotations

import argparse
import sys
from enum import StrEnum
from typing import NoReturn

from attune.clinical.plans.builder import build_plan
from attune.clinical.plans.profile import (
    Goal,
    LifeStage,
    ProfileError,
    Relationship,
    SexualFocus,
    make_profile,
)
from attune.clinical.plans.serialize import outline, plan_json


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _names(choices: type[StrEnum]) -> str:
    return ", ".join(member.value for member in choices)


def _parser() -> _Parser:
    parser = _Parser(
        prog="attune plan",
        description="Generate a stepwise plan fitted to life stage and relationship status.",
    )
    parser.add_argument(
        "--life-stage", required=True, metavar="STAGE", help="one of: " + _names(LifeStage)
    )
    parser.add_argument(
        "--relationship", required=True, metavar="STATUS", help="one of: " + _names(Relationship)
    )
    parser.add_argument(
        "--trauma-informed", action="store_true", help="a gentler pace, with choice at each step"
    )
    parser.add_argument(
        "--antidepressant", action="store_true", help="adds steps about medication and desire"
    )
    parser.add_argument(
        "--goal",
        action="extend",
        nargs="+",
        default=[],
        metavar="GOAL",
        help="chosen goals, most important first, repeatable (default: a set fitted to the "
        "relationship): " + _names(Goal),
    )
    parser.add_argument(
        "--sexual-focus",
        default=SexualFocus.UNSAID.value,
        metavar="FOCUS",
        help="where sex sits in the plan; asexual, celibate and not_possible give a plan "
        "whose success is not sexual: " + _names(SexualFocus),
    )
    parser.add_argument(
        "--disability", action="store_true", help="adds steps for disability or long-term illness"
    )
    parser.add_argument("--lgbtq", action="store_true", help="adds steps about minority stress")
    parser.add_argument(
        "--with-clinician",
        action="store_true",
        help="a clinician is involved (default: self-guided, which asks first before "
        "steps that need a therapist's support)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of an outline")
    return parser


def main(argv: list[str]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        profile = make_profile(
            life_stage=args.life_stage,
            relationship=args.relationship,
            trauma_informed=args.trauma_informed,
            antidepressant=args.antidepressant,
            goals=args.goal,
            clinician_involved=args.with_clinician,
            sexual_focus=args.sexual_focus,
            disability=args.disability,
            lgbtq=args.lgbtq,
        )
    except (_UsageError, ProfileError) as exc:
        sys.stderr.write(f"{parser.prog}: error: {exc}\n")
        return 2
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    plan = build_plan(profile)
    sys.stdout.write(plan_json(plan) if args.json else outline(plan))
    return 0
