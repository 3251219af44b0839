from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

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
from attune.safety.triage_api import router as triage_router
from attune.valuework.api import router as valuework_router
from attune.workspace.api import router as workspace_router

from .auth import API_AUTH

api = NinjaAPI(
    title="attune API",
    version="1",
    description=(
        "Typed JSON API for attune. Authenticate with `Authorization: Bearer <token>` "
        "(create one with `attune token create --email E`) or a signed-in browser session. "
        "Writes accept an `Idempotency-Key` header."
    ),
    auth=API_AUTH,
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
