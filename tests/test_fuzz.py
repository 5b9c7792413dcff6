"""Two fuzzers against the served OpenAPI document, as every role, both finding no 5xx.

- Schemathesis generates requests from the document and also checks each response against its documented
  schema. Bounded for `make test` (FUZZ_EXAMPLES per operation and role); raise it for a longer run.
- The hostile-input fuzzer is deterministic (no randomness at all): it builds one valid request per operation
  from the document and a small world of real rows, then sends it again with one value at a time replaced by
  something hostile (lone surrogates, NUL and other control characters, zero-width and blank text, huge, tiny
  and negative-zero numbers, floats for integers, strings for numbers and booleans, far dates), hostile query
  strings and path ids, and hostile bodies (deep nesting, non-objects, bad UTF-8). A value that slips through
  validation reaches the service with valid neighbours, so a 500 it causes deeper down shows here.

Both read the operations from the document itself, so a new endpoint is fuzzed without touching this file.
"""
import copy
import os
from datetime import timedelta
from urllib.parse import quote

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from app import clock, create_app
from app.extensions import limiter
from tests import factories
from tests.points import helpers as points_helpers
from tests.wechat.conftest import fake, wechat_server  # noqa: F401  (fixtures: WeChat login needs its server)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "3"))
ROLES = ("anonymous", "resident", "volunteer", "staff", "other_staff", "admin")


def _spec() -> dict:
    return create_app("testing", {"SQLALCHEMY_DATABASE_URI": "sqlite://"}).test_client().get(
        "/api/v1/openapi.json").get_json()


SPEC = _spec()
# (method, path, operation), the path's own parameters ({community_id}, ...) joined to the operation's.
OPERATIONS = [(method.upper(), path, {**op, "parameters": item.get("parameters", []) + op.get("parameters", [])})
              for path, item in sorted(SPEC["paths"].items())
              for method, op in sorted(item.items()) if method in ("get", "post", "put", "patch", "delete")]


def _operation_labels() -> list[str]:
    return [f"{method} {path}" for method, path, _ in OPERATIONS]


