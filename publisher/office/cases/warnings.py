"""Warnings of case records: stages entered late, and seizures, sealings or demolitions without
an audio-visual record.

``assess`` runs after every intake through the web or the API and in every tick: it gives new
stages their last day of entry and lateness, raises a warning for each late entry and for each
case past its period without an audio-visual record, escalates open warnings by the working
days since the day that was missed (``deadlines.warning_level``: level 1 to the agency's legal
office, level 2 to the district legal office, level 3 to the city, LEGAL.md §7), and resolves a
missing-record warning once a record is listed. A late entry stays late: its warning is closed
by the agency's legal office (its reviewer) or the district legal office saying how it was
handled.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from publisher import audit, clock, sanitize
from publisher.db import lock
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import AvRecord, CaseStage, CaseWarning, RawDecision
from publisher.office.cases import rules
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar

MAX_NOTE = 2000


def record(
    session: Session, raw: RawDecision, action: str, now: dt.datetime, actor: str, detail: dict[str, Any]
) -> None:
    """Append a step of a case record to the audit trail."""
    audit.record(
        session,
        now=now,
        actor=actor,
        action=action,
        entity="case",
        entity_id=raw.doc_no,
        agency_code=raw.agency.code,
        detail=detail,
    )


# A warning to raise: the case, its kind, the day that was missed, what the audit event says,
# and the late stage (None for a missing audio-visual record).
Found = tuple[RawDecision, str, dt.date, dict[str, Any], CaseStage | None]


def assess(
    session: Session,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
    agency_id: int | None = None,
) -> Counter[str]:
    """Time new stages, raise, escalate and resolve warnings (of one agency, when given)."""
    counts: Counter[str] = Counter()
    today = clock.local_date(now)

    def scope(stmt: Any) -> Any:
        return stmt if agency_id is None else stmt.where(RawDecision.agency_id == agency_id)

    found = [
        *_late_stages(session, calendar, config, scope),
        *_missing_av(session, today, calendar, config, scope),
    ]
    for raw, kind, due, detail, stage in found:
        level = deadlines.warning_level(calendar, due, today, config)
        session.add(
            CaseWarning(
                raw=raw, stage=stage, kind=kind, due=due, level=level, raised_at=now, escalated_at=now
            )
        )
        record(session, raw, "case_warning.raised", now, "system", {"kind": kind, "level": level, **detail})
        counts["case_warning.raised"] += 1
    stmt = select(CaseWarning).join(RawDecision).where(CaseWarning.resolved_at.is_(None))
    for warning in session.scalars(scope(stmt)).all():
        if warning.kind == "av_missing" and _has_av(session, warning.raw_id):
            warning.resolved_at, warning.resolved_by = now, "system"
            record(session, warning.raw, "case_warning.resolved", now, "system", {"kind": warning.kind})
            counts["case_warning.resolved"] += 1
            continue
        level = deadlines.warning_level(calendar, warning.due, today, config)
        if warning.level < level:
            detail = {"kind": warning.kind, "from": warning.level, "to": level}
            record(session, warning.raw, "case_warning.escalated", now, "system", detail)
            warning.level, warning.escalated_at = level, now
            counts[f"case_warning.level{level}"] += 1
    return counts


def _has_av(session: Session, raw_id: int) -> bool:
    return session.scalar(select(exists().where(AvRecord.raw_id == raw_id))) or False


def _late_stages(
    session: Session, calendar: Calendar, config: Mapping[str, Any], scope: Any
) -> Iterator[Found]:
    """Each stage without a last day of entry gets one (once its calendar is known) and its
    lateness; the late ones are found."""
    stmt = select(CaseStage).join(RawDecision).where(CaseStage.due.is_(None))
    for stage in session.scalars(scope(stmt)).all():
        raw = stage.raw
        days = rules.entry_period(config, raw.agency.code, raw.category, stage.stage)
        stage.period, stage.due = days, rules.last_day(calendar, stage.happened, days)
        if stage.due is None:
            continue  # fail closed: no calendar for that year yet; the next tick tries again
        stage.late_days = deadlines.late_by(calendar, stage.due, clock.local_date(stage.entered_at))
        if stage.late_days:
            detail = {
                "stage": stage.stage,
                "happened": stage.happened.isoformat(),
                "late_days": stage.late_days,
            }
            yield raw, "stage_late", stage.due, detail, stage


def _missing_av(
    session: Session, today: dt.date, calendar: Calendar, config: Mapping[str, Any], scope: Any
) -> Iterator[Found]:
    """Cases whose measures need an audio-visual record and that list none past their period."""
    named = RawDecision.record["coercive_measures"].as_string()
    stmt = select(RawDecision).where(
        or_(RawDecision.category == "coercion", named.is_not(None)),
        ~exists().where(AvRecord.raw_id == RawDecision.id),
        ~exists().where((CaseWarning.raw_id == RawDecision.id) & (CaseWarning.kind == "av_missing")),
    )
    for raw in session.scalars(scope(stmt)).all():
        if not rules.needs_av(raw.record, config):
            continue
        days = rules.periods(config, raw.agency.code)["av_workdays"]
        due = rules.last_day(calendar, raw.decision_date, days)
        if due is not None and today > due:
            yield (
                raw,
                "av_missing",
                due,
                {"measures": sorted(rules.measures(raw.record)), "due": due.isoformat()},
                None,
            )


def may_handle(actor: Actor, warning: CaseWarning) -> bool:
    """The agency's legal office (its reviewer) and the district legal office handle warnings."""
    own = actor.role == "reviewer" and actor.agency_code == warning.raw.agency.code
    return own or actor.role == "supervisor"


def handle(session: Session, warning: CaseWarning, actor: Actor, note: str, now: dt.datetime) -> None:
    """Close a warning with how it was handled (why the entry was late, what was put right)."""
    if not may_handle(actor, warning):
        raise NotAllowed(f"{actor.name} may not handle case warning {warning.id}")
    lock(session, warning)  # handled twice at once: once
    if warning.resolved_at is not None:
        raise RuleError("该预警已处理 / the warning was already handled")
    note = sanitize.text(note or "").strip()
    if not note:
        raise RuleError("请写明处理情况 / say how the warning was handled")
    if len(note) > MAX_NOTE:
        raise RuleError("处理情况过长 / the note is too long")
    warning.resolved_at, warning.resolved_by, warning.resolution = now, actor.name, note
    record(
        session,
        warning.raw,
        "case_warning.handled",
        now,
        actor.name,
        {"kind": warning.kind, "level": warning.level},
    )
