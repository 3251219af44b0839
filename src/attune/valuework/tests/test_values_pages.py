"""Rating the ten areas, the gap chart, history and value statements (web pages)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from attune.checkins.services import client_today
from attune.safety.models import RiskFlag
from attune.valuework.models import ValuesRating, ValueStatement
from conftest import Cast

from .helpers import rating_form, signed_in

pytestmark = pytest.mark.django_db

UNKIND = ("fail", "missed", "overdue", "streak", "broken")


def test_client_rates_the_ten_areas_and_sees_the_gaps(cast: Cast) -> None:
    http = signed_in(cast.client)
    form = http.get("/values/rate/")
    assert form.status_code == 200
    assert form.content.decode().count('type="radio"') == 200  # 20 questions x 10 choices
    response = http.post("/values/rate/", rating_form())
    assert response.status_code == 302
    rating = ValuesRating.objects.get(client=cast.client)
    assert rating.day == client_today(cast.client)
    assert (rating.intimate_importance, rating.intimate_consistency) == (9, 3)
    assert rating.gap("intimate") == 6
    assert rating.gap("education") == -1
    page = http.get("/values/").content.decode()
    assert 'role="img"' in page and "<desc" in page and "chart-bar" in page
    assert "gap 6" in page and "gap −1" in page
    # The biggest gaps come first, with a way to plan a step for each.
    biggest = page.split("Where a small step might matter most")[1]
    assert biggest.index("Marriage, couple or intimate") < biggest.index("Recreation and fun")
    assert "/values/actions/new/?area=intimate" in page
    assert "Valued Living Questionnaire (Wilson, Sandoz, Kitchens and Roberts, 2010)" in page
    for word in UNKIND:
        assert word not in page.lower()


def test_rating_again_the_same_day_changes_it_instead_of_adding_one(cast: Cast) -> None:
    http = signed_in(cast.client)
    http.post("/values/rate/", rating_form())
    page = http.get("/values/rate/").content.decode()
    assert "You rated your values today already" in page
    assert re.search(r'name="intimate_importance" value="9"[^>]*checked', page)
    http.post("/values/rate/", rating_form(work_consistency=9))
    assert ValuesRating.objects.filter(client=cast.client).count() == 1
    assert ValuesRating.objects.get(client=cast.client).work_consistency == 9


@pytest.mark.parametrize(
    ("field", "value"),
    [("family_importance", "11"), ("self_care_consistency", "0"), ("work_importance", "")],
)
def test_a_rating_outside_one_to_ten_is_refused_and_nothing_is_stored(
    cast: Cast, field: str, value: str
) -> None:
    response = signed_in(cast.client).post("/values/rate/", rating_form(**{field: value}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose a number from 1 to 10." in html
    assert f'id="id_{field}-error"' in html
    assert not ValuesRating.objects.exists()


def test_history_shows_each_rating_and_one_area_on_request(cast: Cast) -> None:
    today = client_today(cast.client)
    for weeks, friends in ((2, 2), (1, 5)):
        ValuesRating.objects.create(
            client=cast.client,
            day=today - timedelta(weeks=weeks),
            **{k: int(v) for k, v in rating_form(friends_consistency=friends).items()},
        )
    http = signed_in(cast.client)
    page = http.get("/values/").content.decode()
    assert "Your ratings over time: average of the ten areas" in page
    assert "not a questionnaire score" in page
    one = http.get("/values/", {"area": "friends"}).content.decode()
    assert "Your ratings over time: Friendships and social life" in one
    assert "<td>2</td>" in one and "<td>5</td>" in one
    odd = http.get("/values/", {"area": "<script>"})
    assert odd.status_code == 200 and b"<script>" not in odd.content


def test_statements_are_saved_changed_and_removed(cast: Cast) -> None:
    http = signed_in(cast.client)
    http.post("/values/statements/", {"statement_friends": "  Stay in touch and listen.  "})
    statement = ValueStatement.objects.get(client=cast.client)
    assert (statement.domain, statement.text) == ("friends", "Stay in touch and listen.")
    assert "Stay in touch and listen." in http.get("/values/statements/").content.decode()
    http.post("/values/statements/", {"statement_work": "Be fair."})
    assert ValueStatement.objects.count() == 2  # an area not sent is kept, not erased
    http.post("/values/statements/", {"statement_friends": "", "statement_work": "Be fair."})
    assert list(ValueStatement.objects.values_list("domain", flat=True)) == ["work"]


def test_a_statement_too_long_is_refused_and_nothing_changes(cast: Cast) -> None:
    http = signed_in(cast.client)
    http.post("/values/statements/", {"statement_work": "Be fair."})
    response = http.post(
        "/values/statements/", {"statement_work": "", "statement_family": "x" * 2001}
    )
    assert response.status_code == 200
    assert b"at most 2000 characters" in response.content
    assert ValueStatement.objects.get().text == "Be fair."


def test_statements_follow_the_latest_importance_order(cast: Cast) -> None:
    http = signed_in(cast.client)
    http.post("/values/rate/", rating_form())
    page = http.get("/values/statements/").content.decode()
    assert page.index('name="statement_intimate"') < page.index('name="statement_parenting"')
    assert "You rated its importance 9 out of 10." in page


def test_risk_language_in_a_statement_shows_crisis_lines_and_raises_a_flag(cast: Cast) -> None:
    http = signed_in(cast.client)
    response = http.post(
        "/values/statements/",
        {"statement_intimate": "Without love I want to kill myself"},
        follow=True,
    )
    html = response.content.decode()
    assert "carry this alone" in html and "crisis-lines" in html
    assert "help-now" in html
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.reason == "values_risk_language"
    assert ValueStatement.objects.filter(client=cast.client).exists()  # saving is never blocked
    # Shown once, not on every later page.
    assert "Thank you for writing this down" not in http.get("/values/").content.decode()


def test_only_clients_have_values_pages(cast: Cast) -> None:
    for person in (cast.partner, cast.clinician, cast.facilitator, cast.admin):
        http = signed_in(person)
        for url in ("/values/", "/values/rate/", "/values/statements/", "/values/actions/"):
            assert http.get(url).status_code == 403, (person, url)
        assert http.post("/values/rate/", rating_form()).status_code == 403
    assert not ValuesRating.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in() -> None:
    from django.test import Client

    response = Client().get("/values/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
