"""The input every operation refuses, through HTTP: text with a lone surrogate, a control character or nothing
visible in it; integers, numbers and booleans of another JSON type; dates outside 2000-2100; bodies nested too
deep or that are not JSON. Each was a 500 or a silent coercion once; each is now a 4xx problem+json naming the
field, and changes nothing. (tests/test_fuzz.py sends such values to every operation; these pin the answers.)
"""
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app import clock
from app.extensions import db
from app.json_body import MAX_DEPTH, nests_deeper_than
from tests import factories
from tests.points import helpers as points_helpers

API = "/api/v1"


class World:
    def __init__(self, auth):
        self.community = factories.community()
        self.category = factories.category()
        self.item = factories.menu_item(self.community, self.category)
        self.resident = factories.user(roles=("resident",), password="resident-password")
        self.volunteer = factories.volunteer(self.community, [self.category])
        self.staff = factories.staff(self.community)
        self.order = factories.order(self.item, self.resident)
        self.reward = points_helpers.reward(self.community)
        self.headers = {
            "anonymous": {},
            "resident": auth.headers(self.resident),
            "volunteer": auth.headers(self.volunteer.user),
            "staff": auth.headers(self.staff),
            "admin": auth.headers(factories.user(roles=("admin",))),
        }

    def order_body(self, **changes):
        start = clock.now() + timedelta(hours=1)
        return {"menu_item_id": self.item.id, "address": "民生路 88 号", "lat": self.community.lat,
                "lng": self.community.lng, "window_start": start.isoformat(),
                "window_end": (start + timedelta(hours=2)).isoformat(), **changes}


@pytest.fixture
def world(auth):
    return World(auth)


def send(client, world, role, method, path, body=None, **kwargs):
    return client.open(f"{API}{path}", method=method, json=body, headers=world.headers[role], **kwargs)


def row_counts() -> dict:
    with factories.context():
        return {t.name: db.session.scalar(select(func.count()).select_from(t)) for t in db.metadata.sorted_tables}


def assert_refused(resp, field, message=None):
    assert resp.status_code == 422, resp.get_json()
    assert resp.mimetype == "application/problem+json"
    body = resp.get_json()
    assert body["code"] == "validation_failed" and field in body["errors"], body
    if message is not None:
        assert message in str(body["errors"][field]), body


# Bodies.

def test_deep_nesting_is_a_400_before_anyone_signs_in(client):
    """1,000 nested `[` in 2 KB was a RecursionError (a 500) in the login limit's key, before any login."""
    for body in (b"[" * 1000, b'{"phone": ' + b"[" * 1000, b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)):
        resp = client.post(f"{API}/auth/login", data=body, content_type="application/json")
        assert resp.status_code == 400 and resp.get_json()["code"] == "malformed_body", resp.get_json()
        assert resp.mimetype == "application/problem+json"
    at_the_limit = client.post(f"{API}/auth/login", data=b"[" * MAX_DEPTH + b"]" * MAX_DEPTH,
                               content_type="application/json")
    assert at_the_limit.status_code == 422  # parsed, then refused as not an object


def test_deep_nesting_is_refused_whatever_the_content_type(client, world):
    """The idempotency fingerprint parses any body, JSON or not: a text/plain one nested deep was a 500."""
    resp = client.post(f"{API}/auth/logout", data=b"[" * 1000, content_type="text/plain",
                       headers={**world.headers["resident"], "Idempotency-Key": "k1"})
    assert resp.status_code == 400 and resp.get_json()["code"] == "malformed_body"


def test_json_that_python_refuses_to_parse_is_a_400(client, world):
    """An integer of 5,000 digits is a ValueError other than JSONDecodeError: webargs let it through as a 500."""
    for body in (b"9" * 5000, b'{"stars": ' + b"9" * 5000 + b"}", b"\xff\xfe\x00"):
        resp = client.post(f"{API}/orders/{world.order.id}/rating", data=body, content_type="application/json",
                           headers=world.headers["resident"])
        assert resp.status_code == 400 and resp.get_json()["code"] == "malformed_body", (body[:10], resp.get_json())


def test_brackets_inside_strings_are_not_nesting(client):
    resp = client.post(f"{API}/auth/login", json={"phone": "[" * 1000, "password": "{" * 100})
    assert_refused(resp, "phone")


@pytest.mark.parametrize("data, deep", [
    (b"[" * 33, True), (b"[" * 32, False), (b'{"a": ' * 33, True), (b'["' + b"[" * 100 + b'"]', False),
    (b'["\\"' + b"[" * 100 + b'"]', False), (b'["\\\\"' + b"[" * 40, True), (b'"' + b"[" * 100, False),
    (b"[]" * 1000, False), (b"[{" * 17, True),
])
def test_nesting_depth_is_counted_outside_strings(data, deep):
    assert nests_deeper_than(data) is deep