@pytest.fixture(scope="session")
def api_schema(app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


@pytest.fixture
def people(auth, fake):  # noqa: F811
    """One person per role, with a community, a menu item and an order, so generated ids sometimes hit."""
    community = factories.community()
    category = factories.category()
    item = factories.menu_item(community, category)
    resident = factories.user(roles=("resident",))
    volunteer = factories.volunteer(community, [category])
    factories.order(item, resident)
    return {
        "anonymous": {},
        "resident": auth.headers(resident),
        "volunteer": auth.headers(volunteer.user),
        "staff": auth.headers(factories.staff(community)),
        "other_staff": auth.headers(factories.staff(factories.community())),
        "admin": auth.headers(factories.user(roles=("admin",))),
    }


@pytest.mark.parametrize("label", _operation_labels())
def test_api_never_fails_and_keeps_its_schema(label, api_schema, people):
    operation = api_schema.find_operation_by_label(label)

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def each_role(case):
        for role in ROLES:
            response = case.call(headers={**(case.headers or {}), **people[role]})
            case.validate_response(response, checks=(not_a_server_error, response_schema_conformance))

    each_role()


# The hostile-input fuzzer

NUMBERS = [1e308, -1e308, 5e-324, -0.0, float("nan"), float("inf"), 10**400, 2**63, -(2**63) - 1]
HOSTILE = {
    "string": ["\ud800", "a\udc00b", "a\x00b", "\x1b[2J", "\x7f", "\u0085", "\u200b\u200b", " \t\n", "\u3000\ufeff",
               "🙂", "x" * 5000, "", 1, None, []],
    "integer": [1.5, 1.0, "1", True, None, 0, -1, *NUMBERS],
    "number": ["1", "NaN", True, None, [], *NUMBERS],
    "boolean": ["yes", "true", 1, 0, None, []],
    "date-time": ["9999-12-31T23:00:00-05:00", "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+05:00",
                  "1900-01-01T00:00:00+08:00", "2200-01-01T00:00:00+08:00", "2026-02-30T10:00:00+08:00",
                  "2026-06-01T10:00:00", "2026-06-01", "\ud800", 0, None],
    "array": ["x", {}, None, [None], list(range(1000))],
    "object": ["x", [], None, 1],
}
HOSTILE_QUERY = ["%00", "a%00b", "%ED%A0%80", "%FF", "%1B", "%E2%80%8B", "%20", "", "1.5", "yes", "-0", "1e308", "nan",
                 "99999999999999999999", "0001-01-01", "9999-12-31", "9999-12-31T23:00:00-05:00",
                 "0001-01-01T00:00:00%2B05:00"]
HOSTILE_PATH_IDS = ["0", "-1", "1.5", "99999999999999999999", "%00"]
DEEP = 1000
KEY = {"Idempotency-Key": "fuzz-key"}  # the idempotency fingerprint parses any body, JSON or not
HOSTILE_BODIES = [  # (body, content type, headers)
    *((body, kind, headers) for body in (b"[" * DEEP, b'{"a":' * DEEP + b"1" + b"}" * DEEP, b"9" * 5000)
      for kind in ("application/json", "text/plain") for headers in ({}, KEY)),
    *((body, "application/json", {}) for body in (
        b"[" * DEEP + b"]" * DEEP, b'{"x": ' + b"[" * DEEP + b"]" * DEEP + b"}", b"[]", b"null", b'"x"', b"1",
        b"\xff\xfe\x00", b'{"x": NaN}', b"1e999999", b'{"a": "\\ud800"}', b"{" + b'"a":1,' * 2000 + b'"a":1}')),
]

FRESH_PHONE = "<a phone number nobody has>"


class World:
    """Real rows for the ids a valid request needs, and one person per role."""

    def __init__(self, auth):
        self._auth = auth
        self.community = factories.community()
        self.category = factories.category()
        self.item = factories.menu_item(self.community, self.category)
        self.resident = factories.user(roles=("resident",))
        self.volunteer = factories.volunteer(self.community, [self.category])
        self.staff = factories.staff(self.community)
        self.order = factories.order(self.item, self.resident)
        self.reward = points_helpers.reward(self.community, cost_points=1)
        points_helpers.fund(self.volunteer, 50, staff=self.staff)
        self.headers = {
            "anonymous": {},
            "resident": auth.headers(self.resident),
            "volunteer": auth.headers(self.volunteer.user),
            "staff": auth.headers(self.staff),
            "other_staff": auth.headers(factories.staff(factories.community())),
            "admin": auth.headers(factories.user(roles=("admin",))),
        }
        self.redemption_id = 1
        self.follow_up_id = 1

    def serve_and_complain(self, client):
        """A redemption to fulfil or cancel, and a follow-up (a low rating of a completed order) to close."""
        redeemed = client.post("/api/v1/redemptions", json={"reward_id": self.reward.id},
                               headers=self.headers["volunteer"])
        assert redeemed.status_code == 201, redeemed.get_json()
        self.redemption_id = redeemed.get_json()["id"]
        from app.accounts.models import User
        from app.extensions import db

        served = points_helpers.order(self.volunteer)
        with factories.context():
            resident = db.session.get(User, served.resident_id)
        rated = client.post(f"/api/v1/orders/{served.id}/rating", json={"stars": 1},
                            headers=self._auth.headers(resident))
        assert rated.status_code in (200, 201), rated.get_json()
        follow_ups = client.get(f"/api/v1/communities/{self.community.id}/follow-ups", headers=self.headers["staff"])
        self.follow_up_id = follow_ups.get_json()["items"][0]["id"]

    def path_id(self, name: str):
        return {"community_id": self.community.id, "order_id": self.order.id, "item_id": self.item.id,
                "volunteer_id": self.volunteer.id, "reward_id": self.reward.id, "redemption_id": self.redemption_id,
                "follow_up_id": self.follow_up_id, "notification_id": 1}.get(name, 1)

    def value_for(self, name: str, schema: dict):
        """A valid value for a body property, by its name first (ids of real rows, coordinates), then its schema."""
        known = {"menu_item_id": self.item.id, "resident_id": self.resident.id, "community_id": self.community.id,
                 "volunteer_id": self.volunteer.id, "reward_id": self.reward.id, "category_id": self.category.id,
                 "skills": [self.category.id], "lat": self.community.lat, "lng": self.community.lng,
                 "home_lat": self.community.lat, "home_lng": self.community.lng, "start": "08:00", "end": "20:00",
                 "window_start": (clock.now() + timedelta(hours=1)).isoformat(),
                 "window_end": (clock.now() + timedelta(hours=3)).isoformat(), "new_password": "a-new-password"}
        if name == "phone":
            return FRESH_PHONE
        if name in known:
            return known[name]
        schema = _resolve(schema)
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "string":
            return "正常的文字"
        if kind in ("integer", "number"):
            return schema.get("minimum", 1)
        if kind == "boolean":
            return False
        if kind == "array":
            return [self.value_for(name, schema["items"])] if schema.get("minItems") else []
        if kind == "object":
            return self.body_for(schema)
        return None

    def body_for(self, schema: dict) -> dict:
        schema = _resolve(schema)
        return {name: self.value_for(name, prop) for name, prop in schema.get("properties", {}).items()
                if name in schema.get("required", ())}


def _resolve(schema: dict) -> dict:
    """The schema itself: references followed, and of a nullable one (OpenAPI 3.1 `anyOf: [X, null]`, or a type
    list such as `["string", "null"]`) the part that is not null."""
    while True:
        if "$ref" in schema:
            section, name = schema["$ref"].split("/")[-2:]
            schema = SPEC["components"][section][name]
        elif "allOf" in schema:
            schema = schema["allOf"][0]
        elif "anyOf" in schema:
            schema = next(part for part in schema["anyOf"] if part.get("type") != "null")
        elif isinstance(schema.get("type"), list):
            kinds = [kind for kind in schema["type"] if kind != "null"]
            schema = {**schema, "type": kinds[0] if kinds else "string"}
        else:
            return schema


def _kind(schema: dict) -> str:
    schema = _resolve(schema)
    if schema.get("format") == "date-time":
        return "date-time"
    return schema.get("type") or ("object" if "properties" in schema else "string")


def _mutations(world: World, schema: dict, body, path=()):
    """(where, body) pairs: the valid body with the value at one place replaced by each hostile value."""
    schema = _resolve(schema)
    for name, prop in schema.get("properties", {}).items():
        if prop.get("readOnly"):
            continue
        kind = _kind(prop)
        for value in HOSTILE[kind]:
            yield f"{_label(path + (name,))}={value!r:.40}", _put(body, path + (name,), value)
        inner = _resolve(prop)
        if kind == "object":
            nested = world.body_for(inner)
            yield from _mutations(world, inner, _put(body, path + (name,), nested), path + (name,))
        elif kind == "array":
            items = _resolve(inner["items"])
            element = world.value_for(name, items) if _kind(items) != "object" else world.body_for(items)
            with_one = _put(body, path + (name,), [element])
            if _kind(items) == "object":
                yield from _mutations(world, items, with_one, path + (name, 0))
            else:
                for value in HOSTILE[_kind(items)]:
                    yield f"{_label(path + (name, 0))}={value!r:.40}", _put(with_one, path + (name, 0), value)


def _label(path) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path).lstrip(".")


