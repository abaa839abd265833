"""Rows of each public resource, streamed from the public tables (never the raw ones)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, extract, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from publisher import clock, integrity
from publisher.models import Agency, Officer, OfficerStatusChange, PowerItem, PublicDecision, Tombstone
from publisher.models.registry import GUIDE_FIELDS
from publisher.outputs import annual as annual_reports
from publisher.outputs import corrections, duties, stats
from publisher.spotcheck import public as inspections

Row = dict[str, Any]


def cell(value: Any) -> str:
    """A CSV cell: ISO dates, aware datetimes in Asia/Shanghai, plain decimals, '' for None."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return clock.local(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def decisions(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Published decisions (public fields only)."""
    stmt = select(PublicDecision, Agency.code).join(Agency).where(PublicDecision.status == "published")
    if year is not None:
        stmt = stmt.where(extract("year", PublicDecision.decision_date) == year)
    for d, code in session.execute(stmt.order_by(PublicDecision.id).execution_options(yield_per=2000)):
        yield decision_row(d, code, base)


def decision_row(d: PublicDecision, agency_code: str, base: str) -> Row:
    """The public fields of one published decision (packages, listings and the API)."""
    return {
        "public_id": d.public_id,
        "doc_no": d.doc_no,
        "agency": agency_code,
        "category": d.category,
        "decision_date": d.decision_date,
        "target_type": d.target_type,
        "target_name": d.target_name,
        "credit_code": d.credit_code,
        "legal_representative": d.legal_representative,
        "legal_basis": d.legal_basis,
        "result": d.result,
        "fine_amount": d.fine_amount,
        "confiscation_amount": d.confiscation_amount,
        "power_code": d.power_code,
        "text": d.text,
        "published_at": d.published_at,
        "deadline": d.deadline,
        "window_days": d.window_days,
        "day_of_window": d.day_of_window,
        "late_days": d.late_days,
        "url": f"{base}/decisions/{d.public_id}",
    }


def json_value(value: Any) -> Any:
    """A value for JSON: dates, datetimes and amounts as their CSV text; the rest as is."""
    return cell(value) if isinstance(value, (dt.date, Decimal)) else value


def withdrawal_query() -> Select:
    """Tombstones with their decision, agency code and replacement's public id."""
    replacement = aliased(PublicDecision)
    return (
        select(Tombstone, PublicDecision, Agency.code, replacement.public_id)
        .join(PublicDecision, Tombstone.public_decision_id == PublicDecision.id)
        .join(Agency)
        .outerjoin(replacement, Tombstone.replacement_id == replacement.id)
    )


def withdrawal_row(stone: Tombstone, d: PublicDecision, code: str, replacement: str | None) -> Row:
    """The public fields of a tombstone (packages and the API)."""
    return {
        "public_id": d.public_id,
        "doc_no": d.doc_no,
        "agency": code,
        "decision_date": d.decision_date,
        "kind": stone.kind,
        "reason": stone.reason,
        "basis": stone.basis,
        "effective": stone.effective,
        "recorded_at": stone.recorded_at,
        "deadline": stone.deadline,
        "late_days": stone.late_days,
        "replacement": replacement,
    }


