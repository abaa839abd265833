"""Alembic environment: runs migrations on the connection or URL it is given."""

from alembic import context
from sqlalchemy import Connection, pool

from publisher.db import make_engine
from publisher.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    """Run migrations online, on a passed connection or a new engine."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _migrate(conn)
    engine.dispose()


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
