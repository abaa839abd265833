"""Issuing a supervision notice (行政执法监督通知书) and the agency's answer: its rectification
report or its request for review (复查), and the legal office's answer to that request.

Only the district legal office (role ``supervisor``) issues notices and answers reviews; only
the clerks and reviewers of the notified agency see a notice and answer it. Each period is a
period written N日 (seed 003 art. 24): calendar days from the day after the event, moved to
the next working day when the last one is a rest day (``deadlines.after_days``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import clock, sanitize, vocabulary
from publisher.db import lock
from publisher.lifecycle.actors import AGENCY_BOUND, Actor, NotAllowed, RuleError
from publisher.models import Agency, SupervisionAttachment, SupervisionNotice
from publisher.models.supervision import REVIEW_OUTCOMES
from publisher.office import tracking
from publisher.office.attachments import Attachment
from publisher.office.supervision_notices.trail import record
from publisher.office.supervision_notices.warnings import resolve
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar

DEFAULT_PERIODS = {
    "rectify_days": 30,
    "review_request_days": 7,
    "review_answer_days": 15,
    "decision_days": 15,
}
SOURCE = "昌吉州行政执法监督办法第二十三条至第二十五条"
MAX_TEXT = 5000


def periods(config: Mapping[str, Any], agency_code: str) -> dict[str, int]:
    """The periods in days for notices to ``agency_code`` (``SUPERVISION_DEADLINES``)."""
    return tracking.periods(config, "SUPERVISION_DEADLINES", DEFAULT_PERIODS, agency_code)


def may_see(actor: Actor, notice: SupervisionNotice) -> bool:
    """The legal office and administrators see every notice; agency staff their own agency's."""
    if actor.role in AGENCY_BOUND:
        return actor.agency_code == notice.agency.code
    return actor.role in ("supervisor", "admin")


def require_supervisor(actor: Actor, what: str) -> None:
    """Only the district legal office issues, answers reviews and decides."""
    if actor.role != "supervisor":
        raise NotAllowed(f"{actor.name} ({actor.role}) may not {what}")


def require_agency(actor: Actor, notice: SupervisionNotice, what: str) -> None:
    """Only the notified agency's clerks and reviewers answer a notice."""
    if actor.role not in AGENCY_BOUND or actor.agency_code != notice.agency.code:
        raise NotAllowed(f"{actor.name} ({actor.role}) may not {what} notice {notice.doc_no}")


def clean(value: str, what: str, required: bool = True) -> str:
    """Free text as plain text (tags removed), within the length limit; required unless said."""
    text = sanitize.text(value or "")
    if required and not text:
        raise RuleError(f"请填写{what} / {what} is required")
    if len(text) > MAX_TEXT:
        raise RuleError(f"{what}过长（最多 {MAX_TEXT} 字）/ {what} is longer than {MAX_TEXT} characters")
    return text


def unused_doc_no(session: Session, model: Any, value: str) -> str:
    """A document number (文号) as plain text, refused when a notice or decision already has it."""
    doc_no = clean(value, "文号")[:80]
    if session.scalars(select(model.id).where(model.doc_no == doc_no)).first() is not None:
        raise RuleError(f"文号“{doc_no}”已经使用 / the document number {doc_no} is already used")
    return doc_no


def issue(
    session: Session,
    actor: Actor,
    agency_code: str,
    doc_no: str,
    ground: str,
    facts: str,
    requirement: str,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
) -> SupervisionNotice:
    """Issue a notice; it reaches the agency's desk at once, so the periods run from today."""
    require_supervisor(actor, "issue supervision notices")
    agency = session.scalars(select(Agency).where(Agency.code == agency_code)).first()
    if agency is None:
        raise RuleError(f"没有这个执法机关：{agency_code} / there is no agency {agency_code}")
    if ground not in vocabulary.codes("supervision_ground"):
        raise RuleError(f"未知的监督事由 / unknown ground {ground!r}")
    doc_no = unused_doc_no(session, SupervisionNotice, doc_no)
    received = clock.local_date(now)
    days = periods(config, agency.code)
    notice = SupervisionNotice(
        doc_no=doc_no,
        agency=agency,
        ground=ground,
        facts=clean(facts, "事实"),
        requirement=clean(requirement, "整改要求"),
        status="issued",
        issued_at=now,
        issued_by=actor.name,
        received_on=received,
        rectify_due=deadlines.after_days(calendar, received, days["rectify_days"]),
        review_request_due=deadlines.after_days(calendar, received, days["review_request_days"]),
    )
    session.add(notice)
    session.flush()
    detail = {"ground": ground, "rectify_due": str(notice.rectify_due)}
    record(session, notice, "supervision_notice.issued", now, actor.name, detail)
    return notice


