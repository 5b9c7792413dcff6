"""Urgent menu items (紧急求助) through HTTP: offered to the best 3 at once for 3 minutes, staff told at once, the
first accept wins and the other offers are withdrawn (their volunteers hear 409 order_taken), a decline by one of
three keeps the order offered, and the deadline sweep handles the several offers of one order."""
from datetime import timedelta

from sqlalchemy import select

from app import clock
from app.extensions import db
from app.notify.models import Notification
from app.orders import jobs as orders_jobs
from app.orders.models import Offer
from tests import factories

API = "/api/v1"
NORTH = 1 / 111_000


def _urgent_world(n_volunteers=3, policy="manual"):
    clock.set_time(clock.now())
    community = factories.community(dispatch_policy=policy)
    category = factories.category()
    staff = factories.staff(community)
    item = factories.menu_item(community, category, name="紧急求助", urgent=True, offer_minutes=30)
    volunteers = [factories.volunteer(community, [category], lat=community.lat + (i + 1) * 150 * NORTH,
                                      name=f"志愿者{i}") for i in range(n_volunteers)]
    resident = factories.user(roles=("resident",), name="李大爷")
    return community, item, staff, resident, volunteers


def _place(client, auth, item, resident, community):
    start = clock.now() + timedelta(minutes=10)
    resp = client.post(f"{API}/orders", headers=auth.headers(resident), json={
        "menu_item_id": item.id, "address": "民生路 1 号", "lat": community.lat, "lng": community.lng,
        "window_start": start.isoformat(), "window_end": (start + timedelta(hours=2)).isoformat()})
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def _offers(order_id):
    return db.session.scalars(select(Offer).where(Offer.order_id == order_id).order_by(Offer.id)).all()


def _post(client, auth, user, path, body=None):
    return client.post(f"{API}{path}", json=body or {}, headers=auth.headers(user))


def test_urgent_is_a_menu_item_field(client, auth):
    community = factories.community()
    category = factories.category()
    staff = factories.staff(community)
    resp = client.post(f"{API}/communities/{community.id}/menu-items", headers=auth.headers(staff), json={
        "category_id": category.id, "name": "紧急求助", "points": 20, "expected_minutes": 30, "urgent": True})
    assert resp.status_code == 201 and resp.get_json()["urgent"] is True
    item_id = resp.get_json()["id"]
    resp = client.patch(f"{API}/menu-items/{item_id}", headers=auth.headers(staff), json={"urgent": False})
    assert resp.status_code == 200 and resp.get_json()["urgent"] is False
    resp = client.patch(f"{API}/menu-items/{item_id}", headers=auth.headers(staff), json={"urgent": "yes"})
    assert resp.status_code == 422
    plain = client.post(f"{API}/communities/{community.id}/menu-items", headers=auth.headers(staff), json={
        "category_id": category.id, "name": "理发", "points": 20, "expected_minutes": 30}).get_json()
    assert plain["urgent"] is False


def test_offered_to_three_at_once_for_three_minutes_and_staff_told(client, auth, ctx):
    community, item, staff, resident, volunteers = _urgent_world(4)
    order = _place(client, auth, item, resident, community)
    assert order["status"] == "offered" and order["urgent"] is True and order["offers_made"] == 3
    offers = _offers(order["id"])
    assert [o.volunteer_id for o in offers] == [v.id for v in volunteers[:3]]  # the best 3, nearest first
    assert all(o.status == "pending" and o.deadline == clock.now() + timedelta(minutes=3) for o in offers)
    told = db.session.scalars(select(Notification).where(Notification.user_id == staff.id)).all()
    assert [(n.event, n.dedupe_key) for n in told] == [("urgent_order", f"order:{order['id']}:urgent")]
    for volunteer, offer in zip(volunteers[:3], offers):
        shown = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(volunteer.user)).get_json()
        assert shown["offer"]["id"] == offer.id and shown["offer"]["volunteer_id"] == volunteer.id
        tasks = client.get(f"{API}/volunteers/me/tasks", headers=auth.headers(volunteer.user)).get_json()["items"]
        assert [(t["kind"], t["order"]["offer"]["id"]) for t in tasks] == [("offer", offer.id)]
    assert client.get(f"{API}/orders/{order['id']}", headers=auth.headers(volunteers[3].user)).status_code == 404


