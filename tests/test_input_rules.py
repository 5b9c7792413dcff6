"""The input every operation refuses, through HTTP: text with a lone surrogate, a control character or nothing
visible in it; integers, numbers and booleans of another JSON type; dates outside 2000-2100; bodies nested too
deep or that are not JSON. Each was a 500 or a silent coercion once; each is now a 4xx problem+json naming the
field, and changes nothing. (tests/test_fuzz.py sends such values to every operation; these pin the answers.)
"""
from datetime import timedelta

import pytest
from marshmallow import fields
from sqlalchemy import func, select

from app import clock
from app.extensions import db
from app.json_body import MAX_DEPTH, nests_deeper_than
from app.schemas import BaseSchema, QuerySchema
from tests import factories
from tests.points import helpers as points_helpers

API = "/api/v1"
pytestmark = pytest.mark.english  # the messages pinned here are the English ones


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
    # Errors are named by field, nested ones by their path (`availability.0.start`).
    named = [name for name in body.get("errors", {}) if name == field or name.startswith(field + ".")]
    assert body["code"] == "validation_failed" and named, body
    if message is not None:
        assert message in str([body["errors"][name] for name in named]), body


# Text. (role, method, path, body with the value, the field, whether a value is required). The first eight
# answered 500 to a lone surrogate before; NUL was stored on SQLite and a 500 on PostgreSQL everywhere.
TEXT_CASES = [
    ("resident", "POST", lambda w: "/orders", lambda w, v: w.order_body(address=v), "address", True),
    ("anonymous", "POST", lambda w: "/auth/login", lambda w, v: {"phone": w.resident.phone, "password": v},
     "password", True),
    ("resident", "PATCH", lambda w: "/me", lambda w, v: {"name": v}, "name", True),
    ("anonymous", "POST", lambda w: "/auth/wechat", lambda w, v: {"code": v}, "code", True),
    ("staff", "POST", lambda w: f"/communities/{w.community.id}/rewards",
     lambda w, v: {"name": v, "cost_points": 5}, "name", True),
    ("staff", "POST", lambda w: "/points/adjustments",
     lambda w, v: {"volunteer_id": w.volunteer.id, "amount": 5, "reason": v}, "reason", True),
    ("resident", "POST", lambda w: f"/orders/{w.order.id}/cancel", lambda w, v: {"reason": v}, "reason", True),
    ("staff", "POST", lambda w: "/residents", lambda w, v: {"phone": factories.next_phone(), "name": v}, "name",
     True),
    # And the rest of the text fields the fuzzer found answering 500.
    ("anonymous", "POST", lambda w: "/auth/login", lambda w, v: {"phone": v, "password": "x"}, "phone", True),
    ("anonymous", "POST", lambda w: "/auth/refresh", lambda w, v: {"refresh_token": v}, "refresh_token", True),
    ("resident", "POST", lambda w: "/auth/wechat/phone", lambda w, v: {"code": v}, "code", True),
    ("admin", "POST", lambda w: "/categories", lambda w, v: {"name": v}, "name", True),
    ("admin", "POST", lambda w: "/categories", lambda w, v: {"name": "类别", "description": v}, "description",
     False),
    ("admin", "POST", lambda w: "/communities", lambda w, v: {"name": "社区", "lat": 29.5, "lng": 106.5, "city": v},
     "city", False),
    ("admin", "PATCH", lambda w: f"/communities/{w.community.id}", lambda w, v: {"name": v}, "name", True),
    ("staff", "POST", lambda w: f"/communities/{w.community.id}/menu-items",
     lambda w, v: {"category_id": w.category.id, "name": v, "points": 5, "expected_minutes": 30}, "name", True),
    ("staff", "PATCH", lambda w: f"/menu-items/{w.item.id}", lambda w, v: {"description": v}, "description", False),
    ("staff", "PATCH", lambda w: f"/rewards/{w.reward.id}", lambda w, v: {"name": v}, "name", True),
    ("resident", "POST", lambda w: "/orders", lambda w, v: w.order_body(note=v), "note", False),
    ("resident", "POST", lambda w: "/volunteers",
     lambda w, v: {"community_id": w.community.id, "skills": [w.category.id], "home_lat": 29.5, "home_lng": 106.5,
                   "name": v}, "name", True),
    ("staff", "POST", lambda w: f"/volunteers/{w.volunteer.id}/suspend", lambda w, v: {"reason": v}, "reason",
     False),
    ("staff", "POST", lambda w: f"/orders/{w.order.id}/points-reversal", lambda w, v: {"reason": v}, "reason", True),
    ("staff", "POST", lambda w: "/follow-ups/1/close", lambda w, v: {"outcome": v}, "outcome", True),
    ("staff", "POST", lambda w: "/redemptions/1/fulfill", lambda w, v: {"pickup_code": v}, "pickup_code", True),
    ("staff", "POST", lambda w: "/redemptions/1/cancel", lambda w, v: {"reason": v}, "reason", True),
    ("volunteer", "PATCH", lambda w: "/volunteers/me",
     lambda w, v: {"availability": [{"weekday": 0, "start": v, "end": "20:00"}]}, "availability", True),
]


