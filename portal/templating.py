"""Template helpers: URLs that keep the query, labels, dates and money in the visitor's locale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from flask import Flask, request, url_for
from flask_babel import format_date, format_datetime, format_decimal
from markupsafe import Markup

from portal import labels
from portal.public import site
from publisher import clock, sanitize


def url_with(**changes: Any) -> str:
    """The current page's URL with some query parameters changed (None removes one)."""
    args: dict[str, Any] = {k: v for k, v in request.args.items()}
    for key, value in changes.items():
        if value is None or value == "":
            args.pop(key, None)
        else:
            args[key] = value
    if "page" not in changes:
        args.pop("page", None)
    return url_for(request.endpoint or "home.index", **(request.view_args or {}), **args)


def money(value: Decimal | float | int | str | None) -> str:
    """An amount of yuan, grouped in the visitor's locale."""
    if value in (None, ""):
        return ""
    return format_decimal(Decimal(str(value)), format="#,##0.##")


def day(value: dt.date | dt.datetime | None) -> str:
    """A date in the visitor's locale (2026年11月20日 / Nov 20, 2026)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_datetime(value, "medium")
    return format_date(value, "long")


def init_app(app: Flask) -> None:
    """Register the helpers with Jinja."""
    app.jinja_env.globals.update(
        url_with=url_with,
        label=labels.label,
        label_list=labels.labels,
        field_labels=labels.field_labels,
        site_name=labels.site_name,
        site_owner=labels.site_owner,
        footer_facts=site.footer_facts,
        agency_name=labels.agency_name,
        body_name=labels.body_name,
    )
    app.jinja_env.filters.update(
        money=money,
        day=day,
        localday=lambda moment: day(clock.local(moment).date()) if moment else "",
        safe_snippet=lambda html: Markup(sanitize.snippet(html)),
    )
