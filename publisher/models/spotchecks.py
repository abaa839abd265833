"""双随机、一公开 random inspections: plans, the directory of objects, drawn tasks and results.

Everything here is public once stored (organisations' names, credit codes and registered
addresses; officers' names and credential numbers), so the public side reads these tables.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from publisher.models.base import Base, UTCDateTime
from publisher.models.registry import Agency, Officer


class InspectionPlan(Base):
    """An agency's random-inspection plan (抽查计划), published with its seed before the draw."""

    __tablename__ = "inspection_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_no: Mapped[str] = mapped_column(String(80), unique=True)  # AGENCY-YEAR-NN, the public id
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(300))
    scope: Mapped[str] = mapped_column(Text)  # 抽查范围, in words
    items: Mapped[list[str]] = mapped_column(JSON, default=list)  # 抽查事项
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)  # directory sectors drawn from; [] = all
    basis: Mapped[str | None] = mapped_column(Text)  # 抽查依据
    ratio: Mapped[Decimal] = mapped_column(Numeric(7, 4))  # share of the population drawn
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    draw_date: Mapped[dt.date] = mapped_column(Date)
    seed: Mapped[str] = mapped_column(String(200))  # published with the plan, before the draw
    seed_source: Mapped[str] = mapped_column(String(300))
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    drawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The draw's inputs as they stood (sorted credit codes; sorted credential numbers) and a digest.
    population: Mapped[list[str] | None] = mapped_column(JSON)
    inspectors: Mapped[list[str] | None] = mapped_column(JSON)
    draw_digest: Mapped[str | None] = mapped_column(String(64))

    agency: Mapped[Agency] = relationship()
    tasks: Mapped[list[InspectionTask]] = relationship(back_populates="plan", order_by="InspectionTask.rank")


class InspectionObject(Base):
    """One organisation in an agency's directory of objects that may be drawn (检查对象名录库)."""

    __tablename__ = "inspection_objects"
    __table_args__ = (UniqueConstraint("agency_id", "credit_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    credit_code: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))  # registered address (public)
    sector: Mapped[str] = mapped_column(String(100))
    # Membership follows the system's own clock, never a date the agency types in.
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    removed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    digest: Mapped[str] = mapped_column(String(64))

    agency: Mapped[Agency] = relationship()


class InspectionTask(Base):
    """One drawn object with its two inspectors, and the inspection's published result."""

    __tablename__ = "inspection_tasks"
    __table_args__ = (UniqueConstraint("plan_id", "rank"), UniqueConstraint("plan_id", "object_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("inspection_plans.id"), index=True)
    rank: Mapped[int] = mapped_column(Integer)
    object_id: Mapped[int] = mapped_column(ForeignKey("inspection_objects.id"))
    inspector1_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    inspector2_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    result: Mapped[str | None] = mapped_column(String(30))  # vocabulary inspection_result
    result_date: Mapped[dt.date | None] = mapped_column(Date)  # the day the inspection concluded
    result_note: Mapped[str | None] = mapped_column(Text)
    decision_doc_no: Mapped[str | None] = mapped_column(String(120))  # the case's decision, when one follows
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    late_days: Mapped[int | None] = mapped_column(Integer)

    plan: Mapped[InspectionPlan] = relationship(back_populates="tasks")
    object: Mapped[InspectionObject] = relationship(lazy="joined")
    inspector1: Mapped[Officer] = relationship(foreign_keys=[inspector1_id], lazy="joined")
    inspector2: Mapped[Officer] = relationship(foreign_keys=[inspector2_id], lazy="joined")
