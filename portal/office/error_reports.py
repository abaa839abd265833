"""Error reports (纠错) in the back office: the owning agency's queue, the report, its answer and
the reporter's contact. Clerks and reviewers see and answer their own agency's reports only;
supervisors and administrators read every report, never the contact, to supervise."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response
from wtforms import RadioField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from portal import labels
from portal.db import session
from portal.office import days_left, me, refuse, roles
from portal.office.steps import carry_out, invalid
from portal.public.citizen import plain_text
from publisher import clock
from publisher.lifecycle.actors import NotAllowed
from publisher.models import OUTCOMES, ErrorReport
from publisher.office import error_reports

bp = Blueprint("office_error_reports", __name__, url_prefix="/office/error-reports")
AGENCY_STAFF = ("clerk", "reviewer")


class AnswerForm(FlaskForm):
    """The answer: an outcome, the correction it links to, where it was forwarded, and a text."""

    outcome = RadioField(_l("答复结果"), validators=[InputRequired(_l("请选择答复结果"))])
    correction = SelectField(_l("对应的更正"), validators=[Optional()])
    forwarded_to = StringField(_l("转交给"), validators=[Optional(), Length(max=200)], filters=[plain_text])
    text = TextAreaField(
        _l("答复内容（纠错人可见）"), validators=[Optional(), Length(max=5000)], filters=[plain_text]
    )


def _get(tracking_no: str) -> ErrorReport:
    stmt = select(ErrorReport).where(ErrorReport.tracking_no == tracking_no[:24])
    report = session().scalars(stmt.options(selectinload(ErrorReport.agency))).first()
    if report is None:
        abort(404)
    user = me()
    if user.role in AGENCY_STAFF and report.agency_id != user.agency_id:
        refuse(f"error report {tracking_no} concerns another agency's record")
    return report


def _form(report: ErrorReport) -> AnswerForm:
    form = AnswerForm()
    form.outcome.choices = [SelectChoice(o, labels.label("error_report_outcome", o)) for o in OUTCOMES]
    form.correction.choices = [
        SelectChoice(str(c.id), f"{clock.local_date(c.recorded_at).isoformat()} · {c.reason[:40]}")
        for c in error_reports.eligible_corrections(session(), report)
    ]
    return form


@bp.get("/")
@roles("clerk", "reviewer", "supervisor", "admin")
def queue() -> Any:
    """Reports waiting for an answer, by their answer day; agency staff see their agency's."""
    user = me()
    stmt = select(ErrorReport).options(selectinload(ErrorReport.agency))
    if user.role in AGENCY_STAFF:
        stmt = stmt.where(ErrorReport.agency_id == user.agency_id)
    show = "all" if request.args.get("show") == "all" else "open"
    if show == "open":
        stmt = stmt.where(ErrorReport.status == "received")
    rows = list(session().scalars(stmt.order_by(ErrorReport.answer_due, ErrorReport.id).limit(500)))
    warnings = error_reports.open_warnings(session(), [r.id for r in rows])
    items = [
        (r, days_left(r.answer_due) if r.status == "received" else None, warnings.get(r.id)) for r in rows
    ]
    return render_template("office/error_reports/queue.html", items=items, show=show, user=user)


@bp.get("/<tracking_no>")
@roles("clerk", "reviewer", "supervisor", "admin")
def detail(tracking_no: str) -> Any:
    """One report, the record it is about, and the answer form for the owning agency."""
    report = _get(tracking_no)
    handler = error_reports.may_handle(current_user.actor, report)
    return render_template(
        "office/error_reports/detail.html",
        report=report,
        form=_form(report),
        handler=handler,
        left=days_left(report.answer_due) if report.status == "received" else None,
    )


@bp.post("/<tracking_no>/answer")
@roles("clerk", "reviewer")
def answer(tracking_no: str) -> Response:
    """Answer a report; a refusal by the rules explains itself and changes nothing."""
    report = _get(tracking_no)
    form = _form(report)
    back = url_for(".detail", tracking_no=tracking_no)
    if not form.validate():
        return invalid(form, back)
    chosen = form.correction.data

    def apply() -> None:
        error_reports.answer(
            session(),
            report,
            current_user.actor,
            form.outcome.data,
            form.text.data or "",
            clock.now(),
            correction_id=int(chosen) if chosen and chosen.isdigit() else None,
            forwarded_to=form.forwarded_to.data or "",
        )

    return carry_out(apply, back, _("已答复。"))


@bp.get("/<tracking_no>/contact")
@roles("clerk", "reviewer")
def contact(tracking_no: str) -> Any:
    """The reporter's contact, for the owning agency's staff; the reading is audited."""
    report = _get(tracking_no)
    db = session()
    try:
        person = error_reports.contact(db, report, current_user.actor, clock.now())
    except NotAllowed as exc:
        refuse(str(exc))
    db.commit()
    return render_template("office/error_reports/contact.html", report=report, person=person)