def _require_open(notice: SupervisionNotice) -> None:
    if notice.status != "issued":
        label = vocabulary.label("supervision_notice_status", notice.status)
        raise RuleError(f"该通知书已办结（{label}）/ the notice is closed ({notice.status})")


def rectify(
    session: Session,
    actor: Actor,
    notice: SupervisionNotice,
    text: str,
    now: dt.datetime,
    files: list[Attachment] | None = None,
) -> None:
    """The agency reports its rectification (with optional evidence files); late reports count as late."""
    require_agency(actor, notice, "report the rectification of")
    lock(session, notice)  # the same step sent twice at once is taken once
    _require_open(notice)
    notice.rectification = clean(text, "整改情况")
    notice.status, notice.rectified_at, notice.rectified_by = "rectified", now, actor.name
    notice.rectified_on_time = clock.local_date(now) <= notice.rectify_due
    for item in files or []:
        session.add(
            SupervisionAttachment(
                notice=notice,
                filename=item.filename,
                media_type=item.media_type,
                size=len(item.content),
                sha256=item.sha256,
                content=item.content,
            )
        )
    resolve(session, notice, "rectify", now)
    detail = {"on_time": notice.rectified_on_time, "files": [f.sha256 for f in files or []]}
    record(session, notice, "supervision_notice.rectified", now, actor.name, detail)


def request_review(
    session: Session,
    actor: Actor,
    notice: SupervisionNotice,
    reason: str,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
) -> None:
    """The agency asks for a review within the period after receipt, also after reporting what it
    corrected (it may dispute the rest); the office's period starts."""
    require_agency(actor, notice, "ask for a review of")
    lock(session, notice)  # the same step sent twice at once is taken once
    if notice.status not in ("issued", "rectified"):  # a report of what was corrected keeps the right
        _require_open(notice)
    if notice.review_requested_at is not None:
        raise RuleError("该通知书已申请过复查 / a review of this notice was already asked for")
    today = clock.local_date(now)
    if today > notice.review_request_due:
        raise RuleError(
            f"申请复查的期限已于 {notice.review_request_due} 届满 / "
            f"the period to ask for a review ended on {notice.review_request_due}"
        )
    notice.review_reason = clean(reason, "复查理由")
    notice.review_requested_at, notice.review_requested_by = now, actor.name
    days = periods(config, notice.agency.code)["review_answer_days"]
    notice.review_answer_due = deadlines.after_days(calendar, today, days)
    detail = {"answer_due": str(notice.review_answer_due)}
    record(session, notice, "supervision_notice.review_requested", now, actor.name, detail)


def answer_review(
    session: Session, actor: Actor, notice: SupervisionNotice, outcome: str, text: str, now: dt.datetime
) -> None:
    """The office answers the review: upheld, changed (the answer says how) or withdrawn."""
    require_supervisor(actor, "answer reviews")
    lock(session, notice)  # the same step sent twice at once is taken once
    if not notice.review_pending:
        raise RuleError("没有待答复的复查申请 / there is no review waiting for an answer")
    if outcome not in REVIEW_OUTCOMES:
        raise RuleError(f"未知的复查结果 / unknown outcome {outcome!r}")
    notice.review_answer = clean(text, "复查意见")
    notice.review_outcome, notice.review_answered_at, notice.review_answered_by = outcome, now, actor.name
    notice.review_answered_on_time = clock.local_date(now) <= (notice.review_answer_due or dt.date.max)
    resolve(session, notice, "review_answer", now)
    if outcome == "withdrawn" and notice.status == "issued":
        notice.status = "withdrawn"
        resolve(session, notice, "rectify", now)
    detail = {"outcome": outcome, "on_time": notice.review_answered_on_time}
    record(session, notice, "supervision_notice.review_answered", now, actor.name, detail)


def attachment(
    session: Session, actor: Actor, notice: SupervisionNotice, attachment_id: int, now: dt.datetime
) -> SupervisionAttachment | None:
    """One evidence file of the notice for those who see it; every opening is audited."""
    if not may_see(actor, notice):
        raise NotAllowed(f"{actor.name} may not open the files of notice {notice.doc_no}")
    item = session.get(SupervisionAttachment, attachment_id)
    if item is None or item.notice_id != notice.id:
        return None
    record(session, notice, "supervision_notice.attachment_opened", now, actor.name, {"sha256": item.sha256})
    return item
