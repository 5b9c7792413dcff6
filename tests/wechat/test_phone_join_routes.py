"""A resident registered by staff signs in with WeChat and binds their phone: the WeChat identity joins the account
staff made, when that account has no WeChat identity and the WeChat-created one has nothing yet (through HTTP)."""
from sqlalchemy import func, select

from app.accounts.models import TokenFamily, User
from app.extensions import db
from tests import factories

LOGIN = "/api/v1/auth/wechat"
PHONE = "/api/v1/auth/wechat/phone"
RESIDENT_PHONE = "13712340000"


def _bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def _registered_by_staff(client, auth):
    community = factories.community()
    staff = factories.staff(community)
    resp = client.post("/api/v1/residents", json={"phone": RESIDENT_PHONE, "name": "王奶奶",
                                                  "elderly_living_alone": True}, headers=auth.headers(staff))
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()["id"]


def _user(app, user_id):
    with app.app_context():
        return db.session.get(User, user_id)


def test_the_wechat_identity_joins_the_account_staff_registered(app, client, auth, fake):
    resident_id = _registered_by_staff(client, auth)
    first = client.post(LOGIN, json={"code": "granny"}).get_json()  # WeChat makes a new, empty account
    new_id = first["user"]["id"]
    assert new_id != resident_id

    resp = client.post(PHONE, json={"code": RESIDENT_PHONE}, headers=_bearer(first["access_token"]))
    assert resp.status_code == 200, resp.get_json()
    assert resp.headers["Cache-Control"] == "no-store"
    body = resp.get_json()
    assert body["id"] == resident_id and body["phone"] == RESIDENT_PHONE and body["name"] == "王奶奶"
    assert body["elderly_living_alone"] is True and body["roles"] == ["resident"]
    # the answer signs in to the joined account; the empty account's sign-in has ended
    me = client.get("/api/v1/me", headers=_bearer(body["tokens"]["access_token"]))
    assert me.status_code == 200 and me.get_json()["id"] == resident_id
    assert client.get("/api/v1/me", headers=_bearer(first["access_token"])).status_code == 401
    assert client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}).status_code == 401
    # the next WeChat sign-in finds the joined account
    again = client.post(LOGIN, json={"code": "granny.2"}).get_json()
    assert again["user"]["id"] == resident_id
    # the empty account is retired: disabled, without the WeChat identity, every sign-in revoked
    joined, retired = _user(app, resident_id), _user(app, new_id)
    assert joined.openid == fake.wechat.openid_for("granny") and joined.unionid == fake.wechat.unionid_for("granny")
    assert retired.openid is None and retired.unionid is None and retired.phone is None
    assert retired.disabled_at is not None
    with app.app_context():
        live = db.session.scalar(select(func.count()).select_from(TokenFamily).where(
            TokenFamily.user_id == new_id, TokenFamily.revoked_at.is_(None)))
    assert live == 0
    # staff still find the one resident by the phone
    community = factories.community()
    found = client.get(f"/api/v1/residents?phone={RESIDENT_PHONE}", headers=auth.headers(factories.staff(community)))
    assert [r["id"] for r in found.get_json()["items"]] == [resident_id]


def _refused(app, client, headers, new_id, resident_id):
    resp = client.post(PHONE, json={"code": RESIDENT_PHONE}, headers=headers)
    assert resp.status_code == 409 and resp.get_json()["code"] == "phone_taken", resp.get_json()
    me = client.get("/api/v1/me", headers=headers)
    assert me.status_code == 200 and me.get_json()["id"] == new_id and me.get_json()["phone"] is None
    assert _user(app, resident_id).openid is None and _user(app, new_id).disabled_at is None


def test_an_account_in_use_does_not_join(app, client, auth, fake):
    """The WeChat-made account has an order, or a volunteer application, or notifications: joining would orphan
    them (or silently move them), so it is staff's decision."""
    resident_id = _registered_by_staff(client, auth)
    community = factories.community()
    item = factories.menu_item(community)
    staff = factories.staff(community)  # a WeChat account without a phone cannot order; staff order for it
    for code, own in (("ordered", lambda user: factories.order(item, user, by=staff)),
                      ("applied", lambda user: factories.volunteer(community, user_=user, status="pending"))):
        body = client.post(LOGIN, json={"code": code}).get_json()
        user = _user(app, body["user"]["id"])
        own(user)
        _refused(app, client, _bearer(body["access_token"]), user.id, resident_id)


def test_an_account_with_a_password_does_not_join(app, client, auth, fake):
    resident_id = _registered_by_staff(client, auth)
    body = client.post(LOGIN, json={"code": "careful"}).get_json()
    headers = _bearer(body["access_token"])
    assert client.patch("/api/v1/me", json={"new_password": "mypassword1"}, headers=headers).status_code == 200
    _refused(app, client, headers, body["user"]["id"], resident_id)


def test_an_account_that_has_a_wechat_identity_is_not_joined(app, client, auth, fake):
    holder = factories.user(phone=RESIDENT_PHONE, openid=fake.wechat.openid_for("the-real-owner"))
    body = client.post(LOGIN, json={"code": "someone"}).get_json()
    resp = client.post(PHONE, json={"code": RESIDENT_PHONE}, headers=_bearer(body["access_token"]))
    assert resp.status_code == 409 and resp.get_json()["code"] == "phone_taken"
    assert _user(app, holder.id).openid == fake.wechat.openid_for("the-real-owner")


def test_a_bound_phone_answers_without_tokens(client, fake):
    body = client.post(LOGIN, json={"code": "plain"}).get_json()
    resp = client.post(PHONE, json={"code": "13811119999"}, headers=_bearer(body["access_token"]))
    assert resp.status_code == 200 and resp.get_json()["tokens"] is None
    assert resp.get_json()["id"] == body["user"]["id"]


def test_wechat_login_is_not_stored(client, fake):
    resp = client.post(LOGIN, json={"code": "olga"})
    assert resp.status_code == 200
    assert resp.headers["Cache-Control"] == "no-store" and resp.headers["Pragma"] == "no-cache"
