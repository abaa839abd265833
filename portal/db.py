"""One database session per request, closed at teardown."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session

from publisher.runtime import Runtime


def runtime() -> Runtime:
    """Return the application's runtime (settings, engine, session factory)."""
    rt: Runtime = current_app.extensions["gongshi"]
    return rt


def session() -> Session:
    """Return this request's database session."""
    if "db_session" not in g:
        g.db_session = runtime().sessions()
    db_session: Session = g.db_session
    return db_session


def _close(_exc: BaseException | None) -> None:
    db_session = g.pop("db_session", None)
    if db_session is not None:
        db_session.close()


def init_app(app: Flask) -> None:
    """Register the session teardown."""
    app.teardown_appcontext(_close)
