"""The directory of objects that may be drawn (检查对象名录库): organisations only, loaded per
agency from CSV, XLSX or JSONL checked against ``schemas/inspection_objects.schema.json``.

Membership starts and ends when a file is loaded, by the system's clock: an agency cannot
date an entry back, so nothing added or removed once a plan's seed is known can steer its draw.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.cn import uscc

from publisher import audit
from publisher.intake import readers, schemas
from publisher.intake.problems import Problem
from publisher.intake.validate import ANY_AGENCY, validate_row
from publisher.lifecycle.actors import Actor
from publisher.models import Agency, InspectionObject, InspectionPlan
from publisher.spotcheck.plans import agency, allowed


@dataclass
class LoadReport:
    """What loading a directory file did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)


def read_objects(path: Path) -> tuple[list[dict[str, object]], list[Problem]]:
    """Validate a directory file (CSV, XLSX or JSONL) against its Table Schema."""
    schema = schemas.load("inspection_objects")
    records, problems, seen = [], [], set()
    for row, raw in readers.open_rows(path):
        record, found = validate_row(schema, row, raw, ANY_AGENCY, dt.date.max)
        code = str(record.get("credit_code") or "")
        if code and not uscc.is_valid(code):
            found.append(Problem(row, "credit_code", "bad_credit_code", code))
        elif code.startswith("92"):  # 个体工商户: its name is often a person's; organisations only
            found.append(Problem(row, "credit_code", "not_an_organisation", code))
        if code in seen:
            found.append(Problem(row, "credit_code", "duplicate_id", code))
        seen.add(code)
        problems += found
        records.append(record)
    return records, problems


def load_objects(
    session: Session, path: Path, agency_code: str, *, now: dt.datetime, actor: Actor
) -> LoadReport:
    """Add, update or remove an agency's directory entries; nothing is stored if any row is wrong."""
    owner = agency(session, agency_code)
    allowed(actor, owner.code)
    records, problems = read_objects(path)
    if problems:
        return LoadReport(problems=problems)
    return store_objects(session, owner, records, now=now, actor=actor)


def store_objects(
    session: Session, owner: Agency, records: list[dict[str, object]], *, now: dt.datetime, actor: Actor
) -> LoadReport:
    """Store checked directory rows of one agency (add, update, remove), each audited."""
    report = LoadReport()
    existing = {
        o.credit_code: o
        for o in session.scalars(select(InspectionObject).where(InspectionObject.agency_id == owner.id))
    }
    for record in records:
        found = existing.get(str(record["credit_code"]))
        outcome = _store_object(session, owner, found, record, now, actor)
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def _store_object(
    session: Session,
    owner: Agency,
    found: InspectionObject | None,
    record: dict[str, object],
    now: dt.datetime,
    actor: Actor,
) -> str:
    public = {k: record.get(k) for k in ("credit_code", "name", "address", "sector")}
    digest = audit.digest(public)
    if record.get("removed"):
        if found is None or found.removed_at is not None:
            return "unchanged"
        found.removed_at, action, outcome = now, "inspection.object.remove", "removed"
    elif found is None:
        found = InspectionObject(agency_id=owner.id, added_at=now, digest=digest, **public)
        session.add(found)
        action, outcome = "inspection.object.add", "added"
    elif found.digest == digest and found.removed_at is None:
        return "unchanged"
    else:
        if found.removed_at is not None:  # listed again: membership starts anew
            found.added_at, found.removed_at = now, None
        for key, value in public.items():
            setattr(found, key, value)
        found.digest, action, outcome = digest, "inspection.object.update", "updated"
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action=action,
        entity="inspection_object",
        entity_id=f"{owner.code}/{public['credit_code']}",
        agency_code=owner.code,
        after=digest,
    )
    return outcome


def population(session: Session, chosen: InspectionPlan) -> list[str]:
    """Credit codes in the directory when the plan (and its seed) was published, sorted:
    an entry added or removed once the seed was known cannot steer the draw."""
    at = chosen.published_at
    stmt = select(InspectionObject.credit_code).where(
        InspectionObject.agency_id == chosen.agency_id,
        InspectionObject.added_at <= at,
        (InspectionObject.removed_at.is_(None)) | (InspectionObject.removed_at > at),
    )
    if chosen.sectors:
        stmt = stmt.where(InspectionObject.sector.in_(chosen.sectors))
    return sorted(session.scalars(stmt))
