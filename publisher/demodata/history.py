"""Replay the demo district's history with a simulated clock.

Decisions are assessed the day after they are made and published some working days
later (most inside their window, some late); withdrawals take effect as recorded. Every
step goes through the lifecycle, so the audit trail and timeliness figures are real.
Safe to run again: only received, scheduled and still-published records are touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, clock
from publisher.lifecycle.transitions import SYSTEM, Lifecycle
from publisher.models import PublicDecision, RawDecision
from publisher.rules.calendar import Calendar, UnknownCalendar


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), clock.zone())


def _delay(doc_no: str, window: int) -> int:
    """Working days until publication: mostly inside the window, about 8% late."""
    roll = int(hashlib.sha256(doc_no.encode()).hexdigest()[:6], 16) % 100
    return window + 1 + roll % 6 if roll >= 92 else 1 + roll % window


def replay(
    session: Session,
    calendar: Calendar,
    config: dict[str, Any],
    demo_dir: Path,
    until: dt.datetime,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Assess and publish received decisions on simulated dates, then apply withdrawals."""
    life = Lifecycle(session, calendar, config)
    counts = {"published": 0, "held": 0, "withdrawn": 0}
    ids = list(
        session.scalars(
            select(RawDecision.id)
            .where(RawDecision.state == "received")
            .order_by(RawDecision.decision_date, RawDecision.id)
        )
    )
    for start in range(0, len(ids), 500):
        chunk = session.scalars(
            select(RawDecision)
            .where(RawDecision.id.in_(ids[start : start + 500]))
            .order_by(RawDecision.decision_date, RawDecision.id)
        ).all()
        for raw in chunk:
            counts["published" if _one(life, raw, calendar, until) else "held"] += 1
        audit.release(session)
        if progress:
            progress(len(chunk))
    counts["withdrawn"] = _withdrawals(session, life, demo_dir / "withdrawals.jsonl", until)
    return counts


def _one(life: Lifecycle, raw: RawDecision, calendar: Calendar, until: dt.datetime) -> bool:
    """Assess a decision the day after it was made; publish it after its simulated delay."""
    if life.assess(raw, min(_at(raw.decision_date + dt.timedelta(days=1), 9), until)) != "scheduled":
        return False
    try:
        day = calendar.add_working_days(raw.decision_date, _delay(raw.doc_no, raw.window_days or 7))
    except UnknownCalendar:
        day = clock.local_date(until)
    life.publish(raw, min(_at(day), until))
    return True


def _withdrawals(session: Session, life: Lifecycle, path: Path, until: dt.datetime) -> int:
    done = 0
    if not path.exists():
        return done
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        public = session.scalars(select(PublicDecision).where(PublicDecision.doc_no == item["id"])).first()
        if public is None or public.status != "published":
            continue
        effective = dt.date.fromisoformat(item["effective"])
        when = min(_at(life.calendar.add_working_days(effective, 1 + len(item["id"]) % 4), 15), until)
        life.withdraw(public, item["reason"], item["basis"], effective, when, SYSTEM)
        done += 1
    return done
