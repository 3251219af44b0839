"""Wherever a UCLA-3 score is shown, so is the caveat that its 6-9 "lonely" band is a
convention (INSTRUMENTS.md), not a threshold set by Hughes et al. 2004."""

from __future__ import annotations

import pytest
from django.test import Client

from attune.accounts.models import User
from attune.questionnaires import services
from conftest import Cast

pytestmark = pytest.mark.django_db

CAVEAT = "data-ucla3-caveat"


def _login(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def test_client_result_for_ucla3_carries_the_cutoff_caveat(cast: Cast) -> None:
    done = services.submit(client=cast.client, instrument_id="ucla3", answers=[2, 2, 3])
    page = _login(cast.client).get(f"/questionnaires/results/{done.administration.pk}/")
    text = page.content.decode()
    assert CAVEAT in text
    assert "Hughes et al. 2004" in text and "convention" in text
    assert "not a validated clinical threshold" in text


def test_other_results_do_not_carry_it(cast: Cast) -> None:
    done = services.submit(client=cast.client, instrument_id="gad7", answers=[1, 1, 1, 1, 0, 0, 0])
    page = _login(cast.client).get(f"/questionnaires/results/{done.administration.pk}/")
    assert CAVEAT not in page.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/clients/{uuid}/questionnaires/",
        "/clients/{uuid}/overview/",
        "/clients/{uuid}/session-prep/",
        "/caseload/",
    ],
)
def test_clinician_pages_showing_ucla3_carry_the_caveat(cast: Cast, path: str) -> None:
    services.submit(client=cast.client, instrument_id="ucla3", answers=[2, 2, 3])
    page = _login(cast.clinician).get(path.format(uuid=cast.client.uuid))
    assert page.status_code == 200
    text = page.content.decode()
    assert CAVEAT in text and "Hughes et al. 2004" in text
