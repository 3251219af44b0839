"""Safety plans, crisis lines per organisation, and following up risk flags."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from attune.accounts import selectors as people
from attune.accounts.models import ClientProfile, Membership, Organisation, Role, User
from attune.clinical.safety import Match, asq, screen_text
from attune.core import contacts
from attune.core.crisis import CrisisLine, CrisisResources, resources_for
from attune.core.harm_lines import harm_resources_for

from .models import STEP_FIELDS, AsqScreen, CrisisLines, HarmLines, RiskFlag, SafetyPlan

PLAN_FIELDS = (*STEP_FIELDS, "reasons_for_living")
MAX_LINES = 8


# --- screening what people write, and the one support payload -------------------------------

_RISK_RANK = {"none": 0, "possible": 1, "high": 2}
_HARM_RANK = {"none": 0, "possible": 1, "disclosed": 2}
_LEVEL_RANK = {
    "": 0,
    RiskFlag.Level.ASKED_POSITIVE: 1,
    RiskFlag.Level.HIGH: 2,
    RiskFlag.Level.URGENT: 3,
}
_SENTENCE_END = re.compile(r"[.!?\n]")
ASQ_ANSWER_URL = "/api/v1/safety/asq"

# A text to screen, or (text, context) when one entry holds writing of different kinds
# (a trigger's self-critical thought is screened as ``trigger_thought``, its place as free).
Text = str | tuple[str, str]


@dataclass(frozen=True)
class SafetyResponse:
    """What attune does about words just written: the one support payload, and the flag (if
    any) it raised for the writer's clinicians."""

    level: str  # "high" | "possible"
    concern: str  # "self" | "others"
    source: str
    entry_key: str
    support: dict[str, Any]
    flag_id: int | None = None

    @property
    def needs_support(self) -> bool:
        return True


def screen_and_respond(
    *,
    writer: User,
    texts: Iterable[Text],
    source: str,
    context: str,
    before: Iterable[Text] | None = None,
    entry_key: str = "",
) -> SafetyResponse | None:
    """Screen the new words of one write and decide what to do; None when nothing to do.

    ``before`` is what the record said before an edit: only words that were not there
    before count (re-saving or fixing a typo shows nothing and raises nothing). Then:

    - risk ``high``: the crisis response, and a flag (level high, with category, source
      and the matched sentence, encrypted);
    - risk ``possible``: ask the ASQ questions (``support["ask"]``); no flag until answered;
    - harm from others ``disclosed``: harm-from-others resources and a flag of its own kind
      (concern "others"); ``possible``: the resources only.

    One entry (``entry_key``) holds at most one open flag: a later concern about the same
    entry updates it (to the higher level) instead of adding a second. Saving is never
    blocked by this: callers run it after the record is stored.
    """
    result = _screen_all(texts, context)
    earlier = _screen_all(before, context) if before is not None else None
    new_self = _new_matches(result, earlier)
    self_risk = result.risk if new_self else "none"
    harm = result.harm_from_others
    if earlier is not None and _HARM_RANK[harm] <= _HARM_RANK[earlier.harm_from_others]:
        harm = "none"
    if self_risk == "high":
        match = _top(new_self)
        flag = _raise_flag(
            writer,
            concern=RiskFlag.Concern.SELF,
            level=RiskFlag.Level.HIGH,
            category=(match.finding or match.category) if match else "",
            source=source,
            entry_key=entry_key,
            sentence=_sentence(result, match),
            reason=f"{source}_risk_language",
        )
        response = _response(writer, "high", "self", source, entry_key, flag)
        if harm != "none":
            # Both at once: the crisis response first, then the help for harm from others.
            known = {line["contact"] for line in response.support["lines"]}
            response.support["lines"].extend(
                line for line in _lines(harm_lines_for(writer)) if line["contact"] not in known
            )
        return response
    if harm == "disclosed":
        disclosed = [f for f in result.harm_matches if f[2].level == "high"] or result.harm_matches
        ctx_text_match = disclosed[0] if disclosed else None
        flag = _raise_flag(
            writer,
            concern=RiskFlag.Concern.OTHERS,
            level=RiskFlag.Level.HIGH,
            # "harm_from_others:<kind>" (sexual_coercion, monitoring, ...) when the screen says
            category=ctx_text_match[2].finding if ctx_text_match else "harm_from_others",
            source=source,
            entry_key=entry_key,
            sentence=(
                _sentence_of(ctx_text_match[1], ctx_text_match[2].start, ctx_text_match[2].end)[
                    :1000
                ]
                if ctx_text_match
                else ""
            ),
            reason=f"{source}_harm_from_others",
        )
        return _response(writer, "high", "others", source, entry_key, flag)
    if self_risk == "possible":
        return _response(writer, "possible", "self", source, entry_key, None)
    if harm == "possible":
        return _response(writer, "possible", "others", source, entry_key, None)
    return None


