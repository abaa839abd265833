"""/api/v1: decisions, agencies, officers and withdrawals; cursors, ETags, CORS for GET."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response, abort, request
from sqlalchemy import select, tuple_
from sqlalchemy.orm import joinedload, selectinload

from portal.api.openapi import document
from portal.db import session
from portal.public.agencies import agency_dict
from portal.public.decisions import _rows, public_dict, read_search_args, service
from portal.public.officers import officer_dict, today
from portal.public.powers import power_dict, power_query, search_args
from portal.render import as_json
from publisher import clock
from publisher.intake.schemas import identifier
from publisher.models import Agency, Officer, PowerItem, PublicDecision, Tombstone
from publisher.outputs import rows
from publisher.outputs.rows import json_value

bp = Blueprint("api_v1", __name__, url_prefix="/api/v1")
MAX_LIMIT = 100


def _limit() -> int:
    raw = request.args.get("limit", "20")
    # ASCII digits only: str.isdigit() also admits "²", which int() refuses
    if not re.fullmatch(r"[0-9]{1,3}", raw) or not 1 <= int(raw) <= MAX_LIMIT:
        abort(400, description=f"limit must be a whole number from 1 to {MAX_LIMIT}")
    return int(raw)


def _count(value: Any) -> int:
    """A position in a listing: a whole number (not a boolean) that fits the database."""
    if type(value) is not int or not 0 <= value < 2**31:
        raise ValueError(value)
    return value


def _moment(value: Any) -> dt.datetime:
    """A recording time: ISO 8601 with a zone, far enough from year 1 and 9999 to convert to UTC."""
    moment = dt.datetime.fromisoformat(value if isinstance(value, str) else "")
    if moment.tzinfo is None or not 1 < moment.year < 9999:
        raise ValueError(value)
    return moment.astimezone(dt.UTC)


# What each kind of cursor holds, and how each part is read back.
CURSORS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "decisions": {"o": _count},
    "officers": {"id": _count},
    "withdrawals": {"at": _moment, "id": _count},
    "powers": {"id": _count},
}
MAX_CURSOR = 200  # characters; the cursors given out are under 100


def _encode(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode(kind: str) -> dict[str, Any] | None:
    """The parts of the request's cursor, checked; 400 for any cursor this API did not give out."""
    raw = request.args.get("cursor")
    if not raw:
        return None
    try:
        if len(raw) > MAX_CURSOR:  # also keeps json.loads far from its nesting limit
            raise ValueError("too long")
        value = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        if not isinstance(value, dict) or value.get("k") != kind:
            raise ValueError("another kind")
        return {name: read(value[name]) for name, read in CURSORS[kind].items()}
    except (ValueError, KeyError):
        abort(400, description="cursor is not one this API gave out")


def ok(payload: Any, status: int = 200) -> Response:
    """JSON with an ETag, answered with 304 when the client already has it."""
    response = as_json(payload, status)
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    response.make_conditional(request)
    return response


