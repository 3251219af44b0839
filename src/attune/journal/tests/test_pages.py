"""The client's journal on the web: write, read, filter, edit, delete; bad input changes nothing."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.core.idempotency import IdempotencyKey
from attune.journal import services
from attune.journal.models import JournalEntry
from attune.safety.models import RiskFlag
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

MARKER = "Quillfeather-5521"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _write(cast: Cast, **fields: str) -> JournalEntry:
    data = {"body": "Had tea with Sam and laughed about the cat.", **fields}
    return services.entry_create(client=cast.client, **data).entry


def test_client_writes_an_entry_from_a_prompt_and_reads_it_back(cast: Cast) -> None:
    http = _login(cast.client)
    page = http.get("/journal/new/", {"prompt": "anchors-laughter"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "When did you last laugh with someone?" in html
    assert 'aria-describedby="prompt-text' in html
    response = http.post(
        "/journal/new/",
        {
            "title": "  Tea   with Sam ",
            "body": "We laughed about the cat.\r\n\r\nIt felt easy.",
            "tags": "friends, Laughter, friends ,",
            "prompt_key": "anchors-laughter",
            "submission_key": "form-1",
        },
    )
    entry = JournalEntry.objects.get(client=cast.client)
    assert response.status_code == 302
    assert response["Location"] == f"/journal/{entry.pk}/"
    assert (entry.title, entry.prompt_key) == ("Tea with Sam", "anchors-laughter")
    assert entry.body == "We laughed about the cat.\n\nIt felt easy."
    assert entry.tag_list == ["friends", "Laughter"]
    assert entry.shared_with_clinician_at is None  # private by default
    shown = http.get(response["Location"]).content.decode()
    assert "Saved to your journal." in shown
    assert "Tea with Sam" in shown and "When did you last laugh" in shown
    assert "Only you can read this entry." in shown
    assert "crisis-lines" not in shown


def test_writing_freely_needs_no_prompt(cast: Cast) -> None:
    http = _login(cast.client)
    http.post("/journal/new/", {"body": "Just a note.", "submission_key": "k"})
    entry = JournalEntry.objects.get(client=cast.client)
    assert (entry.title, entry.prompt_key, entry.tags) == ("", "", "")
    assert "Entry of" in http.get(f"/journal/{entry.pk}/").content.decode()


def test_a_double_click_stores_the_entry_once(cast: Cast) -> None:
    http = _login(cast.client)
    form = {"body": "Once only.", "submission_key": "same-form"}
    first = http.post("/journal/new/", form)
    again = http.post("/journal/new/", form)
    assert JournalEntry.objects.filter(client=cast.client).count() == 1
    assert first["Location"] == again["Location"]
    changed = http.post("/journal/new/", dict(form, body="Changed my words after going back."))
    assert changed.status_code == 302
    assert JournalEntry.objects.filter(client=cast.client).count() == 2  # nothing lost


def test_list_is_newest_first_and_filters_by_tag(cast: Cast) -> None:
    _write(cast, title="First walk", tags="walks")
    _write(cast, title="Sleep notes", tags="sleep, Walks")
    _write(cast, title="Untagged thoughts")
    http = _login(cast.client)
    html = http.get("/journal/").content.decode()
    assert html.index("Untagged thoughts") < html.index("Sleep notes") < html.index("First walk")
    assert "?tag=sleep" in html and "?tag=Walks" in html  # once each, newest spelling
    assert "?tag=walks" not in html
    walks = http.get("/journal/", {"tag": "WALKS"}).content.decode()
    assert "First walk" in walks and "Sleep notes" in walks
    assert "Untagged thoughts" not in walks
    none = http.get("/journal/", {"tag": "nothing-like-this"}).content.decode()
    assert "No entries carry that tag." in none


def test_list_pages_through_many_entries(cast: Cast) -> None:
    for n in range(23):
        _write(cast, title=f"Entry number {n:02d}")
    http = _login(cast.client)
    first = http.get("/journal/").content.decode()
    assert "Entry number 22" in first and "Entry number 02" not in first
    assert "Page 1 of 2" in first
    second = http.get("/journal/", {"page": "2"}).content.decode()
    assert "Entry number 02" in second
    assert http.get("/journal/", {"page": "banana"}).status_code == 200


def test_empty_body_is_refused_with_a_clear_message_and_nothing_stored(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post("/journal/new/", {"title": "Only a title", "body": "   \n "})
    assert response.status_code == 200
    assert "Please write something in your entry before saving." in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not JournalEntry.objects.exists()
    assert not IdempotencyKey.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "t" * 121, "A title can be up to 120 characters long."),
        ("body", "b" * 20_001, "An entry can be up to 20000 characters long."),
        ("tags", "calm, " + "x" * 31, "Each tag can be up to 30 characters long."),
        ("tags", "calm; hope <b>", "Tags can hold letters, numbers, spaces, hyphens"),
        ("tags", ", ".join(f"tag{n}" for n in range(11)), "Please use up to 10 tags."),
        ("prompt_key", "not-a-prompt", "That prompt is not in the library."),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    cast: Cast, field: str, value: str, message: str
) -> None:
    form = {"title": "A title", "body": "Some words.", "submission_key": "k", field: value}
    response = _login(cast.client).post("/journal/new/", form)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not JournalEntry.objects.exists()


def test_editing_changes_the_entry_and_bad_edits_change_nothing(cast: Cast) -> None:
    entry = _write(cast, title="Before", tags="old")
    http = _login(cast.client)
    page = http.get(f"/journal/{entry.pk}/edit/").content.decode()
    assert "Before" in page and 'value="old"' in page
    http.post(f"/journal/{entry.pk}/edit/", {"title": "After", "body": "New words.", "tags": ""})
    entry.refresh_from_db()
    assert (entry.title, entry.body, entry.tags) == ("After", "New words.", "")
    response = http.post(f"/journal/{entry.pk}/edit/", {"title": "x" * 200, "body": ""})
    assert response.status_code == 200
    assert "A title can be up to 120 characters long." in response.content.decode()
    entry.refresh_from_db()
    assert (entry.title, entry.body) == ("After", "New words.")
    assert AuditEvent.objects.filter(
        object_type="journal.journalentry", action="update", object_id=str(entry.pk)
    ).exists()


def test_delete_asks_first_and_acts_only_on_post(cast: Cast) -> None:
    entry = _write(cast)
    http = _login(cast.client)
    confirm = http.get(f"/journal/{entry.pk}/delete/")
    assert confirm.status_code == 200
    assert "cannot be undone" in confirm.content.decode()
    assert JournalEntry.objects.filter(pk=entry.pk).exists()
    response = http.post(f"/journal/{entry.pk}/delete/")
    assert response["Location"] == "/journal/"
    assert not JournalEntry.objects.filter(pk=entry.pk).exists()
    assert AuditEvent.objects.filter(object_type="journal.journalentry", action="delete").exists()


def test_another_client_gets_404_for_every_entry_page(cast: Cast) -> None:
    entry = _write(cast, title=MARKER, body=MARKER)
    http = _login(cast.other_client)
    for path in ("", "edit/", "delete/"):
        response = http.get(f"/journal/{entry.pk}/{path}")
        assert response.status_code == 404
        assert MARKER.encode() not in response.content
    for path in ("edit/", "share/", "unshare/", "delete/"):
        assert http.post(f"/journal/{entry.pk}/{path}", {"body": "hijack"}).status_code == 404
    entry.refresh_from_db()
    assert (entry.body, entry.shared_with_clinician_at) == (MARKER, None)
    assert MARKER not in http.get("/journal/").content.decode()


def test_journal_pages_are_for_clients_only(cast: Cast) -> None:
    for person in (cast.clinician, cast.facilitator, cast.admin):
        http = _login(person)
        for path in ("/journal/", "/journal/new/"):
            assert http.get(path).status_code == 403, (person, path)
    assert Client().get("/journal/")["Location"].startswith("/accounts/login/")


def test_partner_cannot_read_journal(cast: Cast) -> None:
    entry = _write(cast, title=MARKER, body=MARKER, tags="closeness")
    services.entry_share(client=cast.client, entry=entry)  # even shared with the clinician
    http = _login(cast.partner)
    responses = [
        http.get("/journal/"),
        http.get(f"/journal/{entry.pk}/"),
        http.get(f"/journal/{entry.pk}/edit/"),
        http.get(f"/clients/{cast.client.uuid}/journal/"),
        http.get(f"/api/v1/journal/entries/{entry.pk}"),
        http.get("/api/v1/journal/entries"),
        http.get(f"/api/v1/clients/{cast.client.uuid}/journal"),
    ]
    assert [r.status_code for r in responses] == [403, 403, 403, 404, 403, 403, 404]
    for response in responses:
        assert MARKER.encode() not in response.content
    assert not AuditEvent.objects.filter(actor_uuid=cast.partner.uuid, action="read").exists()


def test_title_body_and_tags_are_encrypted_at_rest(cast: Cast) -> None:
    http = _login(cast.client)
    http.post(
        "/journal/new/",
        {
            "title": f"title {MARKER}",
            "body": f"body {MARKER}",
            "tags": f"tag-{MARKER}",
            "submission_key": "k",
        },
    )
    entry = JournalEntry.objects.get(client=cast.client)
    assert entry.title == f"title {MARKER}" and entry.tag_list == [f"tag-{MARKER}"]
    dump = dump_database()
    assert MARKER not in dump
    assert MARKER.lower() not in dump.lower()
    assert "fernet:" in dump


# Risk screening ------------------------------------------------------------------------

RISKY = "I keep thinking I want to die. Nobody would notice."


def test_risk_language_shows_crisis_lines_and_flags_the_clinician_without_the_words(
    cast: Cast, django_capture_on_commit_callbacks: object
) -> None:
    from django.core import mail

    from attune.accounts.models import ClientProfile

    ClientProfile.objects.filter(client=cast.client).update(country="GB")
    http = _login(cast.client)
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        response = http.post(
            "/journal/new/", {"title": "Tonight", "body": RISKY, "submission_key": "k"}
        )
    assert response.status_code == 302  # stored, never blocked
    entry = JournalEntry.objects.get(client=cast.client)
    assert entry.body == RISKY
    page = http.get(response["Location"]).content.decode()
    assert "Samaritans" in page and "116 123" in page and "999" in page
    assert "Your clinician will be told" in page
    assert "crisis-lines" not in http.get(response["Location"]).content.decode()  # once
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.reason == "journal_risk_language"
    assert flag.administration is None and flag.item_answer is None
    assert "want to die" not in dump_database()  # never stored in plaintext, flag included
    assert [m.to for m in mail.outbox] == [[cast.clinician.email]]
    assert "want to die" not in mail.outbox[0].body
    assert cast.client.email not in mail.outbox[0].body


def test_everyday_figures_of_speech_do_not_raise_a_flag(cast: Cast) -> None:
    http = _login(cast.client)
    response = http.post(
        "/journal/new/",
        {"title": "Commute", "body": "this traffic is killing me", "submission_key": "k"},
    )
    page = http.get(response["Location"]).content.decode()
    assert "crisis-lines" not in page
    assert not RiskFlag.objects.exists()


def test_editing_to_add_risk_language_flags_once_and_small_later_edits_do_not(
    cast: Cast,
) -> None:
    entry = _write(cast, title="Evening")
    http = _login(cast.client)
    response = http.post(f"/journal/{entry.pk}/edit/", {"title": "Evening", "body": RISKY})
    assert "crisis-lines" in http.get(response["Location"]).content.decode()
    assert RiskFlag.objects.filter(client=cast.client).count() == 1
    http.post(f"/journal/{entry.pk}/edit/", {"title": "Evening, later", "body": RISKY})
    assert RiskFlag.objects.filter(client=cast.client).count() == 1
    response = http.post(
        f"/journal/{entry.pk}/edit/",
        {"title": "Evening", "body": RISKY + " I have been cutting myself again."},
    )
    # New words, new support; still one open flag for the entry (one entry, one open flag).
    assert "crisis-lines" in http.get(response["Location"]).content.decode()
    assert RiskFlag.objects.filter(client=cast.client).count() == 1
    # Once that flag is followed up, a new concern in the same entry raises a new one.
    RiskFlag.objects.update(acknowledged_at=timezone.now(), disposition="followed_up")
    http.post(
        f"/journal/{entry.pk}/edit/",
        {
            "title": "Evening",
            "body": RISKY + " I have been cutting myself again. Tonight I will end it.",
        },
    )
    assert RiskFlag.objects.filter(client=cast.client).count() == 2


def test_self_guided_client_is_pointed_to_a_professional(cast: Cast) -> None:
    http = _login(cast.other_client)
    response = http.post("/journal/new/", {"body": RISKY, "submission_key": "k"})
    page = http.get(response["Location"]).content.decode()
    assert "findahelpline.com" in page  # no country known: the international directory
    assert "talking with a doctor or mental health professional" in page
    assert RiskFlag.objects.filter(client=cast.other_client).count() == 1


def test_a_screening_fault_never_loses_the_entry(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str) -> object:
        raise RuntimeError("screening broke")

    monkeypatch.setattr("attune.safety.services.screen_text", broken)
    response = _login(cast.client).post("/journal/new/", {"body": RISKY, "submission_key": "k"})
    assert response.status_code == 302
    assert JournalEntry.objects.get(client=cast.client).body == RISKY
