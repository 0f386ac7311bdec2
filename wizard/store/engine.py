"""Engine factory: SQLite (WAL and friends on every connection, writes in BEGIN IMMEDIATE) or a server
database given as a SQLAlchemy URL (PostgreSQL for a shared team database); errors translated."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import StaticPool

from wizard.domain.texts import QT_TRANSLATE_NOOP
from wizard.store.errors import StoreCorrupt, StoreError, StoreFull, StoreLocked, StoreUnwritable

DEFAULT_BUSY_TIMEOUT_MS = 5000
BEGIN_OPTION = "sqlite_begin"
"""Execution option naming the BEGIN flavour; writes use IMMEDIATE so they never fail on lock upgrade."""


_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(target: object) -> bool:
    """True for a SQLAlchemy URL such as `postgresql+psycopg://user:pw@host/db` (a str, not a Path)."""
    return isinstance(target, str) and _URL_SCHEME.match(target) is not None


def is_sqlite(engine: Engine) -> bool:
    """True when the engine talks to a SQLite file (PRAGMAs, batch recreate, BEGIN IMMEDIATE apply)."""
    return engine.dialect.name == "sqlite"


def display_url(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - any unparsable text: the message must still be shown
        return "(invalid database URL)"


def make_server_engine(url: str, connect_timeout_s: int = 10) -> Engine:
    """A pooled engine for a server database (PostgreSQL); connections are checked before use."""
    parsed = make_url(url)
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = connect_timeout_s
    return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)


def make_engine(path: Path | str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """Build a pooled engine for one database file (or URL); each call gives an independent engine (no globals)."""
    if is_url(path):
        text = str(path)
        if make_url(text).get_backend_name() != "sqlite":
            return make_server_engine(text)
        path = Path(make_url(text).database or "")
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
    )
    timeout = int(busy_timeout_ms)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # sqlite3 must not issue its own BEGIN: SQLAlchemy's begin event below does it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={timeout}")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()
        add_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def split_part(text: str | None, separator: str | None, index: int | None) -> str | None:
    """PostgreSQL's split_part() for SQLite connections: the index-th (from 1) part, '' past the last."""
    if text is None or separator is None or index is None:
        return None
    parts = text.split(separator)
    return parts[index - 1] if 0 < index <= len(parts) else ""


def add_functions(dbapi_connection: sqlite3.Connection) -> None:
    """What the Core queries call that SQLite lacks (every wizard SQLite connection gets it)."""
    dbapi_connection.create_function("split_part", 3, split_part, deterministic=True)


def read_only_engine(path: Path | str, timeout_s: float = 5.0) -> Engine:
    """An engine of one read-only connection to the SQLite file at `path` (its URL says mode=ro; each
    statement is its own transaction, so it sees the latest commit). Use it from one thread at a time;
    dispose it when done."""
    url = URL.create("sqlite+pysqlite", database=Path(path).resolve().as_uri(), query={"mode": "ro", "uri": "true"})
    engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False, "timeout": timeout_s})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        add_functions(dbapi_connection)

    return engine


def reader(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions start DEFERRED, so reads never wait for writers."""
    if not is_sqlite(engine):
        return engine  # PostgreSQL reads never wait for writers (MVCC)
    return engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})


def _kind(exc: sqlite3.Error) -> str:
    """SQLite's primary result-code name (e.g. SQLITE_BUSY), falling back to the message text."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    primary = name.split("_")[1] if name.count("_") >= 1 else ""
    if primary:
        return primary
    text = str(exc).lower()
    for needle, kind in (
        ("is locked", "BUSY"),
        ("file is not a database", "NOTADB"),
        ("malformed", "CORRUPT"),
        ("unable to open database file", "CANTOPEN"),
        ("readonly database", "READONLY"),
        ("disk i/o error", "IOERR"),
        ("database or disk is full", "FULL"),
    ):
        if needle in text:
            return kind
    return ""


def _translate_server(exc: DBAPIError, where: Any) -> StoreError | None:
    """Connection-level failures of a server database (PostgreSQL) in plain words."""
    orig = exc.orig
    code = getattr(orig, "sqlstate", None) or ""
    if exc.connection_invalidated or code.startswith("08") or (code == "" and isinstance(exc, OperationalError)):
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else orig.__class__.__name__
        return StoreError(QT_TRANSLATE_NOOP(
            "Store", "The team database {where} cannot be reached ({reason}). "
            "Check the server address, the user name and password, and that the server is running.",
        ).format(where=where, reason=first), where)
    if code in ("28P01", "28000"):
        return StoreError(QT_TRANSLATE_NOOP("Store", "The team database {where} refused the user name or password.")
                          .format(where=where), where)
    if code in ("40P01", "55P03", "57014"):
        return StoreLocked(where)
    return None


def translate(exc: BaseException, path: Path | None) -> StoreError | None:
    """Map a sqlite3/SQLAlchemy error to the StoreError a user should see, or None if it is not ours to map."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        if isinstance(exc, DBAPIError):
            return _translate_server(exc, path)
        return None
    kind = _kind(orig)
    if kind in ("BUSY", "LOCKED"):
        return StoreLocked(path)
    if kind in ("NOTADB", "CORRUPT"):
        return StoreCorrupt(path or Path("?"), detail=str(orig))
    if kind in ("READONLY", "PERM", "AUTH"):
        return StoreUnwritable(QT_TRANSLATE_NOOP(
            "Store", "The case database {path} cannot be written: it or its folder is read-only ({reason}). "
            "Make both writable for your user, then try again.",
        ).format(path=path, reason=str(orig)), path)
    if kind in ("CANTOPEN", "IOERR"):
        return StoreUnwritable(QT_TRANSLATE_NOOP(
            "Store", "The case database {path} cannot be opened or written ({reason}). "
            "Check that the folder exists and is writable, and that the disk is connected.",
        ).format(path=path, reason=str(orig)), path)
    if kind == "FULL":
        return StoreFull(QT_TRANSLATE_NOOP(
            "Store", "The disk holding the case database {path} is full. Free some space, then the wizard can save again.",
        ).format(path=path), path)
    return None


@contextmanager
def translated_errors(path: Path | None) -> Iterator[None]:
    """Re-raise low-level database errors as StoreError subclasses with user-facing messages."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        mapped = translate(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
