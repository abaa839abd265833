"""What a command needs to run: settings, an engine and a session factory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from publisher import clock, db, settings
from publisher.rules import calendar
from publisher.rules.calendar import Calendar


@dataclass
class Runtime:
    """Settings plus lazily created database access, for the CLI and the portal."""

    config: dict[str, Any] = field(default_factory=settings.load)

    def __post_init__(self) -> None:
        clock.configure(self.config["TIMEZONE"])  # one deployment, one zone: dates everywhere use it

    @cached_property
    def engine(self) -> Engine:
        """The database engine (created on first use)."""
        return db.make_engine(settings.database_url(self.config))

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory."""
        return db.make_sessionmaker(self.engine)

    @cached_property
    def read_engine(self) -> Engine:
        """The engine of reads that never write: READ_DATABASE_URL (a replica) or, when that is
        empty, the primary; read-only either way (publisher/db.py), so a write through it fails."""
        url = self.config.get("READ_DATABASE_URL") or settings.database_url(self.config)
        return db.make_engine(url, read_only=True)

    @cached_property
    def read_sessions(self) -> sessionmaker[Session]:
        """The session factory of ``read_engine`` (sessions that refuse to flush a change)."""
        return db.make_sessionmaker(self.read_engine, read_only=True)

    @property
    def calendar_dir(self) -> Path:
        """Where operators' reviewed holiday notices live."""
        return Path(self.config["CALENDAR_DIR"] or Path(self.config["DATA_DIR"]) / "calendars")

    @cached_property
    def calendar(self) -> Calendar:
        """The working-day calendar: shipped notices plus the operator's."""
        return calendar.load(self.calendar_dir)

    def reload_calendar(self) -> None:
        """Read the calendar again (after an administrator added a year)."""
        self.__dict__.pop("calendar", None)

    def close(self) -> None:
        """Dispose of the engines' connections, if they were ever created."""
        for name in ("engine", "read_engine"):
            if name in self.__dict__:
                self.__dict__[name].dispose()

    @property
    def tz(self) -> ZoneInfo:
        """The agencies' local time zone."""
        return ZoneInfo(self.config["TIMEZONE"])


NOW_HELP = "Act as if it were this moment (ISO date or datetime; default: now)."


def parse_now(value: str | None, tz: ZoneInfo) -> dt.datetime:
    """Parse ``--now`` (ISO date or datetime; naive means local time); default: the clock."""
    if not value:
        return clock.now()
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed
