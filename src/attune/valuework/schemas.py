import datetime as dt
from typing import Literal

from ninja import Field, Schema
from pydantic import ConfigDict

from attune.api.schemas import Support
from attune.api.types import Clock, Day, Whole

DomainName = Literal[
    "family",
    "intimate",
    "parenting",
    "friends",
    "work",
    "education",
    "recreation",
    "spirituality",
    "community",
    "self_care",
]
StatusName = Literal["planned", "done", "not_yet"]
SuggestionName = Literal["shared_humour", "empathetic_listening", "collaborative_problem_solving"]


class Pair(Schema):
    model_config = ConfigDict(extra="forbid")

    importance: Whole = Field(..., ge=1, le=10)
    consistency: Whole = Field(..., ge=1, le=10)


class Ratings(Schema):
    """All ten areas of the Valued Living Questionnaire (Wilson et al. 2010), 1-10 each."""

    model_config = ConfigDict(extra="forbid")

    family: Pair
    intimate: Pair
    parenting: Pair
    friends: Pair
    work: Pair
    education: Pair
    recreation: Pair
    spirituality: Pair
    community: Pair
    self_care: Pair


class RatingIn(Schema):
    model_config = ConfigDict(extra="forbid")

    date: Day | None = Field(None, description="Today (the default) or up to 366 days back.")
    ratings: Ratings


class PairOut(Schema):
    importance: int
    consistency: int
    gap: int


class RatingOut(Schema):
    id: int
    date: dt.date
    ratings: dict[str, PairOut]
    created_at: dt.datetime
    updated_at: dt.datetime


class ActionIn(Schema):
    model_config = ConfigDict(extra="forbid")

    domain: DomainName
    action: str = Field(..., min_length=1, max_length=500)
    date: Day = Field(description="The day to do it: at most 366 days ahead.")
    time: Clock | None = None


class ActionPatch(Schema):
    model_config = ConfigDict(extra="forbid")

    domain: DomainName | None = None
    action: str | None = Field(None, min_length=1, max_length=500)
    date: Day | None = Field(None, description="The day to do it: at most 366 days ahead.")
    time: Clock | None = None
    status: StatusName | None = None
    reflection: str | None = Field(None, max_length=2000)


class ActionOut(Schema):
    id: int
    domain: str
    action: str
    date: dt.date
    time: dt.time | None
    status: str
    invites_reschedule: bool
    reflection: str
    created_at: dt.datetime
    updated_at: dt.datetime
    support: Support | None = None


class ActionFilter(Schema):
    status: StatusName | None = None


class AnchorIn(Schema):
    model_config = ConfigDict(extra="forbid")

    suggested: SuggestionName | None = None
    name: str | None = Field(None, min_length=1, max_length=120)


class AnchorOut(Schema):
    id: int
    suggested: str | None
    name: str
    active: bool
    moments_last_28_days: int
    created_at: dt.datetime
    support: Support | None = None


class MomentIn(Schema):
    model_config = ConfigDict(extra="forbid")

    date: Day | None = Field(None, description="Today (the default) or up to 366 days back.")
    note: str = Field("", max_length=1000)
    who_with: str = Field("", max_length=120)


class MomentOut(Schema):
    id: int
    anchor_id: int
    date: dt.date
    note: str
    who_with: str
    created_at: dt.datetime
    support: Support | None = None
