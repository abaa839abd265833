"""The public rows of random inspections, shared by the portal, the feed and the data packages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from publisher.models import Agency, InspectionObject, InspectionPlan, InspectionTask, PublicDecision
from publisher.spotcheck.draw import ALGORITHM

Row = dict[str, Any]


def plans_query(year: int | None = None, agency: str | None = None) -> Select[InspectionPlan]:
    """Plans, newest draw date first, with their agency and tasks loaded."""
    stmt = (
        select(InspectionPlan)
        .join(Agency)
        .options(selectinload(InspectionPlan.agency), selectinload(InspectionPlan.tasks))
        .order_by(InspectionPlan.draw_date.desc(), InspectionPlan.plan_no)
    )
    if year is not None:
        stmt = stmt.where(InspectionPlan.year == year)
    if agency:
        stmt = stmt.where(Agency.code == agency)
    return stmt


def plan_row(plan: InspectionPlan, base: str) -> Row:
    """The public fields of a plan: what it covers, its seed, and how its draw went."""
    return {
        "plan_no": plan.plan_no,
        "agency": plan.agency.code,
        "year": plan.year,
        "title": plan.title,
        "scope": plan.scope,
        "items": "；".join(plan.items or []),
        "sectors": "；".join(plan.sectors or []),
        "basis": plan.basis,
        "ratio": plan.ratio.normalize(),
        "period_start": plan.period_start,
        "period_end": plan.period_end,
        "draw_date": plan.draw_date,
        "seed": plan.seed,
        "seed_source": plan.seed_source,
        "algorithm": ALGORITHM,
        "published_at": plan.published_at,
        "drawn_at": plan.drawn_at,
        "objects": len(plan.population) if plan.population is not None else None,
        "inspectors": len(plan.inspectors) if plan.inspectors is not None else None,
        "drawn": len(plan.tasks),
        "results": sum(1 for t in plan.tasks if t.published_at is not None),
        "draw_digest": plan.draw_digest,
        "url": f"{base}/inspections/{plan.plan_no}",
    }


def decision_ids(session: Session, tasks: Iterable[InspectionTask]) -> dict[str, str]:
    """Decision number → public id, for the decisions that results name and that are public.

    A decision that was never published (excluded, held) stays unnamed: its number alone
    would tell the public that it exists."""
    numbers = {t.decision_doc_no for t in tasks if t.decision_doc_no}
    if not numbers:
        return {}
    stmt = select(PublicDecision.doc_no, PublicDecision.public_id).where(PublicDecision.doc_no.in_(numbers))
    return {doc_no: public_id for doc_no, public_id in session.execute(stmt)}


def task_row(task: InspectionTask, plan: InspectionPlan, decisions: dict[str, str], base: str) -> Row:
    """One drawn object, its two inspectors and (once published) the result."""
    public_id = decisions.get(task.decision_doc_no or "")
    return {
        "plan_no": plan.plan_no,
        "agency": plan.agency.code,
        "rank": task.rank,
        "credit_code": task.object.credit_code,
        "name": task.object.name,
        "inspector1": task.inspector1.credential_no,
        "inspector1_name": task.inspector1.name,
        "inspector2": task.inspector2.credential_no,
        "inspector2_name": task.inspector2.name,
        "result": task.result,
        "result_date": task.result_date,
        "note": task.result_note,
        "decision": public_id,
        "decision_doc_no": task.decision_doc_no if public_id else None,
        "decision_url": f"{base}/decisions/{public_id}" if public_id else None,
        "published_at": task.published_at,
        "deadline": task.deadline,
        "late_days": task.late_days,
    }


def task_rows(session: Session, plan: InspectionPlan, base: str) -> list[Row]:
    """Every drawn object of a plan, in the order drawn."""
    decisions = decision_ids(session, plan.tasks)
    return [task_row(t, plan, decisions, base) for t in plan.tasks]


def plans(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Package rows: every plan (of a year)."""
    for plan in session.scalars(plans_query(year).order_by(None).order_by(InspectionPlan.plan_no)):
        yield plan_row(plan, base)


def results(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Package rows: every drawn object with its inspectors and result (empty until published)."""
    for plan in session.scalars(plans_query(year).order_by(None).order_by(InspectionPlan.plan_no)):
        yield from task_rows(session, plan, base)


def objects(session: Session, base: str, year: int | None) -> Iterator[Row]:
    """Package rows: every agency's directory, with when each entry joined and left it."""
    stmt = (
        select(InspectionObject, Agency.code)
        .join(Agency)
        .order_by(Agency.code, InspectionObject.credit_code)
        .execution_options(yield_per=2000)
    )
    for entry, code in session.execute(stmt):
        yield {
            "agency": code,
            "credit_code": entry.credit_code,
            "name": entry.name,
            "address": entry.address,
            "sector": entry.sector,
            "added_at": entry.added_at,
            "removed_at": entry.removed_at,
        }
