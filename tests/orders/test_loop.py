"""The loop in real life (issue 17): releases, no-shows, forgotten check-outs and the reminders, through HTTP with the
clock moved through each sweep; the reliability rule through the ranking service."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock
from app.extensions import db
from app.matching.models import Volunteer
from app.notify.models import Notification
from app.orders import jobs as orders_jobs
from app.orders.models import Order, OrderRelease
from tests import factories
from tests.orders.conftest import World

API = "/api/v1"
NORTH = 1 / 111_000


def post(client, auth, user, path, body=None):
    return client.post(f"{API}{path}", json=body if body is not None else {}, headers=auth.headers(user))


def get_order(client, auth, user, order_id):
    resp = client.get(f"{API}/orders/{order_id}", headers=auth.headers(user))
    assert resp.status_code == 200, resp.get_json()
    return resp.get_json()


def _auto_world(n=3) -> World:
    community = factories.community(dispatch_policy="auto")
    category = factories.category()
    item = factories.menu_item(community, category, expected_minutes=60, offer_minutes=10)
    staff = factories.staff(community)
    resident = factories.user(roles=("resident",), name="李奶奶")
    volunteers = [factories.volunteer(community, [category], lat=community.lat + (i + 1) * 200 * NORTH)
                  for i in range(n)]
    return World(community, category, item, staff, resident, volunteers)


def _accepted(client, auth, world, volunteer, **order_overrides):
    """An order of the world's resident, accepted by `volunteer` (offered by staff first in a manual community)."""
    order = factories.order(world.item, world.resident, **order_overrides)
    if order.status == "pending":
        assert post(client, auth, world.staff, f"/orders/{order.id}/dispatch",
                    {"volunteer_id": volunteer.id}).status_code == 201
    resp = post(client, auth, volunteer.user, f"/orders/{order.id}/accept")
    assert resp.status_code == 200, resp.get_json()
    return order.id


def _told(user, event=None):
    with factories.context():
        statement = select(Notification).where(Notification.user_id == user.id)
        if event:
            statement = statement.where(Notification.event == event)
        return db.session.scalars(statement.order_by(Notification.id)).all()


def _volunteer(volunteer_id) -> Volunteer:
    with factories.context():
        return db.session.get(Volunteer, volunteer_id)


def _run(app, job):
    with app.app_context():
        return job()


# Release

def test_a_release_in_an_auto_community_reoffers_to_someone_else(client, auth):
    world = _auto_world()
    first, second = world.volunteers[:2]
    order_id = _accepted(client, auth, world, first)
    resp = post(client, auth, first.user, f"/orders/{order_id}/release", {"reason": "临时有事\n去不了"})
    assert resp.status_code == 200, resp.get_json()
    order = get_order(client, auth, world.staff, order_id)
    assert order["status"] == "offered" and order["offer"]["volunteer_id"] == second.id
    assert ("accepted", "pending") in [(e["from"], e["to"]) for e in order["events"]]
    assert [n.event for n in _told(world.resident, "order_released")] == ["order_released"]
    releaser = _volunteer(first.id)
    assert releaser.releases == 1 and releaser.active_orders == 0 and releaser.no_shows == 0
    assert _told(first.user, "order_handed_back") == []  # they released it themself: nothing to tell them
    # the releaser is never offered it again: after the second declines, the third is next
    assert post(client, auth, second.user, f"/orders/{order_id}/decline", {"reason": "没空"}).status_code == 200
    assert get_order(client, auth, world.staff, order_id)["offer"]["volunteer_id"] == world.volunteers[2].id


