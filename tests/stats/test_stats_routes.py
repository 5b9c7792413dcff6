"""GET /communities/{id}/stats on a small history made through the services with the clock moved, checked figure
by figure; who may read it; and bad periods.

The history, in China time (UTC+8), for community C with categories 助老 (A) and 陪诊 (B):
  02-20 o0 A served by v2 (verified 40 min), left unrated: rated automatically on 03-08 08:00
  03-08 o1 A 09:00, dispatched, accepted after 4 min, served 50 min on site (verified), 5 stars (+2 bonus)
        o2 A 11:00, accepted after 8 min, checked out 1.1 km away: 30 min for review, approved; 2 stars
  03-09 o3 B 00:30 (03-08 16:30 UTC), 1 km north, cancelled by the resident before anyone took it
        o4 A 02:00, nobody took it: expired
  03-10 o5 A 08:00, dispatched at 08:15, accepted 08:20 (20 min): held
        o6 B 09:00, nobody with the skill: needs attention
        o7 A 09:30, pending
        a staff adjustment of -5 to v1; v1 redeems 5 points; v2 redeems 5 and staff cancel it (refunded)
  "now" is 03-10 10:00. Another community's order on 03-09 must not count.
"""
from datetime import datetime, timedelta

import h3
import pytest

from app import clock
from app.extensions import db
from app.orders import acceptance, closing, dispatch, ratings, visits
from app.orders import jobs as orders_jobs
from app.points import earning
from app.points import shop
from tests import factories

API = "/api/v1"
CST = clock.CHINA_TZ


def at(month, day, hour, minute=0):
    clock.set_time(datetime(2026, month, day, hour, minute, tzinfo=CST))


def serve(order, volunteer, staff, *, wait_minutes, service_minutes, far=False):
    db.session.expire_all()  # as a new request would: capacity is released by an UPDATE the session did not see
    dispatch.dispatch_manually(order=order, staff_user=staff, volunteer_id=volunteer.id)
    clock.advance(timedelta(minutes=wait_minutes))
    acceptance.accept(order=order, user=volunteer.user)
    visits.check_in(order=order, user=volunteer.user, lat=order.lat, lng=order.lng)
    clock.advance(timedelta(minutes=service_minutes))
    visits.check_out(order=order, user=volunteer.user, lat=order.lat + (0.01 if far else 0), lng=order.lng,
                     service_code=order.service_code)


