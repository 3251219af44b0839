"""Server-rendered, accessible SVG charts. Pure Python, standard library only.

What the output guarantees
* An SVG string safe to place inline in HTML: every caller-supplied text is XML-escaped
  (control characters dropped); no scripts, event handlers, `href`s, `<style>` or
  `style=` attributes — only SVG presentation attributes (fill, stroke, font-size …),
  which a CSP of `style-src 'self'` does not block.
* `role="img"` with `<title>` and `<desc>` named by `aria-labelledby`; a `viewBox` and
  `width="100%"`, so it scales to its container. Pair every chart with a table from
  `chart_table_rows` / `calendar_table_rows` (the SVG is one image to a screen reader).
* Deterministic: the same input gives byte-identical output. Element ids are derived from
  the content unless `chart_id` is passed; pass distinct `chart_id`s if the very same
  chart may appear twice on one page.
* No user-facing words of its own: titles, descriptions, legend, band and "no data"
  labels come from the caller (translate them on the Django side). Dates and numbers
  use ISO 8601 and "." decimals unless `date_format` / `tick_format` / `value_format`
  are passed.

CSS hooks (optional; nothing needs CSS to render correctly)
  svg.chart-svg      every chart;  svg.chart-line / svg.chart-calendar per kind
  g.chart-series-N   the N-th series;  g.chart-bands, g.chart-markers, g.chart-events
  g.chart-day        a heat-map day; also .chart-day-empty (no value), .chart-day-future
Suggested site.css (the calendar is drawn ~350 units wide; stop it growing huge):
  .chart svg.chart-calendar { max-width: 26rem; }

Sizing: text scales with the viewBox. At the default width=640 a 390 px phone shows
14-unit text at ~7-8 px, too small to read. For phone-first pages render width=360
(text ~1:1 on a phone), or render both sizes with distinct chart_ids and show one:
  .chart-narrow { display: none; }
  @media (max-width: 40rem) { .chart-wide { display: none; } .chart-narrow { display: block; } }
(display: none also hides the other copy from screen readers.)

In templates the string is already escaped markup: mark it safe (`mark_safe`), never
pass it through an HTML sanitiser (nh3 strips SVG).
"""

from .heatmap import calendar_heatmap, heat_step
from .line import line_chart
from .model import Band, Marker, MarkerShape, Series, iso_date, plain_number
from .palette import BAND_FILLS, HEAT_STEPS, SERIES_COLOURS, SERIES_DASHES
from .table import calendar_table_rows, chart_table_rows
from .ticks import TickUnit, iso_tick

__all__ = [
    "BAND_FILLS",
    "HEAT_STEPS",
    "SERIES_COLOURS",
    "SERIES_DASHES",
    "Band",
    "Marker",
    "MarkerShape",
    "Series",
    "TickUnit",
    "calendar_heatmap",
    "calendar_table_rows",
    "chart_table_rows",
    "heat_step",
    "iso_date",
    "iso_tick",
    "line_chart",
    "plain_number",
]
