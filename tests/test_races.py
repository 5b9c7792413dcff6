"""Races through a real server (gunicorn, several workers, each request its own connection): first wins."""
from collections import Counter

import pytest

from tests import factories
from tests.live_server import LiveServer, race

pytestmark = pytest.mark.real_commits


@pytest.fixture(scope="module")
def server(app):
    live = LiveServer.of(app)
    yield live
    live.stop()



def _loop_world(n_volunteers):
    community = factories.community()
    category = factories.category()
    item = factories.menu_item(community, category)
    staff = factories.staff(community)
    resident = factories.user(roles=("resident",))
    volunteers = [factories.volunteer(community, [category], lat=community.lat + i * 0.0005)
                  for i in range(n_volunteers)]
    return community, item, staff, resident, volunteers


def test_twenty_volunteers_claim_one_order(server, auth):
    community, item, staff, resident, volunteers = _loop_world(20)
    order = factories.order(item, resident)
    tokens = [auth.tokens(v.user)["access_token"] for v in volunteers]
    results = race([lambda t=t: server.request("POST", f"/api/v1/orders/{order.id}/claim", t) for t in tokens])
    statuses = Counter(status for status, _ in results)
    assert statuses == {200: 1, 409: 19}, results
    assert {body["code"] for status, body in results if status == 409} == {"order_not_pending"}
    winner = next(body for status, body in results if status == 200)
    status, detail = server.request("GET", f"/api/v1/orders/{order.id}", auth.tokens(staff)["access_token"])
    assert detail["status"] == "accepted" and detail["volunteer"]["id"] == winner["volunteer"]["id"]
    assert [e["to"] for e in detail["events"]].count("accepted") == 1


@pytest.mark.parametrize("round_", range(3))
def test_accept_races_a_cancel(server, auth, round_):
    community, item, staff, resident, volunteers = _loop_world(1)
    order = factories.order(item, resident)
    staff_token = auth.tokens(staff)["access_token"]
    status, _ = server.request("POST", f"/api/v1/orders/{order.id}/dispatch", staff_token,
                               {"volunteer_id": volunteers[0].id})
    assert status == 201
    volunteer_token = auth.tokens(volunteers[0].user)["access_token"]
    resident_token = auth.tokens(resident)["access_token"]
    accept, cancel = race([
        lambda: server.request("POST", f"/api/v1/orders/{order.id}/accept", volunteer_token),
        lambda: server.request("POST", f"/api/v1/orders/{order.id}/cancel", resident_token, {"reason": "不用了"}),
    ])
    status, detail = server.request("GET", f"/api/v1/orders/{order.id}", staff_token)
    status, me = server.request("GET", "/api/v1/volunteers/me", volunteer_token)
    # Exactly one of them acts on the order it saw. Either the accept landed first (and the cancel then either
    # lost the race, 409, or ran after it and cancelled the accepted order), or the cancel did and the accept is
    # refused. Never an accept after a cancel, never a capacity left taken by a cancelled order.
    assert 200 in (accept[0], cancel[0])
    if accept[0] == 200 and cancel[0] == 200:
        assert detail["status"] == "cancelled" and [e["to"] for e in detail["events"]][-2:] == ["accepted", "cancelled"]
        assert me["active_orders"] == 0
    elif accept[0] == 200:
        assert cancel[0] == 409 and detail["status"] == "accepted" and me["active_orders"] == 1
    else:
        assert accept[0] in (404, 409) and detail["status"] == "cancelled" and me["active_orders"] == 0


def test_double_accept_from_two_devices(server, auth):
    """The same volunteer accepts from two phones at once: one acceptance, one unit of capacity."""
    community, item, staff, resident, volunteers = _loop_world(1)
    order = factories.order(item, resident)
    staff_token = auth.tokens(staff)["access_token"]
    server.request("POST", f"/api/v1/orders/{order.id}/dispatch", staff_token, {"volunteer_id": volunteers[0].id})
    volunteer_token = auth.tokens(volunteers[0].user)["access_token"]
    accept_a, accept_b = race([
        lambda: server.request("POST", f"/api/v1/orders/{order.id}/accept", volunteer_token),
        lambda: server.request("POST", f"/api/v1/orders/{order.id}/accept", volunteer_token),
    ])
    assert sorted([accept_a[0], accept_b[0]]) == [200, 409]
    status, me = server.request("GET", "/api/v1/volunteers/me", volunteer_token)
    assert me["active_orders"] == 1


@pytest.mark.parametrize("round_", range(3))
def test_three_volunteers_accept_one_urgent_order_at_once(server, auth, round_):
    """紧急求助: offered to the best 3 at once; all 3 accept at the same moment. Exactly one wins, the other two hear
    409 order_taken, their offers are withdrawn, and only the winner's capacity is taken."""
    community, _, staff, resident, _ = _loop_world(0)
    category = factories.category()
    urgent = factories.menu_item(community, category, name="紧急求助", urgent=True)
    volunteers = [factories.volunteer(community, [category], lat=community.lat + i * 0.0005) for i in range(3)]
    order = factories.order(urgent, resident)
    assert order.status == "offered" and order.offers_made == 3
    tokens = [auth.tokens(v.user)["access_token"] for v in volunteers]
    results = race([lambda t=t: server.request("POST", f"/api/v1/orders/{order.id}/accept", t) for t in tokens])
    assert Counter(status for status, _ in results) == {200: 1, 409: 2}, results
    assert {body["code"] for status, body in results if status == 409} == {"order_taken"}
    winner = next(body for status, body in results if status == 200)["volunteer"]["id"]
    status, detail = server.request("GET", f"/api/v1/orders/{order.id}", auth.tokens(staff)["access_token"])
    assert detail["status"] == "accepted" and detail["volunteer"]["id"] == winner
    assert [(e["from"], e["to"]) for e in detail["events"]].count(("offered", "accepted")) == 1
    with factories.context():
        from app.extensions import db
        from app.orders.models import Offer
        from sqlalchemy import select

        offers = {o.volunteer_id: o.status for o in db.session.scalars(select(Offer).where(Offer.order_id == order.id))}
        db.session.remove()
    assert offers == {v.id: "accepted" if v.id == winner else "withdrawn" for v in volunteers}
    for volunteer, token in zip(volunteers, tokens):
        status, me = server.request("GET", "/api/v1/volunteers/me", token)
        assert me["active_orders"] == (1 if volunteer.id == winner else 0)
