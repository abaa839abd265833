"""POST /api/v1/intake/<kind>: agencies' case systems submit records with an API token.

``Authorization: Bearer gs_…``; the body is CSV (``text/csv``), JSON Lines
(``application/x-ndjson``), a JSON array (``application/json``) or XLSX. The same
validation as ``publisher ingest`` applies, limited to the token's agency: a row of any
other agency is a problem, nothing is stored unless every row passes (or ``?partial=1``),
and every refusal is in the audit trail.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, current_app, request
from sqlalchemy import select

from portal.db import runtime, session
from portal.render import as_json
from portal.security import csrf, limiter
from portal.uploads import KINDS, ingest_bytes, report_dict
from publisher import audit, clock
from publisher.intake import ingest as intake
from publisher.intake.readers import load_json, not_a_record
from publisher.models import Agency
from publisher.office import tokens

bp = Blueprint("api_intake", __name__, url_prefix="/api/v1/intake")
TYPES = {
    "text/csv": ".csv",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "application/json": ".jsonl",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
}


def _refuse(status: int, reason: str, actor: str = "anonymous", agency: str | None = None) -> Response:
    db = session()
    db.rollback()
    audit.record(
        db,
        now=clock.now(),
        actor=actor,
        action="api.refused",
        entity="route",
        entity_id=request.path[:120],
        agency_code=agency,
        detail={"status": status, "reason": reason},
    )
    db.commit()
    return as_json({"error": {"status": status, "message": reason}}, status)


def _body(mimetype: str) -> bytes:
    """The body as intake reads it: a JSON array becomes JSON Lines; ValueError when it cannot."""
    data = request.get_data()
    if mimetype != "application/json":
        return data
    rows = load_json(data)
    if not isinstance(rows, list):
        raise ValueError("a JSON body must be an array of objects")
    for number, row in enumerate(rows, start=1):
        if why := not_a_record(row):
            raise ValueError(f"item {number}: {why}")
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()


@bp.post("/<kind>")
@csrf.exempt
@limiter.limit(lambda: current_app.config["INTAKE_RATE_LIMIT"])
def submit(kind: str) -> Response:
    """Validate and store one batch of the token's agency's records."""
    presented = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    db = session()
    token = tokens.verify(db, presented, clock.now())
    if token is None:
        return _refuse(401, "missing, unknown or revoked token")
    agency = db.scalars(select(Agency.code).where(Agency.id == token.agency_id)).one()
    actor = f"token:{token.id}:{token.name}"[:80]
    db.commit()  # last use
    if kind not in KINDS:
        return _refuse(404, f"kind must be one of {', '.join(KINDS)}", actor, agency)
    suffix = TYPES.get(request.mimetype)
    if suffix is None:
        return _refuse(415, f"Content-Type must be one of {', '.join(TYPES)}", actor, agency)
    try:
        body = _body(request.mimetype)
    except ValueError as exc:
        return _refuse(400, f"body is not valid: {exc}", actor, agency)
    report = ingest_bytes(
        runtime(),
        body,
        suffix,
        kind=kind,
        actor=actor,
        agency_scope=agency,
        partial=request.args.get("partial") == "1",
        refused_action="api.refused",
    )
    payload: dict[str, Any] = report_dict(report)
    if report.stored:
        return as_json(payload, 201)
    refused = any(p.code in intake.REFUSALS for p in report.problems)  # audited by intake
    status = 403 if refused else 422
    message = "rows of another agency were refused" if refused else "rows were rejected; nothing was stored"
    return as_json({**payload, "error": {"status": status, "message": message}}, status)
