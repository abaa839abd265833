"""Moving a record to another agency: an explicit, audited administrator's act.

A decision or an officer's credential belongs to the agency that filed it (DESIGN.md
invariant 7); a re-send under another agency is refused at intake on every channel. When
a record really was filed under the wrong agency, an administrator moves it here, with a
reason that stays in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from publisher import audit, integrity
from publisher.lifecycle.actors import RuleError
from publisher.models import Agency, Correction, ErrorReport, Officer, RawDecision


def _move_reports(session: Session, report_key: Any, correction_key: Any, value: int, target: Agency) -> None:
    """A moved record's error reports (with their reporters' contacts) and corrections go to
    the new owner: the old one no longer reads them, the new one answers them."""
    session.execute(update(ErrorReport).where(report_key == value).values(agency_id=target.id))
    session.execute(update(Correction).where(correction_key == value).values(agency_id=target.id))


def move(session: Session, kind: str, key: str, to: str, reason: str, actor: str, now: dt.datetime) -> str:
    """Move a decision (by document number) or an officer (``AUTHORITY/CREDENTIAL``); return the old owner."""
    if not reason.strip():
        raise RuleError("移交须说明理由 / a move needs a reason")
    target = session.scalars(select(Agency).where(Agency.code == to)).first()
    if target is None:
        raise RuleError(f"未知的执法机关 / unknown agency {to!r}")
    row = _find(session, kind, key)
    old = session.get(Agency, row.agency_id)
    if old is None or old.id == target.id:
        raise RuleError(f"{key} 已属于 / already belongs to {to}")
    row.agency_id = target.id
    detail: dict[str, str] = {"from": old.code, "to": to, "reason": reason.strip()}
    if isinstance(row, RawDecision) and row.public is not None:
        integrity.check_unaltered(session, row.public, old.code)
        row.public.agency_id = target.id
        _move_reports(
            session, ErrorReport.public_decision_id, Correction.public_decision_id, row.public.id, target
        )
        session.flush()
        detail["public_digest"] = integrity.row_digest(row.public, to)
    if isinstance(row, Officer):
        _move_reports(session, ErrorReport.officer_id, Correction.officer_id, row.id, target)
    audit.record(
        session,
        now=now,
        actor=actor,
        action="decision.moved" if kind == "decisions" else "officer.moved",
        entity="decision" if kind == "decisions" else "officers",
        entity_id=key,
        agency_code=to,
        detail=detail,
    )
    return old.code


def _find(session: Session, kind: str, key: str) -> RawDecision | Officer:
    found: RawDecision | Officer | None
    if kind == "decisions":
        found = session.scalars(select(RawDecision).where(RawDecision.doc_no == key)).first()
    elif kind == "officers":
        authority, _sep, number = key.rpartition("/")
        found = session.scalars(
            select(Officer).where(Officer.issuing_authority == authority, Officer.credential_no == number)
        ).first()
    else:
        raise RuleError(f"only decisions and officers can be moved, not {kind!r}")
    if found is None:
        raise RuleError(f"未找到 / not found: {key}")
    return found
