"""The RSS and Atom feed of random inspections: plans as they are published (with the seed,
before the draw) and results as they are published. Entry ids are permanent: a plan's page
URL, and that URL with ``#<credit code>`` for a result."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from publisher import clock, vocabulary
from publisher.models import InspectionPlan, InspectionTask
from publisher.outputs.feeds import EPOCH, LIMIT, Entry, Feed, add, clauses, generator, render


def inspections_feed(session: Session, base: str, fmt: str) -> Feed:
    """Random-inspection plans (with their seed, before the draw) and published results."""
    plans = session.scalars(
        select(InspectionPlan)
        .options(joinedload(InspectionPlan.agency))
        .order_by(InspectionPlan.published_at.desc())
        .limit(LIMIT)
    ).all()
    tasks = session.scalars(
        select(InspectionTask)
        .options(joinedload(InspectionTask.plan).joinedload(InspectionPlan.agency))
        .where(InspectionTask.published_at.is_not(None))
        .order_by(InspectionTask.published_at.desc())
        .limit(LIMIT)
    ).all()
    entries = [_plan_entry(p, base) for p in plans] + [_result_entry(t, base) for t in tasks]
    entries = sorted(entries, key=lambda e: (e.published, e.id), reverse=True)[:LIMIT]
    fg = generator(
        base,
        "/feeds/inspections." + fmt,
        "双随机抽查计划与结果",
        "抽查计划（抽取前公布随机种子）和抽查结果 / Random inspection plans (their seed published "
        "before the draw) and results",
        fmt,
        alternate="/inspections",
    )
    for entry in reversed(entries):
        add(fg, entry)
    return render(fg, fmt, clock.local(max((e.updated for e in entries), default=EPOCH)))


def _plan_entry(plan: InspectionPlan, base: str) -> Entry:
    url = f"{base}/inspections/{plan.plan_no}"
    return Entry(
        url,
        url,
        f"抽查计划：{plan.title}（{plan.agency.name}）",
        clauses(
            plan.scope,
            f"抽查比例 {plan.ratio.normalize():f}",
            f"抽取日期 {plan.draw_date.isoformat()}",
            f"随机种子 {plan.seed}",
        ),
        plan.published_at,
        plan.drawn_at or plan.published_at,
        plan.agency.name,
        "plan",
        "抽查计划",
    )


def _result_entry(task: InspectionTask, base: str) -> Entry:
    url = f"{base}/inspections/{task.plan.plan_no}#{task.object.credit_code}"
    label = vocabulary.label("inspection_result", task.result)
    published = task.published_at or task.plan.published_at  # only published results are asked for
    return Entry(
        url,
        url,
        f"抽查结果：{task.object.name}：{label}",
        clauses(task.plan.title, task.plan.agency.name, task.result_note),
        published,
        published,
        task.plan.agency.name,
        task.result or "",
        label,
    )
