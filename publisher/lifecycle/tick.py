"""``publisher tick``: the periodic work, safe to run as often as cron likes.

Assess what was received, publish what is scheduled, expire what has reached the end
of its period, escalate warnings for late disclosures, decisions held without their legal
review or for a blocked identifier, overdue complaints, unanswered error reports, major
decisions not filed with the legal office, case records (stages entered late, no
audio-visual record) and late steps of supervision notices, build the quarterly penalty
tables and warn of unconfirmed ones and of missing special statements, open correction
requests for published records the agency sent again with changes, enter older corrections
in the public correction log, and re-check deadlines that were provisional when their
calendar was missing; from 1 January, build the previous year's annual statistics.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, integrity
from publisher.intake.store import local_date
from publisher.lifecycle import corrections, review
from publisher.lifecycle.actors import RuleError
from publisher.lifecycle.transitions import Lifecycle, raise_alert
from publisher.models import Alert, DisclosureWarning, PublicDecision, RawDecision
from publisher.office import cases, complaints, duties, error_reports, filings, supervision_notices
from publisher.outputs import annual
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar

UNPUBLISHED = ("received", "pending_review", "scheduled")
HELD = ("review_missing", "leak_blocked")  # warnings of a decision held for a person to act


@dataclass
class TickReport:
    """What one tick did."""

    counts: Counter[str] = field(default_factory=Counter)

    def __str__(self) -> str:
        return ", ".join(f"{k}: {v}" for k, v in sorted(self.counts.items())) or "nothing to do"


def tick(session: Session, now: dt.datetime, calendar: Calendar, config: dict[str, Any]) -> TickReport:
    """Run every periodic step once, inside the caller's transaction."""
    report = TickReport()
    life = Lifecycle(session, calendar, config)
    _recheck_provisional(session, life, now, report)
    report.counts.update(publish_due(session, now, calendar, config))
    today = local_date(now)
    for public in _all(
        session,
        select(PublicDecision).where(
            PublicDecision.status == "published", PublicDecision.expires_on <= today
        ),
    ):
        if _guarded(session, public.doc_no, now, report.counts, lambda p=public: life.expire(p, now)):
            report.counts["expired"] += 1
    for raw in _all(session, select(RawDecision).where(RawDecision.state_reason == "correction_pending")):
        if review.queue_resubmission(session, raw, now) is not None:  # applied once a reviewer approves
            report.counts["correction_requested"] += 1
    _escalate(session, life, now, report)
    report.counts.update(complaints.escalate(session, now, calendar, config))
    report.counts.update(error_reports.escalate(session, now, calendar, config))
    report.counts.update(cases.assess(session, now, calendar, config))
    report.counts.update(supervision_notices.escalate(session, now, calendar, config))
    report.counts.update(duties.tick(session, now, calendar, config))
    report.counts.update(filings.escalate(session, now, calendar, config))
    if added := corrections.backfill(session):  # corrections made before the log existed
        report.counts["correction_logged"] += added
        # the public correction log changed: the chain says so (and cached pages follow it)
        audit.record(
            session,
            now=now,
            actor="system",
            action="corrections.backfill",
            entity="correction",
            entity_id=str(added),
            detail={"entries": added},
        )
    for year in annual.due(session, today):
        annual.build(session, year, now)
        report.counts[f"annual_report.{year}"] += 1
    return report


def publish_due(
    session: Session,
    now: dt.datetime,
    calendar: Calendar,
    config: dict[str, Any],
    agency_id: int | None = None,
) -> Counter[str]:
    """Assess what was received and publish what is scheduled (of one agency, when given):
    the part of the tick a web upload runs at once, so the sender sees the outcome."""
    life = Lifecycle(session, calendar, config)
    counts: Counter[str] = Counter()

    def in_state(state: str) -> list[RawDecision]:
        stmt = select(RawDecision).where(RawDecision.state == state)
        return _all(session, stmt if agency_id is None else stmt.where(RawDecision.agency_id == agency_id))

    for raw in in_state("received"):
        counts[f"assessed.{life.assess(raw, now)}"] += 1
    for raw in in_state("scheduled"):  # one decision that cannot be published never holds up the rest
        if _guarded(session, raw.doc_no, now, counts, lambda r=raw: life.publish(r, now)):
            counts["published"] += 1
    return counts


