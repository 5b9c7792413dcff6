"""Trust of service records (api.md, "Trust"), each attack tried through HTTP: minutes verified only when place,
time, length and the resident's confirmation agree; nobody deciding on their own record; nothing that locates a
resident for a stranger; a suspended volunteer's orders handed back."""
from datetime import timedelta

import numpy as np
import pytest
from scipy.optimize import least_squares

from app import clock, geo
from app.extensions import db
from app.notify.models import Notification
from app.orders import jobs as orders_jobs
from tests import factories

API = "/api/v1"


@pytest.fixture(autouse=True)
def frozen():
    """Minutes are counted from the clock: hold it still between steps (the steps move it on purpose)."""
    clock.set_time(clock.now().replace(microsecond=0))


def _window(start_in=timedelta(minutes=15), hours=3):
    start = clock.now() + start_in
    return start.isoformat(), (start + timedelta(hours=hours)).isoformat()


def place(client, auth, world, *, resident=None, start_in=timedelta(minutes=15), hours=3, **overrides):
    start, end = _window(start_in, hours)
    body = {"menu_item_id": world.item.id, "address": "民生路 88 号 3 单元 501", "lat": world.community.lat,
            "lng": world.community.lng, "window_start": start, "window_end": end, "note": "独居，请敲门两次"}
    resp = client.post(f"{API}/orders", json={**body, **overrides}, headers=auth.headers(resident or world.resident))
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def post(client, auth, user, path, body=None):
    return client.post(f"{API}{path}", json=body if body is not None else {}, headers=auth.headers(user))


def get(client, auth, user, path):
    return client.get(f"{API}{path}", headers=auth.headers(user))


def here(world, north_m=0):
    return {"lat": world.community.lat + north_m / 111_195, "lng": world.community.lng}


def serve(client, auth, world, order, volunteer, *, minutes=50, code=True, at=None, checkout_at=None):
    """Claim, check in, serve `minutes`, check out (with the resident's service code unless `code` is False)."""
    assert post(client, auth, volunteer.user, f"/orders/{order['id']}/claim").status_code == 200
    assert post(client, auth, volunteer.user, f"/orders/{order['id']}/check-in", at or here(world)).status_code == 200
    clock.advance(timedelta(minutes=minutes))
    body = dict(checkout_at or at or here(world))
    if code:
        body["service_code"] = order["service_code"]
    resp = post(client, auth, volunteer.user, f"/orders/{order['id']}/check-out", body)
    assert resp.status_code == 200, resp.get_json()
    return resp.get_json()


def points(client, auth, volunteer):
    return get(client, auth, volunteer.user, "/points/me").get_json()


# Time and length

