"""A small world for activity tests: a community with its staff, a category and twelve approved volunteers near the
centre, and another community with its own staff and a volunteer."""
from dataclasses import dataclass, field

import pytest

from app import clock
from app.activities import codes
from app.extensions import db
from tests import factories

API = "/api/v1"


@dataclass
class World:
    community: object
    category: object
    staff: object
    volunteers: list = field(default_factory=list)
    other_community: object = None
    other_staff: object = None
    outsider: object = None  # a volunteer of the other community


@pytest.fixture
def world():
    community = factories.community(name="民生路社区(活动)")
    category = factories.category("环境保护(测试)")
    staff = factories.staff(community, name="社工")
    volunteers = [factories.volunteer(community, [category], lat=community.lat + n * 0.0003, name=f"志愿者{n}")
                  for n in range(12)]
    other = factories.community(name="三角碑社区(活动)", lat=29.5605, lng=106.4602)
    return World(community, category, staff, volunteers, other, factories.staff(other),
                 factories.volunteer(other, [category]))


def code_now(activity_id: int) -> str:
    """The sign-in code an organiser would show right now."""
    from app.activities.models import Activity

    with factories.context():
        return codes.code_at(db.session.get(Activity, activity_id).sign_in_secret, clock.now())


def here(community, metres_north: float = 0) -> dict:
    return {"lat": community.lat + metres_north / 111_000, "lng": community.lng}


def sign_up(client, auth, activity_id, volunteer):
    return client.post(f"{API}/activities/{activity_id}/signups", headers=auth.headers(volunteer.user))


def create_body(world, **overrides) -> dict:
    from datetime import timedelta

    start = (clock.now() + timedelta(hours=2)).replace(microsecond=0)
    body = {"title": "嘉陵江边清洁", "category_id": world.category.id, "description": "捡拾垃圾，宣传环保",
            "address": "民生路滨江步道", "lat": world.community.lat, "lng": world.community.lng,
            "start": start.isoformat(), "end": (start + timedelta(hours=3)).isoformat(), "quota": 3}
    body.update(overrides)
    return body
