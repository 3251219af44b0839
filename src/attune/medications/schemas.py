from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from ninja import Field, Schema
from pydantic import BeforeValidator, ConfigDict, JsonValue

from attune.api.schemas import Support
from attune.api.types import Day, Whole

from .models import SideEffectKind, Unit
from .services import NAME_MAX, NOTE_MAX, OTHER_MAX, REASON_MAX

UnitName = Literal["mg", "mcg", "g", "ml", "IU", "tablet", "drop"]
SideEffectName = Literal["desire", "arousal", "orgasm", "sleep", "weight", "blunting", "other"]
assert set(UnitName.__args__) == set(Unit.values)  # type: ignore[attr-defined]
assert set(SideEffectName.__args__) == set(SideEffectKind.values)  # type: ignore[attr-defined]

# A dose is a plain JSON number above 0 with at most three decimals (the service checks it
# and names `dose` when it is not).
_DOSE_DOC: dict[str, JsonValue] = {"exclusiveMinimum": 0, "maximum": 100000}


def _number(value: Any) -> Any:
    # true is not 1 and "50" is not a number: a dose is sent as a JSON number.
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("should be a number, such as 50 or 2.5")
    return value


DoseNumber = Annotated[float, BeforeValidator(_number)]


class MedicationIn(Schema):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=NAME_MAX, description="The medicine's name, any wording.")
    dose: DoseNumber = Field(json_schema_extra=_DOSE_DOC, description="The starting dose.")
    unit: UnitName
    started_on: Day = Field(description="The day you started; not in the future.")
    note: str = Field("", max_length=NOTE_MAX)


class DoseChangeIn(Schema):
    model_config = ConfigDict(extra="forbid")

    date: Day = Field(description="On or after the start; not in the future or after a stop.")
    dose: DoseNumber = Field(json_schema_extra=_DOSE_DOC)
    unit: UnitName
    reason: str = Field("", max_length=REASON_MAX)


class StopIn(Schema):
    model_config = ConfigDict(extra="forbid")

    date: Day | None = Field(None, description="The day you stopped; today when left out.")
    reason: str = Field("", max_length=REASON_MAX)


class SideEffectIn(Schema):
    model_config = ConfigDict(extra="forbid")

    date: Day = Field(description="The day you noticed it; not in the future.")
    kind: SideEffectName
    rating: Whole | None = Field(None, ge=0, le=10, description="0 to 10, only if you want.")
    other: str = Field("", max_length=OTHER_MAX, description="What it is, when kind is other.")
    note: str = Field("", max_length=NOTE_MAX)
    medication_id: Whole | None = Field(None, ge=1, description="One of your medicines, or null.")


class DoseChangeOut(Schema):
    id: int
    date: date
    dose: float
    unit: str
    reason: str
    support: Support | None = None


class MedicationOut(Schema):
    id: int
    name: str
    dose: float
    unit: str
    started_on: date
    stopped_on: date | None
    stop_reason: str
    note: str
    current_dose: float
    current_unit: str
    changes: list[DoseChangeOut]
    created_at: datetime
    support: Support | None = None


class SideEffectOut(Schema):
    id: int
    date: date
    kind: str
    label: str
    rating: int | None
    other: str
    note: str
    medication_id: int | None
    support: Support | None = None


class TimelineEventOut(Schema):
    date: date
    kind: Literal["started", "changed", "stopped", "side_effect"]
    medication_id: int | None
    name: str
    dose: float | None
    unit: str
    previous_dose: float | None
    previous_unit: str
    reason: str
    side_effect: str
    rating: int | None
    id: int


class DayScoresOut(Schema):
    date: date
    mood: int | None
    sexual_loneliness: int | None = Field(
        description="attune's own check-in item (0-10), for tracking only; not validated."
    )
    asex_total: int | None = Field(
        description="ASEX total (5-30) that day; null where the licence is not held."
    )


class TimelineOut(Schema):
    events: list[TimelineEventOut]
    scores: list[DayScoresOut]
    asex_shown: bool
