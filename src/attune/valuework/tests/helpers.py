from __future__ import annotations

from typing import Any

from django.test import Client

from attune.valuework.models import DOMAINS

# (importance, consistency) per area, in the questionnaire's order.
SCORES = {
    "family": (8, 6),
    "intimate": (9, 3),
    "parenting": (1, 1),
    "friends": (8, 4),
    "work": (6, 6),
    "education": (4, 5),
    "recreation": (7, 2),
    "spirituality": (3, 3),
    "community": (5, 4),
    "self_care": (9, 5),
}


def rating_form(**overrides: Any) -> dict[str, str]:
    data = {}
    for domain in DOMAINS:
        importance, consistency = SCORES[domain]
        data[f"{domain}_importance"] = str(importance)
        data[f"{domain}_consistency"] = str(consistency)
    data.update({k: str(v) for k, v in overrides.items()})
    return data


def rating_json() -> dict[str, dict[str, int]]:
    return {d: {"importance": i, "consistency": c} for d, (i, c) in SCORES.items()}


def signed_in(user: Any) -> Client:
    http = Client()
    http.force_login(user)
    return http
