"""Database plumbing shared by every domain: column types, a list parameter that keeps statements the same, the
session class, the unit of work (the one way a boundary makes a transaction), the compare-and-set every status
change uses, SQLite's transaction mode, the retry rule for PostgreSQL conflicts, and the pool's refusal of
connections the server closed.
"""
from __future__ import annotations

import logging
import select as sockets
import sqlite3
import time
from contextlib import contextmanager
from datetime import timezone

import flask_sqlalchemy.session
from flask import has_request_context
from sqlalchemy import JSON, BigInteger, DateTime, Integer, any_, bindparam, event, func, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import object_session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.pool import Pool
from sqlalchemy.types import TypeDecorator

from app.green import running_green

log = logging.getLogger(__name__)

# Primary keys: 64-bit on PostgreSQL (a megacity has millions of rows and more events), but plain INTEGER on
# SQLite, where only `INTEGER PRIMARY KEY` is the auto-incrementing rowid.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator):
    """An aware UTC datetime in Python; `timestamptz` on PostgreSQL, naive UTC text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def one_of(column, name: str, dialect: str):
    """`column IN (...)` with the list in parameter `name`, as one parameter whatever the list's length. On PostgreSQL
    `column = ANY(:name)`, an array: the statement's text stays the same, so the server keeps it prepared. On SQLite
    `column IN (SELECT value FROM json_each(:name))`, the list as JSON text: SQLite still looks each value up in the
    index, and SQLAlchemy does not render a parameter per value into the statement at every call (rendering the
    hundreds of H3 cells of a disk was a measurable share of a candidate search: bench/RESULTS.md)."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(column.type)))
    values = func.json_each(bindparam(name, type_=JSON)).table_valued("value")
    return column.in_(select(values.c.value))


IN_UNIT = "in_unit_of_work"
AFTER_COMMIT = "after_commit"


def after_commit(session, task, *args) -> None:
    """Run `task(*args)` once this transaction has committed, in a unit of work of its own: work that belongs to an
    operation but must not hold up its answer (the first offer of an order under auto dispatch). Nothing is
    promised if the process dies first: whatever is deferred must be something a scheduler sweep also catches
    up on. A rollback drops it. In a request it runs after the response has been sent (app.transactions);
    anywhere else (a job, a command, a test's factory) right after the commit."""
    session.info.setdefault(AFTER_COMMIT, []).append((task, args))


def take_after_commit(session) -> list:
    return session.info.pop(AFTER_COMMIT, None) or []


def run_after_commit(session, tasks) -> None:
    """Each deferred task in its own unit of work; a failure is logged and the next task runs (the sweeps make up
    for what failed)."""
    for task, args in tasks:
        try:
            with unit_of_work(session):
                task(*args)
        except Exception:  # noqa: BLE001 - deferred work never fails what already committed
            log.exception("deferred %s%r failed; its sweep will catch up", getattr(task, "__name__", task), args)


class AppSession(flask_sqlalchemy.session.Session):
    """The session every request, job and command uses.

    Services never commit: the boundaries do (the request wrapper, the job runner, a command), each through
    `unit_of_work`. A `commit()` from inside a unit of work is a bug (it would split one business operation into
    two transactions, or commit half of a request), so it raises instead of committing.
    """

    def commit(self):
        if self.info.get(IN_UNIT):
            raise RuntimeError("commit() inside a unit of work: services never commit, their boundary does")
        super().commit()
        if self.info.get(AFTER_COMMIT) and not has_request_context():
            run_after_commit(self, take_after_commit(self))  # in a request: after the response (app.transactions)

    def rollback(self):
        self.info.pop(AFTER_COMMIT, None)
        super().rollback()


@contextmanager
def unit_of_work(session):
    """Run the block as one transaction that commits at its end; any exception rolls it all back, unless the
    exception says its changes must stand (`keep_changes`: a revoked token family, an offer that expired when
    touched). Nested use joins the outer unit, so a service used inside a request never commits on its own."""
    if session.info.get(IN_UNIT):
        yield
        return
    session.info[IN_UNIT] = True
    try:
        yield
    except BaseException as exc:
        session.info[IN_UNIT] = False
        if getattr(exc, "keep_changes", False):
            session.commit()
        else:
            session.rollback()
        raise
    else:
        session.info[IN_UNIT] = False
        session.commit()
    finally:
        session.info[IN_UNIT] = False


def in_unit_of_work(session) -> bool:
    return bool(session.info.get(IN_UNIT))


