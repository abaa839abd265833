"""Tamper evidence for the published data, not only for the log (DESIGN.md invariant 9).

Every event that publishes, corrects, ends or moves a decision carries the digest of the
public row as it stood after the event (``detail["public_digest"]``). :func:`check_rows`
recomputes the digest of every public row and names each one that differs from its last
such event, so a direct edit of ``public_decisions`` shows. A chain rewritten end to end
(every later hash recomputed, the head rewound) is self-consistent, so the chain's head is
published (``/data/audit/head.json`` and the data packages): :func:`check_against` compares
the chain with a head that anyone saved earlier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from publisher import audit
from publisher.audit import digest
from publisher.lifecycle.actors import RuleError
from publisher.models import Agency, AuditEvent, AuditHead, PublicDecision, RawDecision, Tombstone

SEALING = (
    "decision.publish",
    "decision.correct",
    "decision.withdraw",
    "decision.expire",
    "decision.repair",
    "decision.moved",
    "decision.retimed",
    "decision.sealed",
)
FORGED_SEAL = "sealed-over-an-earlier-digest"
RELINKED = "linked to another decision's received record"
UNSEALED = "its last event predates row digests (run `publisher audit seal` once after upgrading)"
# Internal keys: the agency is covered by its code, a linked row by its public id (so that
# swapping rows' internal ids, which moves links and tombstones, shows).
_SKIP = {"id", "raw_id", "agency_id", "supersedes_id"}
_STONE = ("kind", "reason", "basis", "effective", "deadline", "late_days", "recorded_at")
CENT = Decimal("0.01")


def money(value: Any) -> Decimal | None:
    """An amount as stored: two decimal places, halves rounded up (as PostgreSQL's numeric does)."""
    if value in (None, ""):
        return None
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP) + 0  # + 0: no "-0.00"


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return value


def public_fields(public: PublicDecision, agency_code: str) -> dict[str, Any]:
    """The public row (and its tombstone) as plain values, the way anyone reading it sees it."""
    names = [c.key for c in PublicDecision.__mapper__.column_attrs if c.key not in _SKIP]
    fields = {name: _plain(getattr(public, name)) for name in names}
    fields["agency"] = agency_code
    fields["supersedes"] = _public_id(public.supersedes)
    stone = public.tombstone
    fields["tombstone"] = (
        {**{k: _plain(getattr(stone, k)) for k in _STONE}, "replacement": _public_id(stone.replacement)}
        if stone is not None
        else None
    )
    return fields


def _public_id(row: PublicDecision | None) -> str | None:
    return row.public_id if row is not None else None


def row_digest(public: PublicDecision, agency_code: str) -> str:
    """The digest of a public row that the audit event recording its change carries."""
    return digest(public_fields(public, agency_code))


@dataclass(frozen=True)
class RowProblem:
    """A public row that does not match the audit trail."""

    doc_no: str
    public_id: str | None
    problem: str

    def __str__(self) -> str:
        return f"{self.doc_no} ({self.public_id or '—'}): {self.problem}"


def _batches(
    session: Session, batch: int
) -> Iterator[tuple[list[PublicDecision], dict[str, tuple[int, str | None]], dict[int, str]]]:
    """Public rows a batch at a time, with their last sealing events and the agencies' codes."""
    codes: dict[int, str] = {id_: code for id_, code in session.execute(select(Agency.id, Agency.code))}
    last_id = 0
    while True:
        rows = list(
            session.scalars(
                select(PublicDecision)
                .where(PublicDecision.id > last_id)
                .order_by(PublicDecision.id)
                .limit(batch)
                .options(
                    selectinload(PublicDecision.tombstone).selectinload(Tombstone.replacement),
                    selectinload(PublicDecision.supersedes),
                )
            )
        )
        if not rows:
            return
        last_id = rows[-1].id
        yield rows, _last_digests(session, [p.doc_no for p in rows]), codes


def check_rows(session: Session, batch: int = 1000) -> Iterator[RowProblem]:
    """Yield every public row whose digest differs from its last audited state, every row linked
    to another decision's received record, and every lost row."""
    for rows, sealed, codes in _batches(session, batch):
        received = dict(
            session.execute(
                select(RawDecision.id, RawDecision.doc_no).where(RawDecision.id.in_([p.raw_id for p in rows]))
            ).all()
        )
        for public in rows:
            expected = sealed.get(public.doc_no)
            if received.get(public.raw_id) != public.doc_no:
                yield RowProblem(public.doc_no, public.public_id, RELINKED)
            elif expected is None:
                yield RowProblem(public.doc_no, public.public_id, "no audit event records this public row")
            elif expected[1] is None:
                yield RowProblem(public.doc_no, public.public_id, UNSEALED)
            elif expected[1] == FORGED_SEAL:
                yield RowProblem(
                    public.doc_no, public.public_id, f"sealed again over its digest (event {expected[0]})"
                )
            elif expected[1] != row_digest(public, codes.get(public.agency_id, "")):
                yield RowProblem(
                    public.doc_no,
                    public.public_id,
                    f"differs from its last audited state (event {expected[0]})",
                )
        session.expunge_all()
    yield from _lost_rows(session, batch)


