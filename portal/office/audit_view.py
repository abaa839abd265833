"""The audit trail in the back office: filtered by agency, user, record and action, with the
whole hash chain recomputed on every view. Reviewers see their own agency's events only."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, request
from sqlalchemy import select

from portal.db import session
from portal.office import me, roles
from publisher import audit
from publisher.models import Agency, AuditEvent

bp = Blueprint("office_audit", __name__, url_prefix="/office/audit")
PAGE = 100


@bp.get("/")
@roles("reviewer", "supervisor", "admin")
def trail() -> Any:
    """Newest events first; the chain check covers every event, not only those shown."""
    db, user = session(), me()
    filters = {k: request.args.get(k, "").strip()[:120] for k in ("agency", "actor", "record", "action")}
    if user.role == "reviewer":
        filters["agency"] = db.scalars(select(Agency.code).where(Agency.id == user.agency_id)).one()
    stmt = select(AuditEvent)
    if filters["agency"]:
        stmt = stmt.where(AuditEvent.agency_code == filters["agency"])
    if filters["actor"]:
        stmt = stmt.where(AuditEvent.actor == filters["actor"])
    if filters["record"]:
        stmt = stmt.where(AuditEvent.entity_id == filters["record"])
    if filters["action"]:
        stmt = stmt.where(AuditEvent.action.startswith(filters["action"]))
    page = max(1, request.args.get("page", 1, type=int))
    events = list(db.scalars(stmt.order_by(AuditEvent.seq.desc()).offset((page - 1) * PAGE).limit(PAGE + 1)))
    return render_template(
        "office/audit.html",
        events=events[:PAGE],
        more=len(events) > PAGE,
        page=page,
        filters=filters,
        verification=audit.verify(db),
        agencies=list(db.execute(select(Agency.code, Agency.name).order_by(Agency.code))),
        locked=user.role == "reviewer",
    )
