"""Inspection plans (抽查计划): publishing a plan with its seed, and the pool of inspectors.

Writes take an :class:`~publisher.lifecycle.actors.Actor`: a clerk or reviewer acts for their
own agency only, an administrator or the system (the command line) for any. Every write is
audited in the hash chain.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from publisher import audit, clock
from publisher.lifecycle.actors import AGENCY_BOUND, Actor, NotAllowed
from publisher.models import Agency, InspectionPlan, Officer
from publisher.spotcheck.draw import DrawError, sample_size

WRITERS = {"clerk", "reviewer", "admin", "system"}
GENERATED_SEED = "公布计划时由平台生成的随机数 / a random value generated when the plan was published"


def allowed(actor: Actor, agency_code: str) -> None:
    """Raise NotAllowed unless the actor may write this agency's inspection records."""
    if actor.role not in WRITERS:
        raise NotAllowed(f"{actor.name} ({actor.role}) may not change inspection records")
    if actor.role in AGENCY_BOUND and actor.agency_code != agency_code:
        raise NotAllowed(f"{actor.name} may not change inspection records of agency {agency_code}")


def agency(session: Session, code: str) -> Agency:
    """The agency with ``code`` (LookupError when there is none)."""
    found = session.scalars(select(Agency).where(Agency.code == code)).first()
    if found is None:
        raise LookupError(f"unknown agency {code!r}")
    return found


def plan(session: Session, plan_no: str) -> InspectionPlan:
    """The plan numbered ``plan_no`` (LookupError when there is none)."""
    found = session.scalars(select(InspectionPlan).where(InspectionPlan.plan_no == plan_no)).first()
    if found is None:
        raise LookupError(f"unknown plan {plan_no!r}")
    return found


@dataclass(frozen=True)
class PlanInput:
    """What an agency states in a plan (抽查计划)."""

    agency: str
    title: str
    scope: str
    ratio: Decimal
    period_start: dt.date
    period_end: dt.date
    draw_date: dt.date
    items: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    basis: str | None = None
    seed: str | None = None
    seed_source: str | None = None


def add_plan(session: Session, given: PlanInput, *, now: dt.datetime, actor: Actor) -> InspectionPlan:
    """Publish a plan with its seed; the draw may happen on its draw date, never the same day."""
    owner = agency(session, given.agency)
    allowed(actor, owner.code)
    today = clock.local_date(now)
    sample_size(1, given.ratio)  # refuses a ratio outside (0, 1]
    exponent = Decimal(given.ratio).normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -4:
        raise DrawError(f"the ratio is stored with four decimals at most, not {given.ratio}")
    if not given.period_start <= given.period_end:
        raise ValueError("the period ends before it starts")
    if not today < given.draw_date <= given.period_end:
        raise ValueError("the draw date must come after the plan's publication and within its period")
    year = given.period_start.year
    serial = session.scalar(
        select(func.count()).where(InspectionPlan.agency_id == owner.id, InspectionPlan.year == year)
    )
    new = InspectionPlan(
        plan_no=f"{owner.code}-{year}-{(serial or 0) + 1:02d}",
        agency_id=owner.id,
        year=year,
        title=given.title,
        scope=given.scope,
        items=list(given.items),
        sectors=list(given.sectors),
        basis=given.basis,
        ratio=given.ratio,
        period_start=given.period_start,
        period_end=given.period_end,
        draw_date=given.draw_date,
        seed=given.seed or secrets.token_hex(16),
        seed_source=given.seed_source or GENERATED_SEED,
        published_at=now,
    )
    session.add(new)
    session.flush()
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action="inspection.plan",
        entity="inspection_plan",
        entity_id=new.plan_no,
        agency_code=owner.code,
        detail={"seed": new.seed, "ratio": str(new.ratio), "draw_date": new.draw_date.isoformat()},
    )
    return new


def inspector_pool(session: Session, chosen: InspectionPlan) -> dict[str, Officer]:
    """The plan agency's officers whose credential is valid on the draw date, by credential number."""
    officers = session.scalars(
        select(Officer).where(Officer.agency_id == chosen.agency_id).options(selectinload(Officer.history))
    )
    pool: dict[str, Officer] = {}
    for officer in officers:
        if officer.status_on(chosen.draw_date) == "valid":
            if officer.credential_no in pool:
                raise ValueError(f"two valid credentials numbered {officer.credential_no} in one agency")
            pool[officer.credential_no] = officer
    return pool
