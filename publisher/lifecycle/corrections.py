"""The public correction log (更正记录): which public fields of a record changed, when and why.

Every correction of a published decision (an approved correction request, or a re-sent
record a reviewer approved) and every change of a credential's public details other than
its status (status changes have their own history) leaves one entry. An entry names the
fields, never their values before or after, and its reason passes through the redactor
(LEGAL.md §4: incorrect information is corrected promptly; SAMR 2021 art. 12).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import integrity, redact, sanitize
from publisher.models import AuditEvent, Correction, Officer, PublicDecision

# The public fields whose change a correction log names (decision_row's content, not its timeliness).
DECISION_FIELDS = (
    "doc_no",
    "category",
    "decision_date",
    "target_type",
    "target_name",
    "credit_code",
    "legal_representative",
    "legal_basis",
    "result",
    "fine_amount",
    "confiscation_amount",
    "power_code",
    "text",
)
OFFICER_FIELDS = ("name", "agency", "category", "area", "issuing_authority", "valid_from", "valid_until")
RESENT_CREDENTIAL = "执法机关重新报送了证件信息 / the agency re-sent the credential's details"
MAX_REASON = 2000


def decision_snapshot(public: PublicDecision, agency_code: str) -> dict[str, Any]:
    """The public fields of a decision as anyone reads them (to compare before and after)."""
    fields = integrity.public_fields(public, agency_code)
    return {name: fields.get(name) for name in DECISION_FIELDS}


def officer_snapshot(officer: Officer) -> dict[str, Any]:
    """The public details of a credential other than its status."""
    values = {name: getattr(officer, name, None) for name in OFFICER_FIELDS if name != "agency"}
    values["agency"] = officer.agency_id
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items()}


def changed(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The names of the fields whose value differs (never the values)."""
    return [name for name in before if before[name] != after.get(name)]


def public_reason(text: str, record: dict[str, Any] | None = None) -> str:
    """A reason as the public may read it: plain text through the redactor with what the
    decision's record declares private (its party's name, legal representative, numbers), and
    withheld when the final scan still finds an identifier; bounded."""
    cleaned = sanitize.text(text or "")
    redacted, _spans = redact.redact_text(cleaned, record or {})
    if redact.scan(redacted):
        return "（理由含个人信息，未公开）"
    return redacted.strip()[:MAX_REASON] or "—"


def log_decision(
    session: Session,
    public: PublicDecision,
    before: dict[str, Any],
    reason: str,
    audit_seq: int | None,
    now: dt.datetime,
) -> Correction:
    """Enter a decision's correction in the public log (called where the correction is applied)."""
    entry = Correction(
        subject="decision",
        decision=public,
        agency_id=public.agency_id,
        recorded_at=now,
        fields=changed(before, decision_snapshot(public, "")),
        reason=public_reason(reason, public.raw.record if public.raw is not None else None),
        audit_seq=audit_seq,
    )
    session.add(entry)
    return entry


def log_officer(
    session: Session, officer: Officer, before: dict[str, Any], now: dt.datetime
) -> Correction | None:
    """Enter a credential's corrected details in the public log; None when only its status changed."""
    fields = changed(before, officer_snapshot(officer))
    if not fields:
        return None
    entry = Correction(
        subject="officer",
        officer=officer,
        agency_id=officer.agency_id,
        recorded_at=now,
        fields=fields,
        reason=public_reason(RESENT_CREDENTIAL),
    )
    session.add(entry)
    return entry


def backfill(session: Session) -> int:
    """Enter corrections made before the log existed, from their audit events (tick).

    Those events kept only a digest of the text before and after, so the log names the
    text when it changed and no field otherwise ("not recorded")."""
    logged = select(Correction.audit_seq).where(Correction.audit_seq.is_not(None))
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == "decision.correct", AuditEvent.seq.not_in(logged))
        .order_by(AuditEvent.seq)
    ).all()
    added = 0
    for event in events:
        stmt = select(PublicDecision).where(PublicDecision.doc_no == event.entity_id)
        public = session.scalars(stmt).first()
        if public is None:
            continue
        why = str((event.detail or {}).get("why") or "")
        entry = log_decision(session, public, {}, why, event.seq, event.at)
        entry.fields = ["text"] if event.before != event.after else []
        added += 1
    return added