@pytest.fixture
def history(ctx):
    community = factories.community(name="统计社区")
    a = factories.category("助老")
    b = factories.category("陪诊")
    item_a = factories.menu_item(community, a, name="上门探访", points=10, expected_minutes=60)
    item_b = factories.menu_item(community, b, name="陪同就医", points=20, expected_minutes=120)
    staff = factories.staff(community, name="社工")
    resident = factories.user(roles=("resident",), name="王阿姨")
    v1 = factories.volunteer(community, [a], name="志愿者甲")
    v2 = factories.volunteer(community, [a], name="志愿者乙")
    factories.volunteer(community, [b], status="pending", name="申请中")
    orders = {}

    at(2, 20, 9)
    orders[0] = factories.order(item_a, resident)
    serve(orders[0], v2, staff, wait_minutes=3, service_minutes=40)

    at(3, 8, 8)
    orders_jobs.auto_rate()
    at(3, 8, 9)
    orders[1] = factories.order(item_a, resident)
    serve(orders[1], v1, staff, wait_minutes=4, service_minutes=50)
    at(3, 8, 11)
    orders[2] = factories.order(item_a, resident)
    serve(orders[2], v2, staff, wait_minutes=8, service_minutes=30, far=True)
    at(3, 8, 12)
    ratings.rate(order=orders[1], user=resident, stars=5, comment="很好")
    at(3, 8, 13)
    visits.review_minutes(order=orders[2], staff_user=staff, approve=True)
    at(3, 8, 14)
    ratings.rate(order=orders[2], user=resident, stars=2, comment="来晚了")

    at(3, 9, 0, 30)
    orders[3] = factories.order(item_b, resident, lat=community.lat + 1000 / 111_000)
    clock.advance(timedelta(minutes=20))
    closing.cancel(order=orders[3], user=resident, reason="不需要了")
    at(3, 9, 2)
    orders[4] = factories.order(item_a, resident)
    clock.set_time(orders[4].window_end + timedelta(minutes=1))
    assert orders_jobs.expire_orders() == 1
    other = factories.community(name="别的社区")
    factories.order(factories.menu_item(other, a), factories.user(roles=("resident",)))

    at(3, 10, 8)
    orders[5] = factories.order(item_a, resident)
    at(3, 10, 8, 15)
    db.session.expire_all()
    dispatch.dispatch_manually(order=orders[5], staff_user=staff, volunteer_id=v1.id)
    at(3, 10, 8, 20)
    acceptance.accept(order=orders[5], user=v1.user)
    at(3, 10, 9)
    orders[6] = factories.order(item_b, resident)
    dispatch.offer_next(orders[6])
    at(3, 10, 9, 30)
    orders[7] = factories.order(item_a, resident)
    earning.adjust(volunteer=v1, amount=-5, reason="更正", staff_user=staff)
    reward = shop.create_reward(community=community, reward_in={"name": "理发券", "cost_points": 5, "stock": 10},
                                user=staff)
    shop.redeem(user=v1.user, reward_id=reward.id, quantity=1)
    refunded = shop.redeem(user=v2.user, reward_id=reward.id, quantity=1)
    shop.cancel(redemption=refunded, staff_user=staff, reason="缺货")
    at(3, 10, 10)
    assert orders[6].needs_attention
    return {"community": community, "staff": staff, "orders": orders, "a": a, "b": b, "resident": resident,
            "volunteer": v1, "other": other}


def stats(client, auth, user, community, **query):
    return client.get(f"{API}/communities/{community.id}/stats", query_string=query, headers=auth.headers(user))


def test_figures_on_a_known_history(client, auth, history):
    resp = stats(client, auth, history["staff"], history["community"], **{"from": "2026-03-08", "to": "2026-03-10"})
    assert resp.status_code == 200, resp.get_json()
    body = resp.get_json()
    assert body["from"] == "2026-03-08T00:00:00+08:00" and body["to"] == "2026-03-11T00:00:00+08:00"
    assert body["community"]["name"] == "统计社区"

    orders = body["orders"]
    assert orders["total"] == 7
    assert orders["by_status"] == {"pending": 2, "offered": 0, "accepted": 1, "in_service": 0, "completed": 0,
                                   "rated": 2, "cancelled": 1, "expired": 1}
    days = {day["date"]: {k: v for k, v in day["by_status"].items() if v} for day in orders["per_day"]}
    # o3 was made at 00:30 China time, still 03-08 in UTC: it belongs to the China day 03-09.
    assert days == {"2026-03-08": {"rated": 2}, "2026-03-09": {"cancelled": 1, "expired": 1},
                    "2026-03-10": {"accepted": 1, "pending": 2}}
    assert [day["total"] for day in orders["per_day"]] == [2, 2, 3]

    assert body["acceptance"]["accepted"] == 3
    assert body["acceptance"]["median_minutes"] == 8.0
    assert [b["orders"] for b in body["acceptance"]["histogram"]] == [1, 1, 1, 0, 0, 0]

    assert body["completion"] == {"ended": 4, "served": 2, "rate": 0.5}

    # o0's automatic rating was given on 03-08: counted apart, not in the mean.
    assert body["satisfaction"] == {"ratings": 2, "mean_stars": 3.5,
                                    "by_stars": {"1": 0, "2": 1, "3": 0, "4": 0, "5": 1},
                                    "automatic": 1, "low": 1, "open_follow_ups": 1}

    hours = body["hours"]
    assert (hours["verified_minutes"], hours["approved_minutes"], hours["pending_review_minutes"]) == (50, 30, 0)
    assert (hours["verified_hours"], hours["approved_hours"]) == (0.8, 0.5)
    assert hours["per_day"][0] == {"date": "2026-03-08", "verified_minutes": 50, "approved_minutes": 30}

    # Issued: o1 10 + bonus 2, o2 10 (approved), the -5 adjustment; o0's award (02-20) is outside the period.
    # Redeemed: 5 + 5 - 5 refunded.
    points = body["points"]
    assert (points["issued"], points["redeemed"], points["expired"]) == (17, 5, 0)
    assert points["per_day"] == [{"date": "2026-03-08", "issued": 22, "redeemed": 0},
                                 {"date": "2026-03-09", "issued": 0, "redeemed": 0},
                                 {"date": "2026-03-10", "issued": -5, "redeemed": 5}]


