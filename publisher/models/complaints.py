"""Complaints and reports (投诉举报): the case, its filer (kept apart) and its attachments.

The filer's identity lives in ``complaint_filers`` and is read in one place only
(``publisher.office.complaints.filer``), which checks the reader and writes the read to the
audit trail. What an agency sees of a routed complaint is the copy redacted at routing
time (``routed_facts``, ``routed_request``), so the agency's pages never touch the
filer's table. No public route reads any of these tables except for counts.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.accounts import User
from publisher.models.base import Base, StoredFile, UTCDateTime, WarningLevel
from publisher.models.registry import Agency

KINDS = ("complaint", "report")  # 投诉, 举报
# received → accepted → routed → replied → closed; received → refused
STATUSES = ("received", "accepted", "refused", "routed", "replied", "closed")
OPEN_STATUSES = ("accepted", "routed", "replied")


class Complaint(Base):
    """One 投诉 or 举报 and every step of its handling."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_no: Mapped[str] = mapped_column(String(24), unique=True)
    access_hash: Mapped[str] = mapped_column(String(64))
    submission_key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    officer_credential: Mapped[str | None] = mapped_column(String(60))
    decision_public_id: Mapped[str | None] = mapped_column(String(40))
    facts: Mapped[str] = mapped_column(Text)
    request: Mapped[str] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), index=True, default="received")
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    accept_due: Mapped[dt.date] = mapped_column(Date)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decided_on_time: Mapped[bool | None] = mapped_column(Boolean)
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    conclude_due: Mapped[dt.date | None] = mapped_column(Date)
    routed_to_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    routed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    routing_note: Mapped[str | None] = mapped_column(Text)
    routed_facts: Mapped[str | None] = mapped_column(Text)
    routed_request: Mapped[str | None] = mapped_column(Text)
    agency_reply: Mapped[str | None] = mapped_column(Text)
    agency_replied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extension_requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    extension_approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    extended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    answer: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_on_time: Mapped[bool | None] = mapped_column(Boolean)

    agency: Mapped[Agency] = relationship(foreign_keys=[agency_id])
    routed_to: Mapped[Agency | None] = relationship(foreign_keys=[routed_to_id])
    handler: Mapped[User | None] = relationship(foreign_keys=[handler_id])
    attachments: Mapped[list[ComplaintAttachment]] = relationship(
        back_populates="complaint", order_by="ComplaintAttachment.id"
    )


class ComplaintFiler(Base):
    """Who filed a complaint: stored apart, read only by its handler, every read audited."""

    __tablename__ = "complaint_filers"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))


class ComplaintAttachment(StoredFile, Base):
    """Evidence a filer uploaded (JPEG, PNG or PDF), kept in the database, never served publicly."""

    __tablename__ = "complaint_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)

    complaint: Mapped[Complaint] = relationship(back_populates="attachments")


class ComplaintWarning(WarningLevel, Base):
    """An overdue handling step (acceptance or conclusion), escalated by level like disclosures."""

    __tablename__ = "complaint_warnings"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    step: Mapped[str] = mapped_column(String(12))  # accept | conclude

    complaint: Mapped[Complaint] = relationship()