def seal(session: Session, actor: str, now: dt.datetime, batch: int = 1000) -> int:
    """Record the digest of every public row whose last event carries none (rows published before
    digests existed); rows already sealed are left alone, so an edit of one is never covered up."""
    sealed = 0
    for rows, events, codes in _batches(session, batch):
        for public in rows:
            if public.doc_no in events and events[public.doc_no][1] is not None:
                continue
            code = codes.get(public.agency_id, "")
            audit.record(
                session,
                now=now,
                actor=actor,
                action="decision.sealed",
                entity="decision",
                entity_id=public.doc_no,
                agency_code=code,
                detail={"public_digest": row_digest(public, code)},
            )
            sealed += 1
        audit.release(session)
    return sealed


class Tampered(RuleError):
    """A public row differs from its last audited state: someone edited it outside the lifecycle."""


def check_unaltered(session: Session, public: PublicDecision, agency_code: str) -> None:
    """Refuse to record a new state over a row that was edited since its last event (no laundering)."""
    if public.id is None:
        return
    if public.raw is not None and public.raw.doc_no != public.doc_no:
        raise Tampered(f"{public.doc_no}: {RELINKED} / 公开记录指向另一决定的原始记录")
    last = _last_digests(session, [public.doc_no]).get(public.doc_no)
    if last is not None and last[1] is not None and last[1] != row_digest(public, agency_code):
        raise Tampered(
            f"{public.doc_no}: 公开记录在审计记录之外被改动，请先运行 publisher audit verify / "
            "the public row was changed outside the audit trail; run publisher audit verify"
        )


def _last_digests(session: Session, doc_nos: list[str]) -> dict[str, tuple[int, str | None]]:
    """The sequence and public digest of the last sealing event of each decision.

    A seal after a digest was already recorded is never legitimate (`seal` skips such rows),
    so it counts as no digest at all, and the row is reported.
    """
    found: dict[str, tuple[int, str | None]] = {}
    events = session.execute(
        select(AuditEvent.entity_id, AuditEvent.seq, AuditEvent.action, AuditEvent.detail)
        .where(AuditEvent.entity == "decision", AuditEvent.action.in_(SEALING))
        .where(AuditEvent.entity_id.in_(doc_nos))
        .order_by(AuditEvent.seq)
    )
    for doc_no, seq, action, detail in events:
        digest_ = detail.get("public_digest") if isinstance(detail, dict) else None
        if action == "decision.sealed" and found.get(doc_no, (0, None))[1] is not None:
            digest_ = FORGED_SEAL
        found[doc_no] = (seq, digest_)
    return found


def _lost_rows(session: Session, batch: int) -> Iterator[RowProblem]:
    """Decisions the chain says were published whose public row is gone."""
    stmt = (
        select(AuditEvent.entity_id)
        .where(AuditEvent.action == "decision.publish")
        .distinct()
        .execution_options(yield_per=batch)
    )
    published = session.scalars(stmt)
    try:
        for chunk in published.partitions(batch):
            stmt = select(PublicDecision.doc_no).where(PublicDecision.doc_no.in_(chunk))
            present = set(session.scalars(stmt))
            for doc_no in chunk:
                if doc_no not in present:
                    yield RowProblem(doc_no, None, "the audit trail published it, but the row is gone")
    finally:
        published.close()


def head(session: Session) -> dict[str, Any]:
    """The chain's head as published: sequence, hash and the time of the last event."""
    row = session.get(AuditHead, 1)
    seq, hash_ = (row.seq, row.hash) if row is not None else (0, "0" * 64)
    last = session.scalar(select(AuditEvent.at).where(AuditEvent.seq == seq)) if seq else None
    return {"seq": seq, "hash": hash_, "at": last.astimezone(dt.UTC).isoformat() if last else None}


def check_against(session: Session, saved: dict[str, Any]) -> str | None:
    """Why the chain does not extend a head saved earlier; None when it does."""
    try:
        seq, hash_ = int(saved["seq"]), str(saved["hash"])
    except (KeyError, TypeError, ValueError, OverflowError):
        return "the saved head needs 'seq' and 'hash'"
    if not 0 <= seq < 2**63:
        return f"the saved head's sequence {seq} is out of range"
    if seq == 0:
        return None
    event = session.scalar(select(AuditEvent).where(AuditEvent.seq == seq))
    if event is None:
        return f"event {seq} of the saved head is missing (the chain was cut back)"
    if event.hash != hash_:
        return f"event {seq} has another hash than the saved head (the chain was rewritten)"
    return None
