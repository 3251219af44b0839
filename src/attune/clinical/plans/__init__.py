"""Stepwise plan engine (pure Python, no Django).

`build_plan(profile)` gives a deterministic plan fitted to life stage, relationship status,
flags and goals; `propose_changes(plan, log, signals)` reads the step log and check-ins and
returns proposals; `apply_proposal(plan, proposal)` is the only way a plan changes, and it
returns a new version that records the reason.
"""

from __future__ import annotations

from attune.clinical.plans.adapt import Proposal, ProposalKind, Trigger, propose_changes
from attune.clinical.plans.apply import PlanChangeError, apply_proposal
from attune.clinical.plans.builder import build_plan
from attune.clinical.plans.model import Change, Phase, Plan, PlanError, Step, validate_plan
from attune.clinical.plans.profile import (
    Goal,
    LifeStage,
    Profile,
    ProfileError,
    Relationship,
    make_profile,
)
from attune.clinical.plans.serialize import plan_from_dict, plan_json, plan_to_dict
from attune.clinical.plans.signals import (
    AdaptationInputError,
    CheckinSignals,
    LogEntry,
    Outcome,
    checkin_signals,
    log_entry,
)
from attune.clinical.plans.vocab import Pillar

__all__ = [
    "AdaptationInputError",
    "Change",
    "CheckinSignals",
    "Goal",
    "LifeStage",
    "LogEntry",
    "Outcome",
    "Phase",
    "Pillar",
    "Plan",
    "PlanChangeError",
    "PlanError",
    "Profile",
    "ProfileError",
    "Proposal",
    "ProposalKind",
    "Relationship",
    "Step",
    "Trigger",
    "apply_proposal",
    "build_plan",
    "checkin_signals",
    "log_entry",
    "make_profile",
    "plan_from_dict",
    "plan_json",
    "plan_to_dict",
    "propose_changes",
    "validate_plan",
]