def withdrawals(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Tombstones: what left publication, why and when (mirrors delete these ids)."""
    stmt = withdrawal_query()
    if year is not None:
        stmt = stmt.where(extract("year", PublicDecision.decision_date) == year)
    for found in session.execute(stmt.order_by(Tombstone.id).execution_options(yield_per=2000)):
        yield withdrawal_row(*found)


def agencies(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Every agency."""
    codes = {a.id: a.code for a in session.scalars(select(Agency))}
    for a in session.scalars(select(Agency).order_by(Agency.code)):
        yield {
            "code": a.code,
            "name": a.name,
            "name_en": a.name_en,
            "level": a.level,
            "parent": codes.get(a.parent_id or 0),
            "authority_basis": a.authority_basis,
            "address": a.address,
            "hotline": a.hotline,
            "review_body": a.review_body,
            "court": a.court,
        }


def power_items(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Every agency's powers list."""
    for p, code in session.execute(
        select(PowerItem, Agency.code).join(Agency).order_by(Agency.code, PowerItem.code)
    ):
        yield {
            "agency": code,
            "code": p.code,
            "name": p.name,
            "category": p.category,
            "legal_basis": p.legal_basis,
            "discretion_standard": p.discretion_standard,
            **{name: (p.guide or {}).get(name) for name in GUIDE_FIELDS},
        }


def officers(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Every credential (public fields only: none of an officer's ID number, phone or address)."""
    stmt = (
        select(Officer, Agency.code)
        .join(Agency)
        .options(selectinload(Officer.history))
        .order_by(Officer.issuing_authority, Officer.credential_no)
    )
    today = clock.today()  # the status on the day of the export, as the credential page shows it
    for o, code in session.execute(stmt):
        yield {
            "credential_no": o.credential_no,
            "issuing_authority": o.issuing_authority,
            "name": o.name,
            "agency": code,
            "category": o.category,
            "area": o.area,
            "valid_from": o.valid_from,
            "valid_until": o.valid_until,
            "status": o.status_on(today),
        }


def officer_history(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Every change of every credential, in the order recorded (LEGAL.md §6: keep each one)."""
    stmt = (
        select(OfficerStatusChange, Officer.issuing_authority, Officer.credential_no, Agency.code)
        .join(Officer, Officer.id == OfficerStatusChange.officer_id)
        .join(Agency, Agency.id == Officer.agency_id)
        .order_by(Officer.issuing_authority, Officer.credential_no, OfficerStatusChange.id)
    )
    seq, last = 0, None
    for change, authority, number, code in session.execute(stmt.execution_options(yield_per=2000)):
        seq = seq + 1 if (authority, number) == last else 1
        last = (authority, number)
        yield {
            "issuing_authority": authority,
            "credential_no": number,
            "seq": seq,
            "agency": code,
            "status": change.status,
            "effective": change.effective,
            "reason": change.reason,
            "recorded_at": change.recorded_at,
        }


def timeliness(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Timeliness per agency and year of decision."""
    for agency in session.scalars(select(Agency).order_by(Agency.code)):
        for t in stats.timeliness(session, agency.id):
            if year is None or t.year == year:
                yield {
                    "agency": agency.code,
                    "year": t.year,
                    "published": t.published,
                    "on_time": t.on_time,
                    "on_time_share": round(t.on_time_share, 4),
                    "median_day": t.median_day,
                    "withdrawn": t.withdrawn,
                }


def annual(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Counts, fines and confiscations per agency, year and category (public decisions only)."""
    decided = extract("year", PublicDecision.decision_date)
    stmt = (
        select(
            Agency.code,
            decided,
            PublicDecision.category,
            func.count(),
            func.coalesce(func.sum(PublicDecision.fine_amount), 0),
            func.coalesce(func.sum(PublicDecision.confiscation_amount), 0),
            func.sum(case((PublicDecision.status != "published", 1), else_=0)),
        )
        .join(Agency)
        .group_by(Agency.code, decided, PublicDecision.category)
        .order_by(Agency.code, decided, PublicDecision.category)
    )
    if year is not None:
        stmt = stmt.where(decided == year)
    for code, decided_year, category, count, fines, confiscations, withdrawn in session.execute(stmt):
        yield {
            "agency": code,
            "year": int(decided_year),
            "category": category,
            "decisions": count,
            "fines": Decimal(str(fines)),
            "confiscations": Decimal(str(confiscations)),
            "withdrawn": withdrawn or 0,
        }


def audit_head(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """The audit chain's head when the package is built (one row), for anyone to keep."""
    head = integrity.head(session)
    yield {**head, "at": dt.datetime.fromisoformat(head["at"]) if head["at"] else None}


RESOURCES = {
    "decisions": decisions,
    "withdrawals": withdrawals,
    "agencies": agencies,
    "power_items": power_items,
    "officers": officers,
    "officer_history": officer_history,
    "timeliness": timeliness,
    "annual": annual,
    "annual_reports": lambda session, base, year: annual_reports.package_rows(session, base, year),
    "audit_head": audit_head,
    "inspection_plans": inspections.plans,
    "inspection_results": inspections.results,
    "inspection_objects": inspections.objects,
    "corrections": corrections.package_rows,
    "quarterly_penalties": duties.quarterly_package,
    "training": duties.training_package,
}
