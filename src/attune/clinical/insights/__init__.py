"""Check-in analytics: rolling means, weekly summaries, engagement, within-person
associations, the sexual-loneliness thread view, and a synthetic-series generator.

Pure Python (standard library only), no Django; every function takes a client's
`DailyCheckin` values and returns frozen results with client-facing sentences.
"""

from .associations import MIN_PAIRS, Association, Status, association, associations
from .engagement import Engagement, engagement
from .estimate import Estimate
from .model import (
    METRICS,
    OUTCOMES,
    PREDICTORS,
    DailyCheckin,
    Metric,
    Outcome,
    PhqPoint,
    Predictor,
    validate_checkin,
)
from .rolling import RollingPoint, rolling_means, rolling_means_all
from .stats import Interval
from .synthetic import planted_key, synthetic_series
from .thread import Closeness, ThreadDay, ThreadLink, ThreadView, ThreadWeek, thread_view
from .weekly import MetricSummary, WeekSummary, weekly_summaries

__all__ = [
    "METRICS",
    "MIN_PAIRS",
    "OUTCOMES",
    "PREDICTORS",
    "Association",
    "Closeness",
    "DailyCheckin",
    "Engagement",
    "Estimate",
    "Interval",
    "Metric",
    "MetricSummary",
    "Outcome",
    "PhqPoint",
    "Predictor",
    "RollingPoint",
    "Status",
    "ThreadDay",
    "ThreadLink",
    "ThreadView",
    "ThreadWeek",
    "WeekSummary",
    "association",
    "associations",
    "engagement",
    "planted_key",
    "rolling_means",
    "rolling_means_all",
    "synthetic_series",
    "thread_view",
    "validate_checkin",
    "weekly_summaries",
]
