"""The instrument catalogue: each validated questionnaire declared once.

Form validation, scoring, bands (and chart band lines), licences, FHIR codes and the
reliable-change norms all derive from these declarations. Item wording and answer labels
are in `data/<id>.json`, loaded by `wording.py`. Facts follow shared/INSTRUMENTS.md; each
number that is not a scoring rule names its source beside it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from . import scoring
from .errors import (
    AnswerCountError,
    AnswerError,
    AnswerNotIntegerError,
    AnswerOutOfRangeError,
    UnknownInstrumentError,
)
from .model import (
    Answers,
    Band,
    ChangeNorms,
    Citation,
    Direction,
    Instrument,
    Item,
    Licence,
    LoincCodes,
    PopulationNorm,
    ScoreResult,
    SourcedValue,
)

# --- shared pieces -----------------------------------------------------------------------

PHQ_LICENCE = Licence(
    text=(
        "PHQ screeners (PHQ-9, PHQ-2, GAD-7), developed by Spitzer, Williams, Kroenke and "
        "colleagues with an educational grant from Pfizer Inc.: no permission is required "
        "to reproduce, translate, display or distribute them."
    ),
    requires_permission=False,
)

# LOINC answer list LL358-3 for the 0-3 frequency scale (with the ordinal value extension).
PHQ_FREQUENCY_LOINC: Mapping[int, str] = MappingProxyType(
    {0: "LA6568-5", 1: "LA6569-3", 2: "LA6570-1", 3: "LA6571-9"}
)

KROENKE_2001 = Citation(
    authors="Kroenke K, Spitzer RL, Williams JBW",
    year=2001,
    title="The PHQ-9: validity of a brief depression severity measure",
    journal="Journal of General Internal Medicine 16(9):606-613",
    doi="10.1046/j.1525-1497.2001.016009606.x",
)
KOCALEVENT_2013 = "Kocalevent, Hinz & Brähler 2013, General Hospital Psychiatry 35(5):551-555"
LOWE_2008 = "Löwe, Decker, Müller et al. 2008, Medical Care 46(3):266-274"
NHS_TT_MANUAL = "NHS Talking Therapies for anxiety and depression Manual (NHS England)"
INSTRUMENTS_MD = "attune reference norm, shared/INSTRUMENTS.md (primary source to be named)"


def _items(count: int, low: int, high: int, loinc: Sequence[str | None] = ()) -> tuple[Item, ...]:
    codes = list(loinc) or [None] * count
    return tuple(Item(n, low, high, loinc=codes[n - 1]) for n in range(1, count + 1))


# --- PHQ-9 ---------------------------------------------------------------------------------

PHQ9_ITEM_LOINC = (
    "44250-9",
    "44255-8",
    "44259-0",
    "44254-1",
    "44251-7",
    "44258-2",
    "44252-5",
    "44253-3",
)
# Item 9 LOINC code: marked (unconfirmed) in shared/INSTRUMENTS.md. LOINC answer list
# LL358-3 names 44260-8 for "Thoughts that you would be better off dead, or of hurting
# yourself in some way"; confirm against the current LOINC release before relying on it.
PHQ9_ITEM9_LOINC = "44260-8"

PHQ9 = Instrument(
    id="phq9",
    name="PHQ-9",
    full_name="Patient Health Questionnaire-9",
    items=(
        *_items(8, 0, 3, PHQ9_ITEM_LOINC),
        Item(9, 0, 3, loinc=PHQ9_ITEM9_LOINC, critical_flag=scoring.SUICIDALITY_FLAG),
    ),
    scorer=scoring.score_phq9,
    scoring_version="phq9-1",
    citation=KROENKE_2001,
    licence=PHQ_LICENCE,
    time_frame="Over the last 2 weeks",
    total_range=(0, 27),
    direction=Direction.LOWER_IS_BETTER,
    bands=(
        Band("minimal", 0, 4),
        Band("mild", 5, 9),
        Band("moderate", 10, 14),
        Band("moderately_severe", 15, 19),
        Band("severe", 20, 27),
    ),
    loinc=LoincCodes(panel="44249-1", total="44261-6", answers=PHQ_FREQUENCY_LOINC),
    norms=ChangeNorms(
        sd=SourcedValue(5.5, f"clinical-sample SD, {INSTRUMENTS_MD}"),
        reliability=SourcedValue(0.84, "48-hour test-retest r, Kroenke et al. 2001"),
        functional=PopulationNorm(2.91, 3.5, f"general population, {KOCALEVENT_2013}"),
        cutoff=SourcedValue(10, f"caseness PHQ-9 >= 10, {NHS_TT_MANUAL}"),
    ),
    notes=("Item 9 above 0 needs same-day follow-up whatever the total.",),
)

# --- PHQ-2 ---------------------------------------------------------------------------------

PHQ2 = Instrument(
    id="phq2",
    name="PHQ-2",
    full_name="Patient Health Questionnaire-2",
    items=_items(2, 0, 3, PHQ9_ITEM_LOINC[:2]),
    scorer=scoring.score_phq2,
    scoring_version="phq2-1",
    citation=Citation(
        authors="Kroenke K, Spitzer RL, Williams JBW",
        year=2003,
        title="The Patient Health Questionnaire-2: validity of a two-item depression screener",
        journal="Medical Care 41(11):1284-1292",
    ),
    licence=PHQ_LICENCE,
    time_frame="Over the last 2 weeks",
    total_range=(0, 6),
    direction=Direction.LOWER_IS_BETTER,
    bands=(Band("negative", 0, 2), Band("positive", 3, 6)),
    # Panel and total codes as listed by LOINC (loinc.org/55757-9).
    loinc=LoincCodes(panel="55757-9", total="55758-7", answers=PHQ_FREQUENCY_LOINC),
    norms=ChangeNorms(cutoff=SourcedValue(3, "positive screen >= 3, Kroenke et al. 2003")),
    notes=("A screener: a positive result is followed by the PHQ-9, not used to track change.",),
)

# --- GAD-7 ---------------------------------------------------------------------------------

GAD7 = Instrument(
    id="gad7",
    name="GAD-7",
    full_name="Generalized Anxiety Disorder 7-item scale",
    items=_items(
        7,
        0,
        3,
        ("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"),
    ),
    scorer=scoring.score_gad7,
    scoring_version="gad7-1",
    citation=Citation(
        authors="Spitzer RL, Kroenke K, Williams JBW, Löwe B",
        year=2006,
        title="A brief measure for assessing generalized anxiety disorder: the GAD-7",
        journal="Archives of Internal Medicine 166(10):1092-1097",
        doi="10.1001/archinte.166.10.1092",
    ),
    licence=PHQ_LICENCE,
    time_frame="Over the last 2 weeks",
    total_range=(0, 21),
    direction=Direction.LOWER_IS_BETTER,
    bands=(
        Band("minimal", 0, 4),
        Band("mild", 5, 9),
        Band("moderate", 10, 14),
        Band("severe", 15, 21),
    ),
    loinc=LoincCodes(panel="69737-5", total="70274-6", answers=PHQ_FREQUENCY_LOINC),
    norms=ChangeNorms(
        sd=SourcedValue(4.5, f"clinical-sample SD, {INSTRUMENTS_MD}"),
        # Internal consistency, not test-retest (Spitzer et al. report ICC .83 for that);
        # alpha .92 gives a reliable-change threshold of about 3.5, close to NHS TT's 4.
        reliability=SourcedValue(0.92, "Cronbach's alpha, Spitzer et al. 2006"),
        functional=PopulationNorm(2.95, 3.4, f"general population, {LOWE_2008}"),
        cutoff=SourcedValue(8, f"caseness GAD-7 >= 8, {NHS_TT_MANUAL}"),
    ),
)

# --- WHO-5 ---------------------------------------------------------------------------------

WHO5 = Instrument(
    id="who5",
    name="WHO-5",
    full_name="WHO-5 Well-Being Index",
    items=_items(5, 0, 5),
    scorer=scoring.score_who5,
    scoring_version="who5-1",
    citation=Citation(
        authors="Topp CW, Østergaard SD, Søndergaard S, Bech P",
        year=2015,
        title="The WHO-5 Well-Being Index: a systematic review of the literature",
        journal="Psychotherapy and Psychosomatics 84(3):167-176",
        doi="10.1159/000376585",
    ),
    other_citations=(
        Citation(
            authors="World Health Organization Regional Office for Europe",
            year=1998,
            title="Wellbeing measures in primary health care: the DepCare project",
            journal="WHO Regional Office for Europe, Copenhagen",
        ),
        Citation(
            authors="World Health Organization",
            year=2024,
            title="The World Health Organization-Five Well-Being Index (WHO-5)",
            journal="World Health Organization, Geneva",
        ),
    ),
    licence=Licence(
        text=(
            "WHO-5, 2024 WHO edition: Creative Commons CC BY-NC-SA 3.0 IGO. Non-commercial "
            "use with attribution; commercial use needs permission from WHO."
        ),
        requires_permission=False,
        non_commercial_only=True,
    ),
    time_frame="Over the last two weeks",
    total_range=(0, 25),
    direction=Direction.HIGHER_IS_BETTER,
    # Bands are on the percentage score (raw x 4, multiples of 4).
    bands=(
        Band("likely_depression", 0, 28),
        Band("poor_wellbeing", 28, 50, lower_open=True),
        Band("adequate", 50, 100, lower_open=True),
    ),
    band_basis="percentage",
    subscale_ranges={"percentage": (0, 100)},
    norms=ChangeNorms(
        # 50 % = raw 12.5: raw 12 or less is poor well-being (Topp et al. 2015).
        cutoff=SourcedValue(12.5, "percentage score 50 (raw 12.5), Topp et al. 2015"),
    ),
)

# --- UCLA-3 --------------------------------------------------------------------------------

UCLA3 = Instrument(
    id="ucla3",
    name="UCLA-3",
    full_name="Three-Item Loneliness Scale",
    items=_items(3, 1, 3),
    scorer=scoring.score_ucla3,
    scoring_version="ucla3-1",
    citation=Citation(
        authors="Hughes ME, Waite LJ, Hawkley LC, Cacioppo JT",
        year=2004,
        title=(
            "A short scale for measuring loneliness in large surveys: results from two "
            "population-based studies"
        ),
        journal="Research on Aging 26(6):655-672",
        doi="10.1177/0164027504268574",
    ),
    licence=Licence(text="Not copyrighted; free to use.", requires_permission=False),
    time_frame=None,
    total_range=(3, 9),
    direction=Direction.LOWER_IS_BETTER,
    bands=(Band("not_lonely", 3, 5), Band("lonely", 6, 9)),
    norms=ChangeNorms(
        cutoff=SourcedValue(5.5, "common 3-5 / 6-9 convention, not set by Hughes et al."),
    ),
    notes=(
        "The not lonely / lonely split (3-5 / 6-9) is a common convention, not set by the "
        "scale's authors; say so wherever the band is shown.",
    ),
)

# --- DJG-6 ---------------------------------------------------------------------------------

DJG6 = Instrument(
    id="djg6",
    name="DJG-6",
    full_name="De Jong Gierveld 6-item Loneliness Scale",
    items=_items(6, scoring.DJG6_NO, scoring.DJG6_YES),
    scorer=scoring.score_djg6,
    scoring_version="djg6-1",
    citation=Citation(
        authors="De Jong Gierveld J, Van Tilburg T",
        year=2006,
        title=(
            "A 6-item scale for overall, emotional, and social loneliness: confirmatory "
            "tests on survey data"
        ),
        journal="Research on Aging 28(5):582-598",
        doi="10.1177/0164027506289723",
    ),
    licence=Licence(
        text=(
            "Offered by its authors for research with citation; clinical or commercial "
            "use needs the authors' permission."
        ),
        requires_permission=True,
    ),
    time_frame=None,
    total_range=(0, 6),
    direction=Direction.LOWER_IS_BETTER,
    bands=(
        Band("not_lonely", 0, 1),
        Band("moderately_lonely", 2, 4),
        Band("severely_lonely", 5, 6),
    ),
    subscale_ranges={"emotional": (0, 3), "social": (0, 3)},
    notes=("Answer codes: 1 = no, 2 = more or less, 3 = yes.",),
)

# --- ASEX ----------------------------------------------------------------------------------

ASEX = Instrument(
    id="asex",
    name="ASEX",
    full_name="Arizona Sexual Experiences Scale",
    items=_items(5, 1, 6),
    scorer=scoring.score_asex,
    scoring_version="asex-1",
    citation=Citation(
        authors=(
            "McGahuey CA, Gelenberg AJ, Laukes CA, Moreno FA, Delgado PL, McKnight KM, Manber R"
        ),
        year=2000,
        title="The Arizona Sexual Experience Scale (ASEX): reliability and validity",
        journal="Journal of Sex & Marital Therapy 26(1):25-40",
    ),
    licence=Licence(
        text="Copyright Arizona Board of Regents; use needs their permission.",
        requires_permission=True,
    ),
    time_frame="During the past week, including today",
    total_range=(5, 30),
    direction=Direction.LOWER_IS_BETTER,
    # Decided by rule (total >= 19, any item >= 5, or three items >= 4): no chart lines.
    bands=(Band("no_dysfunction"), Band("dysfunction")),
    band_basis="rule",
    notes=("Code 6 is the most difficulty on every item.",),
)

# --- CSI-4 ---------------------------------------------------------------------------------

CSI4 = Instrument(
    id="csi4",
    name="CSI-4",
    full_name="Couples Satisfaction Index, 4-item version",
    items=(Item(1, 0, 6), *(Item(n, 0, 5) for n in (2, 3, 4))),
    scorer=scoring.score_csi4,
    scoring_version="csi4-1",
    citation=Citation(
        authors="Funk JL, Rogge RD",
        year=2007,
        title=(
            "Testing the ruler with item response theory: increasing precision of "
            "measurement for relationship satisfaction with the Couples Satisfaction Index"
        ),
        journal="Journal of Family Psychology 21(4):572-583",
        doi="10.1037/0893-3200.21.4.572",
    ),
    licence=Licence(text="Free for research and clinical use.", requires_permission=False),
    time_frame=None,
    total_range=(0, 21),
    direction=Direction.HIGHER_IS_BETTER,
    bands=(Band("dissatisfied", 0, 13), Band("satisfied", 14, 21)),
    norms=ChangeNorms(cutoff=SourcedValue(13.5, "CSI-4 cut-off 13.5, Funk & Rogge 2007")),
)

# --- SCS-SF --------------------------------------------------------------------------------

SCS_SF = Instrument(
    id="scs_sf",
    name="SCS-SF",
    full_name="Self-Compassion Scale - Short Form",
    items=_items(12, 1, 5),
    scorer=scoring.score_scs_sf,
    scoring_version="scs_sf-1",
    citation=Citation(
        authors="Raes F, Pommier E, Neff KD, Van Gucht D",
        year=2011,
        title="Construction and factorial validation of a short form of the Self-Compassion Scale",
        journal="Clinical Psychology & Psychotherapy 18(3):250-255",
        doi="10.1002/cpp.702",
    ),
    licence=Licence(text="Free to use.", requires_permission=False),
    time_frame=None,
    total_range=(1.0, 5.0),
    direction=Direction.HIGHER_IS_BETTER,
    bands=(
        Band("low", 1.0, 2.5, upper_open=True),
        Band("moderate", 2.5, 3.5),
        Band("high", 3.5, 5.0, lower_open=True),
    ),
    subscale_ranges=dict.fromkeys(scoring.SCS_SF_SUBSCALES, (1.0, 5.0)),
    notes=(
        "Subscale scores are 2-item means of the raw answers and are less reliable than "
        "the total (Raes et al. 2011).",
    ),
)

# --- VQ ------------------------------------------------------------------------------------

VQ = Instrument(
    id="vq",
    name="VQ",
    full_name="Valuing Questionnaire",
    items=_items(10, 0, 6),
    scorer=scoring.score_vq,
    scoring_version="vq-1",
    citation=Citation(
        authors="Smout M, Davies M, Burns N, Christie A",
        year=2014,
        title="Development of the Valuing Questionnaire (VQ)",
        journal="Journal of Contextual Behavioral Science 3(3):164-172",
    ),
    licence=Licence(text="Free to use.", requires_permission=False),
    time_frame="During the past week, including today",
    total_range=None,
    direction=None,
    band_basis="none",
    subscale_ranges={"progress": (0, 30), "obstruction": (0, 30)},
    notes=("Higher progress and lower obstruction mean more valued living.",),
)

# --- registry and the one scoring entry point -----------------------------------------------

INSTRUMENTS: Mapping[str, Instrument] = MappingProxyType(
    {i.id: i for i in (PHQ9, PHQ2, GAD7, WHO5, UCLA3, DJG6, ASEX, CSI4, SCS_SF, VQ)}
)


def instrument_ids() -> list[str]:
    return sorted(INSTRUMENTS)


def get_instrument(instrument_id: str) -> Instrument:
    try:
        return INSTRUMENTS[instrument_id]
    except KeyError:
        raise UnknownInstrumentError(instrument_id, instrument_ids()) from None


def validate_answers(instrument: Instrument, answers: Sequence[object]) -> Answers:
    """Check count, type and range of every answer; return them as a tuple of ints."""
    if isinstance(answers, str | bytes):
        msg = f"{instrument.name} answers must be a list of whole numbers, not text."
        raise AnswerError(msg)
    if len(answers) != instrument.item_count:
        raise AnswerCountError(instrument.name, instrument.item_count, len(answers))
    checked: list[int] = []
    for item, answer in zip(instrument.items, answers, strict=True):
        if not isinstance(answer, int) or isinstance(answer, bool):
            raise AnswerNotIntegerError(
                instrument.name, item.number, answer, item.min_code, item.max_code
            )
        if answer not in item.codes:
            raise AnswerOutOfRangeError(
                instrument.name, item.number, answer, item.min_code, item.max_code
            )
        checked.append(answer)
    return tuple(checked)


def score(instrument_id: str, answers: Sequence[int]) -> ScoreResult:
    """Score one administration. Raises an `InstrumentError` subclass on bad input."""
    instrument = get_instrument(instrument_id)
    return instrument.scorer(instrument, validate_answers(instrument, answers))
