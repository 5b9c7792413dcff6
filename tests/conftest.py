"""Test fixtures: `app`, `client`, `runner`, `auth`, and one rolled-back transaction per test.

The schema is built once per run by the real migrations (`flask db upgrade`), on a fresh SQLite file or, when
`TEST_DATABASE_URL` is set, on that PostgreSQL database (its public schema is reset first). Each test then runs
inside an outer transaction on one connection, and every commit the code makes becomes a savepoint, so the
test's writes vanish when it ends. Tests marked `real_commits` (races between threads, each with its own
connection) commit for real, and every table is emptied after them.

The API answers in zh-CN unless asked otherwise (app/i18n.py). A test that checks English text is marked
`english`: its `client` sends `Accept-Language: en` on every request.
"""
from __future__ import annotations

import os

import flask
import flask_migrate
import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import scoped_session, sessionmaker

from app import clock, create_app
from app.config import database_url
from app.db import AppSession
from app.extensions import db, limiter
from tests import factories
from tests.openapi.recording import RecordingClient

# Every test client records what the API answers, for the document's drift checks (tests/openapi/recording.py).
flask.Flask.test_client_class = RecordingClient


def pytest_configure(config):
    config.addinivalue_line("markers", "real_commits: the test commits for real (threads with own connections)")
    config.addinivalue_line("markers", "ledger_may_break: the test corrupts the ledger on purpose (verify's own tests)")
    config.addinivalue_line("markers", "session_end: runs after every other test (checks what they observed)")
    config.addinivalue_line("markers", "english: the test reads English text: its client sends Accept-Language: en")


def pytest_collection_modifyitems(session, config, items):
    items.sort(key=lambda item: item.get_closest_marker("session_end") is not None)


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    application = create_app("testing", {"SQLALCHEMY_DATABASE_URI": database_url(url)})
    with application.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        flask_migrate.upgrade()
        db.session.remove()
    factories.bind(application)
    yield application
    with application.app_context():
        db.engine.dispose()


class _BoundSession(AppSession):
    """A session on the test's one connection, whatever bind Flask-SQLAlchemy would pick."""

    def get_bind(self, *args, **kwargs):
        return self.bind


@pytest.fixture(autouse=True)
def _isolation(request, app):
    clock.set_time(None)
    limiter.reset()
    if request.node.get_closest_marker("real_commits"):
        yield
        _check_ledger(app, request)
        _empty_all_tables(app)
        clock.set_time(None)
        return
    with app.app_context():
        connection = db.engine.connect()
        outer = connection.begin()
    original = db.session
    db.session = scoped_session(
        sessionmaker(class_=_BoundSession, db=db, bind=connection, join_transaction_mode="create_savepoint",
                     expire_on_commit=False),
        scopefunc=original.registry.scopefunc,
    )
    try:
        yield connection  # tests that need savepoints of their own ask for `_isolation`
        _check_ledger(app, request)
    finally:
        with app.app_context():
            db.session.remove()
        db.session = original
        outer.rollback()
        connection.close()
        clock.set_time(None)


def _check_ledger(app, request):
    """After every test, whatever it did, the points ledger's invariants hold (reliability.md)."""
    if request.node.get_closest_marker("ledger_may_break"):
        return
    from app.points import verify

    with app.app_context():
        problems = verify.verify()
        db.session.rollback()
    assert not problems, "ledger invariants broken after the test:\n" + "\n".join(problems)


def _empty_all_tables(app):
    with app.app_context():
        db.session.remove()
        tables = [t.name for t in reversed(db.metadata.sorted_tables)]
        with db.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
            else:
                for table in tables:
                    conn.execute(text(f'DELETE FROM "{table}"'))


@pytest.fixture
def client(app, request):
    client = app.test_client()
    if request.node.get_closest_marker("english"):
        client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def statements(app):
    """The SQL the app sends while the test runs, as the driver gets it (clear it to count one request's)."""
    seen: list[str] = []
    with app.app_context():
        engine = db.engine

    def record(conn, cursor, statement, *args):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def ctx(app):
    """An app context for tests that call services directly."""
    with app.app_context():
        yield


class AuthActions:
    """Sign people in for tests: `auth.headers(user)` gives a bearer header without the cost of a password hash."""

    def __init__(self, app, client):
        self._app = app
        self._client = client

    def tokens(self, user) -> dict:
        from app.accounts import service as accounts_service

        with factories.context():
            # The user as stored now (not merged from the test's copy, which may be older than a role the test's
            # requests gave them since).
            tokens = accounts_service.sign_in(user=accounts_service.get(user_id=user.id))
            db.session.commit()  # a boundary, like the sign-in request
            return tokens

    def headers(self, user, **extra) -> dict:
        return {"Authorization": f"Bearer {self.tokens(user)['access_token']}", **extra}

    def login(self, phone: str, password: str):
        return self._client.post("/api/v1/auth/login", json={"phone": phone, "password": password})


@pytest.fixture
def auth(app, client):
    return AuthActions(app, client)
