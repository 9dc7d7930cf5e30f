"""Publication dates: parsing the forms found in pages, and dateline years."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

BEIJING = timezone(timedelta(hours=8))
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_YMD_RE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[T\s]*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"
)
_COMPACT_RE = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
# ISO 8601 basic format, as NewsML and NITF write times: 20030821T173812+0800, 20030821T093812Z
_BASIC_RE = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})T(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?(?:[.,]\d+)?"
                       r"(?P<tz>Z|[+-]\d{2}:?\d{2})?$")
# 10/09/2025 08:54, 24.03.2020: the year last, day and month in an order the text does not say
_YEAR_LAST_RE = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"
    r"(?:[T\s]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)


def make_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the numbers are not a plausible publication date."""
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def make_year_last_date(first: int, second: int, year: int) -> date | None:
    """The date of ``first/second/year`` when the order of day and month is certain, else None.

    Sites print both 10/09/2025 (day first, British) and 09/10/2025 (month
    first, American), and a page rarely says which; a wrong date is worse than
    none. So the date is taken only when one reading is impossible (a part
    above 12 is the day: 24/03/2020, 03/24/2020) or both readings agree
    (05/05/2025).
    """
    as_day_first = make_date(year, second, first)
    as_month_first = make_date(year, first, second)
    if as_day_first and as_month_first:
        return as_day_first if as_day_first == as_month_first else None
    return as_day_first or as_month_first


def _to_beijing_date(moment: datetime) -> date:
    """The calendar date in Beijing of a moment; naive times are taken as written."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(BEIJING)
    return moment.date()


def _parse_tz(tz: str | None) -> timezone | None:
    if not tz:
        return None
    if tz in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _day_in_beijing(day: date, m: re.Match) -> date:
    """``day`` at the time and zone of ``m`` (groups H, M, S, tz), as the date in Beijing; ``day`` itself when the
    match has no zone or no valid time."""
    tz = _parse_tz(m["tz"])
    if tz is None:
        return day
    try:
        moment = datetime(day.year, day.month, day.day, int(m["H"]), int(m["M"]), int(m["S"] or 0), tzinfo=tz)
    except ValueError:
        return day
    return _to_beijing_date(moment)


def parse_date(value: object) -> date | None:
    """Parse a publication date from metadata or text; None when it is not one.

    Accepts ``date``/``datetime`` objects (YAML front matter gives these), ISO
    8601 (``2023-03-02``, ``2023-03-02T10:57:00+08:00``), Chinese
    (``2023年3月2日 10:57``), slashed or dotted dates, ``20230302``, ISO 8601 basic times
    (``20030821T173812+0800``, as NewsML writes them) and RFC 2822
    (``Sat, 25 Dec 2021 00:03:46 GMT``). A time with a zone is converted to
    Beijing time (UTC+8) before taking the date. Dates with the year last
    (``24/03/2020``) are taken only when day and month cannot be swapped
    (see ``make_year_last_date``).
    """
    if isinstance(value, datetime):
        return _to_beijing_date(value)
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().translate(_DIGITS)
    if not text:
        return None
    m = _YMD_RE.search(text)
    if m:
        day = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return _day_in_beijing(day, m) if day is not None and m["H"] else day
    m = _COMPACT_RE.match(text)
    if m:
        return make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _BASIC_RE.match(text)
    if m:
        day = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return _day_in_beijing(day, m) if day is not None else day
    m = _YEAR_LAST_RE.fullmatch(text)
    if m:
        return make_year_last_date(int(m["a"]), int(m["b"]), int(m["y"]))
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return _to_beijing_date(moment) if moment else None


def resolve_dateline(month: int, day: int, page_date: date | None) -> date | None:
    """The date of a dateline without a year (新华社北京12月25日电).

    Takes the year of ``page_date`` (the page's own, possibly later,
    publication time); when that would put the dateline after the page date
    (a December dateline on an April page), the story is from the previous
    year. Without a page date the year is unknown and there is no date.
    """
    if page_date is None:
        return None
    found = make_date(page_date.year, month, day)
    if found is None:
        return None
    if found > page_date + timedelta(days=1):  # one day of slack for time zones
        found = make_date(page_date.year - 1, month, day)
    return found
