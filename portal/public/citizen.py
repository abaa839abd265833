"""What the public's forms share (complaints, error reports): plain text only, a honeypot, a
one-time submission key, and answers that no cache keeps.

CSRF is checked by each form itself rather than globally (an expired token costs the
visitor a click, not their text); rate limits are set per route with Flask-Limiter.
"""

from __future__ import annotations

import secrets
from typing import Any, TypeVar

from flask import Response, make_response, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, StringField
from wtforms.validators import Length, Regexp, ValidationError

from publisher import sanitize

PHONE = r"^([0-9+()\-\s]{5,20})?$"
EMAIL = r"^([^@\s]{1,64}@[^@\s]{1,185}\.[^@\s]{2,})?$"
FormT = TypeVar("FormT", bound="CitizenForm")


def plain_text(value: Any) -> Any:
    """A WTForms filter: the text without HTML (too long is an error, never cut silently)."""
    return sanitize.text(value) if isinstance(value, str) else value


def phone_field(label: Any) -> StringField:
    """An optional phone number, checked for its shape (whether it is needed is the form's rule)."""
    return StringField(
        label,
        validators=[Length(max=20), Regexp(PHONE, message=_l("电话号码格式不正确"))],
        filters=[plain_text],
    )


def email_field(label: Any) -> StringField:
    """An optional e-mail address, checked for its shape."""
    return StringField(
        label,
        validators=[Length(max=200), Regexp(EMAIL, message=_l("电子邮箱格式不正确"))],
        filters=[plain_text],
    )


class CitizenForm(FlaskForm):
    """A public form: a honeypot bots fill in and people never see, and a one-time key."""

    website = StringField(_l("请勿填写此项"))  # the honeypot: hidden from people, seen by bots
    submission_key = HiddenField()

    def validate_website(self, field: StringField) -> None:
        """Reject what a bot fills in."""
        if field.data:
            raise ValidationError(_("“请勿填写此项”一栏必须留空。"))


def keyed(form: FormT) -> FormT:
    """The form with a fresh one-time submission key unless it already carries one."""
    if not form.submission_key.data:
        form.submission_key.data = secrets.token_urlsafe(24)
    return form


def submitted_key(form: CitizenForm) -> str:
    """The submission key as stored: bounded, without characters a database refuses (NUL)."""
    return sanitize.strip_control(str(form.submission_key.data or ""))[:64]


def posted_key() -> str:
    """The submission key of the posted form, as :func:`submitted_key` stores it."""
    return sanitize.strip_control(request.form.get("submission_key", ""))[:64]


def page(template: str, status: int = 200, **context: Any) -> Response:
    """A rendered page that no cache keeps (it may hold what the visitor typed or a code)."""
    response = make_response(render_template(template, **context), status)
    response.headers["Cache-Control"] = "no-store"
    return response
