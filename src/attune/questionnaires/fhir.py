"""HL7 FHIR R4 export of instruments, administrations and scores (fhir.resources R4B models).

Pure Python (no Django): the web layer turns its rows into `PatientRef` and
`AdministrationRecord` and calls the builders here. Everything is derived from the
instrument catalogue in `attune.clinical.instruments`: LOINC codes where the catalogue
has them (PHQ-9, PHQ-2, GAD-7), an attune code system otherwise, never an invented LOINC
code. Item texts come from the wording files, so an instrument whose shipped wording is
neutral (licence) is exported with its neutral labels.

Output is deterministic: resource ids and `urn:uuid` full URLs are uuid5 values derived
from stable attune ids, and no clock is read.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import NoReturn

from fhir.resources.R4B.bundle import Bundle, BundleEntry
from fhir.resources.R4B.codeableconcept import CodeableConcept
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.extension import Extension
from fhir.resources.R4B.humanname import HumanName
from fhir.resources.R4B.identifier import Identifier
from fhir.resources.R4B.observation import Observation, ObservationComponent
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.quantity import Quantity
from fhir.resources.R4B.questionnaire import (
    Questionnaire,
    QuestionnaireItem,
    QuestionnaireItemAnswerOption,
)
from fhir.resources.R4B.questionnaireresponse import (
    QuestionnaireResponse,
    QuestionnaireResponseItem,
    QuestionnaireResponseItemAnswer,
)
from fhir.resources.R4B.reference import Reference

from attune.clinical.instruments import (
    Instrument,
    Wording,
    get_instrument,
    load_wording,
    validate_answers,
)
from attune.clinical.instruments.model import Citation, Item, is_finite_number
from attune.clinical.instruments.wording import NEUTRAL, AnswerOption, ItemWording

# attune's own systems, identifiers and canonical URLs live under the address this attune is
# served from (ATTUNE_BASE_URL), so two installations never claim each other's identifiers.
# The Django app calls ``configure(settings.BASE_URL)`` at start-up; until then (pure use,
# e.g. a script) they sit under settings' own default address.
DEFAULT_BASE_URL = "http://127.0.0.1:8000"
ATTUNE_FHIR_BASE = f"{DEFAULT_BASE_URL}/fhir"
ATTUNE_PATIENT_SYSTEM = f"{ATTUNE_FHIR_BASE}/patient-id"
ATTUNE_ADMINISTRATION_SYSTEM = f"{ATTUNE_FHIR_BASE}/administration-id"
QUESTIONNAIRE_URL_BASE = f"{ATTUNE_FHIR_BASE}/Questionnaire"
SCORE_SYSTEM = f"{ATTUNE_FHIR_BASE}/CodeSystem/instrument-score"
BAND_SYSTEM = f"{ATTUNE_FHIR_BASE}/CodeSystem/instrument-band"
FLAG_SYSTEM = f"{ATTUNE_FHIR_BASE}/CodeSystem/instrument-flag"
SCORING_VERSION_SYSTEM = f"{ATTUNE_FHIR_BASE}/CodeSystem/scoring-version"

LOINC_SYSTEM = "http://loinc.org"
UCUM_SYSTEM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
DATA_ABSENT_REASON_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
ORDINAL_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
SCORE_UNIT = "{score}"

# Namespace of every uuid5 made here; changing it changes every exported id.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, ATTUNE_FHIR_BASE)


def configure(base_url: str) -> None:
    """Derive every attune system, identifier and canonical URL from ``base_url``."""
    global ATTUNE_FHIR_BASE, ATTUNE_PATIENT_SYSTEM, ATTUNE_ADMINISTRATION_SYSTEM
    global QUESTIONNAIRE_URL_BASE, SCORE_SYSTEM, BAND_SYSTEM, FLAG_SYSTEM
    global SCORING_VERSION_SYSTEM, ID_NAMESPACE
    base = f"{base_url.rstrip('/')}/fhir"
    ATTUNE_FHIR_BASE = base
    ATTUNE_PATIENT_SYSTEM = f"{base}/patient-id"
    ATTUNE_ADMINISTRATION_SYSTEM = f"{base}/administration-id"
    QUESTIONNAIRE_URL_BASE = f"{base}/Questionnaire"
    SCORE_SYSTEM = f"{base}/CodeSystem/instrument-score"
    BAND_SYSTEM = f"{base}/CodeSystem/instrument-band"
    FLAG_SYSTEM = f"{base}/CodeSystem/instrument-flag"
    SCORING_VERSION_SYSTEM = f"{base}/CodeSystem/scoring-version"
    ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, base)


NEUTRAL_WORDING_NOTE = (
    "Item texts are neutral labels written for attune: the published wording needs a "
    "licence and is not included."
)
UNVERIFIED_WORDING_NOTE = (
    "Item wording was transcribed for attune and is still to be checked against the published form."
)
SUPPLEMENTARY_NOTE = "Questions printed on the form that are not scored are not included."
NO_TOTAL_TEXT = "{name} has no total score; see the subscale components."


class FhirExportError(ValueError):
    """A record cannot be exported without producing a wrong or broken resource."""


@dataclass(frozen=True)
class PatientRef:
    uuid: str
    display: str


@dataclass(frozen=True)
class AdministrationRecord:
    id: int
    instrument_id: str
    answers: tuple[int, ...]
    total: int | float | None
    band: str | None
    subscales: Mapping[str, int | float]
    flags: tuple[str, ...]
    scoring_version: str
    submitted_at: datetime


# --- ids and canonical URLs --------------------------------------------------------------


def _stable_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}/{key}"))


def _urn(resource_id: str) -> str:
    return f"urn:uuid:{resource_id}"


def patient_id(patient: PatientRef) -> str:
    return _stable_id("Patient", patient.uuid)


# Administration ids are unique only within one installation; the patient uuid is not.
def response_id(patient: PatientRef, record: AdministrationRecord) -> str:
    return _stable_id("QuestionnaireResponse", f"{patient.uuid}/{record.id}")


def observation_id(patient: PatientRef, record: AdministrationRecord) -> str:
    return _stable_id("Observation", f"{patient.uuid}/{record.id}")


def questionnaire_url(instrument_id: str) -> str:
    return f"{QUESTIONNAIRE_URL_BASE}/{instrument_id}"


def questionnaire_canonical(instrument: Instrument) -> str:
    return f"{questionnaire_url(instrument.id)}|{instrument.scoring_version}"


def questionnaire_full_url(instrument: Instrument) -> str:
    return _urn(_stable_id("Questionnaire", questionnaire_canonical(instrument)))


# --- Questionnaire -------------------------------------------------------------------------


def questionnaire_resource(instrument_id: str, *, wording_dir: Path | None = None) -> Questionnaire:
    """The instrument as a FHIR Questionnaire; `wording_dir` is a deployment's wording files."""
    instrument = get_instrument(instrument_id)
    return _questionnaire(instrument, load_wording(instrument.id, wording_dir))


