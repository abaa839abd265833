"""Late steps of supervision casework: warnings raised and escalated by the tick, like disclosures.

Three steps can be late: the agency's rectification (``rectify``), the legal office's answer to
a review (``review_answer``) and the agency's performance of a decision that orders it
(``perform``). Each warning climbs to level 2 and 3 by working days past its day
(``WARNING_LEVEL2_DAYS``, ``WARNING_LEVEL3_DAYS``) and is resolved when the step is done.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import clock
from publisher.models import SupervisionDecision, SupervisionNotice, SupervisionWarning
from publisher.models.supervision import ORDERING_KINDS
from publisher.office.supervision_notices.trail import record
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar


def _open(session: Session, notice: SupervisionNotice, step: str) -> SupervisionWarning | None:
    stmt = select(SupervisionWarning).where(
        SupervisionWarning.notice_id == notice.id,
        SupervisionWarning.step == step,
        SupervisionWarning.resolved_at.is_(None),
    )
    return session.scalars(stmt).first()


def resolve(session: Session, notice: SupervisionNotice, step: str, now: dt.datetime) -> None:
    """The step was done (or no longer due): its warning is resolved."""
    warning = _open(session, notice, step)
    if warning is not None:
        warning.resolved_at = now


def late_steps(session: Session, today: dt.date) -> Iterator[tuple[SupervisionNotice, str, dt.date]]:
    """Every step past its last day and not done: (notice, step, the last day)."""
    issued = select(SupervisionNotice).where(SupervisionNotice.status == "issued")
    for notice in session.scalars(issued.where(SupervisionNotice.rectify_due < today)).all():
        yield notice, "rectify", notice.rectify_due
    reviews = select(SupervisionNotice).where(
        SupervisionNotice.review_requested_at.is_not(None),
        SupervisionNotice.review_outcome.is_(None),
        SupervisionNotice.review_answer_due < today,
    )
    for notice in session.scalars(reviews).all():
        yield notice, "review_answer", notice.review_answer_due or today
    orders = select(SupervisionDecision).where(
        SupervisionDecision.kind.in_(ORDERING_KINDS),
        SupervisionDecision.performed_at.is_(None),
        SupervisionDecision.perform_due < today,
    )
    for decision in session.scalars(orders).all():
        yield decision.notice, "perform", decision.perform_due or today


def escalate(
    session: Session, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]
) -> Counter[str]:
    """Raise a warning for every late step; escalate it by working days late."""
    today = clock.local_date(now)
    counts: Counter[str] = Counter()
    for notice, step, last_day in list(late_steps(session, today)):
        level = deadlines.warning_level(calendar, last_day, today, config)
        warning = _open(session, notice, step)
        if warning is None:
            session.add(
                SupervisionWarning(notice=notice, step=step, level=level, raised_at=now, escalated_at=now)
            )
            detail = {"step": step, "level": level, "due": str(last_day)}
            record(session, notice, "supervision_notice.warning_raised", now, "system", detail)
            counts["supervision_warning.raised"] += 1
        elif warning.level < level:
            detail = {"step": step, "from": warning.level, "to": level}
            record(session, notice, "supervision_notice.warning_escalated", now, "system", detail)
            warning.level, warning.escalated_at = level, now
            counts[f"supervision_warning.level{level}"] += 1
    return counts


def open_warnings(session: Session, notice_ids: list[int]) -> dict[int, list[SupervisionWarning]]:
    """The unresolved warnings of each of these notices."""
    stmt = select(SupervisionWarning).where(
        SupervisionWarning.resolved_at.is_(None), SupervisionWarning.notice_id.in_(notice_ids or [0])
    )
    found: dict[int, list[SupervisionWarning]] = {}
    for warning in session.scalars(stmt.order_by(SupervisionWarning.id)):
        found.setdefault(warning.notice_id, []).append(warning)
    return found
