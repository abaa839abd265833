"""What the public's filings share: tracking numbers, access codes and handling periods.

A complaint (投诉举报) and an error report (纠错) both give the filer a tracking number and
a separate access code shown once; only the code's SHA-256 is stored. Their handling
periods are settings per agency, counted on the working-day calendar.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from typing import Any

from publisher.rules.calendar import Calendar, UnknownCalendar

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed again
CODE_LENGTH = 16


def random_code(length: int = CODE_LENGTH) -> str:
    """Random symbols from the unambiguous alphabet (16 of them: about 79 bits)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def tracking_no(prefix: str, today: dt.date) -> str:
    """A new tracking number: the prefix, the date and six random symbols."""
    return f"{prefix}{today:%Y%m%d}{random_code(6)}"


def hash_code(code: str) -> str:
    """SHA-256 of an access code (16 characters from 31 symbols: about 79 bits, no need to stretch)."""
    normalised = code.replace("-", "").replace(" ", "").upper()
    return hashlib.sha256(normalised.encode()).hexdigest()


def code_matches(stored_hash: str | None, access_code: str) -> bool:
    """Whether ``access_code`` is the one stored, in constant time even when nothing is stored."""
    expected = stored_hash if stored_hash is not None else hash_code("x" * CODE_LENGTH)
    return hmac.compare_digest(expected, hash_code(access_code)) and stored_hash is not None


def periods(
    config: Mapping[str, Any], setting: str, defaults: Mapping[str, int], agency_code: str
) -> dict[str, int]:
    """Handling periods from ``config[setting]``: ``default``, then the agency's own values."""
    table = dict(config.get(setting) or {})
    merged = dict(defaults)
    merged.update(table.get("default", {}))
    merged.update(table.get(agency_code, {}))
    return {k: int(v) for k, v in merged.items()}


def after_working_days(calendar: Calendar, start: dt.date, days: int) -> dt.date:
    """``days`` working days after ``start``; without the year's calendar, the earlier calendar-day count."""
    try:
        return calendar.add_working_days(start, days)
    except UnknownCalendar:
        return start + dt.timedelta(days=days)