def _all(session: Session, stmt: Any) -> list[Any]:
    return list(session.scalars(stmt))


def _guarded(session: Session, doc_no: str, now: dt.datetime, counts: Counter[str], step: Any) -> bool:
    """Run one decision's step. A step that is refused (a row edited outside the audit trail, a
    rule the record breaks) is refused before it changes anything: the decision is left as it
    is, with an alert for an administrator, and the tick goes on with the others."""
    try:
        step()
    except integrity.Tampered as exc:
        raise_alert(session, f"tampered:{doc_no}"[:120], now, str(exc))
        counts["tampered"] += 1
        return False
    except RuleError as exc:
        raise_alert(session, f"stuck:{doc_no}"[:120], now, str(exc))
        counts["stuck"] += 1
        return False
    return True


def _recheck_provisional(session: Session, life: Lifecycle, now: dt.datetime, report: TickReport) -> None:
    """Give provisional deadlines their real date once the calendar is known."""
    for raw in _all(session, select(RawDecision).where(RawDecision.deadline_provisional.is_(True))):
        public = raw.public
        if public is not None and not _guarded(  # a tampered row keeps its provisional mark until repaired
            session,
            raw.doc_no,
            now,
            report.counts,
            lambda p=public, r=raw: integrity.check_unaltered(session, p, r.agency.code),
        ):
            continue
        if not life.set_deadline(raw, now).provisional:
            report.counts["deadline_fixed"] += 1
            _guarded(session, raw.doc_no, now, report.counts, lambda r=raw: life.retime(r, now))
    for alert in _all(
        session, select(Alert).where(Alert.key.like("calendar:%"), Alert.resolved_at.is_(None))
    ):
        if int(alert.key.split(":")[1]) in life.calendar.years:
            alert.resolved_at = now
            report.counts["alert_resolved"] += 1


def _escalate(session: Session, life: Lifecycle, now: dt.datetime, report: TickReport) -> None:
    """Raise and escalate warnings for decisions still unpublished past their deadline, and
    escalate those of decisions held since the warning was raised (a missing legal review, a
    blocked identifier): each by working days, like every other warning."""
    today = local_date(now)
    late = select(RawDecision).where(RawDecision.state.in_(UNPUBLISHED), RawDecision.deadline < today)
    for raw in _all(session, late):
        level = deadlines.warning_level(life.calendar, raw.deadline, today, life.config)
        _raise_to(session, life._warn(raw, "overdue", now), level, now, report)
    held = select(DisclosureWarning).where(
        DisclosureWarning.kind.in_(HELD), DisclosureWarning.resolved_at.is_(None)
    )
    for warning in _all(session, held):
        since = local_date(warning.raised_at)
        _raise_to(
            session, warning, deadlines.warning_level(life.calendar, since, today, life.config), now, report
        )


def _raise_to(
    session: Session, warning: DisclosureWarning, level: int, now: dt.datetime, report: TickReport
) -> None:
    """Escalate a disclosure warning to ``level`` if it is below it, with its audit event."""
    if warning.level >= level:
        return
    audit.record(
        session,
        now=now,
        actor="system",
        action="warning.escalated",
        entity="decision",
        entity_id=warning.raw.doc_no,
        agency_code=warning.raw.agency.code,
        detail={"kind": warning.kind, "from": warning.level, "to": level},
    )
    warning.level, warning.escalated_at = level, now
    report.counts[f"escalated.level{level}"] += 1


def open_warnings(session: Session) -> list[DisclosureWarning]:
    """Every unresolved warning, most severe first."""
    stmt = select(DisclosureWarning).where(DisclosureWarning.resolved_at.is_(None))
    return list(session.scalars(stmt.order_by(DisclosureWarning.level.desc(), DisclosureWarning.raised_at)))
