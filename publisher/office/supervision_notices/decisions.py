"""The 行政执法监督决定书 (seed 003 art. 25): issued to an agency that did not correct after a
notice, ordering performance within a time limit (责令限期履行), supplement or correction
(责令补正或者改正), or revoking (撤销) or confirming as unlawful or void (确认违法或者无效) the act.

Not while a review of the notice waits for its answer, not before the rectification period
has ended, and not where the party has already applied for administrative reconsideration or
sued (LEGAL.md §8). A decision that orders something has its own last day (N日, counted like
the notice's), by which the agency reports that it performed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from publisher import clock
from publisher.db import lock
from publisher.lifecycle.actors import Actor, RuleError
from publisher.models import SupervisionDecision, SupervisionNotice
from publisher.models.supervision import DECISION_KINDS, ORDERING_KINDS
from publisher.office.supervision_notices.notices import (
    clean,
    periods,
    require_agency,
    require_supervisor,
    unused_doc_no,
)
from publisher.office.supervision_notices.trail import record
from publisher.office.supervision_notices.warnings import resolve
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar

MAX_DAYS = 180


def decide(
    session: Session,
    actor: Actor,
    notice: SupervisionNotice,
    doc_no: str,
    kind: str,
    reasons: str,
    ordered: str,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
    days: int | None = None,
    party_sought_remedy: bool = False,
) -> SupervisionDecision:
    """Issue the decision on a notice that was not complied with; ``days`` for an order to act."""
    require_supervisor(actor, "issue supervision decisions")
    lock(session, notice)  # the same step sent twice at once is taken once
    today = clock.local_date(now)
    if notice.status != "issued":
        raise RuleError(
            "只有未整改的通知书才能作出监督决定 / only a notice not complied with leads to a decision"
        )
    if notice.review_pending:
        raise RuleError("复查申请尚未答复 / answer the request for review first")
    if today <= notice.rectify_due:
        raise RuleError(
            f"整改期限 {notice.rectify_due} 届满后才能作出监督决定 / "
            f"a decision comes only after the rectification period ends on {notice.rectify_due}"
        )
    if party_sought_remedy:
        raise RuleError(
            "当事人已申请行政复议或者提起行政诉讼的，不作出监督决定 / no decision where the party "
            "has applied for administrative reconsideration or sued"
        )
    if kind not in DECISION_KINDS:
        raise RuleError(f"未知的决定种类 / unknown kind {kind!r}")
    doc_no = unused_doc_no(session, SupervisionDecision, doc_no)
    due = None
    if kind in ORDERING_KINDS:
        days = days or periods(config, notice.agency.code)["decision_days"]
        if not 1 <= days <= MAX_DAYS:
            raise RuleError(f"履行期限应为 1 至 {MAX_DAYS} 日 / the time limit is 1 to {MAX_DAYS} days")
        due = deadlines.after_days(calendar, today, days)
    decision = SupervisionDecision(
        notice=notice,
        doc_no=doc_no,
        kind=kind,
        reasons=clean(reasons, "理由"),
        ordered=clean(ordered, "决定内容"),
        issued_at=now,
        issued_by=actor.name,
        perform_due=due,
    )
    session.add(decision)
    notice.status = "decided"
    resolve(session, notice, "rectify", now)
    detail = {"decision": doc_no, "kind": kind, "perform_due": str(due) if due else None}
    record(session, notice, "supervision_decision.issued", now, actor.name, detail)
    return decision


def perform(session: Session, actor: Actor, notice: SupervisionNotice, text: str, now: dt.datetime) -> None:
    """The agency reports that it did what the decision ordered."""
    require_agency(actor, notice, "report the performance of the decision on")
    lock(session, notice)  # the same report sent twice at once is made once
    decision = notice.decision
    if decision is not None:
        session.refresh(decision)
    if decision is None or decision.kind not in ORDERING_KINDS:
        raise RuleError("该决定不需要报告履行情况 / this decision orders nothing to report on")
    if decision.performed_at is not None:
        raise RuleError("已经报告过履行情况 / the performance was already reported")
    decision.performance = clean(text, "履行情况")
    decision.performed_at, decision.performed_by = now, actor.name
    decision.performed_on_time = clock.local_date(now) <= (decision.perform_due or dt.date.max)
    resolve(session, notice, "perform", now)
    detail = {"decision": decision.doc_no, "on_time": decision.performed_on_time}
    record(session, notice, "supervision_decision.performed", now, actor.name, detail)
