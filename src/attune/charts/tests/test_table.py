from __future__ import annotations

from datetime import date

from attune.charts import Series, calendar_table_rows, chart_table_rows


def test_rows_cover_every_day_of_any_series_with_dashes_for_missing() -> None:
    mood = Series(
        "Mood", [(date(2025, 3, 2), 6.0), (date(2025, 3, 1), 5.25), (date(2025, 3, 3), None)]
    )
    phq = Series("PHQ-9", [(date(2025, 3, 2), 12.0)])
    assert chart_table_rows([mood, phq]) == [
        ("2025-03-01", ["5.2", "—"]),
        ("2025-03-02", ["6", "12"]),
        ("2025-03-03", ["—", "—"]),
    ]


def test_rows_use_the_callers_formatters() -> None:
    series = Series("m", [(date(2025, 3, 1), 2.5)])
    rows = chart_table_rows(
        [series],
        date_format=lambda d: d.strftime("%d/%m/%Y"),
        value_format=lambda v: f"{v:.2f}".replace(".", ","),
        missing="n/a",
    )
    assert rows == [("01/03/2025", ["2,50"])]


def test_empty_input_gives_no_rows() -> None:
    assert chart_table_rows([]) == []


def test_calendar_rows_list_every_day_of_the_month() -> None:
    rows = calendar_table_rows(
        {date(2024, 2, 29): 7.0, date(2024, 3, 1): 1.0}, month=date(2024, 2, 10)
    )
    assert len(rows) == 29
    assert rows[0] == ("2024-02-01", "—")
    assert rows[-1] == ("2024-02-29", "7")
