"""Neutral words a partner sees for a plan step (kinds from attune.clinical.plans.neutral,
PenzeyMoog 2021): they say what sort of step it is, never what it is about."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from attune.clinical.plans.neutral import StepKind

STEP_KIND_LABELS: dict[StepKind, Promise] = {
    StepKind.READING: _("a reading step"),
    StepKind.CONVERSATION: _("a conversation step"),
    StepKind.CLOSENESS: _("a closeness step"),
    StepKind.BODY: _("a body step"),
    StepKind.CONNECTION: _("a step with other people"),
    StepKind.VALUES: _("a values step"),
    StepKind.REFLECTION: _("a reflection step"),
    StepKind.EVERYDAY: _("an everyday step"),
}


def step_label(kind: str) -> str:
    return str(STEP_KIND_LABELS[StepKind(kind)])