def _texts_by_context(texts: Iterable[Text], context: str) -> dict[str, str]:
    grouped: dict[str, list[str]] = {}
    for item in texts:
        text, ctx = (item, context) if isinstance(item, str) else item
        if text:
            grouped.setdefault(ctx, []).append(text)
    return {ctx: "\n".join(parts) for ctx, parts in grouped.items()}


@dataclass(frozen=True)
class _Screened:
    risk: str
    harm_from_others: str
    # (context, joined text, match)
    matches: list[tuple[str, str, Match]]
    texts: dict[str, str]
    harm_matches: list[tuple[str, str, Match]]


def _screen_all(texts: Iterable[Text], context: str) -> _Screened:
    risk, harm = "none", "none"
    found: list[tuple[str, str, Match]] = []
    harm_found: list[tuple[str, str, Match]] = []
    joined = _texts_by_context(texts, context)
    for ctx, text in joined.items():
        result = screen_text(text, context=ctx)
        if _RISK_RANK[result.risk] > _RISK_RANK[risk]:
            risk = result.risk
        if _HARM_RANK[result.harm_from_others] > _HARM_RANK[harm]:
            harm = result.harm_from_others
        found.extend((ctx, text, m) for m in result.matches if m.concern == "self")
        harm_found.extend((ctx, text, m) for m in result.harm_matches)
    return _Screened(risk, harm, found, joined, harm_found)