def test_a_release_in_a_manual_community_flags_the_order_and_tells_staff(client, auth, world):
    first, second = world.volunteers[:2]
    order_id = _accepted(client, auth, world, first)
    assert post(client, auth, first.user, f"/orders/{order_id}/release", {"reason": "生病了"}).status_code == 200
    order = get_order(client, auth, world.staff, order_id)
    assert order["status"] == "pending" and order["volunteer"] is None
    assert order["needs_attention"] is True and order["attention_reason"] == "released"
    assert [n.event for n in _told(world.staff, "order_needs_attention")] == ["order_needs_attention"]
    # not to the one who released it: by hand, nor in their pool; others may take it
    resp = post(client, auth, world.staff, f"/orders/{order_id}/dispatch", {"volunteer_id": first.id})
    assert resp.status_code == 409 and resp.get_json()["code"] == "volunteer_not_eligible"
    pool = client.get(f"{API}/orders/open", headers=auth.headers(first.user)).get_json()["items"]
    assert order_id not in [o["id"] for o in pool]
    pool = client.get(f"{API}/orders/open", headers=auth.headers(second.user)).get_json()["items"]
    assert order_id in [o["id"] for o in pool]
    assert post(client, auth, second.user, f"/orders/{order_id}/claim").status_code == 200
    order = get_order(client, auth, world.staff, order_id)
    assert order["needs_attention"] is False and order["attention_reason"] is None


def test_staff_release_tells_the_volunteer(client, auth, world):
    holder = world.volunteers[0]
    order_id = _accepted(client, auth, world, holder)
    assert post(client, auth, world.staff, f"/orders/{order_id}/release", {"reason": "居民改期"}).status_code == 200
    assert [n.event for n in _told(holder.user, "order_handed_back")] == ["order_handed_back"]
    assert _volunteer(holder.id).releases == 1
    with factories.context():
        release = db.session.scalars(select(OrderRelease).where(OrderRelease.order_id == order_id)).one()
        assert (release.kind, release.reason, release.by_id) == ("released", "居民改期", world.staff.id)


def test_release_refusals(client, auth, world):
    holder, other = world.volunteers[:2]
    order_id = _accepted(client, auth, world, holder)
    path = f"/orders/{order_id}/release"
    resp = post(client, auth, world.resident, path, {"reason": "x"})
    assert resp.status_code == 403 and resp.get_json()["code"] == "not_your_order"
    assert post(client, auth, other.user, path, {"reason": "x"}).status_code == 404  # not theirs to see
    assert post(client, auth, factories.staff(factories.community()), path, {"reason": "x"}).status_code == 404
    assert client.post(f"{API}{path}", json={"reason": "x"}).status_code == 401
    for body in ({}, {"reason": ""}, {"reason": "长" * 201}, {"reason": 5}, {"reason": "x", "extra": 1}):
        assert post(client, auth, holder.user, path, body).status_code == 422, body
    assert get_order(client, auth, world.staff, order_id)["status"] == "accepted"  # nothing changed
    at = {"lat": world.community.lat, "lng": world.community.lng}
    assert post(client, auth, holder.user, f"/orders/{order_id}/check-in", at).status_code == 200
    resp = post(client, auth, holder.user, path, {"reason": "x"})
    assert resp.status_code == 409 and resp.get_json()["code"] == "order_not_accepted"
    pending = factories.order(world.item, world.resident)
    resp = post(client, auth, world.staff, f"/orders/{pending.id}/release", {"reason": "x"})
    assert resp.status_code == 409 and resp.get_json()["code"] == "order_not_accepted"


def test_staff_reassign_is_one_unit_of_work(client, auth, world):
    holder, chosen = world.volunteers[:2]
    order_id = _accepted(client, auth, world, holder)
    path = f"/orders/{order_id}/reassign"
    # to someone who may not take it: refused, and the release is undone with it
    resp = post(client, auth, world.staff, path, {"volunteer_id": holder.id, "reason": "改派"})
    assert resp.status_code == 409 and resp.get_json()["code"] == "volunteer_not_eligible"
    order = get_order(client, auth, world.staff, order_id)
    assert order["status"] == "accepted" and order["volunteer"]["id"] == holder.id
    assert post(client, auth, holder.user, path, {"volunteer_id": chosen.id, "reason": "x"}).status_code == 403
    assert post(client, auth, world.staff, path, {"volunteer_id": chosen.id}).status_code == 422
    resp = post(client, auth, world.staff, path, {"volunteer_id": chosen.id, "reason": "就近改派"})
    assert resp.status_code == 201 and resp.get_json()["volunteer_id"] == chosen.id
    assert get_order(client, auth, world.staff, order_id)["status"] == "offered"
    left = _volunteer(holder.id)
    assert left.releases == 0 and left.active_orders == 0  # staff's decision: not counted against them
    assert [n.event for n in _told(holder.user, "order_handed_back")] == ["order_handed_back"]


