from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError, ValidationErrorContext
from ninja.openapi.schema import OpenAPISchema
from ninja.parser import Parser

from attune.accounts.api import router as accounts_router
from attune.checkins.api import router as checkins_router
from attune.circles.api import router as circles_router
from attune.exercises.api import router as exercises_router
from attune.journal.api import router as journal_router
from attune.partners.api import router as partners_router
from attune.plans.api import router as plans_router
from attune.practice.api import router as practice_router
from attune.questionnaires.api import router as questionnaires_router
from attune.safety.api import router as safety_router
from attune.safety.couple_api import router as couple_check_router
from attune.safety.triage_api import router as triage_router
from attune.valuework.api import router as valuework_router
from attune.workspace.api import router as workspace_router

from .auth import API_AUTH

# Answers every secured operation may give besides its own, in the one error shape.
_ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": {"type": "array"}},
    },
    "required": ["detail"],
}
_COMMON_ANSWERS = {
    "401": "Not signed in: send `Authorization: Bearer <token>` or a session cookie.",
    "429": "Too many requests from this caller or address; try again shortly.",
}


class NotText:
    """Stands in for a JSON string that cannot be stored as text (a lone surrogate such as
    "\\ud800", or a NUL): it fails the field's validation, so the answer is a 422 naming the
    field, and nothing further down (encryption, the database) ever sees it."""

    def __repr__(self) -> str:
        return "text with an invalid character"


def _storable(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return NotText()
        if "\x00" in value:  # valid Unicode, but PostgreSQL cannot store it in text
            return NotText()
        return value
    if isinstance(value, dict):
        return {key: _storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_storable(item) for item in value]
    return value


class TextParser(Parser):
    def parse_body(self, request: HttpRequest) -> Any:
        return _storable(super().parse_body(request))


class AttuneAPI(NinjaAPI):
    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                if not isinstance(operation, dict) or not operation.get("security"):
                    continue
                answers = operation.setdefault("responses", {})
                for status, description in _COMMON_ANSWERS.items():
                    answers.setdefault(
                        status,
                        {
                            "description": description,
                            "content": {"application/json": {"schema": _ERROR_SCHEMA}},
                        },
                    )
        return schema

    def validation_error_from_error_contexts(
        self, error_contexts: list[ValidationErrorContext[Any]]
    ) -> ValidationError:
        # Ninja drops each error's input; look at it first to say what is wrong with text
        # that is not valid Unicode rather than "should be a valid string".
        error = super().validation_error_from_error_contexts(error_contexts)
        inputs = [i["input"] for c in error_contexts for i in c.pydantic_validation_error.errors()]
        for item, value in zip(error.errors, inputs, strict=False):
            if isinstance(value, NotText):
                item["msg"] = (
                    "holds a character that cannot be stored as text (a NUL or a lone surrogate)"
                )
        return error


api = AttuneAPI(
    title="attune API",
    version="1",
    description=(
        "Typed JSON API for attune. Authenticate with `Authorization: Bearer <token>` "
        "(create one with `attune token create --email E`) or a signed-in browser session. "
        "Writes accept an `Idempotency-Key` header."
    ),
    auth=API_AUTH,
    parser=TextParser(),
    servers=[{"url": "/", "description": "this attune server"}],
    docs_url="/docs",
    urls_namespace="api",
)
api.add_router("/", accounts_router)
api.add_router("/", checkins_router)
api.add_router("/", questionnaires_router)
api.add_router("/", journal_router)
api.add_router("/", valuework_router)
api.add_router("/", exercises_router)
api.add_router("/", practice_router)
api.add_router("/", plans_router)
api.add_router("/", workspace_router)
api.add_router("/", circles_router)
api.add_router("/", partners_router)
api.add_router("/", triage_router)
api.add_router("/", safety_router)
api.add_router("/", couple_check_router)


@api.exception_handler(AuthenticationError)
def not_signed_in(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    """401 with the challenge RFC 9110 asks for, so clients know to send a bearer token."""
    response = api.create_response(
        request, {"detail": "Please sign in: send a bearer token or a session cookie."}, status=401
    )
    response["WWW-Authenticate"] = 'Bearer realm="attune"'
    return response


@api.exception_handler(ValidationError)
def validation_failed(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """Name each field and say what is wrong, in one sentence a person can act on."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        loc = [str(part) for part in error.get("loc", ())]
        # Drop where the value came from ("body", "query", "path", then "payload"), keeping a
        # field that happens to be called "body" (a journal entry's text).
        if loc[:1] in (["body"], ["query"], ["path"]):
            loc = loc[1:]
        if loc[:1] == ["payload"]:
            loc = loc[1:]
        field = ".".join(loc) or "request"
        errors.setdefault(field, []).append(str(error.get("msg", "is not valid")))
    sentence = "; ".join(f"{field}: {', '.join(msgs)}" for field, msgs in errors.items())
    return api.create_response(
        request, {"detail": f"Please check {sentence}.", "errors": errors}, status=422
    )
