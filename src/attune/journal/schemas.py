from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema
from pydantic import ConfigDict, JsonValue

from attune.api.schemas import Support
from attune.api.types import one_of

from .prompts import BY_KEY
from .services import BODY_MAX, TAG_MAX, TAGS_MAX, TITLE_MAX

PROMPT_KEY_MAX = 64
# What the service accepts for an entry's text (something besides spaces) and for one tag
# (letters, digits, spaces, hyphens, apostrophes): for the docs only, as the service checks
# both and says so in words a person can act on.
_BODY_DOC: dict[str, JsonValue] = {"minLength": 1, "maxLength": BODY_MAX, "pattern": "\\S"}
_TAG_DOC: dict[str, JsonValue] = {
    "items": {"type": "string", "maxLength": TAG_MAX, "pattern": "^[\\w' \\-’]*$"}
}


class EntryIn(Schema):
    model_config = ConfigDict(extra="forbid")

    title: str = Field("", max_length=TITLE_MAX)
    # The length of `body` is checked by the service: the API's error handler drops every
    # "body" part of an error location, so a schema error here could not name the field.
    body: str = Field(json_schema_extra=_BODY_DOC)
    tags: list[str] = Field(default_factory=list, max_length=TAGS_MAX, json_schema_extra=_TAG_DOC)
    prompt: str | None = Field(
        None,
        max_length=PROMPT_KEY_MAX,
        description="A prompt key from GET /api/v1/journal/prompts, or null.",
        json_schema_extra=one_of([*sorted(BY_KEY), None]),
    )


class EntryPatch(Schema):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(None, max_length=TITLE_MAX)
    body: str | None = None
    tags: list[str] | None = Field(None, max_length=TAGS_MAX)


class EntryOut(Schema):
    id: int
    title: str
    body: str
    tags: list[str]
    prompt: str | None
    prompt_text: str | None
    shared_with_clinician_at: datetime | None
    created_at: datetime
    updated_at: datetime
    support: Support | None = None


class PromptOut(Schema):
    key: str
    category: str
    category_label: str
    text: str
    hint: str
