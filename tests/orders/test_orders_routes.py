"""The order loop end to end through HTTP: every path, every illegal transition, bad input and who may see what."""
from datetime import timedelta

import pytest

from app import clock
from app.extensions import db
from app.matching.models import Volunteer
from tests import factories

API = "/api/v1"


def _window(hours_from_now=0.25, hours=3):
    start = clock.now() + timedelta(hours=hours_from_now)
    return start.isoformat(), (start + timedelta(hours=hours)).isoformat()


def order_body(world, **overrides):
    start, end = _window()
    body = {"menu_item_id": world.item.id, "address": "民生路 88 号 3 单元 501", "lat": world.community.lat,
            "lng": world.community.lng, "window_start": start, "window_end": end, "note": "请敲门"}
    body.update(overrides)
    return body


def place(client, auth, world, **overrides):
    resp = client.post(f"{API}/orders", json=order_body(world, **overrides), headers=auth.headers(world.resident))
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def dispatch(client, auth, world, order_id, volunteer):
    resp = client.post(f"{API}/orders/{order_id}/dispatch", json={"volunteer_id": volunteer.id},
                       headers=auth.headers(world.staff))
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def post(client, auth, user, path, body=None):
    return client.post(f"{API}{path}", json=body if body is not None else {}, headers=auth.headers(user))


def statuses(order):
    return [(e["from"], e["to"]) for e in order["events"]]


def test_offer_accept_serve_rate(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    assert order["status"] == "pending" and order["points"] == 10 and order["expected_minutes"] == 60
    offer = dispatch(client, auth, world, order["id"], v)
    assert offer["volunteer_id"] == v.id and offer["status"] == "pending"
    resp = post(client, auth, v.user, f"/orders/{order['id']}/accept")
    assert resp.status_code == 200 and resp.get_json()["status"] == "accepted"
    at = world.community.lat, world.community.lng
    assert post(client, auth, v.user, f"/orders/{order['id']}/check-in",
                {"lat": at[0], "lng": at[1]}).status_code == 200
    clock.advance(timedelta(minutes=50))
    resp = post(client, auth, v.user, f"/orders/{order['id']}/check-out",
                {"lat": at[0], "lng": at[1], "summary": "陪老人散步一小时", "service_code": order["service_code"]})
    body = resp.get_json()
    assert resp.status_code == 200 and body["status"] == "completed"
    assert body["service_minutes"] == 50 and body["minutes_status"] == "verified"
    resp = post(client, auth, world.resident, f"/orders/{order['id']}/rating",
                {"stars": 5, "comment": "很好", "tags": ["准时", "耐心"]})
    assert resp.status_code == 201 and resp.get_json()["stars"] == 5
    final = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.resident)).get_json()
    assert final["status"] == "rated" and final["rating"]["tags"] == ["准时", "耐心"]
    assert statuses(final) == [(None, "pending"), ("pending", "offered"), ("offered", "accepted"),
                               ("accepted", "in_service"), ("in_service", "completed"), ("completed", "rated")]
    assert [e["actor"]["role"] for e in final["events"]] == ["resident", "staff", "volunteer", "volunteer",
                                                             "volunteer", "resident"]
    me = client.get(f"{API}/volunteers/me", headers=auth.headers(v.user)).get_json()
    assert me["verified_minutes"] == 50 and me["rating_count"] == 1 and me["active_orders"] == 0


