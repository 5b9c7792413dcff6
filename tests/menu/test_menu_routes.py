"""Communities, categories, the public menu and the staff's menu items, through HTTP."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app import geo
from app.menu.models import Category, Community, MenuItem
from tests import factories

API = "/api/v1"
PROBLEM = "application/problem+json"

# Three real places in Chongqing, a few kilometres apart.
JIEFANGBEI = (29.5583, 106.5786)
GUANYINQIAO = (29.5751, 106.5327)
NANPING = (29.5287, 106.5720)


def assert_problem(resp, status, code=None, *, fields=None):
    """A refused request: the status, problem+json with a code, and (for validation) the fields at fault."""
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == PROBLEM
    body = resp.get_json()
    assert body["status"] == status and body["code"] and body["title"] and body["type"]
    if code is not None:
        assert body["code"] == code, body
    if fields is not None:
        # a nested field's messages are under its path (`availability.0.end`)
        assert set(fields) <= {name.split(".")[0] for name in body.get("errors", {})}, body
    return body


def pagination(resp) -> dict:
    return json.loads(resp.headers["X-Pagination"])


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def load(app, model, id_):
    with app.app_context():
        obj = db.session.get(model, id_)
        if obj is not None:
            db.session.expunge(obj)
        return obj


@pytest.fixture
def admin():
    return factories.user(roles=("admin",))


@pytest.fixture
def resident():
    return factories.user(roles=("resident",))


def community_body(**overrides):
    body = {"name": "解放碑社区", "street": "解放碑街道", "district": "渝中区", "city": "重庆市",
            "lat": JIEFANGBEI[0], "lng": JIEFANGBEI[1], "radius_m": 1200}
    body.update(overrides)
    return body


# GET /communities

def test_list_communities_by_id_without_a_point(client):
    first = factories.community(name="甲", lat=NANPING[0], lng=NANPING[1])
    second = factories.community(name="乙", lat=JIEFANGBEI[0], lng=JIEFANGBEI[1])
    resp = client.get(f"{API}/communities")
    assert resp.status_code == 200
    items = resp.get_json()["items"]
    assert [c["id"] for c in items] == [first.id, second.id]
    assert all(c.get("distance_m") is None for c in items)
    assert items[0]["name"] == "甲" and items[0]["radius_m"] == 1500 and items[0]["dispatch_policy"] == "manual"
    assert pagination(resp) == {"total": 2, "total_pages": 1, "page": 1, "page_size": 20}


def test_list_communities_nearest_first_with_distance(client):
    far = factories.community(name="观音桥", lat=GUANYINQIAO[0], lng=GUANYINQIAO[1])
    near = factories.community(name="解放碑", lat=JIEFANGBEI[0], lng=JIEFANGBEI[1])
    middle = factories.community(name="南坪", lat=NANPING[0], lng=NANPING[1])
    here = (29.5570, 106.5770)  # a few hundred metres from 解放碑
    resp = client.get(f"{API}/communities", query_string={"lat": here[0], "lng": here[1]})
    assert resp.status_code == 200
    items = resp.get_json()["items"]
    assert [c["id"] for c in items] == [near.id, middle.id, far.id]
    for item, community in zip(items, (near, middle, far)):
        expected = geo.haversine_m(here[0], here[1], community.lat, community.lng)
        assert item["distance_m"] == round(expected)  # whole metres, as every distance_m
    assert items[0]["distance_m"] < 300 < 3000 < items[1]["distance_m"] < items[2]["distance_m"]


def test_list_communities_paginates(client):
    ids = [factories.community(name=f"社区{i}").id for i in range(5)]
    first = client.get(f"{API}/communities", query_string={"page_size": 2})
    assert [c["id"] for c in first.get_json()["items"]] == ids[:2]
    assert pagination(first) == {"total": 5, "total_pages": 3, "page": 1, "page_size": 2}
    last = client.get(f"{API}/communities", query_string={"page_size": 2, "page": 3})
    assert [c["id"] for c in last.get_json()["items"]] == ids[4:]
    assert pagination(last) == {"total": 5, "total_pages": 3, "page": 3, "page_size": 2}
    beyond = client.get(f"{API}/communities", query_string={"page_size": 2, "page": 9})
    assert beyond.status_code == 200 and beyond.get_json()["items"] == []
    full = client.get(f"{API}/communities", query_string={"page_size": 100})
    assert full.status_code == 200 and len(full.get_json()["items"]) == 5


def test_list_communities_empty(client):
    resp = client.get(f"{API}/communities")
    assert resp.status_code == 200 and resp.get_json() == {"items": []}
    assert pagination(resp) == {"total": 0, "total_pages": 0, "page": 1, "page_size": 20}


@pytest.mark.parametrize("query, field", [
    ({"page_size": 101}, "page_size"),
    ({"page_size": 0}, "page_size"),
    ({"page": 0}, "page"),
    ({"page": "two"}, "page"),
    ({"lat": 29.55}, "lng"),
    ({"lng": 106.57}, "lat"),
    ({"lat": 91, "lng": 106.57}, "lat"),
    ({"lat": 29.55, "lng": 181}, "lng"),
    ({"lat": "nan", "lng": 106.57}, "lat"),
    ({"lat": "north", "lng": 106.57}, "lat"),
])
def test_list_communities_refuses_bad_queries(client, query, field):
    factories.community()
    assert_problem(client.get(f"{API}/communities", query_string=query), 422, "validation_failed", fields=[field])


# GET /communities/{id}

def test_get_community(client):
    community = factories.community(name="民生路社区", settings={"offer_minutes": 7})
    resp = client.get(f"{API}/communities/{community.id}")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["id"] == community.id and body["name"] == "民生路社区"
    assert body["lat"] == pytest.approx(community.lat) and body["lng"] == pytest.approx(community.lng)
    assert body["settings"] == {"offer_minutes": 7}
    assert_problem(client.get(f"{API}/communities/{community.id + 1000}"), 404, "community_not_found")


def test_ids_too_big_for_the_database_are_4xx_not_500(app, client, auth):
    assert_problem(client.get(f"{API}/communities/{2 ** 70}"), 404)
    assert_problem(client.get(f"{API}/communities/{2 ** 70}/menu"), 404)
    community = factories.community()
    staff = factories.staff(community)
    resp = client.post(f"{API}/communities/{community.id}/menu-items", headers=auth.headers(staff),
                       json={"category_id": 2 ** 70, "name": "理发", "points": 5, "expected_minutes": 30})
    assert_problem(resp, 422)
    assert count(app, MenuItem) == 0


# POST /communities

def test_admin_creates_a_community(client, auth, admin):
    resp = client.post(f"{API}/communities", json=community_body(settings={"offer_minutes": 5}),
                       headers=auth.headers(admin))
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["name"] == "解放碑社区" and body["radius_m"] == 1200 and body["dispatch_policy"] == "manual"
    assert body["settings"] == {"offer_minutes": 5}
    stored = load(client.application, Community, body["id"])
    assert stored.cell == geo.cell_of(*JIEFANGBEI)
    listed = client.get(f"{API}/communities").get_json()["items"]
    assert [c["id"] for c in listed] == [body["id"]]


def test_create_community_defaults(client, auth, admin):
    resp = client.post(f"{API}/communities", json={"name": "新社区", "lat": 29.5, "lng": 106.5},
                       headers=auth.headers(admin))
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["radius_m"] == 1500 and body["dispatch_policy"] == "manual" and body["settings"] == {}
    assert body["street"] == "" and body["district"] == ""


def test_create_community_needs_an_admin(app, client, auth, resident):
    community = factories.community()
    assert_problem(client.post(f"{API}/communities", json=community_body()), 401, "unauthorized")
    assert_problem(client.post(f"{API}/communities", json=community_body(), headers=auth.headers(resident)),
                   403, "role_required")
    staff = factories.staff(community)
    assert_problem(client.post(f"{API}/communities", json=community_body(), headers=auth.headers(staff)),
                   403, "role_required")
    assert count(app, Community) == 1


@pytest.mark.parametrize("overrides, field", [
    ({"lat": 91}, "lat"),
    ({"lat": -90.5}, "lat"),
    ({"lng": 180.1}, "lng"),
    ({"lat": "here"}, "lat"),
    ({"name": None}, "name"),
    ({"name": ""}, "name"),
    ({"name": "长" * 101}, "name"),
    ({"nickname": "x"}, "nickname"),
    ({"radius_m": 99}, "radius_m"),
    ({"radius_m": 20_001}, "radius_m"),
    ({"radius_m": 1.5}, "radius_m"),
    ({"dispatch_policy": "sometimes"}, "dispatch_policy"),
    ({"settings": {"offer_minutes": 0}}, "settings"),
    ({"settings": {"favourite_colour": "red"}}, "settings"),
    ({"settings": {"earning_rule": "per_smile"}}, "settings"),
])
def test_create_community_validation(app, client, auth, admin, overrides, field):
    body = community_body(**overrides)
    body = {k: v for k, v in body.items() if not (k == "name" and v is None)}
    assert_problem(client.post(f"{API}/communities", json=body, headers=auth.headers(admin)),
                   422, "validation_failed", fields=[field])
    assert count(app, Community) == 0


@pytest.mark.english
def test_create_community_missing_fields_listed_together(client, auth, admin):
    body = assert_problem(client.post(f"{API}/communities", json={}, headers=auth.headers(admin)), 422,
                          "validation_failed", fields=["name", "lat", "lng"])
    assert body["errors"]["name"] == ["Missing data for required field."]


def test_create_community_malformed_bodies(app, client, auth, admin):
    headers = auth.headers(admin)
    assert_problem(client.post(f"{API}/communities", data="{not json", headers=headers,
                               content_type="application/json"), 400)
    assert_problem(client.post(f"{API}/communities", json=["a", "list"], headers=headers), 422)
    assert_problem(client.post(f"{API}/communities", data='{"name": "x", "lat": NaN, "lng": 106.5}',
                               headers=headers, content_type="application/json"), 422)
    assert count(app, Community) == 0


# PATCH /communities/{id}

def test_admin_patches_anything(client, auth, admin):
    community = factories.community(name="旧名", settings={"offer_minutes": 5})
    resp = client.patch(f"{API}/communities/{community.id}",
                        json={"name": "新名", "lat": NANPING[0], "lng": NANPING[1], "radius_m": 2000,
                              "dispatch_policy": "batch", "settings": {"batch_seconds": 30}},
                        headers=auth.headers(admin))
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["name"] == "新名" and body["radius_m"] == 2000 and body["dispatch_policy"] == "batch"
    assert body["settings"] == {"offer_minutes": 5, "batch_seconds": 30}
    stored = load(client.application, Community, community.id)
    assert stored.cell == geo.cell_of(*NANPING)  # the centre cell follows the centre
    assert client.get(f"{API}/communities/{community.id}").get_json()["name"] == "新名"


def test_staff_of_the_community_patch_dispatch_policy_and_settings(client, auth):
    community = factories.community(settings={"offer_minutes": 5, "weight_distance": 0.6})
    staff = factories.staff(community)
    resp = client.patch(f"{API}/communities/{community.id}",
                        json={"dispatch_policy": "auto", "settings": {"offer_minutes": 8, "max_auto_offers": 3}},
                        headers=auth.headers(staff))
    assert resp.status_code == 200
    body = client.get(f"{API}/communities/{community.id}").get_json()
    assert body["dispatch_policy"] == "auto"
    assert body["settings"] == {"offer_minutes": 8, "max_auto_offers": 3, "weight_distance": 0.6}


@pytest.mark.parametrize("change", [
    {"name": "改名"},
    {"radius_m": 3000},
    {"lat": 29.6, "lng": 106.6},
    {"dispatch_policy": "auto", "street": "别的街道"},
])
def test_staff_may_not_patch_other_fields(client, auth, change):
    community = factories.community(name="原名", radius_m=1500, dispatch_policy="manual")
    staff = factories.staff(community)
    before = client.get(f"{API}/communities/{community.id}").get_json()
    assert_problem(client.patch(f"{API}/communities/{community.id}", json=change, headers=auth.headers(staff)),
                   403)
    assert client.get(f"{API}/communities/{community.id}").get_json() == before


def test_patch_community_refused_for_others(client, auth, resident):
    community = factories.community(dispatch_policy="manual")
    other_staff = factories.staff(factories.community())
    before = client.get(f"{API}/communities/{community.id}").get_json()
    url = f"{API}/communities/{community.id}"
    assert_problem(client.patch(url, json={"dispatch_policy": "auto"}), 401)
    assert_problem(client.patch(url, json={"dispatch_policy": "auto"}, headers=auth.headers(resident)),
                   403, "role_required")
    assert_problem(client.patch(url, json={"dispatch_policy": "auto"}, headers=auth.headers(other_staff)),
                   403, "not_community_staff")
    assert client.get(url).get_json() == before


def test_patch_community_validation_and_404(client, auth, admin):
    community = factories.community()
    headers = auth.headers(admin)
    url = f"{API}/communities/{community.id}"
    before = client.get(url).get_json()
    for body, field in (({"lat": 91}, "lat"), ({"radius_m": 50}, "radius_m"),
                        ({"dispatch_policy": "random"}, "dispatch_policy"), ({"name": ""}, "name"),
                        ({"owner": "me"}, "owner"), ({"settings": {"batch_seconds": 5}}, "settings")):
        assert_problem(client.patch(url, json=body, headers=headers), 422, "validation_failed", fields=[field])
    assert client.get(url).get_json() == before
    assert_problem(client.patch(f"{API}/communities/{community.id + 999}", json={"name": "x"}, headers=headers),
                   404, "community_not_found")


# GET /communities/{id}/menu

def test_menu_is_public_and_shows_active_items_only(client, auth):
    community = factories.community()
    other = factories.community()
    meals = factories.category("助餐", description="送餐上门")
    cleaning = factories.category("保洁")
    lunch = factories.menu_item(community, meals, name="午餐送达", description="11:30 前送到", points=10,
                                expected_minutes=30)
    sweep = factories.menu_item(community, cleaning, name="打扫", points=20, expected_minutes=90)
    gone = factories.menu_item(community, cleaning, name="擦窗")
    factories.menu_item(other, meals, name="别的社区的午餐")
    staff = factories.staff(community)
    assert client.delete(f"{API}/menu-items/{gone.id}", headers=auth.headers(staff)).status_code == 204

    resp = client.get(f"{API}/communities/{community.id}/menu")
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["community"]["id"] == community.id
    assert [i["id"] for i in body["items"]] == [lunch.id, sweep.id]
    first = body["items"][0]
    assert first["name"] == "午餐送达" and first["description"] == "11:30 前送到"
    assert first["points"] == 10 and first["expected_minutes"] == 30 and first["active"] is True
    assert first["category"] == {"id": meals.id, "name": "助餐", "description": "送餐上门"}


def test_menu_of_an_unknown_community(client):
    assert_problem(client.get(f"{API}/communities/424242/menu"), 404, "community_not_found")


# Categories

def test_categories_are_public(client):
    a = factories.category("助餐")
    b = factories.category("陪诊")
    resp = client.get(f"{API}/categories")
    assert resp.status_code == 200
    assert [(c["id"], c["name"]) for c in resp.get_json()["items"]] == [(a.id, "助餐"), (b.id, "陪诊")]


def test_admin_creates_a_category(client, auth, admin):
    resp = client.post(f"{API}/categories", json={"name": "理发", "description": "上门理发"},
                       headers=auth.headers(admin))
    assert resp.status_code == 201
    assert resp.get_json()["name"] == "理发" and resp.get_json()["description"] == "上门理发"
    assert [c["name"] for c in client.get(f"{API}/categories").get_json()["items"]] == ["理发"]


def test_create_category_refusals(app, client, auth, admin, resident):
    staff = factories.staff(factories.community())
    factories.category("助餐")
    assert_problem(client.post(f"{API}/categories", json={"name": "理发"}), 401)
    assert_problem(client.post(f"{API}/categories", json={"name": "理发"}, headers=auth.headers(staff)),
                   403, "role_required")
    assert_problem(client.post(f"{API}/categories", json={"name": "理发"}, headers=auth.headers(resident)),
                   403, "role_required")
    headers = auth.headers(admin)
    assert_problem(client.post(f"{API}/categories", json={"name": "助餐"}, headers=headers), 409, "category_exists")
    invalid = [({}, "name"), ({"name": ""}, "name"), ({"name": "x" * 51}, "name"),
               ({"name": "理发", "colour": "red"}, "colour"), ({"name": "理发", "description": 5}, "description")]
    for body, field in invalid:
        assert_problem(client.post(f"{API}/categories", json=body, headers=headers), 422, "validation_failed",
                       fields=[field])
    assert [c["name"] for c in client.get(f"{API}/categories").get_json()["items"]] == ["助餐"]
    assert count(app, Category) == 1


# Menu items: staff curation

def item_body(category, **overrides):
    body = {"category_id": category.id, "name": "上门理发", "description": "老人上门理发", "points": 15,
            "expected_minutes": 45}
    body.update(overrides)
    return body


def test_staff_create_and_list_menu_items(client, auth):
    community = factories.community()
    category = factories.category()
    staff = factories.staff(community)
    headers = auth.headers(staff)
    resp = client.post(f"{API}/communities/{community.id}/menu-items",
                       json=item_body(category, radius_m=800, offer_minutes=5), headers=headers)
    assert resp.status_code == 201
    created = resp.get_json()
    assert created["community_id"] == community.id and created["category"]["id"] == category.id
    assert created["points"] == 15 and created["expected_minutes"] == 45
    assert created["radius_m"] == 800 and created["offer_minutes"] == 5
    assert created["active"] is True and created["archived_at"] is None

    listed = client.get(f"{API}/communities/{community.id}/menu-items", headers=headers)
    assert listed.status_code == 200
    assert [i["id"] for i in listed.get_json()["items"]] == [created["id"]]
    assert pagination(listed)["total"] == 1
    menu = client.get(f"{API}/communities/{community.id}/menu").get_json()
    assert [i["id"] for i in menu["items"]] == [created["id"]]


def test_admin_may_curate_any_menu(client, auth, admin):
    community = factories.community()
    category = factories.category()
    resp = client.post(f"{API}/communities/{community.id}/menu-items", json=item_body(category),
                       headers=auth.headers(admin))
    assert resp.status_code == 201


def test_menu_items_refused_for_others(app, client, auth, resident):
    community = factories.community()
    category = factories.category()
    item = factories.menu_item(community, category)
    other_staff = factories.staff(factories.community())
    url = f"{API}/communities/{community.id}/menu-items"
    assert_problem(client.get(url), 401)
    assert_problem(client.post(url, json=item_body(category)), 401)
    assert_problem(client.get(url, headers=auth.headers(resident)), 403, "role_required")
    assert_problem(client.post(url, json=item_body(category), headers=auth.headers(resident)), 403)
    assert_problem(client.get(url, headers=auth.headers(other_staff)), 403, "not_community_staff")
    assert_problem(client.post(url, json=item_body(category), headers=auth.headers(other_staff)),
                   403, "not_community_staff")
    assert count(app, MenuItem) == 1
    staff = factories.staff(community)
    assert_problem(client.get(f"{API}/communities/{community.id + 99}/menu-items", headers=auth.headers(staff)),
                   404, "community_not_found")
    assert [i["id"] for i in client.get(url, headers=auth.headers(staff)).get_json()["items"]] == [item.id]


@pytest.mark.parametrize("overrides, field", [
    ({"name": ""}, "name"),
    ({"points": -1}, "points"),
    ({"points": 10_001}, "points"),
    ({"expected_minutes": 4}, "expected_minutes"),
    ({"expected_minutes": 24 * 60 + 1}, "expected_minutes"),
    ({"radius_m": 50}, "radius_m"),
    ({"offer_minutes": 0}, "offer_minutes"),
    ({"category_id": "meals"}, "category_id"),
    ({"active": False}, "active"),
    ({"community_id": 1}, "community_id"),
    ({"price": 3}, "price"),
])
def test_create_menu_item_validation(app, client, auth, overrides, field):
    community = factories.community()
    category = factories.category()
    staff = factories.staff(community)
    resp = client.post(f"{API}/communities/{community.id}/menu-items", json=item_body(category, **overrides),
                       headers=auth.headers(staff))
    assert_problem(resp, 422, "validation_failed", fields=[field])
    assert count(app, MenuItem) == 0


def test_create_menu_item_missing_fields_and_unknown_category(app, client, auth):
    community = factories.community()
    category = factories.category()
    staff = factories.staff(community)
    url = f"{API}/communities/{community.id}/menu-items"
    headers = auth.headers(staff)
    assert_problem(client.post(url, json={}, headers=headers), 422, "validation_failed",
                   fields=["category_id", "name", "points", "expected_minutes"])
    body = assert_problem(client.post(url, json=item_body(category, category_id=category.id + 500), headers=headers),
                          422, "unknown_category", fields=["category_id"])
    assert body["errors"]["category_id"]
    assert count(app, MenuItem) == 0


def test_include_archived(client, auth):
    community = factories.community()
    keep = factories.menu_item(community, name="保留")
    drop = factories.menu_item(community, name="下架")
    headers = auth.headers(factories.staff(community))
    assert client.delete(f"{API}/menu-items/{drop.id}", headers=headers).status_code == 204
    url = f"{API}/communities/{community.id}/menu-items"
    active = client.get(url, headers=headers)
    assert [i["id"] for i in active.get_json()["items"]] == [keep.id]
    assert pagination(active)["total"] == 1
    everything = client.get(url, query_string={"include_archived": "true"}, headers=headers)
    items = {i["id"]: i for i in everything.get_json()["items"]}
    assert set(items) == {keep.id, drop.id}
    assert pagination(everything)["total"] == 2
    assert items[drop.id]["active"] is False and items[drop.id]["archived_at"] is not None
    assert items[keep.id]["active"] is True
    assert_problem(client.get(url, query_string={"include_archived": "perhaps"}, headers=headers), 422,
                   fields=["include_archived"])
    assert_problem(client.get(url, query_string={"page_size": 101}, headers=headers), 422, fields=["page_size"])


def test_patch_menu_item(client, auth):
    community = factories.community()
    item = factories.menu_item(community, points=10, expected_minutes=60)
    new_category = factories.category("陪诊")
    headers = auth.headers(factories.staff(community))
    resp = client.patch(f"{API}/menu-items/{item.id}",
                        json={"name": "陪同就医", "points": 30, "category_id": new_category.id, "radius_m": None,
                              "offer_minutes": 15},
                        headers=headers)
    assert resp.status_code == 200
    menu = client.get(f"{API}/communities/{community.id}/menu").get_json()["items"]
    assert menu[0]["name"] == "陪同就医" and menu[0]["points"] == 30
    assert menu[0]["category"]["id"] == new_category.id and menu[0]["radius_m"] is None
    body = resp.get_json()
    assert body["name"] == "陪同就医" and body["points"] == 30 and body["expected_minutes"] == 60
    assert body["radius_m"] is None and body["offer_minutes"] == 15
    assert body["category_id"] == new_category.id
    # The response shows the item as it now is, category included.
    assert body["category"] == {"id": new_category.id, "name": "陪诊", "description": ""}


def test_patch_menu_item_refusals_change_nothing(client, auth, resident):
    community = factories.community()
    item = factories.menu_item(community, name="原名", points=10)
    staff = factories.staff(community)
    other_staff = factories.staff(factories.community())
    headers = auth.headers(staff)
    url = f"{API}/menu-items/{item.id}"
    items_url = f"{API}/communities/{community.id}/menu-items"
    before = client.get(items_url, headers=headers).get_json()
    invalid = [({"points": -5}, "points"), ({"name": ""}, "name"), ({"expected_minutes": 0}, "expected_minutes"),
               ({"community_id": 9}, "community_id"), ({"archived_at": None}, "archived_at")]
    for body, field in invalid:
        assert_problem(client.patch(url, json=body, headers=headers), 422, "validation_failed", fields=[field])
    assert_problem(client.patch(url, json={"name": "新名", "category_id": 987654}, headers=headers),
                   422, "unknown_category", fields=["category_id"])
    assert_problem(client.patch(url, json={"name": "新名"}), 401)
    assert_problem(client.patch(url, json={"name": "新名"}, headers=auth.headers(resident)), 403, "role_required")
    assert_problem(client.patch(url, json={"name": "新名"}, headers=auth.headers(other_staff)),
                   403, "not_community_staff")
    assert_problem(client.patch(f"{API}/menu-items/{item.id + 999}", json={"name": "新名"}, headers=headers),
                   404, "menu_item_not_found")
    assert client.get(items_url, headers=headers).get_json() == before


def test_archived_item_cannot_be_edited(client, auth):
    community = factories.community()
    item = factories.menu_item(community, name="原名")
    headers = auth.headers(factories.staff(community))
    assert client.delete(f"{API}/menu-items/{item.id}", headers=headers).status_code == 204
    assert_problem(client.patch(f"{API}/menu-items/{item.id}", json={"name": "复活"}, headers=headers),
                   409, "menu_item_archived")
    stored = load(client.application, MenuItem, item.id)
    assert stored.name == "原名" and stored.archived_at is not None


def test_delete_archives_and_is_repeatable(client, auth):
    community = factories.community()
    item = factories.menu_item(community)
    headers = auth.headers(factories.staff(community))
    first = client.delete(f"{API}/menu-items/{item.id}", headers=headers)
    assert first.status_code == 204 and first.get_data() == b""
    archived_at = load(client.application, MenuItem, item.id).archived_at
    assert archived_at is not None
    assert client.get(f"{API}/communities/{community.id}/menu").get_json()["items"] == []
    second = client.delete(f"{API}/menu-items/{item.id}", headers=headers)
    assert second.status_code == 204
    stored = load(client.application, MenuItem, item.id)
    assert stored is not None and stored.archived_at == archived_at  # archived once; the row stays


def test_delete_refusals(client, auth, resident):
    community = factories.community()
    item = factories.menu_item(community)
    other_staff = factories.staff(factories.community())
    url = f"{API}/menu-items/{item.id}"
    assert_problem(client.delete(url), 401)
    assert_problem(client.delete(url, headers=auth.headers(resident)), 403, "role_required")
    assert_problem(client.delete(url, headers=auth.headers(other_staff)), 403, "not_community_staff")
    assert_problem(client.delete(f"{API}/menu-items/{item.id + 999}", headers=auth.headers(other_staff)),
                   404, "menu_item_not_found")
    assert load(client.application, MenuItem, item.id).archived_at is None
    assert [i["id"] for i in client.get(f"{API}/communities/{community.id}/menu").get_json()["items"]] == [item.id]