def test_unmet_demand_and_the_three_lists(client, auth, history):
    community, a, b = history["community"], history["a"], history["b"]
    body = stats(client, auth, history["staff"], community, **{"from": "2026-03-08", "to": "2026-03-10"}).get_json()
    unmet = body["unmet_demand"]
    assert unmet["total"] == 3
    assert unmet["by_reason"] == {"expired": 1, "cancelled_before_acceptance": 1, "needs_attention": 1}
    assert unmet["by_category"] == [
        {"category_id": b.id, "name": "陪诊", "orders": 2,
         "by_reason": {"expired": 0, "cancelled_before_acceptance": 1, "needs_attention": 1}},
        {"category_id": a.id, "name": "助老", "orders": 1,
         "by_reason": {"expired": 1, "cancelled_before_acceptance": 0, "needs_attention": 0}},
    ]
    assert unmet["h3_resolution"] == 8
    centre = h3.latlng_to_cell(community.lat, community.lng, 8)
    north = h3.latlng_to_cell(community.lat + 1000 / 111_000, community.lng, 8)
    assert centre != north
    assert [(c["cell"], c["orders"]) for c in unmet["by_cell"]] == [(centre, 2), (north, 1)]
    first = unmet["by_cell"][0]
    assert len(first["boundary"]) == 6
    assert (first["lat"], first["lng"]) == pytest.approx(h3.cell_to_latlng(centre), abs=1e-6)

    lists = {row["name"]: row for row in body["three_lists"]}
    assert set(lists) == {"助老", "陪诊"}
    assert lists["助老"] == {"category_id": a.id, "name": "助老", "volunteers": 2, "volunteers_on_duty": 0,
                           "orders": 5, "unmet": 1, "menu_items": 1, "gap": False}
    assert lists["陪诊"] == {"category_id": b.id, "name": "陪诊", "volunteers": 0, "volunteers_on_duty": 0,
                           "orders": 2, "unmet": 2, "menu_items": 1, "gap": True}

    coarse = stats(client, auth, history["staff"], community,
                   **{"from": "2026-03-08", "to": "2026-03-10", "h3_resolution": 7}).get_json()["unmet_demand"]
    assert coarse["h3_resolution"] == 7 and sum(c["orders"] for c in coarse["by_cell"]) == 3


def test_periods_default_dates_and_datetimes(client, auth, history):
    staff, community = history["staff"], history["community"]
    default = stats(client, auth, staff, community).get_json()
    # The last 30 China days, today (03-10) included: 02-09 to 03-10, so o0 (02-20) is in.
    assert default["from"] == "2026-02-09T00:00:00+08:00" and default["to"] == "2026-03-11T00:00:00+08:00"
    assert len(default["orders"]["per_day"]) == 30 and default["orders"]["total"] == 8
    assert default["hours"]["verified_minutes"] == 90

    first_day = stats(client, auth, staff, community,
                      **{"from": "2026-03-08T00:00:00+08:00", "to": "2026-03-09T00:00:00+08:00"}).get_json()
    assert first_day["orders"]["total"] == 2 and len(first_day["orders"]["per_day"]) == 1
    # The same instant given in UTC.
    utc = stats(client, auth, staff, community,
                **{"from": "2026-03-07T16:00:00Z", "to": "2026-03-08T16:00:00+00:00"}).get_json()
    assert utc["orders"]["total"] == 2

    from_only = stats(client, auth, staff, community, **{"from": "2026-03-09"}).get_json()
    assert [d["date"] for d in from_only["orders"]["per_day"]] == ["2026-03-09", "2026-03-10"]
    assert from_only["orders"]["total"] == 5

    empty = stats(client, auth, staff, community, **{"from": "2025-01-01", "to": "2025-01-31"}).get_json()
    assert empty["orders"]["total"] == 0 and empty["acceptance"]["median_minutes"] is None
    assert empty["completion"]["rate"] is None and empty["satisfaction"]["mean_stars"] is None
    assert empty["unmet_demand"]["by_cell"] == [] and len(empty["orders"]["per_day"]) == 31


