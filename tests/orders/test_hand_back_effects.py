"""What a hand-back tells the volunteer who held the order, and an offer answered meanwhile, through HTTP and the
services (issue 21: the mutants of app/orders/effects.py's merged hand-backs and urgent offers that the other order
tests let live): the reason each kind of hand-back gives, no hand-back notice for a suspension's release, a cancel
over an offer that ended, and one racing an offer's answer."""
from datetime import timedelta

import pytest
from sqlalchemy import update

from app import clock
from app.accounts.models import User
from app.errors import ApiError
from app.extensions import db
from app.orders import closing
from app.orders import jobs as orders_jobs
from app.orders.models import Offer, Order
from tests import factories
from tests.orders.test_loop import API, _accepted, _run, _told, get_order, post

pytestmark = pytest.mark.english  # the notices' texts are read in English


def _handed_back_notice(client, auth, user) -> str:
    items = client.get(f"{API}/notifications", headers=auth.headers(user)).get_json()["items"]
    [body] = [n["body"] for n in items if n["event"] == "order_handed_back"]
    return body


def test_each_kind_of_hand_back_tells_the_holder_its_own_reason(app, client, auth, world):
    first, second, third = world.volunteers[:3]
    released = _accepted(client, auth, world, first)
    assert post(client, auth, world.staff, f"/orders/{released}/release", {"reason": "居民改期"}).status_code == 200
    assert _handed_back_notice(client, auth, first.user).endswith(": the community took the order back")

    reassigned = _accepted(client, auth, world, second)
    assert post(client, auth, world.staff, f"/orders/{reassigned}/reassign",
                {"volunteer_id": third.id, "reason": "就近改派"}).status_code == 201
    assert _handed_back_notice(client, auth, second.user).endswith(": the community reassigned the order")


def test_a_no_show_tells_the_holder_they_did_not_check_in(app, client, auth, world):
    holder = world.volunteers[0]
    _accepted(client, auth, world, holder)  # window in 15 minutes
    clock.advance(timedelta(minutes=15 + 31))
    assert _run(app, orders_jobs.no_shows) == 1
    assert _handed_back_notice(client, auth, holder.user).endswith(": you did not check in on time")


def test_a_suspensions_release_is_no_hand_back_notice(app, client, auth, world):
    """Staff suspending a volunteer take back the orders they hold; the suspension is what they are told of, not a
    hand-back of each order (the release has no kind: nothing recorded, nothing counted)."""
    holder = world.volunteers[0]
    order_id = _accepted(client, auth, world, holder)
    resp = post(client, auth, world.staff, f"/volunteers/{holder.id}/suspend", {"reason": "投诉核实中"})
    assert resp.status_code == 200, resp.get_json()
    assert get_order(client, auth, world.staff, order_id)["status"] == "pending"
    assert _told(holder.user, "order_handed_back") == []


def test_cancelling_over_an_offer_that_ended_cancels_the_order(app, client, auth, world):
    order_id = factories.order(world.item, world.resident).id
    assert post(client, auth, world.staff, f"/orders/{order_id}/dispatch",
                {"volunteer_id": world.volunteers[0].id}).status_code == 201
    with factories.context():
        db.session.execute(update(Offer).where(Offer.order_id == order_id).values(status="expired"))
        db.session.commit()
    resp = post(client, auth, world.staff, f"/orders/{order_id}/cancel", {"reason": "取消"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "cancelled"


def test_a_cancel_racing_the_offers_answer_is_refused_and_changes_nothing(app, client, auth, world):
    """The cancel read the offer pending; the volunteer's decline committed before the cancel wrote: the offer's
    compare-and-set fails, and the cancel is refused with what happened to the offer."""
    order_id = factories.order(world.item, world.resident).id
    assert post(client, auth, world.staff, f"/orders/{order_id}/dispatch",
                {"volunteer_id": world.volunteers[0].id}).status_code == 201
    with factories.context():
        order = db.session.get(Order, order_id)
        offer = db.session.get(Offer, order.current_offer_id)
        assert offer.status == "pending"
        # The other transaction's decline: written past the session, which still holds the offer as it read it.
        db.session.execute(update(Offer.__table__).where(Offer.__table__.c.id == offer.id)
                           .values(status="declined"))
        with pytest.raises(ApiError) as raised:
            closing.cancel(order=order, user=db.session.get(User, world.staff.id), reason="取消")
        assert (raised.value.status, raised.value.code) == (409, "offer_declined")
