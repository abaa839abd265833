"""The back office (/office): sign-in with lockout, roles checked on every route, refusals audited.

Every view of the back office is registered through :func:`route`, which demands a
signed-in account with one of the given roles; a refusal answers 403 and is written to
the audit trail. The public never reaches an office page (a test walks the URL map).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from werkzeug.wrappers import Response
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired, Length

from portal.db import runtime, session
from portal.security import limiter
from publisher import audit, clock
from publisher.lifecycle.actors import Actor
from publisher.models import Agency, User
from publisher.office import accounts
from publisher.rules import deadlines

bp = Blueprint("office", __name__, url_prefix="/office")
login_manager = LoginManager()
login_manager.login_view = "office.login"
login_manager.login_message = _l("请先登录。")
login_manager.session_protection = "strong"

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
ALL_ROLES = ("clerk", "reviewer", "supervisor", "admin")
WARNING_KINDS = {
    "overdue": _l("逾期未公示"),
    "review_missing": _l("缺少法制审核"),
    "leak_blocked": _l("疑似个人信息，已拦截"),
    "complaint_accept": _l("投诉举报逾期未受理"),
    "complaint_conclude": _l("投诉举报逾期未办结"),
    "error_report_answer": _l("纠错逾期未答复"),
    "supervision_rectify": _l("监督通知书逾期未整改"),
    "supervision_review_answer": _l("复查申请逾期未答复"),
    "supervision_perform": _l("监督决定书逾期未履行"),
    "quarterly_table": _l("行政处罚统计表逾期未确认"),
    "special_statement": _l("专项说明逾期未提交"),
    "filing_missing": _l("重大执法决定逾期未备案"),
}
ROLE_NAMES = {
    "clerk": _l("执法机关经办人"),
    "reviewer": _l("法制审核人员"),
    "supervisor": _l("执法监督人员"),
    "admin": _l("系统管理员"),
}
F = TypeVar("F", bound=Callable[..., Any])


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the username is unknown, so a wrong name takes as long as a wrong
    password (made on first use, not at start-up)."""
    return accounts.hash_password("not-a-password-0")


class Account(UserMixin):
    """The signed-in user. The session id embeds part of the password hash, so changing
    the password (or deactivating the account) ends every other session."""

    def __init__(self, user: User) -> None:
        self.user = user
        self.id = f"{user.id}:{user.password_hash[-12:]}"

    @property
    def actor(self) -> Actor:
        """The lifecycle actor for this user."""
        code = None
        if self.user.agency_id is not None:
            code = session().scalars(select(Agency.code).where(Agency.id == self.user.agency_id)).first()
        return Actor(self.user.username, self.user.role, code)


@login_manager.user_loader
def _load(session_id: str) -> Account | None:
    user_id, _sep, fingerprint = session_id.partition(":")
    if not user_id.isdigit():
        return None
    user = session().get(User, int(user_id))
    if user is None or not user.active or not user.password_hash.endswith(fingerprint):
        return None
    return Account(user)


def me() -> User:
    """The signed-in user's row."""
    account: Account = current_user
    return account.user


def days_left(day: dt.date | None) -> int | None:
    """Working days from today to ``day`` (negative when overdue); None when there is no day."""
    if day is None:
        return None
    return deadlines.workdays(runtime().calendar, clock.today(), day)


def refuse(reason: str) -> None:
    """Log a refused back-office request to the audit trail and answer 403."""
    db = session()
    db.rollback()
    who = me().username if current_user.is_authenticated else "anonymous"
    audit.record(
        db,
        now=clock.now(),
        actor=who,
        action="access.denied",
        entity="route",
        entity_id=request.path[:120],
        detail={"method": request.method, "reason": reason},
    )
    db.commit()
    abort(403)


