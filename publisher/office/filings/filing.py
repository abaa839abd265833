"""Flagging major decisions at intake, the filing period, the agency's filing and the
supervisor's acknowledgement; each step written to the audit trail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import clock
from publisher.db import lock
from publisher.lifecycle.actors import AGENCY_BOUND, Actor, NotAllowed, RuleError
from publisher.models import MajorDecision, RawDecision
from publisher.office.filings.warnings import forget, record, resolve
from publisher.rules import deadlines, major
from publisher.rules.calendar import Calendar

FILE_DAYS = 10
SOURCE = "武清区行政执法监督实施意见六(四)、监督平台管理实施意见三(四)：作出决定之日起10日内备案"
MAX_EVIDENCE = 50
MAX_ITEM = 200


def period(config: Mapping[str, Any], agency_code: str) -> tuple[int, str]:
    """Days (written N日) an agency has to file a major decision, and their source."""
    table = dict(config.get("FILING_DEADLINES") or {})
    merged: dict[str, Any] = {"file_days": FILE_DAYS, "source": SOURCE}
    for key in ("default", agency_code):
        entry = dict(table.get(key, {}))
        if "file_days" in entry and "source" not in entry:
            entry["source"] = f"PORTAL_FILING_DEADLINES ({key})"
        merged.update(entry)
    return int(merged["file_days"]), str(merged["source"])[:200]


def status(item: MajorDecision, today: dt.date) -> str:
    """due, overdue, filed (waiting for the legal office) or acknowledged."""
    if item.acknowledged_at is not None:
        return "acknowledged"
    if item.filed_at is not None:
        return "filed"
    return "overdue" if today > item.filing_due else "due"


def late_days(item: MajorDecision) -> int:
    """Calendar days the filing came after its day (0 when on time or not filed)."""
    if item.filed_at is None:
        return 0
    return max(0, (clock.local_date(item.filed_at) - item.filing_due).days)


def flag(
    session: Session,
    raw: RawDecision,
    calendar: Calendar,
    config: Mapping[str, Any],
    now: dt.datetime,
    actor: str,
) -> MajorDecision | None:
    """Flag a decision just stored (or corrected) as major when its agency's catalogue says so;
    a correction moves the filing day, or clears an unfiled flag the record no longer meets."""
    code = str(raw.record["agency"])
    why = major.reasons(raw.record, major.catalogue(config, code))
    if raw.id is None:  # just added: nothing flagged yet
        if not why:
            return None
        session.flush()  # so that the audit event can name the decision's agency
    item = session.scalars(select(MajorDecision).where(MajorDecision.raw_id == raw.id)).first()
    if not why:
        if item is not None and item.filed_at is None:
            record(session, item, "filing.cleared", now, actor)
            forget(session, item)
            session.delete(item)
        return None
    days, source = period(config, code)
    due = deadlines.after_days(calendar, raw.decision_date, days)
    if item is None:
        item = MajorDecision(raw=raw, flagged_at=now, evidence=[])
        session.add(item)
    elif (item.reasons, item.filing_due) == (why, due):
        return item
    item.reasons, item.filing_due, item.period_days, item.period_source = why, due, days, source
    record(
        session, item, "filing.flagged", now, actor, {"reasons": why, "due": due.isoformat(), "days": days}
    )
    return item


def may_file(actor: Actor, item: MajorDecision) -> bool:
    """Whether ``actor`` is staff of the agency that made the decision."""
    return actor.role in AGENCY_BOUND and actor.agency_code == item.raw.agency.code


def evidence_list(text: str) -> list[str]:
    """The main evidence, one item a line, blank lines dropped."""
    items = [line.strip()[:MAX_ITEM] for line in text.splitlines() if line.strip()]
    return items[:MAX_EVIDENCE]


def file(
    session: Session, item: MajorDecision, actor: Actor, evidence: list[str], note: str, now: dt.datetime
) -> None:
    """The agency files the decision, its legal review and the main evidence (备案)."""
    if not may_file(actor, item):
        raise NotAllowed(f"{actor.name} may not file decision {item.raw.doc_no}")
    lock(session, item)  # a filing sent twice at once is made once
    if item.filed_at is not None:
        raise RuleError("该决定已经备案 / this decision has already been filed")
    if not major.has_review(item.raw.record):
        raise RuleError(
            "备案须附法制审核记录，请先补报审核人员、审核日期和审核意见 / "
            "a filing includes the legal review: send the reviewer, date and opinion first"
        )
    if not evidence:
        raise RuleError("请列出主要证据，每行一项 / list the main evidence, one item a line")
    item.filed_at, item.filed_by, item.evidence, item.note = now, actor.name, evidence, note or None
    resolve(session, item, now)
    detail = {"evidence": len(evidence), "late_days": late_days(item)}
    record(session, item, "filing.filed", now, actor.name, detail)


def acknowledge(session: Session, item: MajorDecision, actor: Actor, remark: str, now: dt.datetime) -> None:
    """The district legal office acknowledges a filing it has read."""
    if actor.role != "supervisor":
        raise NotAllowed(f"{actor.name} ({actor.role}) may not acknowledge filings")
    lock(session, item)  # two acknowledgements at once: one is made
    if item.filed_at is None:
        raise RuleError("尚未备案，无法确认 / nothing has been filed yet")
    if item.acknowledged_at is not None:
        raise RuleError("该备案已经确认 / this filing has already been acknowledged")
    item.acknowledged_at, item.acknowledged_by, item.remark = now, actor.name, remark or None
    record(session, item, "filing.acknowledged", now, actor.name, {"late_days": late_days(item)})
