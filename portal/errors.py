"""Error pages in the visitor's language, the JSON error shape for .json URLs and the API, and
the one refusal every route shares: a NUL character in the address."""

from __future__ import annotations

from flask import Flask, abort, make_response, render_template, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException, ServiceUnavailable
from werkzeug.wrappers import Response

from portal.render import error_json
from publisher.search.index import IndexUnavailable


def _wants_json() -> bool:
    return request.path.endswith(".json") or request.path.startswith("/api/")


def _holds_nul() -> bool:
    return "\x00" in request.path or any("\x00" in k + v for k, v in request.args.items(multi=True))


def init_app(app: Flask) -> None:
    """Refuse NUL characters and register one handler for every HTTP error."""

    @app.before_request
    def refuse_nul() -> None:
        """Refuse a NUL character in the address: PostgreSQL can neither store nor compare one."""
        if _holds_nul():
            abort(400, description="the address holds a NUL character")

    @app.errorhandler(IndexUnavailable)
    def no_index(_error: IndexUnavailable) -> Response | tuple[str, int]:
        """Search without an index says so (never "nothing found"); the tick or reindex builds it."""
        response = handle(
            ServiceUnavailable(description=_("检索服务暂不可用，请稍后再试。")),
        )
        if isinstance(response, tuple):
            response = make_response(response)
        response.headers["Retry-After"] = "60"
        return response

    @app.errorhandler(HTTPException)
    def handle(error: HTTPException) -> Response | tuple[str, int]:
        if error.response is not None:  # a page made for this error (the rate-limited form)
            return error.response  # type: ignore[return-value]
        if _wants_json():
            return error_json(error)
        return render_template("error.html", error=error), error.code or 500