def roles(*allowed: str) -> Callable[[F], F]:
    """Require a signed-in account with one of ``allowed`` roles; refusals are audited."""

    def decorate(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if me().role not in allowed:
                refuse(f"role {me().role} not in {','.join(allowed)}")
            return view(*args, **kwargs)

        wrapper.office_roles = allowed  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


class LoginForm(FlaskForm):
    """Username and password."""

    username = StringField(_l("用户名"), validators=[InputRequired(), Length(max=80)])
    password = PasswordField(_l("密码"), validators=[InputRequired(), Length(max=200)])


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"])
def login() -> Any:
    """Sign in; five failures lock the account for 15 minutes."""
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        now = clock.now()
        db = session()
        user = db.scalars(select(User).where(User.username == form.username.data)).first()
        error = _("用户名或密码不正确。")
        if user is None:
            accounts.verify_password(_dummy_hash(), form.password.data)
        if user is not None and user.locked_until is not None and user.locked_until > now:
            error = _("登录失败次数过多，账户已暂时锁定，请 15 分钟后再试或联系管理员。")
            _audit_login(db, user.username, "login.locked", now)
        elif (
            user is not None
            and user.active
            and accounts.verify_password(user.password_hash, form.password.data)
        ):
            user.failed_logins, user.locked_until = 0, None
            _audit_login(db, user.username, "login.succeeded", now)
            db.commit()
            login_user(Account(user))
            return redirect(_next_url())
        elif user is not None:
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until, user.failed_logins = now + LOCKOUT, 0
                _audit_login(db, user.username, "login.lockout", now)
            else:
                _audit_login(db, user.username, "login.failed", now)
        db.commit()
    status = 401 if error else 200
    return render_template("office/login.html", form=form, error=error), status


def _audit_login(db: Any, username: str, action: str, now: dt.datetime) -> None:
    audit.record(
        db,
        now=now,
        actor=username,
        action=action,
        entity="user",
        entity_id=username,
        detail={"address": request.remote_addr or ""},
    )


def _next_url() -> str:
    target = request.args.get("next", "")
    if target.startswith("/office/") and "//" not in target and "\\" not in target:
        return target
    return url_for("office.home")


@bp.post("/logout")
@roles(*ALL_ROLES)
def logout() -> Response:
    """Sign out."""
    db = session()
    _audit_login(db, me().username, "logout", clock.now())
    db.commit()
    logout_user()
    flash(_("已退出登录。"))
    return redirect(url_for("office.login"))


@bp.get("/")
@roles(*ALL_ROLES)
def home() -> Any:
    """The start page: what this role can do."""
    return render_template("office/home.html", user=me())


def init_app(app: Flask) -> None:
    """Sessions for the back office, and its blueprints."""
    login_manager.init_app(app)
    app.config.setdefault("REMEMBER_COOKIE_DURATION", dt.timedelta(hours=8))
    app.config.setdefault("PERMANENT_SESSION_LIFETIME", dt.timedelta(hours=8))

    @login_manager.unauthorized_handler
    def unauthorized() -> Response:
        flash(_("请先登录。"))
        return redirect(url_for("office.login", next=request.full_path.rstrip("?")))

    from portal.office import (
        admin,
        audit_view,
        case_review,
        cases,
        complaints,
        duties,
        error_reports,
        filings,
        records,
        registry,
        supervision,
        supervision_notices,
        warnings,
    )

    app.register_blueprint(bp)
    app.register_blueprint(complaints.bp)
    app.register_blueprint(error_reports.bp)
    app.register_blueprint(duties.bp)
    app.register_blueprint(case_review.bp)
    app.register_blueprint(records.bp)
    app.register_blueprint(cases.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(supervision.bp)
    app.register_blueprint(supervision_notices.bp)
    app.register_blueprint(registry.bp)
    app.register_blueprint(audit_view.bp)
    app.register_blueprint(filings.bp)
    app.register_blueprint(warnings.bp)

    @app.context_processor
    def office_labels() -> dict[str, Any]:
        return {"role_names": ROLE_NAMES, "warning_kinds": WARNING_KINDS}

    @app.after_request
    def private(response: Response) -> Response:
        if request.path.startswith("/office/"):
            response.headers["Cache-Control"] = "no-store"
            response.headers["X-Robots-Tag"] = "noindex"
        return response
