"""The public correction log (更正记录) and the public's error reports (纠错).

A ``Correction`` is public: which public fields of a decision or credential changed, when
and why (the reason passed through the redactor), never a value. An ``ErrorReport`` is
private to the agency that owns the record: the reporter's contact details sit apart in
``error_report_contacts``, read only by that agency's staff, every read audited. Nothing a
reporter writes is published.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.base import Base, UTCDateTime, WarningLevel
from publisher.models.decisions import PublicDecision
from publisher.models.registry import Agency, Officer

SUBJECTS = ("decision", "officer")
OUTCOMES = ("corrected", "not_error", "forwarded")  # 已更正, 不属于错误, 已转交
REPORT_STATUSES = ("received", "answered")


class Correction(Base):
    """One correction of a public record: the fields that changed, the date and the reason."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(10))  # decision | officer
    public_decision_id: Mapped[int | None] = mapped_column(ForeignKey("public_decisions.id"), index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(Text)
    # The `decision.correct` event this entry was made from (None for credentials).
    audit_seq: Mapped[int | None] = mapped_column(Integer, unique=True)

    decision: Mapped[PublicDecision | None] = relationship()
    officer: Mapped[Officer | None] = relationship()
    agency: Mapped[Agency] = relationship()


class ErrorReport(Base):
    """A member of the public's report of an error in a published decision or credential."""

    __tablename__ = "error_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_no: Mapped[str] = mapped_column(String(24), unique=True)
    access_hash: Mapped[str] = mapped_column(String(64))
    submission_key: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(10))
    public_decision_id: Mapped[int | None] = mapped_column(ForeignKey("public_decisions.id"), index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    field: Mapped[str | None] = mapped_column(String(40))  # the item the reporter names, if any
    description: Mapped[str] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), index=True, default="received")
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    answer_due: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(12))
    answer: Mapped[str | None] = mapped_column(Text)
    forwarded_to: Mapped[str | None] = mapped_column(String(200))
    correction_id: Mapped[int | None] = mapped_column(ForeignKey("corrections.id"), index=True)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    answered_by: Mapped[str | None] = mapped_column(String(80))
    answered_on_time: Mapped[bool | None] = mapped_column(Boolean)

    decision: Mapped[PublicDecision | None] = relationship()
    officer: Mapped[Officer | None] = relationship()
    agency: Mapped[Agency] = relationship()
    correction: Mapped[Correction | None] = relationship()


class ErrorReportContact(Base):
    """How to reach a reporter: stored apart, read only by the owning agency's staff, audited."""

    __tablename__ = "error_report_contacts"

    report_id: Mapped[int] = mapped_column(ForeignKey("error_reports.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(200))


class ErrorReportWarning(WarningLevel, Base):
    """An error report not answered in time, escalated by level like disclosure warnings."""

    __tablename__ = "error_report_warnings"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("error_reports.id"), index=True)

    report: Mapped[ErrorReport] = relationship()
