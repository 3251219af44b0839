"""The exact words people consent to, versioned. A grant records the version it used.

Never edit a published version: add a new one and point CURRENT at it.
"""

from django.utils.translation import gettext_lazy as _

TEXTS = {
    "clinician-care-v1": _(
        "I agree that {clinician} may see what I record in attune — check-ins, questionnaires, "
        "my plan, and anything I choose to share — while I am in their care. They cannot see my "
        "journal unless I share an entry. I can withdraw this at any time on my Sharing page, "
        "and it takes effect straight away."
    ),
    "partner-link-v1": _(
        "I agree to link with {partner} as my partner in attune. They see only what I choose to "
        "share, one kind at a time, and nothing of my journal, trigger map, questionnaires or "
        "check-in notes unless I share a single item. Either of us can end the link at any time."
    ),
    "partner-scope-v1": _(
        "I agree that my linked partner may see this part of attune until I turn it off, "
        "which takes effect straight away."
    ),
    "partner-entry-v1": _(
        "I agree that my linked partner may read this one journal entry, as it is now and as I "
        "change it, until I stop sharing it, which takes effect straight away."
    ),
    "partner-link-v2": _(
        "I agree to link with {partner} as my partner in attune. They see only what I choose to "
        "share, one kind at a time, and nothing of my journal, trigger map, questionnaires or "
        "check-in notes unless I share a single item. The partner's weekly ratings are seen by "
        "my treating clinician only while we are linked; once the link ends, the clinician no "
        "longer sees them. Either of us can end the link at any time."
    ),
    "clinician-entry-v1": _(
        "I agree that the clinicians named here may read this one journal entry, as it is now "
        "and as I change it, until I make it private again. A clinician who joins my care "
        "later sees it only if I share it again."
    ),
    "clinician-sentence-v1": _(
        "I agree that {clinician} may see the sentence that worried attune when something I "
        "write raises a safety flag, so they can understand it and follow it up with me. "
        "Without this, they see only what kind of concern it was, never my words. I can "
        "withdraw this at any time on my Sharing page, and it takes effect straight away."
    ),
    "clinician-support-map-v1": _(
        "I agree that the clinicians named here may see my support map — the people and "
        "places I have put on it, how close they are and what they help with — as it is now "
        "and as I change it, until I stop sharing it. A clinician who joins my care later "
        "sees it only if I share it again."
    ),
}

CURRENT = {"clinician": "clinician-care-v1", "partner": "partner-link-v2"}
# One journal entry shared with the clinicians in care at that moment (journal.services).
CLINICIAN_ENTRY_VERSION = "clinician-entry-v1"
# "My clinician sees the sentence that worried attune" (issue 15): one grant per clinician,
# kind "clinician", offered when care starts and on the Sharing page.
SENTENCE_SCOPE = "clinician_sees_sentence"
SENTENCE_VERSION = "clinician-sentence-v1"
# The whole support map shared with the clinicians in care at that moment (support.services).
CLINICIAN_SUPPORT_MAP_VERSION = "clinician-support-map-v1"


def consent_text(version: str, **names: str) -> str:
    return str(TEXTS[version]).format(**names)
