"""Shared fixtures: a fresh database per test on SQLite, and on PostgreSQL when
``TEST_DATABASE_URL`` is set (every database test then runs on both)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from publisher import db, migrate
from publisher.models import Base
from publisher.runtime import Runtime
from publisher.settings import DEFAULTS

SERVER_URL = os.environ.get("TEST_DATABASE_URL", "")
# Under pytest-xdist each worker process has its own PostgreSQL database beside the given one.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
PG_URL = (
    make_url(SERVER_URL).set(database=f"{make_url(SERVER_URL).database}_{WORKER}").render_as_string(False)
    if SERVER_URL and WORKER
    else SERVER_URL
)
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")

if os.environ.get("GONGSHI_REQUIRE_POSTGRES") and not PG_URL:
    raise pytest.UsageError("GONGSHI_REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not")


@pytest.fixture
def redis_url() -> str:
    """A live Redis server's URL; skipped without one, a failure when CI requires services."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        if os.environ.get("GONGSHI_REQUIRE_SERVICES"):
            pytest.fail(f"GONGSHI_REQUIRE_SERVICES is set but no Redis answers at {REDIS_URL}")
        pytest.skip(f"no Redis server at {REDIS_URL}")
    return REDIS_URL


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate one SQLite file once; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = db.make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine]:
    """Migrate the PostgreSQL test database once per run (a worker's own database is created
    for the run and dropped after it)."""
    if PG_URL != SERVER_URL:
        _worker_database("CREATE")
    engine = db.make_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(engine)
    yield engine
    engine.dispose()
    if PG_URL != SERVER_URL:
        _worker_database("DROP")


def _worker_database(action: str) -> None:
    name = make_url(PG_URL).database
    server = db.make_engine(SERVER_URL).execution_options(isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if action == "CREATE":
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    server.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """A fresh, migrated database URL: a copied SQLite file, or emptied PostgreSQL tables."""
    if request.param == "sqlite":
        target = tmp_path / "gongshi.db"
        shutil.copy(sqlite_template, target)
        return f"sqlite:///{target}"
    engine = request.getfixturevalue("pg_engine")
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        conn.execute(text("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, :h)"), {"h": "0" * 64})
    return PG_URL


@pytest.fixture
def config(db_url: str, tmp_path: Path) -> dict[str, Any]:
    """Settings for one test: its own database and data directory."""
    return {**DEFAULTS, "DATABASE_URL": db_url, "DATA_DIR": str(tmp_path / "data")}


@pytest.fixture
def rt(config: dict[str, Any]) -> Iterator[Runtime]:
    """A runtime (engine and sessions) on the test database."""
    runtime = Runtime(config)
    yield runtime
    runtime.close()


@pytest.fixture
def app(config: dict[str, Any]) -> Iterator[Any]:
    """The portal on the test database."""
    from portal import create_app

    application = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False})
    yield application
    application.extensions["gongshi"].close()


@pytest.fixture
def client(app: Any) -> Any:
    """A test client of the portal."""
    return app.test_client()


@pytest.fixture(autouse=True)
def _one_time_zone() -> Iterator[None]:
    """A test that runs a portal or runtime in another TIMEZONE leaves the default behind."""
    from publisher import clock

    yield
    clock.configure(DEFAULTS["TIMEZONE"])
