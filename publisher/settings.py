"""Every setting of the publisher and the portal, with its default and meaning.

Settings come from this mapping, then from ``PORTAL_*`` environment variables
(``PORTAL_DATABASE_URL`` and so on; plain ``DATABASE_URL`` is honoured too), then
from explicit overrides (tests). The command line and the portal both read them
through :func:`load`, so a variable means the same on both sides. docs/configuration.md
documents every key; a test checks that it does.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

CHECKOUT = Path(__file__).resolve().parent.parent
INSTALLED = not (CHECKOUT / "schemas").is_dir()  # from a wheel: schemas and static under the prefix
# Where schemas/ and static/ are: the checkout, or <prefix>/share/gongshi (pyproject's data-files).
ROOT = Path(sys.prefix) / "share" / "gongshi" if INSTALLED else CHECKOUT

DEFAULTS: dict[str, Any] = {
    # Where the SQLite file, search index, packages and uploads live.
    "DATA_DIR": str((Path.cwd() if INSTALLED else CHECKOUT) / "instance"),
    # SQLAlchemy URL; empty means SQLite at DATA_DIR/gongshi.db.
    "DATABASE_URL": "",
    # Local time zone of the agencies: dates and deadlines are counted in it.
    "TIMEZONE": "Asia/Shanghai",
    # Directory of reviewed holiday-notice files, one per year (see docs/rules.md).
    "CALENDAR_DIR": "",
    # Flask session and CSRF secret; must be set in production.
    "SECRET_KEY": "dev-only-change-me",
    # Mark cookies Secure even on plain-HTTP requests (TLS ended at a proxy that does not say
    # so); requests that arrive over HTTPS always get Secure cookies.
    "SESSION_COOKIE_SECURE": False,
    # Interface language when the visitor has not chosen one.
    "DEFAULT_LOCALE": "zh_CN",
    # Largest request body accepted, in bytes.
    "MAX_CONTENT_LENGTH": 30 * 1024 * 1024,
    # Rate-limit storage for Flask-Limiter: "memory://" counts in each process (every gunicorn
    # worker allows the full limit); "redis://host:port" shares the counts between workers.
    "RATELIMIT_STORAGE_URI": "memory://",
    # Public base URL used in feeds, packages and QR codes.
    "BASE_URL": "http://127.0.0.1:8000",
    # Name of the government running this portal, shown in the header.
    "SITE_NAME": "示范区行政执法公示平台",
    # The same name in English, shown to English visitors (empty: the Chinese name).
    "SITE_NAME_EN": "Demonstration District Law Enforcement Disclosure Portal",
    # Hold every decision for a reviewer's approval before publication.
    "REVIEW_REQUIRED": False,
    # Fine (yuan) at or above which a penalty is a major decision needing legal review.
    "MAJOR_FINE_THRESHOLD": 100000,
    # Disclosure channel whose windows apply ("default", or "gsxt" for market regulation).
    "DISCLOSURE_CHANNEL": "default",
    # Extra or overriding windows: {"channel": {"category": [days, "source"]}} as JSON.
    "DISCLOSURE_WINDOWS": {},
    # Working days past the deadline before a warning goes to level 2 (district).
    "WARNING_LEVEL2_DAYS": 3,
    # Further working days before it goes to level 3 (city).
    "WARNING_LEVEL3_DAYS": 3,
    # A fine (yuan) at or below which an older SAMR penalty is published for 3 months only.
    "LOW_FINE_THRESHOLD": 10000,
    # Complaint handling periods (LEGAL.md §5): {"default": {...}, "<agency code>": {...}} with
    # accept_workdays (5), conclude_days (30) and extension_days (30).
    "COMPLAINT_DEADLINES": {},
    # Flask-Limiter limits per address on filing a complaint, and on tracking one.
    "COMPLAINT_RATE_LIMIT": "5 per minute; 30 per day",
    "TRACK_RATE_LIMIT": "10 per minute; 100 per day",
    # Error reports (纠错): working days an agency has to answer, {"default": {"answer_workdays": 5},
    # "<agency code>": {...}}; and the limit per address on filing one.
    "ERROR_REPORT_DEADLINES": {},
    "ERROR_REPORT_RATE_LIMIT": "5 per minute; 30 per day",
    # Limits per address on the intake API (agencies' case systems).
    "INTAKE_RATE_LIMIT": "60 per minute",
    # A `publisher index-worker` runs beside the portal (as `make serve` starts it): web requests
    # then leave the search index to it instead of applying recent changes themselves.
    "INDEX_WORKER": False,
    # Memory (MB) each portal process may keep decoded search postings in (publisher/search/postings.py).
    "SEARCH_CACHE_MB": 256,
    # Licence of the open data packages, and where its text is.
    "DATA_LICENSE": "CC-BY-4.0",
    "DATA_LICENSE_URL": "https://creativecommons.org/licenses/by/4.0/",
}


def load(overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return the effective settings: defaults, then environment, then overrides."""
    env = os.environ if env is None else env
    settings = dict(DEFAULTS)
    for key, default in DEFAULTS.items():
        raw = env.get(f"PORTAL_{key}")
        if raw is None and key == "DATABASE_URL":
            raw = env.get("DATABASE_URL")
        if raw is not None:
            settings[key] = _coerce(key, raw, default)
    settings.update(overrides or {})
    return settings


def database_url(settings: Mapping[str, Any]) -> str:
    """Return the database URL, defaulting to SQLite inside DATA_DIR."""
    url = settings.get("DATABASE_URL") or ""
    if url:
        return str(url)
    data_dir = Path(settings["DATA_DIR"])
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'gongshi.db'}"


class SettingError(ValueError):
    """An environment variable whose value does not fit its setting."""


TRUE, FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


def _coerce(key: str, raw: str, default: Any) -> Any:
    """Parse an environment string into the type of its default, or say which variable is wrong."""
    try:
        if isinstance(default, bool):
            word = raw.strip().lower()
            if word not in TRUE | FALSE:
                raise ValueError("expected one of 1/0, true/false, yes/no, on/off")
            return word in TRUE
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, (dict, list)):
            value = json.loads(raw)
            if not isinstance(value, type(default)):
                raise ValueError(f"expected a JSON {type(default).__name__}")
            return value
    except ValueError as exc:
        raise SettingError(f"PORTAL_{key}={raw!r}: {exc}") from None
    return raw
