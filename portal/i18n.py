"""Languages: Chinese (zh_CN) by default, English on request; the choice sticks in a cookie."""

from __future__ import annotations

from babel import Locale
from babel.support import Translations
from flask import Flask, g, request
from flask_babel import Babel, get_translations

from portal.security import secure_cookies

LANGUAGES = {"zh_CN": "中文", "en": "English"}
COOKIE = "lang"
# Parsed once: Babel's Locale.parse of a string scans its whole locale list every request.
_LOCALES = {code: Locale.parse(code) for code in LANGUAGES}


def select_code() -> str:
    """Pick the interface language: ?lang=, then the cookie, then the default."""
    for candidate in (request.args.get("lang"), request.cookies.get(COOKIE)):
        if candidate in LANGUAGES:
            return candidate
    return "zh_CN"


def select_locale() -> Locale:
    """The visitor's locale, as a parsed (cached) Locale."""
    return _LOCALES[select_code()]


def translations() -> Translations:
    """This request's catalogue, looked up once (Flask-Babel resolves it on every string)."""
    found: Translations | None = g.get("_translations")
    if found is None:
        found = g._translations = get_translations()
    return found


def bilingual(message: str) -> str:
    """The visitor's half of a publisher message written as 'Chinese / English'."""
    chinese, _sep, english = message.partition(" / ")
    return english if english and select_code() == "en" else chinese


def init_app(app: Flask) -> None:
    """Wire Flask-Babel and remember a language chosen by ?lang=."""
    Babel(app, locale_selector=select_locale, default_timezone=app.config["TIMEZONE"])
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=lambda s: translations().ugettext(s),
        ngettext=lambda s, p, n: translations().ungettext(s, p, n),
        newstyle=True,
        pgettext=lambda c, s: translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: translations().unpgettext(c, s, p, n),
    )

    @app.after_request
    def remember_language(response):  # type: ignore[no-untyped-def]
        chosen = request.args.get("lang")
        if chosen in LANGUAGES and chosen != request.cookies.get(COOKIE):
            response.set_cookie(
                COOKIE, chosen, max_age=365 * 86400, samesite="Lax", httponly=True, secure=secure_cookies()
            )
        return response

    @app.context_processor
    def languages() -> dict[str, object]:
        return {"languages": LANGUAGES, "current_locale": select_code()}
