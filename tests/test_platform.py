"""The service's own surface: health, the OpenAPI document, offline docs, configuration and migrations."""
import pytest
import sqlalchemy
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app import create_app
from app.config import ProductionConfig, database_url
from app.extensions import db


def test_healthz(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200
    assert resp.get_json() == {"status": "ok", "db": "ok"}


@pytest.mark.real_commits  # its own app and engine, not the shared test connection
def test_healthz_503_when_database_unreachable():
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://nobody@127.0.0.1:1/none",
                                 "SQLALCHEMY_ENGINE_OPTIONS": {"connect_args": {"connect_timeout": 1}}})
    resp = app.test_client().get("/healthz")
    assert resp.status_code == 503
    assert resp.get_json() == {"status": "degraded", "db": "unreachable"}


def test_openapi_document(client):
    resp = client.get("/api/v1/openapi.json")
    assert resp.status_code == 200
    spec = resp.get_json()
    assert spec["openapi"].startswith("3.")
    assert "/api/v1/auth/login" in spec["paths"]
    assert spec["paths"]["/api/v1/me"]["get"]["security"] == [{"bearerAuth": []}]


def test_docs_served_from_local_files(client):
    page = client.get("/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "/api/v1/openapi.json" in html
    assert "http://" not in html and "https://" not in html  # no CDN: the machines are offline
    for asset in ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"):
        resp = client.get(f"/docs/static/{asset}")
        assert resp.status_code == 200 and len(resp.data) > 1000
        resp.close()


@pytest.mark.real_commits
def test_models_and_migrations_agree(app):
    with app.app_context():
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata)
    assert diff == []


def test_production_refuses_default_secrets(monkeypatch):
    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", "dev-secret-key-change-me")
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app("production")
    monkeypatch.setattr(ProductionConfig, "SECRET_KEY", "s" * 40)
    monkeypatch.setattr(ProductionConfig, "JWT_SECRET_KEY", "j" * 40)
    monkeypatch.setattr(ProductionConfig, "WECHAT_SECRET", "w" * 32)
    monkeypatch.setattr(ProductionConfig, "RECORDS_KEY", "a2V5IGZvciB0aGUgcmVjb3JkcywgMzIgYnl0ZXMhISE=")
    assert create_app("production").config["APP_ENV"] == "production"


def test_database_url_normalised():
    assert database_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert database_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert database_url(None).startswith("sqlite:///")


@pytest.mark.real_commits  # the app's own engine and connections, as a server runs them
def test_a_read_ends_with_a_commit_so_prepared_statements_survive(app, client):
    """psycopg forgets every statement it prepared on a connection at a ROLLBACK: a read that rolled back was
    planned afresh every time. A read's transaction ends with a commit instead."""
    seen = []
    with app.app_context():
        engine = db.engine
    listeners = {"commit": lambda conn: seen.append("commit"), "rollback": lambda conn: seen.append("rollback")}
    for name, listener in listeners.items():
        sqlalchemy.event.listen(engine, name, listener)
    try:
        assert client.get("/api/v1/categories").status_code == 200
    finally:
        for name, listener in listeners.items():
            sqlalchemy.event.remove(engine, name, listener)
    assert seen == ["commit"]


@pytest.mark.real_commits  # its own app and engine, not the shared test connection
def test_a_pooled_connection_the_server_closed_is_replaced_not_failed(app):
    """A restart or a terminated backend leaves closed connections in the pool: the next request gets a new one
    (app.db checks the socket at checkout, instead of a SELECT 1 round trip per request)."""
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    if not url.startswith("postgresql"):
        pytest.skip("SQLite has no server to close connections")
    fresh = create_app("testing", {"SQLALCHEMY_DATABASE_URI": url})
    client = fresh.test_client()
    with fresh.app_context():
        engine = db.engine
    with engine.connect() as conn:
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()  # back to the pool when the block ends
    with app.app_context(), db.engine.connect() as admin:
        assert admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid}, 5000)").scalar() is True
    resp = client.get("/healthz")
    assert resp.status_code == 200 and resp.get_json()["db"] == "ok"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT pg_backend_pid()").scalar() != pid
    engine.dispose()
