"""A client's questionnaire history as a FHIR R4 Bundle (see fhir.py for the resources)."""

from __future__ import annotations

import os

from attune.accounts.models import User
from attune.clinical.instruments.wording import wording_dir_from_env

from . import fhir
from .models import Administration


def _record(row: Administration) -> fhir.AdministrationRecord:
    assert row.submitted_at is not None
    return fhir.AdministrationRecord(
        id=row.pk,
        instrument_id=row.instrument,
        answers=tuple(row.answers),
        total=row.total_number,
        band=row.band or None,
        subscales=row.subscales,
        flags=tuple(row.flags),
        scoring_version=row.scoring_version,
        submitted_at=row.submitted_at,
    )


def client_bundle_json(client: User) -> str:
    rows = Administration.objects.filter(client=client, status=Administration.SUBMITTED).order_by(
        "submitted_at", "pk"
    )
    patient = fhir.PatientRef(uuid=str(client.uuid), display=client.display_name or "")
    bundle = fhir.client_bundle(
        patient, [_record(row) for row in rows], wording_dir=wording_dir_from_env(os.environ)
    )
    # The medication timeline travels in the same Bundle, as MedicationStatement resources.
    from attune.medications import export as medications
    from attune.medications import fhir as medication_fhir

    entries = medication_fhir.bundle_entries(patient, medications.fhir_records(client))
    if entries:
        bundle.entry = [*(bundle.entry or []), *entries]
    return fhir.bundle_json(bundle)
