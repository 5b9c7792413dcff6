"""Idempotency-Key: a replay returns the first response once more, with one effect."""
import json
import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from app import clock, idempotency
from app.extensions import db
from app.orders.models import Order
from tests import factories
from tests.orders.conftest import world  # noqa: F401  (fixture)
from tests.orders.test_orders_routes import order_body


def _orders(app):
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Order))


def test_replay_returns_the_first_response_and_creates_once(app, client, auth, world):  # noqa: F811
    headers = auth.headers(world.resident, **{"Idempotency-Key": "order-1"})
    body = order_body(world)
    first = client.post("/api/v1/orders", json=body, headers=headers)
    assert first.status_code == 201 and "Idempotent-Replayed" not in first.headers
    before = _orders(app)
    again = client.post("/api/v1/orders", json=body, headers=headers)
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json() == first.get_json()
    assert _orders(app) == before


def test_same_key_other_body_is_422(app, client, auth, world):  # noqa: F811
    headers = auth.headers(world.resident, **{"Idempotency-Key": "order-2"})
    assert client.post("/api/v1/orders", json=order_body(world), headers=headers).status_code == 201
    before = _orders(app)
    resp = client.post("/api/v1/orders", json=order_body(world, note="another"), headers=headers)
    assert resp.status_code == 422 and resp.get_json()["code"] == "idempotency_key_reused"
    assert _orders(app) == before


def test_keys_are_scoped_to_the_caller(app, client, auth, world):  # noqa: F811
    other = factories.user(roles=("resident",))
    body = order_body(world)
    a = client.post("/api/v1/orders", json=body, headers=auth.headers(world.resident, **{"Idempotency-Key": "k"}))
    b = client.post("/api/v1/orders", json=body, headers=auth.headers(other, **{"Idempotency-Key": "k"}))
    assert a.status_code == b.status_code == 201
    assert a.get_json()["id"] != b.get_json()["id"] and "Idempotent-Replayed" not in b.headers


def test_a_failed_request_is_not_stored_and_runs_again(app, client, auth, world):  # noqa: F811
    headers = auth.headers(world.resident, **{"Idempotency-Key": "order-3"})
    bad = client.post("/api/v1/orders", json=order_body(world, lat=world.community.lat + 0.05), headers=headers)
    assert bad.status_code == 422
    good = client.post("/api/v1/orders", json=order_body(world, lat=world.community.lat + 0.05), headers=headers)
    assert good.status_code == 422 and "Idempotent-Replayed" not in good.headers


def test_every_loop_step_replays_with_one_effect(app, client, auth, world):  # noqa: F811
    v = world.volunteers[0]
    here = {"lat": world.community.lat, "lng": world.community.lng}
    order = client.post("/api/v1/orders", json=order_body(world), headers=auth.headers(world.resident)).get_json()
    oid = order["id"]
    steps = [
        (world.staff, f"/orders/{oid}/dispatch", {"volunteer_id": v.id}),
        (v.user, f"/orders/{oid}/accept", {}),
        (v.user, f"/orders/{oid}/check-in", here),
        (v.user, f"/orders/{oid}/check-out", {**here, "summary": "done"}),
        (world.resident, f"/orders/{oid}/rating", {"stars": 5}),
    ]
    for index, (user, path, body) in enumerate(steps):
        headers = auth.headers(user, **{"Idempotency-Key": f"step-{index}"})
        first = client.post(f"/api/v1{path}", json=body, headers=headers)
        assert first.status_code in (200, 201), (path, first.get_json())
        replay = client.post(f"/api/v1{path}", json=body, headers=headers)
        assert replay.status_code == first.status_code, path
        assert replay.headers.get("Idempotent-Replayed") == "true", path
        assert replay.get_json() == first.get_json()
    events = client.get(f"/api/v1/orders/{oid}", headers=auth.headers(world.staff)).get_json()["events"]
    assert [e["to"] for e in events] == ["pending", "offered", "accepted", "in_service", "completed", "rated"]


def test_claim_replay_after_a_lost_response(app, client, auth, world):  # noqa: F811
    v = world.volunteers[0]
    order = client.post("/api/v1/orders", json=order_body(world), headers=auth.headers(world.resident)).get_json()
    headers = auth.headers(v.user, **{"Idempotency-Key": "claim-1"})
    first = client.post(f"/api/v1/orders/{order['id']}/claim", headers=headers)
    again = client.post(f"/api/v1/orders/{order['id']}/claim", headers=headers)
    assert first.status_code == again.status_code == 200  # not a 409 against the caller's own claim
    assert again.headers["Idempotent-Replayed"] == "true"


