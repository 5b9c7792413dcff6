"""A small world for order tests: one community with a staff member, a menu item, a resident and volunteers."""
from dataclasses import dataclass, field

import pytest

from tests import factories


@dataclass
class World:
    community: object
    category: object
    item: object
    staff: object
    resident: object
    volunteers: list = field(default_factory=list)


@pytest.fixture
def world():
    community = factories.community(name="民生路社区(测试)")
    category = factories.category("助老(测试)")
    item = factories.menu_item(community, category, name="陪同散步", points=10, expected_minutes=60)
    staff = factories.staff(community, name="社工")
    resident = factories.user(roles=("resident",), name="王阿姨", phone="13512345678", elderly_living_alone=True)
    # Three volunteers 200 m, 500 m and 900 m north of the centre.
    volunteers = [factories.volunteer(community, [category], lat=community.lat + metres / 111_000,
                                      name=f"志愿者{index}")
                  for index, metres in enumerate((200, 500, 900), start=1)]
    return World(community, category, item, staff, resident, volunteers)
