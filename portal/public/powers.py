"""Powers lists (权责清单) across agencies: searchable, with when each item last changed."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, request, url_for
from flask_babel import gettext as _
from sqlalchemy import ColumnElement, Select, or_, select

from portal import labels
from portal.db import session
from portal.render import respond
from publisher import clock, vocabulary
from publisher.models import Agency, PowerItem
from publisher.models.registry import GUIDE_FIELDS

bp = Blueprint("powers", __name__)
COLUMNS = [
    "agency",
    "agency_name",
    "code",
    "name",
    "category",
    "legal_basis",
    "discretion_standard",
    *GUIDE_FIELDS,
    "updated_at",
    "url",
]
LIMIT = 2000  # a whole district's list; a province's is narrowed by agency or words


def matching(q: str) -> ColumnElement[bool]:
    """Power items whose name, code, legal basis or discretion standard holds ``q``."""
    columns = (PowerItem.name, PowerItem.code, PowerItem.legal_basis, PowerItem.discretion_standard)
    return or_(*(column.contains(q, autoescape=True) for column in columns))  # % and _ are plain


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
        **{name: (item.guide or {}).get(name) for name in GUIDE_FIELDS},
        "updated_at": clock.local(item.updated_at).isoformat(),
        "url": url_for("powers.detail", code=agency.code, power_code=item.code, _external=True),
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
    agencies = list(labels.agency_names().items())
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


def discretion_rows(text: str | None) -> list[tuple[str, str]]:
    """A discretion standard as (circumstance, range) rows: one per line, split at ｜ or |;
    a line without one is a circumstance without a stated range."""
    rows = []
    for line in (text or "").splitlines():
        if line.strip():
            circumstance, _bar, extent = line.replace("|", "｜").partition("｜")
            rows.append((circumstance.strip(), extent.strip()))
    return rows


@bp.get("/agencies/<code>/powers/<power_code>", defaults={"fmt": "html"})
@bp.get("/agencies/<code>/powers/<power_code>.<any(json):fmt>")
def detail(code: str, power_code: str, fmt: str) -> Any:
    """One power item in full: its basis, discretion standard, service guide and last change."""
    found = (
        session()
        .execute(
            select(PowerItem, Agency).join(Agency).where(Agency.code == code, PowerItem.code == power_code)
        )
        .first()
    )
    if found is None:
        abort(404, description=_("没有这项权责事项"))
    item, agency = found
    return respond(
        "powers/detail.html",
        {
            "item": item,
            "agency": agency,
            "discretion": discretion_rows(item.discretion_standard),
            "guide": item.guide or {},
        },
        json_data=power_dict(item, agency),
    )
