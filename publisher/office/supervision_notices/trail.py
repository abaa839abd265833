"""The audit trail of supervision casework: one event per step of a notice or its decision."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from publisher import audit
from publisher.models import SupervisionNotice


def record(
    session: Session,
    notice: SupervisionNotice,
    action: str,
    now: dt.datetime,
    actor: str,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append a notice's step to the audit trail (codes and dates, never the free text)."""
    audit.record(
        session,
        now=now,
        actor=actor,
        action=action,
        entity="supervision_notice",
        entity_id=notice.doc_no,
        agency_code=notice.agency.code,
        detail=detail or {},
    )
