"""Figures by street and district: each community's statistics side by side, and their sums for streets, districts
and everything asked for; staff see only their communities."""
from app.extensions import db
from tests import factories


def _complete(item, resident, volunteer, *, stars=None):
    from app.orders import acceptance, ratings, visits

    with factories.context():
        order = db.session.merge(factories.order(item, resident))
        user = db.session.merge(volunteer.user)
        community = db.session.merge(item).community
        acceptance.claim(order=order, user=user)
        visits.check_in(order=order, user=user, lat=community.lat, lng=community.lng)
        visits.check_out(order=order, user=user, lat=community.lat, lng=community.lng)
        if stars:
            ratings.rate(order=order, user=db.session.merge(resident), stars=stars)
        db.session.commit()


def _city():
    category = factories.category("助老(区)")
    places = [("渝中区", "解放碑街道", 29.5583, 106.5786), ("渝中区", "七星岗街道", 29.5560, 106.5640),
              ("沙坪坝区", "小龙坎街道", 29.5605, 106.4602)]
    city = []
    for district, street, lat, lng in places:
        community = factories.community(district=district, street=street, lat=lat, lng=lng)
        item = factories.menu_item(community, category)
        volunteer = factories.volunteer(community, [category], max_active_orders=5)
        resident = factories.user()
        city.append((community, item, volunteer, resident))
    _complete(city[0][1], city[0][3], city[0][2], stars=5)
    _complete(city[0][1], city[0][3], city[0][2], stars=3)
    _complete(city[1][1], city[1][3], city[1][2], stars=4)
    factories.order(city[1][1], city[1][3])  # pending
    _complete(city[2][1], city[2][3], city[2][2])
    return city


def test_admins_see_districts_streets_and_communities_side_by_side(client, auth):
    city = _city()
    admin = factories.user(roles=("admin",))
    resp = client.get("/api/v1/stats/areas", headers=auth.headers(admin))
    assert resp.status_code == 200, resp.get_json()
    body = resp.get_json()
    assert body["communities"] == 3 and [d["district"] for d in body["districts"]] == ["沙坪坝区", "渝中区"]
    yuzhong = body["districts"][1]
    assert [s["street"] for s in yuzhong["streets"]] == ["七星岗街道", "解放碑街道"]
    assert yuzhong["totals"]["orders"]["total"] == 4 and yuzhong["totals"]["orders"]["by_status"]["pending"] == 1
    assert yuzhong["totals"]["satisfaction"]["ratings"] == 3 and yuzhong["totals"]["satisfaction"]["mean_stars"] == 4.0
    assert yuzhong["totals"]["completion"] == {"ended": 3, "served": 3, "rate": 1.0}
    assert yuzhong["totals"]["acceptance"]["median_minutes"] is None
    community = yuzhong["streets"][1]["items"][0]
    assert community["id"] == city[0][0].id and community["orders"]["total"] == 2
    assert community["acceptance"]["median_minutes"] is not None
    assert body["totals"]["orders"]["total"] == 5 and body["totals"]["hours"]["verified_minutes"] == 0
    lists = {row["category_id"]: row for row in body["totals"]["three_lists"]}
    assert [(r["volunteers"], r["orders"], r["menu_items"]) for r in lists.values()] == [(3, 5, 3)]
    days = body["totals"]["orders"]["per_day"]
    assert sum(day["total"] for day in days) == 5
    filtered = client.get("/api/v1/stats/areas", query_string={"district": "渝中区", "street": "七星岗街道"},
                          headers=auth.headers(admin)).get_json()
    assert filtered["communities"] == 1 and filtered["totals"]["orders"]["total"] == 2


def test_staff_see_only_their_communities_and_others_are_refused(client, auth):
    city = _city()
    staff = factories.staff(city[2][0])
    body = client.get("/api/v1/stats/areas", headers=auth.headers(staff)).get_json()
    assert body["communities"] == 1 and body["districts"][0]["district"] == "沙坪坝区"
    assert client.get("/api/v1/stats/areas?district=渝中区", headers=auth.headers(staff)).get_json()["communities"] == 0
    assert client.get("/api/v1/stats/areas", headers=auth.headers(city[0][3])).status_code == 403
    assert client.get("/api/v1/stats/areas").status_code == 401
    bad = client.get("/api/v1/stats/areas?from=2026-05-02&to=2026-05-01", headers=auth.headers(staff))
    assert bad.status_code == 422
