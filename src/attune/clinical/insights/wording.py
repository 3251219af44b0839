"""Every client-facing sentence the insights produce, as plain constants for translation.

Language that heals (DESIGN.md, non-negotiable 4): describe, never judge. No streaks, no
"broken", no "failed" or "missed"; an empty week is fine; a setback is part of growth;
associations are always called associations, never causes. Singular/plural pairs are
kept apart (ngettext-style) so a translator can handle each.
"""

from __future__ import annotations

from typing import Final

from .model import Outcome, Predictor

# Weekly summary -----------------------------------------------------------------------
WEEK_NONE: Final = "No check-ins this week — that's okay; you can pick up any day."
WEEK_DAYS_ONE: Final = "You checked in on {logged} of {days} day."
WEEK_DAYS: Final = "You checked in on {logged} of {days} days."
WEEK_MOOD: Final = "Your mood averaged {mean} out of 10 (from {low} to {high})."
WEEK_SEXUAL_LONELINESS: Final = (
    "Sexual loneliness averaged {mean} out of 10 (from {low} to {high})."
)
WEEK_SLEEP: Final = "You slept about {mean} hours a night on the days you noted it."
WEEK_ACTIVITY: Final = "You noted about {mean} minutes of activity a day."
WEEK_WINS_ONE: Final = "You noted a small win — worth remembering."
WEEK_WINS: Final = "You noted {count} small wins — worth remembering."
WEEK_SETBACKS_ONE: Final = "You noted a setback. Setbacks are part of growth."
WEEK_SETBACKS: Final = "You noted {count} setbacks. Setbacks are part of growth."

# Engagement ---------------------------------------------------------------------------
ENGAGEMENT_NONE: Final = (
    "No check-ins in the last {days} days — that's okay; you can pick up any day."
)
ENGAGEMENT_LAST: Final = "You checked in on {logged} of the last {days} days."
ENGAGEMENT_SINCE_ONE: Final = "You checked in on {logged} of {days} day since you started."
ENGAGEMENT_SINCE: Final = "You checked in on {logged} of the {days} days since you started."

# Associations -------------------------------------------------------------------------
CAVEAT: Final = "(association, not cause)"
HIGHER: Final = "higher"
LOWER: Final = "lower"
ASSOCIATION_CLEAR: Final = "{lead}, {outcome} tended to be {direction} " + CAVEAT + "."
ASSOCIATION_UNCLEAR: Final = (
    "So far there's no clear pattern between {predictor} and {outcome} {timing} " + CAVEAT + "."
)
ASSOCIATION_FLAT: Final = (
    "{predictor_cap} and {outcome} {timing}: one of them has stayed the same so far, "
    "so there's no pattern to look at yet."
)
ASSOCIATION_WAITING: Final = (
    "{predictor_cap} and {outcome} {timing}: this appears once {needed} days have both "
    "noted ({n} so far)."
)
ASSOCIATION_WAITING_NEXT_DAY: Final = (
    "{predictor_cap} and {outcome} {timing}: this appears once there are {needed} "
    "back-to-back days with both noted ({n} so far)."
)
TIMING_SAME_DAY: Final = "on the same day"
TIMING_NEXT_DAY: Final = "the next day"

SAME_DAY_LEAD: Final[dict[Predictor, str]] = {
    "sleep_hours": "On days with more sleep",
    "sleep_quality": "On days when you rated your sleep better",
    "activity_minutes": "On days with more activity",
    "social_contacts": "On days with more social contact",
}
NEXT_DAY_LEAD: Final[dict[Predictor, str]] = {
    "sleep_hours": "On days after more sleep",
    "sleep_quality": "On days after you rated your sleep better",
    "activity_minutes": "On days after more activity",
    "social_contacts": "On days after more social contact",
}
PREDICTOR_NOUN: Final[dict[Predictor, str]] = {
    "sleep_hours": "how much you slept",
    "sleep_quality": "how well you slept",
    "activity_minutes": "how active you were",
    "social_contacts": "how much social contact you had",
}
OUTCOME_NOUN: Final[dict[Outcome, str]] = {
    "mood": "your mood",
    "sexual_loneliness": "your sexual loneliness",
    "emotional_loneliness": "your emotional loneliness",
    "social_loneliness": "your social loneliness",
    "longing_distress": "the distress of longing",
}

# Thread view --------------------------------------------------------------------------
THREAD_MOOD: Final = "your mood"
THREAD_PHQ9: Final = "your PHQ-9 scores"
THREAD_TOGETHER_SAME: Final = (
    "Your sexual loneliness and {other} have tended to move together: when one was higher, "
    "the other tended to be higher too."
)
THREAD_TOGETHER_OPPOSITE: Final = (
    "Your sexual loneliness and {other} have tended to move together: when your sexual "
    "loneliness was higher, {other} tended to be lower."
)
THREAD_A_LITTLE: Final = (
    "Your sexual loneliness and {other} have moved together a little, but mostly on their own."
)
THREAD_INDEPENDENT: Final = (
    "Your sexual loneliness and {other} have moved fairly independently — sexual loneliness "
    "seems to be its own thread."
)
THREAD_UNCLEAR: Final = (
    "It's too early to tell how closely your sexual loneliness and {other} move together."
)
THREAD_WAITING: Final = (
    "How your sexual loneliness and {other} move together appears once there are {needed} "
    "points with both ({n} so far)."
)
THREAD_PHQ9_NOTE: Final = "A higher PHQ-9 score means more depression symptoms."
