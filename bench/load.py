"""Load (issue 7): the API under gunicorn (2 workers) on PostgreSQL in a demo city grown to 100,000 volunteers,
32 concurrent connections, against a bare Flask JSON endpoint under the same gunicorn settings in the same run.

Run `python -m bench.load [--database-url URL] [--volunteers 100000] [--duration 15] [--connections 32]`.

What it does, all on 127.0.0.1, stopping by itself:
1. A fresh PostgreSQL database (`bench_load` unless `--database-url` names another; dropped and created),
   `flask db upgrade` and `flask seed demo` as subprocesses with DATABASE_URL set.
2. The city grown to `--volunteers` volunteers in total (bulk COPY inside the app's context, not through the
   services): users (roles resident and volunteer), approved volunteers spread over the four demo communities
   (homes within 2.5 km of the centre, 1-3 skills, weekly availability, capacity 1-3), their `volunteer_skills` and
   the `volunteer_cells` home rows as `app.matching.index.reindex` writes them (with the weekly-hours columns when
   the schema has them); 10,000 residents; for 2,000
   volunteers who get tokens, half hold an accepted order and a quarter have a pending offer (with their events);
   `--pending-orders` open orders spread over the communities. Then VACUUM ANALYZE.
3. Tokens minted in-process with the server's JWT secret, each with its own token family row (what sign-in
   writes): 2,000 volunteers, 2,000 residents, 32 loop volunteers and 32 loop residents, and the demo staff member.
4. gunicorn `--workers 2` with `wsgi:app` and, on another port, with `bench.bare_app:app` (sync workers, no access
   log, the same flags). No scheduler.
5. Each endpoint measured alone with 32 connections for `--duration` seconds after a 3 s warm-up:
   - bare: `GET /bare` of bench/bare_app.py, measured first and last; `bare_rps` is the mean of the two;
   - floor: `GET /floor` of bench/bare_app.py (Flask and SQLAlchemy Core, one row by primary key from this
     database, as JSON), measured second and second to last; `floor_rps` is the mean of the two (issue 20);
   - healthz: the API's `GET /healthz` (no token, one `SELECT 1`), a reference without a target: the rate of the
     app's cheapest request that touches the database, which bounds what any endpoint with a query can reach;
   - tasks: `GET /api/v1/volunteers/me/tasks`, rotating over the 2,000 volunteer tokens;
   - open: `GET /api/v1/orders/open` (the volunteer's home, the default 3 km), the same tokens;
   - post_orders: `POST /api/v1/orders` with a fresh Idempotency-Key each, rotating over the 2,000 residents, an
     item of their community's menu at a point within 1.2 km of its centre (so a quarter of them are in the `auto`
     community, where creating an order also makes the first offer);
   - loop: 32 client threads, each with its own volunteer and resident in the first (manual) community, run full
     loops: create, staff dispatch, accept, check-in, check-out, rate (6 POSTs with Idempotency-Keys). Its `rps`
     counts the loop's requests per second (`loops_per_s` is that / 6), its `p50_ms`/`p99_ms` are per request;
     `loop_p50_ms`/`loop_p99_ms` are whole loops.
   GETs and POST /orders are driven by wrk (Debian's; installed with apt-get when missing and running as root) with
   a generated Lua script; without wrk, or for the loop, by Python threads with http.client. Latencies are wrk's
   (from writing the request to the whole answer). Any answer but the expected 200/201 is counted as an error.
6. A table with rps, p50, p99 and the ratios to the bare and the floor rates, the targets (issue 20: tasks >= 60 %
   of the floor, the open pool >= 50 %, POST /orders and the loop >= 25 %, p99 < 100 ms) and, with `--json`, last
   one line of JSON (`floor_rps`, `bare_rps`, and per endpoint `rps`, `p50_ms`, `p99_ms`, `ratio`, `floor_ratio`).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.seed import ALWAYS, WEEKLY_PATTERNS, point_near
from bench.crash import (JWT_SECRET, Http, app_env, flask_command, free_port, fresh_database, gunicorn, libpq_url,
                         log, wait_http)

STAFF_PHONE = "13800000001"
TOKEN_VOLUNTEERS = 2000
TOKEN_RESIDENTS = 2000
NEW_RESIDENTS = 10_000
ADDRESS = "渝中区民生路 88 号 3 栋 2 单元"
# Issue 20: each endpoint's rate as a share of the floor (bench/bare_app.py `GET /floor`: Flask and SQLAlchemy Core,
# one row by primary key), and p99 at 32 connections.
TARGETS = {"floor_ratio": {"tasks": 0.60, "open": 0.50, "post_orders": 0.25, "loop": 0.25}, "p99_ms": 100.0}


# Growing the city

AVAILABILITY = [*WEEKLY_PATTERNS, ALWAYS]


class Copier:
    def __init__(self, connection):
        self.raw = connection.connection.driver_connection  # psycopg 3

    def write(self, table: str, columns: tuple[str, ...], rows) -> int:
        count = 0
        with self.raw.cursor() as cursor:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        return count

    def next_id(self, table: str) -> int:
        with self.raw.cursor() as cursor:
            return cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]

    def set_sequence(self, table: str) -> None:
        with self.raw.cursor() as cursor:
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"(SELECT coalesce(max(id), 1) FROM {table}))")


def grow_city(url: str, volunteers_total: int, pending_orders: int, seed: int) -> dict:
    """Bulk-insert the grown city and mint the tokens; returns what the load needs."""
    from flask_jwt_extended import create_access_token
    from sqlalchemy import select

    from app import create_app
    from app.accounts.models import User
    from app.config import database_url
    from app.extensions import db
    from app import geo
    from app.matching import availability
    from app.matching.models import Volunteer, VolunteerCell
    from app.menu.models import Category, Community, MenuItem

    app = create_app(overrides={"SQLALCHEMY_DATABASE_URI": database_url(libpq_url(url)),
                                "JWT_SECRET_KEY": JWT_SECRET})
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    with app.app_context():
        communities = db.session.scalars(select(Community).order_by(Community.id)).all()
        categories = [c.id for c in db.session.scalars(select(Category).order_by(Category.id))]
        menus = {c.id: [(i.id, i.category_id, i.name, i.points, i.expected_minutes, i.radius_m or 1500,
                         i.offer_minutes or 10)
                        for i in db.session.scalars(select(MenuItem).where(MenuItem.community_id == c.id,
                                                                           MenuItem.archived_at.is_(None)))]
                 for c in communities}
        existing = db.session.scalar(select(db.func.count()).select_from(Volunteer))
        staff = db.session.scalar(select(User).where(User.phone == STAFF_PHONE))
        first = communities[0]
        db.session.commit()
        connection = db.session.connection()
        copier = Copier(connection)
        add = max(0, volunteers_total - existing)
        log(f"growing the city: {existing} volunteers seeded, adding {add} and {NEW_RESIDENTS} residents")

        # Users: the new volunteers' and the residents'.
        user0 = copier.next_id("users")
        vol_users = list(range(user0, user0 + add))
        res_users = list(range(user0 + add, user0 + add + NEW_RESIDENTS))
        rows = ((uid, f"150{n:08d}", f"志愿者{n}", "resident volunteer", False, now) for n, uid in enumerate(vol_users))
        copier.write("users", ("id", "phone", "name", "roles", "elderly_living_alone", "created_at"), rows)
        rows = ((uid, f"160{n:08d}", f"居民{n}", "resident", n % 5 == 0, now) for n, uid in enumerate(res_users))
        copier.write("users", ("id", "phone", "name", "roles", "elderly_living_alone", "created_at"), rows)
        copier.set_sequence("users")

        # Volunteers, their skills and their index rows (as reindex writes them: one home row per skill).
        vol0 = copier.next_id("volunteers")
        vols = []  # (volunteer id, user id, community, lat, lng, skills)
        for n, uid in enumerate(vol_users):
            community = communities[n % len(communities)]
            loop_volunteer = n < 4 * 32 and community.id == first.id  # the first 32 of the first community
            lat, lng = point_near(rng, community.lat, community.lng, 800 if loop_volunteer else 2500)
            skills = list(categories) if loop_volunteer else rng.sample(categories, rng.choice([1, 2, 2, 3]))
            pattern = 4 if loop_volunteer else rng.randrange(4)
            vols.append((vol0 + n, uid, community.id, lat, lng, skills, loop_volunteer, pattern))
        availability = [json.dumps(a) for a in AVAILABILITY]
        cells = {}
        for v in vols:
            cells[v[0]] = geo.cell_of(v[3], v[4])
        copier.write("volunteers", (
            "id", "user_id", "community_id", "status", "home_lat", "home_lng", "home_cell", "availability",
            "max_active_orders", "active_orders", "on_duty", "rating_count", "rating_sum", "offers_received",
            "offers_accepted", "verified_minutes", "approved_minutes", "applied_at", "approved_at"),
            ((v[0], v[1], v[2], "approved", v[3], v[4], cells[v[0]],
              availability[v[7]],
              1 if v[6] else rng.choice([1, 1, 1, 2, 3]), 0, False, (r := rng.randrange(0, 12)),
              r * rng.choice([4, 5, 5]), (o := rng.randrange(0, 20)), rng.randrange(0, o + 1),
              rng.randrange(0, 3000), 0, now - timedelta(days=30), now - timedelta(days=29)) for v in vols))
        copier.write("volunteer_skills", ("volunteer_id", "category_id"),
                     ((v[0], c) for v in vols for c in v[5]))
        index_columns = ("category_id", "cell", "volunteer_id", "source", "lat", "lng", "fresh_until")
        keyed = "community_id" in VolunteerCell.__table__.c  # the index keyed by community too (migration 0013)
        if keyed:
            index_columns = ("category_id", "community_id", *index_columns[1:])

        def key(v, c):
            return (c, v[2]) if keyed else (c,)

        if "available_hours_0" in VolunteerCell.__table__.c and hasattr(availability, "week_hours"):
            # The index rows carry the weekly hours and on-duty flag too (migration 0005): as reindex writes them.
            hours = [availability.week_hours(a) for a in AVAILABILITY]
            copier.write("volunteer_cells", index_columns + (
                "available_hours_0", "available_hours_1", "available_hours_2", "on_duty"),
                ((*key(v, c), cells[v[0]], v[0], "home", v[3], v[4], None, *hours[v[7]], False)
                 for v in vols for c in v[5]))
        else:
            copier.write("volunteer_cells", index_columns,
                         ((*key(v, c), cells[v[0]], v[0], "home", v[3], v[4], None) for v in vols for c in v[5]))
        copier.set_sequence("volunteers")

        # Who gets tokens.
        loop_vols = [v for v in vols if v[6]][:32]
        others = [v for v in vols if not v[6]]
        token_vols = rng.sample(others, min(TOKEN_VOLUNTEERS, len(others)))
        residents_by_community = {c.id: [] for c in communities}
        for n, uid in enumerate(res_users):
            residents_by_community[communities[n % len(communities)].id].append(uid)
        token_res = [(uid, communities[n % len(communities)].id) for n, uid in enumerate(res_users[:TOKEN_RESIDENTS])]
        loop_res = residents_by_community[first.id][-32:]

        # Orders: held and offered ones for the token volunteers (their tasks), and the open pool.
        order_rows, event_rows, offer_rows, held_by = [], [], [], {}
        order_id, offer_id = copier.next_id("orders"), copier.next_id("offers")
        community_of = {c.id: c for c in communities}

        def new_order(community_id, status, volunteer_id=None, current_offer_id=None, skills=None):
            nonlocal order_id
            items = menu_by_skill(menus[community_id], skills)
            item = items[rng.randrange(len(items))]
            c = community_of[community_id]
            lat, lng = point_near(rng, c.lat, c.lng, 1200)
            resident = rng.choice(residents_by_community[community_id])
            start = now + timedelta(minutes=rng.randrange(30, 60 * 24 * 3))
            row = (order_id, community_id, item[0], item[1], resident, resident, item[2], item[3], item[4], item[5],
                   item[6], ADDRESS, lat, lng, geo.cell_of(lat, lng), start, start + timedelta(hours=3), "", status,
                   volunteer_id, current_offer_id, 1 if current_offer_id or status == "accepted" else 0, False,
                   now - timedelta(minutes=30), now - timedelta(minutes=10) if status == "accepted" else None)
            order_rows.append(row)
            event_rows.append((order_id, now - timedelta(minutes=30), resident, "resident", None, "pending", ""))
            order_id += 1
            return order_id - 1

        for n, v in enumerate(token_vols):
            if n % 2 == 0:
                oid = new_order(v[2], "accepted", volunteer_id=v[0], skills=v[5])
                event_rows.append((oid, now - timedelta(minutes=10), v[1], "volunteer", "pending", "accepted",
                                   "claimed from the open pool"))
                held_by[v[0]] = 1
            if n % 4 == 1:
                oid = new_order(v[2], "offered", current_offer_id=offer_id, skills=v[5])
                offer_rows.append((offer_id, oid, v[0], "pending", staff.id, now - timedelta(minutes=5),
                                   now + timedelta(hours=3), None))
                event_rows.append((oid, now - timedelta(minutes=5), staff.id, "staff", "pending", "offered",
                                   f"offered to volunteer {v[0]}"))
                offer_id += 1
        for n in range(pending_orders):
            new_order(communities[n % len(communities)].id, "pending")
        copier.write("orders", (
            "id", "community_id", "menu_item_id", "category_id", "resident_id", "created_by_id", "item_name", "points",
            "expected_minutes", "radius_m", "offer_minutes", "address", "lat", "lng", "cell", "window_start",
            "window_end", "note", "status", "volunteer_id", "current_offer_id", "offers_made", "needs_attention",
            "created_at", "accepted_at"), order_rows)
        copier.write("offers", ("id", "order_id", "volunteer_id", "status", "dispatched_by_id", "created_at",
                                "deadline", "distance_m"), offer_rows)
        copier.write("order_events", ("order_id", "at", "actor_id", "actor_role", "from_status", "to_status", "note"),
                     event_rows)
        for table in ("orders", "offers"):
            copier.set_sequence(table)
        with copier.raw.cursor() as cursor:
            cursor.execute("CREATE TEMP TABLE held (id bigint, n int)")
            with cursor.copy("COPY held (id, n) FROM STDIN") as copy:
                for vid, n in held_by.items():
                    copy.write_row((vid, n))
            cursor.execute("UPDATE volunteers v SET active_orders = h.n FROM held h WHERE v.id = h.id")

        # Token families (what sign-in writes) and access tokens with the server's secret.
        holders = ([v[1] for v in token_vols] + [uid for uid, _ in token_res] + [v[1] for v in loop_vols] + loop_res
                   + [staff.id])
        families = {uid: str(uuid.uuid4()) for uid in holders}
        copier.write("token_families", ("id", "user_id", "created_at"), ((f, uid, now) for uid, f in families.items()))
        db.session.commit()
        tokens = {uid: create_access_token(identity=uid, additional_claims={"fam": families[uid]},
                                           expires_delta=timedelta(hours=6)) for uid in holders}
        counts = {t: db.session.scalar(db.text(f"SELECT count(*) FROM {t}")) for t in (
            "users", "volunteers", "volunteer_skills", "volunteer_cells", "orders", "offers", "order_events")}
        db.session.commit()
        db.engine.dispose()

    import psycopg

    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    log("grown: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return {
        "counts": counts,
        "communities": [{"id": c.id, "lat": c.lat, "lng": c.lng, "policy": c.dispatch_policy} for c in communities],
        "menus": menus, "first": first.id,
        "volunteer_tokens": [tokens[v[1]] for v in token_vols],
        "residents": [(tokens[uid], cid) for uid, cid in token_res],
        "loop_volunteers": [(tokens[v[1]], v[0]) for v in loop_vols],
        "loop_residents": [tokens[uid] for uid in loop_res],
        "staff_token": tokens[staff.id],
    }


def menu_by_skill(menu, skills):
    if skills:
        matching = [i for i in menu if i[1] in skills]
        if matching:
            return matching
    return menu


# Measuring: wrk with a generated Lua script, or Python threads

LUA = r"""
local items = {
%(items)s
}
local method, expect = "%(method)s", %(expect)d
local threads = {}
counter = 0
bad = 0
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end
function init(args)
  counter = tid * 7919
  bad = 0
