"""Rules for the trigger map, behavioural experiments and the reading list."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.library.catalogue import ArticleNotFoundError, get_article
from attune.safety.services import SafetyResponse, screen_and_respond

from .models import ArticleAssignment, ArticleRead, Experiment, Trigger

TRIGGER_TEXT = ("place", "what_happened", "body_sensations", "automatic_thought")


def _trigger_texts(trigger: Trigger) -> list[str | tuple[str, str]]:
    # The self-critical thought is screened as such: harsh self-beliefs are the exercise
    # there, while wishes to die, plans and self-harm count everywhere.
    return [
        *(getattr(trigger, name) for name in TRIGGER_TEXT if name != "automatic_thought"),
        (trigger.automatic_thought, "trigger_thought"),
    ]


def trigger_record(*, client: User, **fields: Any) -> tuple[Trigger, SafetyResponse | None]:
    trigger = Trigger(client=client, **fields)
    trigger.full_clean()
    trigger.save()
    return trigger, screen_and_respond(
        writer=client,
        texts=_trigger_texts(trigger),
        source="trigger_map",
        context="free",
        entry_key=f"practice.trigger:{trigger.pk}",
    )


def trigger_pause(
    *, trigger: Trigger, compassionate_response: str, intensity_after: int
) -> SafetyResponse | None:
    if not compassionate_response.strip():
        raise ValidationError({"compassionate_response": _("Write a few words to yourself first.")})
    stored = Trigger.objects.filter(pk=trigger.pk).values_list("compassionate_response", flat=True)
    before = stored.first() or ""
    trigger.compassionate_response = compassionate_response.strip()
    trigger.intensity_after = intensity_after
    trigger.full_clean()
    trigger.save()
    return screen_and_respond(
        writer=trigger.client,
        texts=[trigger.compassionate_response],
        source="trigger_map",
        context="reframe",
        before=[before],
        entry_key=f"practice.trigger:{trigger.pk}",
    )


def experiment_save(*, experiment: Experiment) -> SafetyResponse | None:
    stored = Experiment.objects.filter(pk=experiment.pk).first() if experiment.pk else None
    if experiment.belief_after is not None or experiment.outcome or experiment.learned:
        experiment.status = Experiment.DONE
    experiment.full_clean()
    experiment.save()
    return screen_and_respond(
        writer=experiment.client,
        texts=_experiment_text(experiment),
        source="experiment",
        context="belief",
        before=None if stored is None else _experiment_text(stored),
        entry_key=f"practice.experiment:{experiment.pk}",
    )


def _experiment_text(experiment: Experiment) -> list[str]:
    return [experiment.belief, experiment.prediction, experiment.outcome, experiment.learned]


def article_mark_read(*, client: User, slug: str) -> None:
    _article(slug)
    ArticleRead.objects.get_or_create(client=client, slug=slug)


def article_assign(*, clinician: User, client: User, slug: str) -> ArticleAssignment:
    if not people.clinician_treats(clinician, client):
        raise PermissionDenied
    _article(slug)
    assignment, _created = ArticleAssignment.objects.get_or_create(
        client=client, slug=slug, defaults={"assigned_by": clinician}
    )
    return assignment


def _article(slug: str) -> None:
    try:
        get_article(slug)
    except ArticleNotFoundError:
        raise ValidationError({"slug": _("There is no article with that name.")}) from None
