"""The reviewer's work on a held decision and on corrections, with the four-eyes rule.

A reviewer (法制审核) adjusts a redaction — removes a passage the redactor missed, or gives
back a span it removed wrongly, always with a reason — and approves; nobody approves a
record they submitted themselves. A published decision changes only through a correction
request (who, why, when) that someone other than the requester approves (LEGAL.md §7).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError, check
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import AuditEvent, CorrectionRequest, RawDecision

EDITABLE = ("text", "legal_basis", "result", "fine_amount", "confiscation_amount")


def submitter(session: Session, raw: RawDecision) -> str | None:
    """Who handed in the current version of the record (from the audit trail)."""
    return session.scalars(
        select(AuditEvent.actor)
        .where(
            AuditEvent.entity == "decisions",
            AuditEvent.entity_id == raw.doc_no,
            AuditEvent.action.in_(("intake.added", "intake.corrected")),
        )
        .order_by(AuditEvent.seq.desc())
    ).first()


def _adjust(
    session: Session,
    life: Lifecycle,
    raw: RawDecision,
    key: str,
    item: dict[str, Any],
    actor: Actor,
    now: dt.datetime,
) -> None:
    check(actor, "approve", raw.agency.code)
    if raw.state not in ("pending_review", "scheduled"):
        raise RuleError(f"{raw.doc_no} 不在待审核状态 / is not waiting for review")
    if not str(item.get("reason") or "").strip():
        raise RuleError("请说明理由 / give a reason")
    review = dict(raw.review or {})
    review[key] = [*review.get(key, []), {**item, "by": actor.name, "at": now.isoformat()}]
    raw.review = review
    life._redact(raw)
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action=f"redaction.{key}",
        entity="decision",
        entity_id=raw.doc_no,
        agency_code=raw.agency.code,
        detail={k: v for k, v in item.items() if k != "text"} | {"length": len(str(item.get("text", "")))},
    )


def add_removal(
    session: Session,
    life: Lifecycle,
    raw: RawDecision,
    text: str,
    reason: str,
    actor: Actor,
    now: dt.datetime,
) -> None:
    """Remove ``text`` wherever it occurs in the decision text."""
    text = text.strip()
    if len(text) < 2 or text not in str(raw.record.get("text") or ""):
        raise RuleError("要删除的文字须在原文中出现且至少两个字 / the passage must occur in the text")
    _adjust(session, life, raw, "remove", {"text": text, "reason": reason}, actor, now)


def restore(
    session: Session,
    life: Lifecycle,
    raw: RawDecision,
    start: int,
    end: int,
    reason: str,
    actor: Actor,
    now: dt.datetime,
) -> None:
    """Give back an automatic removal; the leak scan still refuses to publish an identifier."""
    spans = (raw.redaction or {}).get("spans", [])
    match = next((s for s in spans if s["start"] == start and s["end"] == end), None)
    if match is None:
        raise RuleError("没有这处删除 / there is no such removal")
    _adjust(
        session,
        life,
        raw,
        "restore",
        {"start": start, "end": end, "rule": match["rule"], "reason": reason},
        actor,
        now,
    )


def approve(session: Session, life: Lifecycle, raw: RawDecision, actor: Actor, now: dt.datetime) -> None:
    """Approve a held decision for publication: never one's own submission."""
    check(actor, "approve", raw.agency.code)
    if actor.name == submitter(session, raw):
        raise NotAllowed("不能审核自己报送的记录 / nobody approves their own submission")
    life.approve(raw, now, actor)


def request_correction(
    session: Session, raw: RawDecision, changes: dict[str, Any], reason: str, actor: Actor, now: dt.datetime
) -> CorrectionRequest:
    """Ask to correct a published decision; nothing public changes until approval."""
    check(actor, "withdraw", raw.agency.code)  # the same people who may take it down
    if raw.public is None or raw.public.status != "published":
        raise RuleError(f"{raw.doc_no} 未在公示中 / is not published")
    unknown = set(changes) - set(EDITABLE)
    if unknown or not changes:
        raise RuleError(f"只能更正 / only these fields can be corrected: {', '.join(EDITABLE)}")
    if not reason.strip():
        raise RuleError("更正须说明理由 / a correction needs a reason")
    request = CorrectionRequest(
        raw_id=raw.id,
        requested_by=actor.name,
        requested_at=now,
        reason=reason,
        changes=changes,
        status="pending",
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action="correction.requested",
        entity="decision",
        entity_id=raw.doc_no,
        agency_code=raw.agency.code,
        detail={"request": request.id, "fields": sorted(changes), "reason": reason},
    )
    return request


def decide_correction(
    session: Session,
    life: Lifecycle,
    request: CorrectionRequest,
    approve_it: bool,
    actor: Actor,
    now: dt.datetime,
    note: str = "",
) -> None:
    """Approve (and apply at once) or reject a correction request; not one's own."""
    raw = request.raw
    check(actor, "correct", raw.agency.code)
    if request.status != "pending":
        raise RuleError("该更正申请已处理 / the request was already decided")
    if actor.name == request.requested_by:
        raise NotAllowed("不能批准自己的更正申请 / nobody approves their own correction request")
    request.status = "approved" if approve_it else "rejected"
    request.decided_by, request.decided_at, request.note = actor.name, now, note
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action=f"correction.{request.status}",
        entity="decision",
        entity_id=raw.doc_no,
        agency_code=raw.agency.code,
        detail={"request": request.id, "note": note},
    )
    if approve_it:
        raw.record = {**raw.record, **request.changes}
        raw.state_reason = "correction_pending"
        life.correct(raw, request.reason, now, actor)
    elif raw.state_reason == "correction_pending":
        raw.state_reason = None  # the public form stays as it was


def queue_resubmission(session: Session, raw: RawDecision, now: dt.datetime) -> CorrectionRequest | None:
    """An agency re-sent a published record with changes: open a request for a reviewer (tick)."""
    pending = session.scalars(
        select(CorrectionRequest).where(
            CorrectionRequest.raw_id == raw.id, CorrectionRequest.status == "pending"
        )
    ).first()
    if pending is not None:
        return None
    request = CorrectionRequest(
        raw_id=raw.id,
        requested_by=submitter(session, raw) or "intake",
        requested_at=now,
        reason="机关重新报送了已公示的记录 / the agency resubmitted a published record",
        changes={},
        status="pending",
    )
    session.add(request)
    audit.record(
        session,
        now=now,
        actor="system",
        action="correction.requested",
        entity="decision",
        entity_id=raw.doc_no,
        agency_code=raw.agency.code,
        detail={"reason": "resubmitted"},
    )
    return request
