"""The client's medication timeline as FHIR records (see fhir.py for the resources)."""

from __future__ import annotations

from attune.accounts.models import User

from . import fhir, selectors


def fhir_records(client: User) -> list[fhir.MedicationRecord]:
    records = []
    for medication in sorted(selectors.medications_of(client), key=lambda m: m.pk):
        periods = [fhir.DosePeriod(medication.started_on, medication.dose, medication.unit)]
        periods.extend(
            fhir.DosePeriod(change.changed_on, change.dose, change.unit, change.reason)
            for change in medication.changes.all()
        )
        records.append(
            fhir.MedicationRecord(
                id=medication.pk,
                name=medication.name,
                periods=tuple(periods),
                stopped_on=medication.stopped_on,
                stop_reason=medication.stop_reason,
                note=medication.note,
                recorded_at=medication.created_at,
            )
        )
    return records
