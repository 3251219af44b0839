"""FHIR R4 export: Questionnaire, QuestionnaireResponse, Observation and the client Bundle.

Pure tests: no database, no Django.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import pytest
from django.conf import settings
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.coding import Coding
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from fhir.resources.R4B.resource import Resource

from attune.clinical.instruments import (
    AnswerCountError,
    AnswerOutOfRangeError,
    UnknownInstrumentError,
    get_instrument,
    instrument_ids,
    load_wording,
    score,
)
from attune.questionnaires import fhir as attune_fhir
from attune.questionnaires.fhir import (
    ATTUNE_PATIENT_SYSTEM,
    LOINC_SYSTEM,
    ORDINAL_VALUE_URL,
    SCORE_SYSTEM,
    AdministrationRecord,
    PatientRef,
    bundle_json,
    client_bundle,
    patient_resource,
    questionnaire_resource,
    questionnaire_response,
    score_observation,
)

PATIENT = PatientRef(uuid="0b7e3c52-7f1e-4d0e-9a55-3f1f0d4b2c11", display="Robin Example")
WHEN = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
EMAIL = "robin@example.org"
R = TypeVar("R", bound=Resource)


def make_record(
    record_id: int, instrument_id: str, answers: list[int], when: datetime = WHEN
) -> AdministrationRecord:
    result = score(instrument_id, answers)
    return AdministrationRecord(
        id=record_id,
        instrument_id=instrument_id,
        answers=tuple(answers),
        total=result.total,
        band=result.band,
        subscales=result.subscales,
        flags=tuple(result.flags),
        scoring_version=result.scoring_version,
        submitted_at=when,
    )


def mixed_answers(instrument_id: str) -> list[int]:
    """Each item's highest code, then its lowest, alternating: touches both ends."""
    items = get_instrument(instrument_id).items
    return [item.max_code if n % 2 else item.min_code for n, item in enumerate(items)]


