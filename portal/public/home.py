"""The home page and site-wide preferences (language, 关怀版)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, redirect, render_template, request
from sqlalchemy import func, select
from werkzeug.wrappers import Response

from portal.db import session
from portal.security import secure_cookies
from publisher.models import Agency, PublicDecision

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    """Show the search box, counts of published decisions per agency and quick links."""
    counts = (
        session()
        .execute(
            select(Agency.code, Agency.name, Agency.name_en, func.count(PublicDecision.id))
            .outerjoin(
                PublicDecision,
                (PublicDecision.agency_id == Agency.id) & (PublicDecision.status == "published"),
            )
            .group_by(Agency.id)
            .order_by(func.count(PublicDecision.id).desc(), Agency.code)
        )
        .all()
    )
    total = sum(row[3] for row in counts)
    return render_template("public/index.html", counts=counts, total=total)


@bp.post("/care")
def toggle_care() -> Response:
    """Switch the large-text, high-contrast mode (关怀版) on or off and go back."""
    back = _safe_next(request.form.get("next"))
    response = redirect(back)
    if request.cookies.get("care") == "1":
        response.delete_cookie("care")
    else:
        response.set_cookie(
            "care", "1", max_age=365 * 86400, samesite="Lax", httponly=True, secure=secure_cookies()
        )
    return response


def _safe_next(target: str | None) -> str:
    """Allow only same-site relative paths as redirect targets."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target
