"""Mini-program sign-in and phone binding, through HTTP, against the fake WeChat server over real HTTP."""
from sqlalchemy import select

from app.accounts.models import User
from app.extensions import db
from tests import factories

LOGIN = "/api/v1/auth/wechat"
PHONE = "/api/v1/auth/wechat/phone"


def _user_by_openid(app, openid):
    with app.app_context():
        return db.session.scalar(select(User).where(User.openid == openid))


def test_new_user_signs_in_and_becomes_a_resident(app, client, fake):
    resp = client.post(LOGIN, json={"code": "alice"})
    assert resp.status_code == 200, resp.get_json()
    body = resp.get_json()
    assert body["access_token"] and body["refresh_token"] and body["token_type"] == "Bearer"
    assert body["user"]["roles"] == ["resident"] and body["user"]["phone"] is None
    assert "session_key" not in resp.get_data(as_text=True) and "openid" not in body["user"]
    user = _user_by_openid(app, fake.wechat.openid_for("alice"))
    assert user.id == body["user"]["id"] and user.unionid == fake.wechat.unionid_for("alice")
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200 and me.get_json()["id"] == user.id


def test_returning_user_gets_the_same_account_and_keeps_the_unionid(app, client, fake):
    first = client.post(LOGIN, json={"code": "nounion-bob"}).get_json()["user"]["id"]
    assert _user_by_openid(app, fake.wechat.openid_for("nounion-bob")).unionid is None
    again = client.post(LOGIN, json={"code": "nounion-bob.2"}).get_json()["user"]["id"]  # a new code, same person
    assert again == first
    # a user whose unionid WeChat reports later keeps it, and it is not lost when a later answer lacks it
    first = client.post(LOGIN, json={"code": "carol"}).get_json()["user"]["id"]
    assert client.post(LOGIN, json={"code": "carol.2"}).get_json()["user"]["id"] == first
    assert _user_by_openid(app, fake.wechat.openid_for("carol")).unionid == fake.wechat.unionid_for("carol")


def test_an_existing_account_with_that_openid_is_found(client, fake):
    user = factories.user(openid=fake.wechat.openid_for("dora"), roles=("resident", "volunteer"))
    body = client.post(LOGIN, json={"code": "dora"}).get_json()
    assert body["user"]["id"] == user.id and body["user"]["roles"] == ["resident", "volunteer"]


def test_disabled_account_cannot_sign_in(app, client, fake):
    from app import clock

    user = factories.user(openid=fake.wechat.openid_for("erin"))
    with app.app_context():
        db.session.get(User, user.id).disabled_at = clock.now()
        db.session.commit()
    resp = client.post(LOGIN, json={"code": "erin"})
    assert resp.status_code == 401 and resp.get_json()["code"] == "user_inactive"


def _problem(resp, status, code):
    assert resp.status_code == status, resp.get_json()
    assert resp.mimetype == "application/problem+json"
    assert resp.get_json()["code"] == code
    return resp


def test_wechat_errors_map_to_problems(client, fake):
    _problem(client.post(LOGIN, json={"code": "bad-code"}), 401, "wechat_code_invalid")
    _problem(client.post(LOGIN, json={"code": "risky-user"}), 403, "wechat_user_risky")
    resp = _problem(client.post(LOGIN, json={"code": "limit-me"}), 429, "wechat_rate_limited")
    assert int(resp.headers["Retry-After"]) >= 60
    fake.control("fail-next", {"errcodes": [40163]})  # a code used twice
    _problem(client.post(LOGIN, json={"code": "frank"}), 401, "wechat_code_invalid")
    fake.control("fail-next", {"errcodes": [40013]})  # our appid is wrong: our problem, not the user's
    _problem(client.post(LOGIN, json={"code": "frank"}), 503, "wechat_unavailable")


def test_busy_is_retried(client, fake):
    resp = client.post(LOGIN, json={"code": "busy-gina"})
    assert resp.status_code == 200
    assert fake.calls("/sns/jscode2session") == 2  # -1 once, then OK
    fake.control("fail-next", {"errcodes": [-1, -1, -1]})  # busy beyond the retries (2)
    resp = _problem(client.post(LOGIN, json={"code": "gina"}), 503, "wechat_unavailable")
    assert int(resp.headers["Retry-After"]) >= 5  # the limiter may raise it to its own window
    assert fake.calls("/sns/jscode2session") == 5


def test_wechat_down_is_503_never_500(app, client, fake, monkeypatch):
    fake.server.go_down("refuse")  # connection refused
    _problem(client.post(LOGIN, json={"code": "hana"}), 503, "wechat_unavailable")
    fake.server.come_back()
    fake.control("down", {"mode": "error"})  # WeChat's gateway answers 500 with HTML
    _problem(client.post(LOGIN, json={"code": "hana"}), 503, "wechat_unavailable")
    fake.control("down", {"mode": "slow", "seconds": 1.5})  # far slower than our timeout
    monkeypatch.setitem(app.config, "WECHAT_TIMEOUT_SECONDS", 0.1)
    _problem(client.post(LOGIN, json={"code": "hana"}), 503, "wechat_unavailable")
    fake.control("up")
    assert client.post(LOGIN, json={"code": "hana"}).status_code == 200


def test_unreachable_without_the_fake(client):
    _problem(client.post(LOGIN, json={"code": "ivy"}), 503, "wechat_unavailable")


