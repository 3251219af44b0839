"""Every URL pattern and API route, walked with every kind of outsider.

New routes are covered automatically: a route whose parameters this test does not know
fails it until someone says what the parameter means (owned by client A, or a capability
token that proves nothing about who you are).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from attune.accounts import services
from attune.accounts.models import (
    CareRelationship,
    ClientProfile,
    ConsentGrant,
    Invitation,
    Membership,
    PartnerLink,
    User,
)
from attune.audit.models import AuditEvent
from attune.checkins.models import CheckIn, PushSubscription
from attune.circles import services as circles
from attune.circles.models import CircleMember, CirclePost, Meeting
from attune.exercises.models import ExerciseSession
from attune.journal import services as journal_services
from attune.journal.models import JournalEntry
from attune.medications.models import DoseChange, Medication, SideEffect
from attune.partners import services as partners
from attune.partners.models import Conversation
from attune.plans import services as plans
from attune.plans.models import ClientPlan, PlanProposal
from attune.practice.models import Experiment, Trigger
from attune.questionnaires import services as questionnaires
from attune.questionnaires.models import Administration, Assignment
from attune.safety.models import CoupleCheck, RiskFlag, SafetyPlan
from attune.support.models import SupportPerson
from attune.valuework.models import Anchor, Moment, ValueAction
from attune.workspace.models import ClinicianNote
from conftest import CLIENT_NAME, HOPES_MARKER, Cast, make_user

NOTE_MARKER = "Quillnote-7734 private words"

# Parameters naming something that belongs to client A: outsiders must be refused outright.
OWNED_PARAMS = {
    "client_uuid",
    "grant_id",
    "invitation_id",
    "checkin_id",
    "administration_id",
    "flag_id",
    "entry_id",
    "trigger_id",
    "experiment_id",
    "action_id",
    "anchor_id",
    "moment_id",
    "session_id",
    "proposal_id",
    "note_id",
    "token_id",
    # Peer circles: a circle client A belongs to, run by a facilitator none of the outsiders is.
    "circle_id",
    "meeting_id",
    "post_id",
    "member_id",
    "conversation_id",
    # Client A's membership of the organisation: not staff, so not even its admin edits it.
    "membership_id",
    # The private couple safety check (issue 16): the client's own, never anyone else's.
    "check_id",
    # A medicine on client A's medication timeline (issue 18).
    "medication_id",
    # A browser client A subscribed to push reminders (issue 19).
    "subscription_id",
    # Someone on client A's support-network map (issue 18).
    "person_id",
}
# Parameters that are capability tokens or allauth plumbing: they identify no person's record,
# so outsiders may get a page, but it must not show anything of client A.
OPAQUE_PARAMS = {
    "token",
    "key",
    "uidb36",
    "type",
    "authenticator_id",
    "pk",
    "path",
    "rest",
    "day",
    "instrument_id",
    "slug",
    "exercise",
    # A kind of gap in the caller's own support map ("call at night"): names nobody.
    "gap",
    # A step of the caller's own plan; clinician routes carry client_uuid as well.
    "step_id",
}

OUTSIDERS = [
    "anonymous",
    "other_client",
    "other_clinician",
    "far_clinician",
    "partner",
    "facilitator",
    "admin",
]
REFUSED_SIGNED_IN = {401, 403, 404, 405}
# An API write with no body is turned away before ownership is looked at: it reaches nothing.
REFUSED_MALFORMED = {400, 422}
_PARAM = re.compile(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>|\(\?P<(?P<rname>\w+)>[^)]*\)")


def iter_routes(patterns: list[Any] | None = None, prefix: str = "") -> Iterator[tuple[str, str]]:
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            yield from iter_routes(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.name or ""


def params_of(route: str) -> list[str]:
    return [m.group("name") or m.group("rname") for m in _PARAM.finditer(route)]


def build_url(route: str, values: dict[str, str]) -> str:
    path = _PARAM.sub(lambda m: values[m.group("name") or m.group("rname")], route)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path.lstrip("/")


def snapshot(cast: Cast) -> dict[str, Any]:
    profile = ClientProfile.objects.get(client=cast.client)
    return {
        "consents": ConsentGrant.objects.filter(
            client=cast.client, revoked_at__isnull=True
        ).count(),
        "care": CareRelationship.objects.filter(client=cast.client, status="active").count(),
        "links": PartnerLink.objects.filter(client=cast.client, status="active").count(),
        "invitations": Invitation.objects.filter(
            inviter=cast.client, revoked_at__isnull=True
        ).count(),
        "profile": (
            profile.life_stage,
            profile.relationship_status,
            profile.hopes,
            profile.country,
        ),
        "users": User.objects.filter(is_active=True).count(),
        "push": PushSubscription.objects.filter(client=cast.client).count(),
        "questionnaires": (
            Administration.objects.filter(client=cast.client).count(),
            Assignment.objects.filter(client=cast.client, active=True).count(),
            RiskFlag.objects.filter(client=cast.client, acknowledged_at__isnull=True).count(),
        ),
        "practice": list(
            Trigger.objects.filter(client=cast.client).values_list(
                "what_happened", "intensity_after"
            )
        )
        + list(Experiment.objects.filter(client=cast.client).values_list("belief", "status")),
        "exercises": list(
            ExerciseSession.objects.filter(client=cast.client).values_list(
                "pk", "distress_after", "finished_at", "stopped_early"
            )
        ),
        "journal": list(
            JournalEntry.objects.filter(client=cast.client).values_list(
                "pk", "title", "body", "tags", "shared_with_clinician_at"
            )
        ),
        "values": (
            list(
                ValueAction.objects.filter(client=cast.client).values_list("status", "scheduled_on")
            ),
            list(Anchor.objects.filter(client=cast.client).values_list("active", flat=True)),
            Moment.objects.filter(client=cast.client).count(),
        ),
        "plan": list(
            ClientPlan.objects.filter(client=cast.client).values_list("version", "paused_steps")
        )
        + list(PlanProposal.objects.filter(client=cast.client).values_list("status", flat=True)),
        "safety_plan": list(
            SafetyPlan.objects.filter(client=cast.client).values_list(
                "warning_signs", "help_people", "updated_by"
            )
        ),
        "notes": list(
            ClinicianNote.objects.filter(client=cast.client).values_list(
                "pk", "body", "session_date"
            )
        ),
        "checkins": list(
            CheckIn.objects.filter(client=cast.client).values_list("day", "mood", "note")
        ),
        "medications": (
            list(
                Medication.objects.filter(client=cast.client).values_list(
                    "pk", "stopped_on", "plan_answer", "stop_answer"
                )
            ),
            DoseChange.objects.filter(client=cast.client).count(),
            SideEffect.objects.filter(client=cast.client).count(),
        ),
        "circles": list(
            CircleMember.objects.filter(user=cast.client).values_list(
                "display_name", "left_at", "removed_at"
            )
        )
        + list(CirclePost.objects.filter(client=cast.client).values_list("body", "status"))
        + list(Meeting.objects.values_list("agenda", "starts_at")),
        "conversations": list(
            Conversation.objects.filter(client=cast.client).values_list(
                "objective", "pause_word", "starts_at"
            )
        ),
        "flags": list(
            RiskFlag.objects.filter(client=cast.client).values_list(
                "pk", "disposition", "acknowledged_at", "acknowledgement_note"
            )
        ),
        "couple_checks": list(
            CoupleCheck.objects.filter(client=cast.client).values_list(
                "pk", "feels_safe", "pressured", "monitored", "resolved_at", "flag"
            )
        ),
        "partner_grants": list(
            ConsentGrant.objects.filter(client=cast.client, kind="partner")
            .order_by("pk")
            .values_list("scope", "revoked_at")
        ),
    }


def forbidden_markers(role: str) -> list[bytes]:
    markers = [HOPES_MARKER.encode(), NOTE_MARKER.encode(), b"client.a@example.test"]
    if role != "partner":  # a linked partner legitimately sees the client's name
        markers.append(CLIENT_NAME.encode())
    return markers


@pytest.fixture
def owned_values(cast: Cast) -> dict[str, str]:
    issued = services.invitation_create(
        inviter=cast.client, email="friend@example.test", role="partner"
    )
    grant = ConsentGrant.objects.filter(client=cast.client).first()
    assert grant is not None
    yesterday = timezone.now().date() - timedelta(days=1)
    questionnaires.assignment_set(
        by=cast.clinician,
        client=cast.client,
        instrument_id="phq9",
        cadence="weekly",
        start_on=yesterday,
    )
    flagged = questionnaires.submit(
        client=cast.client, instrument_id="phq9", answers=[1, 1, 1, 1, 1, 1, 1, 1, 2]
    )
    assert flagged.risk_flag is not None
    # Triage (issue 15): the flag carries the client's sentence, and their clinician may see
    # it; nobody else may, on any route.
    flagged.risk_flag.sentence = NOTE_MARKER
    flagged.risk_flag.save()
    services.sentence_consent_set(client=cast.client, clinician=cast.clinician, granted=True)
    trigger = Trigger.objects.create(
        client=cast.client,
        occurred_at=timezone.now(),
        company="alone",
        what_happened=NOTE_MARKER,
        intensity_before=70,
        origin_theme="betrayal",
    )
    experiment = Experiment.objects.create(
        client=cast.client, belief=NOTE_MARKER, belief_before=80, prediction="p", plan="q"
    )
    session = ExerciseSession.objects.create(
        client=cast.client, exercise="box-breathing", distress_before=6, note=NOTE_MARKER
    )
    entry = JournalEntry.objects.create(
        client=cast.client,
        title=NOTE_MARKER,
        body=NOTE_MARKER,
        tags="walks",
    )
    journal_services.entry_share(client=cast.client, entry=entry)
    action = ValueAction.objects.create(
        client=cast.client,
        domain="friends",
        action=NOTE_MARKER,
        scheduled_on=yesterday,
        reflection=NOTE_MARKER,
    )
    anchor = Anchor.objects.create(client=cast.client, name=NOTE_MARKER)
    moment = Moment.objects.create(
        client=cast.client, anchor=anchor, day=yesterday, note=NOTE_MARKER, who_with=NOTE_MARKER
    )
    plan = plans.plan_start(
        by=cast.clinician, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    first_step = plans.this_week(plan, plan.started_on)[1][0].id
    plans.step_log(
        client=cast.client,
        record=plan,
        step_id=first_step,
        outcome="setback",
        felt_safe=True,
        distress=60,
        reflection=NOTE_MARKER,
    )
    proposal = PlanProposal.objects.get(plan=plan)
    SafetyPlan.objects.create(client=cast.client, warning_signs=NOTE_MARKER, help_people="Ana")
    note = ClinicianNote.objects.create(
        client=cast.client, author=cast.clinician, body=NOTE_MARKER, session_date=yesterday
    )
    checkin = CheckIn.objects.create(
        client=cast.client, day=yesterday, mood=3, win=NOTE_MARKER, note=NOTE_MARKER
    )
    runner = make_user("runner@example.test", "facilitator", cast.org, "Runa Circle")
    circle = circles.circle_create(facilitator=runner, topic=NOTE_MARKER, size_limit=8)
    joined = circles.circle_join(
        invitation=circles.invitation_create(
            facilitator=runner, circle=circle, email=cast.client.email
        ).invitation,
        user=cast.client,
        display_name="Quiet Heron",
        agreed=True,
    )
    circles.outcomes_consent_set(member=joined, consent=True)
    meeting = circles.meeting_create(
        facilitator=runner,
        circle=circle,
        starts_at=timezone.now() + timedelta(days=1),
        duration_minutes=60,
        agenda=NOTE_MARKER,
    )
    post = circles.post_create(member=joined, body=NOTE_MARKER).post
    # Client A's conversation with their partner, planned while conversations were shared and
    # then withdrawn: the walk's partner (no scopes now) must be refused like everyone else.
    link = PartnerLink.objects.get(client=cast.client, partner=cast.partner, status="active")
    partners.scope_set(actor=cast.client, link=link, scope="conversations", granted=True)
    talk = partners.conversation_save(
        actor=cast.client,
        link=link,
        starts_at=timezone.now() + timedelta(days=1),
        objective=NOTE_MARKER,
        pause_word=NOTE_MARKER,
        green_means="go",
        amber_means="slow",
        red_means="stop",
        resume_how="later",
    ).record
    partners.scope_set(actor=cast.client, link=link, scope="conversations", granted=False)
    couple = CoupleCheck.objects.create(
        client=cast.client, feels_safe="no", pressured="not_sure", monitored="yes", concern=True
    )
    medication = Medication.objects.create(
        client=cast.client, name=NOTE_MARKER, dose=50, unit="mg", started_on=yesterday
    )
    push = PushSubscription.objects.create(
        client=cast.client,
        endpoint="https://push.example.com/send/client-a",
        p256dh="BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
        auth="tBHItJI5svbpez7KI4CCXg",
        endpoint_hash="0" * 64,
    )
    supporter = SupportPerson.objects.create(
        client=cast.client, name=NOTE_MARKER, role="friend", ring=1, frequency="weekly"
    )
    values = {
        "person_id": str(supporter.pk),
        "medication_id": str(medication.pk),
        "subscription_id": str(push.pk),
        "check_id": str(couple.pk),
        "circle_id": str(circle.pk),
        "meeting_id": str(meeting.pk),
        "post_id": str(post.pk),
        "member_id": str(joined.pk),
        "client_uuid": str(cast.client.uuid),
        "grant_id": str(grant.pk),
        "membership_id": str(Membership.objects.get(user=cast.client, role="client").pk),
        "invitation_id": str(issued.invitation.pk),
        "checkin_id": str(checkin.pk),
        "conversation_id": str(talk.pk),
        "trigger_id": str(trigger.pk),
        "session_id": str(session.pk),
        "entry_id": str(entry.pk),
        "note_id": str(note.pk),
        "action_id": str(action.pk),
        "anchor_id": str(anchor.pk),
        "moment_id": str(moment.pk),
        "proposal_id": str(proposal.pk),
        "experiment_id": str(experiment.pk),
        "administration_id": str(flagged.administration.pk),
        "flag_id": str(flagged.risk_flag.pk),
        "instrument_id": "phq9",
        "slug": "three-kinds-of-loneliness",
        "exercise": "box-breathing",
        "step_id": "breath-extended-exhale",
        # A day is read against the caller's own check-ins; client A's day must not leak.
        "day": yesterday.isoformat(),
        # Holding an invitation link is the capability itself; outsiders are people without it.
        "token": "no-such-invitation-token",
    }
    values.update({name: "1" for name in OPAQUE_PARAMS if name not in values})
    # Owned records without a fixture here: an id nobody holds still must not answer 500.
    values.update({name: "999999" for name in OWNED_PARAMS if name not in values})
    return values


def test_the_safety_routes_are_in_the_walk() -> None:
    """The ASQ answer (page and API) and the harm-lines admin page are walked like the rest:
    none names a record, so each is walked with every outsider (answers only ever touch the
    answerer's own record; see safety/tests/test_respond.py)."""
    routes = {route for route, _name in iter_routes()}
    assert {"safety/asq/", "organisation/harm-lines/"} <= routes
    assert any(route.endswith("safety/asq") and route.startswith("api/") for route in routes)


def test_every_route_parameter_is_classified() -> None:
    unknown = {(route, p) for route, _ in iter_routes() for p in params_of(route)} - {
        (route, p)
        for route, _ in iter_routes()
        for p in params_of(route)
        if p in OWNED_PARAMS | OPAQUE_PARAMS
    }
    assert not unknown, f"Classify these route parameters in {__file__}: {sorted(unknown)}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", OUTSIDERS)
