"""The service as `make run` and production serve it, through real servers: slow clients and a slow WeChat do not
stall it, WeChat calls in flight are capped per worker, and rate limits hold across workers (Redis) or the
production server refuses to start without shared storage."""
import os
import threading
import time
import uuid
from collections import Counter

import pytest
import redis

from app.extensions import db
from tests import factories
from tests.live_server import LiveServer, Served, hold_half_sent_bodies, timed_get
from tests.wechat.conftest import fake, wechat_server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.real_commits

# The acceptance bound of issue 15 is "answers within 1 s while 16 slow clients hold connections". Asserted here as
# "answers at all, within a generous few seconds": a server that waits for slow clients never answers (it stalled
# for as long as they held on), so whether it answers is a behaviour of the server, not a figure of this machine.
# bench/slow_clients.py measures the latency itself.
ANSWERS_WITHIN = 5.0
SLOW_CLIENTS = 16
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def _database_url(app) -> str:
    with app.app_context():
        return db.engine.url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def served(app, wechat_server):  # noqa: F811
    """`scripts/serve` (what `make run` runs after migrating), on the test database, with WeChat's fake."""
    env = {key: value for key, value in os.environ.items() if key not in ("WEB_WORKERS", "REDIS_URL", "PORT")}
    env.update(DATABASE_URL=_database_url(app), JWT_SECRET_KEY=app.config["JWT_SECRET_KEY"], APP_ENV="development",
               WECHAT_API_BASE=wechat_server.url)
    server = Served(env)
    yield server
    server.stop()


def _in_threads(calls):
    results, threads = [None] * len(calls), []
    for index, call in enumerate(calls):
        threads.append(threading.Thread(target=lambda i=index, c=call: results.__setitem__(i, c())))
        threads[-1].start()
    return threads, results


