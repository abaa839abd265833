"""双随机、一公开: random-inspection plans with their seed, the reproducible draw, and results."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, current_app, request
from flask_babel import gettext as _
from sqlalchemy import select

from portal.db import session
from portal.render import respond
from publisher.models import Agency, InspectionPlan
from publisher.outputs.rows import json_value
from publisher.spotcheck import public, run

bp = Blueprint("inspections", __name__)
PLAN_COLUMNS = [
    "plan_no",
    "agency",
    "year",
    "title",
    "scope",
    "ratio",
    "period_start",
    "period_end",
    "draw_date",
    "seed",
    "drawn",
    "results",
    "url",
]
RESULT_COLUMNS = [
    "rank",
    "credit_code",
    "name",
    "inspector1",
    "inspector1_name",
    "inspector2",
    "inspector2_name",
    "result",
    "result_date",
    "note",
    "decision_doc_no",
    "decision_url",
    "published_at",
    "deadline",
    "late_days",
]


def _base() -> str:
    return str(current_app.config["BASE_URL"]).rstrip("/")


def _exact(row: dict[str, Any]) -> dict[str, Any]:
    """A row for JSON: dates, times and the ratio as their CSV text (times with the zone)."""
    return {key: json_value(value) for key, value in row.items()}


@bp.get("/inspections", defaults={"fmt": "html"})
@bp.get("/inspections.<any(json,csv):fmt>")
def index(fmt: str) -> Any:
    """Every plan, newest draw first; ?agency= and ?year= narrow the list."""
    agency = request.args.get("agency", "").strip()[:40] or None
    year = request.args.get("year", type=int)
    if year is not None and not 2000 <= year <= 2100:
        abort(400, description=_("年份应在 2000 到 2100 之间"))
    plans = list(session().scalars(public.plans_query(year, agency)))
    items = [public.plan_row(p, _base()) for p in plans]
    agencies = list(session().scalars(select(Agency).order_by(Agency.code)))
    return respond(
        "inspections/index.html",
        {"plans": plans, "agencies": agencies, "agency": agency, "year": year},
        json_data={"plans": [_exact(i) for i in items]},
        csv_columns=PLAN_COLUMNS,
        csv_rows=items,
        filename="inspections.csv",
    )


@bp.get("/inspections/<plan_no>", defaults={"fmt": "html"})
@bp.get("/inspections/<plan_no>.<any(json,csv):fmt>")
def detail(plan_no: str, fmt: str) -> Any:
    """A plan, its seed, the draw with its inputs, and each drawn object's result."""
    plan = session().scalars(public.plans_query().where(InspectionPlan.plan_no == plan_no)).first()
    if plan is None:
        abort(404, description=_("没有编号为 %(no)s 的抽查计划", no=plan_no))
    rows = public.task_rows(session(), plan, _base())
    draw = run.published_draw(plan)
    return respond(
        "inspections/detail.html",
        {"plan": plan, "rows": rows, "draw": draw},
        json_data={
            "plan": _exact(public.plan_row(plan, _base())),
            "draw": draw,
            "results": [_exact(r) for r in rows],
        },
        csv_columns=RESULT_COLUMNS,
        csv_rows=rows,
        filename=f"inspections-{plan.plan_no}.csv",
    )
