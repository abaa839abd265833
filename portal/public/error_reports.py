"""Error reports (纠错): "report an error" on every decision and credential page, the receipt,
and tracking the agency's answer. No login; CSRF, rate limit, honeypot and plain text as on the
complaint form (portal.public.citizen). Nothing a reporter writes is ever published.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, current_app, g, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_limiter import RequestLimit
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from wtforms import BooleanField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from portal import labels
from portal.db import runtime, session
from portal.public.citizen import (
    CitizenForm,
    email_field,
    keyed,
    page,
    phone_field,
    plain_text,
    posted_key,
    submitted_key,
)
from portal.public.complaints import TrackForm
from portal.security import csrf, limiter
from publisher import clock
from publisher.intake.schemas import identifier
from publisher.models import ErrorReport, Officer, PublicDecision
from publisher.office import error_reports
from publisher.office.error_reports.filing import FIELDS

bp = Blueprint("error_reports", __name__)
Subject = PublicDecision | Officer


class ErrorReportForm(CitizenForm):
    """What is wrong, and (if the reporter wishes) how to reach them."""

    field = SelectField(_l("哪一项有误（可选）"), validators=[Optional()])
    description = TextAreaField(
        _l("哪里有误，正确的应当是什么"),
        validators=[
            InputRequired(_l("请写明哪里有误")),
            Length(min=5, max=2000, message=_l("说明应在 5 至 2000 字之间")),
        ],
        filters=[plain_text],
    )
    name = StringField(_l("姓名（可选）"), validators=[Length(max=40)], filters=[plain_text])
    phone = phone_field(_l("联系电话（可选）"))
    email = email_field(_l("电子邮箱（可选）"))
    consent = BooleanField(
        _l("我已阅读并同意上述个人信息处理说明"),
        validators=[DataRequired(_l("请阅读并同意个人信息处理说明"))],
    )


def _decision(public_id: str) -> PublicDecision:
    stmt = select(PublicDecision).where(PublicDecision.public_id == public_id[:40])
    found = session().scalars(stmt).first()
    if found is None or found.status != "published":
        abort(404, description=_("只能对公示中的决定报告错误。"))
    return found


def _officer(credential_no: str) -> Officer:
    numbers = {identifier(credential_no[:60]), credential_no[:60]}
    rows = list(session().scalars(select(Officer).where(Officer.credential_no.in_(numbers))))
    issuer = request.args.get("issuer", "")
    chosen = [o for o in rows if o.issuing_authority == issuer] if len(rows) > 1 else rows
    if len(chosen) != 1:
        abort(404, description=_("没有查到这个执法证，请从证件核验页面进入。"))
    return chosen[0]


def _subject() -> tuple[str, Subject]:
    """The record the form is about, from the address."""
    args = request.view_args or {}
    if request.endpoint == "error_reports.decision":
        return "decision", _decision(str(args.get("public_id", "")))
    return "officer", _officer(str(args.get("credential_no", "")))


def _form(kind: str) -> ErrorReportForm:
    form = keyed(ErrorReportForm())
    names = labels.labels("correction_field")
    form.field.choices = [SelectChoice("", _("不确定")), *(SelectChoice(f, names[f]) for f in FIELDS[kind])]
    return form


def _render(
    form: ErrorReportForm, kind: str, item: Subject, status: int = 200, message: str = ""
) -> Response:
    days = error_reports.period(current_app.config, item.agency.code)
    context = {"form": form, "kind": kind, "item": item, "message": message, "days": days}
    return page("error_reports/new.html", status, **context)


def _already_filed() -> error_reports.Receipt | None:
    """The receipt of the report this form was already filed as (re-sent or double-clicked)."""
    if "filed_report" not in g:
        key = posted_key() if request.method == "POST" else ""
        previous = session().scalars(select(ErrorReport).where(ErrorReport.submission_key == key)).first()
        g.filed_report = None
        if key and previous is not None:
            g.filed_report = error_reports.Receipt(
                previous.tracking_no, "", previous.received_at, previous.answer_due, duplicate=True
            )
    found: error_reports.Receipt | None = g.filed_report
    return found


def _receipt(receipt: error_reports.Receipt, kind: str, item: Subject, anonymous: bool) -> Response:
    status = 200 if receipt.duplicate else 201
    return page(
        "error_reports/receipt.html", status, receipt=receipt, kind=kind, item=item, anonymous=anonymous
    )


def _rate_limited(_limit: RequestLimit) -> Response:
    """Too many reports from one address: say so, and keep the text."""
    kind, item = _subject()
    message = _("提交过于频繁，请稍后再试。您填写的内容已保留。")
    return _render(_form(kind), kind, item, 429, message)


def _file() -> Response:
    """Show the form, or file what it sent."""
    kind, item = _subject()
    form = _form(kind)
    if request.method == "GET":
        return _render(form, kind, item)
    filed = _already_filed()
    if filed is not None:  # answered before any checking: the report is filed, whatever was re-sent
        return _receipt(filed, kind, item, anonymous=False)
    valid = form.validate()
    if form.csrf_token.errors:
        return _render(
            form, kind, item, 400, _("页面已过期或来源无法确认，请再次点击“提交”。您填写的内容已保留。")
        )
    if not valid:
        return _render(form, kind, item, 422, _("请按提示修改以下内容后再提交。"))
    report = error_reports.Report(
        subject=kind,
        record_id=item.id,
        description=form.description.data,
        submission_key=submitted_key(form),
        field=form.field.data or None,
        name=form.name.data or "",
        phone=form.phone.data or "",
        email=form.email.data or "",
    )
    rt, db = runtime(), session()
    try:
        receipt = error_reports.submit(db, report, clock.now(), rt.calendar, rt.config)
        db.commit()
    except IntegrityError:  # the same form sent twice at once: the other request stored it
        db.rollback()
        receipt = error_reports.submit(db, report, clock.now(), rt.calendar, rt.config)
    return _receipt(receipt, kind, item, report.anonymous)


def _limited(view: Any) -> Any:
    """CSRF checked by the view itself, and the filing limit (a re-sent form costs nothing)."""
    limit = limiter.limit(
        lambda: current_app.config["ERROR_REPORT_RATE_LIMIT"],
        methods=["POST"],
        on_breach=_rate_limited,
        exempt_when=lambda: _already_filed() is not None,
    )
    return csrf.exempt(limit(view))


@bp.route("/decisions/<public_id>/report-error", methods=["GET", "POST"])
@_limited
def decision(public_id: str) -> Response:
    """Report an error in a published decision."""
    return _file()


@bp.route("/officers/<credential_no>/report-error", methods=["GET", "POST"])
@_limited
def officer(credential_no: str) -> Response:
    """Report an error in a credential's public details."""
    return _file()


@bp.route("/error-reports/track", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["TRACK_RATE_LIMIT"], methods=["POST"])
def track() -> Response:
    """The status and the agency's answer, for whoever holds both codes."""
    form = TrackForm()
    report, status = None, 200
    if request.method == "POST" and form.validate():
        report = error_reports.track(session(), form.tracking_no.data, form.access_code.data)
        if report is None:
            form.access_code.errors = [_("受理编号或查询码不正确，请核对后重试。")]
            status = 404
    elif request.method == "POST":
        status = 422
    return page("error_reports/track.html", status, form=form, report=report)
