"""Yearly and quarterly duties of the agencies to the district legal office (LEGAL.md §8):
the quarterly penalty statistics table (行政处罚统计表, seed 000 六(五)), officers' legal
training hours and exams (seed 000 六(二)), the special statement of an agency that made no
penalty or licence in a year (专项说明, seed 000 六(一)), and the warnings of all three.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.base import Base, UTCDateTime
from publisher.models.decisions import RawDecision
from publisher.models.registry import Agency, Officer


class QuarterlyTable(Base):
    """One agency's penalty statistics of one quarter: built from the data, confirmed by the agency."""

    __tablename__ = "quarterly_tables"
    __table_args__ = (UniqueConstraint("agency_id", "year", "quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)  # 1–4
    due: Mapped[dt.date] = mapped_column(
        Date
    )  # the 10th of the next quarter's first month, moved past rest days
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)  # penalties, by_result, fines, confiscations
    digest: Mapped[str] = mapped_column(String(64))  # of the figures: what a confirmation confirms
    built_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    confirmed_by: Mapped[str | None] = mapped_column(String(80))
    confirmed_on_time: Mapped[bool | None] = mapped_column(Boolean)

    agency: Mapped[Agency] = relationship()

    @property
    def label(self) -> str:
        """The quarter as 2026Q1, the key of its warning and audit events."""
        return f"{self.year}Q{self.quarter}"


class TrainingRecord(Base):
    """Hours of legal training an officer attended (执法人员法律知识培训)."""

    __tablename__ = "training_records"
    __table_args__ = (UniqueConstraint("officer_id", "attended_on", "course"),)  # a re-import is no new hours

    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    attended_on: Mapped[dt.date] = mapped_column(Date, index=True)
    hours: Mapped[Decimal] = mapped_column(Numeric(6, 1))
    course: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(80))

    officer: Mapped[Officer] = relationship()


class ExamRecord(Base):
    """An officer's legal knowledge exam (执法资格/法律知识考试): the date and the result."""

    __tablename__ = "exam_records"
    __table_args__ = (UniqueConstraint("officer_id", "exam_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    exam_date: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(10))  # vocabulary exam_result
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(80))

    officer: Mapped[Officer] = relationship()


class SpecialStatement(Base):
    """An agency's explanation of a year with no penalty and no licence (专项说明)."""

    __tablename__ = "special_statements"
    __table_args__ = (UniqueConstraint("agency_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    filed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    filed_by: Mapped[str] = mapped_column(String(80))
    on_time: Mapped[bool] = mapped_column(Boolean)

    agency: Mapped[Agency] = relationship()


class DutyWarning(Base):
    """A duty not done by its day: level 1–3 like every warning, raised and escalated by the tick.

    ``kind`` is vocabulary warning_kind (quarterly_table, training_short, special_statement);
    ``subject`` names what is missing: 2026Q1, a year, or year:credential number."""

    __tablename__ = "duty_warnings"
    __table_args__ = (UniqueConstraint("kind", "agency_id", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    subject: Mapped[str] = mapped_column(String(120))
    due: Mapped[dt.date] = mapped_column(Date)
    level: Mapped[int] = mapped_column(Integer, default=1)
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    escalated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)

    agency: Mapped[Agency] = relationship()


class TrainingFigures(Base):
    """The public training figures of one year per agency (officers, officers meeting the hours,
    average hours), built by the tick from the records: figures only, never a person."""

    __tablename__ = "training_figures"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    built_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    counted_on: Mapped[dt.date] = mapped_column(Date)  # the year's last day, or the build day in the year
    rows: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class CaseReview(Base):
    """A year's case-file review (案卷评查, seed 003 art. 18): a seeded sample of each agency's
    cases, scored by the district legal office on a sheet of weighted items."""

    __tablename__ = "case_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)  # the year whose cases are reviewed
    seed: Mapped[str] = mapped_column(String(200))
    per_agency: Mapped[int] = mapped_column(Integer)  # cases drawn per agency (fewer when it has fewer)
    sheet: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # [{code, zh, en, weight}], kept as used
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    started_by: Mapped[str] = mapped_column(String(80))
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    cases: Mapped[list[CaseReviewCase]] = relationship(
        back_populates="review", order_by="(CaseReviewCase.agency_id, CaseReviewCase.rank)"
    )


class CaseReviewCase(Base):
    """One drawn case (its decision) with the reviewer's score per item and remarks."""

    __tablename__ = "case_review_cases"
    __table_args__ = (UniqueConstraint("review_id", "raw_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("case_reviews.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_decisions.id"))
    rank: Mapped[int] = mapped_column(Integer)
    scores: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # item code -> points (as a string)
    total: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    remarks: Mapped[str | None] = mapped_column(Text)
    scored_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    scored_by: Mapped[str | None] = mapped_column(String(80))

    review: Mapped[CaseReview] = relationship(back_populates="cases")
    agency: Mapped[Agency] = relationship()
    decision: Mapped[RawDecision] = relationship()
