"""What agencies publish beforehand (事前公开): agencies, powers lists, officers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.base import Base, UTCDateTime


class Agency(Base):
    """An enforcement body (执法主体) with its authority and remedy channels."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    authority_basis: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(String(300))
    hotline: Mapped[str | None] = mapped_column(String(100))
    review_body: Mapped[str | None] = mapped_column(String(200))  # 复议机关
    court: Mapped[str | None] = mapped_column(String(200))  # 诉讼法院
    extra: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    digest: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    powers: Mapped[list[PowerItem]] = relationship(back_populates="agency")
    parent: Mapped[Agency | None] = relationship(remote_side=[id], lazy="selectin")


# A power item's service guide (服务指南): who accepts, on what conditions, with which
# documents, in how long, at what fee, by which steps, and whom to call.
GUIDE_FIELDS = (
    "guide_office",
    "guide_conditions",
    "guide_materials",
    "guide_time_limit",
    "guide_fees",
    "guide_process",
    "guide_phone",
)


class PowerItem(Base):
    """One line of an agency's powers list (权责清单)."""

    __tablename__ = "power_items"
    __table_args__ = (UniqueConstraint("agency_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(20))
    legal_basis: Mapped[str | None] = mapped_column(Text)
    discretion_standard: Mapped[str | None] = mapped_column(Text)  # a line per circumstance: 情形｜幅度
    guide: Mapped[dict[str, str] | None] = mapped_column(JSON, default=dict)  # service guide: GUIDE_FIELDS
    digest: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    agency: Mapped[Agency] = relationship(back_populates="powers")


class Officer(Base):
    """An enforcement officer's credential (执法证). Only public fields are stored."""

    __tablename__ = "officers"
    __table_args__ = (UniqueConstraint("issuing_authority", "credential_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    credential_no: Mapped[str] = mapped_column(String(60), index=True)
    issuing_authority: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(60), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    category: Mapped[str] = mapped_column(String(200))  # 执法类别
    area: Mapped[str] = mapped_column(String(200))  # 执法区域
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))  # valid|suspended|revoked|cancelled
    digest: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    agency: Mapped[Agency] = relationship()
    history: Mapped[list[OfficerStatusChange]] = relationship(
        back_populates="officer", order_by="OfficerStatusChange.id"
    )

    def status_on(self, day: dt.date) -> str:
        """The status a citizen sees on ``day``, derived here and nowhere else: the last change
        in force that day (a cancellation recorded ahead takes effect on its own day, and one
        recorded late counts from the day it names), 过期 (expired) after the validity and 未生效
        (not yet valid) before it: a card issued for next month does not inspect today."""
        in_force = [h for h in self.history if h.effective <= day]
        status = max(in_force, key=lambda h: (h.effective, h.id)).status if in_force else self.status
        if status == "valid" and day > self.valid_until:
            return "expired"
        if status == "valid" and day < self.valid_from:
            return "not_yet_valid"
        return status


class OfficerStatusChange(Base):
    """One change of a credential's status, kept for its public history."""

    __tablename__ = "officer_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    effective: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(300))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    officer: Mapped[Officer] = relationship(back_populates="history")


class RegistryChange(Base):
    """A requested change of an agency's basic information or of a power item (seed 002:
    requested by the agency, live only once the district legal office approves it). The
    approved ones are the public history of each agency and item: every earlier version."""

    __tablename__ = "registry_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # agencies | power_items
    key: Mapped[str] = mapped_column(String(200), index=True)  # agency code, or code/power code
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    before: Mapped[dict[str, object]] = mapped_column(JSON)
    after: Mapped[dict[str, object]] = mapped_column(JSON)
    digest: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), index=True)  # pending | approved | rejected | superseded
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    requested_by: Mapped[str] = mapped_column(String(120))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)

    agency: Mapped[Agency] = relationship()
