"""Gongshi portal: the Flask application factory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.routing import IntegerConverter

from publisher import settings
from publisher.runtime import Runtime


class BoundedInt(IntegerConverter):
    """``<int:…>`` up to what every database column holds: a larger number is a 404, not a 500."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the portal: settings, database, Babel, security and blueprints."""
    app = Flask(__name__, static_folder=str(settings.ROOT / "static"), static_url_path="/static")
    app.url_map.converters["int"] = BoundedInt
    app.config.from_mapping(settings.load(test_config))  # the same loader as the command line
    app.extensions["gongshi"] = Runtime(dict(app.config))

    from portal import cache, db, errors, i18n, security, templating
    from publisher.search.service import SearchService

    i18n.init_app(app)
    security.init_app(app)
    templating.init_app(app)
    errors.init_app(app)
    app.extensions["search"] = SearchService(
        Path(app.config["DATA_DIR"]) / "index", int(app.config["SEARCH_CACHE_MB"])
    )

    from portal import office
    from portal.api import intake, v1
    from portal.public import (
        agencies,
        complaints,
        corrections,
        data,
        decisions,
        error_reports,
        feeds,
        home,
        inspections,
        officers,
        powers,
        site,
        statistics,
    )

    public = (  # their GET and HEAD requests read through the read-only session (portal/db.py)
        home.bp,
        decisions.bp,
        agencies.bp,
        officers.bp,
        powers.bp,
        inspections.bp,
        complaints.bp,
        error_reports.bp,
        corrections.bp,
        statistics.bp,
        feeds.bp,
        data.bp,
        site.bp,
        v1.bp,
    )
    for blueprint in (*public, intake.bp):
        app.register_blueprint(blueprint)
    office.init_app(app)
    db.init_app(app, public)
    # pages derived only from audited data; forms (complaints, error reports, corrections) and
    # files (data packages) are left out
    cache.init_app(
        app,
        (home.bp, decisions.bp, agencies.bp, officers.bp, powers.bp, inspections.bp)
        + (statistics.bp, feeds.bp, site.bp, v1.bp),
    )
    return app
