"""Who may take an order is one rule with three forms (app.orders.eligibility): the Python form for one pair, the SQL
form on volunteers (candidate search) and the SQL form on orders (the open pool). A property test builds random
volunteers and orders and checks that all three give the same answer for every pair."""
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import and_, bindparam, select

from app import clock, geo
from app.extensions import db
from app.matching.models import Volunteer, volunteer_skills
from app.menu.models import MenuItem
from app.orders import eligibility
from app.orders.models import Offer, Order, OrderRelease
from tests import factories

CATEGORIES = 3

volunteer_specs = st.fixed_dictionaries({
    "status": st.sampled_from(["approved", "pending", "suspended"]), "community": st.integers(0, 1),
    "active_orders": st.integers(0, 2), "max_active_orders": st.integers(1, 2),
    "skills": st.sets(st.integers(0, CATEGORIES - 1), max_size=CATEGORIES),
})
order_specs = st.fixed_dictionaries({
    "category": st.integers(0, CATEGORIES - 1),
    "resident": st.integers(0, 3),  # 0-2: one of the first three volunteers' own users; 3: a resident of its own
    "passed_by": st.sets(st.integers(0, 3), max_size=2),  # volunteers who declined it or let it lapse
    "handed_back_by": st.sets(st.integers(0, 3), max_size=2),  # volunteers who released it, or did not come
})


def _world(volunteers_in, orders_in):
    community, neighbour = factories.community(), factories.community()
    categories = [factories.category() for _ in range(CATEGORIES)]
    items = [MenuItem(community_id=community.id, category_id=category.id, name="x", points=1, expected_minutes=30)
             for category in categories]
    db.session.add_all(items)
    stranger = factories.user()
    now = clock.now()
    volunteers = []
    for spec in volunteers_in:
        user = factories.user()
        volunteer = Volunteer(user_id=user.id, community_id=(community, neighbour)[spec["community"]].id,
                              status=spec["status"],
                              active_orders=min(spec["active_orders"], spec["max_active_orders"] + 1),
                              max_active_orders=spec["max_active_orders"], home_lat=community.lat,
                              home_lng=community.lng, home_cell=geo.cell_of(community.lat, community.lng),
                              availability=[])
        volunteer.skills = [categories[c] for c in spec["skills"]]
        db.session.add(volunteer)
        volunteers.append(volunteer)
    db.session.flush()
    orders = []
    for spec in orders_in:
        resident_id = volunteers[spec["resident"]].user_id if spec["resident"] < len(volunteers) else stranger.id
        order = Order(community_id=community.id, menu_item_id=items[spec["category"]].id,
                      category_id=categories[spec["category"]].id,
                      resident_id=resident_id, created_by_id=resident_id, item_name="x", points=1,
                      expected_minutes=30, radius_m=1500, offer_minutes=10, address="x", lat=community.lat,
                      lng=community.lng, cell=geo.cell_of(community.lat, community.lng),
                      window_start=now, window_end=now + timedelta(hours=2), status="pending")
        db.session.add(order)
        db.session.flush()
        for index in spec["passed_by"]:
            if index < len(volunteers):
                db.session.add(Offer(order_id=order.id, volunteer_id=volunteers[index].id, status="declined",
                                     deadline=now))
        for index in spec["handed_back_by"]:
            if index < len(volunteers):
                db.session.add(OrderRelease(order_id=order.id, volunteer_id=volunteers[index].id,
                                            kind=("released", "no_show")[index % 2], at=now))
        orders.append(order)
    db.session.flush()
    return volunteers, orders


def _python_may_take(order, volunteer) -> bool:
    return not eligibility.refusals(order, volunteer, skill_ids=volunteer.skill_ids,
                                    tried_ids=eligibility.tried_volunteer_ids(db.session, order.id))


def _sql_volunteers_for(order, dialect) -> set[int]:
    volunteers = Volunteer.__table__
    has_skill = select(volunteer_skills.c.volunteer_id).where(volunteer_skills.c.category_id == bindparam("category"))
    statement = select(volunteers.c.id).where(and_(*eligibility.volunteer_conditions(dialect, volunteers)),
                                              volunteers.c.id.in_(has_skill))
    return set(db.session.scalars(statement, {
        "community_id": order.community_id, "resident_id": order.resident_id, "category": order.category_id,
        "excluded": sorted(eligibility.tried_volunteer_ids(db.session, order.id))}))


