"""Error pages in the visitor's language, and the JSON error shape for .json URLs and the API."""

from __future__ import annotations

from flask import Flask, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from portal.render import error_json


def _wants_json() -> bool:
    return request.path.endswith(".json") or request.path.startswith("/api/")


def init_app(app: Flask) -> None:
    """Register one handler for every HTTP error."""

    @app.errorhandler(HTTPException)
    def handle(error: HTTPException) -> Response | tuple[str, int]:
        if error.response is not None:  # a page made for this error (the rate-limited form)
            return error.response  # type: ignore[return-value]
        if _wants_json():
            return error_json(error)
        return render_template("error.html", error=error), error.code or 500
