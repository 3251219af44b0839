from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from ninja import Field, Schema
from pydantic import ConfigDict

from attune.api.schemas import Support
from attune.api.types import Day, Whole

ContactKindName = Literal[
    "partner", "family", "friends", "colleagues", "neighbours", "online", "group"
]


class CheckinFields(Schema):
    model_config = ConfigDict(extra="forbid")

    sexual_loneliness: Whole | None = Field(None, ge=0, le=10)
    emotional_loneliness: Whole | None = Field(None, ge=0, le=10)
    social_loneliness: Whole | None = Field(None, ge=0, le=10)
    longing_distress: Whole | None = Field(None, ge=0, le=10)
    social_contacts: Whole | None = Field(None, ge=0, le=500)
    social_contact_kinds: list[ContactKindName] = Field(default_factory=list, max_length=7)
    sleep_hours: float | None = Field(None, strict=True, ge=0, le=24)
    sleep_quality: Whole | None = Field(None, ge=0, le=10)
    activity_minutes: Whole | None = Field(None, ge=0, le=1440)
    nourishment: Literal["low", "okay", "good"] | None = None
    win: str = Field("", max_length=2000)
    setback: str = Field("", max_length=2000)
    note: str = Field("", max_length=4000)


class CheckinIn(CheckinFields):
    date: Day = Field(
        description="The day this check-in is for: today or up to 366 days back, never ahead."
    )
    mood: Whole = Field(..., ge=0, le=10)


class CheckinPatch(CheckinFields):
    mood: Whole | None = Field(None, ge=0, le=10)
    social_contact_kinds: list[ContactKindName] | None = Field(None, max_length=7)  # type: ignore[assignment]
    win: str | None = Field(None, max_length=2000)  # type: ignore[assignment]
    setback: str | None = Field(None, max_length=2000)  # type: ignore[assignment]
    note: str | None = Field(None, max_length=4000)  # type: ignore[assignment]


class ClientCheckinOut(Schema):
    """A check-in as the treating clinician sees it: without the private note, which the
    form promises "only you can read"."""

    id: int
    date: date
    mood: int
    sexual_loneliness: int | None
    emotional_loneliness: int | None
    social_loneliness: int | None
    longing_distress: int | None
    social_contacts: int | None
    social_contact_kinds: list[str]
    sleep_hours: float | None
    sleep_quality: int | None
    activity_minutes: int | None
    nourishment: str | None
    win: str
    setback: str
    backfilled: bool
    edited_later: bool
    created_at: datetime
    updated_at: datetime


class CheckinOut(ClientCheckinOut):
    """A check-in as its writer sees it."""

    note: str
    support: Support | None = None


class CheckinConflict(Schema):
    """The day already has a check-in: nothing was written. ``existing`` is the server's
    version (without its private note; ``existing_has_note`` says whether it has one), so an
    app that queued a check-in offline can let the person choose which one
    stays (keep theirs: ``PATCH existing_url`` with their answers; keep the server's: drop
    theirs). A POST never overwrites."""

    detail: str
    existing_id: int
    existing_url: str
    existing: ClientCheckinOut
    existing_has_note: bool
