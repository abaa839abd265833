"""The public correction log (更正记录) across every record, with its .json and .csv twins."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, request

from portal import labels
from portal.db import session
from portal.render import respond
from publisher.models import SUBJECTS
from publisher.outputs import corrections
from publisher.outputs.rows import json_value

bp = Blueprint("corrections", __name__)
LIMIT = 500
COLUMNS = [
    "id",
    "subject",
    "public_id",
    "doc_no",
    "credential_no",
    "issuing_authority",
    "agency",
    "recorded_at",
    "fields",
    "reason",
    "error_report",
    "url",
]


def base_url() -> str:
    """The portal's public address, as feeds and packages write it."""
    return str(current_app.config["BASE_URL"]).rstrip("/")


@bp.get("/corrections", defaults={"fmt": "html"})
@bp.get("/corrections.<any(json,csv):fmt>")
def index(fmt: str) -> Any:
    """The newest corrections of published records, of one agency or kind of record when asked."""
    agency = (request.args.get("agency") or "").strip()[:40] or None
    subject = request.args.get("subject") if request.args.get("subject") in SUBJECTS else None
    rows = corrections.newest(session(), base_url(), agency=agency, subject=subject, limit=LIMIT)
    agencies = labels.agency_names()
    items = [{k: json_value(v) for k, v in row.items()} for row in rows]
    return respond(
        "corrections/index.html",
        {
            "rows": rows,
            "agencies": agencies,
            "agency": agency,
            "subject": subject,
            "subjects": labels.labels("correction_subject"),
            "limit": LIMIT,
        },
        json_data={"agency": agency, "subject": subject, "corrections": items},
        csv_columns=COLUMNS,
        csv_rows=items,
        filename="corrections.csv",
    )
