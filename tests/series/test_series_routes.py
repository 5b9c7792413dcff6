"""Recurring services (每周探访) through HTTP: starting one (a resident for themself, staff for a resident), who may
list and stop them, bad input refused with nothing changed, and the scheduler's sweep placing one order per
occurrence, 7 days ahead, across double runs and restarts, until `until`, and no more once stopped."""
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from app import clock, scheduler
from app.extensions import db
from app.orders.models import Order
from app.series import jobs as series_jobs
from app.series.models import OrderSeries
from tests import factories
from tests.series.conftest import MONDAY

API = "/api/v1"


def body_for(world, **overrides):
    body = {"menu_item_id": world.item.id, "address": "民生路 88 号 3 单元 501", "lat": world.community.lat,
            "lng": world.community.lng, "weekday": 3, "start_time": "09:30", "duration_minutes": 60,
            "every_weeks": 1, "until": "2027-03-31"}
    body.update(overrides)
    return body


def start_series(client, auth, world, user=None, **overrides):
    resp = client.post(f"{API}/order-series", json=body_for(world, **overrides),
                       headers=auth.headers(user or world.resident))
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def series_orders(series_id):
    db.session.expire_all()
    return db.session.scalars(select(Order).where(Order.series_id == series_id).order_by(Order.occurrence_on)).all()


def run_sweep_as_a_fresh_scheduler(app):
    """The scheduler's own runner: a new app context and session for the job, as after a restart."""
    db.session.remove()
    job = next(j for j in scheduler.all_jobs(app) if j.name == "place_series_orders")
    return scheduler.run_job(app, job)


def test_a_resident_starts_a_weekly_visit(client, auth, world):
    series = start_series(client, auth, world)
    assert series["status"] == "active" and series["resident_id"] == world.resident.id
    assert (series["weekday"], series["start_time"], series["time_zone"]) == (3, "09:30", "Asia/Shanghai")
    assert series["starts_on"] == "2027-03-03" and series["next_occurrence_on"] == "2027-03-03"
    assert series["orders_placed"] == 0 and series["item_name"] == world.item.name
    resp = client.get(f"{API}/order-series/{series['id']}", headers=auth.headers(world.resident))
    assert resp.status_code == 200 and resp.get_json()["id"] == series["id"]


def test_one_order_per_week_across_double_runs_and_restarts(client, auth, world, app):
    series = start_series(client, auth, world)
    assert series_jobs.place_series_orders() == 1  # Wednesday 3 March is within 7 days
    assert series_jobs.place_series_orders() == 0
    assert run_sweep_as_a_fresh_scheduler(app) == 0
    day = MONDAY
    while day < datetime(2027, 4, 15, tzinfo=timezone.utc):  # well past `until`
        day += timedelta(hours=6)
        clock.set_time(day)
        series_jobs.place_series_orders()
        run_sweep_as_a_fresh_scheduler(app)
    orders = series_orders(series["id"])
    assert [o.occurrence_on for o in orders] == [date(2027, 3, d) for d in (3, 10, 17, 24, 31)]
    # 09:30 in Shanghai is 01:30 UTC every week (no daylight saving), an hour long.
    assert all((o.window_start.hour, o.window_start.minute) == (1, 30) for o in orders)
    assert all(o.window_end - o.window_start == timedelta(minutes=60) for o in orders)
    assert all(o.window_start.astimezone(clock.CHINA_TZ).isoweekday() == 3 for o in orders)
    shown = client.get(f"{API}/orders/{orders[0].id}", headers=auth.headers(world.resident)).get_json()
    assert shown["series_id"] == series["id"] and "每周探访" in shown["events"][0]["note"]
    listed = client.get(f"{API}/order-series", headers=auth.headers(world.resident)).get_json()["items"]
    assert listed[0]["orders_placed"] == 5 and listed[0]["next_occurrence_on"] is None


