"""What consent covers for partner ratings: the clinician sees them only while the link is
active. Once it ends, the clinician and the partner both stop seeing them (the two views
agree); the partner's own export still holds them."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta

import pytest

from attune.checkins.models import CheckIn
from attune.checkins.services import client_today
from attune.partners.models import PartnerFeedback
from attune.privacy.services import export_zip
from attune.workspace import selectors as workspace
from attune.workspace.flags import FlagKind
from conftest import Cast

from .helpers import api, link_of, login

pytestmark = pytest.mark.django_db


def _ratings(cast: Cast) -> None:
    link = link_of(cast.client, cast.partner)
    today = client_today(cast.client)
    for back in range(4):
        day = today - timedelta(weeks=back)
        PartnerFeedback.objects.create(
            link=link,
            user=cast.partner,
            week_start=day - timedelta(days=day.weekday()),
            felt_connected=8,
            felt_heard=5,
        )
        CheckIn.objects.create(
            client=cast.client, day=day, mood=5, emotional_loneliness=7, sexual_loneliness=7
        )


def test_clinician_no_longer_sees_partner_ratings_once_the_partner_ends_the_link(
    cast: Cast,
) -> None:
    _ratings(cast)
    clinician = login(cast.clinician)
    overview = f"/clients/{cast.client.uuid}/overview/"
    assert "Partner: felt connected" in clinician.get(overview).content.decode()

    link = link_of(cast.client, cast.partner)
    partner = login(cast.partner)
    partner.post("/partners/end/", {"link": link.pk})

    assert partner.get("/partners/feedback/").status_code == 403  # the partner's view
    assert "Partner: felt connected" not in clinician.get(overview).content.decode()
    prep = clinician.get(f"/clients/{cast.client.uuid}/session-prep/").content.decode()
    assert "felt connected 8.0/10" not in prep
    http, auth = api(cast.clinician)
    body = http.get(f"/api/v1/clients/{cast.client.uuid}/partner-concordance", **auth).json()
    assert body == {"discordant": False, "mean_gap": None, "weeks": []}
    assert FlagKind.DISCORDANCE not in workspace.caseload_rows([cast.client])[0].flags

    with zipfile.ZipFile(io.BytesIO(export_zip(cast.partner))) as archive:
        kept = json.loads(archive.read("partners.partnerfeedback.json"))
    assert [row["felt_connected"] for row in kept] == [8, 8, 8, 8]
