"""`docs/instruments.md`: what attune scores, written from the catalogue itself.

Run ``python -m attune.clinical.instruments.reference > docs/instruments.md`` after changing
the catalogue; a test fails while the committed page differs from what this prints.
"""

from __future__ import annotations

from attune.clinical.instruments.catalogue import INSTRUMENTS
from attune.clinical.instruments.model import Band, Instrument

HEADER = """# Questionnaires attune scores

Written from `src/attune/clinical/instruments/catalogue.py` by
`python -m attune.clinical.instruments.reference`; do not edit by hand.

Score one administration with
`attune score INSTRUMENT --answers "a1,a2,...,an" [--json]`: answers are the instrument's
own numeric codes, in item order. Bad input (an unknown instrument, the wrong number of
answers, a code out of range) exits 2 with one sentence naming the problem.
"""


def _limit(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)


def _band(band: Band) -> str:
    if band.lower is None or band.upper is None:
        return f"`{band.id}` (by rule)"
    low = ("> " if band.lower_open else "") + _limit(band.lower)
    high = ("< " if band.upper_open else "") + _limit(band.upper)
    return f"`{band.id}` {low}–{high}"


def _section(instrument: Instrument) -> str:
    codes = sorted({(item.min_code, item.max_code) for item in instrument.items})
    code_text = ", ".join(f"{low}–{high}" for low, high in codes)
    total = (
        f"{_limit(instrument.total_range[0])}–{_limit(instrument.total_range[1])}"
        if instrument.total_range
        else "none"
    )
    c = instrument.citation
    lines = [
        f"## {instrument.name} (`{instrument.id}`): {instrument.full_name}",
        "",
        f"- Items: {len(instrument.items)}, answer codes {code_text}",
        f"- Time frame: {instrument.time_frame or 'none stated'}",
        f"- Total: {total}"
        + (f" ({instrument.direction.value.replace('_', ' ')})" if instrument.direction else ""),
    ]
    if instrument.bands:
        lines.append("- Bands: " + "; ".join(_band(b) for b in instrument.bands))
    if instrument.subscale_ranges:
        lines.append("- Subscales: " + ", ".join(f"`{s}`" for s in instrument.subscale_ranges))
    flags = sorted({i.critical_flag for i in instrument.items if i.critical_flag})
    if flags:
        lines.append("- Flags: " + ", ".join(f"`{f}`" for f in flags))
    if instrument.loinc:
        lines.append(f"- LOINC: panel {instrument.loinc.panel}, total {instrument.loinc.total}")
    lines.append(f"- Source: {c.authors} ({c.year}). {c.title}. {c.journal}.")
    lines.append(f"- Licence: {instrument.licence.text}")
    lines.append(f"- Scoring version: `{instrument.scoring_version}`")
    return "\n".join(lines)


def render() -> str:
    return HEADER + "\n" + "\n\n".join(_section(i) for i in INSTRUMENTS.values()) + "\n"


if __name__ == "__main__":
    print(render(), end="")
