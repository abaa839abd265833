"""Schema migrations through Alembic, driven from Python (no alembic.ini needed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, func, select, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    """Return an Alembic config pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to ``revision``."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def revision(url: str, message: str) -> None:
    """Autogenerate a new revision from the models (a developer command)."""
    command.revision(alembic_config(url), message=message, autogenerate=True)


def copy(source: Engine, target: Engine, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Copy every table from ``source`` into an empty, migrated ``target`` (SQLite → PostgreSQL).

    Tables go in foreign-key order, in batches, inside one transaction on the target: an
    interrupted copy leaves the target as it was and can simply be run again. Sequences
    are moved past the copied ids afterwards so new rows get fresh ones.
    """
    from publisher.models import AuditEvent, Base

    upgrade(target)
    counts: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        if dst.execute(select(func.count()).select_from(AuditEvent.__table__)).scalar_one():
            raise ValueError("the target database is not empty: copy into a fresh one")
        for table in Base.metadata.sorted_tables:
            dst.execute(table.delete())  # only audit_head's seed row can be there
            counts[table.name] = 0
            result = src.execution_options(yield_per=1000).execute(select(table))
            for batch in result.partitions():
                rows = [dict(row._mapping) for row in batch]
                dst.execute(table.insert(), rows)
                counts[table.name] += len(rows)
                if progress:
                    progress(len(rows))
        if target.dialect.name == "postgresql":
            for table in Base.metadata.sorted_tables:
                column = table.c.get("id")
                if column is not None and column.primary_key and column.autoincrement in (True, "auto"):
                    dst.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                        )
                    )
    return counts
