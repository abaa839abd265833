"""Case records (执法全过程记录) in the back office: the list of cases, one case as a timeline,
adding a stage or an audio-visual record, and handling a warning.

Clerks and reviewers see and add to their own agency's cases only (another agency's case is
a 404, written to the audit trail); the agency's reviewer (its legal office) and the district
legal office handle warnings; supervisors and administrators read every case. A stage or
record added here goes through the intake's own validation, as one row of a file would.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from werkzeug.wrappers import Response
from wtforms import DateField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from portal import labels
from portal.db import runtime, session
from portal.i18n import bilingual
from portal.office import me, roles
from portal.office.steps import carry_out, invalid
from portal.public.citizen import plain_text
from portal.uploads import ingest_bytes
from publisher import audit, clock
from publisher.models import CaseWarning, RawDecision
from publisher.office import cases

bp = Blueprint("office_cases", __name__, url_prefix="/office/cases")
AGENCY_STAFF = ("clerk", "reviewer")


class StageForm(FlaskForm):
    """One stage of the case: which, when, and the document that records it."""

    stage = SelectField(_l("执法环节"), validators=[InputRequired()])
    happened = DateField(_l("发生日期"), validators=[InputRequired(_l("请填写发生日期"))])
    document = StringField(_l("文书名称"), validators=[Optional(), Length(max=200)], filters=[plain_text])
    note = TextAreaField(_l("备注"), validators=[Optional(), Length(max=2000)], filters=[plain_text])


class AvForm(FlaskForm):
    """One audio-visual record: what, when, who, where the media is kept (never the media)."""

    what = StringField(_l("记录内容"), validators=[InputRequired(), Length(max=500)], filters=[plain_text])
    recorded_on = DateField(_l("录制日期"), validators=[InputRequired(_l("请填写录制日期"))])
    recorded_by = StringField(
        _l("录制人员"), validators=[InputRequired(), Length(max=200)], filters=[plain_text]
    )
    kept_at = StringField(_l("保存位置"), validators=[InputRequired(), Length(max=300)], filters=[plain_text])


class HandleForm(FlaskForm):
    """How a warning was handled."""

    note = TextAreaField(_l("处理情况"), validators=[InputRequired(), Length(max=2000)], filters=[plain_text])


def _case(raw_id: int) -> RawDecision:
    """The decision whose case this is; another agency's is not found (and the attempt audited)."""
    raw = session().get(RawDecision, raw_id)
    user = me()
    if raw is not None and user.role in AGENCY_STAFF and raw.agency_id != user.agency_id:
        db = session()
        db.rollback()
        audit.record(
            db,
            now=clock.now(),
            actor=user.username,
            action="access.denied",
            entity="case",
            entity_id=str(raw_id),
            detail={"method": request.method, "reason": "another agency's case"},
        )
        db.commit()
        raw = None
    if raw is None:
        abort(404)
    return raw


def _stage_form() -> StageForm:
    form = StageForm()
    form.stage.choices = [SelectChoice(k, v) for k, v in labels.labels("case_stage").items()]
    return form


@bp.get("/")
@roles("clerk", "reviewer", "supervisor", "admin")
def index() -> Any:
    """Cases with a record: stages, late entries, audio-visual records, open warnings."""
    user = me()
    rows = cases.cases(session(), user.agency_id if user.role in AGENCY_STAFF else None)
    return render_template("office/cases/index.html", rows=rows)


@bp.get("/<int:raw_id>")
@roles("clerk", "reviewer", "supervisor", "admin")
def timeline(raw_id: int) -> Any:
    """One case as a timeline: stages in order, audio-visual records, warnings."""
    raw = _case(raw_id)
    actor = current_user.actor
    return render_template(
        "office/cases/timeline.html",
        case=cases.timeline(session(), raw),
        own=me().role in AGENCY_STAFF,
        handler=lambda w: cases.may_handle(actor, w),
        stage_form=_stage_form(),
        av_form=AvForm(),
        handle_form=HandleForm(),
    )


ENTRIES: dict[str, tuple[str, Callable[[], FlaskForm]]] = {
    "stages": ("case_stages", lambda: _stage_form()),
    "recordings": ("av_records", lambda: AvForm()),
}


@bp.post("/<int:raw_id>/<any(" + ",".join(ENTRIES) + "):entry>")
@roles("clerk", "reviewer")
def add(raw_id: int, entry: str) -> Response:
    """Enter a stage, or list an audio-visual record (its description, never the media), of the
    user's own agency's case: one row through the intake's own checks, limited to that agency."""
    raw = _case(raw_id)
    kind, make = ENTRIES[entry]
    form = make()
    back = url_for(".timeline", raw_id=raw_id)
    if not form.validate():
        return invalid(form, back)
    fields = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in form.data.items() if v}
    fields.pop("csrf_token", None)
    row = {"decision": raw.doc_no, "agency": raw.agency.code, **fields}
    data = json.dumps(row, ensure_ascii=False).encode()
    report = ingest_bytes(
        runtime(), data, ".jsonl", kind=kind, actor=me().username, agency_scope=raw.agency.code
    )
    for problem in report.problems:
        flash(bilingual(f"{problem.message_zh} / {problem.message_en}"))
    if report.stored:
        flash(_("已录入。") if report.added else _("已有相同的记录，未重复录入。"))
    return redirect(back)


@bp.post("/<int:raw_id>/warnings/<int:warning_id>")
@roles("reviewer", "supervisor")
def handle(raw_id: int, warning_id: int) -> Response:
    """Close a warning of this case with how it was handled."""
    raw = _case(raw_id)
    warning = (
        session()
        .scalars(select(CaseWarning).where(CaseWarning.id == warning_id, CaseWarning.raw_id == raw.id))
        .first()
    )
    if warning is None:
        abort(404)
    form = HandleForm()
    back = url_for(".timeline", raw_id=raw_id)
    if not form.validate():
        return invalid(form, back)
    step = lambda: cases.handle(session(), warning, current_user.actor, form.note.data or "", clock.now())  # noqa: E731
    return carry_out(step, back, _("预警已处理。"))
