"""Engines and sessions for SQLite (embedded default) and PostgreSQL (production)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, *, read_only: bool = False, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets WAL mode, foreign keys and a busy timeout.

    A ``read_only`` engine cannot write, whatever its account may do: every PostgreSQL
    transaction begins READ ONLY, every SQLite connection is ``query_only``. A write through
    it fails in the database with an error, never silently.
    """
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        if read_only:
            event.listen(engine, "connect", _sqlite_query_only)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if read_only:
        kwargs["execution_options"] = {**kwargs.get("execution_options", {}), "postgresql_readonly": True}
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """Turn on WAL and foreign keys for every new SQLite connection."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_query_only(dbapi_conn: Any, _record: Any) -> None:
    """A connection of a read-only engine: SQLite refuses every change to the file."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.close()


class ReadOnlyWrite(RuntimeError):
    """Something tried to write through a read-only session (the replica of the public routes)."""


class ReadOnlySession(Session):
    """A session on a read-only engine: a flush with anything to write raises ReadOnlyWrite
    (the database would refuse it too; this says why, before it is sent)."""

    def flush(self, objects: Any = None) -> None:
        if self.new or self.dirty or self.deleted:
            raise ReadOnlyWrite(
                "a write through the read-only database session (READ_DATABASE_URL, the public "
                "routes' replica): writes belong to the primary, in a POST or back-office request"
            )
        super().flush(objects)


def make_sessionmaker(engine: Engine, *, read_only: bool = False) -> sessionmaker[Session]:
    """Return a session factory bound to the engine (ReadOnlySession for a read-only one)."""
    if read_only:
        return sessionmaker(engine, class_=ReadOnlySession, expire_on_commit=False)
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Yield a session whose work is committed on success and rolled back on error."""
    with factory() as session, session.begin():
        yield session


def lock(session: Session, row: object) -> None:
    """Re-read ``row`` locked until the transaction ends (FOR UPDATE on PostgreSQL; SQLite
    writes one at a time), so that a step sent twice at once sees the first one done. The
    session's pending changes are flushed first, never lost."""
    session.flush()
    session.refresh(row, with_for_update=True)
