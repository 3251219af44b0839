"""Circle pages. Each view finds the circle through its facilitator or an active member
(everyone else gets 404), calls one service, and never shows a real name or email."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from attune.accounts.access import signed_in
from attune.safety.services import crisis_once, remember_support

from . import selectors, services
from .forms import CircleForm, InviteForm, JoinForm, MeetingForm, PostForm, ReportForm
from .models import AGREEMENTS, Circle, CircleMember, CirclePost, Meeting


def _run(request: HttpRequest, circle_id: int) -> Circle:
    circle = selectors.circle_for_facilitator(signed_in(request), circle_id)
    if circle is None:
        raise Http404
    return circle


def _member(request: HttpRequest, circle_id: int) -> CircleMember:
    member = selectors.member_of(signed_in(request), circle_id)
    if member is None:
        raise Http404
    return member


def _form_errors(form: Any, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


@login_required
@require_GET
def circle_list(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    context = {
        "is_facilitator": selectors.is_facilitator(user),
        "facilitated": selectors.facilitated_with_waiting(user),
        "memberships": selectors.memberships(user),
    }
    return render(request, "circles/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def circle_new(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    if not selectors.is_facilitator(user):
        raise PermissionDenied
    form = CircleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            circle = services.circle_create(facilitator=user, **form.cleaned_data)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, _("Circle created. Add a meeting and invite members."))
            return redirect("circle_detail", circle_id=circle.pk)
    return render(request, "circles/new.html", {"form": form, "agreements": AGREEMENTS})


@login_required
@require_GET
def circle_detail(request: HttpRequest, circle_id: int) -> HttpResponse:
    user = signed_in(request)
    circle = selectors.circle_for_facilitator(user, circle_id)
    if circle is not None:
        context = {
            "circle": circle,
            "agreements": AGREEMENTS,
            "meetings": selectors.meetings_of(circle),
            "members": selectors.active_members(circle),
            "invitations": selectors.open_invitations(circle),
            "posts": [
                (post, services.moderation_actions(post))
                for post in selectors.posts_for_facilitator(circle).prefetch_related("reports")
            ],
            "seats_left": services.seats_left(circle),
            "invite_form": InviteForm(),
        }
        return render(request, "circles/facilitate.html", context)
    member = _member(request, circle_id)
    context = {
        "circle": member.circle,
        "member": member,
        "agreements": AGREEMENTS,
        "meetings": selectors.meetings_of(member.circle),
        "members": selectors.active_members(member.circle),
        "posts": selectors.posts_for_member(member),
        "post_form": PostForm(),
        "consents": selectors.consents_to_outcomes(member),
        **crisis_once(request, user),
    }
    return render(request, "circles/member.html", context)


@login_required
@require_POST
def circle_invite(request: HttpRequest, circle_id: int) -> HttpResponse:
    circle = _run(request, circle_id)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            services.invitation_create(
                facilitator=signed_in(request), circle=circle, email=form.cleaned_data["email"]
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Invitation sent."))
    else:
        messages.error(request, _("Please give a valid email address."))
    return redirect("circle_detail", circle_id=circle.pk)


@require_http_methods(["GET", "POST"])
def circle_join(request: HttpRequest, token: str) -> HttpResponse:
    invitation = services.invitation_by_token(token)
    if invitation is None or not invitation.is_open:
        return render(request, "circles/join_closed.html", status=404)
    if not request.user.is_authenticated:
        context = {"next": request.path, "signup_open": settings.ATTUNE_SELF_SIGNUP}
        return render(request, "circles/join_sign_in.html", context)
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            member = services.circle_join(
                invitation=invitation, user=signed_in(request), **form.cleaned_data
            )
        except PermissionDenied as exc:
            form.add_error(None, str(exc) or _("This invitation is not for you."))
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, _("Welcome to the circle."))
            return redirect("circle_detail", circle_id=member.circle_id)
    return render(request, "circles/join.html", {"form": form, "agreements": AGREEMENTS})


@login_required
@require_http_methods(["GET", "POST"])
def meeting_new(request: HttpRequest, circle_id: int) -> HttpResponse:
    circle = _run(request, circle_id)
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_create(
                facilitator=signed_in(request), circle=circle, **form.cleaned_data
            )
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, _("Meeting added."))
            return redirect("circle_detail", circle_id=circle.pk)
    return render(request, "circles/meeting_form.html", {"form": form, "circle": circle})


def _meeting(circle: Circle, meeting_id: int) -> Meeting:
    meeting = selectors.meetings_of(circle).filter(pk=meeting_id).first()
    if meeting is None:
        raise Http404
    return meeting


@login_required
@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, circle_id: int, meeting_id: int) -> HttpResponse:
    circle = _run(request, circle_id)
    meeting = _meeting(circle, meeting_id)
    initial = {
        "starts_at": timezone.localtime(meeting.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": meeting.duration_minutes,
        "agenda": meeting.agenda,
        "checkin_prompts": meeting.checkin_prompts,
        "place": meeting.place,
        "video_url": meeting.video_url,
    }
    form = MeetingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_update(
                facilitator=signed_in(request), meeting=meeting, **form.cleaned_data
            )
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, _("Meeting changed."))
            return redirect("circle_detail", circle_id=circle.pk)
    context = {"form": form, "circle": circle, "meeting": meeting}
    return render(request, "circles/meeting_form.html", context)


@login_required
@require_POST
def meeting_cancel(request: HttpRequest, circle_id: int, meeting_id: int) -> HttpResponse:
    circle = _run(request, circle_id)
    meeting = _meeting(circle, meeting_id)
    services.meeting_cancel(facilitator=signed_in(request), meeting=meeting)
    messages.success(request, _("Meeting cancelled. Members see that it will not take place."))
    return redirect("circle_detail", circle_id=circle.pk)


@login_required
@require_http_methods(["GET", "POST"])
def meeting_attendance(request: HttpRequest, circle_id: int, meeting_id: int) -> HttpResponse:
    circle = _run(request, circle_id)
    meeting = _meeting(circle, meeting_id)
    if request.method == "POST":
        try:
            present = {int(v) for v in request.POST.getlist("present")}
            services.attendance_record(
                facilitator=signed_in(request), meeting=meeting, present=present
            )
        except (ValueError, ValidationError):
            messages.error(request, _("Only current members can be marked present."))
        else:
            messages.success(request, _("Attendance saved."))
            return redirect("circle_detail", circle_id=circle.pk)
    context = {
        "circle": circle,
        "meeting": meeting,
        "members": selectors.active_members(circle),
        "present": services.attendance_of(meeting),
    }
    return render(request, "circles/attendance.html", context)


@login_required
@require_POST
def post_new(request: HttpRequest, circle_id: int) -> HttpResponse:
    member = _member(request, circle_id)
    form = PostForm(request.POST)
    if form.is_valid():
        try:
            posted = services.post_create(member=member, body=form.cleaned_data["body"])
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            if posted.held:
                remember_support(request, posted.safety)
                messages.info(
                    request,
                    _(
                        "Your reflection is saved. The facilitator will read it before the "
                        "circle sees it."
                    ),
                )
            else:
                messages.success(request, _("Your reflection is shared with the circle."))
    else:
        messages.error(request, _("Please write something before posting."))
    return redirect("circle_detail", circle_id=circle_id)


def _visible_post(member: CircleMember, post_id: int) -> CirclePost:
    post = selectors.visible_post(member, post_id)
    if post is None:
        raise Http404
    return post


@login_required
@require_http_methods(["GET", "POST"])
def post_report(request: HttpRequest, circle_id: int, post_id: int) -> HttpResponse:
    member = _member(request, circle_id)
    post = _visible_post(member, post_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.post_report(member=member, post=post, reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, _("Thank you. The facilitator will look at it."))
            return redirect("circle_detail", circle_id=circle_id)
    return render(request, "circles/report.html", {"form": form, "post": post, "member": member})


@login_required
@require_POST
def post_moderate(request: HttpRequest, circle_id: int, post_id: int) -> HttpResponse:
    circle = _run(request, circle_id)
    post = selectors.posts_for_facilitator(circle).filter(pk=post_id).first()
    if post is None:
        raise Http404
    try:
        services.post_moderate(
            facilitator=signed_in(request), post=post, action=request.POST.get("action", "")
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Done."))
    return redirect("circle_detail", circle_id=circle.pk)


@login_required
@require_http_methods(["GET", "POST"])
def member_remove(request: HttpRequest, circle_id: int, member_id: int) -> HttpResponse:
    """Removing someone asks first: GET (or a POST without ``confirm``) shows what will happen."""
    circle = _run(request, circle_id)
    member = selectors.active_members(circle).filter(pk=member_id).first()
    if member is None:
        raise Http404
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        services.member_remove(facilitator=signed_in(request), member=member)
        messages.success(request, _("%(name)s is no longer in the circle.") % {"name": member})
        return redirect("circle_detail", circle_id=circle.pk)
    return render(request, "circles/member_remove.html", {"circle": circle, "member": member})


@login_required
@require_POST
def circle_leave(request: HttpRequest, circle_id: int) -> HttpResponse:
    member = _member(request, circle_id)
    services.circle_leave(member=member)
    messages.success(request, _("You have left the circle. You are welcome back any time."))
    return redirect("circle_list")


@login_required
@require_POST
def outcomes_consent(request: HttpRequest, circle_id: int) -> HttpResponse:
    member = _member(request, circle_id)
    services.outcomes_consent_set(member=member, consent=request.POST.get("consent") == "yes")
    messages.success(request, _("Your choice is saved. You can change it at any time."))
    return redirect("circle_detail", circle_id=circle_id)


@login_required
@require_GET
def outcomes(request: HttpRequest, circle_id: int) -> HttpResponse:
    circle = _run(request, circle_id)
    result = services.outcomes(facilitator=signed_in(request), circle=circle)
    return render(request, "circles/outcomes.html", {"circle": circle, "outcome": result})
