"""What a client developer tripped over (issue 16): answers that are the same shape wherever they come from."""
from datetime import timedelta

import pytest

from app import clock
from tests import factories

API = "/api/v1"


def test_me_lists_a_volunteers_community(client, auth):
    community = factories.community(name="三角碑测试社区")
    volunteer = factories.volunteer(community, [factories.category()])
    body = client.get(f"{API}/me", headers=auth.headers(volunteer.user)).get_json()
    assert body["communities"] == [{"id": community.id, "name": "三角碑测试社区", "role": "volunteer"}]
    resident = factories.user(roles=("resident",))
    assert client.get(f"{API}/me", headers=auth.headers(resident)).get_json()["communities"] == []


def test_creating_an_order_answers_in_utc_with_its_location(client, auth):
    community = factories.community()
    item = factories.menu_item(community, factories.category())
    resident = factories.user(roles=("resident",))
    start = (clock.now() + timedelta(hours=2)).replace(microsecond=0)
    shanghai = start.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Shanghai"))
    resp = client.post(f"{API}/orders", headers=auth.headers(resident), json={
        "menu_item_id": item.id, "address": "民生路 1 号", "lat": community.lat, "lng": community.lng,
        "window_start": shanghai.isoformat(), "window_end": (shanghai + timedelta(hours=2)).isoformat()})
    assert resp.status_code == 201
    order = resp.get_json()
    assert order["window_start"] == start.isoformat() and order["window_start"].endswith("+00:00")
    assert resp.headers["Location"] == f"{API}/orders/{order['id']}"
    read = client.get(resp.headers["Location"], headers=auth.headers(resident)).get_json()
    assert (read["window_start"], read["window_end"]) == (order["window_start"], order["window_end"])


def test_distances_are_whole_metres_and_agree_with_the_reasons(client, auth):
    community = factories.community()
    category = factories.category()
    item = factories.menu_item(community, category)
    factories.volunteer(community, [category], lat=community.lat + 0.0031, lng=community.lng + 0.0017)
    order = factories.order(item, factories.user(roles=("resident",)))
    staff = factories.staff(community)
    candidates = client.get(f"{API}/orders/{order.id}/candidates", headers=auth.headers(staff)).get_json()["items"]
    assert candidates and all(c["distance_m"] == c["reasons"]["distance"]["metres"] for c in candidates)
    listed = client.get(f"{API}/communities", query_string={"lat": community.lat + 0.001, "lng": community.lng})
    assert all(isinstance(c["distance_m"], int) for c in listed.get_json()["items"])
    assert client.get(f"{API}/communities").get_json()["items"][0]["distance_m"] is None


@pytest.mark.english
def test_validation_errors_are_messages_by_field_path(client, auth):
    resp = client.post(f"{API}/volunteers", headers=auth.headers(factories.user()), json={
        "community_id": factories.community().id, "skills": ["x"], "home_lat": 29.5, "home_lng": 106.5,
        "availability": [{"weekday": 9, "start": "08:00", "end": "09:00"}]})
    assert resp.status_code == 422
    errors = resp.get_json()["errors"]
    assert errors == {"skills.0": ["Not a valid integer."],
                      "availability.0.weekday": ["Must be greater than or equal to 0 and less than or equal to 6."]}
