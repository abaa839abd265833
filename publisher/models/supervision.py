"""Supervision casework of the district legal office (seed 003 arts. 23–25).

A ``SupervisionNotice`` (行政执法监督通知书) names the agency, the ground of art. 23, the facts
and the rectification required; the agency reports its rectification (with an optional
attachment) or asks for a review (复查) that the office answers. An agency that does not
correct receives a ``SupervisionDecision`` (行政执法监督决定书). Late steps raise
``SupervisionWarning`` rows escalated by the tick. None of these tables is public: the
public sees yearly counts in the annual statistics only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.base import Base, StoredFile, UTCDateTime
from publisher.models.registry import Agency

NOTICE_STATUSES = ("issued", "rectified", "withdrawn", "decided")
REVIEW_OUTCOMES = ("upheld", "changed", "withdrawn")  # 维持, 变更, 撤回
DECISION_KINDS = ("perform", "correct", "revoke", "confirm_unlawful")
ORDERING_KINDS = ("perform", "correct")  # the decisions that give the agency something to do by a day
WARNING_STEPS = ("rectify", "review_answer", "perform")


class SupervisionNotice(Base):
    """One 行政执法监督通知书 and the agency's answer to it: rectification or review."""

    __tablename__ = "supervision_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_no: Mapped[str] = mapped_column(String(80), unique=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    ground: Mapped[str] = mapped_column(String(30))
    facts: Mapped[str] = mapped_column(Text)
    requirement: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), index=True, default="issued")
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    issued_by: Mapped[str] = mapped_column(String(120))
    received_on: Mapped[dt.date] = mapped_column(Date)
    rectify_due: Mapped[dt.date] = mapped_column(Date)
    review_request_due: Mapped[dt.date] = mapped_column(Date)
    rectification: Mapped[str | None] = mapped_column(Text)
    rectified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    rectified_by: Mapped[str | None] = mapped_column(String(120))
    rectified_on_time: Mapped[bool | None] = mapped_column(Boolean)
    review_reason: Mapped[str | None] = mapped_column(Text)
    review_requested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    review_requested_by: Mapped[str | None] = mapped_column(String(120))
    review_answer_due: Mapped[dt.date | None] = mapped_column(Date)
    review_outcome: Mapped[str | None] = mapped_column(String(12))
    review_answer: Mapped[str | None] = mapped_column(Text)
    review_answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    review_answered_by: Mapped[str | None] = mapped_column(String(120))
    review_answered_on_time: Mapped[bool | None] = mapped_column(Boolean)

    agency: Mapped[Agency] = relationship()
    attachments: Mapped[list[SupervisionAttachment]] = relationship(
        back_populates="notice", order_by="SupervisionAttachment.id"
    )
    decision: Mapped[SupervisionDecision | None] = relationship(back_populates="notice")

    @property
    def review_pending(self) -> bool:
        """A review was asked for and not yet answered."""
        return self.review_requested_at is not None and self.review_outcome is None


class SupervisionAttachment(StoredFile, Base):
    """A file the agency sent with its rectification report (JPEG, PNG or PDF, checked by content)."""

    __tablename__ = "supervision_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("supervision_notices.id"), index=True)

    notice: Mapped[SupervisionNotice] = relationship(back_populates="attachments")


class SupervisionDecision(Base):
    """The 行政执法监督决定书 issued when a notice was not complied with; one per notice."""

    __tablename__ = "supervision_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("supervision_notices.id"), unique=True)
    doc_no: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    reasons: Mapped[str] = mapped_column(Text)
    ordered: Mapped[str] = mapped_column(Text)  # what the decision orders
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    issued_by: Mapped[str] = mapped_column(String(120))
    perform_due: Mapped[dt.date | None] = mapped_column(Date)
    performance: Mapped[str | None] = mapped_column(Text)
    performed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    performed_by: Mapped[str | None] = mapped_column(String(120))
    performed_on_time: Mapped[bool | None] = mapped_column(Boolean)

    notice: Mapped[SupervisionNotice] = relationship(back_populates="decision")


class SupervisionWarning(Base):
    """A late step of a notice (rectify, review_answer, perform), escalated by level."""

    __tablename__ = "supervision_warnings"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("supervision_notices.id"), index=True)
    step: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(Integer, default=1)
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    escalated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    notice: Mapped[SupervisionNotice] = relationship()
