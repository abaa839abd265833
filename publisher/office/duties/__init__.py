"""Duties of the agencies to the district legal office (LEGAL.md §8, seed 000): the quarterly
penalty statistics table (``quarterly``), officers' training hours and exams (``training``,
``hours``), the special statement of a year without penalties or licences (``statements``),
and the warnings of duties not done by their day (``warnings``), raised by the tick."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from publisher.office.duties import hours, quarterly, statements, training, warnings
from publisher.rules.calendar import Calendar

__all__ = ["hours", "quarterly", "statements", "tick", "training", "warnings"]


def tick(session: Session, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]) -> Counter[str]:
    """Build the last quarter's tables and raise, escalate or resolve the duties' warnings."""
    return quarterly.tick(session, now, calendar, config) + statements.tick(session, now, calendar, config)
