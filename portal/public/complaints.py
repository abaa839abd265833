"""Complaints and reports (投诉举报): the public form, the receipt, tracking and public counts.

Every rejection re-renders the form with what the filer typed (files must be chosen
again: browsers never refill file inputs). CSRF is checked by the form itself rather
than globally, so an expired token costs the filer a click, not their text.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, g, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_limiter import RequestLimit
from flask_wtf import FlaskForm
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from werkzeug.datastructures import FileStorage
from wtforms import (
    BooleanField,
    MultipleFileField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, Optional, ValidationError

from portal import labels
from portal.db import runtime, session
from portal.i18n import bilingual
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
from portal.render import respond
from portal.security import csrf, limiter
from publisher import clock
from publisher.models import Complaint, Officer, PublicDecision
from publisher.office import attachments, complaints

bp = Blueprint("complaints", __name__)

STATS_COLUMNS = [
    "year",
    "agency",
    "agency_name",
    "received",
    "complaints",
    "reports",
    "accepted",
    "refused",
    "closed",
    "closed_on_time",
]


class ComplaintForm(CitizenForm):
    """The fields of a complaint or report; every text is cleaned before validation."""

    kind = RadioField(
        _l("类型"),
        choices=[
            SelectChoice("complaint", _l("投诉：对自己受到的执法行为不满")),
            SelectChoice("report", _l("举报：反映执法机关或人员的违法违纪行为")),
        ],
        validators=[InputRequired(_l("请选择投诉或举报"))],
    )
    agency = SelectField(_l("被投诉举报的执法机关"), validators=[InputRequired(_l("请选择执法机关"))])
    officer = StringField(
        _l("执法人员的执法证号（可选）"), validators=[Optional(), Length(max=60)], filters=[plain_text]
    )
    decision = StringField(
        _l("相关的执法决定书文号（可选）"), validators=[Optional(), Length(max=120)], filters=[plain_text]
    )
    facts = TextAreaField(
        _l("事实经过"),
        validators=[
            InputRequired(_l("请写明事实经过")),
            Length(min=10, max=5000, message=_l("事实经过应在 10 至 5000 字之间")),
        ],
        filters=[plain_text],
    )
    wish = TextAreaField(
        _l("诉求"),
        validators=[InputRequired(_l("请写明您的诉求")), Length(max=2000)],
        filters=[plain_text],
    )
    name = StringField(_l("姓名"), validators=[Length(max=40)], filters=[plain_text])
    phone = phone_field(_l("联系电话"))
    email = email_field(_l("电子邮箱"))
    address = StringField(_l("联系地址"), validators=[Length(max=200)], filters=[plain_text])
    files = MultipleFileField(_l("证据材料（可选，最多 5 个 JPEG、PNG 或 PDF 文件，每个不超过 5 MB）"))
    consent = BooleanField(
        _l("我已阅读并同意上述个人信息处理说明"),
        validators=[DataRequired(_l("请阅读并同意个人信息处理说明"))],
    )

    def validate_name(self, field: StringField) -> None:
        """A complaint (投诉) is about the filer's own case, so it needs a name and a way back."""
        if self.kind.data == "complaint" and not field.data:
            raise ValidationError(_("投诉须填写姓名；如不愿留名，请选择“举报”。"))

    def validate_phone(self, field: StringField) -> None:
        """A complaint needs a phone number or an e-mail address."""
        if self.kind.data == "complaint" and not (field.data or self.email.data):
            raise ValidationError(_("投诉须留电话或电子邮箱，以便告知处理结果。"))


def agency_choices(blank: bool = True) -> list[SelectChoice]:
    """Every agency by name in the visitor's language."""
    choices = [SelectChoice(code, name) for code, name in labels.agency_names().items()]
    return [SelectChoice("", _("请选择")), *choices] if blank else choices


def _form() -> ComplaintForm:
    form = keyed(ComplaintForm())
    form.agency.choices = agency_choices()
    return form


def _render_form(form: ComplaintForm, status: int = 200, message: str | None = None) -> Response:
    return page("complaints/new.html", status, form=form, message=message)


def _already_filed() -> complaints.Receipt | None:
    """The receipt of the complaint this form was already filed as (re-sent or double-clicked)."""
    if "filed_receipt" not in g:
        key = posted_key() if request.method == "POST" else ""
        query = select(Complaint).where(Complaint.submission_key == key)
        previous = session().scalars(query).first() if key else None
        g.filed_receipt = None
        if previous is not None:
            g.filed_receipt = complaints.Receipt(
                previous.tracking_no, "", previous.received_at, previous.accept_due, duplicate=True
            )
    found: complaints.Receipt | None = g.filed_receipt
    return found


def _render_receipt(receipt: complaints.Receipt, kind: str, anonymous: bool) -> Response:
    status = 200 if receipt.duplicate else 201
    return page("complaints/receipt.html", status, receipt=receipt, kind=kind, anonymous=anonymous)


def _rate_limited(_limit: RequestLimit) -> Response:
    """Too many filings from one address: say so, and keep the text."""
    form = _form()
    return _render_form(form, 429, _("提交过于频繁，请稍后再试。%(kept)s", kept=_kept()))


def _attached() -> bool:
    """Whether the visitor chose files (a browser never sends them again with a returned form)."""
    return any(upload.filename for upload in request.files.getlist("files"))


def _kept() -> str:
    """What a returned form keeps: the text, and the files only once they are chosen again."""
    return _("您填写的内容已保留，附件需重新选择。") if _attached() else _("您填写的内容已保留。")