end
function request()
  counter = counter + 1
  local it = items[(counter %% #items) + 1]
  local headers = {["Authorization"] = it[1], ["Accept"] = "application/json"}
  if it[3] then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = "wrk-" .. tid .. "-" .. counter .. "-%(run)s"
  end
  return wrk.format(method, it[2], headers, it[3])
end
function response(status, headers, body)
  if status ~= expect then bad = bad + 1 end
end
function done(summary, latency, requests)
  local unexpected = 0
  for _, t in ipairs(threads) do unexpected = unexpected + t:get("bad") end
  io.write(string.format(
    'WRKJSON {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, "mean_us": %%.1f, "max_us": %%d, ' ..
    '"connect_errors": %%d, "read_errors": %%d, "write_errors": %%d, "timeouts": %%d, "unexpected_status": %%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean, latency.max,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, unexpected))
end
"""


def _lua_string(text: str) -> str:
    level = "=" * 3
    assert f"]{level}]" not in text
    return f"[{level}[{text}]{level}]"


def lua_script(method: str, expect: int, items: list[tuple[str, str, str | None]], path: Path) -> Path:
    lines = []
    for token, target, body in items:
        parts = [_lua_string(f"Bearer {token}" if token else ""), _lua_string(target)]
        if body is not None:
            parts.append(_lua_string(body))
        lines.append("  {" + ", ".join(parts) + "},")
    path.write_text(LUA % {"items": "\n".join(lines), "method": method, "expect": expect,
                           "run": uuid.uuid4().hex[:8]})
    return path


def ensure_wrk() -> str | None:
    found = shutil.which("wrk")
    if found or os.environ.get("BENCH_NO_WRK"):
        return None if os.environ.get("BENCH_NO_WRK") else found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("wrk not found: apt-get install -y wrk")
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], capture_output=True, timeout=300)
        if not shutil.which("wrk"):
            subprocess.run(["apt-get", "update", "-qq"], capture_output=True, timeout=300)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], capture_output=True, timeout=300)
    return shutil.which("wrk")


def run_wrk(wrk: str, port: int, script: Path, connections: int, duration: float) -> dict:
    result = subprocess.run([wrk, "-t", str(min(2, connections)), "-c", str(connections),
                             "-d", f"{max(1, round(duration))}s", "--timeout", "10s",
                             "-s", str(script), f"http://127.0.0.1:{port}"],
                            capture_output=True, text=True, timeout=duration + 120)
    line = next((l for l in result.stdout.splitlines() if l.startswith("WRKJSON ")), None)
    if line is None:
        raise SystemExit(f"wrk failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    raw = json.loads(line[len("WRKJSON "):])
    seconds = raw["duration_us"] / 1e6
    errors = (raw["connect_errors"] + raw["read_errors"] + raw["write_errors"] + raw["timeouts"]
              + raw["unexpected_status"])
    return {"rps": round(raw["requests"] / seconds, 1), "p50_ms": round(raw["p50_us"] / 1000, 2),
            "p99_ms": round(raw["p99_us"] / 1000, 2), "mean_ms": round(raw["mean_us"] / 1000, 2),
            "max_ms": round(raw["max_us"] / 1000, 1), "requests": raw["requests"], "errors": errors,
            "seconds": round(seconds, 2), "client": "wrk"}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


def run_threads(worker, count: int) -> float:
    """Run worker(0) .. worker(count - 1) in threads at once; the seconds until the last one ends."""
    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.monotonic() - started


def run_python(port: int, method: str, expect: int, items, connections: int, duration: float) -> dict:
    """The fallback client: one thread and one http.client connection per concurrent connection."""
    stop = time.monotonic() + duration
    latencies: list[list[float]] = [[] for _ in range(connections)]
    errors = [0] * connections

    def worker(index):
        http = Http(port, timeout=10)
        n = index * 7919
        while time.monotonic() < stop:
            n += 1
            token, target, body = items[n % len(items)]
            started = time.perf_counter()
            try:
                status, _, _ = http.request(method, target, token, json.loads(body) if body else None,
                                            key=f"py-{index}-{n}-{uuid.uuid4().hex[:6]}" if body else None)
            except OSError:
                status = 0
            latencies[index].append(time.perf_counter() - started)
            if status != expect:
                errors[index] += 1
        http.close()

    seconds = run_threads(worker, connections)
    flat = [x for xs in latencies for x in xs]
    return {"rps": round(len(flat) / seconds, 1), "p50_ms": round(percentile(flat, 50) * 1000, 2),
            "p99_ms": round(percentile(flat, 99) * 1000, 2), "mean_ms": round(statistics.fmean(flat) * 1000, 2),
            "max_ms": round(max(flat) * 1000, 1), "requests": len(flat), "errors": sum(errors),
            "seconds": round(seconds, 2), "client": "python"}


def measure(name: str, wrk: str | None, port: int, method: str, expect: int, items, connections: int,
            duration: float, workdir: Path, warmup: float = 3.0) -> dict:
    if wrk:
        script = lua_script(method, expect, items, workdir / f"{name}.lua")
        run_wrk(wrk, port, script, connections, warmup)
        result = run_wrk(wrk, port, lua_script(method, expect, items, workdir / f"{name}.lua"), connections, duration)
    else:
        run_python(port, method, expect, items, connections, warmup)
        result = run_python(port, method, expect, items, connections, duration)
    log(f"{name:12} {result['rps']:8.1f} req/s  p50 {result['p50_ms']:7.2f} ms  p99 {result['p99_ms']:7.2f} ms  "
        f"errors {result['errors']}")
    return result


def order_bodies(world: dict, rng: random.Random, count: int, residents=None) -> list[tuple[str, str, str]]:
    """(token, path, body) for POST /orders: each resident orders an item of their community's menu."""
    now = datetime.now(timezone.utc)
    communities = {c["id"]: c for c in world["communities"]}
    items = []
    residents = residents or world["residents"]
    for n in range(count):
        token, community_id = residents[n % len(residents)]
        c = communities[community_id]
        menu = world["menus"][community_id]
        item = menu[rng.randrange(len(menu))]
        lat, lng = point_near(rng, c["lat"], c["lng"], 1200)
        start = now + timedelta(hours=1, minutes=rng.randrange(0, 600))
        body = {"menu_item_id": item[0], "address": ADDRESS, "lat": lat, "lng": lng,
                "window_start": start.isoformat(), "window_end": (start + timedelta(hours=3)).isoformat(),
                "note": "压测"}
        items.append((token, "/api/v1/orders", json.dumps(body, ensure_ascii=False)))
    return items


def run_loops(port: int, world: dict, connections: int, duration: float, seed: int) -> dict:
    """32 threads, each running full loops with its own volunteer and resident until the time is up."""
    stop = time.monotonic() + duration
    first = world["first"]
    c = next(c for c in world["communities"] if c["id"] == first)
    menu = world["menus"][first]
    staff = world["staff_token"]
    request_ms: list[list[float]] = [[] for _ in range(connections)]
    loop_ms: list[list[float]] = [[] for _ in range(connections)]
    errors: list[list[str]] = [[] for _ in range(connections)]

    def post(http, index, token, path, body, expect):
        started = time.perf_counter()
        status, _, payload = http.request("POST", path, token, body, key=f"loop-{uuid.uuid4().hex}")
        request_ms[index].append((time.perf_counter() - started) * 1000)
        if status != expect:
            raise RuntimeError(f"{path}: {status} {payload}")
        return payload

    def worker(index):
        rng = random.Random(seed * 100 + index)
        vol_token, vol_id = world["loop_volunteers"][index % len(world["loop_volunteers"])]
        res_token = world["loop_residents"][index % len(world["loop_residents"])]
        http = Http(port, timeout=30)
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                item = menu[rng.randrange(len(menu))]
                lat, lng = point_near(rng, c["lat"], c["lng"], 1000)
                now = datetime.now(timezone.utc)
                order = post(http, index, res_token, "/api/v1/orders", {
                    "menu_item_id": item[0], "address": ADDRESS, "lat": lat, "lng": lng,
                    "window_start": (now + timedelta(minutes=30)).isoformat(),
                    "window_end": (now + timedelta(hours=4)).isoformat(), "note": "压测闭环"}, 201)
                oid = order["id"]
                post(http, index, staff, f"/api/v1/orders/{oid}/dispatch", {"volunteer_id": vol_id}, 201)
                post(http, index, vol_token, f"/api/v1/orders/{oid}/accept", None, 200)
                post(http, index, vol_token, f"/api/v1/orders/{oid}/check-in", {"lat": lat, "lng": lng}, 200)
                post(http, index, vol_token, f"/api/v1/orders/{oid}/check-out",
                     {"lat": lat, "lng": lng, "summary": "服务完成", "service_code": order["service_code"]}, 200)
                post(http, index, res_token, f"/api/v1/orders/{oid}/rating", {"stars": 5, "tags": ["准时"]}, 201)
                loop_ms[index].append((time.perf_counter() - started) * 1000)
            except Exception as exc:  # noqa: BLE001
                errors[index].append(f"{type(exc).__name__}: {exc}"[:300])
                time.sleep(0.05)
        http.close()

    seconds = run_threads(worker, connections)
    requests = [x for xs in request_ms for x in xs]
    loops = [x for xs in loop_ms for x in xs]
    errs = [e for es in errors for e in es]
    return {"rps": round(len(requests) / seconds, 1), "p50_ms": round(percentile(requests, 50), 2),
            "p99_ms": round(percentile(requests, 99), 2), "loops_per_s": round(len(loops) / seconds, 2),
            "loop_p50_ms": round(percentile(loops, 50), 1), "loop_p99_ms": round(percentile(loops, 99), 1),
            "requests": len(requests), "loops": len(loops), "errors": len(errs), "first_errors": errs[:3],
            "seconds": round(seconds, 2), "client": "python"}


def cpu_busy(seconds: float = 2.0) -> float:
    """The share of all CPUs busy over `seconds` (from /proc/stat): taken before the servers start, it shows what
    else is running on the machine."""
    def sample():
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        idle = fields[3] + fields[4]
        return sum(fields), idle
    total0, idle0 = sample()
    time.sleep(seconds)
    total1, idle1 = sample()
    return round(100 * (1 - (idle1 - idle0) / max(1, total1 - total0)), 1)


def machine() -> dict:
    import platform

    mem = next((l.split()[1] for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")), "?")
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    pg = subprocess.run(["psql", "--version"], capture_output=True, text=True).stdout.strip()
    return {"nproc": os.cpu_count(), "cpu": cpu, "mem_gib": round(int(mem) / 1024 / 1024, 1),
            "python": platform.python_version(), "postgresql_client": pg}


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/bench_load",
                        help="a PostgreSQL database to DROP and create (default bench_load)")
    parser.add_argument("--volunteers", type=int, default=100_000, help="volunteers in the grown city, in total")
    parser.add_argument("--pending-orders", type=int, default=400, help="open orders over the four communities")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers, for both apps")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads per worker, for both apps (above 1: gunicorn's gthread worker class)")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per endpoint, after a 3 s warm-up")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--only", default="", help="comma-separated subset: healthz,tasks,open,post_orders,loop")
    parser.add_argument("--json", action="store_true", help="end with one line of JSON: floor_rps, bare_rps and, per "
                        "endpoint, rps, p50_ms, p99_ms, ratio (to bare) and floor_ratio")
    parser.add_argument("--reuse", action="store_true",
                        help="for profiling: keep the database and the tokens of the previous run (no fresh city; "
                             "the orders earlier runs created stay)")
    return parser.parse_args(argv)


ENDPOINTS = {
    "healthz": "GET /healthz (reference)",
    "tasks": "GET /api/v1/volunteers/me/tasks",
    "open": "GET /api/v1/orders/open",
    "post_orders": "POST /api/v1/orders",
    "loop": "full loop (6 POSTs)",
}


def main(argv=None) -> int:
    args = parse(argv)
    started = time.monotonic()
    url = args.database_url
    workdir = Path(tempfile.mkdtemp(prefix="bench_load_"))
    env = app_env(url)
    if not args.reuse:
        log(f"fresh database {libpq_url(url)}")
        fresh_database(url)
        flask_command(env, "db", "upgrade")
        flask_command(env, "seed", "demo")
    if args.reuse:
        world = reuse(url, args)
    else:
        world = grow_city(url, args.volunteers, args.pending_orders, args.seed)
        world_cache(url).write_text(json.dumps(world, ensure_ascii=False))
    wrk = ensure_wrk()
    log(f"client: {'wrk ' + wrk if wrk else 'python threads (wrk not available)'}; workdir {workdir}")
    busy = cpu_busy()
    log(f"CPU busy before the servers start (others on this machine): {busy}%, load average "
        f"{Path('/proc/loadavg').read_text().split()[0]}" + ("  <- figures will be low" if busy > 15 else ""))
    port, bare_port = free_port(), free_port()
    threads = ("--threads", str(args.threads)) if args.threads > 1 else ()
    api = gunicorn(env, port, args.workers, workdir / "gunicorn.log", extra=threads)
    bare = gunicorn(env, bare_port, args.workers, workdir / "bare.log", app="bench.bare_app:app", extra=threads)
    results: dict[str, dict] = {}
    only = set(filter(None, args.only.split(",")))
    try:
        api.start()
        bare.start()
        wait_http(api, port)
        wait_http(bare, bare_port, "/bare")
        bare_items = [("", "/bare", None)]
        rng = random.Random(args.seed)
        floor_items = [("", "/floor", None)]
        bare_before = measure("bare", wrk, bare_port, "GET", 200, bare_items, args.connections, args.duration,
                              workdir)
        floor_before = measure("floor", wrk, bare_port, "GET", 200, floor_items, args.connections, args.duration,
                               workdir)
        measure_endpoints(args, wrk, port, world, rng, workdir, only, results)
        floor_after = measure("floor", wrk, bare_port, "GET", 200, floor_items, args.connections, args.duration,
                              workdir)
        bare_after = measure("bare", wrk, bare_port, "GET", 200, bare_items, args.connections, args.duration,
                             workdir)
    finally:
        api.stop()
        bare.stop()
    tracebacks = sum(1 for l in (workdir / "gunicorn.log").read_text(errors="replace").splitlines()
                     if l.startswith("Traceback"))
    yardsticks = {"bare_before": bare_before, "bare_after": bare_after, "floor_before": floor_before,
                  "floor_after": floor_after}
    summary = report(args, results, yardsticks, tracebacks, wrk)
    summary.update({"grown": world.get("counts"), "cpu_busy_before_pct": busy, "machine": machine(),
                    "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "total_s": round(time.monotonic() - started, 1)})
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    return 0


def measure_endpoints(args, wrk, port: int, world: dict, rng, workdir: Path, only: set, results: dict) -> None:
    """The API's endpoints, one after the other, into `results`."""
    vol_items = [(t, "/api/v1/volunteers/me/tasks", None) for t in world["volunteer_tokens"]]
    open_items = [(t, "/api/v1/orders/open", None) for t in world["volunteer_tokens"]]
    if not only or "healthz" in only:  # a reference, no target: the app's cheapest request with a query
        results["healthz"] = measure("healthz", wrk, port, "GET", 200, [("", "/healthz", None)],
                                     args.connections, args.duration, workdir)
    if not only or "tasks" in only:
        results["tasks"] = measure("tasks", wrk, port, "GET", 200, vol_items, args.connections, args.duration,
                                   workdir)
    if not only or "open" in only:
        results["open"] = measure("open", wrk, port, "GET", 200, open_items, args.connections, args.duration,
                                  workdir)
    if not only or "post_orders" in only:
        results["post_orders"] = measure("post_orders", wrk, port, "POST", 201, order_bodies(world, rng, 4000),
                                         args.connections, args.duration, workdir)
    if not only or "loop" in only:
        run_loops(port, world, args.connections, 3.0, args.seed + 1)  # warm-up
        results["loop"] = run_loops(port, world, args.connections, args.duration, args.seed)
        r = results["loop"]
        log(f"{'loop':12} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.2f} ms  p99 {r['p99_ms']:7.2f} ms  "
            f"{r['loops_per_s']} loops/s, loop p50 {r['loop_p50_ms']} ms p99 {r['loop_p99_ms']} ms, "
            f"errors {r['errors']} {r['first_errors']}")


def report(args, results: dict, yardsticks: dict, tracebacks: int, wrk) -> dict:
    """Print the table (each endpoint's share of bare and of the floor, the targets) and return the summary."""
    bare_rps = round((yardsticks["bare_before"]["rps"] + yardsticks["bare_after"]["rps"]) / 2, 1)
    floor_rps = round((yardsticks["floor_before"]["rps"] + yardsticks["floor_after"]["rps"]) / 2, 1)
    for name, r in results.items():
        r["ratio"] = round(r["rps"] / bare_rps, 4)
        r["floor_ratio"] = round(r["rps"] / floor_rps, 4)
        r["endpoint"] = ENDPOINTS[name]
    checks = {}
    for name, share in TARGETS["floor_ratio"].items():
        if name in results:
            checks[f"{name}_floor_ratio>={share:.2f}"] = results[name]["floor_ratio"] >= share
    for name, r in results.items():
        if name != "healthz":
            checks[f"{name}_p99<100ms"] = r["p99_ms"] < TARGETS["p99_ms"]
    print()
    print(f"== load: {args.volunteers:,} volunteers, {args.connections} connections, gunicorn --workers {args.workers}"
          f" ({f'gthread, --threads {args.threads}' if args.threads > 1 else 'sync'}), {args.duration:g} s per endpoint ==")
    print(f"{'endpoint':36} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'/bare':>7} {'/floor':>7} {'errors':>7}")
    for name, label in (("bare", "GET /bare (bench/bare_app.py)"), ("floor", "GET /floor (bench/bare_app.py)")):
        before, after = yardsticks[f"{name}_before"], yardsticks[f"{name}_after"]
        rps = bare_rps if name == "bare" else floor_rps
        print(f"{label:36} {rps:9.1f} {'':>8} {'':>8} {rps / bare_rps:7.2%} {rps / floor_rps:7.2%}"
              f"   (before {before['rps']}, p50 {before['p50_ms']} ms, p99 {before['p99_ms']} ms;"
              f" after {after['rps']}, p50 {after['p50_ms']}, p99 {after['p99_ms']})")
    for name, r in results.items():
        print(f"{r['endpoint']:36} {r['rps']:9.1f} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f} {r['ratio']:7.2%} "
              f"{r['floor_ratio']:7.2%} {r['errors']:7d}")
    if "loop" in results:
        r = results["loop"]
        print(f"  loop: {r['loops_per_s']} loops/s ({r['loops']} loops), whole loop p50 {r['loop_p50_ms']} ms, "
              f"p99 {r['loop_p99_ms']} ms")
    print("targets: " + ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in checks.items()))
    print(f"server tracebacks: {tracebacks}")
    return {"floor_rps": floor_rps, "bare_rps": bare_rps, **yardsticks, **results, "targets": checks,
            "targets_met": all(checks.values()), "volunteers": args.volunteers, "connections": args.connections,
            "workers": args.workers, "threads": args.threads, "duration_s": args.duration,
            "client": "wrk" if wrk else "python", "server_tracebacks": tracebacks}


def world_cache(url: str) -> Path:
    from sqlalchemy.engine import make_url

    return Path(tempfile.gettempdir()) / f"bench_load_world_{make_url(libpq_url(url)).database}.json"


def reuse(url: str, args) -> dict:
    path = world_cache(url)
    if not path.exists():
        raise SystemExit(f"--reuse: no {path} from an earlier run")
    world = json.loads(path.read_text())
    world["menus"] = {int(k): v for k, v in world["menus"].items()}
    log(f"reusing the grown city in {libpq_url(url)} and its tokens from {path}")
    return world


if __name__ == "__main__":
    sys.exit(main())
