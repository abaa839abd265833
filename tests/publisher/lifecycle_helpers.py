"""Helpers to take decisions through intake and the lifecycle on a simulated clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.intake import ingest as intake
from publisher.lifecycle.tick import TickReport, tick
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import PublicDecision, RawDecision
from publisher.runtime import Runtime
from tests import factories as f

TZ = ZoneInfo("Asia/Shanghai")


def at(day: str, hour: int = 10) -> dt.datetime:
    """Local time on a day (time is a parameter)."""
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), TZ)


def load(rt: Runtime, tmp_path: Path, *decisions: dict[str, Any], now: dt.datetime | None = None) -> None:
    """Ingest the test agency and these decisions."""
    now = now or at("2026-11-20")
    for name, rows in (("agencies", [f.agency()]), ("decisions", list(decisions))):
        report = intake.ingest(rt.sessions, f.write_jsonl(tmp_path / f"{name}.jsonl", rows), now=now)
        assert report.ok, report.problems


def run_tick(rt: Runtime, now: dt.datetime) -> TickReport:
    with rt.sessions() as session, session.begin():
        return tick(session, now, rt.calendar, rt.config)


def raw(session: Session, doc_no: str) -> RawDecision:
    return session.scalars(select(RawDecision).where(RawDecision.doc_no == doc_no)).one()


def public(session: Session, doc_no: str) -> PublicDecision:
    return session.scalars(select(PublicDecision).where(PublicDecision.doc_no == doc_no)).one()


def life(rt: Runtime, session: Session) -> Lifecycle:
    return Lifecycle(session, rt.calendar, rt.config)
