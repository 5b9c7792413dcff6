"""A world for recurring services: a community (Asia/Shanghai, no daylight saving) with staff, a menu item, a
resident and volunteers, and the clock frozen on a Monday morning in Shanghai."""
from datetime import datetime, timezone

import pytest

from app import clock
from tests.orders.conftest import World, world as order_world  # noqa: F401  (the order tests' world)

# Monday 1 March 2027, 08:00 in Shanghai.
MONDAY = datetime(2027, 3, 1, 0, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(order_world, ctx) -> World:  # noqa: F811
    clock.set_time(MONDAY)
    return order_world
