"""Cohort outcomes: how an organisation's clients have changed on one questionnaire.

Each client with at least two submitted scores is placed in one change category from the
first (baseline) score to the latest, by the same rules as the caseload
(`selectors.change_between`: NHS Talking Therapies for PHQ-9 and GAD-7, Jacobson-Truax
elsewhere). One query however many clients: window functions pick each client's baseline,
latest and count in the database (`selectors.first_and_latest`, shared with the caseload),
so only one row per client reaches Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from attune.accounts.models import Membership, Organisation, Role
from attune.clinical.instruments.change import ChangeCategory
from attune.questionnaires.models import Administration

from .selectors import change_between, first_and_latest

_CHANGE_FIELDS = ("first_total", "latest_total", "scores")  # annotations of first_and_latest


@dataclass(frozen=True)
class CohortOutcome:
    instrument: str
    clients: int  # clients of the organisation
    measured: int  # with a baseline and at least one later score
    baseline_only: int  # one score so far: no change to report yet
    categories: dict[ChangeCategory, int]  # every category, zero included
    not_categorised: int  # measured, but no change rule applies to the instrument

    def share(self, category: ChangeCategory) -> float:
        """The category's share of the measured clients (0 when nobody is measured)."""
        return self.categories[category] / self.measured if self.measured else 0.0


def cohort_outcomes(organisation: Organisation, instrument: str = "phq9") -> CohortOutcome:
    """Change categories, baseline to latest, across every client of `organisation`."""
    client_ids = Membership.objects.filter(organisation=organisation, role=Role.CLIENT).values(
        "user_id"
    )
    clients = client_ids.count()
    counts: Counter[ChangeCategory] = Counter()
    measured = baseline_only = not_categorised = 0
    submitted = Administration.objects.filter(
        client_id__in=client_ids,
        instrument=instrument,
        status=Administration.SUBMITTED,
        submitted_at__isnull=False,
        total__isnull=False,
    )
    rows = first_and_latest(submitted).values_list(*_CHANGE_FIELDS)
    for baseline, latest, scores in rows:
        if scores < 2:
            baseline_only += 1
            continue
        measured += 1
        category = change_between(instrument, baseline, latest)
        if category is None:
            not_categorised += 1
        else:
            counts[category] += 1
    return CohortOutcome(
        instrument=instrument,
        clients=clients,
        measured=measured,
        baseline_only=baseline_only,
        categories={category: counts[category] for category in ChangeCategory},
        not_categorised=not_categorised,
    )
