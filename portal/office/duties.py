"""Agencies' duties in the back office (seed 000): the quarterly penalty tables to confirm,
officers' training hours and exams (typed in or imported), and the special statement of a
year without penalties or licences. Clerks and reviewers see and act for their own agency
only (another agency's table is a 404); supervisors and administrators read every agency's."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from sqlalchemy import select
from werkzeug.wrappers import Response
from wtforms import (
    DateField,
    DecimalField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from portal import labels
from portal.db import runtime, session
from portal.i18n import bilingual
from portal.office import me, roles
from portal.office.steps import carry_out, finite, invalid
from portal.public.citizen import plain_text
from portal.uploads import SUFFIXES
from publisher import clock
from publisher.intake.readers import ReadError, open_rows
from publisher.lifecycle.actors import RuleError
from publisher.models import Agency, ExamRecord, Officer, QuarterlyTable, SpecialStatement
from publisher.office.duties import hours, quarterly, statements, training
from publisher.office.duties import warnings as duty_warnings

bp = Blueprint("office_duties", __name__, url_prefix="/office/duties")
AGENCY_STAFF = ("clerk", "reviewer")
ALL = ("clerk", "reviewer", "supervisor", "admin")


class ConfirmForm(FlaskForm):
    """Confirm the figures shown (their digest travels with the form)."""

    digest = HiddenField(validators=[InputRequired(), Length(max=64)])


class TrainingForm(FlaskForm):
    """Hours of training one officer attended."""

    officer = SelectField(_l("执法人员"), validators=[InputRequired()])
    attended_on = DateField(_l("培训日期"), validators=[InputRequired(_l("请填写日期"))])
    hours = DecimalField(
        _l("学时"), places=1, validators=[InputRequired(), NumberRange(min=0.5, max=200)], filters=[finite]
    )
    course = StringField(_l("培训内容"), validators=[InputRequired(), Length(max=200)], filters=[plain_text])


class ExamForm(FlaskForm):
    """One officer's exam and its result."""

    officer = SelectField(_l("执法人员"), validators=[InputRequired()])
    exam_date = DateField(_l("考试日期"), validators=[InputRequired(_l("请填写日期"))])
    result = RadioField(_l("考试结果"), validators=[InputRequired(_l("请选择考试结果"))])
    score = DecimalField(
        _l("成绩（可不填）"),
        places=1,
        validators=[Optional(), NumberRange(min=0, max=1000)],
        filters=[finite],
    )


class ImportForm(FlaskForm):
    """A file of training or exam records of the agency's officers."""

    kind = RadioField(
        _l("文件内容"),
        choices=[SelectChoice("training", _l("培训记录")), SelectChoice("exam", _l("考试记录"))],
        validators=[InputRequired(_l("请选择文件内容"))],
    )
    file = FileField(_l("文件（CSV、XLSX 或 JSONL）"))


class StatementForm(FlaskForm):
    """The special statement of a year without penalties or licences."""

    year = IntegerField(_l("年度"), validators=[InputRequired(), NumberRange(min=2000, max=2100)])
    text = TextAreaField(_l("说明内容"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text])


def _agency() -> Agency | None:
    """The agency shown: the staff's own, or the one a supervisor chose (None: all)."""
    user, db = me(), session()
    if user.role in AGENCY_STAFF:
        return db.get(Agency, user.agency_id)
    code = request.args.get("agency", "")[:40]
    return db.scalars(select(Agency).where(Agency.code == code)).first() if code else None


def _officer_choices(agency: Agency) -> list[SelectChoice]:
    stmt = select(Officer).where(Officer.agency_id == agency.id).order_by(Officer.credential_no)
    return [SelectChoice(str(o.id), f"{o.credential_no} {o.name}") for o in session().scalars(stmt)]


def _training_form(agency: Agency | None) -> TrainingForm:
    form = TrainingForm()
    form.officer.choices = _officer_choices(agency) if agency is not None else []
    return form


def _exam_form(agency: Agency | None) -> ExamForm:
    form = ExamForm()
    form.officer.choices = _officer_choices(agency) if agency is not None else []
    form.result.choices = [SelectChoice(k, v) for k, v in labels.labels("exam_result").items()]
    return form


@bp.get("/")
@roles(*ALL)
def index() -> Any:
    """Quarterly tables, training hours of the year and special statements of one agency (or all)."""
    db, today, config = session(), clock.today(), runtime().config
    agency = _agency()
    year = request.args.get("year", type=int) or today.year
    if not 2000 <= year <= 2100:
        abort(400)
    tables = select(QuarterlyTable).order_by(QuarterlyTable.year.desc(), QuarterlyTable.quarter.desc())
    statement_stmt = select(SpecialStatement).order_by(SpecialStatement.year.desc())
    exams = select(ExamRecord).join(Officer).order_by(ExamRecord.exam_date.desc())
    if agency is not None:
        tables = tables.where(QuarterlyTable.agency_id == agency.id)
        statement_stmt = statement_stmt.where(SpecialStatement.agency_id == agency.id)
        exams = exams.where(Officer.agency_id == agency.id)
    owed = [a.id for a in statements.owing(db, year)]
    return render_template(
        "office/duties/index.html",
        agency=agency,
        agencies=list(db.scalars(select(Agency).order_by(Agency.code))),
        year=year,
        today=today,
        tables=list(db.scalars(tables.limit(200))),
        status=quarterly.status,
        officers=hours.officers(db, year, today, config, agency.id if agency else None),
        exams=list(db.scalars(exams.limit(200))),
        statements=list(db.scalars(statement_stmt.limit(100))),
        owes=agency is not None and agency.id in owed,
        statement_due=statements.due_date(runtime().calendar, year, config),
        warnings=duty_warnings.open_warnings(db, agency.id if agency else None),
        staff=me().role in AGENCY_STAFF,
        config_hours=config["TRAINING_HOURS_MIN"],
        forms={
            "training": _training_form(agency),
            "exam": _exam_form(agency),
            "upload": ImportForm(),
            "statement": StatementForm(year=year),
        },
    )


