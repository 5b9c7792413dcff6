"""Where a request's time goes (issue 20): cProfile over the API's hot endpoints in-process, through the Flask test
client, against a database grown by `bench.load` (its tokens from the world file that run left).

Run `python -m bench.profile_requests [--database-url URL] [--requests 300] [--only tasks,open,post_orders,loop]
[--top 25]` after `python -m bench.load --database-url URL` (any duration). Prints, per endpoint, the mean wall time
per request unprofiled, the number of SQL statements per request, then the functions with the most own time and the
most cumulative time under the profiler. In-process, one thread: no gunicorn, no network, no queueing.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
import uuid
from datetime import datetime, timedelta, timezone

from bench.crash import JWT_SECRET, libpq_url
from bench.load import ADDRESS, order_bodies, reuse


def make_app(url: str):
    from app import create_app
    from app.config import database_url

    return create_app(overrides={"SQLALCHEMY_DATABASE_URI": database_url(libpq_url(url)), "JWT_SECRET_KEY": JWT_SECRET,
                                 "RATELIMIT_ENABLED": False})


def requests_for(name: str, world: dict, count: int):
    """A callable per request: client -> response, for `count` requests of endpoint `name`."""
    rng = random.Random(7)
    tokens = world["volunteer_tokens"]
    if name in ("tasks", "open"):
        path = "/api/v1/volunteers/me/tasks" if name == "tasks" else "/api/v1/orders/open"
        return [lambda c, t=tokens[n % len(tokens)]: c.get(path, headers={"Authorization": f"Bearer {t}"})
                for n in range(count)]
    if name == "post_orders":
        return [lambda c, t=t, p=p, b=b: c.post(p, data=b, content_type="application/json",
                                                headers={"Authorization": f"Bearer {t}",
                                                         "Idempotency-Key": uuid.uuid4().hex})
                for t, p, b in order_bodies(world, rng, count)]
    return [lambda c, n=n: loop_once(c, world, n) for n in range(count)]


def loop_once(client, world: dict, n: int):
    first = world["first"]
    community = next(c for c in world["communities"] if c["id"] == first)
    item = world["menus"][first][n % len(world["menus"][first])]
    vol_token, vol_id = world["loop_volunteers"][n % len(world["loop_volunteers"])]
    res_token = world["loop_residents"][n % len(world["loop_residents"])]
    lat, lng = community["lat"], community["lng"]
    now = datetime.now(timezone.utc)

    def post(token, path, body, expect):
        response = client.post(path, json=body, headers={"Authorization": f"Bearer {token}",
                                                         "Idempotency-Key": uuid.uuid4().hex})
        assert response.status_code == expect, (path, response.status_code, response.get_json())
        return response.get_json()

    order = post(res_token, "/api/v1/orders", {
        "menu_item_id": item[0], "address": ADDRESS, "lat": lat, "lng": lng,
        "window_start": (now + timedelta(minutes=30)).isoformat(),
        "window_end": (now + timedelta(hours=4)).isoformat(), "note": "profile"}, 201)
    oid = order["id"]
    post(world["staff_token"], f"/api/v1/orders/{oid}/dispatch", {"volunteer_id": vol_id}, 201)
    post(vol_token, f"/api/v1/orders/{oid}/accept", None, 200)
    post(vol_token, f"/api/v1/orders/{oid}/check-in", {"lat": lat, "lng": lng}, 200)
    post(vol_token, f"/api/v1/orders/{oid}/check-out",
         {"lat": lat, "lng": lng, "summary": "done", "service_code": order["service_code"]}, 200)
    return post(res_token, f"/api/v1/orders/{oid}/rating", {"stars": 5, "tags": ["准时"]}, 201)


def count_statements(app, calls) -> float:
    from sqlalchemy import event

    from app.extensions import db

    seen = [0]

    def counter(*_args, **_kwargs):
        seen[0] += 1

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", counter)
    try:
        client = app.test_client()
        for call in calls:
            call(client)
    finally:
        event.remove(engine, "before_cursor_execute", counter)
    return seen[0] / len(calls)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/bench_load")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--only", default="tasks,open,post_orders,loop")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    world = reuse(args.database_url, args)
    app = make_app(args.database_url)
    client = app.test_client()
    for name in args.only.split(","):
        count = args.requests if name != "loop" else max(1, args.requests // 6)
        for call in requests_for(name, world, 20 if name != "loop" else 3):  # warm: statement caches, pools
            call(client)
        calls = requests_for(name, world, count)
        started = time.perf_counter()
        for call in calls:
            call(client)
        per = (time.perf_counter() - started) / count * 1000
        statements = count_statements(app, requests_for(name, world, min(count, 50)))
        profiler = cProfile.Profile()
        calls = requests_for(name, world, count)
        profiler.enable()
        for call in calls:
            call(client)
        profiler.disable()
        unit = "loop (6 requests)" if name == "loop" else "request"
        print(f"\n== {name}: {per:.2f} ms a {unit} unprofiled, {statements:.1f} SQL statements a {unit} ==")
        for sort in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(sort).print_stats(args.top)
            print(f"-- by {sort}")
            print("\n".join(l for l in out.getvalue().splitlines()[6:] if l.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
