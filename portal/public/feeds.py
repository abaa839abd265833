"""Feeds (RSS 2.0 and Atom 1.0) with conditional GET."""

from __future__ import annotations

import hashlib

from flask import Blueprint, Response, current_app, request

from portal.db import session
from portal.public.decisions import read_search_args, service
from publisher.outputs import feeds, inspection_feed

bp = Blueprint("feeds", __name__, url_prefix="/feeds")


def _serve(feed: feeds.Feed) -> Response:
    response = Response(feed.body, mimetype=feed.mimetype)
    response.set_etag(hashlib.sha256(feed.body).hexdigest()[:32])
    response.last_modified = feed.updated
    response.cache_control.public = True
    response.cache_control.max_age = 300
    response.make_conditional(request)
    return response


def _base() -> str:
    return str(current_app.config["BASE_URL"]).rstrip("/")


@bp.get("/decisions.<any(rss,atom):fmt>")
def decisions(fmt: str) -> Response:
    """Newly published decisions; filter by agency, category or a search query."""
    q, filters, _sort, _page, _problems = read_search_args()
    ids = None
    if q:
        ids = service().search(q, filters, sort="date", per_page=feeds.LIMIT).ids
    feed = feeds.decisions_feed(
        session(), _base(), fmt, agency=filters.agency, category=filters.category, ids=ids, query=q
    )
    return _serve(feed)


@bp.get("/withdrawals.<any(rss,atom):fmt>")
def withdrawals(fmt: str) -> Response:
    """Decisions taken down, with reason, basis and date."""
    return _serve(feeds.withdrawals_feed(session(), _base(), fmt))


@bp.get("/inspections.<any(rss,atom):fmt>")
def inspections(fmt: str) -> Response:
    """Random-inspection plans (with their seed, before the draw) and results."""
    return _serve(inspection_feed.inspections_feed(session(), _base(), fmt))


@bp.get("/corrections.<any(rss,atom):fmt>")
def corrections(fmt: str) -> Response:
    """Corrections of published records: which fields, when and why."""
    return _serve(feeds.corrections_feed(session(), _base(), fmt))