def _table(table_id: int) -> QuarterlyTable:
    """A table the user may see: another agency's is not found."""
    table = session().get(QuarterlyTable, table_id)
    user = me()
    if table is None or (user.role in AGENCY_STAFF and table.agency_id != user.agency_id):
        abort(404)
    return table


@bp.get("/quarterly/<int:table_id>")
@roles(*ALL)
def table(table_id: int) -> Any:
    """One quarter's table of one agency, and the confirmation for its staff."""
    found = _table(table_id)
    form = ConfirmForm(digest=found.digest)
    may = quarterly.may_confirm(current_user.actor, found) and found.confirmed_at is None
    return render_template(
        "office/duties/quarterly.html",
        table=found,
        form=form,
        may_confirm=may,
        status=quarterly.status,
        today=clock.today(),
    )


@bp.post("/quarterly/<int:table_id>/confirm")
@roles("clerk", "reviewer")
def confirm(table_id: int) -> Response:
    """Confirm the figures seen; refused (and explained) when the data changed since."""
    found, form = _table(table_id), ConfirmForm()
    back = url_for(".table", table_id=table_id)
    if not form.validate():
        return invalid(form, back)
    rt = runtime()

    def apply() -> None:
        quarterly.confirm(
            session(), found, current_user.actor, form.digest.data, clock.now(), rt.calendar, rt.config
        )

    return carry_out(apply, back, _("已确认本季度统计表。"))


def _own_officer(officer_id: str) -> Officer:
    officer = session().get(Officer, int(officer_id)) if officer_id.isdigit() else None
    if officer is None or officer.agency_id != me().agency_id:
        abort(404)
    return officer


@bp.post("/training")
@roles("clerk", "reviewer")
def add_training() -> Response:
    """Record an officer's hours of training."""
    form, back = _training_form(_agency()), url_for(".index")
    if not form.validate():
        return invalid(form, back)
    officer = _own_officer(form.officer.data)

    def apply() -> None:
        training.add_training(
            session(),
            officer,
            current_user.actor,
            form.attended_on.data,
            form.hours.data,
            form.course.data,
            clock.now(),
        )

    return carry_out(apply, back, _("已记录培训学时。"))


@bp.post("/exams")
@roles("clerk", "reviewer")
def add_exam() -> Response:
    """Record an officer's exam and its result."""
    form, back = _exam_form(_agency()), url_for(".index")
    if not form.validate():
        return invalid(form, back)
    officer = _own_officer(form.officer.data)

    def apply() -> None:
        training.add_exam(
            session(),
            officer,
            current_user.actor,
            form.exam_date.data,
            form.result.data,
            form.score.data,
            clock.now(),
        )

    return carry_out(apply, back, _("已记录考试。"))


@bp.post("/import")
@roles("clerk", "reviewer")
def upload() -> Any:
    """Import a file of training or exam records: all rows or none, problems listed row by row."""
    form, back = ImportForm(), url_for(".index")
    if not form.validate():
        return invalid(form, back)
    sent = form.file.data
    suffix = Path(sent.filename or "").suffix.lower() if sent else ""
    if suffix not in SUFFIXES:
        flash(_("文件须为 CSV、XLSX 或 JSONL。"))
        return redirect(back)
    db, agency = session(), _agency()
    if agency is None:
        abort(404)
    with tempfile.NamedTemporaryFile(dir=runtime().config["DATA_DIR"], suffix=suffix) as handle:
        handle.write(sent.read())
        handle.flush()
        try:
            rows = open_rows(handle.name)
            added, problems = training.import_rows(
                db,
                form.kind.data,
                rows,
                agency.id,
                current_user.actor,
                clock.now(),
            )
        except RuleError as exc:  # a row the rules refuse (a day in the future): nothing is stored
            db.rollback()
            flash(bilingual(str(exc)))
            return redirect(back)
        except (ReadError, ValueError) as exc:
            db.rollback()
            flash(_("无法读取文件：%(error)s", error=str(exc)[:300]))
            return redirect(back)
    if problems:
        db.rollback()
        return render_template("office/duties/problems.html", problems=problems[:500]), 422
    db.commit()
    flash(_("已导入 %(n)s 条记录（已有的记录不重复计入）。", n=added))
    return redirect(back)


@bp.post("/statement")
@roles("clerk", "reviewer")
def file_statement() -> Response:
    """File the agency's special statement for a year."""
    agency = _agency()
    form, back = StatementForm(), url_for(".index")
    if agency is None:
        abort(404)
    if not form.validate():
        return invalid(form, back)
    rt = runtime()

    def apply() -> None:
        statements.file(
            session(),
            agency,
            form.year.data,
            form.text.data,
            current_user.actor,
            clock.now(),
            rt.calendar,
            rt.config,
        )

    return carry_out(apply, url_for(".index", year=form.year.data), _("已提交专项说明。"))