class _Ids:  # stands in for the world when naming the cases
    community = item = order = reward = volunteer = type("Row", (), {"id": "{id}"})


TEXT_IDS = [f"{method} {path(_Ids)} {field}" for _, method, path, _, field, _ in TEXT_CASES]
BAD_TEXT = [("\ud800", "lone surrogate"), ("民生路\udc00", "lone surrogate"), ("a\x00b", "U+0000"),
            ("\x1b[31m红\x1b[0m", "U+001B"), ("a\x7fb", "U+007F"), ("a\x85b", "U+0085")]
BLANK = ["", "   ", "\u200b\u200b", "\u3000", "\ufeff\u200d", "\u2800\u3164"]


@pytest.mark.parametrize("role, method, path, body, field, required", TEXT_CASES, ids=TEXT_IDS)
def test_text_with_a_surrogate_or_control_character_is_refused(client, world, role, method, path, body, field,
                                                                required):
    before = row_counts()
    for value, message in BAD_TEXT:
        assert_refused(send(client, world, role, method, path(world), body(world, value)), field, message)
    assert row_counts() == before


@pytest.mark.parametrize("role, method, path, body, field, required",
                         [case for case in TEXT_CASES if case[5]],
                         ids=[i for i, case in zip(TEXT_IDS, TEXT_CASES) if case[5]])
def test_blank_text_is_refused_where_a_value_is_required(client, world, role, method, path, body, field, required):
    before = row_counts()
    for value in BLANK:
        assert_refused(send(client, world, role, method, path(world), body(world, value)), field)
    assert row_counts() == before


def test_a_name_refused_leaves_the_profile_as_it_was(client, world):
    assert_refused(send(client, world, "resident", "PATCH", "/me", {"name": "\u200b"}), "name", "blank")
    assert send(client, world, "resident", "GET", "/me").get_json()["name"] == world.resident.name


def test_free_text_keeps_its_newlines_and_tabs_and_one_line_text_refuses_them(client, world):
    note = "第一行\n第二行\t（带制表符）"
    created = send(client, world, "resident", "POST", "/orders", world.order_body(note=note))
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["note"] == note
    assert_refused(send(client, world, "resident", "POST", "/orders", world.order_body(address="民生路\n88 号")),
                   "address", "U+000A")
    assert_refused(send(client, world, "resident", "POST", "/orders", world.order_body(note="a\r\nb")), "note",
                   "U+000D")


def test_text_that_merely_looks_odd_is_kept(client, world):
    """Emoji (astral characters), full-width spaces inside, right-to-left marks: all real text."""
    name = "王阿姨🙂\u3000(\u200f测试)"
    resp = send(client, world, "resident", "PATCH", "/me", {"name": name})
    assert resp.status_code == 200 and resp.get_json()["name"] == name


# Strict types.

@pytest.mark.parametrize("changes, field", [
    ({"menu_item_id": 1.5}, "menu_item_id"),
    ({"menu_item_id": "1"}, "menu_item_id"),
    ({"menu_item_id": True}, "menu_item_id"),
    ({"menu_item_id": 2**63}, "menu_item_id"),
    ({"menu_item_id": 1e308}, "menu_item_id"),
    ({"lat": "29.5583"}, "lat"),
    ({"lat": True}, "lat"),
    ({"lng": 10**400}, "lng"),
])
def test_order_numbers_take_their_json_type_only(client, world, changes, field):
    before = row_counts()
    assert_refused(send(client, world, "resident", "POST", "/orders", world.order_body(**changes)), field)
    assert row_counts() == before


def test_an_integer_given_as_a_whole_float_is_that_integer(client, world):
    """JSON has one number type: 3.0 is the integer 3, as JSON Schema says; 3.5 is not an integer."""
    resp = send(client, world, "resident", "POST", "/orders", world.order_body(menu_item_id=float(world.item.id)))
    assert resp.status_code == 201 and resp.get_json()["menu_item_id"] == world.item.id


@pytest.mark.parametrize("stars", [4.5, "4", True, None])
def test_stars_are_an_integer(client, world, stars):
    assert_refused(send(client, world, "resident", "POST", f"/orders/{world.order.id}/rating", {"stars": stars}),
                   "stars")


@pytest.mark.parametrize("on_duty", ["yes", "true", 1, 0, None])
def test_on_duty_is_true_or_false(client, world, on_duty):
    assert_refused(send(client, world, "volunteer", "PATCH", "/volunteers/me", {"on_duty": on_duty}), "on_duty")
    resp = send(client, world, "volunteer", "PATCH", "/volunteers/me", {"on_duty": False})
    assert resp.status_code == 200 and resp.get_json()["on_duty"] is False


def test_nested_and_listed_numbers_are_strict_too(client, world):
    assert_refused(send(client, world, "admin", "PATCH", f"/communities/{world.community.id}",
                        {"settings": {"weight_distance": "1"}}), "settings")
    assert_refused(send(client, world, "resident", "POST", "/volunteers",
                        {"community_id": world.community.id, "skills": [1.5], "home_lat": 29.5, "home_lng": 106.5}),
                   "skills")
    assert_refused(send(client, world, "volunteer", "PATCH", "/volunteers/me",
                        {"availability": [{"weekday": "0", "start": "08:00", "end": "20:00"}]}), "availability")


