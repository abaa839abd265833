"""Case stages and audio-visual records at intake: the checks that need the database, and storing.

Rows arrive through ``publisher ingest`` (files ``case_stages`` and ``av_records``, keyed by the
decision number), the office's upload and typed-in forms, and ``POST /api/v1/intake/<kind>``,
all through the same validation. A row's decision must be stored already (send the decisions
first) and be the sending agency's own. A stage re-sent unchanged is nothing new; re-sent with
another document or note it is corrected (audited), but its entry time stays the first one: a
re-send never makes a late entry timely. The day a stage happened is part of its key, so a
stage is never moved to another day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from publisher import vocabulary
from publisher.intake.problems import Problem
from publisher.models import Agency, AvRecord, CaseStage, RawDecision
from publisher.office.cases.rules import order_problems

KINDS = ("case_stages", "av_records")
Key = tuple[str, ...]
Row = tuple[int, dict[str, Any]]


def _decisions(session: Session, numbers: set[str]) -> dict[str, tuple[int, str, str]]:
    """Document number → (raw id, agency code, category) of the stored decisions among ``numbers``."""
    stmt = (
        select(RawDecision.doc_no, RawDecision.id, Agency.code, RawDecision.category)
        .join(Agency, Agency.id == RawDecision.agency_id)
        .where(RawDecision.doc_no.in_(numbers))
    )
    return {doc_no: (rid, code, category) for doc_no, rid, code, category in session.execute(stmt)}


def check_rows(session: Session, kind: str, rows: Sequence[Row]) -> list[Problem]:
    """Problems of rows that passed their own checks: an unknown or another agency's decision,
    and (stages) a stage dated after one the law puts after it, in the file or already stored."""
    found = _decisions(session, {str(record["decision"]) for _row, record in rows})
    problems = []
    good: list[Row] = []
    for row, record in rows:
        decision = found.get(record["decision"])
        if decision is None:
            problems.append(Problem(row, "decision", "unknown_decision", record["decision"]))
        elif decision[1] != record["agency"]:
            problems.append(
                Problem(row, "decision", "case_of_other_agency", record["decision"], record["agency"])
            )
        else:
            good.append((row, record))
    if kind == "case_stages":
        problems.extend(_order(session, good, {n: d[0] for n, d in found.items()}))
    return problems


def _label(stage: str, day: dt.date) -> str:
    return f"{vocabulary.label('case_stage', stage)} ({stage}) {day.isoformat()}"


def _order(session: Session, rows: Sequence[Row], raw_ids: dict[str, int]) -> list[Problem]:
    """A problem on each new row whose stage breaks the fixed order with another of its case."""
    stored: dict[str, list[tuple[str, dt.date]]] = {}
    if rows:
        ids = {raw_ids[record["decision"]] for _row, record in rows}
        stmt = select(RawDecision.doc_no, CaseStage.stage, CaseStage.happened).join(RawDecision)
        for doc_no, stage, happened in session.execute(stmt.where(CaseStage.raw_id.in_(ids))):
            stored.setdefault(doc_no, []).append((stage, happened))
    by_case: dict[str, list[Row]] = {}
    for row, record in rows:
        by_case.setdefault(record["decision"], []).append((row, record))
    problems = []
    for doc_no, new in by_case.items():
        stages = stored.get(doc_no, []) + [(r["stage"], r["happened"]) for _n, r in new]
        for before, day, after, later_day in order_problems(stages):
            row = max(n for n, r in new if (r["stage"], r["happened"]) in ((before, day), (after, later_day)))
            problems.append(
                Problem(row, "happened", "stage_order", _label(before, day), _label(after, later_day))
            )
    return problems


def existing(session: Session, kind: str, keys: Sequence[Key]) -> dict[Key, Any]:
    """The stored stages or audio-visual records for a batch of natural keys."""
    return _stages(session, keys) if kind == "case_stages" else _recordings(session, keys)


def _stages(session: Session, keys: Sequence[Key]) -> dict[Key, CaseStage]:
    pair = tuple_(RawDecision.doc_no, CaseStage.stage, CaseStage.happened)
    wanted = [(k[0], k[1], dt.date.fromisoformat(k[2])) for k in keys]
    stmt = select(CaseStage, RawDecision.doc_no).join(RawDecision).where(pair.in_(wanted))
    return {(doc_no, s.stage, s.happened.isoformat()): s for s, doc_no in session.execute(stmt)}


def _recordings(session: Session, keys: Sequence[Key]) -> dict[Key, AvRecord]:
    pair = tuple_(RawDecision.doc_no, AvRecord.recorded_on, AvRecord.what)
    wanted = [(k[0], dt.date.fromisoformat(k[1]), k[2]) for k in keys]
    stmt = select(AvRecord, RawDecision.doc_no).join(RawDecision).where(pair.in_(wanted))
    return {(doc_no, a.recorded_on.isoformat(), a.what): a for a, doc_no in session.execute(stmt)}


def new(kind: str, now: dt.datetime, actor: str) -> CaseStage | AvRecord:
    """A row received now: its entry time is this moment."""
    if kind == "case_stages":
        return CaseStage(entered_at=now, entered_by=actor)
    return AvRecord(entered_at=now, entered_by=actor)


def apply(
    session: Session, row: Any, record: dict[str, Any], fields: dict[str, Any], now: dt.datetime
) -> None:
    """Copy a validated row onto its stored stage or audio-visual record."""
    if row.raw_id is None:
        row.raw_id = session.scalars(
            select(RawDecision.id).where(RawDecision.doc_no == record["decision"])
        ).one()
    names = ("stage", "happened", "document", "note")
    if isinstance(row, AvRecord):
        names = ("what", "recorded_on", "recorded_by", "kept_at")
    for name in names:
        setattr(row, name, record.get(name))
