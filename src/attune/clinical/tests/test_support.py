"""Gaps in a support map: each kind of support, and the edges of each rule."""

from __future__ import annotations

import pytest

from attune.clinical.support import GAPS, NIGHT_PEOPLE, Person, gaps, ring_counts


def _p(role: str = "friend", ring: int = 1, *helps: str) -> Person:
    return Person(role, ring, frozenset(helps))


def test_an_empty_map_shows_every_gap_in_order() -> None:
    assert gaps([]) == list(GAPS)


def test_one_person_to_call_at_night_is_not_yet_enough() -> None:
    assert NIGHT_PEOPLE == 2
    assert "night" in gaps([_p("friend", 1, "night")])
    assert "night" not in gaps([_p("friend", 1, "night"), _p("family", 2, "night")])


def test_a_group_or_online_community_fills_the_group_gap() -> None:
    assert "group" in gaps([_p("peer", 3)])
    assert "group" not in gaps([_p("group", 3)])
    assert "group" not in gaps([_p("online", 3)])


def test_a_professional_or_someone_who_knows_fills_the_mental_health_gap() -> None:
    assert "mental_health" in gaps([_p("friend", 1, "listen")])
    assert "mental_health" not in gaps([_p("professional", 3)])
    assert "mental_health" not in gaps([_p("family", 2, "mental_health")])


def test_someone_to_do_things_with_fills_that_gap() -> None:
    assert "do_things" in gaps([_p("friend", 1, "listen")])
    assert "do_things" not in gaps([_p("friend", 1, "do_things")])


def test_a_full_map_has_no_gaps() -> None:
    full = [
        _p("friend", 1, "night", "do_things"),
        _p("family", 2, "night", "mental_health"),
        _p("online", 3, "belonging"),
    ]
    assert gaps(full) == []


def test_ring_counts_include_empty_rings() -> None:
    assert ring_counts([_p("friend", 1), _p("peer", 3)]) == {1: 1, 2: 0, 3: 1}


@pytest.mark.parametrize(
    ("role", "ring", "helps"),
    [("boss", 1, ()), ("friend", 0, ()), ("friend", 4, ()), ("friend", 1, ("flying",))],
)
def test_unknown_values_are_refused(role: str, ring: int, helps: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match=r"unknown|ring"):
        Person(role, ring, frozenset(helps))
