"""A decision's case record (执法全过程记录): its stages, its audio-visual records and the
warnings they raise.

Internal data of the back office: nothing here reaches a public table, feed or package. Each
stage keeps the day it happened and the moment the system received it (``entered_at``), so
late entries are seen; the list of audio-visual records (音像记录) says what was recorded,
when, by whom and where the media is kept, never the media itself.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.base import Base, UTCDateTime
from publisher.models.decisions import RawDecision

WARNING_KINDS = ("stage_late", "av_missing")  # vocabulary: case_warning_kind


class CaseStage(Base):
    """One stage of a decision's case: what happened on which day, and when it was entered."""

    __tablename__ = "case_stages"
    __table_args__ = (UniqueConstraint("raw_id", "stage", "happened"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_decisions.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20))  # vocabulary: case_stage
    happened: Mapped[dt.date] = mapped_column(Date)
    document: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    entered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    entered_by: Mapped[str] = mapped_column(String(80))
    # The last day of entry (None until assessed, or while that year's calendar is unknown).
    due: Mapped[dt.date | None] = mapped_column(Date)
    period: Mapped[int | None] = mapped_column(Integer)  # working days allowed
    late_days: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    raw: Mapped[RawDecision] = relationship()


class AvRecord(Base):
    """One audio-visual record of a case (音像记录): what, when, who, where kept; never the media."""

    __tablename__ = "av_records"
    __table_args__ = (UniqueConstraint("raw_id", "recorded_on", "what"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_decisions.id"), index=True)
    what: Mapped[str] = mapped_column(String(500))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200))
    kept_at: Mapped[str] = mapped_column(String(300))
    entered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    entered_by: Mapped[str] = mapped_column(String(80))
    digest: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    raw: Mapped[RawDecision] = relationship()


class CaseWarning(Base):
    """A stage entered late, or a seizure, sealing or demolition without an audio-visual record:
    level 1 to the agency's legal office, escalated by the tick like disclosure warnings."""

    __tablename__ = "case_warnings"

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_decisions.id"), index=True)
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("case_stages.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # stage_late | av_missing
    due: Mapped[dt.date] = mapped_column(Date)  # the day the entry (or the first AV record) was due
    level: Mapped[int] = mapped_column(Integer, default=1)
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    escalated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    resolved_by: Mapped[str | None] = mapped_column(String(80))  # "system" when an AV record came in
    resolution: Mapped[str | None] = mapped_column(Text)

    raw: Mapped[RawDecision] = relationship()
    stage: Mapped[CaseStage | None] = relationship()
