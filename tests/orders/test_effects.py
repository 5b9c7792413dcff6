"""What an order's status change causes beyond the status, through HTTP: the offer a cancel or an expiry ends, the
volunteer's acceptance count that ranking reads, a decline's reason kept on the offer, and the confirmation a
resident's rating gives (issue 21: the mutants of app/orders/effects.py that the other order tests let live)."""
from datetime import timedelta

from sqlalchemy import select, update

from app import clock
from app.extensions import db
from app.matching.models import Volunteer
from app.orders import closing
from app.orders.models import Offer, Order
from tests import factories
from tests.orders.test_orders_routes import API, dispatch, place, post


def _offer(app, order_id) -> Offer:
    with app.app_context():
        return db.session.scalar(select(Offer).where(Offer.order_id == order_id).order_by(Offer.id.desc()).limit(1))


def test_cancelling_an_offered_order_withdraws_its_offer(app, client, auth, world):
    volunteer = world.volunteers[0]
    order = place(client, auth, world)
    dispatch(client, auth, world, order["id"], volunteer)
    resp = post(client, auth, world.resident, f"/orders/{order['id']}/cancel", {"reason": "不需要了"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"
    assert _offer(app, order["id"]).status == "withdrawn"
    tasks = client.get(f"{API}/volunteers/me/tasks", headers=auth.headers(volunteer.user))
    assert order["id"] not in [o["id"] for o in (tasks.get_json() or {}).get("items", [])]


def test_an_offered_order_that_expires_withdraws_its_offer(app, client, auth, world):
    order = place(client, auth, world)
    dispatch(client, auth, world, order["id"], world.volunteers[0])
    offer = _offer(app, order["id"])
    clock.set_time(clock.now() + timedelta(hours=4))
    with factories.context():
        # The offer's own deadline has passed too; the expiry, not the lapse, ends it here.
        assert closing.expire(order["id"]) is True
        db.session.commit()
    assert _offer(app, order["id"]).status == "withdrawn" and offer.status == "pending"


def test_an_offer_ended_already_is_left_as_it_ended(app, client, auth, world):
    volunteer = world.volunteers[0]
    order = place(client, auth, world)
    dispatch(client, auth, world, order["id"], volunteer)
    offer = _offer(app, order["id"])
    with factories.context():
        db.session.execute(update(Offer).where(Offer.id == offer.id).values(status="expired"))
        db.session.commit()
    post(client, auth, world.staff, f"/orders/{order['id']}/cancel", {"reason": "取消"})
    assert _offer(app, order["id"]).status == "expired"


def test_each_accepted_offer_counts_toward_the_volunteers_acceptance(app, client, auth, world):
    volunteer = world.volunteers[0]
    with factories.context():
        db.session.execute(update(Volunteer).where(Volunteer.id == volunteer.id).values(max_active_orders=3))
        db.session.commit()
    for _ in range(2):
        order = place(client, auth, world)
        dispatch(client, auth, world, order["id"], volunteer)
        assert post(client, auth, volunteer.user, f"/orders/{order['id']}/accept").status_code == 200
    with app.app_context():
        row = db.session.get(Volunteer, volunteer.id)
        assert (row.offers_received, row.offers_accepted) == (2, 2)


def test_a_decline_keeps_its_reason_on_the_offer(app, client, auth, world):
    first, second = world.volunteers[:2]
    order = place(client, auth, world)
    dispatch(client, auth, world, order["id"], first)
    post(client, auth, first.user, f"/orders/{order['id']}/decline", {"reason": "今天没空"})
    assert _offer(app, order["id"]).reason == "今天没空"
    dispatch(client, auth, world, order["id"], second)
    post(client, auth, second.user, f"/orders/{order['id']}/decline", {"reason": ""})
    assert _offer(app, order["id"]).reason is None  # no reason given is none, not an empty one


def test_the_residents_rating_confirms_the_service_when_it_is_given(app, client, auth, world):
    volunteer = world.volunteers[0]
    here = {"lat": world.community.lat, "lng": world.community.lng}
    order = place(client, auth, world)
    dispatch(client, auth, world, order["id"], volunteer)
    post(client, auth, volunteer.user, f"/orders/{order['id']}/accept")
    post(client, auth, volunteer.user, f"/orders/{order['id']}/check-in", here)
    post(client, auth, volunteer.user, f"/orders/{order['id']}/check-out", {**here, "summary": "done"})
    rated_at = clock.set_time(clock.now() + timedelta(minutes=5)) or clock.now()
    assert post(client, auth, world.resident, f"/orders/{order['id']}/rating", {"stars": 5}).status_code in (200, 201)
    with app.app_context():
        assert db.session.get(Order, order["id"]).confirmed_at == rated_at


def _served(client, auth, world, volunteer, **check_out):
    here = {"lat": world.community.lat, "lng": world.community.lng}
    order = place(client, auth, world)
    post(client, auth, volunteer.user, f"/orders/{order['id']}/claim")
    post(client, auth, volunteer.user, f"/orders/{order['id']}/check-in", here)
    clock.advance(timedelta(minutes=60))
    return post(client, auth, volunteer.user, f"/orders/{order['id']}/check-out", {**here, **check_out}).get_json()


def test_ratings_add_up_in_the_volunteers_rating(app, client, auth, world):
    volunteer = world.volunteers[0]
    for stars in (4, 5):
        order = _served(client, auth, world, volunteer)
        assert post(client, auth, world.resident, f"/orders/{order['id']}/rating",
                    {"stars": stars}).status_code in (200, 201)
    with app.app_context():
        row = db.session.get(Volunteer, volunteer.id)
        assert (row.rating_count, row.rating_sum) == (2, 9)


def test_a_rating_after_staff_approved_the_minutes_leaves_them_approved(app, client, auth, world):
    volunteer = world.volunteers[0]
    order = _served(client, auth, world, volunteer)
    assert order["minutes_status"] == "pending_review"
    assert post(client, auth, world.staff, f"/orders/{order['id']}/minutes-review",
                {"approve": True}).get_json()["minutes_status"] == "approved"
    resp = post(client, auth, world.resident, f"/orders/{order['id']}/rating", {"stars": 5})
    assert resp.status_code in (200, 201), resp.get_json()
    me = client.get(f"{API}/volunteers/me", headers=auth.headers(volunteer.user)).get_json()
    assert me["verified_minutes"] == 0 and me["approved_minutes"] == 60
