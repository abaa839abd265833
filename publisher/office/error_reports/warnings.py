"""Error reports not answered in time: warnings raised and escalated by the tick, like disclosures."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import clock
from publisher.models import ErrorReport, ErrorReportWarning
from publisher.office import escalation
from publisher.office.error_reports.filing import record
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar


def _open(session: Session, report: ErrorReport) -> ErrorReportWarning | None:
    stmt = select(ErrorReportWarning).where(
        ErrorReportWarning.report_id == report.id, ErrorReportWarning.resolved_at.is_(None)
    )
    return session.scalars(stmt).first()


def resolve(session: Session, report: ErrorReport, now: dt.datetime) -> None:
    """The report was answered: its warning is resolved."""
    warning = _open(session, report)
    if warning is not None:
        warning.resolved_at = now


def escalate(
    session: Session, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]
) -> Counter[str]:
    """Raise a warning for every report past its answer day; escalate it by working days late."""
    today = clock.local_date(now)
    counts: Counter[str] = Counter()
    late = select(ErrorReport).where(ErrorReport.status == "received", ErrorReport.answer_due < today)
    for report in session.scalars(late).all():
        level = deadlines.warning_level(calendar, report.answer_due, today, config)
        new = partial(ErrorReportWarning, report_id=report.id)
        escalation.reach(
            session, report, _open(session, report), level, new, record, "error_report", now, counts
        )
    return counts


def open_warnings(session: Session, report_ids: list[int]) -> dict[int, ErrorReportWarning]:
    """The unresolved warning of each of these reports."""
    return escalation.open_by(session, ErrorReportWarning.report_id, report_ids)
