"""iCalendar files (``.ics``, RFC 5545): one article per event (VEVENT), as government sites published meeting
calendars with the report in the event's DESCRIPTION.

The ``icalendar`` package parses the calendar and undoes the text escapes (``\\n``, ``\\,``, ``\\;``). The lines are
unfolded here first, on the bytes: RFC 5545 folds at 75 octets, so a continuation line may start inside a UTF-8 or
GBK character, which no decoder can read until the two halves are together again.

An event gives SUMMARY as the title, DESCRIPTION as the body, and DTSTART as the date when the text names no
date of its own (a meeting's start is not when the report was published). The attendees' names (``CN=``) that the
description leaves out are added as a last line (``出席：…``), since they are people the calendar says attended.
"""

from __future__ import annotations

import re

from kg.errors import InputError
from kg.ingest.containers import Wrapped
from kg.ingest.encoding import decode_bytes

__all__ = ["CALENDAR_FIX", "looks_like_calendar", "read_calendar"]

CALENDAR_FIX = "check that the file is an iCalendar file (BEGIN:VCALENDAR … BEGIN:VEVENT … END:VEVENT … END:VCALENDAR)"
_FOLD_RE = re.compile(rb"\r?\n[ \t]")


def looks_like_calendar(raw: bytes) -> bool:
    """``BEGIN:VCALENDAR`` opens the file (after a BOM or white space)."""
    return raw[:64].lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def _attendee_names(event) -> list[str]:
    values = event.get("ATTENDEE")
    values = values if isinstance(values, list) else [values] if values is not None else []
    names = []
    for value in values:
        name = str(getattr(value, "params", {}).get("CN", "")).strip().strip('"')
        if name and name not in names:
            names.append(name)
    return names


def read_calendar(raw: bytes, name: str) -> list[Wrapped]:
    """One ``Wrapped`` per VEVENT that has a DESCRIPTION or SUMMARY (see the module docstring).

    Raises ``InputError`` when the calendar cannot be parsed or has no event with text.
    """
    import icalendar

    text, codec = decode_bytes(_FOLD_RE.sub(b"", raw), name)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as err:
        raise InputError(name, f"iCalendar file that cannot be parsed ({err})", CALENDAR_FIX) from None
    items = []
    for event in calendar.walk("VEVENT"):
        title = str(event.get("SUMMARY") or "").strip() or None
        body = str(event.get("DESCRIPTION") or "").replace("\r\n", "\n").strip()
        if not body and not title:
            continue
        missing = [person for person in _attendee_names(event) if person not in body]
        if missing:
            body = f"{body}\n出席：{'、'.join(missing)}。" if body else f"出席：{'、'.join(missing)}。"
        start = event.get("DTSTART")
        items.append(Wrapped(body, title=title, fallback_date=start.dt if start is not None else None,
                             url=str(event.get("URL") or "").strip() or None, is_html=False, encoding=codec))
    if not items:
        raise InputError(name, "iCalendar file without an event that has a SUMMARY or DESCRIPTION", CALENDAR_FIX)
    return items