def change_if(obj, *, column: str, seen, values: dict) -> bool:
    """Compare-and-set on one row: write `values` to `obj`'s row only while its `column` still holds `seen`.

    Every status in the app changes this way (an order's, an offer's, an order's minutes, a redemption's), so of
    two racing changes exactly one wins, with no read-then-write window. True when this change won; the loaded
    object then holds the new values as already persisted. False when the row had moved on: the object is
    refreshed, so the caller can say what it found."""
    session = object_session(obj)
    session.flush()
    model = type(obj)
    (key,) = sa_inspect(model).primary_key
    column_attr = getattr(model, column)
    guard = column_attr.is_(None) if seen is None else column_attr == seen
    changed = session.execute(
        update(model).where(key == getattr(obj, key.key), guard).values(**values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed != 1:
        session.refresh(obj)
        return False
    for name, value in values.items():
        set_committed_value(obj, name, value)
    return True


# PostgreSQL serialization failure and deadlock: the transaction can simply be run again.
RETRYABLE_SQLSTATES = {"40001", "40P01"}
MAX_ATTEMPTS = 3


def is_retryable(exc: BaseException) -> bool:
    """True for a database error that a fresh attempt of the same transaction can succeed at."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if sqlstate in RETRYABLE_SQLSTATES:
        return True
    # SQLite: BEGIN IMMEDIATE makes "database is locked" rare (only past the busy timeout), but it is transient.
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig)


@event.listens_for(Engine, "connect")
def _sqlite_on_connect(dbapi_connection, connection_record):
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    # Let SQLAlchemy, not pysqlite, emit BEGIN, so `_sqlite_on_begin` can make it BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # Read the database through the page cache instead of copying pages into SQLite's own: candidate search at
    # city scale reads thousands of index pages per query (the figures are in bench/RESULTS.md).
    cursor.execute("PRAGMA mmap_size=1073741824")
    if running_green():
        # SQLite's busy wait sleeps in C, which would stop every greenlet of the worker, including the one holding
        # the lock: `_sqlite_on_begin` waits for the lock itself instead, letting the others run.
        cursor.execute("PRAGMA busy_timeout=0")
    cursor.close()


SQLITE_LOCK_WAIT_SECONDS = 30.0


@event.listens_for(Engine, "begin")
def _sqlite_on_begin(conn):
    if conn.dialect.name != "sqlite":
        return
    # A transaction that reads then writes must take the write lock up front, or two of them can deadlock and
    # one fails with SQLITE_BUSY despite the busy timeout (reliability.md).
    if not running_green():
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        return
    deadline = time.monotonic() + SQLITE_LOCK_WAIT_SECONDS
    pause = 0.001
    while True:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            if "locked" not in str(exc.orig) or time.monotonic() > deadline:
                raise
        time.sleep(pause)  # patched: yields to the other greenlets
        pause = min(pause * 2, 0.05)


def _readable(fd: int) -> bool:
    """Whether the socket has something to read now (poll where there is one: select() cannot watch a descriptor
    above 1023)."""
    if hasattr(sockets, "poll"):
        poller = sockets.poll()
        poller.register(fd, sockets.POLLIN)
        return bool(poller.poll(0))  # POLLIN, or the POLLHUP/POLLERR poll reports whatever was asked
    return bool(sockets.select([fd], [], [], 0)[0])


@event.listens_for(Pool, "checkout")
def _refuse_connection_the_server_closed(dbapi_connection, connection_record, connection_proxy):
    """Hand out no PostgreSQL connection that the server has closed (a restart, a terminated backend), without a
    round trip per request: `pool_pre_ping` sent a SELECT 1 at every checkout (its cost: bench/RESULTS.md).

    An idle connection has nothing to read unless the server wrote to it, and a server that closes a connection
    writes its FATAL message and then EOF. So a readable socket, or a connection psycopg already knows is closed,
    is refused: the pool discards it and connects afresh (SQLAlchemy's documented use of DisconnectionError).
    The rare message on a healthy idle connection (a NOTICE) costs one reconnect, never a failed request."""
    pgconn = getattr(dbapi_connection, "pgconn", None)
    if pgconn is None:  # SQLite: a file, nothing to lose
        return
    if dbapi_connection.closed:
        raise DisconnectionError("the connection is closed")
    if _readable(pgconn.socket):
        raise DisconnectionError("the server wrote to an idle connection: it closed it")
