"""One clock and one time zone for the publisher and the portal (settings: ``TIMEZONE``).

Every local calendar date (deadlines, publication days, years of reports, ``since=`` in the
API, feed times) is taken in the configured zone, never the machine's or UTC. The clock is
injectable: a runtime or a test pins ``now`` with :func:`pin`, and every "now" in the
portal comes from :func:`now`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from publisher.settings import DEFAULTS

_zone = ZoneInfo(DEFAULTS["TIMEZONE"])
_pinned: dt.datetime | None = None


def configure(name: str) -> None:
    """Use the zone ``name`` (an IANA name such as Asia/Shanghai) from now on."""
    global _zone
    _zone = ZoneInfo(name)


def zone() -> ZoneInfo:
    """The configured time zone."""
    return _zone


def now() -> dt.datetime:
    """The current instant (UTC-aware), or the pinned one."""
    return _pinned if _pinned is not None else dt.datetime.now(dt.UTC)


def local(moment: dt.datetime) -> dt.datetime:
    """An instant in the configured zone."""
    return moment.astimezone(_zone)


def local_date(moment: dt.datetime) -> dt.date:
    """The agencies' calendar date at an instant."""
    return moment.astimezone(_zone).date()


def today() -> dt.date:
    """Today's date in the configured zone."""
    return local_date(now())


def start_of(day: dt.date) -> dt.datetime:
    """The first instant of a local calendar day."""
    return dt.datetime.combine(day, dt.time(), _zone)


@contextmanager
def pin(moment: dt.datetime) -> Iterator[None]:
    """Stop the clock at ``moment`` (aware) for the duration of the block."""
    global _pinned
    before, _pinned = _pinned, moment.astimezone(dt.UTC)
    try:
        yield
    finally:
        _pinned = before
