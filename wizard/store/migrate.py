"""Schema upgrades with Alembic, run programmatically; Alembic is imported only when an upgrade is due."""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine

from wizard.store.errors import StoreError
from wizard.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)


def _broken_references(conn: Connection) -> Counter[tuple[str, str]]:
    """Foreign-key violations per (child table, parent table), as `PRAGMA foreign_key_check` reports them."""
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return Counter((str(r[0]), str(r[2])) for r in rows)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_head() -> str:
    """The head revision according to the migration scripts (for tests and diagnostics)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise StoreError(f"migration history has {len(heads)} heads: {heads}")
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for an empty/unversioned one (no Alembic import)."""
    if connection.dialect.name == "sqlite":
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first() is not None
    else:
        from sqlalchemy import inspect

        has_table = inspect(connection).has_table("alembic_version")
    if not has_table:
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def is_known(revision: str | None) -> bool:
    """False when the database was written by a newer (unknown) schema."""
    return revision is None or revision in KNOWN_REVISIONS


def _run(engine: Engine, command_name: str, target: str) -> None:
    """Run an Alembic command in one BEGIN IMMEDIATE transaction with foreign keys off around it.

    SQLite ignores `PRAGMA foreign_keys` inside a transaction, and a batch table recreate with
    foreign keys on would cascade-delete child rows, so the pragma is switched on the raw
    connection before BEGIN, checked with `foreign_key_check` before COMMIT (rolling back if the
    migration added violations; pre-existing ones are only logged), and restored after.
    """
    from alembic import command

    if engine.dialect.name != "sqlite":
        _run_server(engine, command_name, target)
        return
    with engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        if raw.in_transaction:
            raise StoreError("internal error: migration connection already in a transaction")
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                before = _broken_references(conn)
                if before:
                    log.warning("database already had broken references before migrating: %s", dict(before))
                getattr(command, command_name)(alembic_config(conn), target)
                added = _broken_references(conn) - before
                if added:
                    raise StoreError(
                        "The database upgrade was cancelled because it would leave "
                        f"{sum(added.values())} broken references between records; nothing was changed."
                    )
        finally:
            try:
                raw.execute("PRAGMA foreign_keys=ON")
            except Exception:
                conn.invalidate()  # never return a connection with foreign keys off to the pool
                raise


UPGRADE_LOCK_KEY = 0x5749_5A44  # "WIZD": one upgrade at a time per PostgreSQL database
"""pg_advisory_xact_lock key, so two wizards starting together on a new team database don't both migrate."""


def _run_server(engine: Engine, command_name: str, target: str) -> None:
    """Run an Alembic command on a server database (PostgreSQL): one transaction, transactional DDL.

    Batch operations are plain ALTER TABLE there and foreign keys need no switching off. An
    advisory lock serializes concurrent upgrades; the revision is re-read under it, so the
    second wizard finds the work done.
    """
    from alembic import command

    with engine.connect() as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK_KEY})")
            if command_name == "upgrade" and target == "head" and current_revision(conn) == HEAD_REVISION:
                return
        getattr(command, command_name)(alembic_config(conn), target)


ALEMBIC_VERSION_DDL = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)
"""The version table exactly as Alembic creates it, so Alembic reads a fresh database's stamp as its own."""


def create_fresh(engine: Engine) -> bool:
    """Give an empty SQLite database head's schema in one transaction, without importing Alembic.

    Alembic's cookbook way for a new database ("create_all, then stamp head"): the tables come from the
    ORM metadata (tests/unit/test_store_migrations.py checks they equal what the migrations build) and
    the version row is written as Alembic's stamp would. A first run so skips ~13 MiB of imports
    (Alembic, Mako, Pygments) and ~150 ms of migrating. False, changing nothing, when the database has
    any table: that one is upgraded by the migrations. BEGIN IMMEDIATE: a second opener waits, then
    finds the tables.
    """
    from wizard.store.tables import Base

    with engine.connect() as conn, conn.begin():
        if conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
            return False
        Base.metadata.create_all(conn)
        conn.exec_driver_sql(ALEMBIC_VERSION_DDL)
        conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,))
    return True


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the database to `target` (default head); a no-op when already there."""
    _run(engine, "upgrade", target)


def downgrade(engine: Engine, target: str) -> None:
    """Downgrade to `target` (tests and support use this to build older databases)."""
    _run(engine, "downgrade", target)


def needs_upgrade(revision: str | None) -> bool:
    """True unless the database is already at this code's head."""
    return revision != HEAD_REVISION