def _wait_for(condition, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"never saw {what}"
        time.sleep(0.02)


# Slow clients

def test_slow_clients_do_not_stall_the_server(served, auth):
    user = factories.user(name="慢客户端")
    token = auth.tokens(user)["access_token"]
    # Half-sent sign-ins, and half-sent bodies of a signed-in write (its token is checked against the database
    # before its body is parsed: no connection or lock may wait on the client).
    with hold_half_sent_bodies(served.port, SLOW_CLIENTS // 2), \
            hold_half_sent_bodies(served.port, SLOW_CLIENTS // 2, "/api/v1/me", method="PATCH", token=token,
                                  body={"name": "一个很慢的客户端"}):
        time.sleep(0.3)  # the server has taken them in
        for _ in range(4):  # new connections each: both workers
            assert timed_get(served.port, "/healthz", timeout=ANSWERS_WITHIN) is not None
            assert timed_get(served.port, "/api/v1/me", timeout=ANSWERS_WITHIN, token=token) is not None
        status, body = served.request("PATCH", "/api/v1/me", token, {"name": "快客户端"}, timeout=ANSWERS_WITHIN)
        assert status == 200 and body["name"] == "快客户端"


def test_a_slow_wechat_does_not_stall_the_server(served, fake):  # noqa: F811
    fake.control("down", {"mode": "slow", "seconds": 2})
    threads, results = _in_threads([
        lambda i=i: served.request("POST", "/api/v1/auth/wechat", body={"code": f"slowpoke-{i}"})
        for i in range(4)])
    _wait_for(lambda: fake.wechat.state()["waiting"] == 4, "four WeChat calls in flight")
    assert timed_get(served.port, "/healthz", timeout=ANSWERS_WITHIN) is not None
    for thread in threads:
        thread.join(30)
    assert [status for status, _ in results] == [200] * 4, results


def test_wechat_calls_in_flight_are_capped_per_worker(app, fake):  # noqa: F811
    server = LiveServer(_database_url(app), app.config["JWT_SECRET_KEY"], workers=1, env={
        "WECHAT_API_BASE": fake.url, "WECHAT_MAX_IN_FLIGHT": "2", "WECHAT_WAIT_SECONDS": "0"})
    try:
        fake.control("down", {"mode": "slow", "seconds": 2})
        threads, results = _in_threads([
            lambda i=i: server.request("POST", "/api/v1/auth/wechat", body={"code": f"patient-{i}"})
            for i in range(2)])
        _wait_for(lambda: fake.wechat.state()["waiting"] == 2, "two WeChat calls in flight")
        status, body = server.request("POST", "/api/v1/auth/wechat", body={"code": "impatient"})
        assert status == 503 and body["code"] == "wechat_busy", body
        assert fake.wechat.state()["waiting"] == 2  # it never reached WeChat
        for thread in threads:
            thread.join(30)
        assert [status for status, _ in results] == [200, 200], results
        fake.control("up")
        assert server.request("POST", "/api/v1/auth/wechat", body={"code": "impatient"})[0] == 200
    finally:
        server.stop()


# Limits across workers

def _redis_or_skip():
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"no Redis at {REDIS_URL}: {exc}")
    return client


def test_login_limits_hold_across_workers_with_redis(app):
    _redis_or_skip()
    factories.user(phone="13700002001", password="ownerpassword")
    server = LiveServer(_database_url(app), app.config["JWT_SECRET_KEY"], workers=2, env={
        "REDIS_URL": REDIS_URL, "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}", "PROXY_COUNT": "1",
        "LOGIN_LIMIT_PER_PHONE": "10 per minute", "LOGIN_LIMIT_PER_ADDRESS": "30 per minute"})
    attacker = {"X-Forwarded-For": "203.0.113.5"}
    try:
        # 20 wrong passwords at once, spread over both workers: exactly the 10 the limit allows get an answer
        threads, results = _in_threads([
            lambda: server.request("POST", "/api/v1/auth/login", body={"phone": "13700002001", "password": "guess"},
                                   headers=attacker) for _ in range(20)])
        for thread in threads:
            thread.join(30)
        assert Counter(status for status, _ in results) == {401: 10, 429: 10}, results
        status, _ = server.request("POST", "/api/v1/auth/login",
                                   body={"phone": "13700002001", "password": "ownerpassword"}, headers=attacker)
        assert status == 429
        # the owner, elsewhere, signs in
        status, body = server.request("POST", "/api/v1/auth/login",
                                      body={"phone": "13700002001", "password": "ownerpassword"},
                                      headers={"X-Forwarded-For": "198.51.100.7"})
        assert status == 200, body
    finally:
        server.stop()


PRODUCTION = {"APP_ENV": "production", "SECRET_KEY": "s" * 40, "JWT_SECRET_KEY": "j" * 40,
              "WECHAT_SECRET": "a-real-secret-for-this-test",
              "RECORDS_KEY": "a2V5IGZvciB0aGUgcmVjb3JkcywgMzIgYnl0ZXMhISE="}


def test_production_refuses_several_workers_without_shared_limits(app):
    try:
        server = LiveServer(_database_url(app), PRODUCTION["JWT_SECRET_KEY"], workers=2,
                            env={**PRODUCTION, "REDIS_URL": ""})
    except RuntimeError as exc:
        assert "refusing to start in production with 2 workers and rate limits in memory" in str(exc)
    else:
        server.stop()
        pytest.fail("production started with 2 workers and rate limits in each worker's memory")
    _redis_or_skip()
    server = LiveServer(_database_url(app), PRODUCTION["JWT_SECRET_KEY"], workers=2,
                        env={**PRODUCTION, "REDIS_URL": REDIS_URL})
    server.stop()  # it came up


def test_development_says_limits_are_per_worker(served):
    """`make run` serves with 2 workers and, without REDIS_URL, each counts limits on its own: the log says so."""
    log = served.log()
    assert "rate limits are kept in each worker's memory" in log and "set REDIS_URL" in log
