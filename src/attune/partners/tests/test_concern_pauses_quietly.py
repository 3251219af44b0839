"""A couple-check concern pauses what the partner sees, quietly, before the plan swaps its
couple steps for steps done alone: the partner's page reads exactly as before."""

from __future__ import annotations

import pytest

from attune.clinical.plans.couple import couple_steps_in
from attune.partners import selectors
from attune.plans import services as plans
from attune.safety.couple_check import couple_check_record
from conftest import Cast

from .helpers import login
from .quiet_helpers import partner_page, plan_and_share

pytestmark = pytest.mark.django_db

WORRY = {"feels_safe": "not_sure", "pressured": "yes", "monitored": "no"}
SAFE = {"feels_safe": "yes", "pressured": "no", "monitored": "no"}


def test_a_concern_pauses_couple_features_and_the_partner_sees_nothing_change(
    cast: Cast,
) -> None:
    record = plan_and_share(cast)
    before = partner_page(cast)
    couple_check_record(client=cast.client, answers=WORRY)
    record.refresh_from_db()
    assert couple_steps_in(plans.engine_plan(record)) == ()  # the plan did change
    assert selectors.couple_features_paused(cast.client)
    assert partner_page(cast) == before  # their page did not


def test_the_concern_page_offers_resume_and_a_quiet_end_as_buttons(cast: Cast) -> None:
    plan_and_share(cast)
    http = login(cast.client)
    answered = http.post("/me/couple-check/", WORRY)
    page = http.get(answered["Location"]).content.decode()
    assert "data-paused" in page and 'action="/partners/quiet/resume/"' in page
    assert 'name="quietly" value="yes"' in page
    http.post("/partners/quiet/resume/")
    assert not selectors.couple_features_paused(cast.client)
    page = http.get(answered["Location"]).content.decode()
    assert 'action="/partners/quiet/pause/"' in page


def test_a_safe_check_pauses_nothing(cast: Cast) -> None:
    plan_and_share(cast)
    couple_check_record(client=cast.client, answers=SAFE)
    assert not selectors.couple_features_paused(cast.client)
