"""Sessions that end when they should, and guesses that are limited, through HTTP: a password change ends every
other sign-in, a first password needs a fresh sign-in, wrong current passwords and failed sign-ins are limited
without letting others lock the owner out, and token responses are never cached."""
from flask_jwt_extended import decode_token

from app.accounts import service as accounts_service
from app.extensions import db
from tests import factories

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"


def _bearer(tokens: dict) -> dict:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def _problem(resp, status, code):
    assert resp.status_code == status, resp.get_json()
    assert resp.mimetype == "application/problem+json" and resp.get_json()["code"] == code
    return resp


def _login(client, phone, password, address="10.0.0.1"):
    return client.post(LOGIN, json={"phone": phone, "password": password}, environ_base={"REMOTE_ADDR": address})


def _wechat_only_user():
    with factories.context():
        user = accounts_service.create(phone=None, openid="o_wechat_only_user", name="微信用户")
        db.session.commit()  # a boundary, like a request: services never commit
        return user


# A password change ends the other sessions

def test_password_change_ends_every_other_session_and_keeps_this_one(client):
    factories.user(phone="13700001001", password="oldpassword")
    this = _login(client, "13700001001", "oldpassword").get_json()
    other = _login(client, "13700001001", "oldpassword", address="10.0.0.2").get_json()
    resp = client.patch("/api/v1/me", json={"current_password": "oldpassword", "new_password": "newpassword"},
                        headers=_bearer(this))
    assert resp.status_code == 200, resp.get_json()

    _problem(client.get("/api/v1/me", headers=_bearer(other)), 401, "token_revoked")
    _problem(client.post(REFRESH, json={"refresh_token": other["refresh_token"]}), 401, "token_revoked")
    # the session that changed it is still signed in, and its refresh token still works
    assert client.get("/api/v1/me", headers=_bearer(this)).status_code == 200
    renewed = client.post(REFRESH, json={"refresh_token": this["refresh_token"]})
    assert renewed.status_code == 200
    assert client.get("/api/v1/me", headers=_bearer(renewed.get_json())).status_code == 200


def test_a_name_change_ends_no_session(client):
    factories.user(phone="13700001002", password="oldpassword")
    this = _login(client, "13700001002", "oldpassword").get_json()
    other = _login(client, "13700001002", "oldpassword").get_json()
    assert client.patch("/api/v1/me", json={"name": "新名字"}, headers=_bearer(this)).status_code == 200
    assert client.get("/api/v1/me", headers=_bearer(other)).status_code == 200


def test_a_wrong_current_password_ends_no_session(client):
    factories.user(phone="13700001003", password="oldpassword")
    this = _login(client, "13700001003", "oldpassword").get_json()
    other = _login(client, "13700001003", "oldpassword").get_json()
    _problem(client.patch("/api/v1/me", json={"current_password": "wrong", "new_password": "newpassword"},
                          headers=_bearer(this)), 422, "wrong_password")
    assert client.get("/api/v1/me", headers=_bearer(other)).status_code == 200
    assert _login(client, "13700001003", "oldpassword").status_code == 200


# A first password needs a fresh sign-in

def test_a_first_password_needs_a_fresh_sign_in(client, auth):
    user = _wechat_only_user()
    signed_in = auth.tokens(user)
    refreshed = client.post(REFRESH, json={"refresh_token": signed_in["refresh_token"]}).get_json()
    # a token from a refresh (a stolen one could be refreshed for 30 days) cannot set a password
    _problem(client.patch("/api/v1/me", json={"new_password": "mypassword1"}, headers=_bearer(refreshed)),
             401, "token_not_fresh")
    with factories.context():
        assert accounts_service.get(user_id=user.id).password_hash is None

    fresh = auth.tokens(user)  # signed in again just now
    other = auth.tokens(user)
    resp = client.patch("/api/v1/me", json={"new_password": "mypassword1"}, headers=_bearer(fresh))
    assert resp.status_code == 200, resp.get_json()
    _problem(client.get("/api/v1/me", headers=_bearer(other)), 401, "token_revoked")
    assert client.get("/api/v1/me", headers=_bearer(fresh)).status_code == 200


def test_fresh_for_ten_minutes_after_a_sign_in_never_after_a_refresh(client, auth):
    tokens = auth.tokens(_wechat_only_user())
    refreshed = client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]}).get_json()
    with factories.context():
        signed_in, renewed = decode_token(tokens["access_token"]), decode_token(refreshed["access_token"])
    # PyJWT reads the real clock: check the claim (`iat` is whole seconds, `fresh` is not)
    assert 10 * 60 <= signed_in["fresh"] - signed_in["iat"] < 10 * 60 + 1
    assert renewed["fresh"] is False


