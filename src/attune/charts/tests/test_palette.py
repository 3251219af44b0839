"""WCAG 2.2: lines need 3:1 against what they are drawn on (1.4.11), text 4.5:1 (1.4.3)."""

from __future__ import annotations

import pytest

from attune.charts import palette


@pytest.mark.parametrize("colour", palette.SERIES_COLOURS)
@pytest.mark.parametrize("background", [palette.WHITE, *palette.BAND_FILLS])
def test_series_lines_reach_3_to_1_on_white_and_every_band(colour: str, background: str) -> None:
    assert palette.contrast(colour, background) >= 3.0


@pytest.mark.parametrize("background", [palette.WHITE, *palette.BAND_FILLS])
def test_muted_labels_reach_4_5_to_1_on_white_and_every_band(background: str) -> None:
    assert palette.contrast(palette.MUTED, background) >= 4.5


@pytest.mark.parametrize("fill", palette.HEAT_STEPS)
def test_day_numbers_reach_4_5_to_1_on_every_heat_step(fill: str) -> None:
    assert palette.contrast(palette.ink_on(fill), fill) >= 4.5


def test_axes_and_empty_cell_outlines_reach_3_to_1_on_white() -> None:
    assert palette.contrast(palette.AXIS, palette.WHITE) >= 3.0
    assert palette.contrast(palette.EMPTY_STROKE, palette.WHITE) >= 3.0


def test_heat_steps_get_steadily_darker() -> None:
    values = [palette.luminance(c) for c in palette.HEAT_STEPS]
    assert values == sorted(values, reverse=True)


def test_series_styles_differ_beyond_colour() -> None:
    assert len(set(palette.SERIES_DASHES)) == len(palette.SERIES_DASHES)
    shapes = {palette.series_shape(i) for i in range(5)}
    assert len(shapes) == 5


def test_contrast_matches_known_values() -> None:
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