def _uploaded(form: ComplaintForm) -> list[attachments.Attachment]:
    """Check each uploaded file by its content; errors go on the files field."""
    files: list[FileStorage] = [f for f in (form.files.data or []) if f and f.filename]
    if len(files) > attachments.MAX_FILES:
        form.files.errors = [_("最多上传 %(n)s 个文件。", n=attachments.MAX_FILES)]
        return []
    checked, problems = [], []
    for item in files:
        content = item.stream.read(attachments.MAX_BYTES + 1)
        try:
            checked.append(attachments.check(item.filename or "file", content))
        except attachments.AttachmentError as exc:
            problems.append(bilingual(str(exc)))
    form.files.errors = problems
    return checked


def _resolve_subjects(form: ComplaintForm) -> tuple[str | None, str | None]:
    """The officer's credential and the decision's public id, checked against published data."""
    credential = decision_id = None
    if form.officer.data:
        officer = session().scalars(select(Officer).where(Officer.credential_no == form.officer.data)).first()
        if officer is None:
            form.officer.errors = [_("没有查到这个执法证号，请核对；不清楚可以不填。")]
        else:
            credential = officer.credential_no
    if form.decision.data:
        value = form.decision.data
        decision = (
            session()
            .scalars(
                select(PublicDecision).where(
                    or_(PublicDecision.doc_no == value, PublicDecision.public_id == value)
                )
            )
            .first()
        )
        if decision is None:
            form.decision.errors = [_("没有查到这个已公示的决定书文号，请核对；不清楚可以不填。")]
        else:
            decision_id = decision.public_id
    return credential, decision_id


@bp.route("/complaints/new", methods=["GET", "POST"])
@csrf.exempt
@limiter.limit(
    lambda: current_app.config["COMPLAINT_RATE_LIMIT"],
    methods=["POST"],
    on_breach=_rate_limited,
    # A re-sent form is answered with its receipt and files nothing, so it costs no filing.
    exempt_when=lambda: _already_filed() is not None,
)
def new() -> Response:
    """File a complaint (投诉) or a report (举报)."""
    form = _form()
    if request.method == "GET":
        return _render_form(form)
    filed = _already_filed()
    if filed is not None:  # answered before any checking: the filing is done, whatever was re-sent
        return _render_receipt(filed, "", anonymous=False)
    valid = form.validate()
    checked = _uploaded(form)
    credential, decision_id = _resolve_subjects(form)
    if form.csrf_token.errors:
        return _render_form(
            form, 400, _("页面已过期或来源无法确认，请再次点击“提交”。%(kept)s", kept=_kept())
        )
    if not valid or form.files.errors or form.officer.errors or form.decision.errors:
        again = _("请按提示修改以下内容后再提交。附件需重新选择。") if _attached() else None
        return _render_form(form, 422, again)
    filing = complaints.Filing(
        kind=form.kind.data,
        agency_code=form.agency.data,
        facts=form.facts.data,
        request=form.wish.data,
        submission_key=submitted_key(form),
        officer_credential=credential,
        decision_public_id=decision_id,
        name=form.name.data or "",
        phone=form.phone.data or "",
        email=form.email.data or "",
        address=form.address.data or "",
        attachments=checked,
    )
    rt = runtime()
    now = clock.now()
    db = session()
    try:
        receipt = complaints.submit(db, filing, now, rt.calendar, rt.config)
        db.commit()
    except IntegrityError:  # the same form sent twice at once: the other request stored it
        db.rollback()
        receipt = complaints.submit(db, filing, now, rt.calendar, rt.config)
    return _render_receipt(receipt, filing.kind, filing.anonymous)


class TrackForm(FlaskForm):
    """Tracking number and access code, both needed."""

    tracking_no = StringField(
        _l("受理编号"),
        validators=[InputRequired(_l("请填写受理编号")), Length(max=24)],
        filters=[plain_text],
    )
    access_code = StringField(
        _l("查询码"), validators=[InputRequired(_l("请填写查询码")), Length(max=40)], filters=[plain_text]
    )


@bp.route("/complaints/track", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["TRACK_RATE_LIMIT"], methods=["POST"])
def track() -> Response:
    """Status and the public parts of the answer, for whoever holds both codes."""
    form = TrackForm()
    complaint = None
    status = 200
    if request.method == "POST" and form.validate():
        complaint = complaints.track(session(), form.tracking_no.data, form.access_code.data)
        if complaint is None:
            form.access_code.errors = [_("受理编号或查询码不正确，请核对后重试。")]
            status = 404
    elif request.method == "POST":
        status = 422
    due = complaints.due(complaint) if complaint else None
    return page("complaints/track.html", status, form=form, complaint=complaint, due=due)


@bp.get("/complaints/stats", defaults={"fmt": "html"})
@bp.get("/complaints/stats.<any(json,csv):fmt>")
def stats(fmt: str) -> Any:
    """Counts per agency and year; never an individual complaint."""
    this_year = clock.today().year
    try:
        year = int(request.args.get("year", this_year))
    except ValueError:
        year = this_year
    year = min(max(year, 2000), this_year)
    rows = complaints.counts(session(), year)
    items = [row.as_dict() for row in rows]
    return respond(
        "complaints/stats.html",
        {
            "rows": rows,
            "year": year,
            "years": list(range(this_year, this_year - 5, -1)),
            "agency_names": labels.agency_names(),
        },
        json_data={"year": year, "agencies": items},
        csv_columns=STATS_COLUMNS,
        csv_rows=items,
        filename=f"complaints-{year}.csv",
    )
