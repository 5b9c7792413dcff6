"""Menu rules: communities, categories and the items staff curate."""
from __future__ import annotations

from sqlalchemy import select

from app.errors import ApiError
from app.extensions import db
from app.matching import geo
from app.menu.models import Category, Community


def get_community(*, community_id: int) -> Community | None:
    return db.session.get(Community, community_id)


def get_community_or_404(*, community_id: int) -> Community:
    community = get_community(community_id=community_id)
    if community is None:
        raise ApiError.not_found("community")
    return community


def create_community(*, community_in: dict) -> Community:
    community = Community(**community_in)
    community.cell = geo.cell_of(community.lat, community.lng)
    db.session.add(community)
    db.session.commit()
    return community


def get_category_by_name(*, name: str) -> Category | None:
    return db.session.scalar(select(Category).where(Category.name == name))


def create_category(*, category_in: dict) -> Category:
    if get_category_by_name(name=category_in["name"]):
        raise ApiError.conflict("category_exists", "A category with this name already exists.")
    category = Category(**category_in)
    db.session.add(category)
    db.session.commit()
    return category