def _questionnaire(instrument: Instrument, wording: Wording) -> Questionnaire:
    panel = instrument.loinc.panel if instrument.loinc else None
    return Questionnaire(
        # FHIR ids allow no underscore (scs_sf); the canonical URL keeps the catalogue id.
        id=instrument.id.replace("_", "-"),
        url=questionnaire_url(instrument.id),
        version=instrument.scoring_version,
        title=instrument.name,
        status="active",
        subjectType=["Patient"],
        code=[Coding(system=LOINC_SYSTEM, code=panel)] if panel else None,
        description=_description(instrument, wording),
        copyright=f"{instrument.licence.text} Cite: {_cite(instrument.citation)}",
        item=[
            _question(instrument, item, text)
            for item, text in zip(instrument.items, wording.items, strict=True)
        ],
    )


def _question(instrument: Instrument, item: Item, text: ItemWording) -> QuestionnaireItem:
    return QuestionnaireItem(
        linkId=str(item.number),
        code=[Coding(system=LOINC_SYSTEM, code=item.loinc)] if item.loinc else None,
        text=text.text,
        type="choice",
        required=True,
        answerOption=[
            QuestionnaireItemAnswerOption(valueCoding=_answer_coding(instrument, option))
            for option in text.options
        ],
    )


def _cite(citation: Citation) -> str:
    doi = f" doi:{citation.doi}" if citation.doi else ""
    return f"{citation.authors} ({citation.year}). {citation.title}. {citation.journal}.{doi}"


def _description(instrument: Instrument, wording: Wording) -> str:
    parts = [f"{instrument.full_name} ({instrument.name}). {_cite(instrument.citation)}"]
    parts.extend(_cite(other) for other in instrument.other_citations)
    if wording.instructions:
        parts.append(wording.instructions)
    elif instrument.time_frame:
        parts.append(f"{instrument.time_frame}.")
    if wording.kind == NEUTRAL:
        parts.append(NEUTRAL_WORDING_NOTE)
    elif not wording.verified:
        parts.append(UNVERIFIED_WORDING_NOTE)
    if wording.supplementary:
        parts.append(SUPPLEMENTARY_NOTE)
    return "\n\n".join(parts)


