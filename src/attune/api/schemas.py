"""Schemas shared by every API router. OpenAPI names components by class name, so a name
used twice would silently describe two different shapes: keep names unique (tested)."""

from __future__ import annotations

from ninja import Schema


class ErrorOut(Schema):
    detail: str | dict[str, list[str]]
    errors: dict[str, list[str]] | None = None


class CrisisLineOut(Schema):
    name: str
    contact: str
    note: str


class SupportOut(Schema):
    """Present when what someone wrote suggests risk: show these resources at once."""

    message: str
    emergency: str
    lines: list[CrisisLineOut]
    clinician_told: bool
