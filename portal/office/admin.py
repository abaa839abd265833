"""Administration: accounts, API tokens and the working-day calendar (admin role only)."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from sqlalchemy import select
from werkzeug.wrappers import Response as BaseResponse
from wtforms import PasswordField, SelectChoice, SelectField, StringField
from wtforms.validators import InputRequired, Length, Optional

from portal.db import runtime, session
from portal.i18n import bilingual
from portal.office import ROLE_NAMES, me, roles
from portal.public.citizen import plain_text
from portal.public.complaints import agency_choices
from publisher import audit, clock
from publisher.lifecycle.actors import RuleError
from publisher.models import ROLES, Agency, ApiToken, User
from publisher.office import accounts, tokens
from publisher.rules import calendar as workdays

bp = Blueprint("office_admin", __name__, url_prefix="/office/admin")


class UserForm(FlaskForm):
    """A new account."""

    username = StringField(_l("用户名"), validators=[InputRequired(), Length(max=80)], filters=[plain_text])
    display_name = StringField(_l("姓名"), validators=[Optional(), Length(max=80)], filters=[plain_text])
    role = SelectField(_l("角色"), choices=[SelectChoice(r, r) for r in ROLES])
    agency = SelectField(_l("执法机关（经办人和审核人员）"), validators=[Optional()])
    password = PasswordField(_l("初始密码"), validators=[InputRequired(), Length(max=200)])


class TokenForm(FlaskForm):
    """A new API token."""

    agency = SelectField(_l("执法机关"))
    name = StringField(
        _l("用途（例如办案系统名称）"), validators=[InputRequired(), Length(max=80)], filters=[plain_text]
    )


class CalendarForm(FlaskForm):
    """Next year's holiday notice as a reviewed JSON file."""

    file = FileField(_l("节假日安排文件（JSON）"))


def _now() -> dt.datetime:
    return clock.now()


@bp.route("/users", methods=["GET", "POST"])
@roles("admin")
def users() -> Any:
    """Accounts: create one, deactivate one."""
    form = UserForm()
    form.role.choices = [SelectChoice(r, str(ROLE_NAMES[r])) for r in ROLES]
    form.agency.choices = [SelectChoice("", "—"), *agency_choices(blank=False)]
    if form.validate_on_submit():
        db = session()
        try:
            accounts.create_user(
                db,
                username=form.username.data,
                password=form.password.data,
                role=form.role.data,
                agency_code=form.agency.data or None,
                display_name=form.display_name.data or "",
                now=_now(),
                actor=me().username,
            )
            db.commit()
            flash(_("已创建账户 %(name)s。", name=form.username.data))
            return redirect(url_for(".users"))
        except accounts.AccountError as exc:
            db.rollback()
            form.password.errors = [bilingual(str(exc))]
    rows = session().scalars(select(User).order_by(User.role, User.username)).all()
    agencies = dict(session().execute(select(Agency.id, Agency.name)).all())
    return render_template("office/admin/users.html", form=form, rows=rows, agencies=agencies)


@bp.post("/users/<int:user_id>/deactivate")
@roles("admin")
def deactivate(user_id: int) -> BaseResponse:
    """Deactivate an account: its sessions end at once."""
    db = session()
    user = db.get(User, user_id)
    if user is not None and user.id != me().id and user.active:
        user.active = False
        audit.record(
            db,
            now=_now(),
            actor=me().username,
            action="user.deactivated",
            entity="user",
            entity_id=user.username,
        )
        db.commit()
        flash(_("已停用账户 %(name)s。", name=user.username))
    return redirect(url_for(".users"))


@bp.route("/tokens", methods=["GET", "POST"])
@roles("admin")
def api_tokens() -> Any:
    """API tokens: issue one (shown once), revoke one."""
    form = TokenForm()
    form.agency.choices = agency_choices(blank=False)
    shown = None
    if form.validate_on_submit():
        db = session()
        try:
            _token, shown = tokens.create(db, form.agency.data, form.name.data, me().username, _now())
            db.commit()
        except RuleError as exc:
            db.rollback()
            form.name.errors = [bilingual(str(exc))]
    rows = session().scalars(select(ApiToken).order_by(ApiToken.id.desc())).all()
    agencies = dict(session().execute(select(Agency.id, Agency.name)).all())
    response = render_template(
        "office/admin/tokens.html", form=form, rows=rows, agencies=agencies, shown=shown
    )
    return response, 201 if shown else 200


@bp.post("/tokens/<int:token_id>/revoke")
@roles("admin")
def revoke(token_id: int) -> BaseResponse:
    """Revoke a token."""
    db = session()
    token = db.get(ApiToken, token_id)
    if token is not None:
        tokens.revoke(db, token, me().username, _now())
        db.commit()
        flash(_("已吊销令牌 %(name)s。", name=token.name))
    return redirect(url_for(".api_tokens"))


@bp.route("/calendar", methods=["GET", "POST"])
@roles("admin")
def calendar() -> Any:
    """The years the calendar knows; add next year's reviewed notice."""
    rt = runtime()
    form = CalendarForm()
    problems: list[str] = []
    if form.validate_on_submit() and form.file.data:
        directory = rt.calendar_dir
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(suffix=".json", dir=directory.parent) as handle:
            handle.write(form.file.data.read())
            handle.flush()
            try:
                notice = workdays.add(Path(handle.name), directory)
            except (ValueError, json.JSONDecodeError) as exc:
                problems = str(exc).splitlines()
            else:
                audit.record(
                    session(),
                    now=_now(),
                    actor=me().username,
                    action="calendar.added",
                    entity="calendar",
                    entity_id=str(notice.year),
                    detail={"notice": notice.notice},
                )
                session().commit()
                rt.reload_calendar()
                flash(_("已加入 %(year)s 年的节假日安排。", year=notice.year))
                return redirect(url_for(".calendar"))
    return render_template(
        "office/admin/calendar.html",
        form=form,
        years=rt.calendar.years,
        problems=problems,
        notices=rt.calendar.notices,
    ), (422 if problems else 200)


@bp.get("/")
@roles("admin")
def index() -> BaseResponse:
    """The administration start page is the account list."""
    return redirect(url_for(".users"))