def answer_system(instrument: Instrument) -> str:
    """The attune code system of an instrument's numeric answer codes (no LOINC answers)."""
    return f"{ATTUNE_FHIR_BASE}/CodeSystem/{instrument.id}-answer"


def _answer_coding(instrument: Instrument, option: AnswerOption) -> Coding:
    loinc_answers = instrument.loinc.answers if instrument.loinc else {}
    loinc = loinc_answers.get(option.code)
    return Coding(
        # The ordinal value carries the instrument's own numeric code whatever the system.
        extension=[Extension(url=ORDINAL_VALUE_URL, valueDecimal=Decimal(option.code))],
        system=LOINC_SYSTEM if loinc else answer_system(instrument),
        code=loinc or str(option.code),
        display=option.label,
    )


# --- record checks -------------------------------------------------------------------------


def _check_record(instrument: Instrument, record: AdministrationRecord) -> tuple[int, ...]:
    """Validate a record against the catalogue; return its answers. Raises ValueError."""
    answers = validate_answers(instrument, record.answers)
    name = instrument.name
    if record.submitted_at.tzinfo is None or record.submitted_at.utcoffset() is None:
        _fail(f"Administration {record.id}: submitted_at must be timezone-aware.")
    if not record.scoring_version.strip():
        _fail(f"Administration {record.id}: the scoring version is empty.")
    if record.total is None and instrument.total_range is not None:
        _fail(f"Administration {record.id}: {name} has a total score but none was given.")
    if record.total is not None and instrument.total_range is None:
        _fail(f"Administration {record.id}: {name} has no total score but one was given.")
    if record.total is not None and not is_finite_number(record.total):
        _fail(f"Administration {record.id}: the total {record.total!r} is not a finite number.")
    if record.band is not None and record.band not in {band.id for band in instrument.bands}:
        _fail(f"Administration {record.id}: '{record.band}' is not a {name} band.")
    for key, value in record.subscales.items():
        if key not in instrument.subscale_ranges:
            _fail(f"Administration {record.id}: '{key}' is not a {name} subscale.")
        if not is_finite_number(value):
            _fail(f"Administration {record.id}: subscale '{key}' is not a finite number.")
    return answers


def _fail(message: str) -> NoReturn:
    raise FhirExportError(message)


def _check_patient(patient: PatientRef) -> None:
    if not patient.uuid.strip():
        _fail("The patient has no uuid; it is needed as the FHIR identifier.")


# --- Patient, QuestionnaireResponse, Observation ------------------------------------------


def patient_resource(patient: PatientRef) -> Patient:
    """Identifier and (optional) display name only: no other personal data leaves attune."""
    _check_patient(patient)
    display = patient.display.strip()
    return Patient(
        id=patient_id(patient),
        identifier=[Identifier(system=ATTUNE_PATIENT_SYSTEM, value=patient.uuid)],
        name=[HumanName(text=display)] if display else None,
    )


def questionnaire_response(
    patient: PatientRef, record: AdministrationRecord, *, wording_dir: Path | None = None
) -> QuestionnaireResponse:
    instrument = get_instrument(record.instrument_id)
    return _response(patient, record, instrument, load_wording(instrument.id, wording_dir))


def _response(
    patient: PatientRef, record: AdministrationRecord, instrument: Instrument, wording: Wording
) -> QuestionnaireResponse:
    _check_patient(patient)
    answers = _check_record(instrument, record)
    items: list[QuestionnaireResponseItem] = []
    for text, answer in zip(wording.items, answers, strict=True):
        option = next(option for option in text.options if option.code == answer)
        coding = _answer_coding(instrument, option)
        items.append(
            QuestionnaireResponseItem(
                linkId=str(text.number),
                text=text.text,
                answer=[QuestionnaireResponseItemAnswer(valueCoding=coding)],
            )
        )
    return QuestionnaireResponse(
        id=response_id(patient, record),
        identifier=Identifier(system=ATTUNE_ADMINISTRATION_SYSTEM, value=str(record.id)),
        # The catalogue's current form; the record's own scoring version is on the Observation.
        questionnaire=questionnaire_canonical(instrument),
        status="completed",
        subject=Reference(reference=_urn(patient_id(patient))),
        authored=record.submitted_at,
        item=items,
    )


