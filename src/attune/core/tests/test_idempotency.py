"""An acknowledged write and its idempotency key commit together or not at all."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import IntegrityError, transaction

from attune.accounts import services
from attune.accounts.models import Organisation
from attune.core import idempotency
from attune.core.idempotency import IdempotencyKey


@pytest.fixture
def person(db: None) -> Any:
    org = services.organisation_get_or_create(slug="idem")
    return services.user_create(email="idem@example.test", role="client", organisation=org)


def _write(slug: str) -> Any:
    def write() -> dict[str, Any]:
        org = Organisation.objects.create(slug=slug, name=slug)
        return {"id": org.pk}

    return write


def _call(person: Any, slug: str, key: str = "k-1") -> idempotency.Replay:
    return idempotency.replay_or_write(
        user=person, scope="test.create", key=key, payload={"slug": "x"}, write=_write(slug)
    )


def test_record_is_rolled_back_when_its_key_cannot_be_stored(
    person: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**kwargs: Any) -> None:
        raise IntegrityError("key table refused the row")

    monkeypatch.setattr(idempotency, "remember", broken)
    monkeypatch.setattr(idempotency, "find_replay", lambda **kwargs: None)
    with pytest.raises(IntegrityError):
        _call(person, "first")
    assert not Organisation.objects.filter(slug="first").exists()
    assert not IdempotencyKey.objects.exists()


def test_retry_after_a_lost_answer_replays_it_and_writes_nothing(person: Any) -> None:
    first = _call(person, "first")
    again = _call(person, "second")
    assert again == first
    assert not Organisation.objects.filter(slug="second").exists()
    assert IdempotencyKey.objects.filter(user=person, key="k-1").count() == 1


def test_racing_retry_loses_to_the_unique_key_and_gets_the_winners_answer(
    person: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    winner = _call(person, "winner")
    real_find = idempotency.find_replay
    calls: list[int] = []

    def not_yet_committed(**kwargs: Any) -> idempotency.Replay | None:
        # The racing request looked before the winner committed: it saw no key.
        calls.append(1)
        return None if len(calls) == 1 else real_find(**kwargs)

    monkeypatch.setattr(idempotency, "find_replay", not_yet_committed)
    answer = _call(person, "loser")
    assert answer == winner
    assert not Organisation.objects.filter(slug="loser").exists()
    assert IdempotencyKey.objects.filter(user=person, key="k-1").count() == 1


def test_key_table_refuses_a_second_row_for_the_same_key(person: Any) -> None:
    _call(person, "first")
    with pytest.raises(IntegrityError), transaction.atomic():
        IdempotencyKey.objects.create(
            user=person, scope="test.create", key="k-1", request_hash="x", status=201, response="{}"
        )