def test_claim_from_the_open_pool(client, auth, world):
    v = world.volunteers[1]
    order = place(client, auth, world)
    pool = client.get(f"{API}/orders/open", headers=auth.headers(v.user)).get_json()["items"]
    assert [o["id"] for o in pool] == [order["id"]]
    seen = pool[0]
    assert seen["location_precision"] == "coarse" and seen["address"] is None
    assert "phone" not in seen["resident"] and 0 < seen["distance_m"] < 1000
    assert seen["lat"] != world.community.lat or seen["lng"] != world.community.lng
    resp = post(client, auth, v.user, f"/orders/{order['id']}/claim")
    assert resp.status_code == 200
    held = resp.get_json()
    assert held["status"] == "accepted" and held["volunteer"]["id"] == v.id
    # now holding it: exact address and the phone
    assert held["address"] == "民生路 88 号 3 单元 501" and held["resident"]["phone"] == "13512345678"
    assert client.get(f"{API}/orders/open", headers=auth.headers(v.user)).get_json()["items"] == []
    # another volunteer is too late: someone was first
    resp = post(client, auth, world.volunteers[0].user, f"/orders/{order['id']}/claim")
    assert resp.status_code == 409 and resp.get_json()["code"] == "order_not_pending"
    assert client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.volunteers[0].user)).status_code == 404


def test_decline_then_redispatch(client, auth, world):
    first, second = world.volunteers[:2]
    order = place(client, auth, world)
    dispatch(client, auth, world, order["id"], first)
    resp = post(client, auth, first.user, f"/orders/{order['id']}/decline", {"reason": "今天没空"})
    assert resp.status_code == 200
    detail = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.staff)).get_json()
    assert detail["status"] == "pending"
    assert detail["events"][-1]["note"] == "今天没空"
    # the one who declined is not offered it again, nor shown it in the pool or the candidates
    resp = client.post(f"{API}/orders/{order['id']}/dispatch", json={"volunteer_id": first.id},
                       headers=auth.headers(world.staff))
    assert resp.status_code == 409 and resp.get_json()["code"] == "volunteer_not_eligible"
    cands = client.get(f"{API}/orders/{order['id']}/candidates", headers=auth.headers(world.staff)).get_json()
    assert first.id not in [c["volunteer"]["id"] for c in cands["items"]]
    assert client.get(f"{API}/orders/open", headers=auth.headers(first.user)).get_json()["items"] == []
    dispatch(client, auth, world, order["id"], second)
    assert post(client, auth, second.user, f"/orders/{order['id']}/accept").status_code == 200


@pytest.mark.parametrize("stage", ["pending", "offered", "accepted"])
def test_resident_cancels_before_service(client, auth, world, stage):
    v = world.volunteers[0]
    order = place(client, auth, world)
    if stage in ("offered", "accepted"):
        dispatch(client, auth, world, order["id"], v)
    if stage == "accepted":
        post(client, auth, v.user, f"/orders/{order['id']}/accept")
    resp = post(client, auth, world.resident, f"/orders/{order['id']}/cancel", {"reason": "不需要了"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    assert resp.get_json()["cancel_reason"] == "不需要了"
    me = client.get(f"{API}/volunteers/me", headers=auth.headers(v.user)).get_json()
    assert me["active_orders"] == 0
    tasks = client.get(f"{API}/volunteers/me/tasks", headers=auth.headers(v.user)).get_json()["items"]
    assert tasks == []


def test_cancel_in_service_is_staff_only_and_completed_cannot_be_cancelled(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    post(client, auth, v.user, f"/orders/{order['id']}/check-in", {"lat": world.community.lat,
                                                                    "lng": world.community.lng})
    resp = post(client, auth, world.resident, f"/orders/{order['id']}/cancel", {"reason": "x"})
    assert resp.status_code == 409 and resp.get_json()["code"] == "service_started"
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/cancel", {"reason": "志愿者临时有事"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/cancel", {"reason": "again"})
    assert resp.status_code == 409 and resp.get_json()["code"] == "order_cancelled"

    second = place(client, auth, world)
    post(client, auth, v.user, f"/orders/{second['id']}/claim")
    post(client, auth, v.user, f"/orders/{second['id']}/check-in", {"lat": world.community.lat,
                                                                     "lng": world.community.lng})
    post(client, auth, v.user, f"/orders/{second['id']}/check-out", {"lat": world.community.lat,
                                                                      "lng": world.community.lng})
    resp = post(client, auth, world.staff, f"/orders/{second['id']}/cancel", {"reason": "x"})
    assert resp.status_code == 409 and resp.get_json()["code"] == "order_not_cancellable"


def test_orders_expire_at_window_end(app, client, auth, world):
    from app.orders import jobs as orders_jobs

    v = world.volunteers[0]
    pending = place(client, auth, world)
    offered = place(client, auth, world)
    dispatch(client, auth, world, offered["id"], v)
    clock.advance(timedelta(hours=5))
    with app.app_context():
        assert orders_jobs.expire_orders() == 2
        assert orders_jobs.expire_orders() == 0  # a second run changes nothing
    for order in (pending, offered):
        body = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.resident)).get_json()
        assert body["status"] == "expired"
        assert body["events"][-1]["actor"]["role"] == "system"
    assert client.get(f"{API}/volunteers/me/tasks", headers=auth.headers(v.user)).get_json()["items"] == []


