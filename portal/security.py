"""Security headers, cookie flags, CSRF protection, rate limiting and the care (关怀版) mode cookie."""

from __future__ import annotations

from flask import Flask, Response, abort, current_app, has_request_context, request
from flask.sessions import SecureCookieSessionInterface
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf import CSRFProtect

csrf = CSRFProtect()
limiter = Limiter(get_remote_address, default_limits=[])

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


def secure_cookies() -> bool:
    """Whether a cookie set now must be Secure: on every HTTPS request, or always when configured."""
    forced = bool(current_app.config["SESSION_COOKIE_SECURE"])
    return forced or (has_request_context() and request.is_secure)


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session, whose cookie is Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        """Secure per request, so one configuration serves HTTP in development and HTTPS in production."""
        return secure_cookies()


def init_app(app: Flask) -> None:
    """Install cookie flags, CSRF, the rate limiter and the security headers."""
    # SameSite=Lax always: a cross-site form post (the CSRF case) never carries a session.
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=bool(app.config["SESSION_COOKIE_SECURE"]),
    )
    app.session_interface = SessionInterface()
    csrf.init_app(app)
    # RATELIMIT_STORAGE_URI comes from the settings: memory:// counts per process, so only a
    # shared store (Redis) makes a limit hold across gunicorn workers (docs/configuration.md).
    limiter.init_app(app)

    @app.before_request
    def refuse_oversized() -> None:
        """Refuse a declared oversized body before anything parses (or spools) it."""
        limit = app.config.get("MAX_CONTENT_LENGTH")
        if limit and request.content_length and request.content_length > limit:
            abort(413)

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if request.is_secure:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        return response

    @app.context_processor
    def care_mode() -> dict[str, bool]:
        return {"care_mode": request.cookies.get("care") == "1"}
