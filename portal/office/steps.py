"""One back-office step, the same way everywhere: commit it, or explain a rule's refusal and
change nothing, or answer a role's refusal with a 403 written to the audit trail."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from flask import flash, redirect
from flask_babel import gettext as _
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from portal.db import session
from portal.i18n import bilingual
from portal.office import refuse
from publisher.lifecycle.actors import NotAllowed, RuleError


def carry_out(
    step: Callable[[], object], back: str, done: str, after: Callable[[], object] | None = None
) -> Response:
    """Run one back-office step and commit it. A refusal by the rules is explained and changes
    nothing; a refusal by role is a 403 written to the audit trail."""
    db = session()
    try:
        step()
    except NotAllowed as exc:
        refuse(str(exc))
    except RuleError as exc:
        db.rollback()
        flash(bilingual(str(exc)))
        return redirect(back)
    db.commit()
    if after is not None:
        after()
    flash(done)
    return redirect(back)


def invalid(form: FlaskForm, back: str) -> Response:
    """Say what was wrong with a submitted step form, and go back."""
    errors = "; ".join(str(e) for es in form.errors.values() for e in es)
    flash(_("提交的内容不正确：%(errors)s", errors=errors))
    return redirect(back)


def finite(value: object) -> object:
    """A number field's filter: NaN, sNaN and Infinity become no number, which the field's
    NumberRange then refuses with its message (an sNaN would otherwise crash the check).
    Filters also see a field's default (a stored score is a string): that stays as it is."""
    return None if isinstance(value, Decimal) and not value.is_finite() else value
