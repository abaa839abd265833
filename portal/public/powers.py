"""Powers lists (权责清单) across agencies: searchable, with when each item last changed."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request, url_for
from sqlalchemy import ColumnElement, Select, or_, select

from portal.db import session
from portal.render import respond
from publisher import clock, vocabulary
from publisher.models import Agency, PowerItem

bp = Blueprint("powers", __name__)
COLUMNS = [
    "agency",
    "agency_name",
    "code",
    "name",
    "category",
    "legal_basis",
    "discretion_standard",
    "updated_at",
    "url",
]
LIMIT = 2000  # a whole district's list; a province's is narrowed by agency or words


def like(text: str) -> str:
    """A LIKE pattern that finds ``text`` anywhere, its wildcards taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def matching(q: str) -> ColumnElement[bool]:
    """Power items whose name, code, legal basis or discretion standard holds ``q``."""
    pattern = like(q)
    columns = (PowerItem.name, PowerItem.code, PowerItem.legal_basis, PowerItem.discretion_standard)
    return or_(*(column.like(pattern, escape="\\") for column in columns))


def power_query(q: str = "", agency: str = "", category: str = "") -> Select[PowerItem, Agency]:
    """Power items (with their agency) matching words, an agency code and a category."""
    stmt = select(PowerItem, Agency).join(Agency).order_by(Agency.code, PowerItem.code)
    if q:
        stmt = stmt.where(matching(q))
    if agency:
        stmt = stmt.where(Agency.code == agency)
    if category in vocabulary.codes("category"):
        stmt = stmt.where(PowerItem.category == category)
    return stmt


def power_dict(item: PowerItem, agency: Agency) -> dict[str, Any]:
    """The public fields of a power item, and when it last changed."""
    return {
        "agency": agency.code,
        "agency_name": agency.name,
        "code": item.code,
        "name": item.name,
        "category": item.category,
        "legal_basis": item.legal_basis,
        "discretion_standard": item.discretion_standard,
        "updated_at": clock.local(item.updated_at).isoformat(),
        "url": url_for("agencies.detail", code=agency.code, _external=True) + f"#power-{item.code}",
    }


def search_args() -> tuple[str, str, str]:
    """The q, agency and category parameters, trimmed to what a search can use."""
    args = request.args
    return args.get("q", "").strip()[:60], args.get("agency", "").strip()[:40], args.get("category", "")


@bp.get("/powers", defaults={"fmt": "html"})
@bp.get("/powers.<any(json,csv):fmt>")
def index(fmt: str) -> Any:
    """Every agency's powers list, filtered by words, agency and category."""
    q, agency, category = search_args()
    rows = session().execute(power_query(q, agency, category).limit(LIMIT)).all()
    items = [power_dict(p, a) for p, a in rows]
    agencies = session().execute(select(Agency.code, Agency.name).order_by(Agency.code)).all()
    return respond(
        "powers/index.html",
        {
            "rows": rows,
            "q": q,
            "agency": agency,
            "category": category,
            "agencies": agencies,
            "filters": {k: v for k, v in (("q", q), ("agency", agency), ("category", category)) if v},
        },
        json_data={"query": q, "agency": agency or None, "category": category or None, "powers": items},
        csv_columns=COLUMNS,
        csv_rows=items,
        filename="powers.csv",
    )
