"""Public statistics computed from public tables only: timeliness per agency and year, and
the share of its listed powers an agency exercised (履职比例)."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.models import Agency, PowerItem, PublicDecision, Tombstone

PASS_RATIO = 0.6  # below this share of listed powers exercised, the annual assessment fails


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


@dataclass(frozen=True)
class Performance:
    """履职比例: how many of an agency's listed powers it exercised in a year."""

    agency: str
    year: int
    listed: int
    used: int
    unused: list[tuple[str, str]]

    @property
    def ratio(self) -> float:
        """Share of listed powers exercised: 0 when none was exercised, or none is listed
        (an agency that lists no powers exercises none of them: 不作为, not "no figure")."""
        return self.used / self.listed if self.listed else 0.0

    @property
    def flag(self) -> str:
        """'inaction' at 0, 'below' under 60 %, '' otherwise."""
        if self.used == 0:
            return "inaction"
        return "below" if self.ratio < PASS_RATIO else ""


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def exercised(session: Session, agency_id: int, year: int, used_codes: Iterable[str | None]) -> Performance:
    """The agency's Performance given the power codes its decisions of ``year`` cite."""
    agency = session.get(Agency, agency_id)
    assert agency is not None
    powers = list(
        session.execute(select(PowerItem.code, PowerItem.name).where(PowerItem.agency_id == agency_id))
    )
    used = {code for code in used_codes if code}
    listed = {code for code, _name in powers}
    return Performance(
        agency.code,
        year,
        len(listed),
        len(listed & used),
        sorted((code, name) for code, name in powers if code not in used),
    )


def performance(session: Session, agency_id: int, year: int) -> Performance:
    """The public 履职比例: from the agency's published decisions of ``year`` only."""
    stmt = select(PublicDecision.power_code).where(
        PublicDecision.agency_id == agency_id, PublicDecision.decision_date.between(*year_bounds(year))
    )
    return exercised(session, agency_id, year, session.scalars(stmt.distinct()))
