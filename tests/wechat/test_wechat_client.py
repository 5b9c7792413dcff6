"""The access token cache, its refresh across processes, and the fake server's own controls."""
import time
import urllib.error
import urllib.request
from datetime import timedelta

import pytest

from app import clock
from app.wechat import client
from app.wechat.errors import WeChatError, WeChatUnavailable
from tests.wechat.conftest import run_in_threads


def test_token_is_cached_until_shortly_before_it_expires(app, ctx, fake):
    clock.set_time(clock.now())
    token = client.access_token()
    assert client.access_token() == token and fake.token_requests == 1
    clock.advance(timedelta(seconds=7200 - 300 - 5))  # WeChat's 7200 s less our 5-minute margin: still good
    assert client.access_token() == token and fake.token_requests == 1
    clock.advance(timedelta(seconds=10))
    client.access_token()
    assert fake.token_requests == 2


def test_a_stale_token_is_force_refreshed_once(app, ctx, fake):
    token = client.access_token()
    fresh = client.access_token(stale=token)
    assert fresh != token and fake.token_requests == 2
    # whoever comes second with the same stale token gets the fresh one without asking WeChat again
    assert client.access_token(stale=token) == fresh and fake.token_requests == 2


def test_token_endpoint_errors_surface(app, ctx, fake, monkeypatch):
    fake.control("fail-next", {"errcodes": [40013], "path": "/cgi-bin/stable_token"})
    with pytest.raises(WeChatError) as caught:
        client.access_token()
    assert caught.value.errcode == 40013
    monkeypatch.setitem(app.config, "WECHAT_SECRET", "wrong")
    with pytest.raises(WeChatError) as caught:
        client.access_token()
    assert caught.value.errcode == 40125
    fake.server.go_down("refuse")
    with pytest.raises(WeChatUnavailable):
        client.access_token()


@pytest.mark.real_commits  # threads with their own connections, as processes would have
def test_one_refresh_at_a_time_across_connections(app, fake):
    fake.server.go_down("slow", 0.3)  # a slow token endpoint widens the race
    tokens = run_in_threads(app, client.access_token, 6)
    assert len(set(tokens)) == 1
    assert fake.token_requests == 1


def test_fake_server_cli(runner):
    result = runner.invoke(args=["wechat", "fake-server", "--help"])
    assert result.exit_code == 0 and "--port" in result.output


def test_fake_control_refuses_connections_for_a_while(fake):
    def reachable():
        try:
            with urllib.request.urlopen(f"{fake.url}/__fake__/state", timeout=1):
                return True
        except (urllib.error.URLError, ConnectionError):
            return False

    def wait_until(condition, seconds=5.0):
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            time.sleep(0.01)
        return condition()

    fake.control("down", {"mode": "refuse", "seconds": 0.5})
    assert wait_until(lambda: not fake.server.running)
    assert not reachable()  # refused, not answered
    assert wait_until(lambda: fake.server.running) and reachable()


def test_a_request_from_before_a_reset_leaves_no_trace(fake):
    """A "slow" request its caller gave up on may finish after the next test reset the fake: it must not count."""
    from werkzeug.test import EnvironBuilder

    before = fake.wechat.generation
    fake.wechat.reset()
    request = EnvironBuilder(path="/sns/jscode2session", query_string={"js_code": "zoe"}).get_request()
    assert fake.wechat.answer(request, before)["errcode"] == -1
    assert fake.wechat.state()["calls"] == []


def test_fake_control_errors(fake):
    with pytest.raises(urllib.error.HTTPError) as caught:
        fake.control("down", {"mode": "sideways"})
    assert caught.value.code == 400
    with pytest.raises(urllib.error.HTTPError) as caught:
        fake.control("nothing-here")
    assert caught.value.code == 404
    state = fake.control("unsubscribe", {"code": "olga"})
    assert state["unsubscribed"] == [fake.wechat.openid_for("olga")]