def test_first_accept_wins_and_the_others_are_withdrawn(client, auth, ctx):
    community, item, staff, resident, volunteers = _urgent_world()
    order = _place(client, auth, item, resident, community)
    resp = _post(client, auth, volunteers[1].user, f"/orders/{order['id']}/accept")
    assert resp.status_code == 200 and resp.get_json()["status"] == "accepted"
    db.session.expire_all()
    assert [o.status for o in _offers(order["id"])] == ["withdrawn", "accepted", "withdrawn"]
    for loser in (volunteers[0], volunteers[2]):
        resp = _post(client, auth, loser.user, f"/orders/{order['id']}/accept")
        assert resp.status_code == 409 and resp.get_json()["code"] == "order_taken"
        resp = _post(client, auth, loser.user, f"/orders/{order['id']}/decline", {"reason": "忙"})
        assert resp.status_code == 409 and resp.get_json()["code"] == "order_taken"
    shown = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(staff)).get_json()
    assert shown["volunteer"]["id"] == volunteers[1].id
    assert any("withdrawn" in e["note"] for e in shown["events"])


def test_a_decline_by_one_of_three_keeps_the_order_offered(client, auth, ctx):
    community, item, staff, resident, volunteers = _urgent_world(5)
    order = _place(client, auth, item, resident, community)
    resp = _post(client, auth, volunteers[0].user, f"/orders/{order['id']}/decline", {"reason": "不在家"})
    assert resp.status_code == 200
    shown = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(staff)).get_json()
    assert shown["status"] == "offered" and shown["offer"]["volunteer_id"] == volunteers[1].id
    assert _post(client, auth, volunteers[1].user, f"/orders/{order['id']}/decline").status_code == 200
    assert _post(client, auth, volunteers[2].user, f"/orders/{order['id']}/decline").status_code == 200
    # The last live offer declined: the next best at once (two left, within the 5 offers a community allows).
    db.session.expire_all()
    offers = _offers(order["id"])
    assert [o.status for o in offers] == ["declined"] * 3 + ["pending"] * 2
    assert [o.volunteer_id for o in offers[3:]] == [volunteers[3].id, volunteers[4].id]
    assert _post(client, auth, volunteers[4].user, f"/orders/{order['id']}/accept").status_code == 200


def test_offers_lapse_after_three_minutes_and_the_sweep_handles_all_of_them(client, auth, ctx, app):
    community, item, staff, resident, volunteers = _urgent_world(3)
    order = _place(client, auth, item, resident, community)
    clock.advance(timedelta(minutes=2, seconds=59))
    assert orders_jobs.expire_offers() == 0
    clock.advance(timedelta(seconds=2))
    assert orders_jobs.expire_offers() == 3
    assert orders_jobs.expire_offers() == 0
    db.session.expire_all()
    assert [o.status for o in _offers(order["id"])] == ["expired"] * 3
    shown = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(staff)).get_json()
    assert shown["status"] == "pending" and shown["needs_attention"] is True  # nobody else to offer it to
    assert [(e["from"], e["to"]) for e in shown["events"]].count(("offered", "pending")) == 1
    resp = _post(client, auth, volunteers[0].user, f"/orders/{order['id']}/accept")
    assert resp.status_code == 409 and resp.get_json()["code"] == "offer_expired"


