from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema
from pydantic import ConfigDict

from attune.api.types import Flag, Whole, one_of

from .catalogue import EXERCISES


class ExerciseStepOut(Schema):
    text: str
    seconds: int
    phase: str
    counted: bool


class BlockOut(Schema):
    rounds: int
    steps: list[ExerciseStepOut]


class ExerciseOut(Schema):
    slug: str
    title: str
    minutes: int
    total_seconds: int
    summary: str
    intro: str
    guidance: list[str]
    source: str
    blocks: list[BlockOut]


class SessionIn(Schema):
    model_config = ConfigDict(extra="forbid")

    exercise: str = Field(
        ..., min_length=1, max_length=60, json_schema_extra=one_of(sorted(EXERCISES))
    )
    distress_before: Whole = Field(..., ge=0, le=10)


class SessionPatch(Schema):
    model_config = ConfigDict(extra="forbid")

    distress_after: Whole | None = Field(None, ge=0, le=10)
    note: str = Field("", max_length=4000)
    stopped_early: Flag = False


class SessionOut(Schema):
    id: int
    exercise: str
    distress_before: int
    distress_after: int | None
    completed: bool
    stopped_early: bool
    note: str
    started_at: datetime
    finished_at: datetime | None
    created_at: datetime
    updated_at: datetime


class ChangeOut(Schema):
    exercise: str
    title: str
    n: int
    mean_change: float
    mean_before: float
    mean_after: float


class SummaryOut(Schema):
    sessions: int
    completed: int
    stopped_early: int
    by_exercise: list[ChangeOut]
