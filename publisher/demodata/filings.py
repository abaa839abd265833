"""Demo filings (备案) of major decisions, on a simulated clock.

Every major decision the demo's intake flagged is filed by its agency with a list of the main
evidence: most within the period, some days late; the legal office acknowledges them a few days
later, all but the latest two. One reviewed decision of the last year is never
filed, so the tick raises its warning; a decision held without its legal review cannot be filed
either. Safe to run again: a filed decision is left alone.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.demodata.history import _at
from publisher.lifecycle.actors import Actor
from publisher.models import MajorDecision, RawDecision, User
from publisher.office import filings
from publisher.rules import major

EVIDENCE = [
    "现场检查笔录",
    "询问笔录",
    "抽样检验报告",
    "当事人营业执照复印件",
    "现场照片及执法记录仪视频目录",
    "行政处罚事先告知书及送达回证",
    "听证笔录",
    "陈述申辩笔录",
]


def seed(session: Session, until: dt.datetime) -> dict[str, int]:
    """File the flagged major decisions up to ``until``; the legal office acknowledges most."""
    counts = {"filed": 0, "late": 0, "acknowledged": 0, "missing": 0}
    stmt = select(MajorDecision).join(RawDecision).order_by(RawDecision.decision_date, MajorDecision.id)
    items = list(session.scalars(stmt))
    reviewed = [i for i in items if major.has_review(i.raw.record)]
    year_ago = until.date() - dt.timedelta(days=365)
    forgotten = next(
        (i for i in reversed(reviewed) if year_ago < i.filing_due < until.date() - dt.timedelta(days=20)),
        None,
    )
    names = dict(session.execute(select(User.agency_id, User.username).where(User.role == "reviewer")).all())
    supervisor = Actor("supervisor", "supervisor")
    filed: list[tuple[dt.datetime, MajorDecision]] = []
    for item in reviewed:
        if item.filed_at is not None:
            continue
        if item is forgotten:
            counts["missing"] += 1
            continue
        rng = random.Random(f"filing-{item.raw.doc_no}")  # the same draws however often the demo loads
        late = rng.random() < 0.15
        days = item.period_days + rng.randint(1, 8) if late else rng.randint(2, item.period_days)
        filed_on = _at(item.raw.decision_date + dt.timedelta(days=days), 15)
        if filed_on > until:
            continue  # still within its period, or about to be filed
        clerk = Actor(
            names.get(item.raw.agency_id, f"demo-{item.raw.agency.code}"), "reviewer", item.raw.agency.code
        )
        evidence = rng.sample(EVIDENCE[:6], 3) + (["听证笔录"] if "hearing_held" in item.reasons else [])
        filings.file(session, item, clerk, evidence, "", filed_on)
        counts["filed"] += 1
        counts["late"] += filings.late_days(item) > 0
        filed.append((filed_on + dt.timedelta(days=rng.randint(1, 6)), item))
    for acknowledged_on, item in sorted(filed, key=lambda pair: pair[0])[:-2]:  # the latest two wait
        if acknowledged_on <= until:
            filings.acknowledge(session, item, supervisor, "材料齐全，准予备案。", acknowledged_on)
            counts["acknowledged"] += 1
    return counts
