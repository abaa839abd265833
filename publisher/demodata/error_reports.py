"""Demo error reports (纠错) and the corrections they led to, handled on a simulated clock.

Reports are filed through :func:`publisher.office.error_reports.submit` and answered through
the functions the back office calls; a correction goes through a correction request that the
demo reviewer approves, so the public correction log, its feed and dataset are real. Safe to
run again: a report already stored (same submission key) is left alone.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.demodata.history import _at
from publisher.lifecycle import review
from publisher.lifecycle.actors import Actor
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import Agency, ErrorReport, Officer, PublicDecision, User
from publisher.office import error_reports
from publisher.rules.calendar import Calendar, UnknownCalendar

WHAT = [
    "法律依据只写到条，没有写明款项，与决定书原文不一致。",
    "当事人名称中的“有限公司”写成了“有限责任公司”，请核对营业执照。",
    "决定日期与送达的决定书上的日期不一致，请核实。",
    "罚款金额的大写与小写不一致。",
]
PLAN = ("corrected", "not_error", "forwarded", "open")


def seed(
    session: Session, calendar: Calendar, config: dict[str, Any], until: dt.datetime, count: int = 12
) -> dict[str, int]:
    """File ``count`` error reports over the months before ``until`` and answer most of them."""
    rng = random.Random(20260416)
    clerk_of = select(Agency.code).join(User, User.agency_id == Agency.id).where(User.username == "clerk")
    first = session.scalars(clerk_of).first()  # the demo clerk's agency answers its reports
    stmt = (
        select(PublicDecision).join(Agency).where(PublicDecision.status == "published", Agency.code == first)
    )
    decisions = list(session.scalars(stmt.order_by(PublicDecision.id).limit(200)))
    officers = list(session.scalars(select(Officer).order_by(Officer.id).limit(50)))
    counts = {"filed": 0, "answered": 0, "corrected": 0}
    if not decisions or first is None:
        return counts
    clerk, reviewer = Actor("clerk", "clerk", first), Actor("reviewer", "reviewer", first)
    start = until.date() - dt.timedelta(days=120)
    for n in range(count):
        on_officer = n % 6 == 5 and bool(officers)
        item: PublicDecision | Officer = rng.choice(officers) if on_officer else rng.choice(decisions)
        received = _at(start + dt.timedelta(days=int(115 * n / count)), 9 + n % 8)
        report = error_reports.Report(
            subject="officer" if on_officer else "decision",
            record_id=item.id,
            description="执法区域与实际不符，请核对。" if on_officer else rng.choice(WHAT),
            submission_key=f"demo-error-{n}",
            field="area" if on_officer else None,
            name="" if n % 3 else "纠错人（演示）",
            email="" if n % 3 else "demo-reporter@example.cn",
        )
        if received > until or error_reports.submit(session, report, received, calendar, config).duplicate:
            continue
        counts["filed"] += 1
        row = session.scalars(
            select(ErrorReport).where(ErrorReport.submission_key == report.submission_key)
        ).one()
        plan = "not_error" if on_officer and PLAN[n % 4] == "corrected" else PLAN[n % 4]
        if item.agency.code != first or plan == "open":
            continue  # another agency's, or forgotten: the tick raises and escalates its warning
        try:
            answer_on = _at(calendar.add_working_days(received.date(), 2 + n % 3), 15)
        except UnknownCalendar:
            continue
        if answer_on > until:
            continue
        if plan == "corrected" and isinstance(item, PublicDecision):
            _correct(session, calendar, config, item, clerk, reviewer, answer_on)
            correction = error_reports.eligible_corrections(session, row)[0]
            error_reports.answer(session, row, clerk, "corrected", "已核实并更正。", answer_on, correction.id)
            counts["corrected"] += 1
        elif plan == "not_error":
            why = "经核对送达的决定书原件，公示内容与原件一致，不属于错误。"
            error_reports.answer(session, row, clerk, "not_error", why, answer_on)
        else:
            forwarded = "区行政审批局（该信息由其负责公示）"
            error_reports.answer(session, row, clerk, "forwarded", "", answer_on, forwarded_to=forwarded)
        counts["answered"] += 1
    return counts


def _correct(
    session: Session,
    calendar: Calendar,
    config: dict[str, Any],
    decision: PublicDecision,
    clerk: Actor,
    reviewer: Actor,
    at: dt.datetime,
) -> None:
    """The clerk asks to complete the legal basis; the reviewer approves, and it is applied."""
    raw = decision.raw
    basis = str(raw.record.get("legal_basis") or "")
    changes = {"legal_basis": basis + "第一款" if not basis.endswith("款") else basis + "（项）"}
    why = "经公众纠错核实，法律依据应写明款项"
    request = review.request_correction(session, raw, changes, why, clerk, at)
    review.decide_correction(session, Lifecycle(session, calendar, config), request, True, reviewer, at)
