"""Major decisions (重大执法决定) and their filing (备案) with the district legal office.

A ``MajorDecision`` is made at intake for every decision its agency's catalogue flags: why it
is major, and the day its filing is due. The agency files the decision with its legal review
and a list of the main evidence; the supervisor acknowledges the filing. Private to the back
office: nothing here is published.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.base import Base, UTCDateTime, WarningLevel
from publisher.models.decisions import RawDecision


class MajorDecision(Base):
    """A decision that needed legal review, and its filing with the legal office."""

    __tablename__ = "major_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_decisions.id"), unique=True)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)  # codes of major_reason
    flagged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    filing_due: Mapped[dt.date] = mapped_column(Date, index=True)
    period_days: Mapped[int] = mapped_column(Integer)
    period_source: Mapped[str] = mapped_column(String(200))
    filed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    filed_by: Mapped[str | None] = mapped_column(String(120))
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)  # the main evidence, one item each
    note: Mapped[str | None] = mapped_column(Text)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str | None] = mapped_column(String(120))
    remark: Mapped[str | None] = mapped_column(Text)  # the supervisor's, on acknowledging

    raw: Mapped[RawDecision] = relationship()


class FilingWarning(WarningLevel, Base):
    """A filing not made by its day, escalated by level like disclosures."""

    __tablename__ = "filing_warnings"

    id: Mapped[int] = mapped_column(primary_key=True)
    major_id: Mapped[int] = mapped_column(ForeignKey("major_decisions.id"), index=True)

    major: Mapped[MajorDecision] = relationship()
