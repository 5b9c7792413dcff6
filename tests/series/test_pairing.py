"""The paired volunteer (结对) of a recurring service: each occurrence's first offer goes to them; a decline or a lapse
leaves the order to the community's policy; a pair whose volunteer is suspended or no longer approved falls back to
the policy and staff are told. And local times: each occurrence converted on its own date, so a zone with daylight
saving keeps the local hour."""
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select

from app import clock
from app.extensions import db
from app.matching.models import Volunteer
from app.menu.models import Community
from app.notify.models import Notification
from app.orders import access
from app.orders import jobs as orders_jobs
from app.orders.models import Offer, Order
from app.series import jobs as series_jobs
from app.series import service
from app.series.models import OrderSeries
from tests.series.test_series_routes import API, start_series

DAY = timedelta(days=1)


def _set_policy(world, policy):
    db.session.get(Community, world.community.id).dispatch_policy = policy
    db.session.commit()


def _only_order(series_id):
    db.session.expire_all()
    (order,) = db.session.scalars(select(Order).where(Order.series_id == series_id)).all()
    return order


def _offers(order):
    return db.session.scalars(select(Offer).where(Offer.order_id == order.id).order_by(Offer.id)).all()


def _staff_told(world, event):
    return db.session.scalars(select(Notification).where(Notification.user_id == world.staff.id,
                                                         Notification.event == event)).all()


def test_the_pair_gets_the_first_offer_and_a_decline_goes_to_the_policy(client, auth, world):
    _set_policy(world, "auto")
    pair = world.volunteers[2]  # the farthest: never the auto policy's first choice
    series = start_series(client, auth, world, preferred_volunteer_id=pair.id)
    assert series["preferred_volunteer_id"] == pair.id
    assert series_jobs.place_series_orders() == 1
    order = _only_order(series["id"])
    assert order.status == "offered" and access.current_offer(order).volunteer_id == pair.id
    assert any("结对志愿者" in e.note for e in order.events)  # stored in zh-CN (app.i18n)
    resp = client.post(f"{API}/orders/{order.id}/decline", json={"reason": "这周出差"}, headers=auth.headers(pair.user))
    assert resp.status_code == 200
    order = _only_order(series["id"])
    assert [o.volunteer_id for o in _offers(order)] == [pair.id, world.volunteers[0].id]  # auto: the best next
    assert _staff_told(world, "series_pair_unavailable") == []


def test_a_lapsed_pair_offer_in_a_manual_community_waits_for_staff(client, auth, world):
    pair = world.volunteers[1]
    series = start_series(client, auth, world, preferred_volunteer_id=pair.id)
    series_jobs.place_series_orders()
    order = _only_order(series["id"])
    assert order.status == "offered" and access.current_offer(order).volunteer_id == pair.id
    clock.advance(timedelta(minutes=order.offer_minutes))
    assert orders_jobs.expire_offers() == 1
    order = _only_order(series["id"])
    assert order.status == "pending" and len(_offers(order)) == 1  # manual: staff dispatch it


def test_a_suspended_pair_falls_back_to_the_policy_and_staff_are_told(client, auth, world):
    _set_policy(world, "auto")
    pair = world.volunteers[2]
    series = start_series(client, auth, world, preferred_volunteer_id=pair.id)
    resp = client.post(f"{API}/volunteers/{pair.id}/suspend", json={"reason": "投诉核查中"},
                       headers=auth.headers(world.staff))
    assert resp.status_code == 200, resp.get_json()
    assert series_jobs.place_series_orders() == 1
    order = _only_order(series["id"])
    assert [o.volunteer_id for o in _offers(order)] == [world.volunteers[0].id]
    (told,) = _staff_told(world, "series_pair_unavailable")
    assert told.data["order_id"] == order.id and told.data["reason"] == "结对志愿者已被暂停"
    assert series_jobs.place_series_orders() == 0 and len(_staff_told(world, "series_pair_unavailable")) == 1


