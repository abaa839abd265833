"""Public statistics computed from public tables only: timeliness per agency and year."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.models import PublicDecision, Tombstone


@dataclass(frozen=True)
class Timeliness:
    """One agency's disclosure record for one year of decisions."""

    year: int
    published: int
    on_time: int
    median_day: float | None
    withdrawn: int

    @property
    def on_time_share(self) -> float:
        """Share of decisions published inside their window."""
        return self.on_time / self.published if self.published else 0.0


def timeliness(session: Session, agency_id: int) -> list[Timeliness]:
    """Per year (newest first): published, on time, median working day, withdrawals."""
    rows = session.execute(
        select(
            PublicDecision.decision_date,
            PublicDecision.late_days,
            PublicDecision.day_of_window,
            Tombstone.kind,
        )
        .outerjoin(Tombstone, Tombstone.public_decision_id == PublicDecision.id)
        .where(PublicDecision.agency_id == agency_id)
    ).all()
    years: dict[int, list[tuple[int, int | None, str | None]]] = {}
    for decided, late, day, kind in rows:
        years.setdefault(decided.year, []).append((late, day, kind))
    out = []
    for year in sorted(years, reverse=True):
        items = years[year]
        days = [day for _late, day, _kind in items if day is not None]
        out.append(
            Timeliness(
                year=year,
                published=len(items),
                on_time=sum(1 for late, _day, _kind in items if not late),
                median_day=statistics.median(days) if days else None,
                withdrawn=sum(1 for *_rest, kind in items if kind == "withdrawn"),
            )
        )
    return out