@pytest.mark.parametrize("query, field", [
    ({"from": "2026-03-10", "to": "2026-03-08"}, "from"),
    ({"from": "2026-03-08T10:00:00+08:00", "to": "2026-03-08T10:00:00+08:00"}, "from"),
    ({"from": "2024-02-08", "to": "2026-02-08"}, "to"),  # two years and a day (732 days, 2024-02-29 in them)
    ({"from": "0001-01-01", "to": "9999-12-31"}, "from"),  # once an OverflowError (a 500)
    ({"from": "0001-01-01", "to": "9999-12-31"}, "to"),
    ({"to": "9999-12-31"}, "to"),
    ({"from": "1999-12-31", "to": "2000-01-02"}, "from"),
    ({"from": "2100-01-01"}, "from"),
    ({"to": "9999-12-31T23:00:00-05:00"}, "to"),  # beyond year 9999 in UTC
    ({"from": "0001-01-01T00:00:00+05:00"}, "from"),  # before year 1 in UTC
    ({"from": "2026-03-08\x00"}, "from"),
    ({"h3_resolution": "8.0"}, "h3_resolution"),
    ({"from": "2026-13-01"}, "from"),
    ({"from": "2026-03-08T10:00:00"}, "from"),
    ({"to": "yesterday"}, "to"),
    ({"from": ""}, "from"),
    ({"h3_resolution": "5"}, "h3_resolution"),
    ({"h3_resolution": "x"}, "h3_resolution"),
])
def test_bad_periods_are_422(client, auth, history, query, field):
    resp = stats(client, auth, history["staff"], history["community"], **query)
    assert resp.status_code == 422, resp.get_json()
    body = resp.get_json()
    assert body["code"] == "validation_failed" and field in body["errors"]


def test_a_period_may_be_two_years(client, auth, history):
    longest = stats(client, auth, history["staff"], history["community"], **{"from": "2024-03-10", "to": "2026-03-09"})
    assert longest.status_code == 200, longest.get_json()
    assert len(longest.get_json()["orders"]["per_day"]) == 730
    # Two years with a leap day in them are 731 days.
    leap = stats(client, auth, history["staff"], history["community"], **{"from": "2024-02-01", "to": "2026-01-31"})
    assert leap.status_code == 200 and len(leap.get_json()["orders"]["per_day"]) == 731


def test_who_may_read_the_stats(client, auth, history):
    community = history["community"]
    path = f"{API}/communities/{community.id}/stats"
    assert client.get(path).status_code == 401
    assert stats(client, auth, history["resident"], community).status_code == 403
    assert stats(client, auth, history["volunteer"].user, community).status_code == 403
    other_staff = factories.staff(history["other"])
    resp = stats(client, auth, other_staff, community)
    assert resp.status_code == 403 and resp.get_json()["code"] == "not_community_staff"
    assert stats(client, auth, factories.user(roles=("admin",)), community).status_code == 200
    assert client.get(f"{API}/communities/999999/stats", headers=auth.headers(history["staff"])).status_code == 404


def test_documented_in_openapi(client):
    spec = client.get(f"{API}/openapi.json").get_json()
    operation = spec["paths"]["/api/v1/communities/{community_id}/stats"]["get"]
    assert {p.get("name") for p in operation["parameters"]} >= {"from", "to", "h3_resolution"}