def test_each_order_is_placed_seven_days_ahead(client, auth, world):
    series = start_series(client, auth, world, weekday=1, start_time="09:00")  # today, an hour from now
    assert series["starts_on"] == "2027-03-01"
    assert series_jobs.place_series_orders() == 1
    clock.set_time(datetime(2027, 3, 1, 0, 59, tzinfo=timezone.utc))  # 8 March 09:00 is 7 days and a minute away
    assert series_jobs.place_series_orders() == 0
    clock.set_time(datetime(2027, 3, 1, 1, 0, tzinfo=timezone.utc))  # now exactly 7 days ahead
    assert series_jobs.place_series_orders() == 1
    assert [o.window_start for o in series_orders(series["id"])] == [
        datetime(2027, 3, 1, 1, 0, tzinfo=timezone.utc), datetime(2027, 3, 8, 1, 0, tzinfo=timezone.utc)]


def test_a_start_already_passed_today_begins_next_week(client, auth, world):
    series = start_series(client, auth, world, weekday=1, start_time="07:59")
    assert series["starts_on"] == "2027-03-08"


def test_every_other_week_until_a_date(client, auth, world, app):
    series = start_series(client, auth, world, every_weeks=2, until="2027-04-01")
    for days in range(0, 40):
        clock.set_time(MONDAY + timedelta(days=days))
        series_jobs.place_series_orders()
    assert [o.occurrence_on for o in series_orders(series["id"])] == [date(2027, 3, 3), date(2027, 3, 17),
                                                                      date(2027, 3, 31)]


def test_stop_halts_creation(client, auth, world):
    series = start_series(client, auth, world)
    assert series_jobs.place_series_orders() == 1
    resp = client.post(f"{API}/order-series/{series['id']}/stop", headers=auth.headers(world.resident))
    assert resp.status_code == 200 and resp.get_json()["status"] == "stopped"
    assert resp.get_json()["next_occurrence_on"] is None
    resp = client.post(f"{API}/order-series/{series['id']}/stop", headers=auth.headers(world.staff))
    assert resp.status_code == 409 and resp.get_json()["code"] == "series_stopped"
    for days in range(1, 30):
        clock.set_time(MONDAY + timedelta(days=days))
        assert series_jobs.place_series_orders() == 0
    assert len(series_orders(series["id"])) == 1  # the one placed before stays, as any order does


def test_staff_start_one_for_a_resident_and_see_their_community_s(client, auth, world):
    series = start_series(client, auth, world, user=world.staff, resident_id=world.resident.id)
    assert series["resident_id"] == world.resident.id and series["created_by_id"] == world.staff.id
    other = factories.user(roles=("resident",))
    start_series(client, auth, world, user=world.staff, resident_id=other.id)
    mine = client.get(f"{API}/order-series", headers=auth.headers(world.resident)).get_json()["items"]
    assert [s["id"] for s in mine] == [series["id"]]
    staff_view = client.get(f"{API}/order-series", headers=auth.headers(world.staff)).get_json()["items"]
    assert len(staff_view) == 2
    one = client.get(f"{API}/order-series?resident_id={world.resident.id}",
                     headers=auth.headers(world.staff)).get_json()["items"]
    assert [s["id"] for s in one] == [series["id"]]
    outsider = factories.staff(factories.community())
    assert client.get(f"{API}/order-series", headers=auth.headers(outsider)).get_json()["items"] == []
    resp = client.post(f"{API}/order-series/{series['id']}/stop", headers=auth.headers(outsider))
    assert resp.status_code == 404
    resp = client.post(f"{API}/order-series/{series['id']}/stop", headers=auth.headers(other))
    assert resp.status_code == 404
    assert series_jobs.place_series_orders() == 2
    placed = series_orders(series["id"])[0]
    assert placed.resident_id == world.resident.id and placed.created_by_id == world.staff.id


def _count():
    return db.session.scalar(select(func.count()).select_from(OrderSeries))


