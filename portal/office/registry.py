"""Changes of basic information waiting for the legal office: a queue with deadlines, each
request's before and after, approve or reject (seed 002)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.wrappers import Response as BaseResponse

from portal.db import runtime, session
from portal.i18n import bilingual
from portal.office import me, refuse, roles
from portal.render import as_csv
from publisher import clock
from publisher.lifecycle.actors import NotAllowed, RuleError
from publisher.models import RegistryChange
from publisher.office import registry_changes

bp = Blueprint("office_registry", __name__, url_prefix="/office/registry")


@bp.get("/", defaults={"fmt": "html"})
@bp.get("/changes.<any(csv):fmt>")
@roles("supervisor", "admin")
def queue(fmt: str) -> Any:
    """Requests waiting for a decision, the oldest first, with their 15-day deadline."""
    rows = registry_changes.pending(session(), clock.today(), runtime().calendar)
    if fmt == "csv":
        return as_csv(
            ["id", "kind", "key", "agency", "requested", "requested_by", "due", "overdue_days"],
            rows,
            "changes.csv",
        )
    return render_template("office/registry/queue.html", rows=rows, source=registry_changes.DECIDE_DAYS[1])


@bp.get("/<int:change_id>")
@roles("supervisor", "admin")
def detail(change_id: int) -> Any:
    """One request: every field before and after, the changed ones marked."""
    change = session().get(RegistryChange, change_id) or abort(404)
    fields = sorted(set(change.before) | set(change.after))
    return render_template(
        "office/registry/detail.html",
        change=change,
        fields=fields,
        changed=set(registry_changes.changed_fields(change)),
        due=registry_changes.due(change, runtime().calendar),
    )


@bp.post("/<int:change_id>")
@roles("supervisor", "admin")
def decide(change_id: int) -> BaseResponse:
    """Approve (live at once) or reject a request, with an optional note."""
    db = session()
    change = db.get(RegistryChange, change_id) or abort(404)
    approve = request.form.get("decision") == "approve"
    if request.form.get("decision") not in ("approve", "reject"):
        abort(400)
    try:
        registry_changes.decide(db, change, approve, me(), clock.now(), request.form.get("note", "")[:2000])
    except NotAllowed as exc:
        refuse(str(exc))
    except RuleError as exc:
        db.rollback()
        flash(bilingual(str(exc)))
        return redirect(url_for(".detail", change_id=change_id))
    db.commit()
    flash(_("已批准，变更已生效。") if approve else _("已驳回。"))
    return redirect(url_for(".queue"))
