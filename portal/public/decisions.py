"""Decisions (执法决定): search, detail, and tombstones for what has left publication."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, abort, current_app, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from portal import labels
from portal.db import session
from portal.public.corrections import base_url
from portal.render import respond
from publisher.models import Agency, PublicDecision
from publisher.outputs import corrections
from publisher.outputs.rows import decision_row, json_value
from publisher.search.service import FACETS, SORTS, Filters, SearchService

bp = Blueprint("decisions", __name__)
CSV_LIMIT = 10_000
COLUMNS = [
    "public_id",
    "doc_no",
    "agency",
    "category",
    "decision_date",
    "target_type",
    "target_name",
    "credit_code",
    "legal_basis",
    "result",
    "fine_amount",
    "confiscation_amount",
    "published_at",
    "url",
]


def service() -> SearchService:
    """The process's search service."""
    svc: SearchService = current_app.extensions["search"]
    return svc


def _date(name: str, problems: list[str]) -> dt.date | None:
    value = request.args.get(name, "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.append(_("日期“%(value)s”无效，已忽略（格式 YYYY-MM-DD）", value=value))
        return None


def read_search_args() -> tuple[str, Filters, str, int, list[str]]:
    """Parse and check the search parameters; invalid ones are dropped with a message."""
    problems: list[str] = []
    q = request.args.get("q", "").strip()[:200]
    values = {name: (request.args.get(name) or "").strip() or None for name in FACETS}
    if values["year"] and not (values["year"].isdigit() and len(values["year"]) == 4):
        problems.append(_("年份“%(value)s”无效，已忽略", value=values["year"]))
        values["year"] = None
    filters = Filters(**values, date_from=_date("from", problems), date_to=_date("to", problems))
    sort = request.args.get("sort", "relevance")
    sort = sort if sort in SORTS else "relevance"
    try:
        page = min(max(1, int(request.args.get("page", "1"))), 1000)
    except ValueError:
        page = 1
    return q, filters, sort, page, problems


def public_dict(d: PublicDecision, agency: Agency, with_text: bool = False) -> dict[str, Any]:
    """The public fields of a decision (its JSON form; the full text only when asked for)."""
    row = {k: json_value(v) for k, v in decision_row(d, agency.code, "").items() if with_text or k != "text"}
    row.update(
        agency_name=agency.name,
        publication_ends=json_value(d.expires_on),  # the publication period's last day; None: no end set
        status=d.status,
        url=url_for("decisions.detail", public_id=d.public_id, _external=True),
    )
    return row


def _rows(ids: list[str]) -> list[tuple[PublicDecision, Agency]]:
    if not ids:
        return []
    found = (
        session()
        .execute(select(PublicDecision, Agency).join(Agency).where(PublicDecision.public_id.in_(ids)))
        .all()
    )
    order = {pid: n for n, pid in enumerate(ids)}
    return sorted(found, key=lambda pair: order[pair[0].public_id])


def _texts(ids: list[str]) -> dict[str, str]:
    stmt = select(PublicDecision.public_id, PublicDecision.text).where(PublicDecision.public_id.in_(ids))
    return {pid: text or "" for pid, text in session().execute(stmt)}


@bp.get("/decisions", defaults={"fmt": "html"})
@bp.get("/decisions.<any(json,csv):fmt>")
def search(fmt: str) -> Any:
    """Search published decisions with filters, facets, sorting and paging."""
    q, filters, sort, page, problems = read_search_args()
    per_page = CSV_LIMIT if fmt == "csv" else 10
    result = service().search(
        q, filters, sort, 1 if fmt == "csv" else page, per_page, texts=_texts if fmt == "html" else None
    )
    if fmt != "csv" and result.page > result.pages:
        abort(404, description=_("没有第 %(page)s 页：共 %(pages)s 页。", page=page, pages=result.pages))
    rows = _rows(result.ids)
    agencies = labels.agency_names()
    data = {
        "q": q,
        "filters": filters,
        "sort": sort,
        "result": result,
        "rows": rows,
        "problems": problems,
        "agencies": agencies,
        "categories": labels.labels("category"),
        "target_types": labels.labels("target_type"),
        "args": request.args,
    }
    items = [public_dict(d, a) for d, a in rows]
    payload = {
        "query": q,
        "total": result.total,
        "page": result.page,
        "pages": result.pages,
        "facets": {k: dict(v) for k, v in result.facets.items()},
        "results": items,
        "problems": problems,
    }
    return respond(
        "decisions/search.html",
        data,
        json_data=payload,
        csv_columns=COLUMNS,
        csv_rows=items,
        filename="decisions.csv",
    )


@bp.get("/decisions/<public_id>", defaults={"fmt": "html"})
@bp.get("/decisions/<public_id>.<any(json):fmt>")
def detail(public_id: str, fmt: str) -> Any:
    """One decision; a tombstone with HTTP 410 once it has left publication."""
    decision = (
        session()
        .scalars(
            select(PublicDecision)
            .options(joinedload(PublicDecision.agency), joinedload(PublicDecision.tombstone))
            .where(PublicDecision.public_id == public_id)
        )
        .first()
    )
    if decision is None:
        abort(404, description=_("没有编号为 %(id)s 的决定", id=public_id))
    related = _related(decision)
    log = corrections.of_records(session(), base_url(), decision_id=decision.id)
    data = {
        "d": decision,
        "agency": decision.agency,
        "stone": decision.tombstone,
        "related": related,
        "corrections": log,
    }
    if decision.status != "published":
        stone = decision.tombstone
        payload = {
            "public_id": decision.public_id,
            "doc_no": decision.doc_no,
            "status": decision.status,
            "agency": decision.agency.code,
            "decision_date": decision.decision_date.isoformat(),
            "reason": stone.reason if stone else None,
            "basis": stone.basis if stone else None,
            "effective": stone.effective.isoformat() if stone else None,
            "recorded_at": stone.recorded_at.isoformat() if stone else None,
            "replacement": related["replacement"].public_id if related["replacement"] else None,
        }
        return respond("decisions/tombstone.html", data, json_data=payload, status=410)
    shown = public_dict(decision, decision.agency, with_text=True)
    shown_log = [{k: json_value(v) for k, v in row.items()} for row in log]
    return respond("decisions/detail.html", data, json_data={**shown, "corrections": shown_log})


def _related(decision: PublicDecision) -> dict[str, PublicDecision | None]:
    """The decision this one varies, the one that varied it, and its replacement."""
    db = session()
    varied = db.get(PublicDecision, decision.supersedes_id) if decision.supersedes_id else None
    varied_by = db.scalars(select(PublicDecision).where(PublicDecision.supersedes_id == decision.id)).first()
    stone = decision.tombstone
    replacement = db.get(PublicDecision, stone.replacement_id) if stone and stone.replacement_id else None
    return {"varies": varied, "varied_by": varied_by, "replacement": replacement or varied_by}