@pytest.mark.parametrize("query, field", [
    ("unread=yes", "unread"), ("unread=on", "unread"), ("unread=2", "unread"),
    ("page=1.5", "page"), ("page=%EF%BC%92", "page"), ("page=1_0", "page"), ("page=%201", "page"),
    ("page=+1", "page"), ("page_size=99999999999999999999", "page_size"),
])
def test_query_strings_parse_strictly(client, world, query, field):
    assert_refused(send(client, world, "resident", "GET", f"/notifications?{query}"), field)


@pytest.mark.parametrize("query", ["unread=true", "unread=false", "unread=True", "unread=1", "unread=0",
                                   "page=2&page_size=10", "page=-0&page_size=1"])
def test_query_strings_still_take_plain_text_values(client, world, query):
    resp = send(client, world, "resident", "GET", f"/notifications?{query}")
    if "page=-0" in query:
        assert_refused(resp, "page")  # -0 is 0, below the minimum: parsed, then refused by its range
        return
    assert resp.status_code == 200, resp.get_json()


def test_query_numbers_parse_strictly(client, world):
    assert_refused(send(client, world, "volunteer", "GET", "/orders/open?lat=%EF%BC%92%EF%BC%99&lng=106.5"), "lat")
    assert_refused(send(client, world, "volunteer", "GET", "/orders/open?lat=nan&lng=106.5"), "lat")
    ok = send(client, world, "volunteer", "GET", f"/orders/open?lat={world.community.lat}&lng=106.5e0")
    assert ok.status_code == 200, ok.get_json()


def _schemas_within(schema: BaseSchema):
    yield type(schema)
    for field in schema.fields.values():
        for each in (field, getattr(field, "inner", None)):
            if isinstance(each, fields.Nested):
                yield from _schemas_within(each.schema)


def test_every_argument_schema_is_hardened_and_reads_its_location(app):
    """What makes the rules central: every schema a request is read with, nested ones included, is a BaseSchema
    (so its fields are hardened when bound), and it is a QuerySchema (parsing text) exactly when it reads a query
    string; a JSON body's takes JSON types as they are."""
    checked = 0
    for endpoint, view in app.view_functions.items():
        for parameter in getattr(view, "_apidoc", {}).get("arguments", {}).get("parameters", []):
            schema = parameter["schema"] if isinstance(parameter["schema"], type) else type(parameter["schema"])
            assert issubclass(schema, QuerySchema) == (parameter["in"] == "query"), (endpoint, schema)
            for each in _schemas_within(schema()):
                assert issubclass(each, BaseSchema), (endpoint, each)
            checked += 1
    assert checked > 40


# Dates and times.

@pytest.mark.parametrize("changes, field", [
    ({"window_start": "9999-12-31T23:00:00-05:00", "window_end": "9999-12-31T23:30:00-05:00"}, "window_start"),
    ({"window_start": "9999-12-31T20:00:00+00:00", "window_end": "9999-12-31T23:00:00+00:00"}, "window_start"),
    ({"window_end": "9999-12-31T23:00:00-05:00"}, "window_end"),
    ({"window_start": "0001-01-01T00:00:00+05:00"}, "window_start"),
    ({"window_start": "1999-12-31T10:00:00+08:00"}, "window_start"),
    ({"window_end": "2100-01-01T08:00:00+08:00"}, "window_end"),
])
def test_order_windows_outside_2000_to_2100_are_refused(client, world, changes, field):
    """Year 9999 at -05:00 overflowed converting to UTC (a 500); at +00:00 it was accepted, and then that order's
    candidates and dispatch answered 500 every time."""
    before = row_counts()
    assert_refused(send(client, world, "resident", "POST", "/orders", world.order_body(**changes)), field,
                   "between 2000 and 2100")
    assert row_counts() == before


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



def test_the_login_limit_counts_only_text_that_passed_validation(client, monkeypatch):
    """The login's guess limit keys on the phone (app.throttle). Redis, as limit storage, cannot encode a lone
    surrogate in a key (the login answered 500 instead of 422 when the limit read the raw body): the limit is now
    counted by the service, after the body was validated, so an unencodable phone never reaches a key."""
    from app import throttle

    keys = []
    real_guess = throttle.guess
    monkeypatch.setattr(throttle, "guess", lambda *limits, **kw: keys.extend(k for _, k in limits) or
                        real_guess(*limits, **kw))
    for phone in ("\ud800", "a\udc00b", "1380013800\x00"):
        resp = client.post("/api/v1/auth/login", json={"phone": phone, "password": "x"})
        assert resp.status_code == 422 and resp.get_json()["code"] == "validation_failed"
    assert keys == []
    assert client.post("/api/v1/auth/login", json={"phone": "13800138000", "password": "x"}).status_code == 401
    assert keys and all(key.encode("utf-8") for key in keys)