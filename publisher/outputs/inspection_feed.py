"""The RSS and Atom feed of random inspections: plans as they are published (with the seed,
before the draw) and results as they are published. Entry ids are permanent: a plan's page
URL, and that URL with ``#<credit code>`` for a result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from publisher import clock, vocabulary
from publisher.models import InspectionPlan, InspectionTask
from publisher.outputs.feeds import EPOCH, LIMIT, Feed, generator, render
from publisher.sanitize import plain


def inspections_feed(session: Session, base: str, fmt: str) -> Feed:
    """Random-inspection plans (with their seed, before the draw) and published results."""
    plans = session.scalars(
        select(InspectionPlan).options(joinedload(InspectionPlan.agency)).order_by(InspectionPlan.published_at.desc())
        .limit(LIMIT)
    ).all()  # fmt: skip
    tasks = session.scalars(
        select(InspectionTask)
        .options(joinedload(InspectionTask.plan).joinedload(InspectionPlan.agency))
        .where(InspectionTask.published_at.is_not(None))
        .order_by(InspectionTask.published_at.desc())
        .limit(LIMIT)
    ).all()
    entries = [(p.published_at, p.plan_no, _plan_entry(p, base)) for p in plans]
    entries += [
        (t.published_at, f"{t.plan.plan_no}#{t.rank}", _result_entry(t, base))
        for t in tasks
        if t.published_at
    ]
    entries = sorted(entries, key=lambda e: (e[0], e[1]), reverse=True)[:LIMIT]
    fg = generator(
        base,
        "/feeds/inspections." + fmt,
        "双随机抽查计划与结果",
        "抽查计划（抽取前公布随机种子）和抽查结果 / Random inspection plans (their seed published "
        "before the draw) and results",
        fmt,
        alternate="/inspections",
    )
    for _when, _key, fill in reversed(entries):
        fill(fg.add_entry(order="prepend"))
    return render(fg, fmt, clock.local(entries[0][0] if entries else EPOCH))


def _plan_entry(plan: InspectionPlan, base: str) -> Callable[[Any], None]:
    def fill(entry: Any) -> None:
        url = f"{base}/inspections/{plan.plan_no}"
        entry.id(url)
        entry.link(href=url)
        entry.title(plain(f"抽查计划：{plan.title}（{plan.agency.name}）"))
        entry.summary(
            plain(
                f"{plan.scope}；抽查比例 {plan.ratio.normalize():f}；"
                f"抽取日期 {plan.draw_date.isoformat()}；随机种子 {plan.seed}"
            )
        )
        entry.published(clock.local(plan.published_at))
        entry.updated(clock.local(plan.drawn_at or plan.published_at))
        entry.author(name=plan.agency.name)
        entry.category(term="plan", label="抽查计划")

    return fill


def _result_entry(task: InspectionTask, base: str) -> Callable[[Any], None]:
    def fill(entry: Any) -> None:
        url = f"{base}/inspections/{task.plan.plan_no}#{task.object.credit_code}"
        label = vocabulary.label("inspection_result", task.result)
        entry.id(url)
        entry.link(href=url)
        entry.title(plain(f"抽查结果：{task.object.name}：{label}"))
        entry.summary(
            plain("；".join(x for x in (task.plan.title, task.plan.agency.name, task.result_note) if x))
        )
        assert task.published_at is not None
        entry.published(clock.local(task.published_at))
        entry.updated(clock.local(task.published_at))
        entry.author(name=task.plan.agency.name)
        entry.category(term=task.result or "", label=label)

    return fill
