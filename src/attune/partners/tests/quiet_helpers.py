"""Helpers for the neutral-view and quiet-control tests: a client on a partnered plan with
antidepressant and trauma-informed steps, sharing everything with their partner."""

from __future__ import annotations

import re
from typing import Any

from attune.journal.models import JournalEntry
from attune.partners import services
from attune.partners.models import Scope
from attune.plans import services as plans
from attune.plans.models import ClientPlan
from conftest import Cast

from .helpers import grant, link_of, login

SHARED_ENTRY = "Dinner-5521 we cooked together"
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
_VIEW = re.compile(r'<div class="partner-view" data-partner-view="\d+">.*?</div>', re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


def plan_and_share(cast: Cast) -> ClientPlan:
    record = plans.plan_start(
        by=cast.clinician,
        client=cast.client,
        life_stage="adult",
        relationship="partnered",
        trauma_informed=True,
        antidepressant=True,
    )
    link = link_of(cast.client, cast.partner)
    grant(link, *Scope.values)
    entry = JournalEntry.objects.create(client=cast.client, title="Dinner", body=SHARED_ENTRY)
    services.entry_share(client=cast.client, link=link, entry=entry, shared=True)
    return record


def step_titles(record: ClientPlan) -> list[str]:
    return [step.title for step in plans.engine_plan(record).steps]


def page(user: Any, url: str = "/partners/") -> str:
    response = login(user).get(url)
    assert response.status_code == 200, (url, response.status_code)
    return _CSRF.sub("", response.content.decode())


def partner_page(cast: Cast) -> str:
    return page(cast.partner)


def partner_view_text(html: str) -> str:
    """The text of the partner's view of the (only) link on a page, tags removed."""
    found = _VIEW.search(html)
    assert found is not None, "no partner view on this page"
    return " ".join(_TAGS.sub(" ", found.group(0)).split())
