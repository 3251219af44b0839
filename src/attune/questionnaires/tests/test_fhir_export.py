from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from fhir.resources.R4B.bundle import Bundle

from attune.accounts import services as accounts
from attune.accounts.models import User
from attune.audit.models import AuditEvent
from attune.questionnaires import services
from conftest import Cast

pytestmark = pytest.mark.django_db


def _bearer(user: User) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=user)}"}


def _answer(cast: Cast) -> None:
    services.submit(client=cast.client, instrument_id="phq9", answers=[1, 2, 1, 1, 0, 1, 1, 0, 0])
    services.submit(client=cast.client, instrument_id="ucla3", answers=[2, 2, 3])


def test_client_downloads_their_own_bundle_and_it_validates(cast: Cast) -> None:
    _answer(cast)
    response = Client().get("/api/v1/me/fhir", **_bearer(cast.client))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    bundle = Bundle.model_validate_json(response.content)
    kinds = sorted(entry.resource.get_resource_type() for entry in bundle.entry or [])
    assert kinds.count("Observation") == 2 and kinds.count("QuestionnaireResponse") == 2
    observation = next(
        e.resource for e in bundle.entry or [] if e.resource.get_resource_type() == "Observation"
    )
    assert observation.code.coding[0].code == "44261-6"
    assert observation.valueQuantity.value == 7
    assert cast.client.email.encode() not in response.content


def test_clinician_export_is_audited_and_outsiders_get_404(cast: Cast) -> None:
    _answer(cast)
    url = f"/api/v1/clients/{cast.client.uuid}/fhir"
    assert Client().get(url, **_bearer(cast.clinician)).status_code == 200
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid, object_type="questionnaires.fhir"
    ).exists()
    for outsider in (cast.other_clinician, cast.partner, cast.other_client, cast.far_clinician):
        assert Client().get(url, **_bearer(outsider)).status_code == 404


def test_cli_export_prints_a_valid_bundle(cast: Cast) -> None:
    _answer(cast)
    out = StringIO()
    call_command("export", "fhir", email=cast.client.email, stdout=out)
    parsed = json.loads(out.getvalue())
    assert parsed["resourceType"] == "Bundle"
    Bundle.model_validate(parsed)


def test_cli_export_for_an_unknown_email_fails_clearly() -> None:
    with pytest.raises(CommandError, match=r"No account with the email nobody@example\.test"):
        call_command("export", "fhir", email="nobody@example.test")
