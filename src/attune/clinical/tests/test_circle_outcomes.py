from __future__ import annotations

from attune.clinical.circle_outcomes import K_MIN, MemberSeries, circle_outcome


def _member(before: int, after: int) -> MemberSeries:
    values = {"sexual_loneliness": [before], "emotional_loneliness": [before]}
    return MemberSeries(baseline=values, recent={k: [after] for k in values})


def test_mean_change_is_reported_for_five_members() -> None:
    members = [_member(8, 6), _member(6, 5), _member(7, 7), _member(9, 5), _member(5, 4)]
    result = circle_outcome(members)
    sexual = result.changes[0]
    assert not result.suppressed
    assert sexual.contributors == 5 and sexual.mean_change == -1.6


def test_four_members_are_suppressed_whatever_their_data() -> None:
    result = circle_outcome([_member(8, 2)] * (K_MIN - 1))
    assert result.suppressed
    assert all(c.mean_change is None for c in result.changes)


def test_a_dimension_with_too_few_contributors_is_suppressed_alone() -> None:
    members = [_member(8, 6)] * 5
    result = circle_outcome(members)
    social = next(c for c in result.changes if c.dimension == "social_loneliness")
    assert social.contributors == 0 and social.suppressed
    assert result.changes[0].mean_change == -2.0


def test_a_member_without_a_baseline_does_not_count() -> None:
    members = [_member(8, 6)] * 4 + [MemberSeries({}, {"sexual_loneliness": [3]})]
    assert circle_outcome(members).changes[0].suppressed
