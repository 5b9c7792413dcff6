"""Security odds and ends: personal data masked in logs, CORS only for configured origins, body size limit."""
import logging

import pytest

from app import create_app, logs


@pytest.mark.parametrize("raw, masked", [
    ("login failed for 13812345678", "login failed for 138****5678"),
    ('{"phone": "13812345678", "address": "民生路 88 号"}', '{"phone": "138****5678", "address": "***"}'),
    ("GET /api/v1/residents?phone=13900000001&address=解放碑 HTTP/1.1", "GET /api/v1/residents?phone=139****0001&address=***"),
    ("order 123456789012 ok", "order 123456789012 ok"),
])
def test_mask(raw, masked):
    assert logs.mask(raw).startswith(masked)


def test_log_records_are_masked(caplog):
    logs.install()
    logger = logging.getLogger("app.test")
    with caplog.at_level(logging.INFO):
        logger.info("resident %s at %s", "13512345678", '"address": "民生路 1 号"')
    # caplog's handler is not the root's: run the filter the way the handlers do
    record = caplog.records[-1]
    logs.PersonalDataFilter().filter(record)
    assert "13512345678" not in record.getMessage() and "民生路" not in record.getMessage()


@pytest.mark.real_commits  # its own app
def test_cors_only_for_configured_console_origins():
    app = create_app("testing", {"CORS_ORIGINS": ["https://console.example.cn"],
                                 "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    client = app.test_client()
    allowed = client.get("/api/v1/openapi.json", headers={"Origin": "https://console.example.cn"})
    assert allowed.headers.get("Access-Control-Allow-Origin") == "https://console.example.cn"
    other = client.get("/api/v1/openapi.json", headers={"Origin": "https://evil.example.com"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_no_cors_by_default(client):
    resp = client.get("/api/v1/categories", headers={"Origin": "https://evil.example.com"})
    assert "Access-Control-Allow-Origin" not in resp.headers


@pytest.mark.real_commits  # its own app, sharing the test database
def test_login_limits_are_shared_through_redis_when_configured(app):
    import redis

    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url).flushdb()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server on 127.0.0.1:6379")
    from app.extensions import db

    with app.app_context():
        database = db.engine.url.render_as_string(hide_password=False)
    # two app instances (two workers) count against one limit
    first = create_app("testing", {"RATELIMIT_STORAGE_URI": url, "SQLALCHEMY_DATABASE_URI": database})
    second = create_app("testing", {"RATELIMIT_STORAGE_URI": url, "SQLALCHEMY_DATABASE_URI": database})
    body = {"phone": "13700009999", "password": "wrong"}
    statuses = [(first if i % 2 else second).test_client().post("/api/v1/auth/login", json=body).status_code
                for i in range(12)]
    assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]
    assert redis.Redis.from_url(url).dbsize() > 0
    redis.Redis.from_url(url).flushdb()