def test_login_validation(client, fake):
    for body, field in (({}, "code"), ({"code": ""}, "code"), ({"code": 5}, "code"), ({"code": "x" * 129}, "code"),
                        ({"code": "ok", "openid": "o_forged"}, "openid")):
        resp = _problem(client.post(LOGIN, json=body), 422, "validation_failed")
        assert field in resp.get_json()["errors"]
    _problem(client.post(LOGIN, data="{not json", content_type="application/json"), 400, "malformed_body")
    assert fake.calls("/sns/jscode2session") == 0


def test_login_is_rate_limited_per_address(client, fake):
    statuses = [client.post(LOGIN, json={"code": f"bad-{i}"}).status_code for i in range(31)]
    assert statuses[:30] == [401] * 30
    _problem(client.post(LOGIN, json={"code": "jack"}), 429, "rate_limited")
    assert fake.calls("/sns/jscode2session") == 30


def _signed_in(client, code):
    body = client.post(LOGIN, json={"code": code}).get_json()
    return {"Authorization": f"Bearer {body['access_token']}"}, body["user"]["id"]


def test_bind_phone(app, client, fake):
    headers, user_id = _signed_in(client, "kate")
    resp = client.post(PHONE, json={"code": "13812345678"}, headers=headers)
    assert resp.status_code == 200, resp.get_json()
    assert resp.get_json()["id"] == user_id and resp.get_json()["phone"] == "13812345678"
    # binding the same number again is fine; a new number replaces the old one
    assert client.post(PHONE, json={"code": "13812345678.2"}, headers=headers).status_code == 200
    resp = client.post(PHONE, json={"code": "kate-phone"}, headers=headers)
    assert resp.get_json()["phone"] == fake.wechat.phone_for("kate-phone")
    assert client.get("/api/v1/me", headers=headers).get_json()["phone"] == fake.wechat.phone_for("kate-phone")
    assert fake.token_requests == 1  # one access token for all three calls


def test_phone_of_another_wechat_account_is_taken(client, fake):
    factories.user(phone="13900001111", openid=fake.wechat.openid_for("someone-else"))
    headers, _ = _signed_in(client, "leo")
    _problem(client.post(PHONE, json={"code": "13900001111"}, headers=headers), 409, "phone_taken")
    assert client.get("/api/v1/me", headers=headers).get_json()["phone"] is None


def test_bind_phone_needs_sign_in_valid_input_and_wechat(client, fake):
    _problem(client.post(PHONE, json={"code": "13812345678"}), 401, "unauthorized")
    headers, _ = _signed_in(client, "mia")
    _problem(client.post(PHONE, json={}, headers=headers), 422, "validation_failed")
    _problem(client.post(PHONE, json={"code": "bad"}, headers=headers), 401, "wechat_code_invalid")
    fake.server.go_down("refuse")
    _problem(client.post(PHONE, json={"code": "13812345678"}, headers=headers), 503, "wechat_unavailable")


def test_bind_phone_refreshes_a_rejected_token_once(client, fake):
    headers, _ = _signed_in(client, "nina")
    assert client.post(PHONE, json={"code": "13811112222"}, headers=headers).status_code == 200
    fake.control("token", {"action": "invalidate"})  # 40001 on the next call
    assert client.post(PHONE, json={"code": "13811113333"}, headers=headers).status_code == 200
    assert fake.token_requests == 2
    fake.control("token", {"action": "expire"})  # 42001
    assert client.post(PHONE, json={"code": "13811114444"}, headers=headers).status_code == 200
    assert fake.token_requests == 3
    # refused again after the refresh: no loop, the caller hears WeChat is unavailable
    fake.control("fail-next", {"errcodes": [40001, 40001]})
    _problem(client.post(PHONE, json={"code": "13811115555"}, headers=headers), 503, "wechat_unavailable")
    assert fake.token_requests == 4


def test_openapi_documents_the_wechat_and_inbox_routes(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert {"/api/v1/auth/wechat", "/api/v1/auth/wechat/phone", "/api/v1/notifications",
            "/api/v1/notifications/{notification_id}/read"} <= set(paths)
    assert paths["/api/v1/auth/wechat/phone"]["post"]["security"] == [{"bearerAuth": []}]


def test_a_sign_in_waits_for_wechat_no_longer_than_its_deadline(app, client, fake, monkeypatch):
    """Each round trip has its timeout, and the whole operation (retries and their pauses included) a deadline."""
    monkeypatch.setitem(app.config, "WECHAT_DEADLINE_SECONDS", 0.2)
    fake.control("down", {"mode": "slow", "seconds": 1})  # within the 3 s timeout, past the deadline
    _problem(client.post(LOGIN, json={"code": "quinn"}), 503, "wechat_unavailable")
    fake.control("up")
    monkeypatch.setitem(app.config, "WECHAT_DEADLINE_SECONDS", 5)
    monkeypatch.setitem(app.config, "WECHAT_BUSY_BACKOFF_SECONDS", 10.0)  # a pause that would outlast it
    fake.control("fail-next", {"errcodes": [-1, -1]})
    _problem(client.post(LOGIN, json={"code": "quinn"}), 503, "wechat_unavailable")
    assert fake.calls("/sns/jscode2session") == 1  # not tried again: no time left for the pause
