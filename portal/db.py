"""One database session per request, closed at teardown: read-only for public reads.

Which database a request talks to is decided here, once, and nowhere else. A GET or HEAD
request to a public blueprint (pages, feeds, API reads, data downloads) reads through
``Runtime.read_sessions``: the replica named by ``READ_DATABASE_URL``, or the primary when it
is empty, on connections that cannot write (a write fails loudly, on SQLite as on
PostgreSQL, so a public page that wrote would fail its tests before it reached a replica).
Everything else uses the primary: every POST (complaints, error reports, tracking, the
care-mode switch), the intake API and the whole back office, sign-in included. A blueprint
reads from the replica only when ``create_app`` lists it among the public ones.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import Blueprint, Flask, current_app, g, has_request_context, request
from sqlalchemy.orm import Session

from publisher.runtime import Runtime

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READERS = "gongshi.read_blueprints"


def runtime() -> Runtime:
    """Return the application's runtime (settings, engine, session factory)."""
    rt: Runtime = current_app.extensions["gongshi"]
    return rt


def reads_only() -> bool:
    """True when this request reads through the read-only session: a safe method on a
    blueprint that ``create_app`` declared public (outside a request: the primary)."""
    public: frozenset[str] = current_app.extensions[READERS]
    return has_request_context() and request.method in SAFE_METHODS and request.blueprint in public


def session() -> Session:
    """Return this request's database session (read-only for a public read, see the module)."""
    if "db_session" not in g:
        rt = runtime()
        g.db_session = rt.read_sessions() if reads_only() else rt.sessions()
    db_session: Session = g.db_session
    return db_session


def _close(_exc: BaseException | None) -> None:
    db_session = g.pop("db_session", None)
    if db_session is not None:
        db_session.close()


def init_app(app: Flask, public: Iterable[Blueprint]) -> None:
    """Register the session teardown, and the blueprints whose safe requests read only."""
    app.extensions[READERS] = frozenset(bp.name for bp in public)
    app.teardown_appcontext(_close)
