from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError, ValidationErrorContext
from ninja.openapi.schema import OpenAPISchema
from ninja.parser import Parser

from attune.accounts.api import router as accounts_router
from attune.checkins.api import router as checkins_router
from attune.checkins.push_api import router as push_router
from attune.circles.api import router as circles_router
from attune.exercises.api import router as exercises_router
from attune.journal.api import router as journal_router
from attune.medications.api import router as medications_router
from attune.partners.api import router as partners_router
from attune.plans.api import router as plans_router
from attune.plans.maintenance_api import router as maintenance_router
from attune.practice.api import router as practice_router
from attune.questionnaires.api import router as questionnaires_router
from attune.safety.api import router as safety_router
from attune.safety.couple_api import router as couple_check_router
from attune.safety.triage_api import router as triage_router
from attune.support.api import router as support_router
from attune.valuework.api import router as valuework_router
from attune.workspace.api import router as workspace_router

from .auth import API_AUTH

# The one error shape, and the answers an operation may give besides its own (added once
# here so every router, including ones added later, documents them).
_API_ERROR = "ApiError"
_API_ERROR_SCHEMA: dict[str, Any] = {
    "title": _API_ERROR,
    "type": "object",
    "description": "Every error: a sentence for people, and for a 422 the fields to fix.",
    "properties": {
        "detail": {"type": "string", "description": "What went wrong, in one sentence."},
        "errors": {
            "type": "object",
            "description": "For a 422: each field that needs a change, with what is wrong.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
    },
    "required": ["detail"],
}
_WRITES = {"post", "put", "patch", "delete"}
_UNAUTHORISED = (
    "Not signed in: send `Authorization: Bearer <token>` or a session cookie. "
    "The `WWW-Authenticate` header names the scheme."
)
_FORBIDDEN = (
    "Signed in, but not allowed: this role cannot use the operation (only clients keep "
    "their own records, only clinicians see clients), or a session write came without its "
    "CSRF token."
)
_NOT_FOUND = (
    "Nothing here that you may see: the record does not exist or is someone else's "
    "(the two are not told apart)."
)
_INVALID = (
    "The request was understood but a value is not acceptable: `errors` names each field "
    "with what to change. Nothing was stored."
)
_UNREADABLE = "The body is not valid JSON. Nothing was stored."
_THROTTLED = (
    "Too many requests from this caller or address; wait the seconds in `Retry-After` "
    "and try again."
)


def _error_answer(description: str, header: tuple[str, str] | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{_API_ERROR}"}}},
    }
    if header is not None:
        answer["headers"] = {header[0]: {"description": header[1], "schema": {"type": "string"}}}
    return answer


def _common_answers(method: str, operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The statuses this operation can answer besides its own, by what it takes."""
    params = operation.get("parameters") or []
    in_path = any(p.get("in") == "path" for p in params)
    answers = {
        "401": _error_answer(_UNAUTHORISED, ("WWW-Authenticate", 'Bearer realm="attune"')),
        "403": _error_answer(_FORBIDDEN),
        "429": _error_answer(_THROTTLED, ("Retry-After", "Seconds until the next minute.")),
    }
    if in_path:
        answers["404"] = _error_answer(_NOT_FOUND)
    if params or "requestBody" in operation or method in _WRITES:
        answers["422"] = _error_answer(_INVALID)
    if "requestBody" in operation:
        answers["400"] = _error_answer(_UNREADABLE)
    return answers


def _no_null_in_query(param: dict[str, Any]) -> None:
    """A query string cannot carry null: an optional parameter is left out instead, so its
    documented type is the value alone (ninja writes `anyOf: [T, null]` for `T | None`)."""
    schema = param.get("schema", {})
    options = schema.get("anyOf")
    if param.get("in") != "query" or not options:
        return
    kept = [option for option in options if option != {"type": "null"}]
    if len(kept) == 1 and len(kept) < len(options):
        del schema["anyOf"]
        schema.update(kept[0])


def document_operation(method: str, operation: dict[str, Any]) -> None:
    """Shared answers, a description and honest media types for one secured operation."""
    responses = {str(status): answer for status, answer in operation.get("responses", {}).items()}
    for status, answer in _common_answers(method, operation).items():
        if status in responses and status != "401" and status != "429":
            # The route declared it with its own schema (ErrorOut): keep that, say more.
            responses[status].setdefault("description", answer["description"])
            if responses[status].get("description") in {"", "Unknown Status Code"}:
                responses[status]["description"] = answer["description"]
            continue
        responses[status] = answer
    for answer in responses.values():
        content = answer.get("content", {})
        if "application/fhir+json" in content:
            # A FHIR route answers FHIR's own media type, not plain JSON.
            content.pop("application/json", None)
    operation["responses"] = responses
    for param in operation.get("parameters") or []:
        _no_null_in_query(param)
    if not operation.get("description"):
        operation["description"] = (
            f"{operation.get('summary', '').rstrip('.')}. "
            "Signed-in callers only; errors use the `ApiError` shape."
        )


def with_field_errors(body: dict[str, Any]) -> dict[str, Any]:
    """Every 422 names what to fix in `errors`, whichever route answered it."""
    if isinstance(body.get("errors"), dict) and body["errors"]:
        return body
    detail = body.get("detail")
    if isinstance(detail, dict):
        errors = {
            str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in detail.items()
        }
    else:
        messages = [str(m) for m in detail] if isinstance(detail, list) else [str(detail)]
        field = "Idempotency-Key" if "Idempotency-Key" in " ".join(messages) else "request"
        errors = {field: messages}
    sentence = "; ".join(f"{field}: {', '.join(msgs)}" for field, msgs in errors.items())
    text = detail if isinstance(detail, str) else f"Please check {sentence}."
    return {**body, "detail": text, "errors": errors}


_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}


def _json_schema_bounds(node: Any) -> None:
    """Pydantic writes a bound on an optional annotated number (``Whole | None``) with its
    Python name (``ge``); JSON Schema calls it ``minimum``. Same rule, the name readers know."""
    if isinstance(node, dict):
        if isinstance(node.get("type"), str) and node["type"] in {"integer", "number"}:
            for python, json_name in _BOUNDS.items():
                if python in node:
                    node[json_name] = node.pop(python)
        for value in node.values():
            _json_schema_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _json_schema_bounds(value)


def _drop_unused_components(schema: dict[str, Any]) -> None:
    """Ninja also writes components for query models it flattens into parameters; no
    operation refers to those, so they would only confuse a reader of the docs."""
    components = schema.get("components", {}).get("schemas", {})
    while True:
        text = json.dumps({k: v for k, v in schema.items() if k != "components"})
        text += json.dumps(components)
        unused = [
            name
            for name, body in components.items()
            if text.count(f'"#/components/schemas/{name}"')
            == json.dumps(body).count(f'"#/components/schemas/{name}"')
        ]
        if not unused:
            return
        for name in unused:
            del components[name]


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
        schema.setdefault("components", {}).setdefault("schemas", {})[_API_ERROR] = (
            _API_ERROR_SCHEMA
        )
        for operations in schema.get("paths", {}).values():
            for method, operation in operations.items():
                if isinstance(operation, dict) and operation.get("security"):
                    document_operation(method, operation)
        _drop_unused_components(schema)
        _json_schema_bounds(schema)
        return schema

    def create_response(
        self,
        request: HttpRequest,
        data: Any,
        *,
        status: int | None = None,
        temporal_response: HttpResponse | None = None,
    ) -> HttpResponse:
        code = temporal_response.status_code if temporal_response is not None else status
        if code == 422 and isinstance(data, dict):
            data = with_field_errors(data)
        return super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )

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
api.add_router("/", push_router)
api.add_router("/", questionnaires_router)
api.add_router("/", journal_router)
api.add_router("/", valuework_router)
api.add_router("/", exercises_router)
api.add_router("/", practice_router)
api.add_router("/", plans_router)
api.add_router("/", maintenance_router)
api.add_router("/", workspace_router)
api.add_router("/", circles_router)
api.add_router("/", partners_router)
api.add_router("/", triage_router)
api.add_router("/", safety_router)
api.add_router("/", couple_check_router)
api.add_router("/", medications_router)
api.add_router("/", support_router)


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
        message = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
        errors.setdefault(field, []).append(message)
    sentence = "; ".join(f"{field}: {', '.join(msgs)}" for field, msgs in errors.items())
    return api.create_response(
        request, {"detail": f"Please check {sentence}.", "errors": errors}, status=422
    )
