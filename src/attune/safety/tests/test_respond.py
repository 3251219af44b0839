"""screen_and_respond: new words only, what each finding leads to, one open flag per entry;
the ASQ answered over the API and on the page; harm-from-others lines."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from attune.accounts import services as accounts
from attune.accounts.models import ClientProfile, User
from attune.clinical.safety import Match, ScreeningResult
from attune.safety import services
from attune.safety.models import AsqScreen, HarmLines, RiskFlag
from conftest import Cast, dump_database

pytestmark = pytest.mark.django_db

HIGH = "I want to kill myself tonight."
POSSIBLE = "I feel like everyone would be better off without me."
BENIGN = "Made soup and called my sister."


def _api(user: User) -> tuple[Client, dict[str, str]]:
    return Client(), {"HTTP_AUTHORIZATION": f"Bearer {accounts.api_token_create(user=user)}"}


def _respond(cast: Cast, texts: list[str], **kw: Any) -> services.SafetyResponse | None:
    kw.setdefault("source", "journal")
    kw.setdefault("context", "journal")
    return services.screen_and_respond(writer=cast.client, texts=texts, **kw)


def fake_screen(harm: str) -> Any:
    """A screen that finds harm from others in any text holding "HARM" (the real screen's
    harm detection is being built elsewhere; the decision here is what is tested)."""

    def screen(text: str, *, context: str = "free", semantic: bool = True) -> ScreeningResult:
        at = text.find("HARM")
        if at < 0:
            return ScreeningResult(risk="none", context=context)
        match = Match("third_party", "possible", "HARM", at, at + 4, "fake_harm")
        return ScreeningResult(
            risk="none",
            harm_from_others=harm,
            context=context,
            matches=[match],
        )

    return screen


# --- screening and deciding ---------------------------------------------------------------


def test_high_risk_gets_the_crisis_response_and_one_flag_with_its_details(
    cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    ClientProfile.objects.filter(client=cast.client).update(country="IE")
    with django_capture_on_commit_callbacks(execute=True):
        got = _respond(cast, [BENIGN + " " + HIGH], entry_key="journal.entry:7")
    assert got is not None and got.level == "high" and got.concern == "self"
    support = got.support
    assert support["ask"] is None and support["clinician_told"] is True
    assert "ending your life" in support["message"]
    assert support["emergency_numbers"] == ["112", "999"]  # Ireland: two numbers, two links
    assert any(line["contact"] == "116 123" for line in support["lines"])
    flag = RiskFlag.objects.get(client=cast.client)
    assert (flag.level, flag.concern, flag.source, flag.entry_key) == (
        "high",
        "self",
        "journal",
        "journal.entry:7",
    )
    assert flag.category and flag.sentence == HIGH
    assert "kill myself" not in dump_database()  # the sentence is stored encrypted
    assert [m.to for m in mail.outbox] == [[cast.clinician.email]]
    assert "kill" not in mail.outbox[0].body and cast.client.email not in mail.outbox[0].body


def test_possible_risk_asks_the_asq_and_raises_no_flag(cast: Cast) -> None:
    got = _respond(cast, [POSSIBLE], entry_key="journal.entry:8")
    assert got is not None and got.level == "possible" and got.concern == "self"
    ask = got.support["ask"]
    assert [q["id"] for q in ask["questions"]] == ["q1", "q2", "q3", "q4", "q5"]
    assert ask["answer_at"] == "/api/v1/safety/asq" and ask["entry_key"] == "journal.entry:8"
    assert "in writing" in ask["note"]
    assert "ending your life" not in got.support["message"]  # that wording is for high only
    assert got.support["clinician_told"] is False
    assert not RiskFlag.objects.exists()


def test_only_new_words_count_on_an_edit(cast: Cast) -> None:
    key = "journal.entry:9"
    assert _respond(cast, [BENIGN], entry_key=key) is None
    assert _respond(cast, [BENIGN + " Slept well."], before=[BENIGN], entry_key=key) is None
    first = _respond(cast, [BENIGN + " " + HIGH], before=[BENIGN], entry_key=key)
    assert first is not None and first.level == "high"
    # Fixing a typo elsewhere, or saving again: the risky sentence was already there.
    again = _respond(cast, ["Made soup, called my sister. " + HIGH], before=[BENIGN + " " + HIGH])
    assert again is None
    assert RiskFlag.objects.count() == 1


def test_one_entry_holds_at_most_one_open_flag(cast: Cast) -> None:
    key = "checkins.checkin:3"
    _respond(cast, [HIGH], entry_key=key)
    _respond(cast, [HIGH + " I have pills saved up."], before=[HIGH], entry_key=key)
    assert RiskFlag.objects.filter(entry_key=key).count() == 1
    RiskFlag.objects.update(disposition="not_a_concern")
    _respond(cast, ["I will end it this weekend."], before=[HIGH], entry_key=key)
    assert RiskFlag.objects.filter(entry_key=key).count() == 2


def test_a_disclosure_of_harm_from_others_gets_its_own_help_and_flag(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("attune.safety.services.screen_text", fake_screen("disclosed"))
    ClientProfile.objects.filter(client=cast.client).update(country="GB")
    got = _respond(cast, ["He HARM me again."], source="checkin", entry_key="checkins.checkin:1")
    assert got is not None and (got.level, got.concern) == ("high", "others")
    names = [line["name"] for line in got.support["lines"]]
    assert "National Domestic Abuse Helpline" in names
    assert got.support["ask"] is None
    assert "not your fault" in got.support["message"]
    flag = RiskFlag.objects.get()
    assert flag.concern == "others" and flag.category == "harm_from_others"
    assert flag.source == "checkin"


def test_possible_harm_shows_help_without_a_flag(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("attune.safety.services.screen_text", fake_screen("possible"))
    got = _respond(cast, ["Sometimes HARM."])
    assert got is not None and (got.level, got.concern) == ("possible", "others")
    assert got.support["clinician_told"] is False
    assert not RiskFlag.objects.exists()
    # The same words saved again: nothing new.
    assert _respond(cast, ["Sometimes HARM."], before=["Sometimes HARM."]) is None


# --- the ASQ over the API -----------------------------------------------------------------


def _answers(four: tuple[bool, ...], q5: bool | None) -> dict[str, Any]:
    out: dict[str, Any] = {f"q{i}": v for i, v in enumerate(four, start=1)}
    if q5 is not None:
        out["q5"] = q5
    return out


@pytest.mark.parametrize("four", list(itertools.product([False, True], repeat=4)))
@pytest.mark.parametrize("q5", [None, False, True])
def test_the_asq_endpoint_returns_the_published_outcome_for_every_pattern(
    cast: Cast, four: tuple[bool, ...], q5: bool | None
) -> None:
    http, auth = _api(cast.client)
    response = http.post(
        "/api/v1/safety/asq",
        {"answers": _answers(four, q5), "source": "journal"},
        content_type="application/json",
        **auth,
    )
    if any(four) and q5 is None:
        assert response.status_code == 422
        assert "answers.q5" in response.json()["errors"]
        assert not AsqScreen.objects.exists() and not RiskFlag.objects.exists()
        return
    assert response.status_code == 200, response.content
    body = response.json()
    if not any(four) and not q5:
        assert body["result"] == "negative" and body["support"] is None
        assert not RiskFlag.objects.exists()
        assert AsqScreen.objects.get().result == "negative"
        return
    expected = "acute_positive" if q5 else "non_acute_positive"
    assert body["result"] == expected
    support = body["support"]
    assert support["level"] == "high" and support["lines"] and support["ask"] is None
    flag = RiskFlag.objects.get(client=cast.client)
    assert flag.level == ("urgent" if q5 else "asked_positive")
    assert flag.asq_answers == {**_answers(four, None), "q5": q5}
    assert flag.asq_result == expected and flag.source == "journal"
    assert AsqScreen.objects.get().flag == flag


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"q1": False, "q2": False, "q3": False, "q4": False, "q9": True}, "answers.q9"),
        ({"q1": "no", "q2": False, "q3": False, "q4": False}, "answers.q1"),
        ({"q1": False, "q2": 1, "q3": False, "q4": False}, "answers.q2"),
        ({"q1": False, "q2": False, "q4": False}, "answers.q3"),
        ({"q1": False, "q2": False, "q3": False, "q4": False, "q5": "maybe"}, "answers.q5"),
        ({"q1": False, "q2": False, "q3": False, "q4": True}, "answers.q5"),
    ],
)
def test_malformed_answers_are_refused_naming_the_field(
    cast: Cast, answers: dict[str, Any], field: str
) -> None:
    http, auth = _api(cast.client)
    response = http.post(
        "/api/v1/safety/asq", {"answers": answers}, content_type="application/json", **auth
    )
    assert response.status_code == 422
    assert field in response.json()["errors"], response.json()
    assert not AsqScreen.objects.exists() and not RiskFlag.objects.exists()


def test_an_unknown_top_level_key_or_no_answers_is_refused(cast: Cast) -> None:
    http, auth = _api(cast.client)
    odd = http.post("/api/v1/safety/asq", {"answer": {}}, content_type="application/json", **auth)
    assert odd.status_code == 422 and "answer" in odd.json()["errors"]
    none = http.post("/api/v1/safety/asq", {}, content_type="application/json", **auth)
    assert none.status_code == 422 and "answers" in none.json()["errors"]


def test_declining_counts_as_a_positive_screen(cast: Cast) -> None:
    http, auth = _api(cast.client)
    response = http.post(
        "/api/v1/safety/asq",
        {"declined": True, "source": "checkin", "entry_key": "checkins.checkin:4"},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["result"] == "non_acute_positive" and body["declined"] is True
    assert body["support"]["lines"]
    flag = RiskFlag.objects.get()
    assert flag.asq_result == "declined" and flag.level == "asked_positive"
    assert AsqScreen.objects.get().result == "declined"


def test_acute_positive_puts_the_emergency_number_first(cast: Cast) -> None:
    ClientProfile.objects.filter(client=cast.client).update(country="IE")
    http, auth = _api(cast.client)
    body = http.post(
        "/api/v1/safety/asq",
        {"answers": {"q1": True, "q2": False, "q3": True, "q4": False, "q5": True}},
        content_type="application/json",
        **auth,
    ).json()
    assert body["result"] == "acute_positive"
    assert body["support"]["emergency_numbers"] == ["112", "999"]
    assert body["support"]["asq_result"] == "acute_positive"
    assert "emergency" in body["support"]["message"]


def test_answers_only_ever_touch_the_answerers_own_record(cast: Cast) -> None:
    RiskFlag.objects.create(
        client=cast.client, reason="journal_risk_language", entry_key="journal.entry:1"
    )
    assert Client().post("/api/v1/safety/asq", {}, content_type="application/json").status_code in (
        401,
        403,
    )
    http, auth = _api(cast.other_client)
    response = http.post(
        "/api/v1/safety/asq",
        {
            "answers": {"q1": True, "q2": True, "q3": True, "q4": True, "q5": True},
            "entry_key": "journal.entry:1",
        },
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 200
    mine = RiskFlag.objects.get(client=cast.client)
    assert mine.level == "high" and mine.asq_answers is None  # untouched
    assert RiskFlag.objects.get(client=cast.other_client).level == "urgent"


# --- the ASQ on the page --------------------------------------------------------------------


def _signed_in(user: User) -> Client:
    http = Client()
    http.force_login(user)
    return http


def test_all_no_on_the_page_thanks_warmly_without_a_crisis_box_or_flag(cast: Cast) -> None:
    http = _signed_in(cast.client)
    answers = {"q1": "no", "q2": "no", "q3": "no", "q4": "no"}
    page = http.post(
        "/safety/asq/",
        {**answers, "next": "/checkin/insights/", "source": "checkin"},
        follow=True,
    ).content.decode()
    assert "Thank you for answering" in page and 'data-support="asq-negative"' in page
    assert "crisis-lines" not in page
    assert not RiskFlag.objects.exists()
    screen = AsqScreen.objects.get(client=cast.client)
    assert screen.result == "negative" and screen.flag is None


def test_a_missing_answer_on_the_page_asks_again_and_records_nothing(cast: Cast) -> None:
    http = _signed_in(cast.client)
    page = http.post(
        "/safety/asq/",
        {"q1": "yes", "q2": "no", "q3": "no", "q4": "no", "next": "/checkin/insights/"},
        follow=True,
    ).content.decode()
    assert 'role="alert"' in page and 'name="q5"' in page
    assert not AsqScreen.objects.exists() and not RiskFlag.objects.exists()


def test_the_page_form_never_redirects_off_site(cast: Cast) -> None:
    http = _signed_in(cast.client)
    response = http.post(
        "/safety/asq/",
        {"q1": "no", "q2": "no", "q3": "no", "q4": "no", "next": "https://evil.example/"},
    )
    assert response.status_code == 302 and "evil" not in response["Location"]


# --- harm-from-others lines -----------------------------------------------------------------


def test_an_admin_sets_harm_lines_and_others_are_refused(cast: Cast) -> None:
    for outsider in (cast.client, cast.clinician, cast.partner, cast.facilitator):
        assert _signed_in(outsider).get("/organisation/harm-lines/").status_code == 403
    http = _signed_in(cast.admin)
    page = http.get("/organisation/harm-lines/").content.decode()
    assert "Women&#x27;s Aid" in page or "Women's Aid" in page
    bad = http.post("/organisation/harm-lines/", {"country": "GB", "emergency": "999", "lines": ""})
    assert bad.status_code == 200 and not HarmLines.objects.exists()
    saved = http.post(
        "/organisation/harm-lines/",
        {"country": "GB", "emergency": "999", "lines": "Local refuge | 0800 000 111 | 24/7"},
    )
    assert saved.status_code == 302
    ClientProfile.objects.filter(client=cast.client).update(country="GB")
    lines = services.harm_lines_for(cast.client)
    assert [line.name for line in lines.lines] == ["Local refuge"]


def test_sms_and_two_number_emergency_links() -> None:
    from attune.safety.templatetags.safety import contact_links

    assert contact_links("text START to 88788") == [
        {"href": "sms:88788?body=START", "label": "text START to 88788"}
    ]
    assert [link["href"] for link in contact_links("112 or 999")] == ["tel:112", "tel:999"]
    assert contact_links("1-800-799-7233")[0]["href"] == "tel:18007997233"
    assert contact_links("findahelpline.com")[0]["href"] == "https://findahelpline.com"


def test_an_unknown_source_is_refused_naming_it(cast: Cast) -> None:
    http, auth = _api(cast.client)
    response = http.post(
        "/api/v1/safety/asq",
        {"answers": {"q1": False, "q2": False, "q3": False, "q4": False}, "source": "diary"},
        content_type="application/json",
        **auth,
    )
    assert response.status_code == 422 and "source" in response.json()["errors"]
    assert not AsqScreen.objects.exists()


def test_the_sources_the_api_accepts_match_the_flag_sources() -> None:
    from typing import get_args

    from attune.safety.api import AsqSource

    assert set(RiskFlag.Source.values) <= set(get_args(AsqSource))


def test_the_page_form_needs_a_signed_in_writer_and_touches_only_their_record(
    cast: Cast,
) -> None:
    RiskFlag.objects.create(
        client=cast.client, reason="journal_risk_language", entry_key="journal.entry:1"
    )
    yes = {"q1": "yes", "q2": "yes", "q3": "yes", "q4": "yes", "q5": "yes"}
    anonymous = Client().post("/safety/asq/", {**yes, "entry_key": "journal.entry:1"})
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    _signed_in(cast.other_client).post("/safety/asq/", {**yes, "entry_key": "journal.entry:1"})
    mine = RiskFlag.objects.get(client=cast.client)
    assert mine.level == "high" and mine.asq_answers is None
    assert not AsqScreen.objects.filter(client=cast.client).exists()
    assert RiskFlag.objects.get(client=cast.other_client).level == "urgent"


def test_high_risk_and_harm_from_others_together_show_both_kinds_of_help(
    cast: Cast, monkeypatch: pytest.MonkeyPatch
) -> None:
    harm = fake_screen("disclosed")

    def both(text: str, *, context: str = "free", semantic: bool = True) -> ScreeningResult:
        found: ScreeningResult = harm(text, context=context)
        at = text.find("DIE")
        if at < 0:
            return found
        match = Match("suicidal_ideation", "high", "DIE", at, at + 3, "fake_si")
        return ScreeningResult(
            risk="high",
            harm_from_others=found.harm_from_others,
            context=context,
            matches=[*found.matches, match],
        )

    monkeypatch.setattr("attune.safety.services.screen_text", both)
    ClientProfile.objects.filter(client=cast.client).update(country="GB")
    got = _respond(cast, ["He HARM me. I want to DIE."])
    assert got is not None and (got.level, got.concern) == ("high", "self")
    names = [line["name"] for line in got.support["lines"]]
    assert "Samaritans" in names and "National Domestic Abuse Helpline" in names
    assert RiskFlag.objects.get().concern == "self"
