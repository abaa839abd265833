"""Rows of the public correction log: the `corrections` dataset, its listing, feed and pages.

Read from the public tables only: the log itself, public decisions, credentials and
agencies; the only thing taken from an error report is whether one led to the correction.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, extract, or_, select
from sqlalchemy.orm import Session

from publisher.models import Agency, Correction, ErrorReport, Officer, PublicDecision

Row = dict[str, Any]


def query() -> Select:
    """Corrections with their agency, record and whether an error report led to them; a
    decision's leave the log when the decision leaves publication (withdrawn, expired,
    repaired), as its text does."""
    reported = select(ErrorReport.id).where(ErrorReport.correction_id == Correction.id).exists()
    return (
        select(
            Correction,
            Agency.code,
            PublicDecision.public_id,
            PublicDecision.doc_no,
            Officer.credential_no,
            Officer.issuing_authority,
            reported,
        )
        .join(Agency, Agency.id == Correction.agency_id)
        .outerjoin(PublicDecision, PublicDecision.id == Correction.public_decision_id)
        .outerjoin(Officer, Officer.id == Correction.officer_id)
        .where(or_(Correction.subject == "officer", PublicDecision.status == "published"))
    )


def anchor(correction: Correction) -> str:
    """The fragment of a correction's entry on its record's page."""
    return f"correction-{correction.id}"


def row(
    base: str,
    c: Correction,
    agency: str,
    public_id: str | None,
    doc_no: str | None,
    credential_no: str | None,
    issuing_authority: str | None,
    reported: bool,
) -> Row:
    """The public fields of one correction (packages, listings and the feed)."""
    page = f"/decisions/{public_id}" if c.subject == "decision" else f"/officers/{credential_no}"
    return {
        "id": c.id,
        "subject": c.subject,
        "public_id": public_id,
        "doc_no": doc_no,
        "credential_no": credential_no,
        "issuing_authority": issuing_authority,
        "agency": agency,
        "recorded_at": c.recorded_at,
        "fields": ";".join(c.fields or []),
        "reason": c.reason,
        "error_report": bool(reported),
        "url": f"{base}{page}#{anchor(c)}",
    }


def package_rows(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Every correction, oldest first; a year's package holds its decisions' and every credential's."""
    stmt = query()
    if year is not None:
        decided = extract("year", PublicDecision.decision_date) == year
        stmt = stmt.where(or_(Correction.subject == "officer", decided))
    for found in session.execute(stmt.order_by(Correction.id).execution_options(yield_per=2000)):
        yield row(base, *found)


def newest(
    session: Session, base: str, agency: str | None = None, subject: str | None = None, limit: int = 50
) -> list[Row]:
    """The newest corrections, of one agency or kind of record when asked."""
    stmt = query()
    if agency:
        stmt = stmt.where(Agency.code == agency)
    if subject:
        stmt = stmt.where(Correction.subject == subject)
    found = session.execute(stmt.order_by(Correction.recorded_at.desc(), Correction.id.desc()).limit(limit))
    return [row(base, *item) for item in found]


def of_records(
    session: Session, base: str, decision_id: int | None = None, officer_ids: list[int] | None = None
) -> list[Row]:
    """The correction log of a decision or of credentials, oldest first."""
    stmt = query()
    if decision_id is not None:
        stmt = stmt.where(Correction.public_decision_id == decision_id)
    else:
        stmt = stmt.where(Correction.officer_id.in_(officer_ids or [0]))
    found = session.execute(stmt.order_by(Correction.recorded_at, Correction.id))
    return [row(base, *item) for item in found]
