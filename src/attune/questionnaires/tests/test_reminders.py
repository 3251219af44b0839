from __future__ import annotations

import pytest
from django.core import mail
from django.utils import timezone

from attune.questionnaires import services
from attune.questionnaires.models import Assignment
from attune.questionnaires.reminders import send_questionnaire_reminders
from conftest import Cast

pytestmark = pytest.mark.django_db


def test_one_gentle_email_per_open_questionnaire(cast: Cast) -> None:
    services.assignment_set(
        by=cast.clinician,
        client=cast.client,
        instrument_id="phq9",
        cadence="weekly",
        start_on=timezone.now().date(),
    )
    assert send_questionnaire_reminders() == 1
    assert send_questionnaire_reminders() == 0
    message = mail.outbox[0]
    assert message.to == [cast.client.email]
    assert "no deadline" in message.body
    assert "PHQ" not in message.body  # the email does not say which questionnaire


def test_no_email_once_answered_or_when_turned_off(cast: Cast) -> None:
    today = timezone.now().date()
    services.assignment_set(
        by=cast.clinician,
        client=cast.client,
        instrument_id="ucla3",
        cadence="weekly",
        start_on=today,
    )
    services.submit(client=cast.client, instrument_id="ucla3", answers=[1, 1, 1])
    assert send_questionnaire_reminders() == 0
    services.assignment_set(
        by=cast.clinician, client=cast.client, instrument_id="phq9", cadence="once", start_on=today
    )
    Assignment.objects.filter(instrument="phq9").update(remind=False)
    assert services.due_for(cast.client)  # open, but the client asked for no emails
    assert send_questionnaire_reminders() == 0
    assert mail.outbox == []