def test_offer_deadline_expires_and_late_accept_is_refused(app, client, auth, world):
    from app.orders import jobs as orders_jobs

    v = world.volunteers[0]
    order = place(client, auth, world)
    offer = dispatch(client, auth, world, order["id"], v)
    clock.advance(timedelta(minutes=11))
    resp = post(client, auth, v.user, f"/orders/{order['id']}/accept")
    assert resp.status_code == 404 or resp.get_json()["code"] == "offer_expired"
    body = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.staff)).get_json()
    assert body["status"] == "pending"
    # the sweep finds nothing left to do for it
    with app.app_context():
        assert orders_jobs.expire_offers() == 0
    assert offer["deadline"]


def test_offer_deadline_sweep(app, client, auth, world):
    from app.orders import jobs as orders_jobs

    v = world.volunteers[0]
    order = place(client, auth, world)
    dispatch(client, auth, world, order["id"], v)
    clock.advance(timedelta(minutes=9))
    with app.app_context():
        assert orders_jobs.expire_offers() == 0
    clock.advance(timedelta(minutes=2))
    with app.app_context():
        assert orders_jobs.expire_offers() == 1
        assert orders_jobs.expire_offers() == 0
    body = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.staff)).get_json()
    # back to pending (and, in this manual community, flagged for staff: the last event says so)
    assert body["status"] == "pending" and ("offered", "pending") in statuses(body)
    assert body["attention_reason"] == "offer_lapsed"
    resp = post(client, auth, v.user, f"/orders/{order['id']}/claim")
    assert resp.status_code == 404  # passed on it: not in their pool any more


def test_automatic_rating_after_seven_days(app, client, auth, world):
    from app.orders import jobs as orders_jobs

    v = world.volunteers[0]
    order = place(client, auth, world)
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    here = {"lat": world.community.lat, "lng": world.community.lng}
    post(client, auth, v.user, f"/orders/{order['id']}/check-in", here)
    post(client, auth, v.user, f"/orders/{order['id']}/check-out", here)
    clock.advance(timedelta(days=6, hours=23))
    with app.app_context():
        assert orders_jobs.auto_rate() == 0
    clock.advance(timedelta(hours=2))
    with app.app_context():
        assert orders_jobs.auto_rate() == 1
        assert orders_jobs.auto_rate() == 0
    body = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.resident)).get_json()
    assert body["status"] == "rated" and body["rating"]["stars"] == 5 and body["rating"]["automatic"] is True
    me = client.get(f"{API}/volunteers/me", headers=auth.headers(v.user)).get_json()
    assert me["rating_count"] == 0  # silence is not praise
    resp = post(client, auth, world.resident, f"/orders/{order['id']}/rating", {"stars": 4})
    assert resp.status_code == 409 and resp.get_json()["code"] == "already_rated"


