"""The yearly case-file review (案卷评查) in the back office: the district legal office starts a
year's review (the sample is drawn at once from the seed), scores each drawn case file on the
sheet with remarks, and publishes each agency's result. Supervisors and administrators only."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from flask import Blueprint, abort, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from werkzeug.wrappers import Response
from wtforms import DecimalField, IntegerField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from portal.db import runtime, session
from portal.office import roles
from portal.office.steps import carry_out, finite, invalid
from portal.public.citizen import plain_text
from publisher import clock
from publisher.models import CaseReview, CaseReviewCase
from publisher.office.duties import casefiles

bp = Blueprint("office_case_review", __name__, url_prefix="/office/case-review")
SUPERVISING = ("supervisor", "admin")


class StartForm(FlaskForm):
    """Start a year's review: the year and, optionally, a seed fixed in advance."""

    year = IntegerField(_l("评查年度"), validators=[InputRequired(), NumberRange(min=2000, max=2100)])
    seed = StringField(
        _l("随机种子（可不填，由系统生成）"), validators=[Optional(), Length(max=200)], filters=[plain_text]
    )


def _stored(case: CaseReviewCase | None, code: str) -> Decimal | None:
    """A stored score (kept as text) as the number its field shows."""
    value = (case.scores or {}).get(code) if case else None
    return None if value is None else Decimal(value)


def score_form(sheet: list[dict[str, Any]], case: CaseReviewCase | None = None) -> FlaskForm:
    """A form with one score field per item of the review's sheet, and the remarks."""
    fields: dict[str, Any] = {
        f"item_{item['code']}": DecimalField(
            f"{item['zh']}（0–{item['weight']}）",
            places=1,
            validators=[InputRequired(), NumberRange(min=0, max=float(item["weight"]))],
            filters=[finite],
            default=_stored(case, item["code"]),
        )
        for item in sheet
    }
    fields["remarks"] = TextAreaField(
        _l("评查意见"),
        validators=[Optional(), Length(max=2000)],
        filters=[plain_text],
        default=case.remarks if case else None,
    )
    form_class = type("ScoreForm", (FlaskForm,), fields)
    return form_class(prefix=f"c{case.id}" if case else "")


def _review(year: int) -> CaseReview:
    review = session().scalars(select(CaseReview).where(CaseReview.year == year)).first()
    if review is None:
        abort(404)
    return review


@bp.get("/")
@roles(*SUPERVISING)
def index() -> Any:
    """The reviews so far, and the form to start this year's."""
    reviews = list(session().scalars(select(CaseReview).order_by(CaseReview.year.desc())))
    return render_template(
        "office/case_review/index.html", reviews=reviews, form=StartForm(year=clock.today().year - 1)
    )


@bp.post("/start")
@roles(*SUPERVISING)
def start() -> Response:
    """Draw the year's sample and open the review."""
    form, back = StartForm(), url_for(".index")
    if not form.validate():
        return invalid(form, back)

    def apply() -> None:
        casefiles.start(
            session(), form.year.data, current_user.actor, clock.now(), runtime().config, form.seed.data or ""
        )

    return carry_out(apply, url_for(".review", year=form.year.data), _("已抽取案卷，可以开始评分。"))


@bp.get("/<int:year>")
@roles(*SUPERVISING)
def review(year: int) -> Any:
    """The drawn cases by agency, each with its scoring form; the results once all are scored."""
    found = _review(year)
    forms = {case.id: score_form(found.sheet, case) for case in found.cases}
    return render_template(
        "office/case_review/review.html",
        review=found,
        forms=forms,
        results=casefiles.results(found),
        publish_form=FlaskForm(),
    )


@bp.post("/<int:year>/cases/<int:case_id>")
@roles(*SUPERVISING)
def score(year: int, case_id: int) -> Response:
    """Score one case file on every item, with remarks."""
    found = _review(year)
    case = session().get(CaseReviewCase, case_id)
    if case is None or case.review_id != found.id:
        abort(404)
    form, back = score_form(found.sheet, case), url_for(".review", year=year) + f"#case-{case_id}"
    if not form.validate():
        return invalid(form, back)
    points = {item["code"]: form[f"item_{item['code']}"].data for item in found.sheet}

    def apply() -> None:
        casefiles.score(session(), case, current_user.actor, points, form["remarks"].data or "", clock.now())

    return carry_out(apply, back, _("已保存评分。"))


@bp.post("/<int:year>/publish")
@roles(*SUPERVISING)
def publish(year: int) -> Response:
    """Publish each agency's result (refused while a case is unscored)."""
    found, form = _review(year), FlaskForm()
    back = url_for(".review", year=year)
    if not form.validate():
        return invalid(form, back)
    return carry_out(
        lambda: casefiles.publish(session(), found, current_user.actor, clock.now()),
        back,
        _("已公布评查结果。"),
    )