def _sql_orders_for(volunteer) -> set[int]:
    if not eligibility.may_take_any(volunteer):
        return set()
    orders = Order.__table__
    statement = select(orders.c.id).where(*eligibility.order_conditions(orders, Offer.__table__))
    return set(db.session.scalars(statement, {"volunteer_id": volunteer.id, "user_id": volunteer.user_id,
                                              "community_id": volunteer.community_id}))


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(volunteers_in=st.lists(volunteer_specs, min_size=1, max_size=4),
       orders_in=st.lists(order_specs, min_size=1, max_size=4))
def test_the_sql_forms_agree_with_the_python_form(ctx, volunteers_in, orders_in):
    # Each example builds its own community and categories (the test's transaction is rolled back at its end), so
    # the SQL forms, which see every example's rows, are compared on this example's rows.
    volunteers, orders = _world(volunteers_in, orders_in)
    dialect = db.session.get_bind().dialect.name
    for order in orders:
        by_python = {v.id for v in volunteers if _python_may_take(order, v)}
        assert _sql_volunteers_for(order, dialect) == by_python
    for volunteer in volunteers:
        by_python = {o.id for o in orders if _python_may_take(o, volunteer)}
        assert _sql_orders_for(volunteer) & {o.id for o in orders} == by_python


def test_each_refusal_has_its_reason(ctx):
    community = factories.community()
    skill, other = factories.category(), factories.category()
    volunteer = factories.volunteer(community, [skill])
    order = factories.order(factories.menu_item(community, skill))
    assert _python_may_take(order, volunteer)
    cases = {
        "not_approved": dict(status="suspended"),
        "at_capacity": dict(active_orders=1),
        "own_order": dict(user_id=order.resident_id),
        "other_community": dict(community_id=factories.community().id),
    }
    for reason, changes in cases.items():
        facts = type("Facts", (), {**{name: getattr(volunteer, name) for name in
                                      ("id", "user_id", "community_id", "status", "active_orders",
                                       "max_active_orders")},
                                   **changes})
        assert eligibility.refusals(order, facts, skill_ids=[skill.id], tried_ids=set()) == [reason]
    assert eligibility.refusals(order, volunteer, skill_ids=[other.id], tried_ids=set()) == ["no_skill"]
    assert eligibility.refusals(order, volunteer, skill_ids=[skill.id], tried_ids={volunteer.id}) == ["passed_on_it"]


ELIGIBLE = {"status": "approved", "community": 0, "active_orders": 1, "max_active_orders": 2, "skills": {0}}
OPEN_ORDER = {"category": 0, "resident": 3, "passed_by": set(), "handed_back_by": set()}


@pytest.mark.parametrize(("volunteer_changes", "order_changes", "may"), [
    ({}, {}, True),  # one below capacity: still free to take one more
    ({"active_orders": 2}, {}, False),  # exactly at capacity
    ({"status": "pending"}, {}, False),
    ({"community": 1}, {}, False),
    ({"skills": {1}}, {}, False),
    ({}, {"resident": 0}, False),  # the volunteer's own order
    ({}, {"passed_by": {0}}, False),  # declined it before
    ({}, {"handed_back_by": {0}}, False),  # released it before (index 0: kind "released")
])
def test_the_three_forms_agree_on_each_condition_alone(ctx, volunteer_changes, order_changes, may):
    """The property test's examples rarely hold a volunteer who may take an order (hypothesis starts from empty
    skill sets); this walks one eligible pair and each single reason against, through all three forms."""
    volunteers, orders = _world([{**ELIGIBLE, **volunteer_changes}], [{**OPEN_ORDER, **order_changes}])
    [volunteer], [order] = volunteers, orders
    dialect = db.session.get_bind().dialect.name
    assert _python_may_take(order, volunteer) is may
    assert (volunteer.id in _sql_volunteers_for(order, dialect)) is may
    assert (order.id in _sql_orders_for(volunteer)) is may
    assert eligibility.may_take_any(volunteer) is (volunteer_changes.get("active_orders", 1) < 2
                                                   and volunteer_changes.get("status", "approved") == "approved")
