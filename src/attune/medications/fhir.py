"""The medication timeline as FHIR R4 MedicationStatement resources (fhir.resources R4B
models, as the questionnaire export uses).

One MedicationStatement per dose period: from the start (or a dose change) to the next change
or the stop. A period ended by a dose change is ``completed``; one ended by stopping is
``stopped``; the open period of a current medicine is ``active``. The medicine is the client's
own wording (``medicationCodeableConcept.text``: attune does not guess a code), the source is
the patient (self-reported), and reasons the client wrote travel as notes. Ids are uuid5
values under the questionnaire export's namespace, so the same record gives the same id.

Pure Python: the web layer turns rows into `MedicationRecord` values.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from fhir.resources.R4B.annotation import Annotation
from fhir.resources.R4B.bundle import BundleEntry
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.dosage import Dosage, DosageDoseAndRate
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.period import Period
from fhir.resources.R4B.quantity import Quantity
from fhir.resources.R4B.reference import Reference

from attune.questionnaires import fhir as questionnaire_fhir
from attune.questionnaires.fhir import PatientRef

UCUM_SYSTEM = "http://unitsofmeasure.org"
# attune's units in UCUM (annotations in braces for counted forms, as UCUM allows).
UCUM_CODES: dict[str, str] = {
    "mg": "mg",
    "mcg": "ug",
    "g": "g",
    "ml": "mL",
    "IU": "[iU]",
    "tablet": "{tablet}",
    "drop": "[drp]",
}
CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/medication-statement-category"


@dataclass(frozen=True)
class DosePeriod:
    start: date
    dose: Decimal
    unit: str
    reason: str = ""  # why the dose changed to this one (empty for the starting dose)


@dataclass(frozen=True)
class MedicationRecord:
    id: int
    name: str
    periods: tuple[DosePeriod, ...]  # oldest first; the first starts on the start day
    stopped_on: date | None
    stop_reason: str
    note: str
    recorded_at: datetime


def statement_id(patient: PatientRef, record: MedicationRecord, index: int) -> str:
    key = f"MedicationStatement/{patient.uuid}/{record.id}/{index}"
    return str(uuid.uuid5(questionnaire_fhir.ID_NAMESPACE, key))


def _dosage(period: DosePeriod) -> Dosage:
    number = f"{period.dose.normalize():f}"
    return Dosage(
        text=f"{number} {period.unit}",
        doseAndRate=[
            DosageDoseAndRate(
                doseQuantity=Quantity(
                    value=Decimal(number),
                    unit=period.unit,
                    system=UCUM_SYSTEM,
                    code=UCUM_CODES[period.unit],
                )
            )
        ],
    )


def statements(patient: PatientRef, record: MedicationRecord) -> list[MedicationStatement]:
    if not record.periods:
        raise questionnaire_fhir.FhirExportError(f"Medication {record.id} has no dose.")
    subject = Reference(reference=f"urn:uuid:{questionnaire_fhir.patient_id(patient)}")
    out: list[MedicationStatement] = []
    for index, period in enumerate(record.periods):
        following = record.periods[index + 1] if index + 1 < len(record.periods) else None
        end = following.start if following is not None else record.stopped_on
        if following is not None:
            status = "completed"
        elif record.stopped_on is not None:
            status = "stopped"
        else:
            status = "active"
        notes = [text for text in (period.reason, record.note if index == 0 else "") if text]
        stopped_here = status == "stopped" and record.stop_reason
        out.append(
            MedicationStatement(
                id=statement_id(patient, record, index),
                status=status,
                statusReason=[CodeableConcept(text=record.stop_reason)] if stopped_here else None,
                category=CodeableConcept(
                    coding=[
                        Coding(system=CATEGORY_SYSTEM, code="patientspecified", display="Patient")
                    ]
                ),
                medicationCodeableConcept=CodeableConcept(text=record.name),
                subject=subject,
                # FHIR dateTime takes a day alone ("2026-03-01"): that is what the client gave.
                effectivePeriod=Period.model_validate(
                    {"start": period.start.isoformat(), "end": end.isoformat() if end else None}
                ),
                dateAsserted=record.recorded_at,
                informationSource=subject,
                dosage=[_dosage(period)],
                note=[Annotation(text=text) for text in notes] or None,
            )
        )
    return out


def bundle_entries(patient: PatientRef, records: Sequence[MedicationRecord]) -> list[BundleEntry]:
    return [
        BundleEntry(fullUrl=f"urn:uuid:{statement.id}", resource=statement)
        for record in records
        for statement in statements(patient, record)
    ]