# No-shows

@pytest.mark.english
def test_a_no_show_goes_back_to_pending_and_is_reoffered_to_someone_else(app, client, auth):
    world = _auto_world()
    first, second = world.volunteers[:2]
    order_id = _accepted(client, auth, world, first)  # window in 15 minutes, 3 hours long
    clock.advance(timedelta(minutes=15 + 29))
    assert _run(app, orders_jobs.no_shows) == 0  # 30 minutes after the start by default
    clock.advance(timedelta(minutes=2))
    assert _run(app, orders_jobs.no_shows) == 1
    assert _run(app, orders_jobs.no_shows) == 0  # a second run changes nothing
    order = get_order(client, auth, world.staff, order_id)
    assert order["status"] == "offered" and order["offer"]["volunteer_id"] == second.id
    assert "no_show" in [e["note"] for e in order["events"] if (e["from"], e["to"]) == ("accepted", "pending")]
    absent = _volunteer(first.id)
    assert (absent.no_shows, absent.releases, absent.active_orders) == (1, 1, 0)
    assert [n.event for n in _told(first.user, "order_handed_back")] == ["order_handed_back"]
    assert [n.event for n in _told(world.resident, "order_released")] == ["order_released"]
    resp = post(client, auth, first.user, f"/orders/{order_id}/check-in",
                {"lat": world.community.lat, "lng": world.community.lng})
    assert resp.status_code in (403, 404)  # no longer theirs


def test_no_show_minutes_is_the_communitys_setting(app, client, auth, world):
    patch = f"{API}/communities/{world.community.id}"
    for bad in (0, 241, "soon"):
        resp = client.patch(patch, json={"settings": {"no_show_minutes": bad}}, headers=auth.headers(world.staff))
        assert resp.status_code == 422, bad
    resp = client.patch(patch, json={"settings": {"no_show_minutes": 60}}, headers=auth.headers(world.staff))
    assert resp.status_code == 200 and resp.get_json()["settings"]["no_show_minutes"] == 60
    order_id = _accepted(client, auth, world, world.volunteers[0])
    clock.advance(timedelta(minutes=15 + 45))
    assert _run(app, orders_jobs.no_shows) == 0
    clock.advance(timedelta(minutes=16))
    assert _run(app, orders_jobs.no_shows) == 1
    order = get_order(client, auth, world.staff, order_id)  # manual: flagged for staff, who are told
    assert order["status"] == "pending" and order["attention_reason"] == "no_show"
    assert [n.event for n in _told(world.staff, "order_needs_attention")] == ["order_needs_attention"]


@pytest.mark.english
def test_a_late_no_show_expires(app, client, auth, world):
    holder = world.volunteers[0]
    order_id = _accepted(client, auth, world, holder, hours=1)  # a 60-minute item in a one-hour window
    clock.advance(timedelta(minutes=15 + 31))
    assert _run(app, orders_jobs.no_shows) == 1
    assert _run(app, orders_jobs.no_shows) == 0
    order = get_order(client, auth, world.staff, order_id)
    assert order["status"] == "expired" and order["events"][-1]["note"].startswith("no_show")
    absent = _volunteer(holder.id)
    assert (absent.no_shows, absent.releases, absent.active_orders) == (1, 1, 0)
    assert [n.event for n in _told(world.resident, "order_expired")] == ["order_expired"]
    assert [n.event for n in _told(holder.user, "order_handed_back")] == ["order_handed_back"]


# Forgotten check-outs

