"""Supervision notices in the back office (seed 003 arts. 23–25): the legal office issues a
notice, answers requests for review and issues decisions; the notified agency's clerks and
reviewers report rectification, ask for review and report performance. Agency staff see
their own agency's notices only (another agency's is a 404), and each notice and decision
is a page the agency can print."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.datastructures import FileStorage
from werkzeug.wrappers import Response as BaseResponse
from wtforms import SelectChoice

from portal.db import runtime, session
from portal.i18n import bilingual
from portal.office import days_left, refuse, roles
from portal.office.steps import carry_out, invalid
from portal.office.supervision_forms import NoticeForm, choices, step_forms
from publisher import clock, vocabulary
from publisher.lifecycle.actors import NotAllowed, RuleError
from publisher.models import Agency, SupervisionNotice
from publisher.models.supervision import ORDERING_KINDS
from publisher.office import attachments
from publisher.office import supervision_notices as casework

bp = Blueprint("office_supervision_notices", __name__, url_prefix="/office/supervision-notices")
AGENCY_STAFF = ("clerk", "reviewer")
READERS = ("clerk", "reviewer", "supervisor", "admin")


def _get(notice_id: int) -> SupervisionNotice:
    """The notice, or 404 also for agency staff of another agency (they never learn it exists)."""
    notice = session().get(SupervisionNotice, notice_id)
    if notice is None or not casework.may_see(current_user.actor, notice):
        abort(404)
    return notice


@bp.get("/")
@roles(*READERS)
def queue() -> Any:
    """Notices, the most urgent first; agency staff see their own agency's."""
    actor = current_user.actor
    stmt = select(SupervisionNotice).options(selectinload(SupervisionNotice.agency))
    if actor.role in AGENCY_STAFF:
        stmt = stmt.join(Agency).where(Agency.code == actor.agency_code)
    show = "all" if request.args.get("show") == "all" else "open"
    if show == "open":
        stmt = stmt.where(SupervisionNotice.status.in_(("issued", "decided")))
    rows = list(
        session().scalars(stmt.order_by(SupervisionNotice.rectify_due, SupervisionNotice.id).limit(500))
    )
    warnings = casework.open_warnings(session(), [n.id for n in rows])
    items = [
        (n, days_left(n.rectify_due) if n.status == "issued" else None, warnings.get(n.id, [])) for n in rows
    ]
    return render_template("office/supervision_notices/queue.html", items=items, show=show)


@bp.route("/new", methods=["GET", "POST"])
@roles("supervisor")
def new() -> Any:
    """Issue a notice; it reaches the agency's desk at once and its periods start."""
    form = NoticeForm()
    db = session()
    form.agency.choices = [
        SelectChoice(a.code, a.name) for a in db.scalars(select(Agency).order_by(Agency.code))
    ]
    form.ground.choices = choices("supervision_ground", vocabulary.codes("supervision_ground"))
    status = 200
    if form.validate_on_submit():
        rt = runtime()
        try:
            notice = casework.issue(
                db,
                current_user.actor,
                form.agency.data,
                form.doc_no.data,
                form.ground.data,
                form.facts.data,
                form.requirement.data,
                clock.now(),
                rt.calendar,
                rt.config,
            )
        except NotAllowed as exc:
            refuse(str(exc))
        except RuleError as exc:
            db.rollback()
            flash(bilingual(str(exc)))
            status = 400
        else:
            db.commit()
            flash(_("监督通知书已发出。"))
            return redirect(url_for(".detail", notice_id=notice.id))
    elif request.method == "POST":
        status = 400
    periods = casework.periods(runtime().config, "")  # the defaults; an agency may have its own
    return render_template("office/supervision_notices/new.html", form=form, periods=periods), status


@bp.get("/<int:notice_id>")
@roles(*READERS)
def detail(notice_id: int) -> Any:
    """One notice with its deadlines, the agency's answer, the review and the decision."""
    notice = _get(notice_id)
    actor = current_user.actor
    return render_template(
        "office/supervision_notices/detail.html",
        notice=notice,
        forms=step_forms(),
        supervisor=actor.role == "supervisor",
        agency_staff=actor.role in AGENCY_STAFF,
        today=clock.today(),
        left=days_left(notice.rectify_due) if notice.status == "issued" else None,
        warnings=casework.open_warnings(session(), [notice.id]).get(notice.id, []),
        ordering=ORDERING_KINDS,
        source=casework.SOURCE,
    )


@bp.get("/<int:notice_id>/document")
@roles(*READERS)
def document(notice_id: int) -> Any:
    """The notice as a document the agency can print."""
    notice = _get(notice_id)
    periods = casework.periods(runtime().config, notice.agency.code)
    return render_template(
        "office/supervision_notices/document.html", notice=notice, periods=periods, office=_office()
    )


