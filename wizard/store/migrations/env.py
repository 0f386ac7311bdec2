"""Alembic environment: runs on the connection the store passes in (config.attributes["connection"])."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wizard.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; autogenerate batch ops
        transactional_ddl=True,  # SQLite DDL is transactional: one all-or-nothing upgrade
        compare_type=True,
        **kwargs,  # type: ignore[arg-type]
    )


def run_offline() -> None:
    """Emit SQL to stdout (alembic --sql), for reviewing a migration."""
    _configure(url=config.get_main_option("sqlalchemy.url") or "sqlite://", literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Migrate on the store's connection; the store owns the transaction and the foreign-key dance."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    # Developer use (e.g. autogenerate) with sqlalchemy.url set on the Config.
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        _configure(connection=conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
