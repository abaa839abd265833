"""Demo changes of basic information: some approved (the agencies' public histories), one
waiting, one waiting past its 15-day deadline, so a newcomer sees the whole path (seed 002)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.intake import store
from publisher.models import Agency, PowerItem, RegistryChange, User
from publisher.office import registry_changes

# (days before now it was requested, days later it was approved or None, kind, what changes)
CHANGES: list[tuple[int, int | None, str, dict[str, Any]]] = [
    (120, 6, "agencies", {"address": "江城市临江区政务大道18号行政服务中心东楼"}),
    (75, 9, "power_items", {"legal_basis_note": "根据2025年修正的法律更新设定依据"}),
    (40, 4, "agencies", {"hotline_suffix": "；夜间值班 0571-86660000"}),
    (
        25,
        None,
        "power_items",
        {"discretion_tier": "\n特别严重：造成人身伤害或重大财产损失｜依法从重处罚并移送"},
    ),
    (3, None, "agencies", {"website_suffix": "/xxgk"}),
]


def seeded(session: Session) -> bool:
    """True once the demo's changes were requested."""
    return (
        session.scalars(select(RegistryChange.id).where(RegistryChange.requested_by == "demo")).first()
        is not None
    )


def seed(session: Session, now: dt.datetime) -> dict[str, int]:
    """Request the demo changes and approve the older ones, once."""
    if seeded(session):
        return {"changes": 0}
    supervisor = session.scalars(select(User).where(User.username == "supervisor")).one()
    session.info["actor"] = "demo"
    agencies = list(session.scalars(select(Agency).order_by(Agency.code)))
    powers = list(
        session.scalars(select(PowerItem).where(PowerItem.discretion_standard != "").order_by(PowerItem.id))
    )
    approved = 0
    for n, (ago, decided_after, kind, change) in enumerate(CHANGES):
        when = now - dt.timedelta(days=ago)
        row = agencies[n % len(agencies)] if kind == "agencies" else powers[n % len(powers)]
        record = _changed(kind, row, change)
        store.upsert(session, kind, record, row, when)
        session.flush()
        if decided_after is not None:
            request = session.scalars(select(RegistryChange).where(RegistryChange.status == "pending")).one()
            registry_changes.decide(
                session, request, True, supervisor, when + dt.timedelta(days=decided_after), "同意"
            )
            approved += 1
    return {"changes": len(CHANGES), "approved": approved}


def _changed(kind: str, row: Any, change: dict[str, Any]) -> dict[str, Any]:
    record = {k: v for k, v in store.public_form(kind, row).items() if v not in (None, "")}
    if "address" in change:
        record["address"] = change["address"]
    if "hotline_suffix" in change:
        record["hotline"] = f"{record.get('hotline', '')}{change['hotline_suffix']}"
    if "website_suffix" in change:
        record["website"] = f"{record.get('website', '')}{change['website_suffix']}"
    if "legal_basis_note" in change:
        record["legal_basis"] = f"{record.get('legal_basis', '')}（{change['legal_basis_note']}）"
    if "discretion_tier" in change:
        record["discretion_standard"] = f"{record.get('discretion_standard', '')}{change['discretion_tier']}"
    return record
