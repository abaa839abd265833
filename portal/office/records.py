"""Agency intake and review: upload, the side-by-side redaction review, approval, withdrawal
and correction requests. Clerks and reviewers work on their own agency's records only;
supervisors read every agency's; each refusal is a 403 written to the audit trail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from sqlalchemy import func, select
from werkzeug.wrappers import Response as BaseResponse
from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import Length, Optional

from portal import labels
from portal.db import runtime, session
from portal.office import Account, days_left, me, refuse, roles
from portal.office.steps import carry_out
from portal.public.citizen import plain_text
from portal.public.complaints import agency_choices
from portal.uploads import SUFFIXES, ingest_bytes
from publisher import clock, vocabulary
from publisher.lifecycle import review
from publisher.lifecycle.actors import RuleError
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import Agency, CorrectionRequest, RawDecision
from publisher.models.decisions import STATES
from publisher.outputs import refresh as outputs
from publisher.rules import deadlines

bp = Blueprint("office_records", __name__, url_prefix="/office/records")
AGENCY_STAFF = ("clerk", "reviewer")
PER_PAGE = 100
RULE_NAMES = {
    "id_number": _l("身份证号"),
    "phone": _l("电话号码"),
    "party_name": _l("当事人姓名"),
    "third_party_name": _l("第三人姓名"),
    "home_address": _l("住址"),
    "birth_date": _l("出生日期"),
    "bank_account": _l("银行账号"),
    "email": _l("电子邮箱"),
    "passport": _l("护照号"),
    "permit": _l("通行证号"),
    "plate": _l("车牌号"),
    "vin": _l("车架号"),
    "property_certificate": _l("不动产权证号"),
    "social_id": _l("社交账号"),
    "wage": _l("工资收入"),
    "criminal_record": _l("犯罪记录"),
    "health": _l("健康信息"),
    "trade_secret": _l("商业秘密"),
    "reviewer": _l("审核人员删除"),
    "long_number": _l("长号码"),
    "card_number": _l("卡号"),
    "school": _l("学校"),
    "class": _l("班级"),
    "religion": _l("宗教信仰"),
}
WITHDRAW_REASONS = vocabulary.codes("withdrawal_reason")


class UploadForm(FlaskForm):
    """A file of records, or one decision typed in."""

    file = FileField(_l("文件（CSV、XLSX 或 JSONL）"))
    agency = SelectField(_l("执法机关"), validators=[Optional()])
    doc_no = StringField(_l("决定书文号"), validators=[Optional(), Length(max=120)], filters=[plain_text])
    category = SelectField(_l("执法类别"), validators=[Optional()])
    decision_date = DateField(_l("决定日期"), validators=[Optional()])
    target_type = SelectField(_l("执法对象类型"), validators=[Optional()])
    target_name = StringField(
        _l("当事人名称"), validators=[Optional(), Length(max=200)], filters=[plain_text]
    )
    credit_code = StringField(
        _l("统一社会信用代码"), validators=[Optional(), Length(max=18)], filters=[plain_text]
    )
    id_number = StringField(
        _l("身份证号（不公开）"), validators=[Optional(), Length(max=18)], filters=[plain_text]
    )
    legal_basis = StringField(_l("法律依据"), validators=[Optional(), Length(max=500)], filters=[plain_text])
    result = StringField(_l("处理结果"), validators=[Optional(), Length(max=500)], filters=[plain_text])
    fine_amount = StringField(
        _l("罚款金额（元）"), validators=[Optional(), Length(max=20)], filters=[plain_text]
    )
    varies = StringField(
        _l("变更的原决定书文号（变更决定才填；原决定将被撤下并互相链接）"),
        validators=[Optional(), Length(max=120)],
        filters=[plain_text],
    )
    text = TextAreaField(_l("决定书全文"), validators=[Optional(), Length(max=50000)], filters=[plain_text])
    is_major = BooleanField(_l("属于重大执法决定"))
    hearing_held = BooleanField(_l("已举行听证"))
    review_reviewer = StringField(
        _l("法制审核人员或机构"), validators=[Optional(), Length(max=200)], filters=[plain_text]
    )
    review_date = DateField(_l("法制审核日期（不得晚于决定日期）"), validators=[Optional()])
    review_opinion = TextAreaField(
        _l("法制审核意见"), validators=[Optional(), Length(max=5000)], filters=[plain_text]
    )


class StepForm(FlaskForm):
    """Any review step: a passage, a span, a reason, a basis, a date."""

    text = TextAreaField(validators=[Optional(), Length(max=50000)], filters=[plain_text])
    reason = TextAreaField(validators=[Optional(), Length(max=2000)], filters=[plain_text])
    code = SelectField(validators=[Optional()], choices=[SelectChoice(c, c) for c in WITHDRAW_REASONS])
    basis = StringField(validators=[Optional(), Length(max=500)], filters=[plain_text])
    effective = DateField(validators=[Optional()])
    request_id = IntegerField(validators=[Optional()])


def _account() -> Account:
    from flask_login import current_user

    return current_user


def _scope(stmt: Any) -> Any:
    user = me()
    if user.role in AGENCY_STAFF:
        return stmt.where(RawDecision.agency_id == user.agency_id)
    return stmt


def _raw(raw_id: int) -> RawDecision:
    raw = session().get(RawDecision, raw_id)
    if raw is None:
        abort(404)
    user = me()
    if user.role in AGENCY_STAFF and raw.agency_id != user.agency_id:
        refuse(f"raw decision {raw_id} belongs to another agency")
    return raw


@bp.get("/")
@roles("clerk", "reviewer", "supervisor", "admin")
def index() -> Any:
    """Records by state, with deadlines and working days left."""
    state = request.args.get("state", "pending_review")
    stmt = _scope(select(RawDecision))
    if state in STATES:
        stmt = stmt.where(RawDecision.state == state)
    page = max(1, request.args.get("page", 1, type=int))
    ordered = stmt.order_by(RawDecision.deadline, RawDecision.id).offset((page - 1) * PER_PAGE)
    rows = list(session().scalars(ordered.limit(PER_PAGE + 1)))
    more, rows = len(rows) > PER_PAGE, rows[:PER_PAGE]
    counts = dict(
        session().execute(_scope(select(RawDecision.state, func.count()).group_by(RawDecision.state))).all()
    )
    return render_template(
        "office/records/index.html",
        rows=[(r, days_left(r.deadline)) for r in rows],
        page=page,
        more=more,
        state=state,
        states=STATES,
        counts=counts,
    )


@bp.route("/upload", methods=["GET", "POST"])
@roles("clerk", "reviewer", "admin")
def upload() -> Any:
    """Upload a file or type in one decision; problems are listed row by row."""
    user = me()
    form = UploadForm()
    form.agency.choices = agency_choices(blank=False)
    form.category.choices = [SelectChoice(k, v) for k, v in labels.labels("category").items()]
    form.target_type.choices = [SelectChoice(k, v) for k, v in labels.labels("target_type").items()]
    report = None
    if request.method == "POST" and form.validate():
        scope = None
        if user.role in AGENCY_STAFF:
            scope = session().scalars(select(Agency.code).where(Agency.id == user.agency_id)).one()
        upload_file = form.file.data
        if upload_file and upload_file.filename:
            suffix = Path(upload_file.filename).suffix.lower()
            if suffix not in SUFFIXES:
                flash(_("文件须为 CSV、XLSX 或 JSONL。"))
                return render_template("office/records/upload.html", form=form, report=None), 422
            data, kind = upload_file.read(), None
        else:
            record = {
                "id": form.doc_no.data,
                "agency": scope or form.agency.data,
                "category": form.category.data,
                "decision_date": form.decision_date.data.isoformat() if form.decision_date.data else "",
                "target_type": form.target_type.data,
                "target_name": form.target_name.data,
                "credit_code": form.credit_code.data,
                "id_number": form.id_number.data,
                "legal_basis": form.legal_basis.data,
                "result": form.result.data,
                "fine_amount": form.fine_amount.data,
                "text": form.text.data,
                "varies": form.varies.data,
                "is_major": form.is_major.data,
                "hearing_held": form.hearing_held.data,
                "review_reviewer": form.review_reviewer.data,
                "review_date": form.review_date.data.isoformat() if form.review_date.data else "",
                "review_opinion": form.review_opinion.data,
            }
            data, suffix, kind = (
                json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False).encode(),
                ".jsonl",
                "decisions",
            )
        report = ingest_bytes(runtime(), data, suffix, kind=kind, actor=user.username, agency_scope=scope)
        if report.stored:
            flash(
                _(
                    "已接收：新增 %(a)s 条，更正 %(c)s 条，未变 %(u)s 条。",
                    a=report.added,
                    c=report.corrected,
                    u=report.unchanged,
                )
            )
            if report.requested:
                flash(_("另有 %(n)s 项基本信息变更已提交，经法制机构审核同意后生效。", n=report.requested))
            return redirect(url_for(".index", state="pending_review" if report.kind == "decisions" else None))
    status = 422 if report is not None and report.problems else 200
    return render_template("office/records/upload.html", form=form, report=report), status


def segments(text: str, spans: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, Any] | None]]:
    """The text cut at every removal: (original piece, public piece, span or None)."""
    out: list[tuple[str, str, dict[str, Any] | None]] = []
    at = 0
    for span in sorted(spans, key=lambda s: s["start"]):
        if span["start"] > at:
            piece = text[at : span["start"]]
            out.append((piece, piece, None))
        out.append((text[span["start"] : span["end"]], str(span["replacement"]), span))
        at = span["end"]
    if at < len(text):
        out.append((text[at:], text[at:], None))
    return out


@bp.get("/<int:raw_id>")
@roles("clerk", "reviewer", "supervisor", "admin")
def detail(raw_id: int) -> Any:
    """The original and the public text side by side, every removal marked with its rule."""
    raw = _raw(raw_id)
    original = str(raw.record.get("text") or "")
    spans = (raw.redaction or {}).get("spans", [])
    rt = runtime()
    withdrawal_due = None
    if raw.public is not None and raw.public.status == "published":
        withdrawal_due = deadlines.withdrawal_deadline(clock.today(), rt.calendar).last_day
    corrections = list(
        session().scalars(
            select(CorrectionRequest).where(CorrectionRequest.raw_id == raw.id).order_by(CorrectionRequest.id)
        )
    )
    return render_template(
        "office/records/detail.html",
        raw=raw,
        user=me(),
        form=StepForm(),
        pieces=segments(original, spans) if raw.redaction else [],
        rule_names=RULE_NAMES,
        uncertain=sum(bool(s.get("uncertain")) for s in spans),
        left=days_left(raw.deadline),
        submitter=review.submitter(session(), raw),
        withdrawal_due=withdrawal_due,
        withdraw_reasons=WITHDRAW_REASONS,
        corrections=corrections,
    )


STEPS = ("remove", "restore", "approve", "withdraw", "correct", "approve_correction", "reject_correction")


@bp.post("/<int:raw_id>/<any(" + ",".join(STEPS) + "):step>")
@roles("clerk", "reviewer", "admin")
def act(raw_id: int, step: str) -> BaseResponse:
    """One review step; a refusal by the rules explains itself, a refusal by role is a 403."""
    raw = _raw(raw_id)
    form = StepForm()
    back = url_for(".detail", raw_id=raw_id)
    if not form.validate():
        flash(_("提交的内容不正确，请检查后重试。"))
        return redirect(back)
    db, rt, now, actor = session(), runtime(), clock.now(), _account().actor
    life = Lifecycle(db, rt.calendar, rt.config)
    reason = form.reason.data or ""

    def apply() -> None:
        if step == "remove":
            review.add_removal(db, life, raw, form.text.data or "", reason, actor, now)
        elif step == "restore":
            start, _sep, end = request.form.get("span", "0-0").partition("-")
            if not (start.isdigit() and end.isdigit()):
                raise RuleError("请选择要恢复的一处删除 / choose the removal to give back")
            review.restore(db, life, raw, int(start), int(end), reason, actor, now)
        elif step == "approve":
            review.approve(db, life, raw, actor, now)
            life.publish(raw, now, actor)
        elif step == "withdraw":
            if raw.public is None or not form.basis.data or not form.effective.data:
                raise RuleError(
                    "撤下须写明原因、依据和生效日期 / a withdrawal needs its reason, basis and date"
                )
            life.withdraw(
                raw.public, form.code.data or "revoked", form.basis.data, form.effective.data, now, actor
            )
        elif step == "correct":
            review.request_correction(db, raw, {"text": form.text.data or ""}, reason, actor, now)
        else:
            item = db.get(CorrectionRequest, form.request_id.data or 0)
            if item is None or item.raw_id != raw.id:
                abort(404)
            review.decide_correction(db, life, item, step == "approve_correction", actor, now, reason)

    return carry_out(apply, back, _("已保存。"), after=lambda: outputs.after_request_change(rt))
