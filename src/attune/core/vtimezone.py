"""VTIMEZONE components that calendar apps read right, from the time-zone database's own rule.

Each zone file of the IANA database ends with a POSIX TZ string that states the zone's
current rule ("EST5EDT,M3.2.0,M11.1.0": UTC-5, daylight time from the second Sunday of March
to the first Sunday of November, at 02:00). That rule becomes a yearly RRULE, which every
calendar app expands correctly for any year; a list of dated transitions (what icalendar
writes by itself) was misread by ical.js and vobject and stopped at 2037.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")
_NAME = r"(?:<[^>]+>|[A-Za-z]{3,})"
_OFFSET = r"[+-]?\d{1,2}(?::\d{2}){0,2}"
_RULE = r"M(\d{1,2})\.([1-5])\.([0-6])(?:/(" + _OFFSET + r"))?"
_TZ = re.compile(
    rf"^(?P<std>{_NAME})(?P<std_off>{_OFFSET})"
    rf"(?:(?P<dst>{_NAME})(?P<dst_off>{_OFFSET})?,(?P<start>{_RULE}),(?P<end>{_RULE}))?$"
)


@dataclass(frozen=True)
class _Change:
    """One yearly change of offset: on the `week`th `weekday` of `month` at local `at`."""

    month: int
    week: int  # 5 means the last
    weekday: int  # 0 = Sunday
    at: timedelta


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _name(text: str) -> str:
    return text.strip("<>")


def posix_rule(zone: str) -> str | None:
    """The POSIX TZ string at the end of `zone`'s file, or None where there is none."""
    data = _zone_file(zone)
    if data is None or not data.startswith(b"TZif") or data[4:5] in (b"\x00", b""):
        return None
    footer = data.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    return footer.decode("ascii", errors="replace") or None


def _zone_file(zone: str) -> bytes | None:
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / zone
        if path.is_file():
            return path.read_bytes()
    try:
        package, _, name = f"tzdata.zoneinfo/{zone}".rpartition("/")
        return resources.files(package.replace("/", ".")).joinpath(name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return None


def _change(match: re.Match[str], group: str) -> _Change | None:
    month, week, weekday, at = re.fullmatch(_RULE, match[group]).groups()  # type: ignore[union-attr]
    seconds = _seconds(at) if at else 7200
    if not 0 <= seconds < 86400:
        return None  # a change at "-1:00" or "25:00" has no yearly RRULE of its own
    return _Change(int(month), int(week), int(weekday), timedelta(seconds=seconds))


def _first(change: _Change, year: int) -> datetime:
    """The local moment of `change` in `year` (DTSTART must be an occurrence of the RRULE)."""
    first_of_month = datetime(year, change.month, 1)
    shift = (change.weekday - (first_of_month.weekday() + 1) % 7) % 7
    day = first_of_month + timedelta(days=shift + 7 * (change.week - 1))
    if change.week == 5:
        while day.month != change.month:
            day -= timedelta(days=7)
    return day + change.at


def _rrule(change: _Change) -> dict[str, object]:
    week = -1 if change.week == 5 else change.week
    return {"freq": "yearly", "bymonth": change.month, "byday": f"{week}{_DAYS[change.weekday]}"}


def vtimezone(zone: str, *, since: int) -> Timezone | None:
    """A VTIMEZONE for `zone` whose rules hold from the year `since`; None if the database
    states no rule we can express (the caller then lets icalendar write one)."""
    rule = posix_rule(zone)
    match = _TZ.match(rule) if rule else None
    if match is None:
        return None
    tz = Timezone()
    tz.add("tzid", zone)
    standard_offset = timedelta(seconds=-_seconds(match["std_off"]))
    if not match["dst"]:
        only = TimezoneStandard()
        only.add("dtstart", datetime(since, 1, 1))
        only.add("tzoffsetfrom", standard_offset)
        only.add("tzoffsetto", standard_offset)
        only.add("tzname", _name(match["std"]))
        tz.add_component(only)
        return tz
    dst_offset = (
        timedelta(seconds=-_seconds(match["dst_off"]))
        if match["dst_off"]
        else standard_offset + timedelta(hours=1)
    )
    start, end = _change(match, "start"), _change(match, "end")
    if start is None or end is None:
        return None
    # Ireland's rule is written the other way round (summer time is its "standard" time):
    # the part with the larger offset is the daylight part either way.
    summer, winter = (
        (TimezoneDaylight, TimezoneStandard)
        if dst_offset > standard_offset
        else (TimezoneStandard, TimezoneDaylight)
    )
    for kind, change, before, after, name in (
        (summer, start, standard_offset, dst_offset, match["dst"]),
        (winter, end, dst_offset, standard_offset, match["std"]),
    ):
        part = kind()
        part.add("dtstart", _first(change, since))
        part.add("tzoffsetfrom", before)
        part.add("tzoffsetto", after)
        part.add("rrule", _rrule(change))
        part.add("tzname", _name(name))
        tz.add_component(part)
    return tz
