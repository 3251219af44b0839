from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import client_or_403 as _client
from attune.accounts.models import PartnerLink, Role, User
from attune.core import idempotency
from attune.safety.services import crisis_once

from . import prompts, selectors, services
from .forms import EntryForm
from .models import JournalEntry

PAGE_SIZE = 20
SUPPORT_SESSION_KEY = "journal_support_for"
WEB_SCOPE = "journal.create.web"


def _own(client: User, entry_id: int) -> JournalEntry:
    entry = selectors.own_entry(client, entry_id)
    if entry is None:
        raise Http404
    return entry


def _form_errors_from(exc: ValidationError, form: EntryForm) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _after_saving(
    request: HttpRequest, entry_id: int, support: dict[str, Any] | None
) -> HttpResponse:
    if isinstance(support, dict):
        request.session[SUPPORT_SESSION_KEY] = {"entry": entry_id, "support": support}
    messages.success(request, _("Saved to your journal."))
    return redirect("journal_entry", entry_id=entry_id)


@login_required
@require_GET
def entry_list(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    entries = selectors.entries_of(client)
    tag = " ".join(request.GET.get("tag", "").split())[: services.TAG_MAX]
    shown = selectors.with_tag(entries, tag)
    page = Paginator(shown, PAGE_SIZE).get_page(request.GET.get("page"))
    shared = selectors.shared_with_by_entry(client)
    for entry in page.object_list:
        entry.shared_names = [str(c) for c in shared.get(entry.pk, [])]
    context = {
        "page": page,
        "tags": selectors.tags_in(entries),
        "tag": tag,
        "has_entries": bool(entries),
    }
    return render(request, "journal/entry_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def entry_new(request: HttpRequest) -> HttpResponse:
    client = _client(request)
    if request.method == "POST":
        form = EntryForm(request.POST)
        if form.is_valid():
            fields = dict(form.entry_fields(), prompt_key=form.cleaned_data["prompt_key"])
            try:
                answer = _create_once(client, form.cleaned_data["submission_key"], fields)
            except ValidationError as exc:
                _form_errors_from(exc, form)
            else:
                return _after_saving(request, answer["id"], answer["support"])
        prompt = prompts.prompt_for(request.POST.get("prompt_key"))
    else:
        prompt = prompts.prompt_for(request.GET.get("prompt"))
        form = EntryForm(
            initial={"prompt_key": prompt.key if prompt else "", "submission_key": uuid.uuid4().hex}
        )
    if prompt is not None:
        form.fields["body"].widget.attrs["aria-describedby"] = "prompt-text id_body_helptext"
    context = {"form": form, "prompt": prompt, "has_clinician": services.has_clinician(client)}
    return render(request, "journal/entry_form.html", context)


def _create_once(client: User, key: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A double click or a resent form stores the entry once and answers with the first one."""

    def write() -> dict[str, Any]:
        written = services.entry_create(client=client, **fields)
        return {"id": written.entry.pk, "support": written.screening.support}

    try:
        answer = idempotency.replay_or_write(
            user=client, scope=WEB_SCOPE, key=key, payload=fields, write=write
        )
    except idempotency.IdempotencyConflict:
        # The same form sent again with different words (back button, then edits): keep both.
        return write()
    return answer.response


def partner_sharing(client: User, entry: JournalEntry) -> list[tuple[PartnerLink, bool]]:
    from attune.partners import selectors as partners

    return [
        (link, entry.pk in partners.shared_entry_ids(link))
        for link in partners.client_links(client)
    ]


@login_required
@require_GET
def entry_detail(request: HttpRequest, entry_id: int) -> HttpResponse:
    client = _client(request)
    entry = _own(client, entry_id)
    waiting = request.session.pop(SUPPORT_SESSION_KEY, None)
    support = (
        waiting.get("support")
        if isinstance(waiting, dict) and waiting.get("entry") == entry.pk
        else None
    )
    if support is None:  # e.g. the outcome of answering the ASQ asked on this page
        support = crisis_once(request, client).get("support")
    shared_with = selectors.shared_with(entry)
    named = {c.pk for c in shared_with}
    context: dict[str, Any] = {
        "entry": entry,
        "support": support,
        "has_clinician": services.has_clinician(client),
        "shared_with": shared_with,
        "not_yet_shared_with": [c for c in people.clinicians_of(client) if c.pk not in named],
        "partner_sharing": partner_sharing(client, entry),
    }
    return render(request, "journal/entry_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def entry_edit(request: HttpRequest, entry_id: int) -> HttpResponse:
    client = _client(request)
    entry = _own(client, entry_id)
    if request.method == "POST":
        form = EntryForm(request.POST)
        if form.is_valid():
            try:
                written = services.entry_update(client=client, entry=entry, **form.entry_fields())
            except ValidationError as exc:
                _form_errors_from(exc, form)
            else:
                return _after_saving(request, entry.pk, written.screening.support)
    else:
        form = EntryForm(
            initial={"title": entry.title, "body": entry.body, "tags": ", ".join(entry.tag_list)}
        )
    if entry.prompt is not None:
        form.fields["body"].widget.attrs["aria-describedby"] = "prompt-text id_body_helptext"
    context = {
        "form": form,
        "entry": entry,
        "prompt": entry.prompt,
        "has_clinician": services.has_clinician(client),
    }
    return render(request, "journal/entry_form.html", context)


@login_required
@require_POST
def entry_share(request: HttpRequest, entry_id: int) -> HttpResponse:
    client = _client(request)
    entry = _own(client, entry_id)
    try:
        named = services.entry_share(client=client, entry=entry)
    except services.NoClinician:
        messages.error(
            request,
            _(
                "You are not working with a clinician in attune yet, so there is no one "
                "to share with."
            ),
        )
    else:
        if named:
            messages.success(
                request,
                _("Shared with %(names)s. You can make it private again at any time.")
                % {"names": ", ".join(str(c) for c in named)},
            )
    return redirect("journal_entry", entry_id=entry.pk)


@login_required
@require_POST
def entry_unshare(request: HttpRequest, entry_id: int) -> HttpResponse:
    client = _client(request)
    entry = _own(client, entry_id)
    services.entry_unshare(client=client, entry=entry)
    messages.success(request, _("This entry is private again. No clinician can see it any more."))
    return redirect("journal_entry", entry_id=entry.pk)


@login_required
@require_http_methods(["GET", "POST"])
def entry_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    client = _client(request)
    entry = _own(client, entry_id)
    if request.method == "POST":
        services.entry_delete(client=client, entry=entry)
        messages.success(request, _("The entry has been deleted."))
        return redirect("journal")
    return render(request, "journal/entry_delete.html", {"entry": entry})


@login_required
@require_GET
def prompt_list(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    context = {
        "groups": prompts.grouped(),
        "is_client": Role.CLIENT in people.roles_of(user),
    }
    return render(request, "journal/prompts.html", context)


@login_required
@require_GET
def client_journal(request: HttpRequest, client_uuid: uuid.UUID) -> HttpResponse:
    """A clinician reads only the entries their client is sharing right now (audited)."""
    viewer: User = request.user  # type: ignore[assignment]
    client = people.client_for_clinician(viewer, client_uuid)
    if client is None:
        raise Http404
    entries = selectors.shared_entries_of(client, viewer)
    services.audit_clinician_read(viewer, client, entries)
    return render(request, "journal/clinician_journal.html", {"client": client, "entries": entries})
