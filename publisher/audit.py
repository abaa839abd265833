"""The hash-chained audit trail (执法全过程记录): append, and verify.

Every event's hash covers its own fields and the previous event's hash, so editing,
deleting or reordering any stored event breaks every later link. Appends are
serialised by updating the single ``audit_head`` row first, which takes a row lock on
PostgreSQL and the write lock on SQLite.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from publisher.models import AuditEvent, AuditHead

GENESIS = "0" * 64


def digest(value: Any) -> str:
    """Return the SHA-256 of a JSON-serialisable value in canonical form."""
    return hashlib.sha256(canonical(value).encode()).hexdigest()


def canonical(value: Any) -> str:
    """Serialise a value to JSON with sorted keys and no insignificant spaces."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(fields)).encode()).hexdigest()


def _fields(event: AuditEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at.astimezone(dt.UTC).isoformat(),
        "actor": event.actor,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "agency_code": event.agency_code,
        "before": event.before,
        "after": event.after,
        "detail": event.detail,
    }


def record(
    session: Session,
    *,
    now: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    agency_code: str | None = None,
    before: str | None = None,
    after: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction."""
    head = _lock_head(session)
    event = AuditEvent(
        seq=head.seq,
        at=now,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        agency_code=agency_code,
        before=before,
        after=after,
        detail=json.loads(canonical(detail or {})),
        prev_hash=head.hash,
    )
    event.hash = _event_hash(head.hash, _fields(event))
    head.hash = event.hash
    session.add(event)
    return event


def lock(session: Session) -> None:
    """Take the chain head's lock now, before reading what the next events depend on (who owns
    a record): concurrent writers then read and write one after the other. Held to commit."""
    result = session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq))
    if result.rowcount == 0:  # type: ignore[attr-defined]  # an empty chain: its head row is the lock
        session.add(AuditHead(id=1, seq=0, hash=GENESIS))
        session.flush()


def _lock_head(session: Session) -> AuditHead:
    """Return the chain head with its sequence advanced, locking it once per transaction."""
    tx = session.get_transaction()
    cached = session.info.get("audit_head")
    if cached is not None and cached[0] is tx and cached[1] in session:
        head: AuditHead = cached[1]
        head.seq += 1
        return head
    result = session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1))
    if result.rowcount == 0:  # type: ignore[attr-defined]
        session.add(AuditHead(id=1, seq=1, hash=GENESIS))
        session.flush()
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).execution_options(populate_existing=True)
    ).scalar_one()
    session.info["audit_head"] = (tx, head)
    return head


def release(session: Session) -> None:
    """Detach everything but the chain head (bounded memory in long transactions)."""
    session.flush()
    for obj in list(session):
        if not isinstance(obj, AuditHead):
            session.expunge(obj)


@dataclass(frozen=True)
class Verification:
    """The outcome of recomputing the chain."""

    ok: bool
    checked: int
    broken_seq: int | None = None
    problem: str | None = None


def verify(session: Session, batch: int = 5000) -> Verification:
    """Recompute every link and report the first broken one."""
    stmt = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch)
    events = session.scalars(stmt)
    try:
        broken, prev, checked = _first_break(events)
    finally:
        events.close()  # a server-side cursor on PostgreSQL
    if broken:
        return broken
    head = session.get(AuditHead, 1)
    if head is not None and (head.hash != prev or head.seq != checked):
        return Verification(False, checked, checked + 1, "events after this one were removed")
    return Verification(True, checked)


def _first_break(events: Iterable[AuditEvent]) -> tuple[Verification | None, str, int]:
    prev, expected_seq, checked = GENESIS, 1, 0
    for event in events:
        if event.seq != expected_seq:
            return Verification(False, checked, expected_seq, "missing event"), prev, checked
        if event.prev_hash != prev:
            return Verification(False, checked, event.seq, "previous hash does not match"), prev, checked
        if _event_hash(prev, _fields(event)) != event.hash:
            return Verification(False, checked, event.seq, "event was altered"), prev, checked
        prev, expected_seq, checked = event.hash, expected_seq + 1, checked + 1
    return None, prev, checked
