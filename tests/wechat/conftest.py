"""The fake WeChat server, started once on a free loopback port in a background thread, and pointed at per test.

`fake` (per test) resets the fake's state and points the app's WECHAT_API_BASE at it; tests that do not ask for
it reach nothing (the test config's port 9), which is WeChat being unreachable.
"""
import json
import threading
import urllib.request

import pytest

from app.wechat.cli import build_fake_server


class FakeHandle:
    """The running fake, for tests: its state, and control over HTTP the way a developer would use it."""

    def __init__(self, server):
        self.server = server
        self.wechat = server.fake

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def messages(self) -> list[dict]:
        return self.wechat.state()["messages"]

    @property
    def token_requests(self) -> int:
        return self.wechat.state()["token_requests"]

    def calls(self, path: str) -> int:
        return self.wechat.state()["calls"].count(path)

    def control(self, action: str, body: dict | None = None) -> dict:
        request = urllib.request.Request(f"{self.url}/__fake__/{action}", method="POST",
                                         data=json.dumps(body or {}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=2) as response:
            return json.loads(response.read())


def run_in_threads(app, work, count: int) -> list:
    """Start `work()` in `count` threads at once, each in its own app context and so with its own database
    connection, as separate processes would have. Returns their results; re-raises the first error."""
    from app.extensions import db

    results, errors = [], []
    start = threading.Barrier(count)

    def runner():
        try:
            with app.app_context():
                start.wait()
                results.append(work())
                db.session.remove()
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=runner) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    if errors:
        raise errors[0]
    assert len(results) == count, "a thread did not finish"
    return results


@pytest.fixture(scope="session")
def wechat_server(app):
    with app.app_context():
        server = build_fake_server()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fake(app, wechat_server, monkeypatch):
    wechat_server.come_back()
    wechat_server.fake.reset()
    monkeypatch.setitem(app.config, "WECHAT_API_BASE", wechat_server.url)
    yield FakeHandle(wechat_server)
    wechat_server.come_back()
