"""Rules for the trigger map, behavioural experiments and the reading list."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import User
from attune.clinical.safety import ScreeningResult
from attune.library.catalogue import ArticleNotFoundError, get_article
from attune.questionnaires.screening import screen_writing

from .models import ArticleAssignment, ArticleRead, Experiment, Trigger

TRIGGER_TEXT = ("place", "what_happened", "body_sensations", "automatic_thought")


def trigger_record(*, client: User, **fields: Any) -> tuple[Trigger, ScreeningResult]:
    trigger = Trigger(client=client, **fields)
    trigger.full_clean()
    trigger.save()
    texts = [getattr(trigger, name) for name in TRIGGER_TEXT]
    return trigger, screen_writing(client=client, texts=texts, source="trigger")


def trigger_pause(
    *, trigger: Trigger, compassionate_response: str, intensity_after: int
) -> ScreeningResult:
    if not compassionate_response.strip():
        raise ValidationError({"compassionate_response": _("Write a few words to yourself first.")})
    trigger.compassionate_response = compassionate_response.strip()
    trigger.intensity_after = intensity_after
    trigger.full_clean()
    trigger.save()
    return screen_writing(
        client=trigger.client,
        texts=[trigger.compassionate_response],
        source="trigger",
        context="reframe",
    )


def experiment_save(*, experiment: Experiment) -> ScreeningResult:
    stored = Experiment.objects.filter(pk=experiment.pk).first() if experiment.pk else None
    if experiment.belief_after is not None or experiment.outcome or experiment.learned:
        experiment.status = Experiment.DONE
    experiment.full_clean()
    experiment.save()
    return screen_writing(
        client=experiment.client,
        texts=_experiment_text(experiment),
        source="experiment",
        before=None if stored is None else _experiment_text(stored),
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
