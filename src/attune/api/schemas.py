"""Schemas shared by every API router. OpenAPI names components by class name, so a name
used twice would silently describe two different shapes: keep names unique (tested)."""

from __future__ import annotations

from typing import Literal

from ninja import Schema


class ErrorOut(Schema):
    detail: str | dict[str, list[str]]
    errors: dict[str, list[str]] | None = None


class CrisisLineOut(Schema):
    name: str
    contact: str
    note: str


class AsqQuestionOut(Schema):
    id: str
    text: str


class AsqAsk(Schema):
    """The ASQ questions to ask when words might (but need not) mean risk to the writer."""

    instrument: str
    questions: list[AsqQuestionOut]
    answer_at: str
    source: str
    entry_key: str
    note: str


class Support(Schema):
    """Present when new words someone wrote give a concern: show this at once.

    ``level`` "high" (crisis response; a flag for the clinicians) or "possible" (for
    ``concern`` "self": ask the ASQ questions in ``ask`` and POST the answers to
    ``ask.answer_at``); ``concern`` "self" (risk to the writer) or "others" (harm from
    others: ``lines`` are domestic-abuse and sexual-assault services). One schema for every
    route.
    """

    level: Literal["high", "possible"]
    concern: Literal["self", "others"]
    message: str
    emergency: str
    emergency_numbers: list[str]
    lines: list[CrisisLineOut]
    clinician_told: bool
    ask: AsqAsk | None = None
    asq_result: str | None = None
