"""Export and erasure cover partner feedback, conversations and summaries."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from attune.accounts.models import User
from attune.checkins.services import client_today
from attune.partners import services
from attune.partners.models import Conversation, ConversationSummary, PartnerFeedback, Scope
from attune.privacy import services as privacy
from conftest import Cast, dump_database

from .helpers import OBJECTIVE, PAUSE_WORD, conversation, grant, link_of

pytestmark = pytest.mark.django_db

FEEDBACK = "Feedback-marker-9393 the walk helped"
CLIENT_SUMMARY = "Client-summary-6060"
PARTNER_SUMMARY = "Partner-summary-7070"


def _fill(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    grant(link, Scope.CONVERSATIONS)
    talk = conversation(link)
    services.feedback_save(
        partner=cast.partner,
        link=link,
        today=client_today(cast.partner),
        felt_connected=6,
        felt_heard=7,
        what_helped=FEEDBACK,
    )
    for who, words in ((cast.client, CLIENT_SUMMARY), (cast.partner, PARTNER_SUMMARY)):
        services.summary_save(actor=who, conversation=talk, summary=words, safety=8, closeness=7)


def _export(user: User) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(privacy.export_zip(user)))
    return {name: archive.read(name) for name in archive.namelist()}


def test_each_person_exports_what_they_wrote_and_not_the_others_private_words(cast: Cast) -> None:
    _fill(cast)
    partner = _export(cast.partner)
    assert FEEDBACK in json.loads(partner["partners.partnerfeedback.json"])[0]["what_helped"]
    assert [r["summary"] for r in json.loads(partner["partners.conversationsummary.json"])] == [
        PARTNER_SUMMARY
    ]
    client = _export(cast.client)
    everything = b"".join(client.values())
    assert json.loads(client["partners.conversation.json"])[0]["pause_word"] == PAUSE_WORD
    assert CLIENT_SUMMARY.encode() in everything
    assert FEEDBACK.encode() not in everything and PARTNER_SUMMARY.encode() not in everything


def test_erasing_the_partner_removes_their_feedback_and_summaries(cast: Cast) -> None:
    _fill(cast)
    privacy.erase(cast.partner)
    assert not PartnerFeedback.objects.exists()
    assert list(ConversationSummary.objects.values_list("summary", flat=True)) == [CLIENT_SUMMARY]
    dump = dump_database()
    assert "partner@example.test" not in dump and "Robin Partner" not in dump


def test_erasing_the_client_removes_every_partner_record(cast: Cast) -> None:
    _fill(cast)
    privacy.erase(cast.client)
    assert not Conversation.objects.exists()
    assert not ConversationSummary.objects.exists()
    assert not PartnerFeedback.objects.exists()
    assert OBJECTIVE not in dump_database()
