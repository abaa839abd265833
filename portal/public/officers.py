"""Officers' credentials (执法证件): look-up, status with history, and a QR code per card."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import segno
from flask import Blueprint, Response, abort, current_app, request, url_for
from flask_babel import gettext as _
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from portal.db import session
from portal.public.corrections import base_url
from portal.render import respond
from publisher import clock
from publisher.intake.schemas import identifier
from publisher.models import Officer
from publisher.outputs import corrections
from publisher.outputs.rows import json_value

bp = Blueprint("officers", __name__)
COLUMNS = [
    "credential_no",
    "name",
    "agency",
    "category",
    "area",
    "issuing_authority",
    "valid_from",
    "valid_until",
    "status",
    "url",
]


def today() -> dt.date:
    """Today in the agencies' time zone."""
    return clock.today()


def officer_dict(o: Officer, day: dt.date) -> dict[str, Any]:
    """The public fields of a credential (never an ID number, phone or address)."""
    return {
        "credential_no": o.credential_no,
        "name": o.name,
        "agency": o.agency.code,
        "agency_name": o.agency.name,
        "category": o.category,
        "area": o.area,
        "issuing_authority": o.issuing_authority,
        "valid_from": o.valid_from.isoformat(),
        "valid_until": o.valid_until.isoformat(),
        "status": o.status_on(day),
        "url": url_for("officers.detail", credential_no=o.credential_no, _external=True),
    }


@bp.get("/officers", defaults={"fmt": "html"})
@bp.get("/officers.<any(json,csv):fmt>")
def search(fmt: str) -> Any:
    """Find credentials by number or name."""
    q = request.args.get("q", "").strip()[:60]
    rows: list[Officer] = []
    if q:
        stmt = (
            select(Officer)
            .options(joinedload(Officer.agency), selectinload(Officer.history))
            .where(
                or_(
                    Officer.credential_no.in_({identifier(q), q}),
                    Officer.name == q,
                    Officer.name.startswith(q, autoescape=True) if len(q) >= 2 else Officer.name == q,
                )
            )
            .order_by(Officer.name)
            .limit(100)
        )
        rows = list(session().scalars(stmt))
    day = today()
    items = [officer_dict(o, day) for o in rows]
    return respond(
        "officers/search.html",
        {"q": q, "rows": rows, "today": day},
        json_data={"query": q, "results": items},
        csv_columns=COLUMNS,
        csv_rows=items,
        filename="officers.csv",
    )


@bp.get("/officers/<credential_no>", defaults={"fmt": "html"})
@bp.get("/officers/<credential_no>.<any(json):fmt>")
def detail(credential_no: str, fmt: str) -> Any:
    """A credential's status in words and colour, and its history."""
    rows = list(
        session()
        .scalars(
            select(Officer)
            .options(joinedload(Officer.agency), joinedload(Officer.history))
            .where(Officer.credential_no.in_({identifier(credential_no), credential_no}))
        )
        .unique()
    )
    if not rows:
        abort(
            404,
            description=_("没有查到执法证号 %(no)s，请核对后重试；如有疑问请拨打 12345。", no=credential_no),
        )
    day = today()
    log = corrections.of_records(session(), base_url(), officer_ids=[o.id for o in rows])
    logs = {o.id: [c for c in log if c["issuing_authority"] == o.issuing_authority] for o in rows}
    payload = [
        {
            **officer_dict(o, day),
            "history": [
                {"status": h.status, "effective": h.effective.isoformat(), "reason": h.reason}
                for h in o.history
            ],
            "corrections": [{k: json_value(v) for k, v in c.items()} for c in logs[o.id]],
        }
        for o in rows
    ]
    return respond(
        "officers/detail.html",
        {"rows": rows, "today": day, "credential_no": credential_no, "corrections": logs},
        json_data=payload[0] if len(payload) == 1 else {"credentials": payload},
    )


@bp.get("/officers/<credential_no>/qr.svg")
def qr(credential_no: str) -> Response:
    """The QR code printed on the card: it opens this credential's public page."""
    numbers = {identifier(credential_no), credential_no}
    found = session().scalars(select(Officer.credential_no).where(Officer.credential_no.in_(numbers))).first()
    if found is None:
        abort(404)
    credential_no = found  # the code always carries the number as stored
    target = current_app.config["BASE_URL"].rstrip("/") + url_for(
        "officers.detail", credential_no=credential_no
    )
    out = io.BytesIO()
    segno.make(target, error="m").save(
        out,
        kind="svg",
        scale=6,
        border=2,
        xmldecl=False,
        title=_("执法证 %(no)s 核验二维码", no=credential_no),
        desc=target,
    )
    response = Response(out.getvalue(), mimetype="image/svg+xml")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
