from __future__ import annotations

from ninja import NinjaAPI

from attune.accounts.api import router as accounts_router

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
