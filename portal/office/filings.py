"""Filing (备案) of major decisions in the back office: the agency's list and filing form, and
the district legal office's list and acknowledgement. Clerks and reviewers see and file their
own agency's decisions only (another agency's is not found); supervisors and administrators
read every filing, and supervisors acknowledge them."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from portal.db import session
from portal.office import me, roles
from portal.office.steps import carry_out, invalid
from portal.public.citizen import plain_text
from portal.render import as_csv
from publisher import clock
from publisher.models import Agency, MajorDecision
from publisher.office import filings

bp = Blueprint("office_filings", __name__, url_prefix="/office/filings")
AGENCY_STAFF = ("clerk", "reviewer")


class FileForm(FlaskForm):
    """The filing: the main evidence, one item a line, and a note."""

    evidence = TextAreaField(
        _l("主要证据目录（每行一项）"),
        validators=[InputRequired(_l("请列出主要证据")), Length(max=10000)],
        filters=[plain_text],
    )
    note = TextAreaField(_l("备注"), validators=[Optional(), Length(max=2000)], filters=[plain_text])


class AcknowledgeForm(FlaskForm):
    """The legal office's acknowledgement, with an optional remark."""

    remark = TextAreaField(_l("审查意见"), validators=[Optional(), Length(max=2000)], filters=[plain_text])


def _agency() -> str | None:
    """The signed-in agency staff's agency code; None for the legal office and administrators."""
    user = me()
    if user.role not in AGENCY_STAFF:
        return None
    return session().get(Agency, user.agency_id).code  # type: ignore[union-attr]


def _get(major_id: int) -> MajorDecision:
    item = session().get(MajorDecision, major_id)
    if item is None:
        abort(404)
    user = me()
    if user.role in AGENCY_STAFF and item.raw.agency_id != user.agency_id:
        abort(404)  # another agency's filing is not there for this user
    return item


def _rows() -> tuple[str, list[dict[str, Any]]]:
    show = "all" if request.args.get("show") == "all" else "open"
    return show, filings.rows(session(), clock.today(), _agency(), show)


@bp.get("/")
@roles("clerk", "reviewer", "supervisor", "admin")
def queue() -> Any:
    """Major decisions and their filings, the earliest filing day first."""
    show, rows = _rows()
    return render_template("office/filings/queue.html", rows=rows, show=show, user=me())


@bp.get("/filings.csv")
@roles("clerk", "reviewer", "supervisor", "admin")
def queue_csv() -> Response:
    """The same list as CSV."""
    show, rows = _rows()
    columns = list(rows[0]) if rows else ["empty"]
    return as_csv(columns, rows, f"filings-{show}-{clock.today().isoformat()}.csv")


@bp.get("/<int:major_id>")
@roles("clerk", "reviewer", "supervisor", "admin")
def detail(major_id: int) -> Any:
    """One major decision: why it is major, its legal review, its filing and acknowledgement."""
    item = _get(major_id)
    return render_template(
        "office/filings/detail.html",
        item=item,
        status=filings.status(item, clock.today()),
        late=filings.late_days(item),
        filer=filings.may_file(current_user.actor, item),
        file_form=FileForm(),
        acknowledge_form=AcknowledgeForm(),
    )


@bp.post("/<int:major_id>/file")
@roles("clerk", "reviewer")
def file(major_id: int) -> Response:
    """File the decision, its review and the main evidence; a refusal explains itself."""
    item = _get(major_id)
    form, back = FileForm(), url_for(".detail", major_id=major_id)
    if not form.validate():
        return invalid(form, back)
    evidence = filings.evidence_list(form.evidence.data or "")

    def apply() -> None:
        filings.file(session(), item, current_user.actor, evidence, form.note.data or "", clock.now())

    return carry_out(apply, back, _("已备案。"))


@bp.post("/<int:major_id>/acknowledge")
@roles("supervisor")
def acknowledge(major_id: int) -> Response:
    """The legal office acknowledges a filing."""
    item = _get(major_id)
    form, back = AcknowledgeForm(), url_for(".detail", major_id=major_id)
    if not form.validate():
        return invalid(form, back)

    def apply() -> None:
        filings.acknowledge(session(), item, current_user.actor, form.remark.data or "", clock.now())

    return carry_out(apply, back, _("已确认备案。"))
