"""The private couple safety check (issue 16): asked before a partner link and before the
first couple step, any time from the privacy page; a concern offers help and choices,
pauses couple steps, and tells the clinician only when the client chooses. The answers are
the client's and their treating clinician's: never a partner's, never another person's."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from attune.accounts import services as accounts
from attune.accounts.models import ClientProfile, User
from attune.audit.models import AuditEvent
from attune.clinical.plans.couple import couple_steps_in
from attune.plans import services as plans
from attune.plans.models import StepLog
from attune.safety import couple_check, selectors
from attune.safety.models import CoupleCheck, HarmLines, RiskFlag
from attune.safety.services import harm_lines_for
from conftest import Cast

pytestmark = pytest.mark.django_db

SAFE = {"feels_safe": "yes", "pressured": "no", "monitored": "no"}
WORRY = {"feels_safe": "not_sure", "pressured": "yes", "monitored": "yes"}
QUESTION_WORDS = b"Do you feel safe with your partner"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _api(user: User) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=user)}"}


def _record(cast: Cast, answers: dict[str, str]) -> CoupleCheck:
    return couple_check.couple_check_record(client=cast.client, answers=answers).check


# --- services -------------------------------------------------------------------------------


def test_a_completed_check_is_stored_dated_with_its_answers(cast: Cast) -> None:
    recorded = couple_check.couple_check_record(client=cast.client, answers=SAFE)
    check = CoupleCheck.objects.get(client=cast.client)
    assert (check.feels_safe, check.pressured, check.monitored) == ("yes", "no", "no")
    assert check.created_at is not None and not check.concern
    assert recorded.support is None
    assert not selectors.couple_concern_stands(cast.client)
    assert not selectors.couple_check_due(cast.client)


def test_a_concern_stands_until_resolved_or_a_safe_new_check(cast: Cast) -> None:
    first = _record(cast, WORRY)
    assert selectors.couple_concern_stands(cast.client)
    couple_check.couple_check_resolve(client=cast.client, check=first)
    assert not selectors.couple_concern_stands(cast.client)
    _record(cast, {**SAFE, "monitored": "prefer_not"})
    assert selectors.couple_concern_stands(cast.client)
    _record(cast, SAFE)
    assert not selectors.couple_concern_stands(cast.client)


def test_only_the_latest_standing_concern_can_be_resolved(cast: Cast) -> None:
    from django.core.exceptions import ValidationError

    older = _record(cast, WORRY)
    _record(cast, {**SAFE, "feels_safe": "no"})
    with pytest.raises(ValidationError):
        couple_check.couple_check_resolve(client=cast.client, check=older)
    assert selectors.couple_concern_stands(cast.client)
    safe = _record(cast, SAFE)
    with pytest.raises(ValidationError):
        couple_check.couple_check_resolve(client=cast.client, check=safe)
    older.refresh_from_db()
    assert older.resolved_at is None


def test_a_check_older_than_ninety_days_is_due_again(cast: Cast) -> None:
    check = _record(cast, SAFE)
    CoupleCheck.objects.filter(pk=check.pk).update(created_at=timezone.now() - timedelta(days=91))
    assert selectors.couple_check_due(cast.client)


def test_a_concern_gives_harm_from_others_support_and_tells_nobody(cast: Cast) -> None:
    recorded = couple_check.couple_check_record(client=cast.client, answers=WORRY)
    support = recorded.support
    assert support is not None and support["concern"] == "others"
    assert support["clinician_told"] is False
    contacts = [line["contact"] for line in support["lines"]]
    assert contacts == [line.contact for line in harm_lines_for(cast.client).lines]
    assert not RiskFlag.objects.filter(client=cast.client).exists()
    assert mail.outbox == []


def test_bad_answers_are_refused_naming_the_question_and_store_nothing(cast: Cast) -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as caught:
        couple_check.couple_check_record(client=cast.client, answers={**SAFE, "pressured": "x"})
    assert set(caught.value.message_dict) == {"pressured"}
    assert not CoupleCheck.objects.exists()


def test_telling_the_clinician_raises_one_harm_from_others_flag_without_details(
    cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    check = _record(cast, WORRY)
    with django_capture_on_commit_callbacks(execute=True):
        flag = couple_check.couple_check_tell_clinician(client=cast.client, check=check)
    again = couple_check.couple_check_tell_clinician(client=cast.client, check=check)
    assert again.pk == flag.pk
    assert RiskFlag.objects.filter(client=cast.client).count() == 1
    assert flag.concern == "others" and flag.category == "harm_from_others:couple_check"
    assert flag.source == "couple_check"
    check.refresh_from_db()
    assert check.flag_id == flag.pk
    recipients = {address for message in mail.outbox for address in message.to}
    assert cast.partner.email not in recipients
    for message in mail.outbox:
        assert "pressure" not in message.body.lower() and "phone" not in message.body.lower()


def test_nothing_to_tell_when_there_is_no_concern_or_no_clinician(cast: Cast) -> None:
    from django.core.exceptions import PermissionDenied, ValidationError

    safe = _record(cast, SAFE)
    with pytest.raises(ValidationError):
        couple_check.couple_check_tell_clinician(client=cast.client, check=safe)
    worry = couple_check.couple_check_record(client=cast.other_client, answers=WORRY).check
    with pytest.raises(ValidationError):  # no clinician
        couple_check.couple_check_tell_clinician(client=cast.other_client, check=worry)
    with pytest.raises(PermissionDenied):  # not theirs
        couple_check.couple_check_tell_clinician(client=cast.client, check=worry)
    assert not RiskFlag.objects.exists()


def test_only_clients_answer_the_check(cast: Cast) -> None:
    from django.core.exceptions import PermissionDenied

    for other in (cast.partner, cast.clinician):
        with pytest.raises(PermissionDenied):
            couple_check.couple_check_record(client=other, answers=SAFE)
    assert not CoupleCheck.objects.exists()


# --- the plan -------------------------------------------------------------------------------


def test_a_concern_swaps_couple_steps_for_individual_ones_and_resolving_brings_them_back(
    cast: Cast,
) -> None:
    record = plans.plan_start(
        by=cast.client, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    assert couple_steps_in(plans.engine_plan(record))
    check = _record(cast, WORRY)
    record.refresh_from_db()
    paused = plans.engine_plan(record)
    assert paused.profile.couple_steps_paused and couple_steps_in(paused) == ()
    assert "solo-mindful-self-touch" in {step.id for step in paused.steps}
    assert record.version == 2
    latest_version = record.versions.first()
    assert latest_version is not None
    reason = latest_version.reason
    assert "check" not in reason.lower() and "concern" not in reason.lower()
    couple_check.couple_check_resolve(client=cast.client, check=check)
    record.refresh_from_db()
    assert couple_steps_in(plans.engine_plan(record)) and record.version == 3


def test_a_plan_started_while_a_concern_stands_offers_no_couple_steps(cast: Cast) -> None:
    _record(cast, WORRY)
    record = plans.plan_start(
        by=cast.clinician, client=cast.client, life_stage="adult", relationship="partnered"
    )
    assert couple_steps_in(plans.engine_plan(record)) == ()


def test_the_plan_asks_the_check_before_the_first_couple_step(cast: Cast) -> None:
    record = plans.plan_start(
        by=cast.client, client=cast.client, life_stage="adult", relationship="partnered"
    )
    couple = couple_steps_in(plans.engine_plan(record))[0]
    http = _login(cast.client)
    going = http.get(f"/plan/steps/{couple}/")
    assert going.status_code == 302
    assert going["Location"] == "/me/couple-check/?next=%2Fplan%2F"
    _record(cast, SAFE)
    assert http.get(f"/plan/steps/{couple}/").status_code == 200


def test_the_plan_page_asks_the_check_before_a_couple_step_of_this_week(cast: Cast) -> None:
    record = plans.plan_start(
        by=cast.client, client=cast.client, life_stage="adult", relationship="partnered"
    )
    plan = plans.engine_plan(record)
    couple = set(couple_steps_in(plan))
    alone = [step.id for step in plan.steps if step.id not in couple]
    # Everything done alone is behind the client: a couple step is up this week.
    record.paused_steps = alone
    record.started_on -= timedelta(weeks=52)
    record.save()
    for step_id in alone:
        StepLog.objects.create(
            client=cast.client,
            plan=record,
            step_id=step_id,
            outcome="done",
            felt_safe=True,
            distress=10,
            logged_on=record.started_on,
        )
    http = _login(cast.client)
    page = http.get("/plan/").content.decode()
    assert "Before the steps with your partner" in page
    assert 'href="/me/couple-check/?next=/plan/"' in page
    # No couple step of this week to log or open before the check; setting one aside
    # ("not safe") stays open to the client at any time.
    week = _this_week(page)
    assert not re.search(r'/plan/steps/[\w-]+/(open/)?"', week)
    assert "/decline/" in week
    _record(cast, SAFE)
    page = http.get("/plan/").content.decode()
    assert "Before the steps with your partner" not in page
    assert re.search(r'/plan/steps/[\w-]+/"', _this_week(page))


def _this_week(page: str) -> str:
    return page.split('id="week-title"', 1)[1].split("</section>", 1)[0]


# --- pages ----------------------------------------------------------------------------------


def test_the_partner_invitation_asks_the_check_first_then_lets_the_client_go_on(
    cast: Cast,
) -> None:
    http = _login(cast.other_client)
    first = http.get("/invitations/")
    assert (
        first.status_code == 302 and first["Location"] == "/me/couple-check/?next=%2Finvitations%2F"
    )
    posted = http.post("/invitations/", {"email": "p@example.test", "role": "partner"})
    assert posted.status_code == 302 and posted["Location"].startswith("/me/couple-check/")
    page = http.get(first["Location"])
    assert QUESTION_WORDS in page.content
    answered = http.post(first["Location"], {**WORRY, "next": "/invitations/"})
    assert answered.status_code == 302
    result = http.get(answered["Location"])
    assert b'href="/invitations/"' in result.content  # going on is still the client's choice
    assert http.get("/invitations/").status_code == 200


def test_the_check_page_names_each_unanswered_question_and_stores_nothing(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/me/couple-check/", {"feels_safe": "yes"})
    assert response.status_code == 422
    assert b'id="pressured-error"' in response.content
    assert b'id="monitored-error"' in response.content
    assert b'id="feels_safe-error"' not in response.content
    assert not CoupleCheck.objects.exists()


def test_the_concern_page_offers_lines_pause_quiet_end_and_telling_the_clinician(
    cast: Cast,
) -> None:
    ClientProfile.objects.filter(client=cast.client).update(country="GB")
    http = _login(cast.client)
    answered = http.post("/me/couple-check/", WORRY)
    page = http.get(answered["Location"]).content.decode()
    assert "National Domestic Abuse Helpline" in page  # attune's shipped lines for the UK
    # An organisation's own lines (/organisation/harm-lines/) replace the defaults.
    HarmLines.objects.create(
        organisation=cast.org,
        country="GB",
        emergency="999",
        lines=[{"name": "Riverside Refuge Line", "contact": "0800 000 111", "note": ""}],
    )
    page = http.get(answered["Location"]).content.decode()
    assert "Riverside Refuge Line" in page and "0800 000 111" in page
    assert 'data-choice="pause"' in page and 'data-choice="end"' in page
    assert 'href="/partners/#quiet"' in page
    assert 'action="/partners/quiet/resume/"' in page  # the concern already paused sharing
    assert 'name="quietly" value="yes"' in page  # end the link quietly, one button
    assert "Tell my clinician" in page
    assert "Not sure" in page and "Yes" in page  # the answers in plain words
    check = CoupleCheck.objects.get(client=cast.client)
    told = http.post(f"/me/couple-check/{check.pk}/tell/")
    assert told.status_code == 302
    assert RiskFlag.objects.filter(client=cast.client, concern="others").count() == 1
    assert "Your clinician has been told" in http.get(told["Location"]).content.decode()


def test_no_concern_shows_no_helplines_or_flag(cast: Cast) -> None:
    http = _login(cast.client)
    answered = http.post("/me/couple-check/", SAFE)
    page = http.get(answered["Location"]).content.decode()
    assert 'data-support="couple-concern"' not in page and "Tell my clinician" not in page
    assert not RiskFlag.objects.exists()


def test_the_privacy_page_shows_the_latest_answers_and_asks_again(cast: Cast) -> None:
    http = _login(cast.client)
    page = http.get("/me/privacy/").content.decode()
    assert "You have not answered it yet." in page and 'href="/me/couple-check/"' in page
    check = _record(cast, WORRY)
    page = http.get("/me/privacy/").content.decode()
    assert check.created_at.strftime("%-d %b %Y") in page
    assert "Not sure" in page and f"/me/couple-check/{check.pk}/" in page


def test_the_treating_clinician_sees_the_latest_check_and_the_read_is_audited(
    cast: Cast,
) -> None:
    _record(cast, WORRY)
    page = _login(cast.clinician).get(f"/clients/{cast.client.uuid}/").content.decode()
    assert "Private couple safety check" in page
    assert "a concern" in page and "Not sure" in page
    assert "Couple steps are paused" in page
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid,
        subject_uuid=cast.client.uuid,
        action="read",
        object_type="safety.couplecheck",
    ).exists()


def test_a_clinician_without_active_care_sees_nothing(cast: Cast) -> None:
    check = _record(cast, WORRY)
    for other in (cast.other_clinician, cast.far_clinician):
        http = _login(other)
        assert http.get(f"/clients/{cast.client.uuid}/").status_code == 404
        assert http.get(f"/me/couple-check/{check.pk}/").status_code == 403
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        couple_check.couple_check_for_clinician(clinician=cast.other_clinician, client=cast.client)


def test_another_client_cannot_see_or_act_on_the_check(cast: Cast) -> None:
    check = _record(cast, WORRY)
    http = _login(cast.other_client)
    assert http.get(f"/me/couple-check/{check.pk}/").status_code == 404
    assert http.post(f"/me/couple-check/{check.pk}/tell/").status_code == 404
    assert http.post(f"/me/couple-check/{check.pk}/resolve/").status_code == 404
    assert b"Not sure" not in http.get("/me/privacy/").content
    check.refresh_from_db()
    assert check.flag_id is None and check.resolved_at is None


def test_the_partner_never_sees_the_check_or_learns_of_it(cast: Cast) -> None:
    check = _record(cast, WORRY)
    couple_check.couple_check_tell_clinician(client=cast.client, check=check)
    http = _login(cast.partner)
    for path in (f"/me/couple-check/{check.pk}/", "/me/couple-check/"):
        assert http.get(path).status_code == 403
    assert http.post(f"/me/couple-check/{check.pk}/resolve/").status_code == 403
    for path in (
        "/",
        "/partners/",
        "/partners/feedback/",
        "/me/privacy/",
        "/api/v1/partners/links",
        "/api/v1/partners/shared",
        "/api/v1/safety/couple-check",
    ):
        body = http.get(path).content
        for word in (QUESTION_WORDS, b"couple-check", b"couple_check", b"Not sure"):
            assert word not in body, (path, word)
    assert cast.partner.email not in {a for m in mail.outbox for a in m.to}
    check.refresh_from_db()
    assert check.resolved_at is None


# --- API ------------------------------------------------------------------------------------


def test_api_empty_answer_before_any_check(cast: Cast) -> None:
    response = Client().get("/api/v1/safety/couple-check", **_api(cast.client))
    assert response.status_code == 200
    assert response.json() == {"check": None, "couple_steps_paused": False, "due": True}


def test_api_answers_with_concern_and_support_and_then_reads_back(cast: Cast) -> None:
    auth = _api(cast.client)
    posted = Client().post(
        "/api/v1/safety/couple-check", WORRY, content_type="application/json", **auth
    )
    assert posted.status_code == 201, posted.content
    body = posted.json()
    assert body["concern"] is True and body["couple_steps_paused"] is True
    assert body["support"]["concern"] == "others" and body["support"]["lines"]
    assert body["check"]["clinician_told"] is False
    latest = Client().get("/api/v1/safety/couple-check", **auth).json()
    assert latest["check"]["id"] == body["check"]["id"]
    assert latest["check"]["pressured"] == "yes" and latest["due"] is False
    safe = (
        Client()
        .post("/api/v1/safety/couple-check", SAFE, content_type="application/json", **auth)
        .json()
    )
    assert safe["concern"] is False and safe["support"] is None
    assert safe["couple_steps_paused"] is False


def test_api_retry_with_the_same_idempotency_key_stores_once(cast: Cast) -> None:
    auth = {**_api(cast.client), "HTTP_IDEMPOTENCY_KEY": "check-1"}
    for _ in range(2):
        response = Client().post(
            "/api/v1/safety/couple-check", SAFE, content_type="application/json", **auth
        )
        assert response.status_code == 201
    assert CoupleCheck.objects.filter(client=cast.client).count() == 1


def test_api_bad_answers_are_422_naming_the_field_and_change_nothing(cast: Cast) -> None:
    auth = _api(cast.client)
    for payload, field in (
        ({**SAFE, "monitored": "sometimes"}, "monitored"),
        ({"feels_safe": "yes", "pressured": "no"}, "monitored"),
        ({**SAFE, "extra": "no"}, "extra"),
    ):
        response = Client().post(
            "/api/v1/safety/couple-check", payload, content_type="application/json", **auth
        )
        assert response.status_code == 422, payload
        assert field in response.json()["errors"], response.json()
    assert not CoupleCheck.objects.exists()


def test_api_refuses_partner_and_clinician_and_shows_others_only_their_own(
    cast: Cast,
) -> None:
    _record(cast, WORRY)
    for other in (cast.partner, cast.clinician):
        auth = _api(other)
        assert Client().get("/api/v1/safety/couple-check", **auth).status_code == 403
        posted = Client().post(
            "/api/v1/safety/couple-check", SAFE, content_type="application/json", **auth
        )
        assert posted.status_code == 403
    own = Client().get("/api/v1/safety/couple-check", **_api(cast.other_client)).json()
    assert own["check"] is None
    assert Client().get("/api/v1/safety/couple-check").status_code == 401
    assert CoupleCheck.objects.count() == 1


def test_openapi_documents_the_couple_check_routes(cast: Cast) -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    route = schema["paths"]["/api/v1/safety/couple-check"]
    assert route["get"]["tags"] == ["safety"] and route["post"]["tags"] == ["safety"]
    assert {"200", "401", "403"} <= set(route["get"]["responses"])
    assert {"201", "401", "403", "422"} <= set(route["post"]["responses"])
    assert route["post"]["description"]
