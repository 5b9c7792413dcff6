"""A small world for the official record: a community, an item, staff, a resident and a volunteer, and `serve`,
which puts one service on the volunteer's record with verified or approved minutes."""
from dataclasses import dataclass
from datetime import timedelta

import pytest

from app import clock
from app.extensions import db
from tests import factories

# Valid 18-digit resident IDs (their GB 11643 check digits are right).
ID_NUMBER = "11010519491231002X"
OTHER_ID_NUMBER = "510101199003071238"
THIRD_ID_NUMBER = "510102198506150028"


@dataclass
class World:
    community: object
    category: object
    item: object
    staff: object
    resident: object
    volunteer: object


@pytest.fixture
def world():
    community = factories.community(name="民生路社区", street="解放碑街道", district="渝中区")
    category = factories.category("助老(记录)")
    item = factories.menu_item(community, category, name="上门探访", points=10, expected_minutes=600)
    staff = factories.staff(community, name="社工 李敏")
    resident = factories.user(roles=("resident",), name="王秀英", phone="13512345678")
    volunteer = factories.volunteer(community, [category], name="张伟", max_active_orders=5)
    return World(community, category, item, staff, resident, volunteer)


def serve(world, minutes: int, *, approved: bool = False, volunteer=None, item=None):
    """One completed service of `minutes` by the volunteer, of an item expected to take that long: verified (both
    check points at the order, the resident's service code given), or, with `approved`, checked out far away and
    then approved by staff."""
    from app.orders import acceptance, visits

    volunteer = volunteer or world.volunteer
    item = item or factories.menu_item(world.community, world.category, name="上门探访", points=10,
                                       expected_minutes=max(minutes, 1))
    with factories.context():
        order = db.session.merge(factories.order(item, world.resident, start_in_hours=0.1, hours=24))
        user = db.session.merge(volunteer.user)
        community = db.session.merge(item).community
        acceptance.claim(order=order, user=user)
        clock.set_time(clock.now() + timedelta(minutes=10))
        visits.check_in(order=order, user=user, lat=community.lat, lng=community.lng)
        clock.set_time(clock.now() + timedelta(minutes=minutes))
        far = community.lat + (0.01 if approved else 0)
        visits.check_out(order=order, user=user, lat=far, lng=community.lng, service_code=order.service_code)
        if approved:
            visits.review_minutes(order=order, staff_user=db.session.merge(world.staff), approve=True)
        db.session.commit()
        return order