def test_a_password_change_with_the_current_password_needs_no_fresh_token(client, auth):
    factories.user(phone="13700001004", password="oldpassword")
    tokens = _login(client, "13700001004", "oldpassword").get_json()
    refreshed = client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]}).get_json()
    resp = client.patch("/api/v1/me", json={"current_password": "oldpassword", "new_password": "newpassword"},
                        headers=_bearer(refreshed))
    assert resp.status_code == 200


# Wrong current passwords are limited per user

def test_current_password_guesses_are_limited_per_user(client, auth):
    user = factories.user(phone="13700001005", password="rightpassword")
    other = factories.user(phone="13700001006", password="rightpassword")
    headers = auth.headers(user)
    wrong = {"current_password": "guess", "new_password": "newpassword"}
    for _ in range(4):
        _problem(client.patch("/api/v1/me", json=wrong, headers=headers), 422, "wrong_password")
    # a right answer is not refused, and is not counted
    ok = client.patch("/api/v1/me", json={"current_password": "rightpassword", "new_password": "rightpassword2"},
                      headers=headers)
    assert ok.status_code == 200
    _problem(client.patch("/api/v1/me", json=wrong, headers=headers), 422, "wrong_password")  # the 5th failure
    resp = _problem(client.patch("/api/v1/me", json=wrong, headers=headers), 429, "rate_limited")
    assert int(resp.headers["Retry-After"]) > 0
    # now even the right one waits, and nothing changed
    _problem(client.patch("/api/v1/me", json={"current_password": "rightpassword2", "new_password": "x" * 10},
                          headers=headers), 429, "rate_limited")
    assert _login(client, "13700001005", "rightpassword2").status_code == 200
    # another user, from the same address, is not affected
    _problem(client.patch("/api/v1/me", json=wrong, headers=auth.headers(other)), 422, "wrong_password")


# Failed sign-ins are limited per phone and address, and per address

def test_guessing_from_elsewhere_cannot_lock_the_owner_out(client):
    factories.user(phone="13700001007", password="ownerpassword")
    for _ in range(10):
        _problem(_login(client, "13700001007", "guess", address="203.0.113.9"), 401, "invalid_credentials")
    _problem(_login(client, "13700001007", "guess", address="203.0.113.9"), 429, "rate_limited")
    _problem(_login(client, "13700001007", "ownerpassword", address="203.0.113.9"), 429, "rate_limited")
    # the owner, at home
    resp = _login(client, "13700001007", "ownerpassword", address="198.51.100.7")
    assert resp.status_code == 200, resp.get_json()


def test_only_failures_count(client):
    factories.user(phone="13700001008", password="ownerpassword")
    for _ in range(15):  # more than the 10 a phone may fail from one address
        assert _login(client, "13700001008", "ownerpassword").status_code == 200
    for _ in range(10):
        _problem(_login(client, "13700001008", "guess"), 401, "invalid_credentials")
    _problem(_login(client, "13700001008", "guess"), 429, "rate_limited")


def test_failures_are_limited_per_address_whatever_the_phone(client):
    factories.user(phone="13700001009", password="ownerpassword")
    for i in range(30):
        _problem(_login(client, f"1360001{i:04d}", "guess", address="203.0.113.10"), 401, "invalid_credentials")
    resp = _problem(_login(client, "13700001009", "ownerpassword", address="203.0.113.10"), 429, "rate_limited")
    assert int(resp.headers["Retry-After"]) > 0
    assert _login(client, "13700001009", "ownerpassword", address="203.0.113.11").status_code == 200


# Token responses are never cached

def test_token_responses_are_not_stored(client):
    factories.user(phone="13700001010", password="ownerpassword")
    login = _login(client, "13700001010", "ownerpassword")
    refreshed = client.post(REFRESH, json={"refresh_token": login.get_json()["refresh_token"]})
    for resp in (login, refreshed):
        assert resp.status_code == 200
        assert resp.headers["Cache-Control"] == "no-store" and resp.headers["Pragma"] == "no-cache"


def test_sign_in_checks_refuse_when_the_limit_storage_is_down(client, monkeypatch):
    """Redis unreachable: no 500, and no unlimited guessing either."""
    from limits.strategies import FixedWindowRateLimiter

    factories.user(phone="13700001011", password="ownerpassword")

    def down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(FixedWindowRateLimiter, "hit", down)
    resp = _problem(_login(client, "13700001011", "ownerpassword"), 503, "service_unavailable")
    assert resp.headers["Retry-After"]
