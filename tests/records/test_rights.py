"""A person's rights: everything held about them as JSON, and closing the account, after which no table holds their
phone, name or ID number while their service records, certificates and the ledger still hold."""
import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock
from app.extensions import db
from app.points import verify as ledger_verify
from app.records import service as records_service
from app.records.models import AuditEntry
from tests import factories
from tests.records.conftest import ID_NUMBER, serve

PHONE, NAME, REAL_NAME = "13711112222", "司马相如", "司马长卿"


def _everywhere(*secrets: str) -> list[str]:
    """Every (table, column) of every table whose value holds one of the secrets, as text, JSON (escaped or not)
    or bytes."""
    found = []
    forms = {s for s in secrets} | {json.dumps(s)[1:-1] for s in secrets}
    with factories.context():
        for table in db.metadata.sorted_tables:
            for row in db.session.execute(select(table)).mappings():
                for column, value in row.items():
                    if value is None:
                        continue
                    if isinstance(value, (bytes, memoryview)):
                        text = bytes(value).decode("latin-1")
                    elif isinstance(value, (dict, list)):
                        text = json.dumps(value, ensure_ascii=False) + json.dumps(value)
                    else:
                        text = str(value)
                    found += [f"{table.name}.{column}: {form}" for form in forms if form in text]
    return found


@pytest.fixture
def person(client, auth, world):
    """The world's volunteer as a real person: a phone, a WeChat identity, a real name, service, points, a
    certificate, a redemption waiting to be collected, and a replayable request."""
    from app.points import shop

    volunteer = factories.volunteer(world.community, [world.category], name=NAME, phone=PHONE, openid="o_sima",
                                    max_active_orders=3)
    with factories.context():
        db.session.merge(world.resident).openid = "o_wang"
        db.session.commit()
    assert client.patch("/api/v1/volunteers/me", json={"real_name": REAL_NAME, "id_number": ID_NUMBER},
                        headers=auth.headers(volunteer.user)).status_code == 200
    clock.set_time(clock.now() - timedelta(days=3))
    serve(world, 120, volunteer=volunteer)
    serve(world, 45, approved=True, volunteer=volunteer)
    clock.set_time(clock.now() + timedelta(days=3))
    today = (clock.now() + timedelta(hours=8)).date().isoformat()
    certificate = client.post("/api/v1/volunteers/me/certificates", json={"from": "2020-01-01", "to": today},
                              headers=auth.headers(volunteer.user, **{"Idempotency-Key": "cert-1"})).get_json()
    with factories.context():
        reward = shop.create_reward(community=db.session.merge(world.community), user=db.session.merge(world.staff),
                                    reward_in={"name": "大米", "cost_points": 5, "stock": 3, "active": True})
        shop.redeem(user=db.session.merge(volunteer.user), reward_id=reward.id, quantity=1)
        db.session.commit()
    world.person, world.certificate = volunteer, certificate
    return world


def test_the_export_holds_everything_and_audits_the_id_read(client, auth, person):
    user = person.person.user
    resp = client.get("/api/v1/me/export", headers=auth.headers(user))
    assert resp.status_code == 200
    data = resp.get_json()
    assert data["account"]["phone"] == PHONE and data["account"]["name"] == NAME
    assert data["account"]["openid"] == "o_sima" and "password_hash" not in data["account"]
    assert data["identity"]["id_number"] == ID_NUMBER and data["identity"]["real_name"] == REAL_NAME
    volunteer = data["volunteer"]
    assert volunteer["record"]["totals"]["minutes"] == 165 and len(volunteer["orders_served"]) == 2
    assert volunteer["points"]["balance"] == 15 and len(volunteer["points"]["entries"]) == 3
    assert volunteer["redemptions"][0]["status"] == "pending"
    assert volunteer["certificates"][0]["code"] == person.certificate["code"]
    assert volunteer["certificates"][0]["facts"]["name"] == REAL_NAME
    with factories.context():
        reads = db.session.scalars(select(AuditEntry).where(AuditEntry.subject_user_id == user.id)).all()
    assert [(r.actor_id, r.action) for r in reads] == [(user.id, "id_number_read")]
    again = client.get("/api/v1/me/export", headers=auth.headers(user)).get_json()
    assert len(again["id_number_reads"]) == 2 and again["id_number_reads"][0]["detail"].startswith("the person's own")
    assert data["id_number_reads"][0]["actor_id"] == user.id


