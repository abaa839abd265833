"""What is due in supervision casework, one row per notice still open: the step now due (the
agency's rectification, the office's answer to a review, the agency's performance of a
decision), its last day and the working days left, for the CLI and the dashboard's CSV."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.models import SupervisionNotice
from publisher.models.supervision import ORDERING_KINDS
from publisher.office.supervision_notices.warnings import open_warnings
from publisher.rules.calendar import Calendar
from publisher.rules.deadlines import workdays


def step_due(notice: SupervisionNotice) -> tuple[str, dt.date] | None:
    """The step a notice waits for and its last day; None when nothing is due."""
    if notice.review_pending and notice.review_answer_due is not None:
        return "review_answer", notice.review_answer_due
    if notice.status == "issued":
        return "rectify", notice.rectify_due
    decision = notice.decision
    if (
        decision
        and decision.kind in ORDERING_KINDS
        and decision.performed_at is None
        and decision.perform_due
    ):
        return "perform", decision.perform_due
    return None


def due(
    session: Session, today: dt.date, calendar: Calendar, agency_code: str | None = None
) -> list[dict[str, Any]]:
    """Open notices with the step now due, the most urgent first (never the notice's text)."""
    notices = list(session.scalars(select(SupervisionNotice).order_by(SupervisionNotice.id)))
    warnings = open_warnings(session, [n.id for n in notices])
    rows = []
    for notice in notices:
        step = step_due(notice)
        if step is None or (agency_code and notice.agency.code != agency_code):
            continue
        levels = [w.level for w in warnings.get(notice.id, [])]
        rows.append(
            {
                "id": notice.id,
                "doc_no": notice.doc_no,
                "agency": notice.agency.code,
                "ground": notice.ground,
                "status": notice.status,
                "step": step[0],
                "due": step[1].isoformat(),
                "days_left": workdays(calendar, today, step[1]),
                "warning_level": max(levels, default=0),
            }
        )
    return sorted(rows, key=lambda r: (r["due"], r["doc_no"]))
