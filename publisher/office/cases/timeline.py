"""One case as the office shows it: its stages in order with the day each happened, the day it
was entered and its lateness; its audio-visual records; its warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from publisher import clock, vocabulary
from publisher.models import AvRecord, CaseStage, CaseWarning, RawDecision


@dataclass(frozen=True)
class Timeline:
    """A case's record: stages in order, audio-visual records, warnings (open ones first)."""

    raw: RawDecision
    stages: list[CaseStage]
    av_records: list[AvRecord]
    warnings: list[CaseWarning]

    def entered(self, item: CaseStage | AvRecord) -> dt.date:
        """The local day the system received a stage or record."""
        return clock.local_date(item.entered_at)


def timeline(session: Session, raw: RawDecision) -> Timeline:
    """Everything the case record holds for one decision."""
    rank = {code: n for n, code in enumerate(vocabulary.codes("case_stage"))}
    stages = session.scalars(select(CaseStage).where(CaseStage.raw_id == raw.id))
    av = select(AvRecord).where(AvRecord.raw_id == raw.id).order_by(AvRecord.recorded_on, AvRecord.id)
    warnings = select(CaseWarning).where(CaseWarning.raw_id == raw.id)
    return Timeline(
        raw,
        sorted(stages, key=lambda s: (s.happened, rank.get(s.stage, 99), s.id)),
        list(session.scalars(av)),
        sorted(session.scalars(warnings), key=lambda w: (w.resolved_at is not None, -w.level, w.raised_at)),
    )


def cases(session: Session, agency_id: int | None, limit: int = 500) -> list[dict[str, Any]]:
    """Decisions with a case record (or an open warning), newest first: stages, late entries,
    audio-visual records and open warnings of each (one agency's when given)."""
    late = func.coalesce(func.sum(case((CaseStage.late_days > 0, 1), else_=0)), 0)
    counted = select(CaseStage.raw_id, func.count(), late).group_by(CaseStage.raw_id)
    av = dict(session.execute(select(AvRecord.raw_id, func.count()).group_by(AvRecord.raw_id)).all())
    warned = dict(
        session.execute(
            select(CaseWarning.raw_id, func.max(CaseWarning.level))
            .where(CaseWarning.resolved_at.is_(None))
            .group_by(CaseWarning.raw_id)
        ).all()
    )
    stmt = select(RawDecision).order_by(RawDecision.decision_date.desc(), RawDecision.id.desc())
    if agency_id is not None:
        stmt = stmt.where(RawDecision.agency_id == agency_id)
    staged = {rid: (n, behind) for rid, n, behind in session.execute(counted)}
    rows = []
    for raw in session.scalars(stmt.where(RawDecision.id.in_(set(staged) | set(warned) | set(av)))).all()[
        :limit
    ]:
        stages, late = staged.get(raw.id, (0, 0))
        rows.append(
            {
                "id": raw.id,
                "doc_no": raw.doc_no,
                "agency": raw.agency.code,
                "decision_date": raw.decision_date,
                "stages": stages,
                "late": late,
                "av_records": av.get(raw.id, 0),
                "warning_level": warned.get(raw.id),
            }
        )
    return rows