def test_a_resident_sees_their_orders_with_addresses(client, auth, world):
    factories.order(world.item, world.resident, note="门口有台阶")
    data = client.get("/api/v1/me/export", headers=auth.headers(world.resident)).get_json()
    assert data["orders_placed"][0]["address"] == "民生路 88 号 3 单元 501" and data["identity"] is None
    assert data["volunteer"] is None


def test_closing_a_volunteer_leaves_no_personal_data_and_the_record_holds(client, auth, person):
    volunteer = person.person
    assert _everywhere(PHONE, NAME, REAL_NAME, ID_NUMBER)  # the search finds them before
    with factories.context():
        before = records_service.counted_minutes(volunteer_id=volunteer.id)
    headers = auth.headers(volunteer.user)
    resp = client.delete("/api/v1/me", headers=headers)
    assert resp.status_code == 204, resp.get_json()
    assert _everywhere(PHONE, NAME, REAL_NAME, ID_NUMBER) == []
    with factories.context():
        assert records_service.counted_minutes(volunteer_id=volunteer.id) == before
        assert ledger_verify.verify() == []
    facts = client.get(person.certificate["verify_url"]).get_json()
    assert (facts["valid"], facts["hours"], facts["name"]) == (True, person.certificate["hours"], "司***")
    assert client.get(person.certificate["pdf_url"]).status_code == 200
    # The redemption was cancelled and refunded; the account is gone for sign-in.
    with factories.context():
        from app.points.models import Redemption

        assert db.session.scalars(select(Redemption.status)).all() == ["cancelled"]
    assert client.get("/api/v1/me", headers=headers).status_code == 401
    assert auth.login(PHONE, "whatever").status_code == 401


def test_closing_a_resident_cancels_open_orders_and_erases_addresses(client, auth, world):
    resident = factories.user(roles=("resident",), name="欧阳明月", phone="13633334444")
    pending = factories.order(world.item, resident, note="请敲门三下")
    with factories.context():
        from app.orders import acceptance, ratings, visits

        order = db.session.merge(factories.order(world.item, resident))
        user = db.session.merge(world.volunteer.user)
        acceptance.claim(order=order, user=user)
        here = db.session.merge(world.community)
        visits.check_in(order=order, user=user, lat=here.lat, lng=here.lng)
        visits.check_out(order=order, user=user, lat=here.lat, lng=here.lng)
        ratings.rate(order=order, user=db.session.merge(resident), stars=5, comment="欧阳明月很满意")
        db.session.commit()
    created = client.post("/api/v1/orders", json={
        "menu_item_id": world.item.id, "resident_id": resident.id, "address": "解放碑 1 号", "lat": world.community.lat,
        "lng": world.community.lng, "window_start": (clock.now() + timedelta(hours=1)).isoformat(),
        "window_end": (clock.now() + timedelta(hours=3)).isoformat()},
        headers=auth.headers(world.staff, **{"Idempotency-Key": "for-ouyang"}))
    assert created.status_code == 201
    assert client.delete("/api/v1/me", headers=auth.headers(resident)).status_code == 204
    assert _everywhere("13633334444", "欧阳明月", "民生路 88 号", "解放碑 1 号", "请敲门三下") == []
    with factories.context():
        from app.orders.models import Order, Rating

        statuses = dict(db.session.execute(select(Order.id, Order.status).where(
            Order.resident_id == resident.id)).all())
        assert statuses[pending.id] == "cancelled" and statuses[created.get_json()["id"]] == "cancelled"
        assert statuses[order.id] == "rated"
        assert db.session.scalar(select(Rating.stars).where(Rating.order_id == order.id)) == 5


def test_closing_is_refused_while_serving_or_being_served(client, auth, world):
    from app.orders import acceptance, access, visits

    held = factories.order(world.item, world.resident)
    with factories.context():
        order = db.session.merge(held)
        acceptance.claim(order=order, user=db.session.merge(world.volunteer.user))
        db.session.commit()
    resp = client.delete("/api/v1/me", headers=auth.headers(world.volunteer.user))
    assert resp.status_code == 409 and resp.get_json()["code"] == "holds_orders"
    with factories.context():
        here = db.session.merge(world.community)
        visits.check_in(order=access.get(order_id=held.id),
                                user=db.session.merge(world.volunteer.user), lat=here.lat, lng=here.lng)
        db.session.commit()
    resp = client.delete("/api/v1/me", headers=auth.headers(world.resident))
    assert resp.status_code == 409 and resp.get_json()["code"] == "order_in_service"
    assert client.get("/api/v1/me", headers=auth.headers(world.resident)).get_json()["phone"] == "13512345678"