def test_illegal_transitions_answer_409_with_a_reason(client, auth, world):
    v, other = world.volunteers[:2]
    here = {"lat": world.community.lat, "lng": world.community.lng}
    order = place(client, auth, world)
    oid = order["id"]

    def code(user, verb, body=None):
        resp = post(client, auth, user, f"/orders/{oid}/{verb}", body)
        assert resp.status_code == 409, (verb, resp.get_json())
        assert resp.mimetype == "application/problem+json"
        return resp.get_json()["code"]

    assert code(v.user, "accept") == "order_not_offered"
    resp = post(client, auth, v.user, f"/orders/{oid}/check-in", here)  # no right to it at all: an access refusal
    assert resp.status_code == 403 and resp.get_json()["code"] == "not_your_order"
    assert code(world.resident, "rating", {"stars": 5}) == "order_not_completed"
    dispatch(client, auth, world, oid, v)
    assert code(v.user, "claim") == "order_not_pending"
    assert code(other.user, "claim") == "order_not_pending"
    resp = client.post(f"{API}/orders/{oid}/dispatch", json={"volunteer_id": other.id},
                       headers=auth.headers(world.staff))
    assert resp.status_code == 409 and resp.get_json()["code"] == "order_not_pending"
    accepted = post(client, auth, v.user, f"/orders/{oid}/accept").get_json()
    assert accepted["events"][-1]["to"] == "accepted"  # the answer shows the change it made
    # A repeat sent without an Idempotency-Key hears what was done already, not what to do first.
    assert code(v.user, "accept") == "already_accepted" and code(v.user, "claim") == "already_accepted"
    assert post(client, auth, other.user, f"/orders/{oid}/accept").status_code == 404  # not theirs to see
    assert code(v.user, "check-out", here) == "order_not_in_service"
    checked_in = post(client, auth, v.user, f"/orders/{oid}/check-in", here).get_json()
    assert checked_in["events"][-1]["to"] == "in_service"
    assert code(v.user, "check-in", here) == "already_checked_in"
    checked_out = post(client, auth, v.user, f"/orders/{oid}/check-out", here).get_json()
    assert checked_out["events"][-1]["to"] == "completed"
    assert code(v.user, "check-out", here) == "already_checked_out" and code(v.user, "check-in", here) == \
        "already_checked_in"
    post(client, auth, world.resident, f"/orders/{oid}/rating", {"stars": 4})
    assert code(world.resident, "rating", {"stars": 4}) == "already_rated"
    assert code(world.resident, "cancel", {"reason": "x"}) == "order_not_cancellable"


def test_capacity_is_enforced(client, auth, world):
    v = world.volunteers[0]
    first, second = place(client, auth, world), place(client, auth, world)
    assert post(client, auth, v.user, f"/orders/{first['id']}/claim").status_code == 200
    resp = post(client, auth, v.user, f"/orders/{second['id']}/claim")
    assert resp.status_code == 409 and resp.get_json()["code"] == "volunteer_at_capacity"