def score_observation(patient: PatientRef, record: AdministrationRecord) -> Observation:
    _check_patient(patient)
    instrument = get_instrument(record.instrument_id)
    _check_record(instrument, record)
    no_total = record.total is None
    return Observation(
        id=observation_id(patient, record),
        status="final",
        category=[_survey_category()],
        code=_total_code(instrument),
        subject=Reference(reference=_urn(patient_id(patient))),
        effectiveDateTime=record.submitted_at,
        valueQuantity=None if record.total is None else _quantity(record.total),
        dataAbsentReason=_not_applicable(instrument) if no_total else None,
        interpretation=_interpretation(instrument, record) or None,
        method=CodeableConcept(
            coding=[Coding(system=SCORING_VERSION_SYSTEM, code=record.scoring_version)],
            text=f"attune scoring version {record.scoring_version}",
        ),
        derivedFrom=[Reference(reference=_urn(response_id(patient, record)))],
        component=_components(instrument, record) or None,
    )


def _survey_category() -> CodeableConcept:
    survey = Coding(system=OBSERVATION_CATEGORY_SYSTEM, code="survey", display="Survey")
    return CodeableConcept(coding=[survey])


def _total_code(instrument: Instrument) -> CodeableConcept:
    text = f"{instrument.name} total score"
    if instrument.loinc:
        return CodeableConcept(
            coding=[Coding(system=LOINC_SYSTEM, code=instrument.loinc.total)], text=text
        )
    coding = Coding(system=SCORE_SYSTEM, code=f"{instrument.id}-total", display=text)
    return CodeableConcept(coding=[coding], text=text)


def _not_applicable(instrument: Instrument) -> CodeableConcept:
    coding = Coding(
        system=DATA_ABSENT_REASON_SYSTEM, code="not-applicable", display="Not Applicable"
    )
    return CodeableConcept(coding=[coding], text=NO_TOTAL_TEXT.format(name=instrument.name))


def _quantity(value: int | float) -> Quantity:
    # str() keeps a rounded mean such as 3.25 exact (Decimal(3.25) would not for 3.1).
    return Quantity(value=Decimal(str(value)), unit=SCORE_UNIT, system=UCUM_SYSTEM, code=SCORE_UNIT)


def _interpretation(instrument: Instrument, record: AdministrationRecord) -> list[CodeableConcept]:
    concepts: list[CodeableConcept] = []
    if record.band is not None:
        band = Coding(system=BAND_SYSTEM, code=f"{instrument.id}-{record.band}")
        concepts.append(CodeableConcept(coding=[band], text=record.band))
    for flag in record.flags:
        concepts.append(CodeableConcept(coding=[Coding(system=FLAG_SYSTEM, code=flag)], text=flag))
    return concepts


def _components(instrument: Instrument, record: AdministrationRecord) -> list[ObservationComponent]:
    # Catalogue order, not the mapping's, so the output does not depend on storage order.
    return [
        ObservationComponent(
            code=CodeableConcept(
                coding=[
                    Coding(
                        system=SCORE_SYSTEM,
                        code=f"{instrument.id}-{key}",
                        display=f"{instrument.name} {key.replace('_', ' ')}",
                    )
                ],
                text=f"{instrument.name} {key.replace('_', ' ')}",
            ),
            valueQuantity=_quantity(record.subscales[key]),
        )
        for key in instrument.subscale_ranges
        if key in record.subscales
    ]


# --- Bundle --------------------------------------------------------------------------------


def client_bundle(
    patient: PatientRef,
    records: Sequence[AdministrationRecord],
    *,
    wording_dir: Path | None = None,
) -> Bundle:
    """A collection: the Patient, one Questionnaire per instrument used (in order of first
    use), then a QuestionnaireResponse and an Observation per record (in the given order)."""
    seen_ids = [record.id for record in records]
    if len(set(seen_ids)) != len(seen_ids):
        _fail("Two administration records share an id; each needs its own.")
    used: dict[str, tuple[Instrument, Wording]] = {}
    for record in records:
        if record.instrument_id not in used:
            instrument = get_instrument(record.instrument_id)
            used[instrument.id] = (instrument, load_wording(instrument.id, wording_dir))
    entries = [BundleEntry(fullUrl=_urn(patient_id(patient)), resource=patient_resource(patient))]
    entries.extend(
        BundleEntry(fullUrl=questionnaire_full_url(form), resource=_questionnaire(form, text))
        for form, text in used.values()
    )
    for record in records:
        instrument, wording = used[record.instrument_id]
        response = _response(patient, record, instrument, wording)
        entries.append(BundleEntry(fullUrl=_urn(response_id(patient, record)), resource=response))
        observation = score_observation(patient, record)
        entries.append(
            BundleEntry(fullUrl=_urn(observation_id(patient, record)), resource=observation)
        )
    return Bundle(type="collection", entry=entries)


def bundle_json(bundle: Bundle) -> str:
    return bundle.model_dump_json(indent=2)
