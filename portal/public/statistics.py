"""Annual enforcement statistics (年度统计): the page with charts, its CSV and JSON twins."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, redirect, url_for
from flask_babel import format_percent
from flask_babel import gettext as _
from sqlalchemy import select

from portal import labels
from portal.charts import bars
from portal.db import session
from portal.render import respond
from publisher.models import AnnualReport
from publisher.outputs import annual

bp = Blueprint("statistics", __name__)


@bp.get("/statistics")
def latest() -> Any:
    """The newest published year."""
    year = session().scalars(select(AnnualReport.year).order_by(AnnualReport.year.desc())).first()
    if year is None:
        abort(404, description=_("还没有发布年度统计：每年 1 月生成上一年度的统计，1 月 31 日前公布。"))
    return redirect(url_for(".year", year=year))


@bp.get("/statistics/<int:year>", defaults={"fmt": "html"})
@bp.get("/statistics/<int:year>.<any(json,csv):fmt>")
def year(year: int, fmt: str) -> Any:
    """One year's statistics per agency and for the district."""
    report = session().get(AnnualReport, year)
    years = list(session().scalars(select(AnnualReport.year).order_by(AnnualReport.year.desc())))
    if report is None:
        shown = "、".join(str(y) for y in years) if labels.language() == "zh" else ", ".join(map(str, years))
        abort(
            404,
            description=_(
                "没有 %(year)s 年的年度统计：每年 1 月生成上一年度的统计。已有统计的年份：%(years)s。",
                year=year,
                years=shown or "—",
            ),
        )
    data = report.data
    district = data["district"]
    names = labels.agency_names()
    agencies = [{**a, "agency_name": names.get(a["agency"], a["agency_name"])} for a in data["agencies"]]
    specs: list[tuple[str, str, list[tuple[str, float, str]], dict[str, Any]]] = [
        (
            _("%(year)s 年各类执法决定数量（全区）", year=year),
            _("按执法类别统计的决定数，下方表格列出相同数字。"),
            [(labels.label("category", c), n, str(n)) for c, n in district["by_category"].items()],
            {},
        ),
        (
            _("%(year)s 年各执法机关按时公示率", year=year),
            _("已公示决定中在期限内公示的比例。"),
            [
                (
                    a["agency_name"],
                    a["on_time"] / a["published"],
                    format_percent(a["on_time"] / a["published"]),
                )
                for a in agencies
                if a["published"]
            ],
            {"maximum": 1.0},
        ),
        (
            _("%(year)s 年各执法机关履职比例", year=year),
            _("权责清单中至少行使过一次的事项所占比例；竖线为 %(line)s 合格线。", line=format_percent(0.6)),
            [
                (a["agency_name"], a["performance_ratio"], format_percent(a["performance_ratio"]))
                for a in agencies
                if a["performance_ratio"] is not None
            ],
            {"maximum": 1.0, "threshold": (0.6, format_percent(0.6))},
        ),
    ]
    charts = [(title, bars(title, desc, rows, **options)) for title, desc, rows, options in specs]
    return respond(
        "statistics/year.html",
        {"report": report, "district": district, "agencies": agencies, "charts": charts, "years": years},
        json_data=data,
        csv_columns=annual.CSV_COLUMNS,
        csv_rows=annual.csv_rows(report),
        filename=f"annual-statistics-{year}.csv",
    )
