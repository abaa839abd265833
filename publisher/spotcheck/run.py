"""Making a plan's draw on its draw date, and checking it afterwards (``publisher spotcheck verify``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, clock
from publisher.lifecycle.actors import Actor
from publisher.models import InspectionObject, InspectionPlan, InspectionTask
from publisher.outputs.rows import cell
from publisher.spotcheck import draw as algorithm
from publisher.spotcheck.directory import population
from publisher.spotcheck.plans import allowed, inspector_pool, plan


def draw_record(chosen: InspectionPlan, picks: list[algorithm.Pick]) -> dict[str, Any]:
    """Everything a reader needs to re-run the draw, and its outcome (what the digest covers)."""
    return {
        "algorithm": algorithm.ALGORITHM,
        "seed": chosen.seed,
        "ratio": cell(chosen.ratio),
        "objects": list(chosen.population or []),
        "inspectors": list(chosen.inspectors or []),
        "picks": algorithm.as_data(picks),
    }


def run_draw(session: Session, plan_no: str, *, now: dt.datetime, actor: Actor) -> InspectionPlan:
    """Draw the plan's objects and inspectors, once, on or after its draw date."""
    chosen = plan(session, plan_no)
    allowed(actor, chosen.agency.code)
    if chosen.drawn_at is not None:
        raise ValueError(f"{plan_no} was drawn on {clock.local_date(chosen.drawn_at).isoformat()}")
    if clock.local_date(now) < chosen.draw_date:
        raise ValueError(f"{plan_no} is to be drawn on {chosen.draw_date.isoformat()}, not before")
    objects = population(session, chosen)
    pool = inspector_pool(session, chosen)
    picks = algorithm.draw(chosen.seed, objects, list(pool), chosen.ratio)
    directory = select(InspectionObject).where(InspectionObject.agency_id == chosen.agency_id)
    by_code = {o.credit_code: o for o in session.scalars(directory)}
    for pick in picks:
        first, second = (pool[number] for number in pick.inspectors)
        chosen.tasks.append(
            InspectionTask(
                rank=pick.rank, object=by_code[pick.credit_code], inspector1=first, inspector2=second
            )
        )
    chosen.population, chosen.inspectors, chosen.drawn_at = objects, sorted(pool), now
    chosen.draw_digest = audit.digest(draw_record(chosen, picks))
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action="inspection.draw",
        entity="inspection_plan",
        entity_id=chosen.plan_no,
        agency_code=chosen.agency.code,
        after=chosen.draw_digest,
        detail={"objects": len(objects), "inspectors": len(pool), "drawn": len(picks)},
    )
    session.flush()
    return chosen


def stored_picks(chosen: InspectionPlan) -> list[dict[str, Any]]:
    """The draw as stored: rank, credit code and the two inspectors' credential numbers."""
    return [
        {
            "rank": t.rank,
            "credit_code": t.object.credit_code,
            "inspectors": [t.inspector1.credential_no, t.inspector2.credential_no],
        }
        for t in chosen.tasks
    ]


def published_draw(chosen: InspectionPlan) -> dict[str, Any] | None:
    """What the plan's page publishes of its draw: inputs, picks and digest (None before it)."""
    if chosen.drawn_at is None:
        return None
    return {**draw_record(chosen, []), "picks": stored_picks(chosen), "digest": chosen.draw_digest}


@dataclass
class Verification:
    """The outcome of re-running a plan's draw."""

    plan_no: str
    problems: list[str] = field(default_factory=list)
    drawn: int = 0

    @property
    def ok(self) -> bool:
        """True when the draw is reproduced from its published inputs and the registry agrees."""
        return not self.problems


def verify(session: Session, plan_no: str) -> Verification:
    """Re-run the draw from the published inputs and from the registry, and compare both."""
    chosen = plan(session, plan_no)
    result = Verification(plan_no)
    if chosen.drawn_at is None:
        result.problems.append("not drawn yet / 尚未抽取")
        return result
    objects, pool = list(chosen.population or []), list(chosen.inspectors or [])
    again = algorithm.as_data(algorithm.draw(chosen.seed, objects, pool, chosen.ratio))
    result.drawn = len(again)
    if again != stored_picks(chosen):
        result.problems.append("the stored draw differs from a re-run on its inputs / 抽取结果与重新计算不符")
    record = {**draw_record(chosen, []), "picks": again}
    if audit.digest(record) != chosen.draw_digest:
        result.problems.append("the draw's digest does not match its inputs / 摘要与抽取输入不符")
    if population(session, chosen) != objects:
        result.problems.append(
            "the directory as it stood at publication differs from the published objects "
            "/ 名录库与公布的对象不符"
        )
    if sorted(inspector_pool(session, chosen)) != pool:
        result.problems.append(
            "the credentials valid on the draw date differ from the published inspectors "
            "(a change recorded afterwards with an earlier date?) / 抽取日有效证件与公布的检查人员不符"
        )
    return result
