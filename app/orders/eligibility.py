"""Who may take an order: the one rule, in its Python form and its SQL forms.

A volunteer may take an order (be offered it, or claim it) when they are approved, belong to its community, have its
skill, are not its resident, hold fewer orders than they take at once, and have not passed on it before (declined
it, let an offer for it lapse, or handed it back after accepting it: released it, or did not come). The Python form (`refusals`) answers for one pair; the SQL forms ask the same of
many rows: `volunteer_conditions` for the volunteers who may take one order (candidate search), `order_conditions`
for the orders one volunteer may take (the open pool). tests/orders/test_eligibility.py checks that the forms agree.

Distance, the radius and weekly availability are not part of it: they rank and narrow the search, but staff may
look past them when they dispatch by hand (they know their people).
"""
from __future__ import annotations

from sqlalchemy import and_, bindparam, not_, select

from app.db import one_of
from app.matching.models import Volunteer, volunteer_skills
from app.orders.models import Offer, Order, OrderRelease

PASSED_OFFER_STATUSES = ("declined", "expired")

# Why a volunteer may not take an order, as the 409 of a manual dispatch words it.
REFUSALS = {
    "not_approved": "is not an approved volunteer",
    "other_community": "is a volunteer of another community",
    "no_skill": "does not have this service's skill",
    "at_capacity": "already holds as many orders as they take at once",
    "passed_on_it": "already declined this order, let an offer for it expire, or handed it back",
    "own_order": "is the resident who ordered it",
}


def refusals(order, volunteer, *, skill_ids, tried_ids) -> list[str]:
    """Why `volunteer` may not take `order` (keys of REFUSALS); empty when they may. `order` needs community_id,
    category_id and resident_id; `volunteer` id, user_id, community_id, status, active_orders and
    max_active_orders; `skill_ids` are the volunteer's skills and `tried_ids` the volunteers who passed on it."""
    found = []
    if volunteer.status != "approved":
        found.append("not_approved")
    if volunteer.community_id != order.community_id:
        found.append("other_community")
    if order.category_id not in skill_ids:
        found.append("no_skill")
    if volunteer.active_orders >= volunteer.max_active_orders:
        found.append("at_capacity")
    if volunteer.id in tried_ids:
        found.append("passed_on_it")
    if volunteer.user_id == order.resident_id:
        found.append("own_order")
    return found


def refusal_detail(reasons: list[str]) -> str:
    return "This volunteer " + "; ".join(REFUSALS[reason] for reason in reasons) + "."


def tried_volunteer_ids(session, order_id: int) -> set[int]:
    """Volunteers who declined this order, let an offer for it expire, or handed it back: never offered it again."""
    return set(session.scalars(select(Offer.volunteer_id).where(
        Offer.order_id == order_id, Offer.status.in_(PASSED_OFFER_STATUSES)))) | set(session.scalars(
        select(OrderRelease.volunteer_id).where(OrderRelease.order_id == order_id)))


def volunteer_conditions(dialect: str, volunteers=Volunteer.__table__) -> tuple:
    """The rule as WHERE conditions on the volunteers table, for one order given as parameters: `community_id`,
    `resident_id` (the order's resident's user id, or None) and `excluded` (the volunteers who passed on it, a
    list). The skill is the caller's to require (the search index is keyed by it)."""
    return (volunteers.c.status == "approved", volunteers.c.community_id == bindparam("community_id"),
            volunteers.c.active_orders < volunteers.c.max_active_orders,
            volunteers.c.user_id.is_distinct_from(bindparam("resident_id")),
            not_(one_of(volunteers.c.id, "excluded", dialect)))


def order_conditions(orders=Order.__table__, offers=Offer.__table__, releases=OrderRelease.__table__) -> tuple:
    """The rule as WHERE conditions on the orders table, for one volunteer given as parameters: `volunteer_id`,
    `user_id` and `community_id`. What depends on the volunteer alone (approved, below capacity) is no condition on an
    order: the caller asks `may_take_any` first."""
    passed = select(offers.c.order_id).where(offers.c.volunteer_id == bindparam("volunteer_id"),
                                             offers.c.status.in_(PASSED_OFFER_STATUSES))
    handed_back = select(releases.c.order_id).where(releases.c.volunteer_id == bindparam("volunteer_id"))
    skills = select(volunteer_skills.c.category_id).where(
        volunteer_skills.c.volunteer_id == bindparam("volunteer_id"))
    return (orders.c.community_id == bindparam("community_id"), orders.c.category_id.in_(skills),
            orders.c.resident_id != bindparam("user_id"),
            orders.c.id.not_in(passed), orders.c.id.not_in(handed_back))


def may_take_any(volunteer) -> bool:
    """The part of the rule that depends on the volunteer alone: approved and below capacity."""
    return volunteer.status == "approved" and volunteer.active_orders < volunteer.max_active_orders


def all_of(conditions: tuple):
    return and_(*conditions)
