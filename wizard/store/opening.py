"""Opening a case database: the file's checks (folder, integrity), its schema version, and the migrations
to head, for a SQLite file or a shared PostgreSQL database; every failure is a StoreError the user can read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from wizard.store import migrate
from wizard.store.engine import (
    display_url,
    is_url,
    make_engine,
    make_server_engine,
    reader,
    translate,
    translated_errors,
)
from wizard.store.errors import StoreCorrupt, StoreError, StoreTooNew


def open_engine(path: Path | str | Any, busy_timeout_ms: int, integrity_check: bool) -> tuple[Engine, Path | str]:
    """An engine at head for `path` (a SQLite file or a server URL), and where it is, as shown to users."""
    path = getattr(path, "url", path)  # wizard.settings.DatabaseURL (a team database)
    if is_url(path):
        from sqlalchemy.engine import make_url

        url = make_url(str(path))
        if url.get_backend_name() != "sqlite":
            return _open_server(str(path))
        path = url.database or ""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"The folder for the case database {path} cannot be created ({exc.strerror}).", path
        ) from exc
    if path.is_dir():
        raise StoreError(f"The case database {path} is a folder, not a file.", path)
    engine = make_engine(path, busy_timeout_ms)
    try:
        with translated_errors(path):
            with reader(engine).connect() as conn:
                if integrity_check:
                    rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
                    if [r[0] for r in rows] != ["ok"]:
                        raise StoreCorrupt(path, detail="; ".join(str(r[0]) for r in rows[:5]))
                revision = migrate.current_revision(conn)
            if not migrate.is_known(revision):
                raise StoreTooNew(path, str(revision))
            if migrate.needs_upgrade(revision):
                _upgrade(engine, path, fresh=revision is None)
    except BaseException:
        engine.dispose()
        raise
    return engine, path


def _open_server(url: str) -> tuple[Engine, str]:
    """Open a server (PostgreSQL) database by URL and upgrade it to head."""
    shown = display_url(url)
    try:
        engine = make_server_engine(url)
    except Exception as exc:  # bad URL or missing driver (psycopg)
        raise StoreError(
            f"The team database {shown} cannot be used ({exc.__class__.__name__}: {exc}). "
            "Check the URL, e.g. postgresql+psycopg://user:password@host/database, and that the "
            "PostgreSQL driver (psycopg) is installed.",
            shown,
        ) from exc
    try:
        with translated_errors(shown):
            with engine.connect() as conn:
                revision = migrate.current_revision(conn)
                conn.rollback()
            if not migrate.is_known(revision):
                raise StoreTooNew(shown, str(revision))  # type: ignore[arg-type]
            if migrate.needs_upgrade(revision):
                _upgrade(engine, shown)
    except BaseException:
        engine.dispose()
        raise
    return engine, shown


def _upgrade(engine: Engine, path: Path | str, fresh: bool = False) -> None:
    """Run the migrations; anything unexpected becomes a StoreError (the upgrade is all-or-nothing).

    `fresh`: the SQLite database has no version yet; if it is empty too, it gets head's schema directly."""
    try:
        if fresh and migrate.create_fresh(engine):
            return
        migrate.upgrade(engine)
    except StoreError:
        raise
    except Exception as exc:
        mapped = translate(exc, path)
        if mapped is not None:
            raise mapped from exc
        raise StoreError(
            f"The case database {path} could not be upgraded for this version of the wizard "
            f"({exc.__class__.__name__}: {exc}). Nothing in it was changed.",
            path,
        ) from exc
