"""Agencies (执法主体) and what they publish beforehand (事前公开)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, request, url_for
from flask_babel import gettext as _
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from portal import charts
from portal.db import session
from portal.public.powers import matching, power_dict
from portal.render import respond
from publisher import clock
from publisher.models import Agency, AnnualReport, Officer, PowerItem, PublicDecision
from publisher.office import complaints, registry_changes
from publisher.outputs import stats

bp = Blueprint("agencies", __name__)
COLUMNS = [
    "code",
    "name",
    "name_en",
    "level",
    "address",
    "hotline",
    "review_body",
    "court",
    "published",
    "url",
]


def agency_dict(agency: Agency, published: int = 0) -> dict[str, Any]:
    """The public fields of an agency."""
    return {
        "code": agency.code,
        "name": agency.name,
        "name_en": agency.name_en,
        "level": agency.level,
        "parent": agency.parent.code if agency.parent else None,
        "authority_basis": agency.authority_basis,
        "address": agency.address,
        "hotline": agency.hotline,
        "review_body": agency.review_body,
        "court": agency.court,
        "published": published,
        "website": (agency.extra or {}).get("website"),
        "updated_at": clock.local(agency.updated_at).isoformat(),
        "url": url_for("agencies.detail", code=agency.code, _external=True),
    }


@bp.get("/agencies", defaults={"fmt": "html"})
@bp.get("/agencies.<any(json,csv):fmt>")
def index(fmt: str) -> Any:
    """Every agency with its count of published decisions; ``q`` finds agencies by name,
    code or basis, or by a power item of theirs (食品 finds those that handle food)."""
    q = request.args.get("q", "").strip()[:60]
    stmt = (
        select(Agency, func.count(PublicDecision.id))
        .outerjoin(
            PublicDecision,
            (PublicDecision.agency_id == Agency.id) & (PublicDecision.status == "published"),
        )
        .group_by(Agency.id)
        .order_by(Agency.code)
    )
    if q:
        holding = select(PowerItem.agency_id).where(matching(q))
        stmt = stmt.where(
            or_(
                Agency.name.contains(q, autoescape=True),
                Agency.name_en.contains(q, autoescape=True),
                Agency.code.contains(q, autoescape=True),
                Agency.authority_basis.contains(q, autoescape=True),
                Agency.id.in_(holding),
            )
        )
    rows = session().execute(stmt).all()
    items = [agency_dict(a, n) for a, n in rows]
    return respond(
        "agencies/index.html",
        {"rows": rows, "q": q},
        json_data={"query": q, "agencies": items},
        csv_columns=COLUMNS,
        csv_rows=items,
        filename="agencies.csv",
    )


@bp.get("/agencies/<code>", defaults={"fmt": "html"})
@bp.get("/agencies/<code>.<any(json):fmt>")
def detail(code: str, fmt: str) -> Any:
    """An agency's profile, powers list, officers, remedies and timeliness record."""
    db = session()
    agency = db.scalars(select(Agency).where(Agency.code == code)).first()
    if agency is None:
        abort(404, description=_("没有代码为 %(code)s 的执法机关", code=code))
    powers = db.scalars(
        select(PowerItem).where(PowerItem.agency_id == agency.id).order_by(PowerItem.code)
    ).all()
    officers = db.scalars(
        select(Officer)
        .options(selectinload(Officer.history))
        .where(Officer.agency_id == agency.id)
        .order_by(Officer.name)
    ).all()
    today = clock.today()
    record = stats.timeliness(db, agency.id)
    parent = db.get(Agency, agency.parent_id) if agency.parent_id else None
    this_year = clock.today().year
    complaint_counts = [
        row for year in (this_year, this_year - 1) for row in complaints.counts(db, year, agency.id)
    ]
    performance = [stats.performance(db, agency.id, this_year)]
    for report in db.scalars(select(AnnualReport).order_by(AnnualReport.year.desc()).limit(3)):
        row = next((r for r in report.data["agencies"] if r["agency"] == agency.code), None)
        if row is not None:
            unused = [("", name) for name in row.get("unused_powers", [])]
            performance.append(
                stats.Performance(agency.code, report.year, row["powers_listed"], row["powers_used"], unused)
            )
    flow_steps = charts.steps(str((agency.extra or {}).get("procedures") or ""))
    data = {
        "flow_steps": flow_steps,
        "flowchart": charts.flowchart(_("%(name)s执法流程图", name=agency.name), flow_steps)
        if flow_steps
        else "",
        "performance": performance,
        "agency": agency,
        "parent": parent,
        "powers": powers,
        "officers": officers,
        "today": today,
        "timeliness": record,
        "complaints": complaint_counts,
    }
    payload = {
        **agency_dict(agency, sum(t.published for t in record)),
        "procedures": (agency.extra or {}).get("procedures"),
        "service_guide": (agency.extra or {}).get("service_guide"),
        "powers": [power_dict(p, agency) for p in powers],
        "officers": [
            {"name": o.name, "credential_no": o.credential_no, "status": o.status_on(today)} for o in officers
        ],
        "timeliness": [
            {
                "year": t.year,
                "published": t.published,
                "on_time": t.on_time,
                "on_time_share": round(t.on_time_share, 4),
                "median_day": t.median_day,
                "withdrawn": t.withdrawn,
            }
            for t in record
        ],
        "complaints": [row.as_dict() for row in complaint_counts],
        "performance": [
            {"year": p.year, "listed": p.listed, "used": p.used, "ratio": p.ratio, "flag": p.flag}
            for p in performance
        ],
    }
    return respond("agencies/detail.html", data, json_data=payload)


@bp.get("/agencies/<code>/history", defaults={"fmt": "html"})
@bp.get("/agencies/<code>/history.<any(json):fmt>")
def history(code: str, fmt: str) -> Any:
    """Every approved change of an agency's basic information and powers list, with the day
    the legal office approved it and the version before and after (seed 002)."""
    db = session()
    agency = db.scalars(select(Agency).where(Agency.code == code)).first()
    if agency is None:
        abort(404, description=_("没有代码为 %(code)s 的执法机关", code=code))
    changes = registry_changes.history(db, agency)
    return respond(
        "agencies/history.html",
        {"agency": agency, "changes": changes},
        json_data={"agency": agency.code, "changes": changes},
    )