def test_a_forgotten_check_out_completes_for_review(app, client, auth, world):
    holder = world.volunteers[0]
    order_id = _accepted(client, auth, world, holder)
    at = {"lat": world.community.lat, "lng": world.community.lng}
    clock.advance(timedelta(minutes=15))
    assert post(client, auth, holder.user, f"/orders/{order_id}/check-in", at).status_code == 200
    clock.advance(timedelta(hours=3 + 2) - timedelta(minutes=1))
    assert _run(app, orders_jobs.unchecked_out) == 0
    clock.advance(timedelta(minutes=2))
    assert _run(app, orders_jobs.unchecked_out) == 1
    assert _run(app, orders_jobs.unchecked_out) == 0
    order = get_order(client, auth, world.staff, order_id)
    assert order["status"] == "completed" and order["review_reasons"] == ["no_check_out"]
    assert order["minutes_status"] == "pending_review" and 179 <= order["service_minutes"] <= 180  # to its end
    assert order["needs_attention"] is True and order["attention_reason"] == "no_check_out"
    assert _volunteer(holder.id).active_orders == 0 and _volunteer(holder.id).verified_minutes == 0
    assert [n.event for n in _told(world.staff, "order_needs_attention")] == ["order_needs_attention"]
    resp = post(client, auth, world.staff, f"/orders/{order_id}/minutes-review", {"approve": True, "minutes": 60})
    assert resp.status_code == 200 and resp.get_json()["needs_attention"] is False


# Reminders

def test_each_reminder_is_sent_once(app, client, auth, world):
    holder = world.volunteers[0]
    order_id = _accepted(client, auth, world, holder, start_in_hours=2)
    assert _run(app, orders_jobs.remind_starting) == 0
    clock.advance(timedelta(minutes=61))
    assert _run(app, orders_jobs.remind_starting) == 1
    assert _run(app, orders_jobs.remind_starting) == 0
    assert [n.event for n in _told(holder.user, "order_starting")] == ["order_starting"]
    clock.advance(timedelta(minutes=60))
    for _ in range(2):
        assert post(client, auth, holder.user, f"/orders/{order_id}/check-in",
                    {"lat": world.community.lat, "lng": world.community.lng}).status_code in (200, 409)
    assert [n.event for n in _told(world.resident, "order_checked_in")] == ["order_checked_in"]
    clock.advance(timedelta(minutes=300 - 121 - 16))  # the window ends 300 minutes after the order was placed
    assert _run(app, orders_jobs.remind_check_out) == 0
    clock.advance(timedelta(minutes=2))
    assert _run(app, orders_jobs.remind_check_out) == 1
    assert _run(app, orders_jobs.remind_check_out) == 0
    assert [n.event for n in _told(holder.user, "check_out_due")] == ["check_out_due"]


def test_the_holder_is_told_of_a_cancel_and_the_resident_of_an_expiry(app, client, auth, world):
    holder = world.volunteers[0]
    order_id = _accepted(client, auth, world, holder)
    assert post(client, auth, world.resident, f"/orders/{order_id}/cancel", {"reason": "不需要了"}).status_code == 200
    told = _told(holder.user, "order_cancelled")
    assert [n.event for n in told] == ["order_cancelled"] and "不需要了" in str(told[0].data)
    lonely = factories.order(world.item, world.resident)
    clock.advance(timedelta(hours=4))
    assert _run(app, orders_jobs.expire_orders) == 1
    assert _run(app, orders_jobs.expire_orders) == 0
    expired = _told(world.resident, "order_expired")
    assert [n.data["order_id"] for n in expired] == [lonely.id]


def test_a_lapsed_offer_in_a_manual_community_flags_the_order_and_tells_staff_once(app, client, auth, world):
    order = factories.order(world.item, world.resident)
    assert post(client, auth, world.staff, f"/orders/{order.id}/dispatch",
                {"volunteer_id": world.volunteers[0].id}).status_code == 201
    clock.advance(timedelta(minutes=11))
    assert _run(app, orders_jobs.expire_offers) == 1
    assert _run(app, orders_jobs.expire_offers) == 0
    body = get_order(client, auth, world.staff, order.id)
    assert body["status"] == "pending" and body["attention_reason"] == "offer_lapsed"
    assert [n.event for n in _told(world.staff, "order_needs_attention")] == ["order_needs_attention"]


# The open pool and reliability

def test_the_open_pool_is_empty_for_a_volunteer_at_capacity(client, auth, world):
    busy = world.volunteers[0]
    factories.order(world.item, world.resident)
    pool = client.get(f"{API}/orders/open", headers=auth.headers(busy.user)).get_json()["items"]
    assert len(pool) == 1
    _accepted(client, auth, world, busy)
    resp = client.get(f"{API}/orders/open", headers=auth.headers(busy.user))
    assert resp.status_code == 200 and resp.get_json()["items"] == []
    others = client.get(f"{API}/orders/open", headers=auth.headers(world.volunteers[1].user)).get_json()["items"]
    assert len(others) == 1  # the order left in the pool is there for someone with room


