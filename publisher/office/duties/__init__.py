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

from publisher import clock
from publisher.office.duties import casefiles, hours, quarterly, statements, training, warnings
from publisher.rules.calendar import Calendar

__all__ = ["TABLES", "casefiles", "hours", "quarterly", "statements", "tick", "training", "warnings"]

# The supervisor's dashboard lists (with a CSV each), beside publisher.office.supervision.TABLES:
# these need the settings (hours required, the statement's day).
TABLES = {
    "training_short": lambda session, today, calendar, config: hours.short_last_year(session, today, config),
    "special_statements": statements.rows,
}


def tick(session: Session, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]) -> Counter[str]:
    """Build the last quarter's tables and this and last year's training figures; raise,
    escalate or resolve the duties' warnings."""
    counts = quarterly.tick(session, now, calendar, config) + statements.tick(session, now, calendar, config)
    first, today = warnings.since(session), clock.local_date(now)
    for year in (today.year - 1, today.year):
        if first is not None and year >= first.year and hours.build(session, year, now, config):
            counts["training_figures.built"] += 1
    return counts
