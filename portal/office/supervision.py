"""The supervision dashboard of the district legal office, with a CSV of every table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, Response, abort, render_template, request
from sqlalchemy import select

from portal.db import runtime, session
from portal.office import roles
from portal.render import as_csv
from publisher import clock
from publisher.models import Agency
from publisher.office import duties, supervision

bp = Blueprint("office_supervision", __name__, url_prefix="/office/supervision")


def _today() -> dt.date:
    return clock.today()


@bp.get("/")
@roles("supervisor", "admin")
def dashboard() -> Any:
    """Every agency at a glance, then the lists behind the numbers."""
    db, today, calendar = session(), _today(), runtime().calendar
    tables = {name: build(db, today, calendar) for name, build in supervision.TABLES.items()}
    tables |= {name: build(db, today, calendar, runtime().config) for name, build in duties.TABLES.items()}
    year = request.args.get("year", type=int) or today.year
    ratios = [
        supervision.performance(db, a.id, year) for a in db.scalars(select(Agency).order_by(Agency.code))
    ]
    return render_template(
        "office/supervision/dashboard.html", tables=tables, ratios=ratios, year=year, today=today
    )


@bp.get("/<any(" + ",".join([*supervision.TABLES, *duties.TABLES]) + "):table>.csv")
@roles("supervisor", "admin")
def table_csv(table: str) -> Response:
    """One dashboard table as CSV (UTF-8 with BOM for spreadsheets)."""
    if table in duties.TABLES:
        rows = duties.TABLES[table](session(), _today(), runtime().calendar, runtime().config)
    else:
        rows = supervision.TABLES[table](session(), _today(), runtime().calendar)
    if not rows:
        return as_csv(["empty"], [], f"{table}.csv")
    return as_csv(list(rows[0]), rows, f"{table}-{_today().isoformat()}.csv")


@bp.get("/performance.csv")
@roles("supervisor", "admin")
def performance_csv() -> Response:
    """履职比例 per agency for ?year= as CSV."""
    year = request.args.get("year", type=int) or _today().year
    if not 2000 <= year <= 2100:
        abort(400)
    db = session()
    rows = [
        {
            "agency": p.agency,
            "year": p.year,
            "listed": p.listed,
            "used": p.used,
            "ratio": round(p.ratio, 4),
            "flag": p.flag,
            "unused": "；".join(f"{code} {name}" for code, name in p.unused),
        }
        for p in (
            supervision.performance(db, a.id, year) for a in db.scalars(select(Agency).order_by(Agency.code))
        )
    ]
    return as_csv(
        ["agency", "year", "listed", "used", "ratio", "flag", "unused"], rows, f"performance-{year}.csv"
    )
