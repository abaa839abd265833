"""The warnings desk: open warnings of every kind (disclosure, legal review, complaint, error
report, filing). An agency's clerks and reviewers (its legal office, LEGAL.md §7 level 1) see
their own agency's, never another's; the district legal office and administrators see all."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, render_template

from portal.db import runtime, session
from portal.office import me, roles
from portal.render import as_csv
from publisher import clock
from publisher.models import Agency
from publisher.office import supervision

bp = Blueprint("office_warnings", __name__, url_prefix="/office/warnings")
AGENCY_STAFF = ("clerk", "reviewer")


def _rows() -> list[dict[str, Any]]:
    user = me()
    agency = None
    if user.role in AGENCY_STAFF:
        found = session().get(Agency, user.agency_id)
        agency = found.code if found is not None else "-"  # staff without an agency see nothing
    return supervision.warnings(session(), clock.today(), runtime().calendar, agency)


@bp.get("/")
@roles("clerk", "reviewer", "supervisor", "admin")
def desk() -> Any:
    """Open warnings, most severe and oldest first."""
    return render_template("office/warnings/desk.html", warnings=_rows(), user=me(), today=clock.today())


@bp.get("/warnings.csv")
@roles("clerk", "reviewer", "supervisor", "admin")
def desk_csv() -> Response:
    """The same warnings as CSV."""
    rows = _rows()
    return as_csv(list(rows[0]) if rows else ["empty"], rows, f"warnings-{clock.today().isoformat()}.csv")