def test_a_one_second_service_is_not_verified_and_earns_nothing(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    done = serve(client, auth, world, order, v, minutes=0)
    assert (done["minutes_status"], done["service_minutes"], done["review_reasons"]) == ("pending_review", 0,
                                                                                         ["too_short"])
    assert post(client, auth, world.resident, f"/orders/{order['id']}/rating", {"stars": 5}).status_code == 201
    assert get(client, auth, world.staff, f"/orders/{order['id']}").get_json()["minutes_status"] == "pending_review"
    assert points(client, auth, v)["balance"] == 0  # neither the award nor the 5-star bonus


def test_zero_minutes_earn_nothing_even_when_approved(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    serve(client, auth, world, order, v, minutes=0)
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/minutes-review", {"approve": True, "minutes": 0})
    assert resp.status_code == 200 and resp.get_json()["minutes_status"] == "approved"
    assert points(client, auth, v)["balance"] == 0


def test_check_in_is_refused_outside_its_window(client, auth, world):
    v = world.volunteers[0]
    early = place(client, auth, world, start_in=timedelta(hours=20))
    assert post(client, auth, v.user, f"/orders/{early['id']}/claim").status_code == 200
    resp = post(client, auth, v.user, f"/orders/{early['id']}/check-in", here(world))
    assert resp.status_code == 409 and resp.get_json()["code"] == "outside_service_window"
    clock.advance(timedelta(hours=19, minutes=31))  # 29 minutes before the window: open
    assert post(client, auth, v.user, f"/orders/{early['id']}/check-in", here(world)).status_code == 200

    late = place(client, auth, world, hours=1)
    second = world.volunteers[1]
    assert post(client, auth, second.user, f"/orders/{late['id']}/claim").status_code == 200
    clock.advance(timedelta(hours=1, minutes=16))  # the window ended a minute ago
    resp = post(client, auth, second.user, f"/orders/{late['id']}/check-in", here(world))
    assert resp.status_code == 409 and resp.get_json()["code"] == "outside_service_window"
    assert get(client, auth, world.staff, f"/orders/{late['id']}").get_json()["status"] == "accepted"


def test_a_check_out_long_after_the_window_counts_minutes_only_to_its_end_plus_two_hours(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world, start_in=timedelta(minutes=0), hours=1)
    done = serve(client, auth, world, order, v, minutes=10 * 60)
    assert done["minutes_status"] == "pending_review" and done["review_reasons"] == ["outside_window"]
    assert done["service_minutes"] == 3 * 60  # from check-in to the window's end + 2 h


# The other party's confirmation

def test_the_service_code_confirms_and_verifies(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    done = serve(client, auth, world, order, v, minutes=50)
    assert (done["minutes_status"], done["service_minutes"], done["review_reasons"]) == ("verified", 50, [])
    assert points(client, auth, v)["balance"] == 10


@pytest.mark.english
def test_a_wrong_service_code_confirms_nothing(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    wrong = "0000" if order["service_code"] != "0000" else "1111"
    done = serve(client, auth, world, {**order, "service_code": wrong}, v)
    assert done["minutes_status"] == "pending_review" and done["review_reasons"] == ["unconfirmed"]
    assert "did not match" in done["events"][-1]["note"]
    assert points(client, auth, v)["balance"] == 0


def test_without_the_code_the_residents_rating_confirms(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    done = serve(client, auth, world, order, v, code=False)
    assert done["review_reasons"] == ["unconfirmed"] and points(client, auth, v)["balance"] == 0
    assert post(client, auth, world.resident, f"/orders/{order['id']}/rating", {"stars": 5}).status_code == 201
    rated = get(client, auth, world.staff, f"/orders/{order['id']}").get_json()
    assert rated["minutes_status"] == "verified" and rated["review_reasons"] == []
    assert points(client, auth, v)["balance"] == 12  # the award and the 5-star bonus


def test_an_automatic_rating_confirms_nothing_and_leaves_it_to_staff(app, client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    serve(client, auth, world, order, v, code=False)
    clock.advance(timedelta(days=7, minutes=1))
    with app.app_context():
        assert orders_jobs.auto_rate() == 1
    rated = get(client, auth, world.staff, f"/orders/{order['id']}").get_json()
    assert rated["status"] == "rated" and rated["rating"]["automatic"] is True
    assert rated["minutes_status"] == "pending_review" and rated["review_reasons"] == ["unconfirmed"]
    assert points(client, auth, v)["balance"] == 0
    listed = get(client, auth, world.staff, "/orders?minutes_status=pending_review").get_json()["items"]
    assert [o["id"] for o in listed] == [order["id"]]


def test_the_service_code_is_shown_to_the_resident_and_the_staff_who_ordered_only(client, auth, world):
    v = world.volunteers[0]
    own = place(client, auth, world)
    assert own["service_code"] and len(own["service_code"]) == 4
    assert get(client, auth, world.resident, f"/orders/{own['id']}").get_json()["service_code"] == own["service_code"]
    assert get(client, auth, world.staff, f"/orders/{own['id']}").get_json()["service_code"] is None
    by_staff = place(client, auth, world, resident=world.staff, resident_id=world.resident.id)
    assert by_staff["service_code"] and by_staff["service_code"] == get(
        client, auth, world.resident, f"/orders/{by_staff['id']}").get_json()["service_code"]
    other_staff = factories.staff(world.community)
    assert get(client, auth, other_staff, f"/orders/{by_staff['id']}").get_json()["service_code"] is None
    assert post(client, auth, v.user, f"/orders/{own['id']}/claim").get_json()["service_code"] is None
    task = get(client, auth, v.user, "/volunteers/me/tasks").get_json()["items"][0]["order"]
    assert task["service_code"] is None


# The sockpuppet resident

def test_ordering_needs_a_bound_phone(client, auth, world):
    sockpuppet = factories.user(roles=("resident",), openid="o_sockpuppet")
    with factories.context():
        db.session.merge(sockpuppet).phone = None  # signed in with WeChat, never bound a phone
        db.session.commit()
    start, end = _window()
    resp = client.post(f"{API}/orders", json={
        "menu_item_id": world.item.id, "address": "x", "lat": world.community.lat, "lng": world.community.lng,
        "window_start": start, "window_end": end}, headers=auth.headers(sockpuppet))
    assert resp.status_code == 403 and resp.get_json()["code"] == "phone_required"


def test_a_sockpuppets_unconfirmed_loops_earn_nothing_until_staff_approve(client, auth, world):
    v = world.volunteers[0]
    sockpuppet = factories.user(roles=("resident",), openid="o_puppet")
    ids = []
    for _ in range(5):
        order = place(client, auth, world, resident=sockpuppet)
        done = serve(client, auth, world, order, v, minutes=0, code=False)
        assert done["minutes_status"] == "pending_review"
        ids.append(order["id"])
    assert points(client, auth, v)["balance"] == 0
    resp = post(client, auth, world.staff, f"/orders/{ids[0]}/minutes-review", {"approve": True, "minutes": 30})
    assert resp.status_code == 200 and points(client, auth, v)["balance"] == 10


# Nobody decides on their own record

@pytest.fixture
def staff_volunteer(client, auth, world):
    """The community's staff member, who has applied as a volunteer of it."""
    resp = post(client, auth, world.staff, "/volunteers", {
        "community_id": world.community.id, "skills": [world.category.id], "home_lat": world.community.lat,
        "home_lng": world.community.lng})
    assert resp.status_code == 201
    return resp.get_json()


def _refused(resp):
    assert resp.status_code == 403 and resp.get_json()["code"] == "conflict_of_interest", resp.get_json()


def test_staff_cannot_approve_or_suspend_themselves(client, auth, world, staff_volunteer):
    _refused(post(client, auth, world.staff, f"/volunteers/{staff_volunteer['id']}/approve"))
    colleague = factories.staff(world.community)
    assert post(client, auth, colleague, f"/volunteers/{staff_volunteer['id']}/approve").status_code == 200
    _refused(post(client, auth, world.staff, f"/volunteers/{staff_volunteer['id']}/suspend", {"reason": "x"}))


def test_staff_cannot_pay_or_serve_themselves(client, auth, world, staff_volunteer):
    colleague = factories.staff(world.community)
    post(client, auth, colleague, f"/volunteers/{staff_volunteer['id']}/approve")
    _refused(post(client, auth, world.staff, "/points/adjustments",
                  {"volunteer_id": staff_volunteer["id"], "amount": 100_000, "reason": "奖励"}))
    assert post(client, auth, colleague, "/points/adjustments",
                {"volunteer_id": staff_volunteer["id"], "amount": 50, "reason": "奖励"}).status_code == 201
    reward = post(client, auth, colleague, f"/communities/{world.community.id}/rewards",
                  {"name": "毛巾", "cost_points": 10, "stock": 5}).get_json()
    redemption = post(client, auth, world.staff, "/redemptions", {"reward_id": reward["id"], "quantity": 1}).get_json()
    _refused(post(client, auth, world.staff, f"/redemptions/{redemption['id']}/fulfill",
                  {"pickup_code": redemption["pickup_code"]}))
    _refused(post(client, auth, world.staff, f"/redemptions/{redemption['id']}/cancel", {}))
    assert post(client, auth, colleague, f"/redemptions/{redemption['id']}/fulfill",
                {"pickup_code": redemption["pickup_code"]}).status_code == 200

    order = place(client, auth, world)
    _refused(post(client, auth, world.staff, f"/orders/{order['id']}/dispatch",
                  {"volunteer_id": staff_volunteer["id"]}))
    for volunteer in world.volunteers:  # with nobody else about, auto dispatch does not pick the staff member
        post(client, auth, colleague, f"/volunteers/{volunteer.id}/suspend", {"reason": "x"})
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/dispatch", {"auto": True})
    assert resp.status_code == 409 and resp.get_json()["code"] == "no_candidates"


def test_staff_cannot_review_or_reverse_their_own_minutes(client, auth, world, staff_volunteer):
    colleague = factories.staff(world.community)
    post(client, auth, colleague, f"/volunteers/{staff_volunteer['id']}/approve")
    order = place(client, auth, world)
    assert post(client, auth, world.staff, f"/orders/{order['id']}/claim").status_code == 200
    post(client, auth, world.staff, f"/orders/{order['id']}/check-in", here(world))
    clock.advance(timedelta(minutes=50))
    post(client, auth, world.staff, f"/orders/{order['id']}/check-out", here(world, north_m=5000))  # far away
    _refused(post(client, auth, world.staff, f"/orders/{order['id']}/minutes-review",
                  {"approve": True, "minutes": 1440}))
    resp = post(client, auth, colleague, f"/orders/{order['id']}/minutes-review", {"approve": True, "minutes": 1440})
    assert resp.status_code == 200 and resp.get_json()["service_minutes"] == 120  # capped
    _refused(post(client, auth, world.staff, f"/orders/{order['id']}/points-reversal", {"reason": "x"}))


# A reversal voids the minutes

@pytest.mark.english
def test_a_reversal_voids_the_minutes_and_takes_them_off_the_totals(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    serve(client, auth, world, order, v, minutes=50)
    assert get(client, auth, v.user, "/volunteers/me").get_json()["verified_minutes"] == 50
    resp = post(client, auth, world.staff, f"/orders/{order['id']}/points-reversal", {"reason": "居民投诉未到场"})
    assert resp.status_code == 201 and resp.get_json()["reversed"] == 10
    after = get(client, auth, world.staff, f"/orders/{order['id']}").get_json()
    assert after["minutes_status"] == "voided" and "minutes voided" in after["events"][-1]["note"]
    assert get(client, auth, v.user, "/volunteers/me").get_json()["verified_minutes"] == 0
    assert points(client, auth, v)["verified_minutes"] == 0


# Suspension hands back what the volunteer holds

@pytest.mark.english
def test_suspension_releases_flags_and_refuses_check_ins(client, auth, world):
    v = world.volunteers[0]
    with factories.context():
        db.session.merge(v).max_active_orders = 3
        db.session.commit()
    accepted, in_service, offered = place(client, auth, world), place(client, auth, world), place(client, auth, world)
    post(client, auth, v.user, f"/orders/{accepted['id']}/claim")
    post(client, auth, v.user, f"/orders/{in_service['id']}/claim")
    post(client, auth, v.user, f"/orders/{in_service['id']}/check-in", here(world))
    post(client, auth, world.staff, f"/orders/{offered['id']}/dispatch", {"volunteer_id": v.id})
    resp = post(client, auth, world.staff, f"/volunteers/{v.id}/suspend", {"reason": "投诉核实中"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "suspended"
    assert resp.get_json()["active_orders"] == 1  # only the one in service is still theirs

    for order in (accepted, offered):
        seen = get(client, auth, world.staff, f"/orders/{order['id']}").get_json()
        assert (seen["status"], seen["needs_attention"], seen["volunteer"]) == ("pending", True, None)
        assert seen["events"][-1]["note"] == "volunteer suspended"
    flagged = get(client, auth, world.staff, f"/orders/{in_service['id']}").get_json()
    assert flagged["status"] == "in_service" and flagged["needs_attention"] is True
    with factories.context():
        told = db.session.query(Notification).filter_by(user_id=world.staff.id, event="order_needs_attention").count()
    assert told == 3

    resp = get(client, auth, v.user, "/volunteers/me/tasks")
    assert resp.status_code == 200 and [t["order"]["id"] for t in resp.get_json()["items"]] == [in_service["id"]]
    resp = post(client, auth, v.user, f"/orders/{accepted['id']}/check-in", here(world))
    assert resp.status_code == 404  # released: no longer theirs to see
    other = place(client, auth, world)
    resp = post(client, auth, v.user, f"/orders/{other['id']}/claim")
    assert resp.status_code == 403 and resp.get_json()["code"] == "volunteer_not_approved"


def test_a_suspended_holder_cannot_check_in(ctx, world):
    """Whatever still links an accepted order to a suspended volunteer, check-in refuses them."""
    from app.errors import ApiError
    from app.matching.models import Volunteer
    from app.orders import access, acceptance, visits

    order = factories.order(world.item, world.resident, start_in_hours=0.25)
    v = world.volunteers[0]
    acceptance.claim(order=order, user=v.user)
    db.session.get(Volunteer, v.id).status = "suspended"
    with pytest.raises(ApiError) as refused:
        visits.check_in(order=access.get(order_id=order.id), user=v.user, **here(world))
    assert (refused.value.status, refused.value.code) == (403, "volunteer_not_approved")


# Nothing that locates a resident for a stranger

def test_strangers_see_a_grid_point_a_surname_and_no_note(client, auth, world):
    v = world.volunteers[0]
    order = place(client, auth, world)
    seen = get(client, auth, v.user, "/orders/open").get_json()["items"][0]
    assert seen["resident"] == {"id": None, "name": "王先生/女士"}
    assert seen["note"] is None and seen["address"] is None and seen["location_precision"] == "coarse"
    assert (seen["lat"], seen["lng"]) == geo.coarse_point(world.community.lat, world.community.lng)
    assert seen["distance_m"] % 100 == 0
    post(client, auth, world.staff, f"/orders/{order['id']}/dispatch", {"volunteer_id": v.id})
    offered = get(client, auth, v.user, f"/orders/{order['id']}").get_json()
    assert offered["resident"]["name"] == "王先生/女士" and offered["note"] is None
    held = post(client, auth, v.user, f"/orders/{order['id']}/accept").get_json()
    assert held["resident"]["name"] == "王阿姨" and held["note"] == "独居，请敲门两次" and held["address"]


def test_no_number_of_pool_queries_recovers_the_address(client, auth, world):
    """Trilateration: ask the pool from 40 points around the order and fit the point whose distances best match the
    answers. It finds the grid cell's centre, never the address (here 300 m from that centre)."""
    centre = geo.coarse_point(world.community.lat, world.community.lng)
    address = (centre[0] + 300 / 111_195, centre[1])
    order = place(client, auth, world, lat=address[0], lng=address[1])
    v = world.volunteers[0]
    rng = np.random.default_rng(5)
    origins, answers = [], []
    for _ in range(40):
        lat = address[0] + rng.uniform(-0.02, 0.02)
        lng = address[1] + rng.uniform(-0.02, 0.02)
        items = get(client, auth, v.user, f"/orders/open?lat={lat}&lng={lng}&radius_m=5000").get_json()["items"]
        match = [o for o in items if o["id"] == order["id"]]
        if match:
            origins.append((lat, lng))
            answers.append(match[0]["distance_m"])
    assert len(origins) >= 30

    def residuals(point):
        return [geo.haversine_m(lat, lng, point[0], point[1]) - d for (lat, lng), d in zip(origins, answers)]

    guess = least_squares(residuals, x0=np.mean(origins, axis=0)).x
    assert geo.haversine_m(guess[0], guess[1], *address) >= 100
    assert geo.haversine_m(guess[0], guess[1], *centre) < 100  # what it finds is the grid point


def test_a_volunteer_of_another_community_can_neither_see_nor_claim(client, auth, world):
    elsewhere = factories.community(name="另一个社区", lat=world.community.lat + 0.1)  # 11 km north
    outsider = factories.volunteer(elsewhere, [world.category], lat=world.community.lat, lng=world.community.lng)
    order = place(client, auth, world)
    assert get(client, auth, outsider.user, "/orders/open").get_json()["items"] == []
    assert get(client, auth, outsider.user, f"/orders/{order['id']}").status_code == 404
    assert post(client, auth, outsider.user, f"/orders/{order['id']}/claim").status_code == 404
    cands = get(client, auth, world.staff, f"/orders/{order['id']}/candidates").get_json()["items"]
    assert outsider.id not in [c["volunteer"]["id"] for c in cands]


def test_a_declines_answer_does_not_name_who_is_next(client, auth):
    community = factories.community(dispatch_policy="auto")
    category = factories.category()
    item = factories.menu_item(community, category)
    first = factories.volunteer(community, [category], name="志愿者甲")
    second = factories.volunteer(community, [category], lat=community.lat + 0.003, name="志愿者乙")
    resident = factories.user(roles=("resident",), name="李奶奶")
    start, end = _window()
    order = client.post(f"{API}/orders", json={
        "menu_item_id": item.id, "address": "x", "lat": community.lat, "lng": community.lng, "window_start": start,
        "window_end": end}, headers=auth.headers(resident)).get_json()
    # The first offer is made once the answer has been sent (app.orders.dispatch.after_order_created).
    assert order["status"] == "pending" and order["offer"] is None
    staff = factories.staff(community)
    assert get(client, auth, staff, f"/orders/{order['id']}").get_json()["offer"]["volunteer_id"] == first.id
    resp = post(client, auth, first.user, f"/orders/{order['id']}/decline", {"reason": "没空"})
    body = resp.get_json()
    assert resp.status_code == 200 and body["offer"] is None and "志愿者乙" not in resp.get_data(as_text=True)
    staff_view = get(client, auth, staff, f"/orders/{order['id']}").get_json()
    assert staff_view["offer"]["volunteer_id"] == second.id  # it did go on


def test_a_window_starts_at_most_90_days_ahead(client, auth, world):
    start = clock.now() + timedelta(days=91)
    resp = client.post(f"{API}/orders", json={
        "menu_item_id": world.item.id, "address": "x", "lat": world.community.lat, "lng": world.community.lng,
        "window_start": start.isoformat(), "window_end": (start + timedelta(hours=2)).isoformat()},
        headers=auth.headers(world.resident))
    assert resp.status_code == 422 and "window_start" in resp.get_json()["errors"]
    assert place(client, auth, world, start_in=timedelta(days=89))["status"] == "pending"