def test_a_pair_no_longer_approved_falls_back_in_a_manual_community(client, auth, world):
    pair = world.volunteers[0]
    series = start_series(client, auth, world, preferred_volunteer_id=pair.id)
    db.session.get(Volunteer, pair.id).status = "pending"  # no longer approved (a re-check, say)
    db.session.commit()
    series_jobs.place_series_orders()
    order = _only_order(series["id"])
    assert order.status == "pending" and _offers(order) == []
    (told,) = _staff_told(world, "series_pair_unavailable")
    assert told.data["reason"] == "结对志愿者资格已失效"


def test_a_busy_pair_leaves_this_occurrence_to_the_policy(client, auth, world):
    """At capacity is no broken pair: the order goes to the policy this time, noted on its timeline, staff not
    bothered."""
    pair = world.volunteers[0]
    db.session.get(Volunteer, pair.id).active_orders = 1
    db.session.commit()
    series = start_series(client, auth, world, preferred_volunteer_id=pair.id)
    series_jobs.place_series_orders()
    order = _only_order(series["id"])
    assert order.status == "pending" and any("at_capacity" in e.note for e in order.events)
    assert _staff_told(world, "series_pair_unavailable") == []


def test_asia_shanghai_has_no_daylight_saving_and_other_zones_keep_their_local_hour(client, auth, world):
    series = OrderSeries(weekday=7, start_time="09:30", duration_minutes=45, every_weeks=1,
                         starts_on=date(2027, 3, 21), until=date(2027, 4, 11))
    shanghai = service.zone_of(db.session.get(Community, world.community.id))
    dates = service.dates_between(series, date(2027, 3, 1), date(2027, 12, 31))
    assert dates == [date(2027, 3, 21), date(2027, 3, 28), date(2027, 4, 4), date(2027, 4, 11)]
    assert {service.window_on(series, on, shanghai)[0].time().isoformat() for on in dates} == {"01:30:00"}
    resp = client.patch(f"{API}/communities/{world.community.id}", json={"settings": {"time_zone": "Europe/Berlin"}},
                        headers=auth.headers(world.staff))
    assert resp.status_code == 200, resp.get_json()
    berlin = service.zone_of(db.session.get(Community, world.community.id))
    starts = [service.window_on(series, on, berlin)[0] for on in dates]
    # Berlin moves its clocks on 28 March 2027: 09:30 there is 08:30 UTC before, 07:30 UTC after.
    assert [s.hour for s in starts] == [8, 7, 7, 7]
    assert client.patch(f"{API}/communities/{world.community.id}", json={"settings": {"time_zone": "Mars/Olympus"}},
                        headers=auth.headers(world.staff)).status_code == 422


def test_a_community_in_another_zone_reads_start_time_there(client, auth, world):
    client.patch(f"{API}/communities/{world.community.id}", json={"settings": {"time_zone": "Asia/Tokyo"}},
                 headers=auth.headers(world.staff))
    series = start_series(client, auth, world)
    assert series["time_zone"] == "Asia/Tokyo"
    series_jobs.place_series_orders()
    assert _only_order(series["id"]).window_start == datetime(2027, 3, 3, 0, 30, tzinfo=timezone.utc)


def test_staff_do_not_pair_themselves(client, auth, world):
    """Staff who are also volunteers would be dispatching to themselves every week: another must pair them."""
    from tests import factories

    staff_volunteer = factories.volunteer(world.community, [world.category], user_=world.staff)
    resp = client.post(f"{API}/order-series", headers=auth.headers(world.staff), json={
        "menu_item_id": world.item.id, "resident_id": world.resident.id, "address": "民生路 1 号",
        "lat": world.community.lat, "lng": world.community.lng, "weekday": 3, "start_time": "09:30",
        "duration_minutes": 60, "until": "2027-03-31", "preferred_volunteer_id": staff_volunteer.id})
    assert resp.status_code == 403 and resp.get_json()["code"] == "conflict_of_interest"
    assert db.session.scalar(select(OrderSeries.id)) is None