def three_records() -> list[AdministrationRecord]:
    return [
        make_record(11, "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0]),
        make_record(12, "ucla3", [2, 2, 1], WHEN + timedelta(days=1)),
        make_record(13, "phq9", [0, 1, 0, 1, 0, 1, 0, 0, 1], WHEN + timedelta(days=14)),
    ]


def resources_of(bundle: Bundle, kind: type[R]) -> list[R]:
    return [e.resource for e in bundle.entry or [] if isinstance(e.resource, kind)]


def ordinal(coding: Coding | None) -> int:
    assert coding is not None
    values = [ext.valueDecimal for ext in coding.extension or [] if ext.url == ORDINAL_VALUE_URL]
    assert len(values) == 1
    assert values[0] is not None
    return int(values[0])


def response_answers(response: QuestionnaireResponse) -> tuple[int, ...]:
    answers: list[int] = []
    for item in response.item or []:
        assert item.answer is not None
        assert len(item.answer) == 1
        answers.append(ordinal(item.answer[0].valueCoding))
    return tuple(answers)


def codings(observation: Observation) -> list[tuple[str | None, str | None]]:
    return [(c.system, c.code) for c in observation.code.coding or []]


# --- Questionnaire -------------------------------------------------------------------------


@pytest.mark.parametrize("instrument_id", instrument_ids())
def test_every_catalogue_instrument_gives_a_questionnaire_that_round_trips(
    instrument_id: str,
) -> None:
    questionnaire = questionnaire_resource(instrument_id)
    reparsed = Questionnaire.model_validate_json(questionnaire.model_dump_json())
    assert reparsed == questionnaire
    instrument = get_instrument(instrument_id)
    assert questionnaire.status == "active"
    assert questionnaire.title == instrument.name
    assert questionnaire.url == f"{attune_fhir.QUESTIONNAIRE_URL_BASE}/{instrument_id}"
    assert questionnaire.version == instrument.scoring_version
    items = questionnaire.item or []
    assert [item.linkId for item in items] == [str(n) for n in range(1, len(instrument.items) + 1)]
    for item, declared in zip(items, instrument.items, strict=True):
        assert item.type == "choice"
        assert item.required is True
        options = [option.valueCoding for option in item.answerOption or []]
        assert [ordinal(coding) for coding in options] == list(declared.codes)


@pytest.mark.parametrize("instrument_id", instrument_ids())
def test_questionnaire_items_use_the_shipped_wording_and_labels(instrument_id: str) -> None:
    wording = load_wording(instrument_id)
    items = questionnaire_resource(instrument_id).item or []
    assert [item.text for item in items] == [text.text for text in wording.items]
    for item, text in zip(items, wording.items, strict=True):
        displays = [
            option.valueCoding.display for option in item.answerOption or [] if option.valueCoding
        ]
        assert displays == [option.label for option in text.options]


@pytest.mark.parametrize("instrument_id", ["asex", "djg6"])
def test_licensed_instruments_are_exported_with_their_neutral_labels(instrument_id: str) -> None:
    questionnaire = questionnaire_resource(instrument_id)
    name = get_instrument(instrument_id).name
    assert all((item.text or "").startswith(f"{name} item") for item in questionnaire.item or [])
    assert "neutral labels" in (questionnaire.description or "")


def test_a_deployment_wording_file_replaces_the_neutral_labels(tmp_path: Path) -> None:
    shipped = resources.files("attune.clinical.instruments").joinpath("data", "asex.json")
    data = json.loads(shipped.read_text("utf-8"))
    data["wording"] = "published"
    for item in data["items"]:
        item["text"] = f"Deployment-supplied text {item['number']}"
    (tmp_path / "asex.json").write_text(json.dumps(data), "utf-8")
    questionnaire = questionnaire_resource("asex", wording_dir=tmp_path)
    assert (questionnaire.item or [])[0].text == "Deployment-supplied text 1"
    assert "neutral labels" not in (questionnaire.description or "")
    record = make_record(5, "asex", [1, 2, 3, 4, 5])
    bundle = client_bundle(PATIENT, [record], wording_dir=tmp_path)
    response = resources_of(bundle, QuestionnaireResponse)[0]
    assert (response.item or [])[4].text == "Deployment-supplied text 5"


@pytest.mark.parametrize("instrument_id", instrument_ids())
def test_questionnaire_cites_authors_and_year_and_licence(instrument_id: str) -> None:
    instrument = get_instrument(instrument_id)
    questionnaire = questionnaire_resource(instrument_id)
    citation = f"{instrument.citation.authors} ({instrument.citation.year})"
    assert citation in (questionnaire.description or "")
    assert citation in (questionnaire.copyright or "")
    assert instrument.licence.text in (questionnaire.copyright or "")


def test_phq9_questionnaire_carries_the_loinc_panel_and_item_codes() -> None:
    questionnaire = questionnaire_resource("phq9")
    assert [(c.system, c.code) for c in questionnaire.code or []] == [(LOINC_SYSTEM, "44249-1")]
    first = (questionnaire.item or [])[0]
    assert [(c.system, c.code) for c in first.code or []] == [(LOINC_SYSTEM, "44250-9")]
    options = [o.valueCoding for o in first.answerOption or [] if o.valueCoding]
    assert [(c.system, c.code) for c in options] == [
        (LOINC_SYSTEM, "LA6568-5"),
        (LOINC_SYSTEM, "LA6569-3"),
        (LOINC_SYSTEM, "LA6570-1"),
        (LOINC_SYSTEM, "LA6571-9"),
    ]


@pytest.mark.parametrize("instrument_id", ["who5", "ucla3", "djg6", "asex", "csi4", "scs_sf", "vq"])
def test_instruments_without_loinc_codes_get_no_invented_loinc(instrument_id: str) -> None:
    record = make_record(1, instrument_id, mixed_answers(instrument_id))
    text = questionnaire_resource(instrument_id).model_dump_json()
    text += score_observation(PATIENT, record).model_dump_json()
    text += questionnaire_response(PATIENT, record).model_dump_json()
    assert LOINC_SYSTEM not in text


# --- Observation ---------------------------------------------------------------------------


def test_phq9_total_observation_is_coded_44261_6_with_band_and_flag() -> None:
    record = make_record(7, "phq9", [0, 1, 0, 1, 0, 1, 0, 0, 1])
    observation = score_observation(PATIENT, record)
    assert codings(observation) == [(LOINC_SYSTEM, "44261-6")]
    assert observation.status == "final"
    assert observation.valueQuantity is not None
    assert observation.valueQuantity.value == Decimal(4)
    assert observation.valueQuantity.code == "{score}"
    assert observation.valueQuantity.system == "http://unitsofmeasure.org"
    texts = [concept.text for concept in observation.interpretation or []]
    assert texts == ["minimal", "suicidality_item_positive"]
    assert observation.effectiveDateTime == WHEN
    categories = [c.code for cat in observation.category or [] for c in cat.coding or []]
    assert categories == ["survey"]


def test_observation_for_an_instrument_without_loinc_uses_the_attune_score_code() -> None:
    observation = score_observation(PATIENT, make_record(8, "ucla3", [2, 2, 2]))
    assert codings(observation) == [(SCORE_SYSTEM, "ucla3-total")]
    assert observation.valueQuantity is not None
    assert observation.valueQuantity.value == Decimal(6)
    assert [concept.text for concept in observation.interpretation or []] == ["lonely"]


def test_mean_total_is_exported_exactly_to_two_decimals() -> None:
    record = make_record(9, "scs_sf", [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2])
    assert record.total == 3.25
    observation = score_observation(PATIENT, record)
    assert observation.valueQuantity is not None
    assert observation.valueQuantity.value == Decimal("3.25")
    components = {
        (c.code.coding or [])[0].code: c.valueQuantity.value
        for c in observation.component or []
        if c.valueQuantity
    }
    assert len(components) == 6
    assert components["scs_sf-self_kindness"] == Decimal("1.5")


def test_subscales_become_components_in_catalogue_order() -> None:
    record = make_record(10, "djg6", [2, 2, 3, 1, 3, 1])
    observation = score_observation(PATIENT, record)
    values = [
        ((c.code.coding or [])[0].code, c.valueQuantity.value if c.valueQuantity else None)
        for c in observation.component or []
    ]
    assert values == [("djg6-emotional", Decimal(1)), ("djg6-social", Decimal(1))]
    assert [concept.text for concept in observation.interpretation or []] == ["moderately_lonely"]


def test_asex_rule_band_is_the_interpretation_beside_the_summed_total() -> None:
    observation = score_observation(PATIENT, make_record(14, "asex", [2, 2, 2, 5, 2]))
    assert observation.valueQuantity is not None
    assert observation.valueQuantity.value == Decimal(13)
    assert [concept.text for concept in observation.interpretation or []] == ["dysfunction"]


def test_instrument_without_a_total_gives_components_and_no_value() -> None:
    record = make_record(15, "vq", [1, 2, 3, 4, 5, 6, 0, 1, 2, 3])
    assert record.total is None
    observation = score_observation(PATIENT, record)
    assert observation.valueQuantity is None
    assert observation.dataAbsentReason is not None
    assert [c.code for c in observation.dataAbsentReason.coding or []] == ["not-applicable"]
    assert observation.interpretation is None
    values = {
        (c.code.coding or [])[0].code: c.valueQuantity.value
        for c in observation.component or []
        if c.valueQuantity
    }
    assert values == {"vq-progress": Decimal(3 + 4 + 5 + 0 + 2), "vq-obstruction": Decimal(13)}
    assert Observation.model_validate_json(observation.model_dump_json()) == observation


# --- QuestionnaireResponse -----------------------------------------------------------------


@pytest.mark.parametrize("instrument_id", instrument_ids())
def test_questionnaire_response_answers_equal_the_stored_answers(instrument_id: str) -> None:
    record = make_record(20, instrument_id, mixed_answers(instrument_id))
    response = questionnaire_response(PATIENT, record)
    assert response_answers(response) == record.answers
    assert response.status == "completed"
    assert response.authored == WHEN
    assert QuestionnaireResponse.model_validate_json(response.model_dump_json()) == response


@pytest.mark.parametrize("instrument_id", instrument_ids())
def test_response_answer_codings_are_options_of_the_questionnaire(instrument_id: str) -> None:
    record = make_record(21, instrument_id, mixed_answers(instrument_id))
    response = questionnaire_response(PATIENT, record)
    questionnaire = questionnaire_resource(instrument_id)
    assert response.questionnaire == f"{questionnaire.url}|{questionnaire.version}"
    questions = {item.linkId: item for item in questionnaire.item or []}
    for item in response.item or []:
        options = [o.valueCoding for o in questions[item.linkId].answerOption or []]
        assert item.answer is not None
        assert item.answer[0].valueCoding in options


# --- Patient -------------------------------------------------------------------------------


def test_patient_resource_carries_only_the_identifier_and_name() -> None:
    patient = patient_resource(PATIENT)
    data = json.loads(patient.model_dump_json())
    assert set(data) == {"resourceType", "id", "identifier", "name"}
    assert data["identifier"] == [{"system": ATTUNE_PATIENT_SYSTEM, "value": PATIENT.uuid}]
    assert data["name"] == [{"text": "Robin Example"}]


def test_patient_identifier_and_every_attune_system_live_under_attune_base_url() -> None:
    attune_fhir.configure("https://care.riverside.example/")
    try:
        patient = json.loads(patient_resource(PATIENT).model_dump_json())
        text = bundle_json(client_bundle(PATIENT, three_records()))
    finally:
        attune_fhir.configure(settings.BASE_URL)
    assert patient["identifier"] == [
        {"system": "https://care.riverside.example/fhir/patient-id", "value": PATIENT.uuid}
    ]
    assert "https://care.riverside.example/fhir/Questionnaire/phq9" in text
    assert "https://care.riverside.example/fhir/CodeSystem/instrument-score" in text
    assert "attune.example" not in text and settings.BASE_URL not in text
    assert Bundle.model_validate_json(text).type == "collection"  # still valid R4
    restored = json.loads(patient_resource(PATIENT).model_dump_json())
    assert restored["identifier"][0]["system"] == f"{settings.BASE_URL}/fhir/patient-id"


def test_patient_without_a_display_name_has_no_name() -> None:
    patient = patient_resource(PatientRef(uuid=PATIENT.uuid, display=""))
    assert patient.name is None


def test_exported_bundle_contains_no_email_or_contact_details() -> None:
    patient = PatientRef(uuid=PATIENT.uuid, display="Robin Example")
    text = bundle_json(client_bundle(patient, three_records()))
    assert EMAIL not in text
    assert "@" not in text
    for field in ("telecom", "address", "birthDate", "gender"):
        assert f'"{field}"' not in text


# --- Bundle --------------------------------------------------------------------------------


def test_bundle_has_one_patient_a_questionnaire_per_instrument_and_a_pair_per_record() -> None:
    bundle = client_bundle(PATIENT, three_records())
    assert bundle.type == "collection"
    assert len(resources_of(bundle, Patient)) == 1
    questionnaires = resources_of(bundle, Questionnaire)
    assert sorted(q.url or "" for q in questionnaires) == [
        f"{attune_fhir.QUESTIONNAIRE_URL_BASE}/phq9",
        f"{attune_fhir.QUESTIONNAIRE_URL_BASE}/ucla3",
    ]
    assert len(resources_of(bundle, QuestionnaireResponse)) == 3
    assert len(resources_of(bundle, Observation)) == 3


def test_bundle_references_resolve_to_entries_inside_the_bundle() -> None:
    bundle = client_bundle(PATIENT, three_records())
    entries = bundle.entry or []
    by_url = {entry.fullUrl: entry.resource for entry in entries}
    assert len(by_url) == len(entries)
    assert all((url or "").startswith("urn:uuid:") for url in by_url)
    canonicals = {f"{q.url}|{q.version}" for q in resources_of(bundle, Questionnaire)}
    for response in resources_of(bundle, QuestionnaireResponse):
        assert response.subject is not None
        assert isinstance(by_url[response.subject.reference], Patient)
        assert response.questionnaire in canonicals
    for observation in resources_of(bundle, Observation):
        assert observation.subject is not None
        assert isinstance(by_url[observation.subject.reference], Patient)
        sources = [by_url[ref.reference] for ref in observation.derivedFrom or []]
        assert len(sources) == 1
        assert isinstance(sources[0], QuestionnaireResponse)
        assert sources[0].authored == observation.effectiveDateTime


def test_bundle_responses_keep_the_stored_answers_in_order() -> None:
    records = three_records()
    bundle = client_bundle(PATIENT, records)
    responses = resources_of(bundle, QuestionnaireResponse)
    answers = [response_answers(r) for r in responses]
    assert answers == [record.answers for record in records]


def test_bundle_json_reparses_with_the_bundle_model() -> None:
    bundle = client_bundle(PATIENT, three_records())
    text = bundle_json(bundle)
    assert json.loads(text)["resourceType"] == "Bundle"
    assert Bundle.model_validate_json(text) == bundle


def test_same_input_gives_byte_identical_output() -> None:
    first = bundle_json(client_bundle(PATIENT, three_records()))
    second = bundle_json(client_bundle(PATIENT, three_records()))
    assert first == second


def test_ids_depend_on_the_patient_and_the_administration() -> None:
    record = make_record(30, "phq9", [0] * 9)
    other_patient = PatientRef(uuid="5d2b7a8e-0000-4000-8000-000000000001", display="")
    assert (
        questionnaire_response(PATIENT, record).id
        != questionnaire_response(other_patient, record).id
    )
    later = make_record(31, "phq9", [0] * 9)
    assert score_observation(PATIENT, record).id != score_observation(PATIENT, later).id


def test_empty_history_gives_a_bundle_with_only_the_patient() -> None:
    bundle = client_bundle(PATIENT, [])
    assert [type(entry.resource) for entry in bundle.entry or []] == [Patient]


def test_timestamps_keep_their_offset() -> None:
    when = datetime(2024, 5, 1, 11, 30, tzinfo=timezone(timedelta(hours=2)))
    response = questionnaire_response(PATIENT, make_record(32, "phq2", [1, 2], when))
    assert '"authored":"2024-05-01T11:30:00+02:00"' in response.model_dump_json()


# --- bad input -----------------------------------------------------------------------------


def test_unknown_instrument_raises() -> None:
    with pytest.raises(UnknownInstrumentError, match="Unknown instrument 'phq10'"):
        questionnaire_resource("phq10")
    record = AdministrationRecord(
        id=40,
        instrument_id="phq10",
        answers=(0,) * 10,
        total=0,
        band="minimal",
        subscales={},
        flags=(),
        scoring_version="phq10-1",
        submitted_at=WHEN,
    )
    with pytest.raises(UnknownInstrumentError):
        questionnaire_response(PATIENT, record)
    with pytest.raises(UnknownInstrumentError):
        score_observation(PATIENT, record)
    with pytest.raises(UnknownInstrumentError):
        client_bundle(PATIENT, [record])


def test_wrong_number_of_answers_raises() -> None:
    good = make_record(41, "phq9", [0] * 9)
    short = dataclasses.replace(good, answers=(0,) * 8)
    with pytest.raises(AnswerCountError, match="needs 9 answers"):
        questionnaire_response(PATIENT, short)
    with pytest.raises(AnswerCountError):
        score_observation(PATIENT, short)
    with pytest.raises(ValueError, match="needs 9 answers"):
        client_bundle(PATIENT, [short])


def test_answer_out_of_range_raises() -> None:
    good = make_record(42, "ucla3", [1, 1, 1])
    bad = dataclasses.replace(good, answers=(1, 4, 1))
    with pytest.raises(AnswerOutOfRangeError, match="item 2"):
        questionnaire_response(PATIENT, bad)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"submitted_at": datetime(2024, 5, 1, 9, 30)}, "timezone-aware"),
        ({"band": "catastrophic"}, "not a PHQ-9 band"),
        ({"total": None}, "has a total score"),
        ({"total": float("nan")}, "not a finite number"),
        ({"total": True}, "not a finite number"),
        ({"subscales": {"percentage": 40}}, "not a PHQ-9 subscale"),
        ({"scoring_version": " "}, "scoring version is empty"),
    ],
)
def test_inconsistent_records_raise_instead_of_exporting(
    change: dict[str, Any], message: str
) -> None:
    good = make_record(43, "phq9", [0] * 9)
    bad = dataclasses.replace(good, **change)
    with pytest.raises(ValueError, match=message):
        score_observation(PATIENT, bad)
    with pytest.raises(ValueError, match=message):
        client_bundle(PATIENT, [bad])


def test_a_total_for_an_instrument_without_one_raises() -> None:
    good = make_record(45, "vq", [0] * 10)
    with pytest.raises(ValueError, match="VQ has no total score"):
        score_observation(PATIENT, dataclasses.replace(good, total=12))


def test_duplicate_administration_ids_raise() -> None:
    record = make_record(44, "phq9", [0] * 9)
    with pytest.raises(ValueError, match="share an id"):
        client_bundle(PATIENT, [record, record])


def test_patient_without_uuid_raises() -> None:
    with pytest.raises(ValueError, match="no uuid"):
        patient_resource(PatientRef(uuid="", display="Robin"))


def test_export_module_imports_without_django() -> None:
    code = (
        "import sys, attune.questionnaires.fhir; "
        "sys.exit(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
