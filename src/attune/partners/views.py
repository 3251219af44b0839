from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from attune.accounts import selectors as people
from attune.accounts.access import signed_in
from attune.accounts.models import PartnerLink, Role, User
from attune.audit.services import audit_read
from attune.checkins import calendar as feeds
from attune.checkins.services import client_time_zone, client_today
from attune.journal.models import JournalEntry
from attune.safety.selectors import couple_concern_stands
from attune.safety.services import crisis_once, remember_support

from . import selectors, services
from .forms import ConversationForm, FeedbackForm, SummaryForm
from .models import Conversation, Scope

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# The turn guide follows /work/shared/CLINICAL.md "Structured conversations": the PREP
# speaker–listener technique (Markman, Stanley & Blumberg 1994), softened start-up and breaks
# when flooded (Gottman & Silver 1999), Imago mirroring (Hendrix 1988).
TURN_GUIDE = (
    _(
        "Speaker: you hold the floor. Speak for yourself with I-statements (“I feel … about … "
        "and I need …”), in short pieces, then pause. Describe, don't blame."
    ),
    _(
        "Listener: reflect back what you heard, in your own words and without rebuttal, then "
        "ask “did I get it? Is there more?”"
    ),
    _("When the speaker feels understood, swap roles."),
    _("One topic at a time, and no problem-solving until both of you feel heard."),
    _(
        "Either of you can say the pause word or show red at any time: stop at once, take at "
        "least 20 minutes, and come back to it within 24 hours."
    ),
)


def _links_or_403(user: User) -> list[PartnerLink]:
    links = list(selectors.links_for(user))
    if not links:
        raise PermissionDenied
    return links


def _submit(
    request: HttpRequest,
    form: forms.ModelForm,  # type: ignore[type-arg]
    save: Callable[..., services.Saved],
    thanks: str,
) -> services.Saved | None:
    """Validate, save through the service, then thank (and queue crisis lines if needed)."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        saved = save(**{f: form.cleaned_data[f] for f in form.fields})
    except ValidationError as exc:
        named = hasattr(exc, "error_dict") and set(exc.error_dict) <= set(form.fields)
        form.add_error(None, exc if named else exc.messages)  # beside its field when named
        return None
    remember_support(request, saved.safety)
    messages.success(request, thanks)
    return saved


def _shared_view(viewer: User, link: PartnerLink) -> dict[str, Any]:
    """What the partner sees of one link (selectors.partner_view); their reading is audited."""
    view = selectors.partner_view(link)
    if view["scopes"] & {Scope.LADDER, Scope.WEEKLY_SUMMARY} or view["entries"]:
        audit_read(
            actor_uuid=viewer.uuid,
            subject_uuid=link.client.uuid,
            object_type="partners.shared",
            object_id=link.pk,
        )
    return view


@login_required
@require_http_methods(["GET"])
def partners_home(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    is_client = Role.CLIENT in people.roles_of(user)
    partner_side = selectors.partner_links(user)
    if not is_client and not partner_side:
        raise PermissionDenied
    as_client = [
        {
            "link": link,
            "scopes": selectors.granted(link),
            "steps": selectors.step_choices(link),
            "paused": selectors.open_hold(link) is not None,
        }
        for link in selectors.client_links(user)
    ]
    as_partner = [_shared_view(user, link) for link in partner_side]
    context = {
        "is_client": is_client,
        "as_client": as_client,
        "as_partner": as_partner,
        "any_paused": any(row["paused"] for row in as_client),
        "concern_stands": is_client and couple_concern_stands(user),
        "quietly_ended": selectors.quietly_ended(user) if is_client else [],
        "scope_choices": Scope.choices,
        "shared_feedback": selectors.feedback_shared_with(user)[:8] if as_client else [],
        "feed_url": request.session.pop("new_feed_url", None),
    }
    context.update(crisis_once(request, user))
    return render(request, "partners/home.html", context)


def _client_link_or_404(user: User, raw: str | None) -> PartnerLink:
    """One of this person's own links as the client, named in the request, or 404."""
    link = selectors.link_for(user, raw) if raw else None
    if link is None or link.client_id != user.pk:
        raise Http404
    return link


