"""Handling complaints in the back office: the supervisor's queue and steps, the agency's copy.

Supervisors see every complaint and handle the ones they take; the filer's identity
and the attachments open for the handler only, and each opening is audited. Agency
staff see complaints routed to their agency, in the copy redacted at routing, and
report what they did.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, Response, abort, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response as BaseResponse
from wtforms import SelectField, TextAreaField
from wtforms.validators import Length, Optional

from portal.db import runtime, session
from portal.office import days_left, me, refuse, roles
from portal.office.steps import carry_out, invalid
from portal.public.citizen import plain_text
from portal.public.complaints import agency_choices
from publisher import clock
from publisher.lifecycle.actors import NotAllowed
from publisher.models import (
    OPEN_STATUSES,
    Complaint,
    ComplaintAttachment,
    ComplaintWarning,
)
from publisher.office import complaints

bp = Blueprint("office_complaints", __name__, url_prefix="/office/complaints")
AGENCY_STAFF = ("clerk", "reviewer")
STEPS = ("take", "accept", "refuse", "route", "extend", "approve_extension", "answer", "reply")


class StepForm(FlaskForm):
    """One handling step: a text (reason, note, answer or reply) and, for routing, an agency."""

    text = TextAreaField(_l("内容"), validators=[Optional(), Length(max=5000)], filters=[plain_text])
    agency = SelectField(_l("交办给"), validators=[Optional()])


def _now() -> dt.datetime:
    return clock.now()


def _get(tracking_no: str) -> Complaint:
    complaint = (
        session()
        .scalars(
            select(Complaint)
            .options(
                selectinload(Complaint.attachments).load_only(
                    ComplaintAttachment.id,
                    ComplaintAttachment.filename,
                    ComplaintAttachment.media_type,
                    ComplaintAttachment.size,
                    ComplaintAttachment.sha256,
                )
            )
            .where(Complaint.tracking_no == tracking_no)
        )
        .first()
    )
    if complaint is None:
        abort(404)
    user = me()
    if user.role in AGENCY_STAFF and (user.agency_id is None or complaint.routed_to_id != user.agency_id):
        refuse(f"complaint {tracking_no} is not routed to the user's agency")
    return complaint


@bp.get("/")
@roles("clerk", "reviewer", "supervisor", "admin")
def queue() -> Any:
    """Open complaints by deadline; agency staff see what was routed to their agency."""
    user = me()
    stmt = select(Complaint).options(selectinload(Complaint.agency), selectinload(Complaint.handler))
    show = request.args.get("show", "open")
    if user.role in AGENCY_STAFF:
        stmt = stmt.where(Complaint.routed_to_id == user.agency_id)
        if show == "open":
            stmt = stmt.where(Complaint.status == "routed")
    elif show == "open":
        stmt = stmt.where(Complaint.status.in_(("received", *OPEN_STATUSES)))
    elif show == "mine":
        stmt = stmt.where(Complaint.handler_id == user.id, Complaint.status != "closed")
    rows = list(session().scalars(stmt.order_by(Complaint.received_at).limit(500)))
    warnings = {
        w.complaint_id: w
        for w in session().scalars(
            select(ComplaintWarning).where(
                ComplaintWarning.resolved_at.is_(None),
                ComplaintWarning.complaint_id.in_([c.id for c in rows] or [0]),
            )
        )
    }
    items = []
    for complaint in rows:
        step = complaints.due(complaint)
        items.append((complaint, step, days_left(step[1]) if step else None, warnings.get(complaint.id)))
    items.sort(key=lambda item: (item[1] is None, item[1][1] if item[1] else dt.date.max))
    return render_template(
        "office/complaints/queue.html",
        items=items,
        show=show,
        user=user,
    )


@bp.get("/<tracking_no>")
@roles("clerk", "reviewer", "supervisor", "admin")
def detail(tracking_no: str) -> Any:
    """One complaint with the steps its status allows."""
    complaint = _get(tracking_no)
    user = me()
    form = StepForm()
    form.agency.choices = agency_choices(blank=False)
    form.agency.data = (complaint.routed_to or complaint.agency).code
    step = complaints.due(complaint)
    approvers = user.role in ("supervisor", "admin") and complaint.extension_requested_by not in (
        None,
        user.id,
    )
    template = (
        "office/complaints/agency.html" if user.role in AGENCY_STAFF else "office/complaints/detail.html"
    )
    return render_template(
        template,
        complaint=complaint,
        form=form,
        user=user,
        step=step,
        left=days_left(step[1]) if step else None,
        can_approve=approvers and complaint.extension_approved_by is None,
        handler=complaint.handler_id == user.id,
    )


@bp.post("/<tracking_no>/<any(" + ",".join(STEPS) + "):step>")
@roles("clerk", "reviewer", "supervisor", "admin")
def act(tracking_no: str, step: str) -> BaseResponse:
    """Apply one handling step; a refused step explains itself and nothing changes."""
    complaint = _get(tracking_no)
    form = StepForm()
    form.agency.choices = agency_choices(blank=False)
    back = url_for(".detail", tracking_no=tracking_no)
    if not form.validate():
        return invalid(form, back)
    db, user, now, rt = session(), me(), _now(), runtime()
    text = form.text.data or ""

    def apply() -> None:
        if step == "take":
            complaints.take(db, complaint, user, now)
        elif step == "accept":
            complaints.accept(db, complaint, user, now, rt.calendar, rt.config)
        elif step == "refuse":
            complaints.refuse(db, complaint, user, text, now)
        elif step == "route":
            complaints.route(db, complaint, user, form.agency.data or "", text, now)
        elif step == "extend":
            complaints.request_extension(db, complaint, user, text, now)
        elif step == "approve_extension":
            complaints.approve_extension(db, complaint, user, now, rt.calendar, rt.config)
        elif step == "answer":
            complaints.answer(db, complaint, user, text, now)
        else:
            complaints.agency_reply(db, complaint, user, text, now)

    return carry_out(apply, back, _("已保存。"))


@bp.get("/<tracking_no>/filer")
@roles("supervisor")
def filer(tracking_no: str) -> Any:
    """The filer's identity, for the handler only; the view is written to the audit trail."""
    complaint = _get(tracking_no)
    db = session()
    try:
        person = complaints.filer(db, complaint, me(), _now())
    except NotAllowed as exc:
        refuse(str(exc))
    db.commit()
    return render_template("office/complaints/filer.html", complaint=complaint, person=person)


@bp.get("/<tracking_no>/attachments/<int:attachment_id>")
@roles("supervisor")
def attachment(tracking_no: str, attachment_id: int) -> BaseResponse:
    """Download one attachment (handler only, audited), never rendered inline."""
    complaint = _get(tracking_no)
    db = session()
    try:
        item = complaints.attachment(db, complaint, me(), attachment_id, _now())
    except NotAllowed as exc:
        refuse(str(exc))
    if item is None:
        abort(404)
    db.commit()
    response = Response(item.content, mimetype=item.media_type)
    response.headers["Content-Disposition"] = f"attachment; filename=evidence-{item.id}{_suffix(item)}"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def _suffix(item: ComplaintAttachment) -> str:
    return {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}[item.media_type]
