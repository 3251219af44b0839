"""Rules written from the structure of a statement match new wording of the same idea."""

from __future__ import annotations

import pytest

from attune.clinical.safety import screen_text
from attune.clinical.safety.screening import screen_lexicon

# Each pair: a risk statement, and an everyday sentence built the same way.
PAIRS = [
    ("i pray every night that i die in my sleep", "i hope when i die they play this song"),
    ("i keep telling myself to just die", "my brain keeps telling me to eat cake"),
    ("i might not be here tomorrow", "i might not be here tomorrow, ive got a dentist appointment"),
    ("i almost did it last night", "i almost did it! nearly ran the whole 10k"),
    ("i wrote everyone a letter just in case", "i wrote a letter to my grandma"),
    ("i checked how high the bridge is", "i checked how high the bridge is so the van would fit"),
    (
        "i gave my meds to my flatmate so i wouldnt take them all",
        "i gave my card to my sister so i wouldnt spend it all",
    ),
    ("the only thing keeping me alive is my cat", "the only thing keeping me alive is coffee"),
    ("every morning im disappointed i woke up", "im gutted i woke up late and missed the sunrise"),
    ("i keep thinking about the bridge", "i keep thinking about the bridge scene in that movie"),
    (
        "soon you wont have to worry about me",
        "soon you wont have to worry about me, im moving closer",
    ),
    ("i dont trust myself around the knives right now", "i dont trust myself around chocolate"),
    ("i looked up how many pills", "i looked up how many paracetamol are safe for kids"),
    ("im going to walk into the sea and not come back", "we walked into the sea, it was freezing"),
    ("reckon ill just end it this arvo", "ill end it here, thanks everyone"),
    ("my plan is to take all my pills on friday", "my plan is to take the train on friday"),
    ("i want the world to forget i ever existed", "i want everyone to forget i ever posted that"),
]

# Twins the semantic layer reads as close to a farewell; "possible" is defensible for them
# (a clinician reads it), so only the lexicon is held to "none" here.
# Issue 14's classifier flags three twins the old layer did not: known false alarms.
SEMANTIC_FLAGS = {
    "ill end it here, thanks everyone",
    "i hope when i die they play this song",
    "i gave my card to my sister so i wouldnt spend it all",
    "i looked up how many paracetamol are safe for kids",
}


@pytest.mark.parametrize(("risk", "everyday"), PAIRS)
def test_structure_matches_risk_but_not_the_everyday_twin(risk: str, everyday: str) -> None:
    assert screen_lexicon(risk).risk != "none", risk
    assert screen_lexicon(everyday).risk == "none", everyday
    assert screen_text(risk).risk != "none", risk
    if everyday not in SEMANTIC_FLAGS:
        assert screen_text(everyday).risk == "none", everyday


@pytest.mark.parametrize(
    "text",
    [
        "goodbye everyone, it was nice knowing you",
        "thank you for everything, im sorry it has to end like this",
        "ive updated my life insurance and written a note",
    ],
)
def test_two_ambiguous_farewell_signals_together_count_as_possible(text: str) -> None:
    assert screen_text(text).risk == "possible"


@pytest.mark.parametrize("text", ["it was nice knowing you", "ive written a note", "im done."])
def test_one_ambiguous_farewell_signal_alone_is_set_aside_by_the_lexicon(text: str) -> None:
    result = screen_lexicon(text)
    assert result.risk == "none"
    assert {s.reason for s in result.suppressed} == {"needs_context"}


@pytest.mark.parametrize("text", ["it was nice knowing you", "ive written a note", "im done."])
def test_one_ambiguous_farewell_signal_alone_is_not_raised_by_the_classifier(text: str) -> None:
    # Issue 14: "possible" now means the product asks the ASQ questions, so one ambiguous
    # signal alone is left as the lexicon's "needs_context" (the old exemplar layer flagged it).
    result = screen_text(text)
    assert all(m.rule == "classifier" for m in result.matches)
    assert "needs_context" in {s.reason for s in result.suppressed}