@login_required
@require_http_methods(["GET"])
def as_partner(request: HttpRequest) -> HttpResponse:
    """The client sees exactly what their partner's page shows of this link, read-only."""
    user = signed_in(request)
    link = _client_link_or_404(user, request.GET.get("link"))
    context = {"view": selectors.partner_view(link), "read_only": True}
    return render(request, "partners/as_partner.html", context)


@login_required
@require_POST
def steps_save(request: HttpRequest) -> HttpResponse:
    """The client chooses which steps their partner sees by name (all others: neutral)."""
    user = signed_in(request)
    link = _client_link_or_404(user, request.POST.get("link"))
    try:
        services.steps_shown_set(client=user, link=link, step_ids=set(request.POST.getlist("show")))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("partners_home")
    messages.success(
        request, _("Saved. Your partner sees the real name only of the steps you ticked.")
    )
    return redirect("partners_home")


def _quiet_links(request: HttpRequest, user: User) -> PartnerLink | None:
    """The link named in the form, or None for all of this client's links (which must exist)."""
    raw = request.POST.get("link")
    if raw:
        return _client_link_or_404(user, raw)
    if not selectors.client_links(user):
        raise Http404
    return None


@login_required
@require_POST
def quiet_pause(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    services.quiet_pause(client=user, link=_quiet_links(request, user))
    messages.success(
        request,
        _(
            "Paused, quietly. Your partner's page stays as it was a moment ago and shows "
            "nothing new. Nobody is told. Resume whenever you like."
        ),
    )
    return redirect("partners_home")


@login_required
@require_POST
def quiet_clear(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    link = next(
        (lk for lk in selectors.quietly_ended(user) if str(lk.pk) == request.POST.get("link")),
        None,
    )
    if link is None:
        raise Http404
    services.quiet_clear(client=user, link=link)
    messages.success(
        request, _("Cleared. Their page no longer shows anything of yours from this link.")
    )
    return redirect("partners_home")


@login_required
@require_POST
def quiet_resume(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    services.quiet_resume(client=user, link=_quiet_links(request, user))
    messages.success(request, _("Sharing is back on. Your partner sees what you share again."))
    return redirect("partners_home")


@login_required
@require_POST
def scopes_save(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    link = selectors.link_for(user, request.POST.get("link"))
    if link is None or link.client_id != user.pk or not request.POST.get("link"):
        raise Http404
    chosen = set(request.POST.getlist("scopes"))
    for scope in Scope.values:
        services.scope_set(actor=user, link=link, scope=scope, granted=scope in chosen)
    messages.success(request, _("Saved. Your partner sees exactly what is ticked, from now on."))
    return redirect("partners_home")


@login_required
@require_POST
def entry_share(request: HttpRequest, entry_id: int) -> HttpResponse:
    """Share one journal entry with one partner, or stop sharing it; effective at once."""
    user = signed_in(request)
    entry = JournalEntry.objects.filter(client=user, pk=entry_id).first()
    link = selectors.link_for(user, request.POST.get("link"))
    if entry is None or link is None or link.client_id != user.pk or not request.POST.get("link"):
        raise Http404
    shared = request.POST.get("share") == "yes"
    try:
        services.entry_share(client=user, link=link, entry=entry, shared=shared)
    except ValidationError as exc:
        messages.info(request, " ".join(exc.messages))
        return redirect("journal_entry", entry_id=entry.pk)
    if shared:
        note = _("Shared with %(name)s. You can stop sharing it at any time.")
    else:
        note = _("%(name)s can no longer read this entry.")
    messages.success(request, note % {"name": link.partner})
    return redirect("journal_entry", entry_id=entry.pk)


@login_required
@require_POST
def link_end(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    raw = request.POST.get("link")
    quietly = request.POST.get("quietly") == "yes"
    link = selectors.link_for(user, raw) if raw else None
    if link is None and raw and not quietly:  # a partner leaving a link ended quietly
        link = selectors.partner_link_for(user, raw)
    if link is None or (quietly and link.client_id != user.pk):
        raise Http404
    services.link_end(actor=user, link=link, quietly=quietly)
    if quietly:
        messages.success(
            request,
            _(
                "The link has ended, quietly. Nothing new is shared; their page keeps what it "
                "showed a moment ago (journal entries you had shared included), and nobody is "
                "told. You can clear it from this page whenever you choose."
            ),
        )
        return redirect("partners_home")
    messages.success(request, _("The link has ended. Nothing is shared between you any more."))
    return redirect("home")


@login_required
@require_POST
def partner_calendar_new(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    if not selectors.partner_links(user):
        _links_or_403(user)
    raw = feeds.feed_create(client=user)
    request.session["new_feed_url"] = request.build_absolute_uri(f"/calendar/{raw}.ics")
    messages.success(request, _("Your private calendar address is ready."))
    return redirect("partners_home")


@login_required
@require_http_methods(["GET", "POST"])
def feedback(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    links = selectors.partner_links(user)
    if not links:
        raise PermissionDenied
    chosen = request.GET.get("link") or request.POST.get("link")
    link = next((lk for lk in links if str(lk.pk) == chosen), links[0])
    today = client_today(user)
    current = (
        selectors.feedback_of_partner(user, link)
        .filter(week_start=services.week_start(today))
        .first()
    )
    form = FeedbackForm(request.POST if request.method == "POST" else None, instance=current)
    save = partial(services.feedback_save, partner=user, link=link, today=today)
    if _submit(request, form, save, _("Thank you. You can change it until the week ends.")):
        return redirect("partners_home")
    history = selectors.feedback_of_partner(user, link)[:8]
    context = {"form": form, "link": link, "links": links, "history": history}
    return render(request, "partners/feedback.html", context)


# Conversations ---------------------------------------------------------------------------


@login_required
@require_http_methods(["GET"])
def conversation_list(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    # A partner whose link was ended quietly still reaches the list (their page links here).
    links = list(selectors.links_for(user))
    if not links and not selectors.partner_links(user):
        raise PermissionDenied
    plannable = [lk for lk in links if Scope.CONVERSATIONS in selectors.granted(lk)]
    # After a quiet end the page reads as it did (partners.selectors, QuietHold).
    plannable += [
        lk
        for lk in selectors.partner_links(user)
        if lk.status == PartnerLink.Status.ENDED
        and Scope.CONVERSATIONS in selectors.partner_scopes(lk)
    ]
    context = {
        "conversations": selectors.conversations_for(user),
        "plannable": plannable,
        "turn_guide": TURN_GUIDE,
    }
    return render(request, "partners/conversation_list.html", context)


def _plannable_link(user: User, raw: str | None) -> PartnerLink:
    links = [lk for lk in _links_or_403(user) if Scope.CONVERSATIONS in selectors.granted(lk)]
    if not links:
        raise PermissionDenied
    return next((lk for lk in links if str(lk.pk) == raw), links[0])


def _conversation_form(
    request: HttpRequest, user: User, link: PartnerLink, conversation: Conversation | None = None
) -> HttpResponse:
    # Times are read and shown in the client's time zone (the couple's shared clock).
    with timezone.override(client_time_zone(link.client)):
        return _conversation_form_in_zone(request, user, link, conversation)


def _conversation_form_in_zone(
    request: HttpRequest, user: User, link: PartnerLink, conversation: Conversation | None
) -> HttpResponse:
    form = ConversationForm(
        request.POST if request.method == "POST" else None, instance=conversation, viewer=user
    )
    save = partial(services.conversation_save, actor=user, link=link, conversation=conversation)
    had = (conversation.proposed_at, conversation.proposed_by_id) if conversation else None
    saved = _submit(request, form, save, _("Saved. You both see this plan now."))
    if saved:
        record = saved.record
        if (record.proposed_at, record.proposed_by_id) != had and record.proposed_by_id == user.pk:
            messages.info(request, _waiting_note(user, link))
        return redirect("conversation_detail", conversation_id=record.pk)
    context = {"form": form, "link": link, "conversation": conversation, "turn_guide": TURN_GUIDE}
    return render(request, "partners/conversation_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def conversation_new(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    link = _plannable_link(user, request.GET.get("link") or request.POST.get("link"))
    return _conversation_form(request, user, link)


def _conversation_or_404(
    request: HttpRequest, conversation_id: int
) -> tuple[User, Conversation, PartnerLink]:
    user = signed_in(request)
    conversation = selectors.conversation_for(user, conversation_id)
    if conversation is None or conversation.link is None:
        raise Http404
    return user, conversation, conversation.link


@login_required
@require_http_methods(["GET", "POST"])
def conversation_edit(request: HttpRequest, conversation_id: int) -> HttpResponse:
    user, conversation, link = _conversation_or_404(request, conversation_id)
    return _conversation_form(request, user, link, conversation)


def _waiting_note(user: User, link: PartnerLink) -> str:
    return _(
        "Your suggested agreement is waiting for %(name)s's agreement. Until then, what you "
        "agreed before stays in force."
    ) % {"name": selectors.other_person(user, link)}


def _agreement(user: User, conversation: Conversation) -> dict[str, Any]:
    """What the conversation page shows of the safety agreement, for this viewer."""
    proposal = conversation.has_proposal
    mine = proposal and conversation.proposed_by_id == user.pk
    return {
        "in_force": services.agreement_in_force(conversation) if conversation.agreed else None,
        "proposal": services.agreement_proposed(conversation) if proposal else None,
        "proposal_is_mine": mine,
        "may_answer": proposal and not mine,
        "paused_by_me": conversation.paused and conversation.paused_by_id in (user.pk, None),
    }


_ACTIONS: dict[str, tuple[Callable[..., Conversation], StrOrPromise]] = {
    "confirm": (
        services.agreement_confirm,
        gettext_lazy("You both agree. This agreement is now in force."),
    ),
    "keep": (
        services.agreement_keep,
        gettext_lazy("You kept the current agreement. It stays in force."),
    ),
    "withdraw": (
        services.agreement_withdraw,
        gettext_lazy("Your suggestion is withdrawn. The current agreement stays in force."),
    ),
    "pause": (
        services.conversation_pause,
        gettext_lazy("Paused. Take the time you need; resume when you are both ready."),
    ),
    "resume": (services.conversation_resume, gettext_lazy("Resumed.")),
}


def _seen(request: HttpRequest) -> dict[str, datetime]:
    """When the suggestion on the page was made, so a replaced one is not agreed unread."""
    try:
        return {"seen": datetime.fromisoformat(request.POST.get("proposed_at", ""))}
    except ValueError:
        return {}


def _conversation_action(request: HttpRequest, conversation_id: int, action: str) -> HttpResponse:
    user, conversation, _link = _conversation_or_404(request, conversation_id)
    service, done = _ACTIONS[action]
    extra = _seen(request) if action == "confirm" else {}
    try:
        service(actor=user, conversation=conversation, **extra)
    except ValidationError as exc:
        messages.info(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    return redirect("conversation_detail", conversation_id=conversation.pk)


@login_required
@require_POST
def conversation_agreement_confirm(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return _conversation_action(request, conversation_id, "confirm")


@login_required
@require_POST
def conversation_agreement_keep(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return _conversation_action(request, conversation_id, "keep")


@login_required
@require_POST
def conversation_agreement_withdraw(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return _conversation_action(request, conversation_id, "withdraw")


@login_required
@require_POST
def conversation_pause(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return _conversation_action(request, conversation_id, "pause")


@login_required
@require_POST
def conversation_resume(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return _conversation_action(request, conversation_id, "resume")


@login_required
@require_http_methods(["GET", "POST"])
def conversation_detail(request: HttpRequest, conversation_id: int) -> HttpResponse:
    user, conversation, link = _conversation_or_404(request, conversation_id)
    own = conversation.summaries.filter(user=user).first()
    form = SummaryForm(request.POST if request.method == "POST" else None, instance=own)
    save = partial(services.summary_save, actor=user, conversation=conversation)
    if _submit(request, form, save, _("Your summary is saved.")):
        return redirect("conversation_detail", conversation_id=conversation.pk)
    context = {
        "conversation": conversation,
        "other": selectors.other_person(user, link),
        "summaries": [
            s for s in selectors.summaries_visible(user, conversation) if s.user_id != user.pk
        ],
        "form": form,
        "turn_guide": TURN_GUIDE,
        **_agreement(user, conversation),
    }
    context.update(crisis_once(request, user))
    with timezone.override(client_time_zone(link.client)):
        return render(request, "partners/conversation_detail.html", context)
