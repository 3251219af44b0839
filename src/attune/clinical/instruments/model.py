"""Types for the instrument catalogue: one declaration per instrument, CamCOPS style.

An `Instrument` holds everything except the item wording: items with their valid answer
codes, the scoring function, bands (the same ranges draw the band lines on charts),
critical items, citation, licence, LOINC codes and the norms used for reliable change.
Wording and answer labels live in JSON data files (see `wording.py`).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

Number = int | float
Answers = tuple[int, ...]


class Direction(StrEnum):
    """Which way a total moves when the person is doing better."""

    LOWER_IS_BETTER = "lower_is_better"
    HIGHER_IS_BETTER = "higher_is_better"


@dataclass(frozen=True)
class Citation:
    authors: str
    year: int
    title: str
    journal: str
    doi: str | None = None


@dataclass(frozen=True)
class Licence:
    text: str
    requires_permission: bool
    non_commercial_only: bool = False


@dataclass(frozen=True)
class Item:
    number: int
    min_code: int
    max_code: int
    loinc: str | None = None
    # A critical item raises this flag whenever its answer is above its lowest code.
    critical_flag: str | None = None

    @property
    def codes(self) -> range:
        return range(self.min_code, self.max_code + 1)


@dataclass(frozen=True)
class Band:
    """A severity band on the instrument's band scale.

    `lower`/`upper` are the band's limits (inclusive unless marked open). A band with no
    limits is decided by a rule (ASEX) and has no line on a chart.
    """

    id: str
    lower: float | None = None
    upper: float | None = None
    lower_open: bool = False
    upper_open: bool = False

    def contains(self, value: float) -> bool:
        if self.lower is None or self.upper is None:
            return False
        above = value > self.lower if self.lower_open else value >= self.lower
        below = value < self.upper if self.upper_open else value <= self.upper
        return above and below


@dataclass(frozen=True)
class LoincCodes:
    panel: str
    total: str
    # Answer codes by answer code value, e.g. {0: "LA6568-5", ...}.
    answers: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SourcedValue:
    value: float
    source: str


@dataclass(frozen=True)
class PopulationNorm:
    mean: float
    sd: float
    source: str


@dataclass(frozen=True)
class ChangeNorms:
    """Numbers used for reliable and clinically significant change, each with its source.

    `cutoff` is a published clinical threshold used when criterion c (Jacobson & Truax
    1991) cannot be computed because one of the two population norms is not known. A
    score equal to the cut-off counts as the clinical (dysfunctional) side.
    """

    sd: SourcedValue | None = None
    reliability: SourcedValue | None = None
    functional: PopulationNorm | None = None
    dysfunctional: PopulationNorm | None = None
    cutoff: SourcedValue | None = None

    def clinical_cutoff(self) -> float | None:
        """Criterion c when both populations are known, else the published cut-off."""
        if self.functional is not None and self.dysfunctional is not None:
            f, d = self.functional, self.dysfunctional
            return (f.sd * d.mean + d.sd * f.mean) / (f.sd + d.sd)
        return None if self.cutoff is None else self.cutoff.value


@dataclass(frozen=True)
class ScoreResult:
    instrument: str
    total: int | float | None
    band: str | None
    subscales: dict[str, int | float]
    flags: list[str]
    scoring_version: str

    def to_dict(self) -> dict[str, object]:
        """The `attune score --json` object, keys in contract order."""
        return {
            "instrument": self.instrument,
            "total": self.total,
            "band": self.band,
            "subscales": dict(self.subscales),
            "flags": list(self.flags),
            "scoring_version": self.scoring_version,
        }


Scorer = Callable[["Instrument", Answers], ScoreResult]


@dataclass(frozen=True, eq=False)
class Instrument:
    id: str
    name: str
    full_name: str
    items: tuple[Item, ...]
    scorer: Scorer
    scoring_version: str
    citation: Citation
    licence: Licence
    # Short time-frame phrase shown beside the form; None where the instrument has none.
    time_frame: str | None
    total_range: tuple[Number, Number] | None
    direction: Direction | None
    bands: tuple[Band, ...] = ()
    # What the band limits are measured on: "total" or a subscale key such as "percentage".
    band_basis: str = "total"
    subscale_ranges: Mapping[str, tuple[Number, Number]] = field(default_factory=dict)
    loinc: LoincCodes | None = None
    norms: ChangeNorms = field(default_factory=ChangeNorms)
    other_citations: tuple[Citation, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def item_count(self) -> int:
        return len(self.items)

    @property
    def critical_items(self) -> tuple[int, ...]:
        return tuple(item.number for item in self.items if item.critical_flag)

    def band_lines(self) -> tuple[float, ...]:
        """Boundaries between adjacent bands, for chart band lines (midpoints on integers)."""
        limits = [
            (b.lower, b.upper) for b in self.bands if b.lower is not None and b.upper is not None
        ]
        lines: list[float] = []
        for (_, below_upper), (above_lower, _) in itertools.pairwise(limits):
            gap = above_lower - below_upper
            lines.append(below_upper + gap / 2 if gap > 0 else above_lower)
        return tuple(lines)


def is_finite_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
