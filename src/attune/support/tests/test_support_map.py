"""The support map: private by default, encrypted, screened, shared only by choice; gaps
become plan steps; people can be copied into the safety plan."""

from __future__ import annotations

from html import unescape

import pytest
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import CareRelationship, ConsentGrant, Role, User
from attune.audit.models import AuditEvent
from attune.plans import services as plans
from attune.plans.models import ClientPlan, PlanVersion
from attune.safety.models import RiskFlag, SafetyPlan
from attune.support import services
from attune.support.models import SupportPerson
from conftest import Cast, dump_database, make_user

pytestmark = pytest.mark.django_db

NAME = "Marisol-Quenby"
NOTE = "Notemarker-5521 walks on Sundays"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _person(client: User, **extra: object) -> SupportPerson:
    fields: dict[str, object] = {
        "name": NAME,
        "role": "friend",
        "ring": 1,
        "frequency": "weekly",
        "helps": ["listen", "night"],
        "helps_note": NOTE,
        "phone": "+44 7700 900123",
        **extra,
    }
    return services.person_create(client=client, **fields).person


FORM = {
    "name": "Aunt Bea",
    "role": "family",
    "ring": "2",
    "frequency": "monthly",
    "helps": ["practical", "night"],
    "helps_note": "",
    "phone": "07700 900456",
}


def test_client_adds_a_person_and_sees_them_in_the_circle_and_the_table(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/support/new/", FORM)
    assert response.status_code == 302 and response["Location"] == "/support/"
    html = unescape(http.get("/support/").content.decode())
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert "Aunt Bea" in svg and 'role="img"' in svg
    assert "Your support circle" in svg and "close: 1 person (Aunt Bea)" in svg
    table = html[html.index('id="support-table"') :]
    assert "Aunt Bea" in table and "Family" in table and "Every month or so" in table
    assert "Practical help" in table and 'href="tel:07700900456"' in table


def test_names_notes_and_numbers_are_encrypted_at_rest(cast: Cast) -> None:
    _person(cast.client)
    stored = dump_database()
    assert NAME not in stored and NOTE not in stored and "7700 900123" not in stored


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Please write a name or a nickname."),
        ("phone", "call me maybe", "Please write a phone number with 5 to 15 digits"),
        ("phone", "12", "Please write a phone number with 5 to 15 digits"),
        ("ring", "7", "Select a valid choice."),
        ("role", "boss", "Select a valid choice."),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    cast: Cast, field: str, value: str, message: str
) -> None:
    response = _login(cast.client).post("/support/new/", {**FORM, field: value})
    assert response.status_code == 200
    assert message in unescape(response.content.decode())
    assert not SupportPerson.objects.exists()


def test_service_refuses_bad_values_with_the_field_named(cast: Cast) -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        services.person_create(
            client=cast.client, name="Sam", role="friend", ring=4, frequency="weekly",
            helps=["flying"], phone="+1 (555) 0100-2000-3000-4000",
        )  # fmt: skip
    assert set(refused.value.message_dict) == {"ring", "helps", "phone"}
    assert not SupportPerson.objects.exists()


