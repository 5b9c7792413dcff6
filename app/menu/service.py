"""Menu rules: communities, categories and the items staff curate."""
from __future__ import annotations

import math

from sqlalchemy import select

from app import clock
from app.accounts.auth import require_staff_of
from app.errors import ApiError
from app.extensions import db
from app import geo
from app.i18n import _l
from app.menu.models import Category, Community, MenuItem

DEFAULT_RADIUS_M = 1500  # the 15-minute community life circle, on foot
DEFAULT_OFFER_MINUTES = 10


# Communities

def get_community(*, community_id: int) -> Community | None:
    return db.session.get(Community, community_id)


def get_community_or_404(*, community_id: int) -> Community:
    community = get_community(community_id=community_id)
    if community is None:
        raise ApiError.not_found("community")
    return community


def communities_statement(*, lat: float | None = None, lng: float | None = None):
    """All communities, nearest first when a point is given (by a flat-earth distance that orders exactly like the
    true one at city scale and runs in SQL on both databases), else by id."""
    statement = select(Community)
    if lat is None or lng is None:
        return statement.order_by(Community.id)
    scale = math.cos(math.radians(lat))  # a degree of longitude is this much shorter than one of latitude
    return statement.order_by(
        (Community.lat - lat) * (Community.lat - lat)
        + (Community.lng - lng) * (Community.lng - lng) * scale * scale,
        Community.id,
    )


def with_distance(communities, lat: float | None, lng: float | None):
    """Attach `distance_m` (from the caller's point) to each community for the response."""
    for community in communities:
        community.distance_m = (geo.haversine_m(lat, lng, community.lat, community.lng)
                                if lat is not None and lng is not None else None)
    return communities


def create_community(*, community_in: dict) -> Community:
    community = Community(**community_in)
    community.cell = geo.cell_of(community.lat, community.lng)
    db.session.add(community)
    db.session.flush()
    return community


def update_community(*, community: Community, community_in: dict, user) -> Community:
    """Admins change anything; staff of the community only how it dispatches and its rules (settings)."""
    if not user.has_role("admin"):
        require_staff_of(user, community.id)
        not_allowed = set(community_in) - {"dispatch_policy", "settings"}
        if not_allowed:
            raise ApiError.forbidden(_l("Only an admin may change %(fields)s.", fields=", ".join(sorted(not_allowed))))
    if "settings" in community_in:
        community.settings = {**(community.settings or {}), **community_in.pop("settings")}
    for field, value in community_in.items():
        setattr(community, field, value)
    community.cell = geo.cell_of(community.lat, community.lng)
    return community


def setting(community: Community, key: str, default):
    """A per-community rule, or its default."""
    value = (community.settings or {}).get(key)
    return default if value is None else value


def in_service_area(community: Community, lat: float, lng: float) -> bool:
    return geo.haversine_m(community.lat, community.lng, lat, lng) <= community.radius_m


# Categories

def get_category(*, category_id: int) -> Category | None:
    return db.session.get(Category, category_id)


def get_category_by_name(*, name: str) -> Category | None:
    return db.session.scalar(select(Category).where(Category.name == name))


def get_all_categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.id)))


def categories_by_ids(ids) -> list[Category]:
    """The categories for these ids; an unknown id is a 422 on `field`."""
    ids = list(dict.fromkeys(ids))
    found = {c.id: c for c in db.session.scalars(select(Category).where(Category.id.in_(ids)))} if ids else {}
    missing = [i for i in ids if i not in found]
    if missing:
        raise ApiError.invalid("unknown_category", _l("No category with id %(id)s.", id=missing[0]), field="skills")
    return [found[i] for i in ids]


def create_category(*, category_in: dict) -> Category:
    if get_category_by_name(name=category_in["name"]):
        raise ApiError.conflict("category_exists", _l("A category with this name already exists."))
    category = Category(**category_in)
    db.session.add(category)
    db.session.flush()
    return category


# Menu items

def get_item(*, item_id: int) -> MenuItem | None:
    return db.session.get(MenuItem, item_id)


def get_item_for_staff(*, item_id: int, user) -> MenuItem:
    item = get_item(item_id=item_id)
    if item is None:
        raise ApiError.not_found("menu_item")
    require_staff_of(user, item.community_id)
    return item


def items_statement(*, community_id: int, include_archived: bool = False):
    statement = select(MenuItem).where(MenuItem.community_id == community_id)
    if not include_archived:
        statement = statement.where(MenuItem.archived_at.is_(None))
    return statement.order_by(MenuItem.category_id, MenuItem.id)


def active_menu(*, community_id: int) -> list[MenuItem]:
    return list(db.session.scalars(items_statement(community_id=community_id)))


def create_item(*, community: Community, item_in: dict, user) -> MenuItem:
    require_staff_of(user, community.id)
    category = get_category(category_id=item_in["category_id"])
    if category is None:
        raise ApiError.invalid("unknown_category", _l("No such category."), field="category_id")
    item = MenuItem(community_id=community.id, **item_in)
    db.session.add(item)
    db.session.flush()
    return item


def update_item(*, item: MenuItem, item_in: dict) -> MenuItem:
    if item.archived_at is not None:
        raise ApiError.conflict("menu_item_archived", _l("An archived item cannot be edited."))
    item_in = dict(item_in)
    if "category_id" in item_in:
        category = get_category(category_id=item_in.pop("category_id"))
        if category is None:
            raise ApiError.invalid("unknown_category", _l("No such category."), field="category_id")
        # The relationship, so the response shows the new category too, and its id, which the flush would set.
        item.category, item.category_id = category, category.id
    for field, value in item_in.items():
        setattr(item, field, value)
    return item


def archive_item(*, item: MenuItem) -> MenuItem:
    """Archived items can no longer be ordered; orders placed under them keep their copied terms."""
    if item.archived_at is None:
        item.archived_at = clock.now()
    return item


def orderable_item(*, item_id: int) -> MenuItem:
    """The item a new order is for: it must exist and be active (422 otherwise: it is the request that is wrong)."""
    item = get_item(item_id=item_id)
    if item is None:
        raise ApiError.invalid("unknown_menu_item", _l("No such menu item."), field="menu_item_id")
    if item.archived_at is not None:
        raise ApiError.invalid("menu_item_archived", _l("This menu item is no longer offered."), field="menu_item_id")
    return item
