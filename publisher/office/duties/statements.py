"""The special statement (专项说明, seed 000 六(一)): an agency that made no penalty and no
licence in a year explains why by 31 December (SPECIAL_STATEMENT_DUE, moved past rest days).

Whether a statement is owed is counted from every decision the agency made that year
(published or not); one that made a penalty or licence after all (a record of the year
arriving late) owes none, and its warning is resolved. The statement is for the district
legal office: it is not published (the public sees the agency's figures).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from publisher import audit, clock, sanitize
from publisher.lifecycle.actors import AGENCY_BOUND, Actor, NotAllowed, RuleError
from publisher.models import Agency, RawDecision, SpecialStatement
from publisher.office.duties import hours, warnings
from publisher.rules import deadlines
from publisher.rules.calendar import Calendar

KIND = "special_statement"
COUNTED = ("penalty", "license")
SOURCE = hours.SEED_000 + "六（一）：全年无行政处罚、行政许可的，12月31日前作出专项说明"
MAX_TEXT = 5000


def due_date(calendar: Calendar, year: int, config: Mapping[str, Any]) -> dt.date:
    """The day a year's statement is due, the next working day when it is a rest day."""
    month, day = (int(n) for n in str(config["SPECIAL_STATEMENT_DUE"]).split("-"))
    return deadlines.after_days(calendar, dt.date(year, month, day), 0)


def owing(session: Session, year: int) -> list[Agency]:
    """Agencies with no penalty and no licence decided in ``year`` (so far)."""
    active = select(RawDecision.agency_id).where(
        RawDecision.category.in_(COUNTED),
        RawDecision.decision_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )
    stmt = select(Agency).where(Agency.id.not_in(active.distinct())).order_by(Agency.code)
    return list(session.scalars(stmt))


def filed(session: Session, year: int) -> dict[int, SpecialStatement]:
    """The statements filed for ``year``, by agency id."""
    return {
        s.agency_id: s for s in session.scalars(select(SpecialStatement).where(SpecialStatement.year == year))
    }


def file(
    session: Session,
    agency: Agency,
    year: int,
    text: str,
    actor: Actor,
    now: dt.datetime,
    calendar: Calendar,
    config: Mapping[str, Any],
) -> SpecialStatement:
    """File an agency's statement for ``year`` (its own clerk or reviewer only)."""
    if actor.role not in AGENCY_BOUND or actor.agency_code != agency.code:
        raise NotAllowed(f"{actor.name} may not file the statement of {agency.code}")
    text = sanitize.text(text or "")
    if not text or len(text) > MAX_TEXT:
        raise RuleError("请写明说明内容（最多 5000 字） / write the statement (at most 5,000 characters)")
    if year > clock.local_date(now).year:
        raise RuleError("不能为将来的年度提交说明 / a statement cannot be filed for a future year")
    if agency not in owing(session, year):
        raise RuleError(
            "本机关该年度已有行政处罚或行政许可，无需专项说明 / "
            "your agency made a penalty or licence that year: no statement is needed"
        )
    if session.scalar(
        select(func.count()).where(SpecialStatement.agency_id == agency.id, SpecialStatement.year == year)
    ):
        raise RuleError("该年度的专项说明已提交 / the statement of that year was already filed")
    due = due_date(calendar, year, config)
    statement = SpecialStatement(
        agency=agency,
        year=year,
        text=text,
        filed_at=now,
        filed_by=actor.name,
        on_time=clock.local_date(now) <= due,
    )
    session.add(statement)
    warnings.resolve(session, KIND, agency, str(year), now)
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action="special_statement.filed",
        entity=KIND,
        entity_id=f"{agency.code}:{year}",
        agency_code=agency.code,
        after=audit.digest(text),
        detail={"year": year, "on_time": statement.on_time},
    )
    return statement


def rows(
    session: Session, today: dt.date, calendar: Calendar, config: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The dashboard's list: this year's and last year's agencies owing a statement, filed or not."""
    out = []
    for year in (today.year - 1, today.year):
        done = filed(session, year)
        due = due_date(calendar, year, config)
        for agency in owing(session, year):
            statement = done.get(agency.id)
            out.append(
                {
                    "year": year,
                    "agency": agency.code,
                    "agency_name": agency.name,
                    "due": due,
                    "filed": clock.local_date(statement.filed_at) if statement else "",
                    "on_time": statement.on_time if statement else "",
                    "missing": statement is None and today > due,
                }
            )
    return out


def tick(session: Session, now: dt.datetime, calendar: Calendar, config: Mapping[str, Any]) -> Counter[str]:
    """Warn of every statement owed and not filed after its day; resolve those no longer owed."""
    counts: Counter[str] = Counter()
    today = clock.local_date(now)
    first = warnings.since(session)
    for year in (today.year - 1, today.year):
        if first is None or year < first.year:
            continue
        due = due_date(calendar, year, config)
        done, owed = filed(session, year), {a.id for a in owing(session, year)}
        for agency in session.scalars(select(Agency).order_by(Agency.code)):
            missing = agency.id in owed and agency.id not in done
            counts += warnings.check(session, KIND, agency, str(year), due, missing, now, calendar, config)
    return counts