def test_risk_words_on_the_map_show_crisis_lines_and_flag_without_blocking(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post(
        "/support/new/", {**FORM, "helps_note": "Nobody. I want to kill myself."}, follow=True
    )
    assert "crisis-lines" in response.content.decode()
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.source == "support_map"
    assert SupportPerson.objects.filter(client=cast.client).count() == 1


@pytest.mark.parametrize("who", ["partner", "clinician", "facilitator", "admin"])
def test_only_clients_keep_a_support_map(cast: Cast, who: str) -> None:
    person = _person(cast.client)
    http = _login(getattr(cast, who))
    for url in ("/support/", "/support/new/", f"/support/{person.pk}/"):
        answer = http.get(url)
        assert answer.status_code == 403
        assert NAME not in answer.content.decode()
    assert http.post(f"/support/{person.pk}/delete/").status_code in (403, 404)
    assert http.post(f"/support/{person.pk}/", FORM).status_code in (403, 404)
    assert SupportPerson.objects.get(pk=person.pk).name == NAME


def test_another_client_cannot_reach_someone_elses_person(cast: Cast) -> None:
    person = _person(cast.client)
    http = _login(cast.other_client)
    own_page = http.get("/support/")
    assert own_page.status_code == 200 and NAME not in own_page.content.decode()
    assert http.get(f"/support/{person.pk}/").status_code == 404
    assert http.post(f"/support/{person.pk}/", FORM).status_code == 404
    assert http.post(f"/support/{person.pk}/delete/").status_code == 404
    assert (
        http.post(f"/support/{person.pk}/to-safety-plan/", {"step": "help_people"}).status_code
        == 404
    )
    assert SupportPerson.objects.filter(pk=person.pk).exists()
    assert not SafetyPlan.objects.filter(client=cast.other_client).exists()


def test_clinician_sees_the_map_only_with_the_clients_grant_and_reads_are_audited(
    cast: Cast,
) -> None:
    _person(cast.client)
    clinician = _login(cast.clinician)
    page = f"/clients/{cast.client.uuid}/support/"
    assert clinician.get(page).status_code == 404  # care alone is not enough
    assert NAME not in clinician.get(f"/clients/{cast.client.uuid}/").content.decode()

    _login(cast.client).post("/support/share/", {"choice": "share"})
    grant = ConsentGrant.objects.get(client=cast.client, scope="support_map", revoked_at=None)
    assert grant.grantee == cast.clinician and grant.text_version == "clinician-support-map-v1"
    html = clinician.get(page).content.decode()
    assert NAME in html and "7700" not in html  # numbers stay with the client
    assert AuditEvent.objects.filter(
        action="read", actor_uuid=cast.clinician.uuid, subject_uuid=cast.client.uuid,
        object_type="support.supportperson",
    ).exists()  # fmt: skip

    for outsider in (cast.other_clinician, cast.far_clinician, cast.partner, cast.other_client):
        assert _login(outsider).get(page).status_code in (403, 404)

    _login(cast.client).post("/support/share/", {"choice": "stop"})
    assert clinician.get(page).status_code == 404


def test_ended_care_ends_the_clinicians_view_of_a_shared_map(cast: Cast) -> None:
    _person(cast.client)
    services.map_share(client=cast.client)
    care = CareRelationship.objects.get(client=cast.client, clinician=cast.clinician)
    accounts.care_end(actor=cast.client, care=care)
    assert _login(cast.clinician).get(f"/clients/{cast.client.uuid}/support/").status_code == 404


def test_a_self_guided_client_has_no_one_to_share_with(cast: Cast) -> None:
    alone = make_user("alone@example.test", Role.CLIENT, cast.org, "Alone Example")
    with pytest.raises(services.NoClinician):
        services.map_share(client=alone)
    assert not ConsentGrant.objects.filter(client=alone, scope="support_map").exists()


def test_gaps_show_until_the_map_holds_that_kind_of_support(cast: Cast) -> None:
    http = _login(cast.client)
    html = unescape(http.get("/support/").content.decode())
    for gap in (
        "One more person I could call at night",
        "Someone to do things with",
        "A group or community",
        "Someone who knows about my mental health",
    ):
        assert gap in html
    _person(cast.client, helps=["night", "do_things"])
    _person(cast.client, name="Tuesday group", role="group", helps=["night"])
    _person(cast.client, name="Dr Ng", role="professional", helps=[])
    assert "Room to grow" not in unescape(http.get("/support/").content.decode())


def test_a_gap_turned_into_a_step_appears_in_the_plan_once(cast: Cast) -> None:
    plans.plan_start(
        by=cast.clinician, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    record = ClientPlan.objects.get(client=cast.client)
    version = record.version
    http = _login(cast.client)
    response = http.post("/support/gaps/night/step/")
    assert response["Location"] == "/plan/"
    plan_html = unescape(http.get("/plan/").content.decode())
    title = "Ask one more person if you could call them in a hard moment"
    assert title in plan_html
    record.refresh_from_db()
    assert record.version == version + 1
    latest = PlanVersion.objects.filter(plan=record).order_by("-version").first()
    assert latest is not None and latest.changed_by == cast.client
    assert AuditEvent.objects.filter(object_type="plans.clientplan", action="update").exists()
    # Once only: the map now says it is in the plan, and a second post changes nothing.
    assert "This step is in your plan." in unescape(http.get("/support/").content.decode())
    http.post("/support/gaps/night/step/")
    record.refresh_from_db()
    assert record.version == version + 1


def test_a_gap_the_map_does_not_have_is_refused(cast: Cast) -> None:
    plans.plan_start(
        by=cast.clinician, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    _person(cast.client, role="group", helps=["do_things"])
    version = ClientPlan.objects.get(client=cast.client).version
    response = _login(cast.client).post("/support/gaps/group/step/", follow=True)
    assert "Your map has no such gap right now." in unescape(response.content.decode())
    assert ClientPlan.objects.get(client=cast.client).version == version
    assert _login(cast.client).post("/support/gaps/nonsense/step/").status_code == 404


@pytest.mark.parametrize("who", ["other_client", "partner", "clinician"])
def test_others_cannot_add_steps_to_a_clients_plan_from_the_map(cast: Cast, who: str) -> None:
    plans.plan_start(
        by=cast.clinician, client=cast.client, life_stage="midlife", relationship="partnered"
    )
    version = ClientPlan.objects.get(client=cast.client).version
    _login(getattr(cast, who)).post("/support/gaps/night/step/")
    assert ClientPlan.objects.get(client=cast.client).version == version


def test_without_a_plan_the_gap_leads_to_starting_one(cast: Cast) -> None:
    response = _login(cast.client).post("/support/gaps/night/step/")
    assert response["Location"] == "/plan/"
    assert not ClientPlan.objects.filter(client=cast.client).exists()


def test_pick_from_my_support_map_copies_name_and_number_into_the_safety_plan(
    cast: Cast,
) -> None:
    person = _person(cast.client)
    http = _login(cast.client)
    page = unescape(http.get("/safety-plan/edit/").content.decode())
    assert "Pick from my support map" in page and NAME in page
    # The page kept on the phone for offline use does not carry the whole map.
    assert "Pick from my support map" not in http.get("/safety-plan/").content.decode()
    response = http.post(f"/support/{person.pk}/to-safety-plan/", {"step": "help_people"})
    assert response["Location"] == "/safety-plan/edit/"
    plan = SafetyPlan.objects.get(client=cast.client)
    assert plan.help_people == f"{NAME} — +44 7700 900123"
    http.post(f"/support/{person.pk}/to-safety-plan/", {"step": "help_people"})  # twice: once
    plan.refresh_from_db()
    assert plan.help_people.count(NAME) == 1
    refused = http.post(f"/support/{person.pk}/to-safety-plan/", {"step": "environment"})
    assert refused.status_code == 302
    plan.refresh_from_db()
    assert NAME not in plan.environment


def test_partners_safety_plan_page_offers_no_support_map(cast: Cast) -> None:
    html = _login(cast.partner).get("/safety-plan/edit/").content.decode()
    assert "Pick from my support map" not in html


def test_the_sharing_page_names_the_support_map_grant(cast: Cast) -> None:
    services.map_share(client=cast.client)
    assert "my support map" in _login(cast.client).get("/me/sharing/").content.decode()


def test_erasing_the_account_removes_the_map(cast: Cast) -> None:
    from attune.privacy.services import erase, export_records

    _person(cast.client)
    exported = export_records(cast.client)
    assert any(NAME in str(rows) for rows in exported.values())
    erase(cast.client)
    assert not SupportPerson.objects.exists()
