"""Small helpers shared by the content modules."""

from __future__ import annotations

from attune.clinical.plans.profile import LifeStage
from attune.clinical.plans.spec import StepSpec
from attune.clinical.plans.vocab import PhaseKey, Pillar


def article(
    slug: str,
    phase: PhaseKey,
    title: str,
    how: str,
    notice: str,
    *,
    basis: str = "",
    after: tuple[str, ...] = (),
) -> StepSpec:
    return StepSpec(
        key=f"read-{slug}",
        phase=phase,
        pillar=Pillar.LEARNING,
        title=title,
        difficulty=5,
        tool=f"article:{slug}",
        how=how,
        notice=notice,
        after=after,
        basis=basis,
    )


# Where to meet people, by life stage (used in social steps).
ARENAS: dict[LifeStage, str] = {
    LifeStage.EMERGING_ADULT: (
        "a club, society, team or course at college or work, or an online community "
        "that also meets in person"
    ),
    LifeStage.ADULT: "an interest group, evening class, sports club or volunteering shift",
    LifeStage.MIDLIFE: (
        "a group that fits around work and caring: an evening class, a walking group, "
        "a choir or a hobby club"
    ),
    LifeStage.LATER_LIFE: (
        "a community centre, library or faith group, a choir, a walking group or a "
        "volunteering role"
    ),
}
