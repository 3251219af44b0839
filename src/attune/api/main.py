from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError
from ninja.openapi.schema import OpenAPISchema

from attune.accounts.api import router as accounts_router
from attune.checkins.api import router as checkins_router
from attune.circles.api import router as circles_router
from attune.exercises.api import router as exercises_router
from attune.journal.api import router as journal_router
from attune.partners.api import router as partners_router
from attune.plans.api import router as plans_router
from attune.practice.api import router as practice_router
from attune.questionnaires.api import router as questionnaires_router
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


api = AttuneAPI(
    title="attune API",
    version="1",
    description=(
        "Typed JSON API for attune. Authenticate with `Authorization: Bearer <token>` "
        "(create one with `attune token create --email E`) or a signed-in browser session. "
        "Writes accept an `Idempotency-Key` header."
    ),
    auth=API_AUTH,
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