def _sentence_of(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    return " ".join(text[left:right].split())


def _new_matches(result: _Screened, earlier: _Screened | None) -> list[tuple[str, str, Match]]:
    """Matches whose rule and sentence were not both already there before the edit."""
    if earlier is None:
        return list(result.matches)
    seen = {
        (m.pattern_id, _sentence_of(text, m.start, m.end).casefold())
        for _ctx, text, m in earlier.matches
    }
    new = [
        (ctx, text, m)
        for ctx, text, m in result.matches
        if (m.pattern_id, _sentence_of(text, m.start, m.end).casefold()) not in seen
    ]
    if not new and _RISK_RANK[result.risk] > _RISK_RANK[earlier.risk]:
        return list(result.matches)  # the same phrases now add up to more (plan + ideation)
    return new


def _top(found: list[tuple[str, str, Match]]) -> Match | None:
    ranked = sorted(found, key=lambda f: -_RISK_RANK[f[2].level])
    return ranked[0][2] if ranked else None


def _sentence(result: _Screened, match: Match | None) -> str:
    """The sentence holding ``match``."""
    for _ctx, text, m in result.matches:
        if m is match:
            return _sentence_of(text, m.start, m.end)[:1000]
    return ""


def _raise_flag(
    writer: User,
    *,
    concern: str,
    level: str,
    category: str,
    source: str,
    entry_key: str,
    sentence: str = "",
    reason: str,
    asq_answers: dict[str, Any] | None = None,
    asq_result: str = "",
) -> RiskFlag:
    """One open flag per entry: update the open one (to the higher level) or raise a new one,
    then tell the writer's clinicians (the email holds no client details)."""
    open_flag = (
        RiskFlag.objects.filter(
            client=writer, entry_key=entry_key, acknowledged_at__isnull=True, disposition=""
        ).first()
        if entry_key
        else None
    )
    if open_flag is not None:
        if _LEVEL_RANK.get(level, 0) > _LEVEL_RANK.get(open_flag.level, 0):
            open_flag.level = level
            open_flag.concern = concern
            open_flag.category = category or open_flag.category
            open_flag.sentence = sentence or open_flag.sentence
            if asq_answers is not None:
                open_flag.asq_answers = asq_answers
                open_flag.asq_result = asq_result
            open_flag.save()
            _notify(open_flag)
        elif asq_answers is not None and open_flag.asq_answers is None:
            open_flag.asq_answers = asq_answers
            open_flag.asq_result = asq_result
            open_flag.save()
        return open_flag
    flag = RiskFlag.objects.create(
        client=writer,
        reason=reason[:48],
        concern=concern,
        level=level,
        category=category[:64],
        source=source if source in RiskFlag.Source.values else "",
        entry_key=entry_key[:64],
        sentence=sentence,
        asq_answers=asq_answers,
        asq_result=asq_result,
    )
    _notify(flag)
    return flag


def _notify(flag: RiskFlag) -> None:
    from attune.questionnaires.tasks import notify_clinicians_of_flag

    flag_id = flag.pk
    transaction.on_commit(lambda: notify_clinicians_of_flag(flag_id))


def _lines(resources: CrisisResources) -> list[dict[str, str]]:
    return [
        {"name": str(line.name), "contact": line.contact, "note": str(line.note), "sms": line.sms}
        for line in resources.lines
    ]


def emergency_numbers(emergency: str) -> list[str]:
    """ "112 or 999" is two numbers: each gets its own link."""
    return [link.label for link in contacts.links(emergency) if link.label]


def asq_questions() -> list[dict[str, str]]:
    return [{"id": q.id, "text": _(q.text)} for q in asq.QUESTIONS]


def support_for(
    writer: User,
    *,
    level: str,
    concern: str,
    source: str = "",
    entry_key: str = "",
    asq_result: str = "",
) -> dict[str, Any]:
    """The ONE support payload every route answers with (API ``Support``; web
    ``safety/_support.html``)."""
    has_clinician = people.clinicians_of(writer).exists()
    if concern == "others":
        resources = harm_lines_for(writer)
        message = _(
            "Thank you for telling us. What you describe sounds hard, and it is not your "
            "fault. You can talk to people who help with abuse and unwanted sex, in "
            "confidence; you decide what happens next. If you are in danger now, call the "
            "emergency number."
        )
        clinician_told = level == "high" and has_clinician
    else:
        resources = crisis_for(writer)
        if asq_result == "acute_positive":
            message = _(
                "Thank you for answering honestly. Please get help now: call the emergency "
                "number, or go to your nearest emergency department. If you can, stay with "
                "someone until help comes."
            )
        elif asq_result:
            message = _(
                "Thank you for answering. What you are carrying matters, and you do not have "
                "to carry it alone. Please reach a person today: the lines below are there for "
                "you, and your safety plan can help in the meantime."
            )
        elif level == "high":
            message = _(
                "Some of what you wrote sounds like you may be thinking about ending your life "
                "or hurting yourself. attune is not watched around the clock, so if you might "
                "act on these thoughts, please reach a person now."
            )
        else:
            message = _(
                "Thank you for writing this down. Some of it sounds heavy, so we would like to "
                "ask you a few direct questions. Many people are asked them; answering helps "
                "us offer the right support."
            )
        clinician_told = (level == "high" or bool(asq_result)) and has_clinician
    payload: dict[str, Any] = {
        "level": level,
        "concern": concern,
        "message": message,
        "emergency": resources.emergency,
        "emergency_numbers": emergency_numbers(resources.emergency),
        "lines": _lines(resources),
        "clinician_told": clinician_told,
        "ask": None,
    }
    if concern == "self" and level == "possible" and not asq_result:
        payload["ask"] = {
            "instrument": "asq",
            "questions": asq_questions(),
            "answer_at": ASQ_ANSWER_URL,
            "source": source,
            "entry_key": entry_key,
            "note": _(
                "These are the NIMH Ask Suicide-Screening Questions. They were tested asked "
                "aloud by nurses and doctors; attune asks them in writing."
            ),
        }
    if asq_result:
        payload["asq_result"] = asq_result
    return payload


def _response(
    writer: User, level: str, concern: str, source: str, entry_key: str, flag: RiskFlag | None
) -> SafetyResponse:
    support = support_for(writer, level=level, concern=concern, source=source, entry_key=entry_key)
    if flag is None:
        support["clinician_told"] = False
    return SafetyResponse(
        level, concern, source, entry_key, support, flag.pk if flag is not None else None
    )


# --- answering the ASQ ------------------------------------------------------------------------


def asq_message(result: str) -> str:
    if result == "negative":
        return _(
            "Thank you for answering. It can take courage to be asked that directly. If "
            "things get heavier, the help pages are always a tap away, and you can write here "
            "any time."
        )
    if result == "acute_positive":
        return _("Thank you for telling us. Please get help now: the emergency number is first.")
    return _("Thank you for answering. Please reach a person today; the lines are below.")


@dataclass(frozen=True)
class AsqAnswered:
    result: str  # negative | non_acute_positive | acute_positive
    declined: bool
    support: dict[str, Any] | None
    screen: AsqScreen


def asq_record(
    *,
    writer: User,
    answers: dict[str, Any] | None,
    declined: bool = False,
    source: str = "",
    entry_key: str = "",
) -> AsqAnswered:
    """Score and record one written ASQ screen (raises asq.AsqError naming the field).

    Negative: a warm acknowledgement, no crisis box, no flag; the screen is kept as "asked,
    negative" without any words. Non-acute positive (or declined): crisis lines, the safety
    plan and a flag (level asked_positive) carrying the answers. Acute positive: emergency
    numbers first and the flag marked urgent.
    """
    scored = asq.outcome(answers, declined=declined)
    source = source if source in RiskFlag.Source.values else ""
    entry_key = entry_key[:64]
    flag: RiskFlag | None = None
    support: dict[str, Any] | None = None
    with transaction.atomic():
        if scored.positive:
            flag = _raise_flag(
                writer,
                concern=RiskFlag.Concern.SELF,
                level=(
                    RiskFlag.Level.URGENT
                    if scored.result == "acute_positive"
                    else RiskFlag.Level.ASKED_POSITIVE
                ),
                category="asq_" + scored.record_result,
                source=source,
                entry_key=entry_key,
                reason="asq_positive",
                asq_answers=dict(scored.answers),
                asq_result=scored.record_result,
            )
            support = support_for(
                writer,
                level="high",
                concern="self",
                source=source,
                entry_key=entry_key,
                asq_result=scored.result,
            )
        screen = AsqScreen.objects.create(
            client=writer,
            source=source,
            entry_key=entry_key,
            result=scored.record_result,
            answers=dict(scored.answers),
            flag=flag,
        )
    return AsqAnswered(scored.result, scored.declined, support, screen)


# --- safety plan ----------------------------------------------------------------------------


def may_edit_plan(user: User, client: User) -> bool:
    return user.pk == client.pk or people.clinician_treats(user, client)


def safety_plan_of(client: User) -> SafetyPlan | None:
    return SafetyPlan.objects.filter(client=client).first()


def safety_plan_save(*, by: User, client: User, fields: dict[str, str]) -> SafetyPlan:
    if not may_edit_plan(by, client):
        raise PermissionDenied
    unknown = set(fields) - set(PLAN_FIELDS)
    if unknown:
        raise ValidationError({name: _("Not part of a safety plan.") for name in unknown})
    plan = safety_plan_of(client) or SafetyPlan(client=client)
    for name, value in fields.items():
        setattr(plan, name, (value or "").strip())
    plan.updated_by = by
    plan.save()
    return plan


# --- crisis lines -------------------------------------------------------------------------


def _country(client: User) -> str:
    profile = ClientProfile.objects.filter(client=client).only("country").first()
    if profile and profile.country:
        return profile.country
    org = people.organisations_of(client).exclude(country="").first()
    return org.country if org else ""


def crisis_for(user: User | None, country: str | None = None) -> CrisisResources:
    """The crisis lines for this person: their organisation's own list for the country if an
    admin has set one, else attune's defaults (core/crisis.py), else the international ones."""
    signed_in = user is not None and user.is_authenticated
    chosen = country if country is not None else (_country(user) if signed_in else "")  # type: ignore[arg-type]
    defaults = resources_for(chosen)
    if not signed_in or not defaults.country:
        return defaults
    override = CrisisLines.objects.filter(
        organisation__in=people.organisations_of(user),  # type: ignore[arg-type]
        country=defaults.country,
    ).first()
    if override is None:
        return defaults
    lines = tuple(
        CrisisLine(ln["name"], ln["contact"], ln.get("note", "")) for ln in override.lines
    )
    return CrisisResources(defaults.country, override.emergency, lines)


def harm_lines_for(user: User | None, country: str | None = None) -> CrisisResources:
    """Lines for someone harmed by another person: the organisation's own list for the
    country if an admin has set one, else attune's defaults (core/harm_lines.py)."""
    signed_in = user is not None and user.is_authenticated
    chosen = country if country is not None else (_country(user) if signed_in else "")  # type: ignore[arg-type]
    defaults = harm_resources_for(chosen)
    if not signed_in or not defaults.country:
        return defaults
    override = HarmLines.objects.filter(
        organisation__in=people.organisations_of(user),  # type: ignore[arg-type]
        country=defaults.country,
    ).first()
    if override is None:
        return defaults
    lines = tuple(
        CrisisLine(ln["name"], ln["contact"], ln.get("note", "")) for ln in override.lines
    )
    return CrisisResources(defaults.country, override.emergency, lines)


def harm_lines_save(
    *, admin: User, organisation: Organisation, country: str, emergency: str, lines_text: str
) -> HarmLines:
    return _lines_save(
        HarmLines,
        admin=admin,
        organisation=organisation,
        country=country,
        emergency=emergency,
        lines_text=lines_text,
    )


def parse_lines(text: str) -> list[dict[str, str]]:
    """One line per helpline: "Name | number or website | note (optional)".

    The contact must be a phone number ("116 123"; "112 or 999" is two), a text short code
    with its keyword ("text SHOUT to 85258") or an https:// address, so every line renders
    as a working ``tel:``, ``sms:`` or web link (``core.contacts``)."""
    lines: list[dict[str, str]] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        parts = [part.strip() for part in raw.split("|")]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            problems.append(
                _("Line %(n)s needs a name and a number or website, separated by |.")
                % {"n": number}
            )
            continue
        if contacts.parse(parts[1]) is None:
            problems.append(
                _(
                    "Line %(n)s (%(name)s): “%(contact)s” is not a phone number (like "
                    "116 123), a text code with its keyword (like text SHOUT to 85258) or a "
                    "web address starting https://."
                )
                % {"n": number, "name": parts[0], "contact": parts[1]}
            )
            continue
        lines.append({"name": parts[0], "contact": parts[1], "note": " | ".join(parts[2:])})
    if problems:
        raise ValidationError({"lines": problems})
    if not lines or len(lines) > MAX_LINES:
        raise ValidationError(
            {"lines": _("Give between 1 and %(max)s helplines.") % {"max": MAX_LINES}}
        )
    return lines


def crisis_lines_save(
    *, admin: User, organisation: Organisation, country: str, emergency: str, lines_text: str
) -> CrisisLines:
    return _lines_save(
        CrisisLines,
        admin=admin,
        organisation=organisation,
        country=country,
        emergency=emergency,
        lines_text=lines_text,
    )


_Lines = TypeVar("_Lines", CrisisLines, HarmLines)


@transaction.atomic
def _lines_save(
    model: type[_Lines],
    *,
    admin: User,
    organisation: Organisation,
    country: str,
    emergency: str,
    lines_text: str,
) -> _Lines:
    """An organisation's own helplines for one country (crisis lines, or harm from others)."""
    if not people.organisations_of(admin, Role.ADMIN).filter(pk=organisation.pk).exists():
        raise PermissionDenied
    code = country.strip().upper()
    if resources_for(code).country != code:
        raise ValidationError({"country": _("Choose one of the listed countries.")})
    if not emergency.strip():
        raise ValidationError({"emergency": _("Give the emergency number.")})
    found = contacts.parse(emergency)
    if found is None or not all(link.href.startswith("tel:") for link in found):
        raise ValidationError(
            {
                "emergency": _(
                    "“%(emergency)s” is not a phone number. Write the number, or two "
                    "numbers joined by “or” (like 112 or 999)."
                )
                % {"emergency": emergency.strip()}
            }
        )
    record, _created = model.objects.update_or_create(
        organisation=organisation,
        country=code,
        defaults={
            "emergency": emergency.strip(),
            "lines": parse_lines(lines_text),
            "updated_by": admin,
        },
    )
    return record


# --- risk flags ---------------------------------------------------------------------------


def flag_acknowledge(*, clinician: User, flag: RiskFlag, note: str) -> None:
    if not people.clinician_treats(clinician, flag.client):
        raise PermissionDenied
    if not note.strip():
        raise ValidationError({"note": _("Say briefly how you followed this up.")})
    if flag.acknowledged_at is not None:
        raise ValidationError(_("This flag was already followed up."))
    flag.acknowledged_by = clinician
    flag.acknowledged_at = timezone.now()
    flag.acknowledgement_note = note.strip()
    flag.save(
        update_fields=["acknowledged_by", "acknowledged_at", "acknowledgement_note", "updated_at"]
    )


def _escalation_targets(flag: RiskFlag) -> list[str]:
    orgs = people.organisations_of(flag.client, Role.CLIENT)
    if settings.ATTUNE_FLAG_ESCALATE_TO == "clinicians":
        treating = set(people.clinicians_of(flag.client).values_list("pk", flat=True))
        members = Membership.objects.filter(organisation__in=orgs, role=Role.CLINICIAN).exclude(
            user_id__in=treating
        )
    else:
        members = Membership.objects.filter(organisation__in=orgs, role=Role.ADMIN)
    return sorted(set(members.filter(user__is_active=True).values_list("user__email", flat=True)))


def escalate_overdue_flags(now: datetime | None = None) -> int:
    """Flags nobody has followed up within ATTUNE_FLAG_ESCALATE_HOURS go to the org admins
    (or, when configured, the organisation's other clinicians). Each flag escalates once."""
    now = now or timezone.now()
    hours = settings.ATTUNE_FLAG_ESCALATE_HOURS
    due = RiskFlag.objects.filter(
        Q(acknowledged_at__isnull=True),
        Q(escalated_at__isnull=True),
        Q(disposition=""),
        created_at__lte=now - timedelta(hours=hours),
    ).select_related("client")
    sent = 0
    for flag in due:
        claimed = RiskFlag.objects.filter(pk=flag.pk, escalated_at__isnull=True).update(
            escalated_at=now
        )
        if not claimed:
            continue
        flag.escalated_at = now
        flag.save(update_fields=["escalated_at"])  # audited as a change to the record
        recipients = _escalation_targets(flag)
        if recipients:
            _send_escalation(recipients, hours)
        sent += 1
    return sent


def _send_escalation(recipients: list[str], hours: int) -> None:
    send_mail(
        subject=_("attune: a safety flag has waited more than %(h)s hours") % {"h": hours},
        message=_(
            "A safety flag for a client in your organisation has not been followed up within "
            "%(h)s hours. Please make sure someone follows it up today:\n%(url)s\n\n"
            "This email deliberately contains no client details."
        )
        % {"h": hours, "url": settings.BASE_URL + reverse("home")},
        from_email=None,
        recipient_list=recipients,
    )


CRISIS_ONCE_KEY = "show_support_once"


def remember_support(request: HttpRequest, response: SafetyResponse | None) -> None:
    """New words gave a concern: the next page the writer sees opens with its support block
    (``safety/_support.html``). Nothing to show: nothing remembered."""
    if response is not None:
        request.session[CRISIS_ONCE_KEY] = response.support


def crisis_once(request: HttpRequest, client: User) -> dict[str, Any]:
    """Context for ``safety/_support.html`` on the page after a save, then never again."""
    support = request.session.pop(CRISIS_ONCE_KEY, None)
    if not support:
        return {}
    return {"support": support}
