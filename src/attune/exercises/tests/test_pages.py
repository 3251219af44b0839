"""Guided body exercises in the browser without JavaScript: start, pace, finish, history."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.utils.html import escape
from django.utils.translation import override

from attune.audit.models import AuditEvent
from attune.exercises.catalogue import EXERCISES
from attune.exercises.models import ExerciseSession
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

NOTE = "Exnote-4471 my shoulders finally dropped"
UNKIND = ("fail", "missed", "streak", "broken", "overdue")


def _as(user: Any) -> Client:
    http = Client()
    http.force_login(user)
    return http


def _session(
    cast: Cast, slug: str = "box-breathing", before: int = 7, **extra: object
) -> ExerciseSession:
    return ExerciseSession.objects.create(
        client=cast.client, exercise=slug, distress_before=before, **extra
    )


def _html(response: Any) -> str:
    return str(response.content.decode())


def test_the_list_shows_every_exercise_with_minutes_and_a_description(cast: Cast) -> None:
    page = _as(cast.client).get("/exercises/")
    assert page.status_code == 200
    html = _html(page)
    with override("en"):
        for exercise in EXERCISES.values():
            assert f'href="/exercises/{exercise.slug}/"' in html
            assert escape(str(exercise.title)) in html
            assert escape(str(exercise.summary)) in html
    assert "About 4 minutes" in html and "About 7 minutes" in html


def test_an_exercise_page_gives_guidance_source_and_a_rating_before_starting(cast: Cast) -> None:
    html = _html(_as(cast.client).get("/exercises/progressive-muscle-relaxation/"))
    assert "How distressed do you feel right now? 0–10" in html
    assert "Jacobson" in html and "1938" in html
    assert "eyes open" in html
    assert "stop at any time" in html
    assert 'name="distress_before"' in html and html.count('type="radio"') == 11
    assert _as(cast.client).get("/exercises/no-such-thing/").status_code == 404


def test_starting_records_the_rating_and_opens_the_pacer(cast: Cast) -> None:
    http = _as(cast.client)
    response = http.post(
        "/exercises/box-breathing/", {"distress_before": "7", "submission_key": "k1"}
    )
    session = ExerciseSession.objects.get(client=cast.client)
    assert response.status_code == 302
    assert response["Location"] == f"/exercises/session/{session.pk}/"
    assert (session.exercise, session.distress_before) == ("box-breathing", 7)
    assert (session.distress_after, session.completed, session.stopped_early) == (
        None,
        False,
        False,
    )
    assert session.started_at is not None and session.finished_at is None
    # A double click sends the same form twice: still one session.
    again = http.post("/exercises/box-breathing/", {"distress_before": "7", "submission_key": "k1"})
    assert again["Location"] == response["Location"]
    assert ExerciseSession.objects.filter(client=cast.client).count() == 1


@pytest.mark.parametrize("value", ["11", "-1", "", "seven", "3.5"])
def test_a_bad_before_rating_is_named_and_stores_nothing(cast: Cast, value: str) -> None:
    response = _as(cast.client).post("/exercises/body-scan/", {"distress_before": value})
    assert response.status_code == 200
    assert "from 0 to 10" in _html(response)
    assert not ExerciseSession.objects.exists()


@pytest.mark.parametrize("slug", sorted(EXERCISES))
def test_the_pacer_page_lists_every_step_as_text_with_its_count(cast: Cast, slug: str) -> None:
    session = _session(cast, slug)
    html = _html(_as(cast.client).get(f"/exercises/session/{session.pk}/"))
    with override("en"):
        exercise = EXERCISES[slug]
        for step in exercise.steps:
            assert escape(str(step.text)) in html, step.text
            count = (
                f"(count to {step.seconds})" if step.counted else f"(about {step.seconds} seconds)"
            )
            assert count in html
    for block in exercise.blocks:
        if block.rounds > 1:
            assert f"Repeat these steps {block.rounds} times" in html
    # Without JavaScript: the steps, the finish form and the stop button are plain HTML.
    assert 'name="distress_after"' in html
    assert 'value="finished"' in html and 'value="stopped"' in html
    assert 'id="pacer" hidden' in html.replace("\n  ", " ")


def test_the_pacer_page_has_no_inline_script_or_style(cast: Cast) -> None:
    session = _session(cast)
    response = _as(cast.client).get(f"/exercises/session/{session.pk}/")
    html = _html(response)
    assert re.search(r'<script[^>]*src="/static/exercises/pacer\.js"[^>]*defer', html)
    # Data blocks (type="application/json", as json_script writes) are never executed.
    assert not re.search(r"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>", html)
    assert " style=" not in html and "<style" not in html
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_static_css_turns_the_animation_off_for_reduced_motion() -> None:
    css_path = finders.find("exercises/exercises.css")
    assert css_path
    css = Path(str(css_path)).read_text()
    block = re.search(
        r"@media\s*\(prefers-reduced-motion:\s*reduce\)\s*\{(?P<body>.*?)\n\}", css, re.S
    )
    assert block, "no reduced-motion rule"
    rule = re.search(r"\.pacer-shape\s*\{(?P<decl>[^}]*)\}", block["body"])
    assert rule
    assert "animation: none" in rule["decl"]
    assert "transition: none" in rule["decl"]


def test_static_js_follows_the_reduced_motion_preference() -> None:
    js_path = finders.find("exercises/pacer.js")
    assert js_path
    js = Path(str(js_path)).read_text()
    assert 'matchMedia("(prefers-reduced-motion: reduce)")' in js
    assert "is-reduced" in js
    assert "innerHTML" not in js and 'setAttribute("style"' not in js


def test_finishing_saves_the_after_rating_and_an_encrypted_note(cast: Cast) -> None:
    session = _session(cast, before=8)
    response = _as(cast.client).post(
        f"/exercises/session/{session.pk}/",
        {"distress_after": "3", "note": NOTE, "outcome": "finished"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/exercises/history/"
    session.refresh_from_db()
    assert (session.distress_after, session.completed, session.stopped_early) == (3, True, False)
    assert session.finished_at is not None
    assert session.note == NOTE
    html = _html(response)
    assert "Thank you for taking this time for yourself" in html
    assert "Distress before: 8, after: 3." in html
    assert NOTE in html  # the client reads their own note
    dumped = dump_database()
    assert "Exnote-4471" not in dumped
    assert "fernet:" in dumped


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"outcome": "finished"}, "Please choose how distressed you feel now"),
        ({"outcome": "finished", "distress_after": "11"}, "from 0 to 10"),
        ({"outcome": "stopped", "distress_after": "-1"}, "from 0 to 10"),
        ({"outcome": "finished", "distress_after": "4", "note": "x" * 4001}, "4000 characters"),
    ],
)
def test_a_bad_ending_is_named_and_changes_nothing(
    cast: Cast, body: dict[str, str], message: str
) -> None:
    session = _session(cast)
    response = _as(cast.client).post(f"/exercises/session/{session.pk}/", body)
    assert response.status_code == 200
    assert message in _html(response)
    session.refresh_from_db()
    assert session.finished_at is None and session.distress_after is None
    assert not session.completed and not session.stopped_early and session.note == ""


def test_stopping_early_is_fine_and_logged_kindly(cast: Cast) -> None:
    session = _session(cast, "body-scan", before=6)
    response = _as(cast.client).post(
        f"/exercises/session/{session.pk}/", {"outcome": "stopped"}, follow=True
    )
    session.refresh_from_db()
    assert (session.stopped_early, session.completed, session.distress_after) == (True, False, None)
    assert session.finished_at is not None
    html = _html(response)
    assert "Stopped early — that&#x27;s a good choice when you need it." in html
    for word in UNKIND:
        assert word not in html.lower()


def test_a_second_ending_changes_nothing(cast: Cast) -> None:
    session = _session(cast)
    http = _as(cast.client)
    http.post(f"/exercises/session/{session.pk}/", {"distress_after": "2", "outcome": "finished"})
    response = http.post(
        f"/exercises/session/{session.pk}/",
        {"distress_after": "9", "outcome": "stopped"},
        follow=True,
    )
    assert "already saved; nothing was changed" in _html(response)
    session.refresh_from_db()
    assert (session.distress_after, session.completed, session.stopped_early) == (2, True, False)


def test_history_shows_which_exercises_help_most(cast: Cast) -> None:
    for slug, before, after in [
        ("box-breathing", 7, 4),
        ("box-breathing", 6, 5),
        ("body-scan", 5, 6),
        ("grounding-5-4-3-2-1", 9, None),
    ]:
        _session(
            cast,
            slug,
            before,
            distress_after=after,
            completed=after is not None,
            stopped_early=after is None,
        )
    html = _html(_as(cast.client).get("/exercises/history/"))
    assert "So far, Box breathing has eased your distress the most." in html
    rows = re.findall(
        r"<tr>\s*<th scope=\"row\">(.*?)</th><td>(\d+)</td><td>(.*?)</td>"
        r"<td class=\"change-value\">(\S+?)</td>",
        html,
        re.S,
    )
    assert rows == [
        ("Box breathing", "2", "6.5 → 4.5", "+2.0"),
        ("Body scan", "1", "5 → 6", "−1.0"),
    ]
    assert "Distress eased by 2 points on average." in html
    assert "Distress rose by 1 point on average." in html
    assert "5-4-3-2-1 grounding" in html  # in recent sessions, with no after rating
    assert "Stopped early — that&#x27;s a good choice when you need it." in html
    for word in UNKIND:
        assert word not in html.lower()


def test_an_empty_history_is_welcoming(cast: Cast) -> None:
    html = _html(_as(cast.client).get("/exercises/history/"))
    assert "There is no right amount to practise." in html
    assert "<table" not in html


def test_another_client_gets_404_and_changes_nothing(cast: Cast) -> None:
    session = _session(cast, note=NOTE)
    http = _as(cast.other_client)
    assert http.get(f"/exercises/session/{session.pk}/").status_code == 404
    response = http.post(
        f"/exercises/session/{session.pk}/", {"distress_after": "0", "outcome": "finished"}
    )
    assert response.status_code == 404
    history = _html(http.get("/exercises/history/"))
    assert NOTE not in history and "Box breathing" not in history
    session.refresh_from_db()
    assert session.finished_at is None


@pytest.mark.parametrize("role", ["partner", "clinician", "facilitator", "admin"])
def test_client_pages_are_only_for_clients(cast: Cast, role: str) -> None:
    session = _session(cast)
    http = _as(getattr(cast, role))
    for url in (
        "/exercises/",
        "/exercises/box-breathing/",
        "/exercises/history/",
        f"/exercises/session/{session.pk}/",
    ):
        assert http.get(url).status_code == 403, url
    assert http.post("/exercises/box-breathing/", {"distress_before": "5"}).status_code == 403
    assert ExerciseSession.objects.count() == 1


def test_anonymous_visitors_are_sent_to_sign_in() -> None:
    response = Client().get("/exercises/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_clinician_sees_the_summary_without_notes_and_the_read_is_audited(cast: Cast) -> None:
    _session(cast, distress_after=2, completed=True, note=NOTE)
    html = _html(_as(cast.clinician).get(f"/clients/{cast.client.uuid}/exercises/"))
    assert "Box breathing" in html and "+5" in html
    assert NOTE not in html
    assert "Your note" not in html
    assert "Carry on with" not in html
    assert AuditEvent.objects.filter(
        actor_uuid=cast.clinician.uuid,
        subject_uuid=cast.client.uuid,
        action="read",
        object_type="exercises.exercisesession",
    ).exists()


@pytest.mark.parametrize(
    "role", ["other_clinician", "far_clinician", "partner", "other_client", "facilitator", "admin"]
)
def test_unrelated_people_cannot_see_a_clients_exercises(cast: Cast, role: str) -> None:
    _session(cast, distress_after=2, completed=True, note=NOTE)
    response = _as(getattr(cast, role)).get(f"/clients/{cast.client.uuid}/exercises/")
    assert response.status_code == 404
    assert b"Box breathing" not in response.content
    assert not AuditEvent.objects.filter(subject_uuid=cast.client.uuid, action="read").exists()


def test_a_session_of_a_retired_exercise_still_shows(cast: Cast) -> None:
    session = _session(cast)
    ExerciseSession.objects.filter(pk=session.pk).update(exercise="retired-exercise")
    page = _as(cast.client).get(f"/exercises/session/{session.pk}/")
    assert page.status_code == 200
    assert "retired-exercise" in _html(page)


def test_containment_skills_are_listed_beside_the_grounding_exercises(cast: Cast) -> None:
    html = _html(_as(cast.client).get("/exercises/"))
    assert "Containment skills" in html
    assert html.index("Containment skills") > html.index("5-4-3-2-1 grounding")
    assert 'href="/exercises/safe-place/"' in html and 'href="/exercises/container/"' in html


def test_a_containment_session_can_be_made_shorter_and_stopped_at_any_time(cast: Cast) -> None:
    session = _session(cast, "container")
    http = _as(cast.client)
    full = _html(http.get(f"/exercises/session/{session.pk}/"))
    with override("en"):
        optional = [str(s.text) for s in EXERCISES["container"].steps if s.optional]
    assert optional and all(escape(text) in full for text in optional)
    assert 'href="?version=short"' in full and "Make it shorter" in full
    short = _html(http.get(f"/exercises/session/{session.pk}/?version=short"))
    assert "You are doing the shorter version." in short
    assert not any(escape(text) in short for text in optional)
    assert 'value="stopped"' in short
    http.post(f"/exercises/session/{session.pk}/?version=short", {"outcome": "stopped"})
    session.refresh_from_db()
    assert session.stopped_early and not session.completed


def test_body_exercises_offer_no_shorter_version(cast: Cast) -> None:
    session = _session(cast, "box-breathing")
    assert "Make it shorter" not in _html(_as(cast.client).get(f"/exercises/session/{session.pk}/"))