def _put(body, path, value):
    body = copy.deepcopy(body)
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return body


def _hostile_requests(world: World, method: str, path: str, op: dict):
    """Every hostile request for one operation, as (description, url, kwargs for the test client)."""
    params = [p for p in map(_resolve, op.get("parameters", [])) if p["in"] in ("path", "query")]
    path_names = [p["name"] for p in params if p["in"] == "path"]
    query_names = [p["name"] for p in params if p["in"] == "query"]

    def url(query: str = "", **path_values):
        filled = path
        for name in path_names:
            filled = filled.replace("{" + name + "}", str(path_values.get(name, world.path_id(name))))
        return filled + (f"?{query}" if query else "")

    body_schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    body = world.body_for(body_schema) if body_schema else None
    yield "valid", url(), {"json": body} if body is not None else {}
    if body_schema:
        for where, hostile_body in _mutations(world, body_schema, body):
            yield where, url(), {"json": hostile_body}
    if method != "GET":
        for raw, kind, headers in HOSTILE_BODIES:
            yield (f"body {raw[:12]!r}... ({len(raw)} bytes, {kind}{', with a key' if headers else ''})", url(),
                   {"data": raw, "content_type": kind, "headers": headers})
    for name in query_names:
        for value in HOSTILE_QUERY:
            yield f"?{name}={value}", url(f"{quote(name)}={value}"), {}
        yield f"?{name} twice", url(f"{quote(name)}=1&{quote(name)}=2"), {}
    # Far dates in pairs of free-text parameters, the way a period is given (from=...&to=...).
    free = [p["name"] for p in params if p["in"] == "query" and _resolve(p.get("schema", {})).get("type") == "string"
            and "enum" not in _resolve(p["schema"])]
    for first in free:
        for second in free:
            if first != second:
                yield f"?{first}&{second} far apart", url(f"{first}=0001-01-01&{second}=9999-12-31"), {}
    for name in path_names:
        for value in HOSTILE_PATH_IDS:
            yield f"{{{name}}}={value}", url(**{name: value}), {}
    yield "?unknown=%00", url("unknown=%00"), {}
    for header in ({"Idempotency-Key": "a\x00b"}, {"Idempotency-Key": "\x7f" * 10}, {"X-Request-ID": "\x00"},
                   {"Authorization": "Bearer \x00"}, {"Authorization": "Bearer " + "a" * 5000}):
        yield f"header {header!r:.40}", url(), {"json": body, "headers": header} if body is not None else {
            "headers": header}


