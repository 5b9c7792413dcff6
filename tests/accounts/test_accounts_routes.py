"""Sign-in, refresh rotation with reuse detection, sign-out and the profile, through HTTP."""
import pytest

from tests import factories


def test_login_returns_tokens_and_user(client):
    factories.user(phone="13700000001", password="secret123", roles=("staff",))
    resp = client.post("/api/v1/auth/login", json={"phone": "13700000001", "password": "secret123"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["access_token"] and body["refresh_token"]
    assert body["user"]["roles"] == ["staff"]
    assert "password" not in body["user"] and "password_hash" not in body["user"]


def test_login_wrong_password_and_unknown_phone_look_the_same(client):
    factories.user(phone="13700000002", password="secret123")
    wrong = client.post("/api/v1/auth/login", json={"phone": "13700000002", "password": "nope"})
    unknown = client.post("/api/v1/auth/login", json={"phone": "13799999999", "password": "nope"})
    for resp in (wrong, unknown):
        assert resp.status_code == 401
        assert resp.mimetype == "application/problem+json"
        assert resp.get_json()["code"] == "invalid_credentials"


@pytest.mark.english
def test_login_validation(client):
    resp = client.post("/api/v1/auth/login", json={"phone": "13700000002"})
    assert resp.status_code == 422
    assert resp.get_json()["errors"] == {"password": ["Missing data for required field."]}
    resp = client.post("/api/v1/auth/login", json={"phone": 5, "password": "x", "extra": 1})
    assert resp.status_code == 422
    assert set(resp.get_json()["errors"]) == {"phone", "extra"}


def test_login_is_rate_limited_per_phone(app, client):
    factories.user(phone="13700000003", password="secret123")
    statuses = [client.post("/api/v1/auth/login", json={"phone": "13700000003", "password": "bad"}).status_code
                for _ in range(12)]
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429, 429]
    resp = client.post("/api/v1/auth/login", json={"phone": "13700000003", "password": "secret123"})
    assert resp.status_code == 429 and resp.get_json()["code"] == "rate_limited"
    # another phone from the same address still gets through, up to the per-address limit
    assert client.post("/api/v1/auth/login", json={"phone": "13700000004", "password": "x"}).status_code == 401


def test_login_is_rate_limited_per_address(client):
    statuses = [client.post("/api/v1/auth/login", json={"phone": f"1360000{i:04d}", "password": "bad"}).status_code
                for i in range(31)]
    assert statuses[:30] == [401] * 30 and statuses[30] == 429


def test_me_needs_a_token(client):
    resp = client.get("/api/v1/me")
    assert resp.status_code == 401
    assert resp.get_json()["code"] == "unauthorized"
    resp = client.get("/api/v1/me", headers={"Authorization": "Bearer not-a-jwt"})
    assert resp.status_code == 401 and resp.get_json()["code"] == "token_invalid"


def test_me_and_patch_me(client, auth):
    community = factories.community(name="民生路测试社区")
    user = factories.staff(community, name="李敏")
    headers = auth.headers(user)
    body = client.get("/api/v1/me", headers=headers).get_json()
    assert body["name"] == "李敏"
    assert body["communities"] == [{"id": community.id, "name": "民生路测试社区", "role": "staff"}]
    resp = client.patch("/api/v1/me", json={"name": "李敏敏"}, headers=headers)
    assert resp.status_code == 200 and resp.get_json()["name"] == "李敏敏"
    resp = client.patch("/api/v1/me", json={"roles": ["admin"]}, headers=headers)
    assert resp.status_code == 422
    assert client.get("/api/v1/me", headers=headers).get_json()["roles"] == ["staff"]


def test_password_change_needs_current_password(client, auth):
    user = factories.user(phone="13700000005", password="oldpassword")
    headers = auth.headers(user)
    resp = client.patch("/api/v1/me", json={"current_password": "wrong", "new_password": "newpassword"},
                        headers=headers)
    assert resp.status_code == 422 and resp.get_json()["code"] == "wrong_password"
    resp = client.patch("/api/v1/me", json={"current_password": "oldpassword", "new_password": "newpassword"},
                        headers=headers)
    assert resp.status_code == 200
    assert auth.login("13700000005", "newpassword").status_code == 200
    assert auth.login("13700000005", "oldpassword").status_code == 401


def test_refresh_rotates_and_reuse_revokes_the_family(client, auth):
    user = factories.user()
    first = auth.tokens(user)
    resp = client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert resp.status_code == 200
    second = resp.get_json()
    assert second["refresh_token"] != first["refresh_token"]
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {second['access_token']}"}).status_code == 200

    # the old refresh token again: refused, and everything from this sign-in is revoked
    resp = client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert resp.status_code == 401 and resp.get_json()["code"] == "refresh_token_reused"
    resp = client.post("/api/v1/auth/refresh", json={"refresh_token": second["refresh_token"]})
    assert resp.status_code == 401 and resp.get_json()["code"] == "token_revoked"
    resp = client.get("/api/v1/me", headers={"Authorization": f"Bearer {second['access_token']}"})
    assert resp.status_code == 401 and resp.get_json()["code"] == "token_revoked"


def test_refresh_refuses_access_tokens_and_garbage(client, auth):
    tokens = auth.tokens(factories.user())
    for token in (tokens["access_token"], "garbage"):
        resp = client.post("/api/v1/auth/refresh", json={"refresh_token": token})
        assert resp.status_code == 401 and resp.get_json()["code"] == "token_invalid"


def test_access_token_expires(client, auth):
    from datetime import timedelta

    from app import clock

    tokens = auth.tokens(factories.user())
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    assert tokens["expires_in"] == 15 * 60
    clock.advance(timedelta(minutes=16))  # PyJWT reads the real clock; check the claim instead
    from flask_jwt_extended import decode_token

    with factories.context():
        claims = decode_token(tokens["access_token"])
    assert claims["exp"] - claims["iat"] == 15 * 60


def test_logout_revokes_access_and_refresh(client, auth):
    tokens = auth.tokens(factories.user())
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).get_json()["code"] == "token_revoked"
    resp = client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert resp.status_code == 401


def test_disabled_user_is_refused(client, auth):
    from app import clock
    from app.extensions import db

    user = factories.user()
    headers = auth.headers(user)
    with factories.context():
        db.session.merge(user).disabled_at = clock.now()
        db.session.commit()
    assert client.get("/api/v1/me", headers=headers).status_code == 401
