from __future__ import annotations

from datetime import datetime
from typing import Literal

from ninja import Field, Schema
from pydantic import ConfigDict

from attune.api.schemas import Support
from attune.api.types import Flag, Moment, Whole

from . import services


class CircleIn(Schema):
    model_config = ConfigDict(extra="forbid")
    topic: str = Field(..., max_length=services.TOPIC_MAX)
    size_limit: Whole = Field(8, ge=services.SIZE_MIN, le=services.SIZE_MAX)


class CircleMeetingOut(Schema):
    id: int
    starts_at: datetime
    duration_minutes: int
    agenda: str
    checkin_prompts: list[str]
    place: str
    video_url: str
    cancelled: bool


class CircleMemberOut(Schema):
    """Display names only: nobody's email or real name is part of any circle answer."""

    id: int
    display_name: str


class CircleOut(Schema):
    id: int
    topic: str
    size_limit: int
    role: Literal["facilitator", "member"]
    agreements: list[str]
    members: list[CircleMemberOut]
    meetings: list[CircleMeetingOut]
    my_display_name: str | None = None


class CircleInviteIn(Schema):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(..., max_length=254)


class CircleInviteOut(Schema):
    id: int
    expires_at: datetime


class CircleJoinIn(Schema):
    model_config = ConfigDict(extra="forbid")
    token: str = Field(..., max_length=100)
    display_name: str = Field(..., max_length=services.NAME_MAX)
    agreed: Flag


class CircleMeetingIn(Schema):
    model_config = ConfigDict(extra="forbid")
    starts_at: Moment = Field(description="When it starts: a time still to come.")
    duration_minutes: Whole = Field(60, ge=15, le=240)
    agenda: str = Field("", max_length=services.TEXT_MAX)
    checkin_prompts: list[str] = Field(default_factory=list, max_length=10)
    place: str = Field("", max_length=services.PLACE_MAX)
    video_url: str = Field("", max_length=500, description="a full https:// address")


class CircleAttendanceIn(Schema):
    model_config = ConfigDict(extra="forbid")
    present: list[Whole] = Field(default_factory=list, max_length=services.SIZE_MAX)


class CirclePostIn(Schema):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., max_length=services.POST_MAX)


class CirclePostOut(Schema):
    id: int
    author: str  # the author's display name in this circle
    mine: bool
    text: str
    status: Literal["shown", "held", "hidden"]
    created_at: datetime
    reports: int | None = None  # facilitator only
    support: Support | None = None


class CircleReportIn(Schema):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field("", max_length=services.REASON_MAX)


class CircleReportOut(Schema):
    id: int
    post_id: int
    reason: str
    created_at: datetime


class CircleModerationIn(Schema):
    model_config = ConfigDict(extra="forbid")
    action: Literal["hide", "release", "restore"]


class CircleOutcomeRow(Schema):
    dimension: str
    contributors: int
    mean_change: float | None


class CircleOutcomeOut(Schema):
    consenting: int
    suppressed: bool
    minimum: int
    changes: list[CircleOutcomeRow]