def test_no_outsider_reaches_client_records(
    role: str, cast: Cast, owned_values: dict[str, str]
) -> None:
    before = snapshot(cast)
    routes = list(iter_routes())
    assert len(routes) > 40  # allauth, attune pages and the API are all walked
    checked = 0
    for route, name in routes:
        params = params_of(route)
        url = build_url(route, owned_values)
        owned = bool(set(params) & OWNED_PARAMS)
        for method in ("get", "post"):
            http = Client()
            if role != "anonymous":
                http.force_login(getattr(cast, role))
            response = getattr(http, method)(url)
            where = f"{method.upper()} {url} ({name}) as {role}"
            assert response.status_code < 500, where
            if owned:
                if role == "anonymous":
                    assert response.status_code in REFUSED_SIGNED_IN or (
                        response.status_code == 302 and "/accounts/login/" in response["Location"]
                    ), where
                elif url.startswith("/api/") and method == "post":
                    assert response.status_code in REFUSED_SIGNED_IN | REFUSED_MALFORMED, where
                else:
                    assert response.status_code in REFUSED_SIGNED_IN, where
            body = response.content
            for marker in forbidden_markers(role):
                assert marker not in body, f"{where} shows {marker!r}"
            checked += 1
    after = snapshot(cast)
    # POSTs that reached views with empty forms must not change anything of client A's.
    assert after == before
    assert (
        not AuditEvent.objects.filter(subject_uuid=cast.client.uuid, action="read")
        .exclude(actor_uuid=cast.clinician.uuid)
        .exists()
    )
    assert checked >= 80