@pytest.mark.parametrize("overrides, field", [
    ({"weekday": 0}, "weekday"), ({"weekday": 8}, "weekday"), ({"weekday": "3"}, "weekday"),
    ({"start_time": "24:00"}, "start_time"), ({"start_time": "9:30"}, "start_time"),
    ({"start_time": "09:30:00"}, "start_time"), ({"duration_minutes": 5}, "duration_minutes"),
    ({"duration_minutes": 24 * 60}, "duration_minutes"), ({"every_weeks": 0}, "every_weeks"),
    ({"until": "2027-03-02"}, "until"), ({"until": "2029-01-01"}, "until"), ({"until": "someday"}, "until"),
    ({"lat": 91}, "lat"), ({"address": ""}, "address"), ({"colour": "red"}, "colour"),
])
def test_bad_input_is_refused_and_changes_nothing(client, auth, world, overrides, field):
    resp = client.post(f"{API}/order-series", json=body_for(world, **overrides), headers=auth.headers(world.resident))
    assert resp.status_code == 422, resp.get_json()
    assert resp.mimetype == "application/problem+json" and field in resp.get_json()["errors"]
    assert _count() == 0


def test_the_rules_of_placing_an_order_hold(client, auth, world):
    def refused(user=None, **overrides):
        resp = client.post(f"{API}/order-series", json=body_for(world, **overrides),
                           headers=auth.headers(user or world.resident))
        assert resp.status_code in (403, 404, 422), resp.get_json()
        return resp.status_code, resp.get_json()["code"]

    assert refused(lat=world.community.lat + 0.1) == (422, "outside_service_area")
    assert refused(menu_item_id=999_999) == (422, "unknown_menu_item")
    archived = factories.menu_item(world.community, world.category, name="旧项目")
    client.delete(f"{API}/menu-items/{archived.id}", headers=auth.headers(world.staff))
    assert refused(menu_item_id=archived.id) == (422, "menu_item_archived")
    no_phone = factories.user(roles=("resident",), openid="o_series_sockpuppet")
    db.session.merge(no_phone).phone = None  # signed in with WeChat, never bound a phone
    db.session.commit()
    assert refused(user=no_phone) == (403, "phone_required")
    assert refused(user=world.volunteers[0].user, resident_id=world.resident.id) == (403, "not_community_staff")
    other_staff = factories.staff(factories.community())
    assert refused(user=other_staff, resident_id=world.resident.id) == (403, "not_community_staff")
    assert refused(user=world.staff) == (403, "role_required")
    assert refused(user=world.staff, resident_id=999_999) == (422, "unknown_resident")
    assert _count() == 0


def test_the_paired_volunteer_must_be_approved_and_of_the_community(client, auth, world):
    def code(volunteer_id):
        resp = client.post(f"{API}/order-series", json=body_for(world, preferred_volunteer_id=volunteer_id),
                           headers=auth.headers(world.resident))
        assert resp.status_code == 422
        return resp.get_json()["code"]

    elsewhere = factories.volunteer(factories.community(), [world.category])
    pending = factories.volunteer(world.community, [world.category], status="pending")
    suspended = factories.volunteer(world.community, [world.category], status="suspended")
    assert code(elsewhere.id) == "unknown_volunteer"
    assert code(999_999) == "unknown_volunteer"
    assert code(pending.id) == "volunteer_not_approved"
    assert code(suspended.id) == "volunteer_not_approved"
    assert _count() == 0


def test_closing_the_account_stops_the_series_and_erases_its_address(client, auth, world):
    series = start_series(client, auth, world)
    export = client.get(f"{API}/me/export", headers=auth.headers(world.resident)).get_json()
    assert [s["id"] for s in export["order_series"]] == [series["id"]]
    assert client.delete(f"{API}/me", headers=auth.headers(world.resident)).status_code == 204
    db.session.expire_all()
    row = db.session.get(OrderSeries, series["id"])
    assert row.status == "stopped" and "民生路" not in row.address and row.note == ""
    assert series_jobs.place_series_orders() == 0 and series_orders(series["id"]) == []