def test_unverified_minutes_wait_for_staff(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    far = {"lat": world.community.lat + 0.01, "lng": world.community.lng}  # about 1.1 km away
    post(client, auth, v.user, f"/orders/{order['id']}/check-in", far)
    clock.advance(timedelta(minutes=200))
    body = post(client, auth, v.user, f"/orders/{order['id']}/check-out", far).get_json()
    assert body["minutes_status"] == "pending_review" and body["service_minutes"] == 200
    listed = client.get(f"{API}/orders?minutes_status=pending_review", headers=auth.headers(world.staff))
    assert [o["id"] for o in listed.get_json()["items"]] == [order["id"]]
    resp = post(client, auth, v.user, f"/orders/{order['id']}/minutes-review", {"approve": True})
    assert resp.status_code == 403
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/minutes-review", {"approve": True})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["minutes_status"] == "approved" and body["service_minutes"] == 120  # capped at twice 60
    me = client.get(f"{API}/volunteers/me", headers=auth.headers(v.user)).get_json()
    assert me["verified_minutes"] == 0 and me["approved_minutes"] == 120
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/minutes-review", {"approve": False})
    assert resp.status_code == 409 and resp.get_json()["code"] == "minutes_not_pending_review"


def test_verified_minutes_are_capped_at_twice_expected(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    here = {"lat": world.community.lat + 0.002, "lng": world.community.lng}  # about 220 m: still near
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    post(client, auth, v.user, f"/orders/{order['id']}/check-in", here)
    clock.advance(timedelta(hours=5))
    body = post(client, auth, v.user, f"/orders/{order['id']}/check-out",
                {**here, "service_code": order["service_code"]}).get_json()
    assert body["minutes_status"] == "verified" and body["service_minutes"] == 120


def test_low_rating_opens_a_follow_up(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    here = {"lat": world.community.lat, "lng": world.community.lng}
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    post(client, auth, v.user, f"/orders/{order['id']}/check-in", here)
    post(client, auth, v.user, f"/orders/{order['id']}/check-out", here)
    post(client, auth, world.resident, f"/orders/{order['id']}/rating", {"stars": 2, "comment": "迟到了"})
    resp = client.get(f"{API}/communities/{world.community.id}/follow-ups?status=open",
                      headers=auth.headers(world.staff))
    items = resp.get_json()["items"]
    assert len(items) == 1 and items[0]["order_id"] == order["id"] and items[0]["stars"] == 2
    resp = post(client, auth, world.staff, f"/follow-ups/{items[0]['id']}/close", {"outcome": "已电话回访，志愿者致歉"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "closed"
    other_staff = factories.staff(factories.community())
    assert post(client, auth, other_staff, f"/follow-ups/{items[0]['id']}/close", {"outcome": "x"}).status_code == 404


def test_staff_orders_for_a_resident(client, auth, world):
    resp = client.post(f"{API}/orders", json=order_body(world, resident_id=world.resident.id),
                       headers=auth.headers(world.staff))
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["resident"]["id"] == world.resident.id
    assert body["events"][0]["actor"]["role"] == "staff" and "代点单" in body["events"][0]["note"]
    mine = client.get(f"{API}/orders", headers=auth.headers(world.resident)).get_json()["items"]
    assert [o["id"] for o in mine] == [body["id"]]
    other_staff = factories.staff(factories.community())
    resp = client.post(f"{API}/orders", json=order_body(world, resident_id=world.resident.id),
                       headers=auth.headers(other_staff))
    assert resp.status_code == 403


def test_archived_item_cannot_be_ordered_and_orders_keep_their_terms(client, auth, world):
    order = place(client, auth, world)
    resp = client.patch(f"{API}/menu-items/{world.item.id}", json={"points": 99, "expected_minutes": 15},
                        headers=auth.headers(world.staff))
    assert resp.status_code == 200
    assert client.delete(f"{API}/menu-items/{world.item.id}", headers=auth.headers(world.staff)).status_code == 204
    body = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.resident)).get_json()
    assert body["points"] == 10 and body["expected_minutes"] == 60 and body["item_name"] == "陪同散步"
    resp = client.post(f"{API}/orders", json=order_body(world), headers=auth.headers(world.resident))
    assert resp.status_code == 422 and resp.get_json()["code"] == "menu_item_archived"


BAD_ORDERS = [
    ({"lat": 91}, "lat"),
    ({"lng": -181}, "lng"),
    ({"lat": "north"}, "lat"),
    ({"menu_item_id": 999999}, "menu_item_id"),
    ({"address": ""}, "address"),
    ({"address": "x" * 201}, "address"),
    ({"note": "x" * 501}, "note"),
    ({"window_start": "not a date"}, "window_start"),
    ({"window_start": "2026-11-22T10:00:00"}, "window_start"),  # no offset
    ({"colour": "red"}, "colour"),
]


@pytest.mark.parametrize("change, field", BAD_ORDERS)
def test_bad_orders_are_422_with_field_errors_and_change_nothing(client, auth, world, change, field):
    resp = client.post(f"{API}/orders", json=order_body(world, **change), headers=auth.headers(world.resident))
    assert resp.status_code == 422, resp.get_json()
    assert resp.mimetype == "application/problem+json"
    assert field in resp.get_json()["errors"]
    assert client.get(f"{API}/orders", headers=auth.headers(world.resident)).get_json()["items"] == []


def test_bad_windows_and_places(client, auth, world):
    now = clock.now()
    cases = [
        ({"window_start": (now + timedelta(hours=3)).isoformat(), "window_end": (now + timedelta(hours=2)).isoformat()},
         "window_end", "validation_failed"),
        ({"window_start": (now - timedelta(hours=3)).isoformat(), "window_end": (now - timedelta(hours=1)).isoformat()},
         "window_end", "validation_failed"),
        ({"lat": world.community.lat + 0.03}, "lat", "outside_service_area"),  # about 3.3 km north
    ]
    for change, field, code in cases:
        resp = client.post(f"{API}/orders", json=order_body(world, **change), headers=auth.headers(world.resident))
        assert resp.status_code == 422, resp.get_json()
        assert resp.get_json()["code"] == code and field in resp.get_json()["errors"]
    assert client.get(f"{API}/orders", headers=auth.headers(world.resident)).get_json()["items"] == []


@pytest.mark.parametrize("body, field", [({"stars": 0}, "stars"), ({"stars": 6}, "stars"), ({"stars": "5"}, "stars"),
                                         ({"stars": 4.5}, "stars"), ({"stars": True}, "stars"),
                                         ({"stars": 5, "comment": "x" * 501}, "comment"),
                                         ({"stars": 5, "comment": "好\x00"}, "comment"),
                                         ({"stars": 5, "tags": ["好吃"]}, "tags"), ({}, "stars")])
def test_bad_ratings(client, auth, world, body, field):
    v = world.volunteers[0]
    order = place(client, auth, world)
    here = {"lat": world.community.lat, "lng": world.community.lng}
    post(client, auth, v.user, f"/orders/{order['id']}/claim")
    post(client, auth, v.user, f"/orders/{order['id']}/check-in", here)
    post(client, auth, v.user, f"/orders/{order['id']}/check-out", here)
    resp = post(client, auth, world.resident, f"/orders/{order['id']}/rating", body)
    assert resp.status_code == 422 and field in {name.split(".")[0] for name in resp.get_json()["errors"]}
    assert client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.resident)).get_json()["status"] == \
        "completed"


def test_who_sees_what(client, auth, world):
    v, other_v = world.volunteers[:2]
    order = place(client, auth, world)
    oid = order["id"]
    stranger = factories.user(roles=("resident",))
    other_staff = factories.staff(factories.community())
    far_volunteer = factories.volunteer(world.community, [world.category], lat=world.community.lat + 0.2)
    unskilled = factories.volunteer(world.community, [factories.category()])

    def status_for(user):
        return client.get(f"{API}/orders/{oid}", headers=auth.headers(user)).status_code

    assert client.get(f"{API}/orders/{oid}").status_code == 401
    assert status_for(world.resident) == 200 and status_for(world.staff) == 200
    assert status_for(stranger) == 404 and status_for(other_staff) == 404
    assert status_for(v.user) == 200  # open to them
    assert status_for(far_volunteer.user) == 200  # open pool does not limit reading by distance
    assert status_for(unskilled.user) == 404
    dispatch(client, auth, world, oid, v)
    assert status_for(v.user) == 200 and status_for(other_v.user) == 404
    offered_view = client.get(f"{API}/orders/{oid}", headers=auth.headers(v.user)).get_json()
    assert offered_view["address"] is None and "phone" not in offered_view["resident"]
    post(client, auth, v.user, f"/orders/{oid}/accept")
    held = client.get(f"{API}/orders/{oid}", headers=auth.headers(v.user)).get_json()
    assert held["resident"]["phone"] == "13512345678" and held["address"]
    here = {"lat": world.community.lat, "lng": world.community.lng}
    post(client, auth, v.user, f"/orders/{oid}/check-in", here)
    post(client, auth, v.user, f"/orders/{oid}/check-out", here)
    done = client.get(f"{API}/orders/{oid}", headers=auth.headers(v.user)).get_json()
    assert "phone" not in done["resident"] and done["address"] is None  # no longer holding it
    assert client.get(f"{API}/orders", headers=auth.headers(stranger)).get_json()["items"] == []
    assert client.get(f"{API}/orders", headers=auth.headers(other_staff)).get_json()["items"] == []
    assert [o["id"] for o in client.get(f"{API}/orders", headers=auth.headers(world.staff)).get_json()["items"]] == [oid]


def test_roles_refused(client, auth, world):
    order = place(client, auth, world)
    oid = order["id"]
    v = world.volunteers[0]
    # staff-only endpoints
    for user in (world.resident, v.user):
        assert client.get(f"{API}/orders/{oid}/candidates", headers=auth.headers(user)).status_code == 403
        assert post(client, auth, user, f"/orders/{oid}/dispatch", {"volunteer_id": v.id}).status_code == 403
    # volunteer-only endpoints
    for verb in ("accept", "decline", "claim"):
        assert post(client, auth, world.resident, f"/orders/{oid}/{verb}").status_code == 403
    assert client.get(f"{API}/orders/open", headers=auth.headers(world.resident)).status_code == 403
    assert client.get(f"{API}/volunteers/me/tasks", headers=auth.headers(world.resident)).status_code == 403
    # staff of another community
    other_staff = factories.staff(factories.community())
    assert client.get(f"{API}/orders/{oid}/candidates", headers=auth.headers(other_staff)).status_code == 404
    assert post(client, auth, other_staff, f"/orders/{oid}/dispatch", {"volunteer_id": v.id}).status_code == 404
    # a suspended volunteer
    suspended = factories.volunteer(world.community, [world.category], status="suspended")
    assert post(client, auth, suspended.user, f"/orders/{oid}/claim").status_code in (403, 404)
    # anonymous
    assert client.post(f"{API}/orders", json=order_body(world)).status_code == 401


def test_candidates_are_ranked_with_reasons(client, auth, world):
    order = place(client, auth, world)
    resp = client.get(f"{API}/orders/{order['id']}/candidates?limit=2", headers=auth.headers(world.staff))
    assert resp.status_code == 200
    items = resp.get_json()["items"]
    assert [c["volunteer"]["id"] for c in items] == [world.volunteers[0].id, world.volunteers[1].id]
    first = items[0]
    assert 150 < first["distance_m"] < 250 and 0 < first["score"] <= 1
    assert set(first["reasons"]) == {"distance", "rating", "fairness", "reliability", "radius"}
    assert first["reasons"]["radius"] == {"metres": 1500, "widened": False}
    assert "phone" not in first["volunteer"]
    resp = client.get(f"{API}/orders/{order['id']}/candidates?limit=0", headers=auth.headers(world.staff))
    assert resp.status_code == 422


def test_candidates_show_who_each_volunteer_is(client, auth, world):
    other_skill = factories.category("保洁(测试)", description="打扫卫生")
    v = factories.volunteer(world.community, [other_skill, world.category], lat=world.community.lat + 100 / 111_000,
                            name="李师傅", max_active_orders=2)
    with factories.context():
        volunteer = db.session.get(Volunteer, v.id)
        volunteer.rating_count, volunteer.rating_sum = 4, 18
        volunteer.verified_minutes, volunteer.approved_minutes = 120, 30
        db.session.commit()
    order = place(client, auth, world)
    items = client.get(f"{API}/orders/{order['id']}/candidates", headers=auth.headers(world.staff)).get_json()["items"]
    [shown] = [c["volunteer"] for c in items if c["volunteer"]["id"] == v.id]
    assert shown == {
        "id": v.id, "name": "李师傅", "community_id": world.community.id, "active_orders": 0, "max_active_orders": 2,
        "on_duty": False, "rating_count": 4, "rating_mean": 4.5, "verified_minutes": 120, "approved_minutes": 30,
        "skills": [{"id": world.category.id, "name": "助老(测试)", "description": ""},
                   {"id": other_skill.id, "name": "保洁(测试)", "description": "打扫卫生"}],
    }
    assert [c["volunteer"]["name"] for c in items if c["volunteer"]["id"] != v.id] == ["志愿者1", "志愿者2", "志愿者3"]


def test_dispatch_input(client, auth, world):
    order = place(client, auth, world)
    for body in ({}, {"volunteer_id": world.volunteers[0].id, "auto": True}, {"volunteer_id": "x"}):
        resp = post(client, auth, world.staff, f"/orders/{order['id']}/dispatch", body)
        assert resp.status_code == 422, body
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/dispatch", {"volunteer_id": 999999})
    assert resp.status_code == 422 and resp.get_json()["code"] == "unknown_volunteer"
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/dispatch", {"auto": True})
    assert resp.status_code == 201 and resp.get_json()["volunteer_id"] == world.volunteers[0].id


def test_tasks_soonest_first(client, auth, world):
    v = world.volunteers[0]
    assert client.patch(f"{API}/volunteers/me", json={"max_active_orders": 3},
                        headers=auth.headers(v.user)).status_code == 200
    later = place(client, auth, world, **dict(zip(("window_start", "window_end"), _window(5))))
    sooner = place(client, auth, world, **dict(zip(("window_start", "window_end"), _window(1))))
    post(client, auth, v.user, f"/orders/{later['id']}/claim")
    dispatch(client, auth, world, sooner["id"], v)
    items = client.get(f"{API}/volunteers/me/tasks", headers=auth.headers(v.user)).get_json()["items"]
    assert [(t["kind"], t["order"]["id"]) for t in items] == [("offer", sooner["id"]), ("order", later["id"])]
    assert items[0]["offer_deadline"] is not None
    assert items[1]["order"]["resident"]["phone"] == "13512345678"
    assert "phone" not in items[0]["order"]["resident"]


def test_tasks_and_the_pool_show_orders_as_the_order_itself_does(client, auth, world):
    """The task list and the open pool read table rows, not Order objects: each order there is what
    GET /orders/{id} shows the same volunteer (holder, offered and open views), timeline included."""
    v = world.volunteers[0]
    assert client.patch(f"{API}/volunteers/me", json={"max_active_orders": 3},
                        headers=auth.headers(v.user)).status_code == 200
    held, offered, pending = (place(client, auth, world) for _ in range(3))
    post(client, auth, v.user, f"/orders/{held['id']}/claim")
    post(client, auth, v.user, f"/orders/{held['id']}/check-in", {"lat": world.community.lat,
                                                                   "lng": world.community.lng})
    dispatch(client, auth, world, offered["id"], v)

    def as_seen(order_id):
        return client.get(f"{API}/orders/{order_id}", headers=auth.headers(v.user)).get_json()

    tasks = {t["order"]["id"]: t for t in
             client.get(f"{API}/volunteers/me/tasks", headers=auth.headers(v.user)).get_json()["items"]}
    assert tasks[held["id"]]["order"] == as_seen(held["id"])
    assert [e["to"] for e in tasks[held["id"]]["order"]["events"]] == ["pending", "accepted", "in_service"]
    assert tasks[offered["id"]]["order"] == as_seen(offered["id"])
    assert tasks[offered["id"]]["order"]["offer"]["volunteer_name"] == v.user.name
    assert tasks[offered["id"]]["offer_deadline"] == tasks[offered["id"]]["order"]["offer"]["deadline"]
    pool = client.get(f"{API}/orders/open", headers=auth.headers(v.user)).get_json()["items"]
    assert [o["id"] for o in pool] == [pending["id"]]
    assert {k: w for k, w in pool[0].items() if k != "distance_m"} == as_seen(pending["id"])


def test_an_offered_order_shows_the_volunteer_name_without_reading_skills(client, auth, world, statements):
    v = world.volunteers[0]
    order = place(client, auth, world)
    dispatch(client, auth, world, order["id"], v)
    statements.clear()
    body = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(world.staff)).get_json()
    assert body["offer"]["volunteer_name"] == v.user.name
    assert statements and not [s for s in statements if "volunteer_skills" in s]