def test_an_answer_after_the_deadline_lapses_only_that_offer(client, auth, ctx):
    community, item, staff, resident, volunteers = _urgent_world(3)
    order = _place(client, auth, item, resident, community)
    clock.advance(timedelta(minutes=3))
    resp = _post(client, auth, volunteers[0].user, f"/orders/{order['id']}/accept")
    assert resp.status_code == 409 and resp.get_json()["code"] == "offer_expired"
    db.session.expire_all()
    assert [o.status for o in _offers(order["id"])] == ["expired", "pending", "pending"]
    assert orders_jobs.expire_offers() == 2
    db.session.expire_all()
    assert [o.status for o in _offers(order["id"])] == ["expired"] * 3


def test_cancelling_an_urgent_order_withdraws_every_offer(client, auth, ctx):
    community, item, staff, resident, volunteers = _urgent_world(3)
    order = _place(client, auth, item, resident, community)
    resp = _post(client, auth, resident, f"/orders/{order['id']}/cancel", {"reason": "不用了"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    db.session.expire_all()
    assert [o.status for o in _offers(order["id"])] == ["withdrawn"] * 3
    assert orders_jobs.expire_offers() == 0


def test_an_ordinary_item_still_has_one_offer_at_a_time(client, auth, ctx):
    clock.set_time(clock.now())
    community = factories.community(dispatch_policy="auto")
    category = factories.category()
    item = factories.menu_item(community, category)
    for i in range(3):
        factories.volunteer(community, [category], lat=community.lat + (i + 1) * 150 * NORTH)
    resident = factories.user(roles=("resident",))
    order = _place(client, auth, item, resident, community)
    # An ordinary order's first offer follows the answer to POST /orders (app.orders.dispatch.after_order_created).
    assert order["urgent"] is False and order["status"] == "pending"
    assert len(_offers(order["id"])) == 1
    told = db.session.scalars(select(Notification).where(Notification.event == "urgent_order")).all()
    assert told == []


def test_suspending_one_of_three_keeps_the_others_offers(client, auth, ctx):
    community, item, staff, resident, volunteers = _urgent_world(3)
    order = _place(client, auth, item, resident, community)
    resp = _post(client, auth, staff, f"/volunteers/{volunteers[0].id}/suspend", {"reason": "核查"})
    assert resp.status_code == 200
    db.session.expire_all()
    assert [o.status for o in _offers(order["id"])] == ["withdrawn", "pending", "pending"]
    shown = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(staff)).get_json()
    assert shown["status"] == "offered" and shown["offer"]["volunteer_id"] == volunteers[1].id
    for volunteer in volunteers[1:]:
        resp = _post(client, auth, staff, f"/volunteers/{volunteer.id}/suspend", {"reason": "核查"})
        assert resp.status_code == 200
    shown = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(staff)).get_json()
    assert shown["status"] == "pending" and shown["needs_attention"] is True
    db.session.expire_all()
    assert [o.status for o in _offers(order["id"])] == ["withdrawn"] * 3


def test_a_released_urgent_order_goes_out_to_the_next_best_at_once(client, auth, ctx):
    """Handing back an urgent order (the loop's release) offers it again to several at once, as after a lapse, and
    never to the one who released it."""
    community, item, staff, resident, volunteers = _urgent_world(6)
    order = _place(client, auth, item, resident, community)
    assert _post(client, auth, volunteers[0].user, f"/orders/{order['id']}/accept").status_code == 200
    resp = _post(client, auth, volunteers[0].user, f"/orders/{order['id']}/release", {"reason": "临时有事"})
    assert resp.status_code == 200, resp.get_json()
    db.session.expire_all()
    live = [o for o in _offers(order["id"]) if o.status == "pending"]
    assert len(live) == 2  # 3 offers made, 5 allowed: the next best 2 at once
    assert volunteers[0].id not in {o.volunteer_id for o in live}
    shown = client.get(f"{API}/orders/{order['id']}", headers=auth.headers(staff)).get_json()
    assert shown["status"] == "offered"