def _fresh(body):
    """A new phone number in each request that registers one, so the first request does not take it for all."""
    if isinstance(body, dict) and body.get("phone") == FRESH_PHONE:
        return {**body, "phone": factories.next_phone()}
    return body


@pytest.fixture
def world(auth, client, fake):  # noqa: F811
    built = World(auth)
    built.serve_and_complain(client)
    return built


SAMPLE = 7  # of the requests the roles need not all get, every 7th still goes to every role
# Refusals before the input is read: no token where one is needed, or not the role the operation needs.
AT_THE_DOOR = {(401, "unauthorized"), (403, "role_required")}
# Refusals that do not depend on who asks: the body check runs before anything, the schema and the key check the
# same for everyone let in.
SAME_FOR_EVERYONE = {(400, "malformed_body"), (400, "idempotency_key_invalid"), (422, "validation_failed")}


@pytest.mark.parametrize("method, path, op", OPERATIONS, ids=_operation_labels())
def test_hostile_input_never_fails(method, path, op, world, client, _isolation):
    """Every hostile request answers below 500, and a problem+json when it is refused.

    Each runs in a savepoint rolled back after it, so every one meets the same world (an order still pending, a
    resident not yet a volunteer) and none hides behind a state an earlier one left; rate limits are reset each
    time. Every role gets the valid request and every hostile one that gets past the body check and validation for
    the first role let in. What needs no more roles to be sure, they get one time in SAMPLE: a role refused at the
    door (AT_THE_DOOR, checked before the input is read), and a request refused in a way that is the
    same for everyone (SAME_FOR_EVERYONE) for the first role let in. A request with its own Authorization header is
    the same request whoever sends it: it goes once."""

    def send(role, url, kwargs):
        request = {**kwargs, "headers": {**world.headers[role], **kwargs.get("headers", {})}}
        if "json" in request:
            request["json"] = _fresh(request["json"])
        limiter.reset()
        savepoint = _isolation.begin_nested()
        try:
            return client.open(url, method=method, **request)
        finally:
            savepoint.rollback()

    failures: dict[str, list[str]] = {}
    at_the_door: set[str] = set()
    for index, (where, url, kwargs) in enumerate(_hostile_requests(world, method, path, op)):
        every_role = where == "valid" or index % SAMPLE == 0
        refused_for_everyone = False
        for role in ROLES:
            if "Authorization" in kwargs.get("headers", {}) and role != "anonymous":
                break
            if not every_role and (role in at_the_door or refused_for_everyone):
                continue
            response = send(role, url, kwargs)
            status, code = response.status_code, (response.get_json(silent=True) or {}).get("code")
            if status >= 500:
                failures.setdefault(where, []).append(f"{role} {status}")
            elif status >= 400:
                assert response.mimetype == "application/problem+json", (role, where, status)
            if where == "valid" and (status, code) in AT_THE_DOOR:
                at_the_door.add(role)
            elif role not in at_the_door and (status, code) in SAME_FOR_EVERYONE:
                refused_for_everyone = True
    assert not failures, f"{method} {path}: {len(failures)} hostile requests answered 5xx\n" + "\n".join(
        f"  {where}: {', '.join(roles)}" for where, roles in failures.items())
