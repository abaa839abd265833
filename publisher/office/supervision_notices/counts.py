"""Yearly figures of supervision casework for the annual statistics: counts per agency only.

A notice counts in the year it was issued, with what became of it (rectified on time or late,
a review and its outcome); a decision counts in the year it was issued. No text, no person:
the notified party is an agency, and only numbers leave this module.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import clock
from publisher.models import SupervisionDecision, SupervisionNotice

SCALARS = (
    "supervision_notices",
    "notices_rectified_on_time",
    "notices_rectified_late",
    "supervision_reviews",
    "supervision_decisions",
)
BREAKDOWNS = ("by_ground", "by_review_outcome", "by_decision_kind")


def blank() -> dict[str, Any]:
    """An agency's figures before counting."""
    return {**dict.fromkeys(SCALARS, 0), **{name: Counter() for name in BREAKDOWNS}}


def yearly(session: Session, year: int) -> dict[int, dict[str, Any]]:
    """Agency id → its figures for ``year`` (agencies without notices or decisions are absent)."""
    figures: dict[int, dict[str, Any]] = {}
    notices = select(SupervisionNotice).where(
        SupervisionNotice.received_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
    )
    for notice in session.scalars(notices):
        row = figures.setdefault(notice.agency_id, blank())
        row["supervision_notices"] += 1
        row["by_ground"][notice.ground] += 1
        if notice.rectified_on_time is not None:
            row["notices_rectified_on_time" if notice.rectified_on_time else "notices_rectified_late"] += 1
        if notice.review_requested_at is not None:
            row["supervision_reviews"] += 1
            row["by_review_outcome"][notice.review_outcome or "pending"] += 1
    start = dt.datetime(year, 1, 1, tzinfo=clock.zone())
    decisions = (
        select(SupervisionNotice.agency_id, SupervisionDecision.kind)
        .join(SupervisionNotice, SupervisionNotice.id == SupervisionDecision.notice_id)
        .where(
            SupervisionDecision.issued_at >= start,
            SupervisionDecision.issued_at < start.replace(year=year + 1),
        )
    )
    for agency_id, kind in session.execute(decisions):
        row = figures.setdefault(agency_id, blank())
        row["supervision_decisions"] += 1
        row["by_decision_kind"][kind] += 1
    return figures