def test_keys_are_kept_a_day_and_then_purged(app, client, auth, world):  # noqa: F811
    headers = auth.headers(world.resident, **{"Idempotency-Key": "order-4"})
    client.post("/api/v1/orders", json=order_body(world), headers=headers)
    clock.advance(timedelta(hours=25))
    with app.app_context():
        assert idempotency.purge_expired() == 0
    clock.advance(timedelta(hours=24))
    with app.app_context():
        assert idempotency.purge_expired() == 1


@pytest.mark.real_commits
def test_replay_while_the_first_is_running_is_409(app, auth, world):  # noqa: F811
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("SQLite runs writers one at a time: a replay waits for the first and then replays it")
    caller = world.resident
    key = "in-flight"
    holder_ready, release = threading.Event(), threading.Event()

    def hold_the_key():
        with app.app_context():
            with db.engine.connect() as conn:
                with conn.begin():
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                 {"k": idempotency.lock_key(caller.id, key)})
                    holder_ready.set()
                    release.wait(10)

    holder = threading.Thread(target=hold_the_key)
    holder.start()
    holder_ready.wait(10)
    try:
        resp = app.test_client().post("/api/v1/orders", json=order_body(world),
                                      headers=auth.headers(caller, **{"Idempotency-Key": key}))
    finally:
        release.set()
        holder.join()
    assert resp.status_code == 409 and resp.get_json()["code"] == "idempotency_in_progress"


@pytest.mark.parametrize("key", ["", "k" * 256, "bad\x00key", "tab\tkey", "del\x7fkey"])
def test_a_key_outside_1_to_255_characters_or_with_a_control_character_is_400(app, client, auth, world, key):  # noqa: F811
    before = _orders(app)
    resp = client.post("/api/v1/orders", json=order_body(world),
                       headers=auth.headers(world.resident, **{"Idempotency-Key": key}))
    assert resp.status_code == 400 and resp.get_json()["code"] == "idempotency_key_invalid"
    assert _orders(app) == before


@pytest.mark.parametrize("key", ["1", "k" * 255])
def test_keys_of_1_and_255_characters_are_kept(app, client, auth, world, key):  # noqa: F811
    headers, body = auth.headers(world.resident, **{"Idempotency-Key": key}), order_body(world)
    first = client.post("/api/v1/orders", json=body, headers=headers)
    again = client.post("/api/v1/orders", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true" and again.get_json()["id"] == first.get_json()["id"]


def test_a_replay_keeps_the_location_of_what_was_created(app, client, auth, world):  # noqa: F811
    headers, body = auth.headers(world.resident, **{"Idempotency-Key": "order-located"}), order_body(world)
    first = client.post("/api/v1/orders", json=body, headers=headers)
    again = client.post("/api/v1/orders", json=body, headers=headers)
    assert again.mimetype == first.mimetype == "application/json"
    assert again.headers.get("Location") == first.headers.get("Location")


def test_the_key_is_kept_exactly_48_hours(app, client, auth, world):  # noqa: F811
    clock.set_time(clock.now())  # still, so that 48 hours are exactly 48 hours
    headers = auth.headers(world.resident, **{"Idempotency-Key": "order-48h"})
    client.post("/api/v1/orders", json=order_body(world), headers=headers)
    clock.advance(timedelta(hours=48))
    with app.app_context():
        assert idempotency.purge_expired() == 0
    clock.advance(timedelta(seconds=1))
    with app.app_context():
        assert idempotency.purge_expired() == 1


def test_the_advisory_lock_key_is_per_caller_and_key_and_fits_a_bigint():
    keys = {idempotency.lock_key(caller, key) for caller in (1, 2, 12) for key in ("a", "b", "2:a")}
    assert len(keys) == 9
    assert all(-2 ** 63 <= k < 2 ** 63 for k in keys)
    assert idempotency.lock_key(1, "a") == idempotency.lock_key(1, "a")


def test_the_same_body_with_its_keys_in_another_order_is_the_same_request(app, client, auth, world):  # noqa: F811
    headers, body = auth.headers(world.resident, **{"Idempotency-Key": "order-reordered"}), order_body(world)
    # Raw bodies: the test client's json= would sort the keys itself (and spaces differ too).
    first = client.post("/api/v1/orders", data=json.dumps(body), content_type="application/json", headers=headers)
    reordered = json.dumps(dict(reversed(list(body.items()))), indent=1)
    again = client.post("/api/v1/orders", data=reordered, content_type="application/json", headers=headers)
    assert again.status_code == 201 and again.headers.get("Idempotent-Replayed") == "true"
    assert again.get_json()["id"] == first.get_json()["id"]


def test_count_is_the_number_of_keys_kept(app, client, auth, world):  # noqa: F811
    with app.app_context():
        assert idempotency.count() == 0
    client.post("/api/v1/orders", json=order_body(world),
                headers=auth.headers(world.resident, **{"Idempotency-Key": "order-counted"}))
    with app.app_context():
        assert idempotency.count() == 1
