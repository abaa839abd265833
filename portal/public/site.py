"""Who runs the site and how to find one's way: the privacy and accessibility statements, the
sitemap page and ``sitemap.xml``, ``robots.txt``, and the operator's favicon and emblem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    render_template,
    send_file,
    stream_with_context,
    url_for,
)
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from portal.db import session
from publisher.models import Agency, AnnualReport, CaseReview, PublicDecision, TrainingFigures

bp = Blueprint("site", __name__)

# Sections the sitemap file leaves out: a form robots.txt keeps crawlers off, and the
# statistics' redirect to the newest year (each year is listed instead).
NOT_IN_SITEMAP = ("complaints.track", "statistics.latest")

# The sitemap protocol's limit of URLs in one file; the newest decisions fill what is left.
SITEMAP_LIMIT = 50_000
IMAGE_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon"}
IMAGE_MAX_BYTES = 1024 * 1024

# Sections of the site, in the order of the sitemap page: (endpoint, label).
SECTIONS: tuple[tuple[str, Any], ...] = (
    ("home.index", _l("首页")),
    ("decisions.search", _l("执法决定")),
    ("agencies.index", _l("执法主体")),
    ("powers.index", _l("权责清单")),
    ("officers.search", _l("证件核验")),
    ("inspections.index", _l("双随机抽查")),
    ("corrections.index", _l("更正记录")),
    ("complaints.new", _l("投诉举报")),
    ("complaints.track", _l("查询办理进度")),
    ("complaints.stats", _l("投诉举报统计")),
    ("statistics.latest", _l("年度统计")),
    ("statistics.quarterly", _l("季度行政处罚统计表")),
    ("data.index", _l("开放数据")),
    ("site.privacy", _l("隐私声明")),
    ("site.accessibility", _l("无障碍声明")),
)


@bp.get("/about/privacy")
def privacy() -> str:
    """What the site collects from complainants and reporters, who reads it, how long it is kept."""
    return render_template("site/privacy.html")


@bp.get("/about/accessibility")
def accessibility() -> str:
    """The accessibility statement: the standard aimed at, how it is checked, known limits, contact."""
    return render_template("site/accessibility.html")


@bp.get("/sitemap")
def sitemap() -> str:
    """Every section, every agency and every year of statistics, on one page."""
    agencies = session().scalars(select(Agency).order_by(Agency.code)).all()
    return render_template("site/sitemap.html", sections=SECTIONS, agencies=agencies, years=_years())


def _years() -> dict[str, list[int]]:
    """Each statistics page with a year → the years it has, newest first."""
    db = session()
    published = CaseReview.published_at.is_not(None)
    return {
        endpoint: list(db.scalars(select(column).where(*where).distinct().order_by(column.desc())))
        for endpoint, column, where in (
            ("statistics.year", AnnualReport.year, ()),
            ("statistics.training", TrainingFigures.year, ()),
            ("statistics.case_review", CaseReview.year, (published,)),
        )
    }


@bp.get("/sitemap.xml")
def sitemap_xml() -> Response:
    """The sitemap protocol's file: sections, agencies, statistics and the newest published
    decisions, up to the protocol's 50,000 URLs, streamed."""
    base = str(current_app.config["BASE_URL"]).rstrip("/")
    paths = [url_for(endpoint) for endpoint, _ in SECTIONS if endpoint not in NOT_IN_SITEMAP]
    paths += [url_for("site.sitemap")]
    db = session()
    paths += [url_for("agencies.detail", code=code) for code in db.scalars(select(Agency.code))]
    paths += [url_for(endpoint, year=y) for endpoint, years in _years().items() for y in years]
    room = SITEMAP_LIMIT - len(paths)
    newest = db.execute(
        select(PublicDecision.public_id, PublicDecision.published_at)
        .where(PublicDecision.status == "published")
        .order_by(PublicDecision.published_at.desc())
        .limit(max(room, 0))
    )

    def lines() -> Iterator[str]:
        yield '<?xml version="1.0" encoding="UTF-8"?>\n'
        yield '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        for path in paths:
            yield f"<url><loc>{escape(base + path)}</loc></url>\n"
        for public_id, published in newest:
            loc = escape(base + url_for("decisions.detail", public_id=public_id))
            stamp = f"<lastmod>{published.date().isoformat()}</lastmod>" if published else ""
            yield f"<url><loc>{loc}</loc>{stamp}</url>\n"
        yield "</urlset>\n"

    return Response(stream_with_context(lines()), mimetype="application/xml")


@bp.get("/robots.txt")
def robots() -> Response:
    """Crawlers may read every public page; the back office, the tracking form and the intake
    API are not for them."""
    base = str(current_app.config["BASE_URL"]).rstrip("/")
    text = "\n".join(
        [
            "User-agent: *",
            "Disallow: /office/",
            "Disallow: /complaints/track",
            "Disallow: /api/v1/intake/",
            "Allow: /",
            f"Sitemap: {base}/sitemap.xml",
            "",
        ]
    )
    return Response(text, mimetype="text/plain")


@bp.get("/favicon.ico")
def favicon() -> Response:
    """The operator's favicon (PORTAL_SITE_FAVICON), else the shipped one."""
    return _image("SITE_FAVICON") or send_file(
        Path(current_app.static_folder or "") / "favicon.svg", mimetype=IMAGE_TYPES[".svg"], max_age=86400
    )


@bp.get("/site/emblem")
def emblem() -> Response:
    """The operator's emblem (PORTAL_SITE_EMBLEM); 404 when none is set."""
    return _image("SITE_EMBLEM") or abort(404)


def _image(setting: str) -> Response | None:
    """Serve the one file a setting names, when it is an image of an allowed type and size;
    nothing else on the disk is reachable from here."""
    configured = str(current_app.config.get(setting) or "")
    if not configured:
        return None
    path = Path(configured)
    kind = IMAGE_TYPES.get(path.suffix.lower())
    if kind is None or not path.is_file() or path.stat().st_size > IMAGE_MAX_BYTES:
        current_app.logger.warning(
            "PORTAL_%s=%s is not an SVG, PNG or ICO file of at most 1 MB", setting, path
        )
        return None
    return send_file(path, mimetype=kind, max_age=86400)


def footer_facts() -> dict[str, Any]:
    """The operator's identity for the footer (only what is set)."""
    config = current_app.config
    psb = str(config.get("SITE_PSB") or "")
    return {
        "address": config.get("SITE_ADDRESS") or "",
        "phone": config.get("SITE_PHONE") or "",
        "id_code": config.get("SITE_ID_CODE") or "",
        "icp": config.get("SITE_ICP") or "",
        "psb": psb,
        "psb_code": "".join(ch for ch in psb if ch.isascii() and ch.isdigit()),
        "emblem": bool(config.get("SITE_EMBLEM")),
    }