@bp.after_request
def cors(response: Response) -> Response:
    """Any site may read the API (GET only: there is nothing to write here)."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response.headers["Access-Control-Expose-Headers"] = "ETag"
    return response


@bp.get("/openapi.json")
def openapi() -> Response:
    """The OpenAPI 3 description of this API."""
    return ok(document())


@bp.get("/decisions")
def decisions() -> Response:
    """Search published decisions with the portal's filters; page with the cursor."""
    q, filters, sort, _page, problems = read_search_args()
    if problems:
        abort(400, description="; ".join(problems))
    limit = _limit()
    offset = (_decode("decisions") or {}).get("o", 0)
    if offset % limit:
        abort(400, description="cursor does not fit this limit")
    result = service().search(q, filters, sort, offset // limit + 1, limit)
    rows = [public_dict(d, a) for d, a in _rows(result.ids)]
    following = offset + limit
    return ok(
        {
            "data": rows,
            "total": result.total,
            "facets": {k: dict(v) for k, v in result.facets.items()},
            "next_cursor": _encode({"k": "decisions", "o": following}) if following < result.total else None,
        }
    )


@bp.get("/decisions/<public_id>")
def decision(public_id: str) -> Response:
    """One decision, or its tombstone with 410 once it has left publication."""
    found = (
        session()
        .scalars(
            select(PublicDecision)
            .options(joinedload(PublicDecision.agency))
            .where(PublicDecision.public_id == public_id)
        )
        .first()
    )
    if found is None:
        abort(404, description=f"no decision {public_id}")
    if found.status == "published":
        return ok(public_dict(found, found.agency, with_text=True))
    stone = found.tombstone
    return ok(
        {
            "public_id": found.public_id,
            "doc_no": found.doc_no,
            "agency": found.agency.code,
            "status": found.status,
            "reason": stone.reason if stone else None,
            "basis": stone.basis if stone else None,
            "effective": stone.effective.isoformat() if stone else None,
        },
        status=410,
    )


@bp.get("/agencies")
def agencies() -> Response:
    """Every agency."""
    return ok({"data": [agency_dict(a) for a in session().scalars(select(Agency).order_by(Agency.code))]})


@bp.get("/agencies/<code>")
def agency(code: str) -> Response:
    """One agency."""
    found = session().scalars(select(Agency).where(Agency.code == code)).first()
    if found is None:
        abort(404, description=f"no agency {code}")
    powers = session().scalars(
        select(PowerItem).where(PowerItem.agency_id == found.id).order_by(PowerItem.code)
    )
    return ok({**agency_dict(found), "powers": [power_dict(p, found) for p in powers]})


@bp.get("/powers")
def powers() -> Response:
    """Power items of every agency, by words, agency and category, a page at a time."""
    q, agency, category = search_args()
    limit, cursor = _limit(), _decode("powers")
    stmt = power_query(q, agency, category).order_by(None).order_by(PowerItem.id)
    if cursor:
        stmt = stmt.where(PowerItem.id > cursor["id"])
    rows = session().execute(stmt.limit(limit + 1)).all()
    more = len(rows) > limit
    return ok(
        {
            "data": [power_dict(p, a) for p, a in rows[:limit]],
            "next_cursor": _encode({"k": "powers", "id": rows[limit - 1][0].id}) if more else None,
        }
    )


@bp.get("/officers")
def officers() -> Response:
    """Credentials, optionally by number or name; page with the cursor."""
    limit, after = _limit(), (_decode("officers") or {}).get("id", 0)
    stmt = (
        select(Officer)
        .options(joinedload(Officer.agency), selectinload(Officer.history))
        .where(Officer.id > after)
        .order_by(Officer.id)
    )
    q = request.args.get("q", "").strip()[:60]
    if q:
        stmt = stmt.where(Officer.credential_no.in_({identifier(q), q}) | (Officer.name == q))
    rows = list(session().scalars(stmt.limit(limit + 1)))
    day = today()
    more = len(rows) > limit
    return ok(
        {
            "data": [officer_dict(o, day) for o in rows[:limit]],
            "next_cursor": _encode({"k": "officers", "id": rows[limit - 1].id}) if more else None,
        }
    )


@bp.get("/officers/<credential_no>")
def officer(credential_no: str) -> Response:
    """Every credential with this number (numbers are unique per issuing authority)."""
    rows = list(
        session().scalars(
            select(Officer)
            .options(joinedload(Officer.agency), selectinload(Officer.history))
            .where(Officer.credential_no.in_({identifier(credential_no), credential_no}))
        )
    )
    if not rows:
        abort(404, description=f"no credential {credential_no}")
    return ok({"data": [officer_dict(o, today()) for o in rows]})


@bp.get("/withdrawals")
def withdrawals() -> Response:
    """Tombstones recorded since a date, oldest first, so mirrors can delete what left."""
    since_text = request.args.get("since", "2000-01-01")
    try:
        day = dt.date.fromisoformat(since_text)
        if not 1900 <= day.year <= 2100:  # year 1 in Beijing is before year 1 in UTC: no such instant
            raise ValueError(since_text)
        since = clock.start_of(day)  # the local day, not UTC's
    except ValueError:
        abort(400, description="since must be a date (YYYY-MM-DD) between 1900 and 2100")
    limit, cursor = _limit(), _decode("withdrawals")
    stmt = (
        rows.withdrawal_query()
        .where(Tombstone.recorded_at >= since)
        .order_by(Tombstone.recorded_at, Tombstone.id)
    )
    if cursor:
        stmt = stmt.where(tuple_(Tombstone.recorded_at, Tombstone.id) > (cursor["at"], cursor["id"]))
    found = list(session().execute(stmt.limit(limit + 1)))
    data = [{k: json_value(v) for k, v in rows.withdrawal_row(*f).items()} for f in found[:limit]]
    last = found[limit - 1][0] if len(found) > limit else None
    return ok(
        {
            "data": data,
            "next_cursor": _encode({"k": "withdrawals", "at": last.recorded_at.isoformat(), "id": last.id})
            if last
            else None,
        }
    )
