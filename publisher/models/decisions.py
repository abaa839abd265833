"""Enforcement decisions: the raw record as received and its public, redacted form.

The two live in separate tables. No public route, feed, package or index builder
reads ``raw_decisions``; the redactor is the only way from one to the other.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.base import Base, UTCDateTime, WarningLevel
from publisher.models.registry import Agency

# The lifecycle (DESIGN.md invariant 4).
STATES = (
    "received",
    "excluded",
    "pending_review",
    "scheduled",
    "published",
    "withdrawn",
    "expired",
    "repaired",
)
PUBLIC_STATES = ("published", "withdrawn", "expired", "repaired")


class RawDecision(Base):
    """A decision as the agency handed it in: private, never read by the public side."""

    __tablename__ = "raw_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_no: Mapped[str] = mapped_column(String(120), unique=True)  # 决定书文号
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    category: Mapped[str] = mapped_column(String(20), index=True)
    decision_date: Mapped[dt.date] = mapped_column(Date, index=True)
    target_type: Mapped[str] = mapped_column(String(30))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    digest: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(20), index=True, default="received")
    state_reason: Mapped[str | None] = mapped_column(String(60))
    state_note: Mapped[str | None] = mapped_column(Text)
    window_days: Mapped[int | None] = mapped_column(Integer)
    window_source: Mapped[str | None] = mapped_column(String(200))
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    approved_by: Mapped[str | None] = mapped_column(String(80))
    redaction: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # A reviewer's adjustments to the redaction: {"remove": [...], "restore": [...]}, each with a reason.
    review: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    agency: Mapped[Agency] = relationship()
    public: Mapped[PublicDecision | None] = relationship(back_populates="raw")


class PublicDecision(Base):
    """The public form of a decision: redacted fields only, or a tombstone."""

    __tablename__ = "public_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(20), unique=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_decisions.id"), unique=True)
    doc_no: Mapped[str] = mapped_column(String(120), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    category: Mapped[str] = mapped_column(String(20), index=True)
    decision_date: Mapped[dt.date] = mapped_column(Date, index=True)
    target_type: Mapped[str] = mapped_column(String(30))
    target_name: Mapped[str | None] = mapped_column(String(300))
    credit_code: Mapped[str | None] = mapped_column(String(18))
    legal_representative: Mapped[str | None] = mapped_column(String(60))
    legal_basis: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    fine_amount: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    confiscation_amount: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    power_code: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str | None] = mapped_column(Text)  # None once tombstoned
    status: Mapped[str] = mapped_column(String(20), index=True)
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    window_days: Mapped[int | None] = mapped_column(Integer)
    day_of_window: Mapped[int | None] = mapped_column(Integer)
    late_days: Mapped[int] = mapped_column(Integer, default=0)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("public_decisions.id"), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)

    raw: Mapped[RawDecision] = relationship(back_populates="public")
    agency: Mapped[Agency] = relationship()
    tombstone: Mapped[Tombstone | None] = relationship(
        back_populates="decision", foreign_keys="Tombstone.public_decision_id"
    )
    supersedes: Mapped[PublicDecision | None] = relationship(remote_side=[id], foreign_keys=[supersedes_id])


class Tombstone(Base):
    """Why a public decision left publication: withdrawn, expired or repaired."""

    __tablename__ = "tombstones"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_decision_id: Mapped[int] = mapped_column(ForeignKey("public_decisions.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # withdrawn|expired|repaired
    reason: Mapped[str] = mapped_column(String(40))
    basis: Mapped[str | None] = mapped_column(Text)
    effective: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    late_days: Mapped[int] = mapped_column(Integer, default=0)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    replacement_id: Mapped[int | None] = mapped_column(ForeignKey("public_decisions.id"))

    decision: Mapped[PublicDecision] = relationship(
        back_populates="tombstone", foreign_keys=[public_decision_id]
    )
    replacement: Mapped[PublicDecision | None] = relationship(foreign_keys=[replacement_id])


class CorrectionRequest(Base):
    """A change to a published decision: who asked, why and when; applied only once approved."""

    __tablename__ = "correction_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_decisions.id"), index=True)
    requested_by: Mapped[str] = mapped_column(String(80))
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(10), index=True, default="pending")  # approved|rejected
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)

    raw: Mapped[RawDecision] = relationship()


class DisclosureWarning(WarningLevel, Base):
    """A late or held disclosure escalated to a legal office (level 1, 2 or 3)."""

    __tablename__ = "disclosure_warnings"

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_id: Mapped[int] = mapped_column(ForeignKey("raw_decisions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # overdue|review_missing|leak_blocked

    raw: Mapped[RawDecision] = relationship()


class Alert(Base):
    """Something an administrator must act on, such as a missing holiday calendar."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    message: Mapped[str] = mapped_column(Text)
    raised_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class AnnualReport(Base):
    """The published annual enforcement statistics of one year (LEGAL.md §7), built by ``tick``.

    A derived, public table: figures only, computed once from every decision, withdrawal
    and complaint of the year, so public pages read it without touching the raw side.
    """

    __tablename__ = "annual_reports"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    built_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
