"""Menu rules through the service: communities, settings, categories and the life of a menu item."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app import clock
from app.errors import ApiError
from app.extensions import db
from app import geo
from app.menu import service as menu_service
from tests import factories

JIEFANGBEI = (29.5583, 106.5786)
GUANYINQIAO = (29.5751, 106.5327)
NANPING = (29.5287, 106.5720)


def expect_error(fn, status, code):
    with pytest.raises(ApiError) as caught:
        fn()
    assert (caught.value.status, caught.value.code) == (status, code)
    return caught.value


# Communities

def test_create_community_sets_the_centre_cell(ctx):
    community = menu_service.create_community(community_in=dict(name="解放碑", lat=JIEFANGBEI[0], lng=JIEFANGBEI[1]))
    assert community.id is not None
    assert community.cell == geo.cell_of(*JIEFANGBEI)
    assert community.radius_m == 1500 and community.dispatch_policy == "manual"
    assert menu_service.get_community(community_id=community.id) is community


def test_get_community_or_404(ctx):
    assert menu_service.get_community(community_id=123456) is None
    expect_error(lambda: menu_service.get_community_or_404(community_id=123456), 404, "community_not_found")


def test_communities_statement_orders_by_id_or_by_distance(ctx):
    far = factories.community(lat=GUANYINQIAO[0], lng=GUANYINQIAO[1])
    near = factories.community(lat=JIEFANGBEI[0], lng=JIEFANGBEI[1])
    middle = factories.community(lat=NANPING[0], lng=NANPING[1])
    by_id = db.session.scalars(menu_service.communities_statement()).all()
    assert [c.id for c in by_id] == [far.id, near.id, middle.id]
    # a point only half given is no point: by id
    assert [c.id for c in db.session.scalars(menu_service.communities_statement(lat=29.5))] == [
        far.id, near.id, middle.id]
    by_distance = db.session.scalars(menu_service.communities_statement(lat=29.5570, lng=106.5770)).all()
    assert [c.id for c in by_distance] == [near.id, middle.id, far.id]
    # from the north-west the order turns around
    from_north = db.session.scalars(menu_service.communities_statement(lat=29.60, lng=106.52)).all()
    assert [c.id for c in from_north] == [far.id, near.id, middle.id]


def test_ordering_accounts_for_shorter_longitude_degrees(ctx):
    # At 29.5°N a degree of longitude is ~0.87 of a degree of latitude: 0.0100° east (~969 m) is nearer than
    # 0.0090° north (~1,001 m), though a naive degree comparison says otherwise.
    here = (29.5, 106.5)
    east = factories.community(lat=here[0], lng=here[1] + 0.0100)
    north = factories.community(lat=here[0] + 0.0090, lng=here[1])
    assert geo.haversine_m(*here, east.lat, east.lng) < geo.haversine_m(*here, north.lat, north.lng)
    ordered = db.session.scalars(menu_service.communities_statement(lat=here[0], lng=here[1])).all()
    assert [c.id for c in ordered] == [east.id, north.id]


def test_with_distance(ctx):
    community = factories.community(lat=NANPING[0], lng=NANPING[1])
    [with_point] = menu_service.with_distance([community], *JIEFANGBEI)
    assert with_point.distance_m == pytest.approx(geo.haversine_m(*JIEFANGBEI, *NANPING))
    [without] = menu_service.with_distance([community], None, None)
    assert without.distance_m is None


def test_admin_updates_anything_and_the_cell_follows(ctx):
    admin = factories.user(roles=("admin",))
    community = factories.community(name="旧", settings={"offer_minutes": 5, "rating_bonus": 2})
    updated = menu_service.update_community(
        community=community, user=admin,
        community_in={"name": "新", "lat": NANPING[0], "lng": NANPING[1], "radius_m": 900,
                      "settings": {"rating_bonus": 4, "batch_seconds": 60}})
    assert updated.name == "新" and updated.radius_m == 900
    assert updated.cell == geo.cell_of(*NANPING)
    assert updated.settings == {"offer_minutes": 5, "rating_bonus": 4, "batch_seconds": 60}


def test_staff_update_only_dispatch_and_settings(ctx):
    community = factories.community(dispatch_policy="manual", settings={"offer_minutes": 5})
    staff = factories.staff(community)
    menu_service.update_community(community=community, user=staff,
                                  community_in={"dispatch_policy": "batch", "settings": {"batch_seconds": 20}})
    assert community.dispatch_policy == "batch"
    assert community.settings == {"offer_minutes": 5, "batch_seconds": 20}
    error = expect_error(lambda: menu_service.update_community(
        community=community, user=staff, community_in={"dispatch_policy": "auto", "radius_m": 3000, "name": "x"}),
        403, "forbidden")
    assert "name" in error.detail and "radius_m" in error.detail
    assert community.dispatch_policy == "batch" and community.radius_m == 1500


def test_staff_of_another_community_and_residents_may_not_update(ctx):
    community = factories.community()
    other_staff = factories.staff(factories.community())
    resident = factories.user()
    for user in (other_staff, resident):
        expect_error(lambda: menu_service.update_community(
            community=community, user=user, community_in={"dispatch_policy": "auto"}), 403, "not_community_staff")
    assert community.dispatch_policy == "manual"


def test_setting_falls_back_to_the_default(ctx):
    community = factories.community(settings={"offer_minutes": 3, "points_expiry_months": None})
    assert menu_service.setting(community, "offer_minutes", 10) == 3
    assert menu_service.setting(community, "max_auto_offers", 5) == 5
    assert menu_service.setting(community, "points_expiry_months", 24) == 24
    community.settings = None
    assert menu_service.setting(community, "offer_minutes", 10) == 10


def test_in_service_area(ctx):
    community = factories.community(lat=29.5, lng=106.5, radius_m=1000)
    metres_per_degree = geo.haversine_m(29.5, 106.5, 30.5, 106.5)
    assert menu_service.in_service_area(community, 29.5, 106.5)
    assert menu_service.in_service_area(community, 29.5 + 990 / metres_per_degree, 106.5)
    assert not menu_service.in_service_area(community, 29.5 + 1010 / metres_per_degree, 106.5)


# Categories

def test_categories(ctx):
    a = menu_service.create_category(category_in={"name": "助餐", "description": "送餐"})
    b = menu_service.create_category(category_in={"name": "陪诊"})
    assert menu_service.get_all_categories() == [a, b]
    assert menu_service.get_category_by_name(name="陪诊") is b
    assert menu_service.get_category_by_name(name="理发") is None
    assert menu_service.get_category(category_id=a.id) is a
    expect_error(lambda: menu_service.create_category(category_in={"name": "助餐"}), 409, "category_exists")
    assert menu_service.get_all_categories() == [a, b]


def test_categories_by_ids_keeps_order_and_drops_repeats(ctx):
    a, b, c = factories.category(), factories.category(), factories.category()
    assert menu_service.categories_by_ids([c.id, a.id, c.id]) == [c, a]
    assert menu_service.categories_by_ids([]) == []
    error = expect_error(lambda: menu_service.categories_by_ids([b.id, c.id + 100]), 422, "unknown_category")
    assert error.errors == {"skills": [error.detail]} and str(c.id + 100) in error.detail


# Menu items

def test_create_item_checks_staff_and_category(ctx):
    community = factories.community()
    category = factories.category()
    staff = factories.staff(community)
    spec = dict(category_id=category.id, name="理发", points=5, expected_minutes=30)
    item = menu_service.create_item(community=community, item_in=dict(spec), user=staff)
    assert item.community_id == community.id and item.category is category and item.active
    assert item.radius_m is None and item.offer_minutes is None

    other_staff = factories.staff(factories.community())
    expect_error(lambda: menu_service.create_item(community=community, item_in=dict(spec), user=other_staff),
                 403, "not_community_staff")
    expect_error(lambda: menu_service.create_item(community=community, item_in=dict(spec, category_id=99999),
                                                  user=staff), 422, "unknown_category")
    assert menu_service.active_menu(community_id=community.id) == [item]


def test_items_statement_orders_by_category_then_id_and_hides_archived(ctx):
    community = factories.community()
    first_cat, second_cat = factories.category(), factories.category()
    b1 = factories.menu_item(community, second_cat)
    a1 = factories.menu_item(community, first_cat)
    a2 = factories.menu_item(community, first_cat)
    factories.menu_item(factories.community(), first_cat)
    menu_service.archive_item(item=a2)
    assert menu_service.active_menu(community_id=community.id) == [a1, b1]
    everything = db.session.scalars(menu_service.items_statement(community_id=community.id,
                                                                 include_archived=True)).all()
    assert everything == [a1, a2, b1]


def test_get_item_for_staff(ctx):
    community = factories.community()
    item = factories.menu_item(community)
    assert menu_service.get_item_for_staff(item_id=item.id, user=factories.staff(community)) is item
    assert menu_service.get_item_for_staff(item_id=item.id, user=factories.user(roles=("admin",))) is item
    expect_error(lambda: menu_service.get_item_for_staff(item_id=item.id, user=factories.staff(factories.community())),
                 403, "not_community_staff")
    expect_error(lambda: menu_service.get_item_for_staff(item_id=item.id + 50, user=factories.staff(community)),
                 404, "menu_item_not_found")


def test_update_item(ctx):
    community = factories.community()
    item = factories.menu_item(community, points=10)
    other = factories.category()
    menu_service.update_item(item=item, item_in={"points": 12, "category_id": other.id, "offer_minutes": 3})
    assert item.points == 12 and item.category_id == other.id and item.offer_minutes == 3
    expect_error(lambda: menu_service.update_item(item=item, item_in={"points": 1, "category_id": 424242}),
                 422, "unknown_category")
    assert item.points == 12 and item.category_id == other.id


def test_archive_is_once_and_blocks_edits(ctx):
    clock.set_time(datetime(2025, 3, 3, 2, 0, tzinfo=timezone.utc))
    community = factories.community()
    item = factories.menu_item(community, name="原名")
    menu_service.archive_item(item=item)
    archived_at = item.archived_at
    assert archived_at == clock.now() and not item.active
    clock.advance(timedelta(hours=1))
    menu_service.archive_item(item=item)
    assert item.archived_at == archived_at
    expect_error(lambda: menu_service.update_item(item=item, item_in={"name": "新名"}), 409, "menu_item_archived")
    assert item.name == "原名"


def test_orderable_item(ctx):
    community = factories.community()
    item = factories.menu_item(community)
    assert menu_service.orderable_item(item_id=item.id) is item
    error = expect_error(lambda: menu_service.orderable_item(item_id=item.id + 77), 422, "unknown_menu_item")
    assert "menu_item_id" in error.errors
    menu_service.archive_item(item=item)
    error = expect_error(lambda: menu_service.orderable_item(item_id=item.id), 422, "menu_item_archived")
    assert "menu_item_id" in error.errors