@pytest.mark.django_db
def test_their_clinician_and_the_client_do_reach_the_record(cast: Cast) -> None:
    """Positive control: the walk above would be meaningless if nobody could see anything."""
    http = Client()
    http.force_login(cast.clinician)
    assert HOPES_MARKER.encode() in http.get(f"/clients/{cast.client.uuid}/").content
    api = http.get(f"/api/v1/clients/{cast.client.uuid}/profile")
    assert api.status_code == 200 and api.json()["hopes"] == HOPES_MARKER
    own = Client()
    own.force_login(cast.client)
    assert HOPES_MARKER.encode() in own.get("/me/profile/").content
    CheckIn.objects.create(client=cast.client, day=timezone.now().date(), mood=5, win=NOTE_MARKER)
    assert NOTE_MARKER.encode() in own.get("/checkin/insights/").content
    assert NOTE_MARKER.encode() in http.get(f"/clients/{cast.client.uuid}/checkins/").content


def test_triage_routes_are_in_the_walk() -> None:
    names = {name for _route, name in iter_routes()}
    assert {"client_flags", "flag_disposition", "sentence_consent"} <= names


@pytest.mark.django_db
def test_only_the_treating_clinician_reaches_triage(cast: Cast) -> None:
    flag = RiskFlag.objects.create(client=cast.client, reason="journal_risk_language")
    flag.sentence = NOTE_MARKER
    flag.save()
    services.sentence_consent_set(client=cast.client, clinician=cast.clinician, granted=True)
    url = f"/clients/{cast.client.uuid}/flags/"
    own = Client()
    own.force_login(cast.clinician)
    assert NOTE_MARKER.encode() in own.get(url).content
    for role in OUTSIDERS[1:]:
        http = Client()
        http.force_login(getattr(cast, role))
        assert http.get(url).status_code == 404, role
        posted = http.post(
            f"{url}{flag.pk}/disposition/", {"disposition": "escalated", "note": "x"}
        )
        assert posted.status_code == 404, role
    flag.refresh_from_db()
    assert flag.acknowledged_at is None