@bp.get("/<int:notice_id>/decision/document")
@roles(*READERS)
def decision_document(notice_id: int) -> Any:
    """The decision as a document the agency can print."""
    notice = _get(notice_id)
    if notice.decision is None:
        abort(404)
    return render_template(
        "office/supervision_notices/decision.html",
        notice=notice,
        decision=notice.decision,
        issued_on=clock.local_date(notice.decision.issued_at),
        office=_office(),
    )


def _office() -> str:
    return str(runtime().config.get("SUPERVISION_OFFICE") or "")


def _step(notice_id: int, form_name: str, apply: Any, done: str) -> BaseResponse:
    """Validate the step's form and run it the back office's way."""
    notice = _get(notice_id)
    form = step_forms()[form_name]
    back = url_for(".detail", notice_id=notice_id)
    if not form.validate():
        return invalid(form, back)
    return carry_out(lambda: apply(notice, form), back, done)


@bp.post("/<int:notice_id>/rectify")
@roles(*AGENCY_STAFF)
def rectify(notice_id: int) -> BaseResponse:
    """Report the rectification, with evidence files checked by content."""

    def apply(notice: SupervisionNotice, form: Any) -> None:
        files: list[FileStorage] = [f for f in (form.files.data or []) if f and f.filename]
        if len(files) > attachments.MAX_FILES:
            raise RuleError(
                f"最多上传 {attachments.MAX_FILES} 个文件 / at most {attachments.MAX_FILES} files"
            )
        try:
            checked = [
                attachments.check(f.filename or "file", f.stream.read(attachments.MAX_BYTES + 1))
                for f in files
            ]
        except attachments.AttachmentError as exc:
            raise RuleError(str(exc)) from exc
        casework.rectify(session(), current_user.actor, notice, form.text.data, clock.now(), checked)

    return _step(notice_id, "rectify", apply, _("已报告整改情况。"))


@bp.post("/<int:notice_id>/review")
@roles(*AGENCY_STAFF)
def review(notice_id: int) -> BaseResponse:
    """Ask for a review of the notice (复查)."""

    def apply(notice: SupervisionNotice, form: Any) -> None:
        rt = runtime()
        casework.request_review(
            session(), current_user.actor, notice, form.reason.data, clock.now(), rt.calendar, rt.config
        )

    return _step(notice_id, "review", apply, _("已申请复查。"))


@bp.post("/<int:notice_id>/review/answer")
@roles("supervisor")
def answer(notice_id: int) -> BaseResponse:
    """Answer the request for review: upheld, changed or withdrawn."""

    def apply(notice: SupervisionNotice, form: Any) -> None:
        casework.answer_review(
            session(), current_user.actor, notice, form.outcome.data, form.text.data, clock.now()
        )

    return _step(notice_id, "answer", apply, _("已答复复查申请。"))


@bp.post("/<int:notice_id>/decision")
@roles("supervisor")
def decide(notice_id: int) -> BaseResponse:
    """Issue a 行政执法监督决定书 on a notice that was not complied with."""

    def apply(notice: SupervisionNotice, form: Any) -> None:
        rt = runtime()
        casework.decide(
            session(),
            current_user.actor,
            notice,
            form.doc_no.data,
            form.kind.data,
            form.reasons.data,
            form.ordered.data,
            clock.now(),
            rt.calendar,
            rt.config,
            days=form.days.data,
            party_sought_remedy=not form.no_remedy.data,
        )

    return _step(notice_id, "decision", apply, _("监督决定书已作出。"))


@bp.post("/<int:notice_id>/decision/perform")
@roles(*AGENCY_STAFF)
def perform(notice_id: int) -> BaseResponse:
    """Report that the agency did what the decision ordered."""

    def apply(notice: SupervisionNotice, form: Any) -> None:
        casework.perform(session(), current_user.actor, notice, form.text.data, clock.now())

    return _step(notice_id, "perform", apply, _("已报告履行情况。"))


@bp.get("/<int:notice_id>/attachments/<int:attachment_id>")
@roles(*READERS)
def attachment(notice_id: int, attachment_id: int) -> BaseResponse:
    """Download one evidence file (audited), never rendered inline."""
    notice = _get(notice_id)
    db = session()
    item = casework.attachment(db, current_user.actor, notice, attachment_id, clock.now())
    if item is None:
        abort(404)
    db.commit()
    response = Response(item.content, mimetype=item.media_type)
    suffix = attachments.MEDIA_TYPES[item.media_type]
    response.headers["Content-Disposition"] = f"attachment; filename=rectification-{item.id}{suffix}"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
