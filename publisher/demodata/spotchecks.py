"""The demo district's random inspections: directories, two plans a year per agency, their draws
and results, made through the same functions the command line calls (so the audit trail,
deadlines and the supervision dashboard are real). Safe to run again: a plan already there
is left alone.

Each directory holds the organisations the agency has decided on (their names, credit codes
and registered addresses are public anyway, LEGAL.md §3), so a 立案查处 result can link the
penalty that followed when there is one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import clock
from publisher.demodata.history import _at
from publisher.lifecycle.actors import SYSTEM
from publisher.models import Agency, InspectionPlan, PublicDecision, RawDecision
from publisher.rules.calendar import Calendar, UnknownCalendar
from publisher.spotcheck import directory, plans, results, run

# agency, what it inspects, items, ratio
PROGRAMMES = {
    "LJ-SCJG": (
        "食品经营者和商贸企业",
        ["食品经营许可情况", "进货查验和记录制度", "企业信息公示情况"],
        "0.08",
    ),
    "LJ-STHJ": ("排污单位", ["排污许可执行情况", "污染防治设施运行情况"], "0.10"),
    "LJ-YJGL": ("生产经营单位", ["安全生产责任制落实", "隐患排查治理", "应急预案"], "0.10"),
    "LJ-WSJK": ("公共场所和医疗卫生机构", ["卫生许可", "从业人员健康管理"], "0.12"),
}
# (months before the year the plan is published, publication month and day, draw month and day,
# period end month and day, name): the first half's plan is published in November before.
HALVES = ((1, 11, 15, 3, 10, 6, 30, "上半年"), (0, 8, 25, 9, 1, 11, 30, "下半年"))
RESULTS = {
    "no_problem": 62,
    "rectify": 20,
    "case": 7,
    "unreachable": 4,
    "not_operating": 4,
    "referred": 2,
    "refused": 1,
}
SECTORS = ["食品", "餐饮", "建材", "物流", "科技", "化工", "药房", "商贸"]


def seed(session: Session, calendar: Calendar, until: dt.datetime) -> dict[str, int]:
    """Directories in November 2024, then each half-year's plan, draw and results up to ``until``
    (the next half's plan may already be published, waiting for its draw)."""
    counts = {"objects": 0, "plans": 0, "drawn": 0, "results": 0}
    if session.scalars(select(InspectionPlan.id)).first() is not None:
        return counts
    for code, (scope, items, ratio) in PROGRAMMES.items():
        owner = session.scalars(select(Agency).where(Agency.code == code)).first()
        if owner is None:
            continue
        counts["objects"] += _directory(session, owner, min(_at(dt.date(2024, 11, 1), 9), until))
        for year in range(2025, clock.local_date(until).year + 2):
            for half in HALVES:
                _plan(session, calendar, owner, year, half, (scope, items, ratio), until, counts)
    return counts


def _directory(session: Session, owner: Agency, now: dt.datetime) -> int:
    """The organisations the agency has decided on (individual businesses left out)."""
    found: dict[str, dict[str, object]] = {}
    stmt = select(RawDecision.record).where(
        RawDecision.agency_id == owner.id, RawDecision.target_type == "legal_person"
    )
    for record in session.scalars(stmt):
        code = str(record.get("credit_code") or "")
        if code and not code.startswith("92"):
            name = str(record.get("target_name"))
            sector = next((s for s in SECTORS if s in name), "其他")
            found[code] = {
                "credit_code": code,
                "name": name,
                "address": record.get("address"),
                "sector": sector,
            }
    return directory.store_objects(session, owner, list(found.values()), now=now, actor=SYSTEM).added


def _plan(
    session: Session,
    calendar: Calendar,
    owner: Agency,
    year: int,
    half: tuple[int, int, int, int, int, int, int, str],
    programme: tuple[str, list[str], str],
    until: dt.datetime,
    counts: dict[str, int],
) -> None:
    before, pub_m, pub_d, draw_m, draw_d, end_m, end_d, name = half
    published = _at(dt.date(year - before, pub_m, pub_d), 10)
    if published > until:
        return
    scope, items, ratio = programme
    entry = plans.PlanInput(
        agency=owner.code,
        title=f"{year}年{name}{scope}双随机抽查",
        scope=f"临江区辖区内{scope}",
        ratio=Decimal(ratio),
        period_start=dt.date(year, draw_m, draw_d),
        period_end=dt.date(year, end_m, end_d),
        draw_date=dt.date(year, draw_m, draw_d),
        items=items,
        basis="《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）",
        seed=hashlib.sha256(f"demo|{owner.code}|{year}|{name}".encode()).hexdigest()[:32],
    )
    made = plans.add_plan(session, entry, now=published, actor=SYSTEM)
    counts["plans"] += 1
    drawn_at = _at(made.draw_date, 9)
    if drawn_at > until:
        return
    run.run_draw(session, made.plan_no, now=drawn_at, actor=SYSTEM)
    counts["drawn"] += len(made.tasks)
    rng = random.Random(made.seed)
    for task in made.tasks:
        counts["results"] += _result(session, calendar, made, task.object.credit_code, rng, until)


def _result(
    session: Session,
    calendar: Calendar,
    made: InspectionPlan,
    code: str,
    rng: random.Random,
    until: dt.datetime,
) -> int:
    """Inspect on a day of the period; publish mostly inside 20 working days, a few late."""
    span = (made.period_end - made.draw_date).days
    inspected = made.draw_date + dt.timedelta(days=rng.randint(5, max(6, span - 10)))
    delay = rng.randint(1, 18) if rng.random() < 0.9 else rng.randint(21, 30)
    try:
        published = _at(calendar.add_working_days(inspected, delay), 16)
    except UnknownCalendar:
        return 0
    if published > until:
        return 0
    outcome = rng.choices(list(RESULTS), weights=list(RESULTS.values()))[0]
    decision = _decision(session, made, code, inspected) if outcome == "case" else None
    notes: dict[str, Any] = {
        "rectify": "已责令限期整改，复查合格。",
        "case": "已立案调查。",
        "referred": "已移送有关部门。",
    }
    results.record_result(
        session, calendar, plan_no=made.plan_no, credit_code=code, result=outcome, result_date=inspected,
        now=published, actor=SYSTEM, note=notes.get(outcome), decision=decision,
    )  # fmt: skip
    return 1


def _decision(session: Session, made: InspectionPlan, code: str, inspected: dt.date) -> str | None:
    """A published penalty of the agency against the organisation after the inspection, if any."""
    stmt = (
        select(PublicDecision.doc_no)
        .where(
            PublicDecision.agency_id == made.agency_id,
            PublicDecision.credit_code == code,
            PublicDecision.category == "penalty",
            PublicDecision.decision_date >= inspected,
        )
        .order_by(PublicDecision.decision_date)
    )
    return session.scalars(stmt).first()
