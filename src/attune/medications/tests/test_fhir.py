"""The FHIR export carries the medication timeline as valid R4 MedicationStatement resources:
one per dose period, with the statuses and days the client recorded."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.medicationstatement import MedicationStatement

from attune.accounts import services as accounts
from attune.medications import services
from attune.medications.models import Medication
from conftest import Cast

pytestmark = pytest.mark.django_db


def _statements(bundle: Bundle) -> list[Any]:
    return [e.resource for e in bundle.entry or [] if isinstance(e.resource, MedicationStatement)]


def test_fhir_export_validates_with_a_statement_per_dose_period(cast: Cast) -> None:
    written = services.medication_create(
        client=cast.client, name="Sertraline", dose=50, unit="mg", started_on=date(2024, 1, 1)
    )
    medication = written.record
    assert isinstance(medication, Medication)
    services.dose_change_create(
        client=cast.client,
        medication=medication,
        changed_on=date(2024, 2, 1),
        dose=100,
        unit="mg",
        reason="agreed with my GP",
    )
    services.medication_stop(client=cast.client, medication=medication, stopped_on=date(2024, 3, 1))
    services.medication_create(
        client=cast.client, name="Melatonin", dose=2, unit="mg", started_on=date(2024, 5, 1)
    )
    token = accounts.api_token_create(user=cast.client)
    response = Client().get("/api/v1/me/fhir", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    bundle: Any = Bundle.model_validate_json(response.content)  # R4 validation of each resource
    found = [
        (
            s.medicationCodeableConcept.text,
            s.status,
            str(s.effectivePeriod.start),
            str(s.effectivePeriod.end) if s.effectivePeriod.end else None,
            s.dosage[0].doseAndRate[0].doseQuantity.value,
        )
        for s in _statements(bundle)
    ]
    assert found == [
        ("Sertraline", "completed", "2024-01-01", "2024-02-01", 50),
        ("Sertraline", "stopped", "2024-02-01", "2024-03-01", 100),
        ("Melatonin", "active", "2024-05-01", None, 2),
    ]
    second = _statements(bundle)[1]
    assert second.note[0].text == "agreed with my GP"
    assert second.subject.reference == bundle.entry[0].fullUrl  # the Patient
    assert second.dosage[0].doseAndRate[0].doseQuantity.system == "http://unitsofmeasure.org"


def test_clinician_fhir_export_includes_medicines_and_outsiders_get_404(cast: Cast) -> None:
    services.medication_create(
        client=cast.client, name="Sertraline", dose=50, unit="mg", started_on=date(2024, 1, 1)
    )
    url = f"/api/v1/clients/{cast.client.uuid}/fhir"
    token = accounts.api_token_create(user=cast.clinician)
    bundle = Bundle.model_validate_json(
        Client().get(url, HTTP_AUTHORIZATION=f"Bearer {token}").content
    )
    assert len(_statements(bundle)) == 1
    other = accounts.api_token_create(user=cast.other_client)
    assert Client().get(url, HTTP_AUTHORIZATION=f"Bearer {other}").status_code == 404
