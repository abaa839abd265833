"""Statistics pages with their CSV and JSON twins: the annual enforcement statistics (年度统计)
with charts, the quarterly penalty tables, the officers' training figures and the case-file review."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from flask import Blueprint, abort, redirect, render_template, url_for
from flask_babel import format_percent
from flask_babel import gettext as _
from sqlalchemy import select

from portal import labels
from portal.charts import bars
from portal.db import session
from portal.render import respond
from publisher import clock
from publisher.models import AnnualReport, CaseReview, TrainingFigures
from publisher.office.duties import casefiles
from publisher.outputs import annual, duties

bp = Blueprint("statistics", __name__)


def _newest(column: Any, endpoint: str, heading: str, missing: str, *where: Any) -> Any:
    """Redirect to the newest year of ``column`` (meeting ``where``), or say why there is none
    yet: every statistics page links here, so it is not a missing page."""
    year = session().scalars(select(column).where(*where).order_by(column.desc())).first()
    if year is None:
        return render_template("statistics/none.html", heading=heading, missing=missing)
    return redirect(url_for(endpoint, year=year))


@bp.get("/statistics")
def latest() -> Any:
    """The newest published year."""
    missing = _("还没有发布年度统计：每年 1 月生成上一年度的统计，1 月 31 日前公布。")
    return _newest(AnnualReport.year, ".year", _("年度行政执法统计"), missing)


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
                (a["agency_name"], a["performance_ratio"] or 0.0, format_percent(a["performance_ratio"] or 0))
                for a in agencies  # a report built before 0 was shown for no powers holds None
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


@bp.get("/statistics/quarterly", defaults={"fmt": "html"})
@bp.get("/statistics/quarterly.<any(json,csv):fmt>")
def quarterly(fmt: str) -> Any:
    """Quarterly penalty tables (行政处罚统计表): confirmed figures, and which are still awaited."""
    rows = duties.quarterly_rows(session(), clock.today())
    confirmed = [r for r in rows if r["penalties"] is not None]
    quarters: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for row in rows:
        quarters.setdefault((row["year"], row["quarter"]), []).append(row)
    return respond(
        "statistics/quarterly.html",
        {"quarters": quarters, "types": duties.PENALTY_TYPES, "names": labels.agency_names()},
        json_data={"tables": rows},
        csv_columns=duties.QUARTERLY_COLUMNS,
        csv_rows=confirmed,
        filename="quarterly-penalties.csv",
    )


@bp.get("/statistics/training")
def training_latest() -> Any:
    """The newest year of training figures."""
    return _newest(TrainingFigures.year, ".training", _("执法人员培训统计"), _("还没有执法人员培训统计。"))


@bp.get("/statistics/training/<int:year>", defaults={"fmt": "html"})
@bp.get("/statistics/training/<int:year>.<any(json,csv):fmt>")
def training(year: int, fmt: str) -> Any:
    """Officers' legal training per agency in one year: figures, never a person."""
    figures = session().get(TrainingFigures, year)
    if figures is None:
        abort(404, description=_("没有 %(year)s 年的执法人员培训统计。", year=year))
    rows = duties.training_rows(session(), year)
    years = list(session().scalars(select(TrainingFigures.year).order_by(TrainingFigures.year.desc())))
    return respond(
        "statistics/training.html",
        {
            "figures": figures,
            "rows": rows,
            "years": years,
            "min_officers": duties.MIN_OFFICERS,
            "names": labels.agency_names(),
        },
        json_data={"year": year, "counted_on": figures.counted_on.isoformat(), "agencies": rows},
        csv_columns=duties.TRAINING_COLUMNS,
        csv_rows=rows,
        filename=f"training-{year}.csv",
    )


@bp.get("/statistics/case-review")
def case_review_latest() -> Any:
    """The newest published case-file review."""
    missing = _("还没有公布案卷评查结果。")
    published = CaseReview.published_at.is_not(None)
    return _newest(CaseReview.year, ".case_review", _("案卷评查结果"), missing, published)


@bp.get("/statistics/case-review/<int:year>", defaults={"fmt": "html"})
@bp.get("/statistics/case-review/<int:year>.<any(json,csv):fmt>")
def case_review(year: int, fmt: str) -> Any:
    """One year's case-file review: each agency's average score, with the scoring sheet."""
    review = session().scalars(select(CaseReview).where(CaseReview.year == year)).first()
    if review is None or review.published_at is None:
        abort(404, description=_("没有公布 %(year)s 年度的案卷评查结果。", year=year))
    rows = casefiles.results(review)
    return respond(
        "statistics/case_review.html",
        {
            "review": review,
            "rows": rows,
            "full": sum(Decimal(item["weight"]) for item in review.sheet),
            "names": labels.agency_names(),
        },
        json_data={"year": year, "seed": review.seed, "sheet": review.sheet, "agencies": rows},
        csv_columns=["year", "agency", "agency_name", "cases", "average_score", "lowest", "highest"],
        csv_rows=rows,
        filename=f"case-review-{year}.csv",
    )
