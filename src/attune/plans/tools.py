"""Steps open their tools: where each plan tool lives, and whether the person has used it.

A step names its tool (`clinical.plans.vocab.TOOLS`). The plan links a step to the tool's
page through `plan_step_open`, which remembers in the session which step was opened and
when. After the person saves something in that tool (or marks the step's article read), the
tool's page offers to count it for the step; counting is always the person's own tap
(`services.step_count`), never automatic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.apps import apps
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from attune.accounts.models import User
from attune.clinical.plans import Step

SESSION_KEY = "plan_step_open"
# Steps whose offer the person answered "Not now" to, this session.
DISMISSED_KEY = "plan_step_not_now"
ARTICLE = "article:"
EXERCISE = "exercise:"

# Engine exercise names -> the exercise catalogue's slugs (attune.exercises.catalogue).
EXERCISE_SLUGS = {
    "box_breathing": "box-breathing",
    "progressive_muscle_relaxation": "progressive-muscle-relaxation",
    "grounding_54321": "grounding-5-4-3-2-1",
    "body_scan": "body-scan",
    "extended_exhale": "extended-exhale",
    "mindful_sensuality": "mindful-sensuality",
    "safe_place": "safe-place",
    "container": "container",
}

# Plain tools -> the page that opens them.
TOOL_URLS = {
    "checkin": "checkin_today",
    "trigger_map": "trigger_new",
    "journal": "journal_new",
    "values": "values_home",
    "action_plan": "values_action_new",
    "anchors": "values_anchors",
    "experiment": "experiment_new",
    "conversation": "conversation_list",
    "circle": "circle_list",
}

# Plain tools -> the records that show the tool was used ("app_label.Model"). A tool not
# named here (circle) only links: nothing of the person's own is saved there.
TOOL_RECORDS: dict[str, tuple[str, ...]] = {
    "checkin": ("checkins.CheckIn",),
    "trigger_map": ("practice.Trigger",),
    "journal": ("journal.JournalEntry",),
    "values": ("valuework.ValuesRating", "valuework.ValueStatement"),
    "action_plan": ("valuework.ValueAction",),
    "anchors": ("valuework.Anchor", "valuework.Moment"),
    "experiment": ("practice.Experiment",),
    "conversation": ("partners.Conversation",),
}


OPEN_LABELS: dict[str, Promise] = {
    "article": _("Read the article"),
    "exercise": _("Start the exercise"),
    "checkin": _("Open today's check-in"),
    "trigger_map": _("Open the trigger map"),
    "journal": _("Open the journal"),
    "values": _("Open your values"),
    "action_plan": _("Plan a values action"),
    "anchors": _("Open your anchors"),
    "experiment": _("Plan an experiment"),
    "conversation": _("Open conversations"),
    "circle": _("Open peer circles"),
}


def open_label(tool: str) -> Promise:
    """The words on the link that opens a step's tool."""
    return OPEN_LABELS[tool.split(":", 1)[0]]


def tool_url(tool: str) -> str:
    """The page a step's tool opens on ("" for a tool with no page of its own)."""
    if tool.startswith(ARTICLE):
        return reverse("library_article", kwargs={"slug": tool.removeprefix(ARTICLE)})
    if tool.startswith(EXERCISE):
        slug = EXERCISE_SLUGS.get(tool.removeprefix(EXERCISE))
        return reverse("exercise_detail", kwargs={"exercise": slug}) if slug else ""
    name = TOOL_URLS.get(tool)
    return reverse(name) if name else ""


def opens(tool: str) -> bool:
    """Whether the step's tool has a page to open."""
    return tool.startswith((ARTICLE, EXERCISE)) or tool in TOOL_URLS


def countable(tool: str) -> bool:
    """Whether using this tool leaves a record of the person's own that can count a step."""
    return tool.startswith((ARTICLE, EXERCISE)) or tool in TOOL_RECORDS


def matches(page_tool: str, step_tool: str) -> bool:
    """Whether a tool page ("experiment", "exercise", "article:<slug>") serves a step tool."""
    if page_tool == "exercise":
        return step_tool.startswith(EXERCISE)
    return page_tool == step_tool


def used_since(client: User, tool: str, since: datetime) -> bool:
    """Whether the client saved something with this tool at or after `since`."""
    if tool.startswith(ARTICLE):
        read = apps.get_model("practice", "ArticleRead")
        return bool(read.objects.filter(client=client, slug=tool.removeprefix(ARTICLE)).exists())
    if tool.startswith(EXERCISE):
        session = apps.get_model("exercises", "ExerciseSession")
        slug = EXERCISE_SLUGS.get(tool.removeprefix(EXERCISE), "")
        return bool(
            session.objects.filter(client=client, exercise=slug, created_at__gte=since).exists()
        )
    for label in TOOL_RECORDS.get(tool, ()):
        model = apps.get_model(label)
        if model.objects.filter(client=client, updated_at__gte=since).exists():
            return True
    return False


@dataclass(frozen=True)
class Opened:
    """The step last opened from the plan, kept in the session."""

    step_id: str
    tool: str
    at: datetime


def remember_opened(session: Any, step: Step) -> None:
    dismissed = session.get(DISMISSED_KEY, [])
    if step.id in dismissed:
        session[DISMISSED_KEY] = [s for s in dismissed if s != step.id]
    session[SESSION_KEY] = {
        "step": step.id,
        "tool": step.tool,
        "at": timezone.now().isoformat(),
    }


def opened(session: Any) -> Opened | None:
    data = session.get(SESSION_KEY)
    if not isinstance(data, dict):
        return None
    at = parse_datetime(str(data.get("at", "")))
    step_id, tool = data.get("step"), data.get("tool")
    if at is None or not isinstance(step_id, str) or not isinstance(tool, str):
        return None
    return Opened(step_id, tool, at)


def forget_opened(session: Any) -> None:
    session.pop(SESSION_KEY, None)


def not_now(session: Any, step_id: str) -> None:
    """Stop offering this step's count for the rest of the session."""
    dismissed = [s for s in session.get(DISMISSED_KEY, []) if isinstance(s, str)]
    session[DISMISSED_KEY] = [*dismissed, step_id][-50:]
    forget_opened(session)