@pytest.mark.parametrize("counters, expected", [
    ({}, 4 / 5),
    ({"offers_received": 1}, 4 / 6),  # declined at once
    ({"offers_received": 1, "offers_accepted": 1, "releases": 1}, 4 / 7),  # accepted, then handed back
    ({"offers_received": 1, "offers_accepted": 1, "releases": 1, "no_shows": 1}, 4 / 8),  # accepted, never came
])
def test_a_release_costs_more_than_a_decline_and_a_no_show_more_than_a_release(counters, expected):
    from app.matching import ranking
    from app.matching.search import Candidate, CandidateVolunteer

    values = dict(id=1, user_id=1, name="x", community_id=1, status="approved", active_orders=0,
                  max_active_orders=1, on_duty=False, rating_count=0, rating_sum=0, offers_received=0,
                  offers_accepted=0, verified_minutes=0, approved_minutes=0, skills=())
    values.update(counters)
    candidate = Candidate(volunteer=CandidateVolunteer(**values), distance_m=100, source="home")
    (_, _, _, reliability), _ = ranking.components(candidate, 1000, 0)
    assert reliability == pytest.approx(expected)


def test_the_ranking_explains_releases_and_no_shows(client, auth, world):
    holder = world.volunteers[0]
    order_id = _accepted(client, auth, world, holder)
    assert post(client, auth, holder.user, f"/orders/{order_id}/release", {"reason": "有事"}).status_code == 200
    other = factories.order(world.item, world.resident)
    resp = client.get(f"{API}/orders/{other.id}/candidates", headers=auth.headers(world.staff))
    reasons = {c["volunteer"]["id"]: c["reasons"]["reliability"] for c in resp.get_json()["items"]}
    assert reasons[holder.id]["releases"] == 1 and reasons[holder.id]["no_shows"] == 0
    assert reasons[holder.id]["score"] < reasons[world.volunteers[1].id]["score"]


def test_a_bad_row_does_not_stop_the_no_show_sweep(app, client, auth, world, monkeypatch):
    from app.orders import handing_back

    broken = _accepted(client, auth, world, world.volunteers[0])
    fine = _accepted(client, auth, world, world.volunteers[1])
    clock.advance(timedelta(minutes=50))
    real = handing_back.no_show

    def failing(order_id):
        if order_id == broken:
            raise RuntimeError("a bad row")
        return real(order_id)

    monkeypatch.setattr(handing_back, "no_show", failing)
    assert _run(app, orders_jobs.no_shows) == 1
    with factories.context():
        assert db.session.get(Order, fine).status == "pending"
        assert db.session.get(Order, broken).status == "accepted"


def test_an_order_accepted_late_gives_its_volunteer_the_same_time_to_arrive(app, client, auth, world):
    order = factories.order(world.item, world.resident, start_in_hours=-0.25)  # the window started 15 minutes ago
    resp = post(client, auth, world.volunteers[0].user, f"/orders/{order.id}/claim")
    assert resp.status_code == 200, resp.get_json()
    clock.advance(timedelta(minutes=29))
    assert _run(app, orders_jobs.no_shows) == 0  # 44 minutes into the window, 29 after claiming it
    clock.advance(timedelta(minutes=2))
    assert _run(app, orders_jobs.no_shows) == 1


def test_staff_are_told_of_each_release_of_an_order(client, auth, world):
    first, second = world.volunteers[:2]
    order_id = _accepted(client, auth, world, first)
    assert post(client, auth, first.user, f"/orders/{order_id}/release", {"reason": "有事"}).status_code == 200
    assert post(client, auth, second.user, f"/orders/{order_id}/claim").status_code == 200
    assert post(client, auth, second.user, f"/orders/{order_id}/release", {"reason": "也有事"}).status_code == 200
    assert len(_told(world.staff, "order_needs_attention")) == 2
