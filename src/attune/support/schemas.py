from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema
from pydantic import ConfigDict

from attune.api.schemas import Support
from attune.api.types import Whole, one_of

from .models import Frequency, Help, Role
from .services import NAME_MAX, NOTE_MAX


class PersonIn(Schema):
    model_config = ConfigDict(extra="forbid")

    # Lengths, choices and the phone's shape are checked by the service, which names the
    # field in words a person can act on; the schema documents them.
    name: str = Field(description="A name or nickname.", json_schema_extra={"maxLength": NAME_MAX})
    role: str = Field(json_schema_extra=one_of(Role.values))
    ring: Whole = Field(description="How close: 1 closest, 3 further out.", ge=1, le=3)
    frequency: str = Field(json_schema_extra=one_of(Frequency.values))
    helps: list[str] = Field(
        default_factory=list,
        max_length=len(Help.values),
        json_schema_extra={"items": {"type": "string", "enum": list(Help.values)}},
    )
    helps_note: str = Field("", json_schema_extra={"maxLength": NOTE_MAX})
    phone: str = Field("", description="Optional: 5 to 15 digits, with +, spaces, -, . or ().")


class PersonOut(Schema):
    id: int
    name: str
    role: str
    ring: int
    frequency: str
    helps: list[str]
    helps_note: str
    phone: str
    created_at: datetime
    updated_at: datetime
    support: Support | None = None


class MapOut(Schema):
    people: list[PersonOut]
    gaps: list[str] = Field(description="Kinds of support not on the map yet, as keys.")
