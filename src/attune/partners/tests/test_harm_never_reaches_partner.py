"""Harm from others never reaches the partner (issue 15; CLINICAL.md "Harm from others").

Until the real detector lands, ``screen_text`` is replaced by one that finds harm from others
wherever the marker below appears, and defers to the real screen everywhere else.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from attune.accounts.models import ConsentGrant
from attune.checkins import calendar as feeds
from attune.checkins.models import CheckIn
from attune.clinical.safety import screening
from attune.journal.models import JournalEntry
from attune.partners import selectors, tasks
from attune.partners.models import ConversationSummary, Scope
from attune.safety import harm
from attune.safety.models import RiskFlag
from conftest import Cast

from .helpers import api, conversation, grant, link_of, login

pytestmark = pytest.mark.django_db

HARM = "Harmword-5150 he takes my phone and says I owe him sex"
BENIGN = "Benign-2231 we cooked dinner together"
REAL_SCREEN = screening.screen_text


@pytest.fixture(autouse=True)
def detector(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(text: str, *, context: str = "free", semantic: bool = True) -> Any:
        found = REAL_SCREEN(text, context=context, semantic=False)
        if "Harmword-5150" in text:
            return replace(found, harm_from_others="disclosed")
        if "Maybeword-77" in text:
            return replace(found, harm_from_others="possible")
        return found

    monkeypatch.setattr(screening, "screen_text", fake)


def _share(cast: Cast, entry: JournalEntry) -> None:
    ConsentGrant.objects.create(
        client=cast.client,
        grantee=cast.partner,
        kind=ConsentGrant.Kind.PARTNER,
        scope=selectors.entry_scope(entry.pk),
        text_version="partner-entry-v1",
    )


def _partner_sees(cast: Cast) -> str:
    page = login(cast.partner).get("/partners/").content.decode()
    http, auth = api(cast.partner)
    return page + http.get("/api/v1/partners/shared", **auth).content.decode()


def test_a_disclosing_entry_cannot_be_shared_on_the_page_or_the_api(cast: Cast) -> None:
    entry = JournalEntry.objects.create(client=cast.client, title="Tonight", body=HARM)
    link = link_of(cast.client, cast.partner)
    http = login(cast.client)
    page = http.get(f"/journal/{entry.pk}/").content.decode()
    assert "This entry stays private." in page
    assert f"Share this entry with {cast.partner}" not in page
    answer = http.post(
        f"/partners/entries/{entry.pk}/share/", {"link": link.pk, "share": "yes"}, follow=True
    )
    assert "This entry stays private." in answer.content.decode()
    client_api, auth = api(cast.client)
    refused = client_api.put(
        f"/api/v1/partners/entries/{entry.pk}/share",
        {"link_id": link.pk, "shared": True},
        content_type="application/json",
        **auth,
    )
    assert refused.status_code == 422 and "shared" in refused.json()["errors"]
    assert not ConsentGrant.objects.filter(scope__startswith="journal_entry:").exists()
    assert "Harmword-5150" not in _partner_sees(cast)


@pytest.mark.parametrize("words", [HARM, "Maybeword-77 I am scared of what he does"])
def test_an_entry_shared_before_its_words_told_of_harm_is_never_shown(
    cast: Cast, words: str
) -> None:
    benign = JournalEntry.objects.create(client=cast.client, title="Dinner", body=BENIGN)
    entry = JournalEntry.objects.create(client=cast.client, title="Evenings", body="fine")
    _share(cast, benign)
    _share(cast, entry)
    assert "Evenings" in _partner_sees(cast)
    JournalEntry.objects.filter(pk=entry.pk).update(body=words)  # an edit after sharing
    seen = _partner_sees(cast)
    assert BENIGN in seen  # the positive control: sharing still works
    assert words.split()[0] not in seen and "Evenings" not in seen
    assert list(selectors.entries_shared(link_of(cast.client, cast.partner))) == [benign]


def test_an_entry_with_a_harm_from_others_flag_is_never_shown(cast: Cast) -> None:
    entry = JournalEntry.objects.create(client=cast.client, title="Quietly", body=BENIGN)
    _share(cast, entry)
    assert BENIGN in _partner_sees(cast)
    flag = RiskFlag.objects.create(
        client=cast.client,
        reason="journal_harm_from_others",
        concern=RiskFlag.Concern.OTHERS,
        source=RiskFlag.Source.JOURNAL,
        entry_key=harm.journal_key(entry.pk),
    )
    assert BENIGN not in _partner_sees(cast)
    flag.acknowledged_at = timezone.now()
    flag.disposition = RiskFlag.Disposition.FOLLOWED_UP
    flag.save()
    assert BENIGN not in _partner_sees(cast)  # following up does not make it shareable
    flag.disposition = RiskFlag.Disposition.NOT_A_CONCERN
    flag.save()
    assert BENIGN in _partner_sees(cast)


def test_a_shared_summary_telling_of_harm_never_reaches_the_other_person(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    talk = conversation(link)
    ConversationSummary.objects.create(
        conversation=talk, user=cast.client, summary=HARM, safety=2, closeness=2, shared=True
    )
    url = f"/conversations/{talk.pk}/"
    partner_page = login(cast.partner).get(url).content.decode()
    assert "Harmword-5150" not in partner_page
    http, auth = api(cast.partner)
    rows = http.get(f"/api/v1/conversations/{talk.pk}/summaries", **auth).json()
    assert rows == []
    # The writer still reads their own words.
    assert "Harmword-5150" in login(cast.client).get(url).content.decode()
    # The same holds the other way round: a partner's disclosure never reaches the client.
    ConversationSummary.objects.create(
        conversation=talk, user=cast.partner, summary=BENIGN, safety=7, closeness=7, shared=True
    )
    assert BENIGN in login(cast.client).get(url).content.decode()


def test_weekly_summary_emails_and_calendar_carry_none_of_the_words(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.WEEKLY_SUMMARY, Scope.LADDER, Scope.CONVERSATIONS)
    today = timezone.localdate()
    CheckIn.objects.create(client=cast.client, day=today, mood=3, note=HARM, win=HARM)
    conversation(link, starts_at=timezone.now() + timedelta(hours=3), agenda="1. evenings")
    entry = JournalEntry.objects.create(client=cast.client, title="x", body=HARM)
    _share(cast, entry)
    seen = _partner_sees(cast)
    assert "Checked in on 1 day" in seen  # the summary is there, as counts only
    assert "Harmword-5150" not in seen
    tasks.send_due_conversation_reminders()
    assert mail.outbox and all("Harmword-5150" not in m.body for m in mail.outbox)
    assert "Harmword-5150" not in feeds.render_feed(cast.partner).decode()


def test_when_screening_fails_the_words_stay_back(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = JournalEntry.objects.create(client=cast.client, title="Mine", body=BENIGN)
    _share(cast, entry)

    def broken(text: str, **_: Any) -> Any:
        raise RuntimeError("model did not load")

    monkeypatch.setattr(screening, "screen_text", broken)
    assert BENIGN not in _partner_sees(cast)


def test_the_verdict_is_cached_without_the_words(cast: Cast) -> None:
    from django.core.cache import cache

    assert harm.discloses_harm([HARM], context="journal") is True
    key = harm._cache_key(HARM, "journal")
    assert cache.get(key) is True and "Harmword" not in key
    assert harm.discloses_harm([BENIGN], context="journal") is False


def test_a_conversation_plan_telling_of_harm_is_left_out_for_the_partner(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    plain = conversation(link)
    told = conversation(link, objective="Talk about evenings", aftercare=HARM)
    partner_http, auth = api(cast.partner)
    ids = [c["id"] for c in partner_http.get("/api/v1/conversations", **auth).json()]
    assert ids == [plain.pk] or set(ids) == {plain.pk}
    assert login(cast.partner).get(f"/conversations/{told.pk}/").status_code == 404
    listing = login(cast.partner).get("/conversations/").content.decode()
    assert "Harmword-5150" not in listing
    assert feeds.render_feed(cast.partner).decode().count("attune conversation") >= 1
    assert f"conversation-{told.pk}@attune" not in feeds.render_feed(cast.partner).decode()
    # The client, who wrote it, still has their plan.
    assert "Harmword-5150" in login(cast.client).get(f"/conversations/{told.pk}/").content.decode()


def test_the_reminder_for_a_withheld_plan_goes_to_the_client_only(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    conversation(link, starts_at=timezone.now() + timedelta(hours=3), aftercare=HARM)
    assert tasks.send_due_conversation_reminders() == 1
    (message,) = mail.outbox
    assert message.to == [cast.client.email]
    assert "Harmword-5150" not in message.body


def test_an_entry_shared_before_can_still_be_withdrawn_from_its_page(cast: Cast) -> None:
    entry = JournalEntry.objects.create(client=cast.client, title="Evenings", body=HARM)
    _share(cast, entry)
    http = login(cast.client)
    page = http.get(f"/journal/{entry.pk}/").content.decode()
    assert "they no longer see it" in page and f"Stop sharing with {cast.partner}" in page
    link = link_of(cast.client, cast.partner)
    http.post(f"/partners/entries/{entry.pk}/share/", {"link": link.pk, "share": "no"})
    assert not ConsentGrant.objects.filter(
        scope=selectors.entry_scope(entry.pk), revoked_at__isnull=True
    ).exists()
