"""Crash safety (issue 7): gunicorn and the scheduler on PostgreSQL, killed with SIGKILL in the middle of a load of
full order loops, restarted; then every acknowledged write must be there and nothing may be in an impossible state.

Run `python -m bench.crash [--database-url URL] [--threads 16] [--loops 8] [--seed 7] [--workers 2]`.

What it does, all on 127.0.0.1, stopping by itself:
1. A fresh PostgreSQL database (`bench_crash` unless `--database-url` names another; it is dropped and created),
   `flask db upgrade` and `flask seed demo` as subprocesses with DATABASE_URL set.
2. gunicorn (`wsgi:app`, `--workers`) and `flask scheduler run`, each a subprocess in its own process group
   (`start_new_session=True`) on a free loopback port. Everyone signs in through `POST /auth/login`.
3. Offers that must fall due while the server is down: a menu item with `offer_minutes` 1 (created through the
   staff API), a few orders of it dispatched to volunteers who never answer (deadline one minute later), and two
   control offers with the item's usual 10 minutes, which must still be pending at the end.
4. `--threads` client threads each run `--loops` full loops: the resident orders, then staff dispatch to the
   thread's volunteer who accepts (even loops) or the volunteer claims it from the open pool (odd loops), check-in,
   check-out with the resident's service code, staff approve the minutes (a loop is too short to verify), and the
   resident rates it 5 stars. Every POST carries an Idempotency-Key; a connection error, a
   timeout, a 5xx, a 429 or 409 `idempotency_in_progress` is retried with the SAME key and body (backoff up to 1 s,
   for at most 240 s). A 409 whose order shows the step already done counts as done (`resolved_by_state`, which
   should stay 0: the replay should answer). Every 2xx answer to a POST is recorded as an acknowledged write.
5. At a random moment (seeded: when a fraction in [0.25, 0.6] of all steps are done, plus 0-50 ms) the gunicorn
   master and its workers (`os.killpg`) and the scheduler are killed with SIGKILL. They stay down `--down-seconds`,
   and longer if needed until every short offer's deadline has passed (real time: nothing is advanced), then both
   are started again on the same port, and the loops finish.
6. A replay probe: `--replays` acknowledged writes (every one made before the kill first) are sent again with the
   same caller, key and body; each must come back as the stored answer (`Idempotent-Replayed: true`, same status,
   same body) and change nothing.
7. The checks, from the database (psycopg, plain SQL), after the probe:
   - every acknowledged write exists: its order (exactly one order per create key: the note carries the key), its
     offer, the acceptance by that volunteer, check-in and check-out times, the completion award, the rating and its
     bonus, and the idempotency record for its (caller, key);
   - no order is in an impossible state: the status agrees with its columns (volunteer, times, rating row, offer),
     every event's `from` is the previous event's `to` and the last `to` is the status, at most one acceptance
     event and one rating per order, at most one pending offer per order, every volunteer's `active_orders` equals
     the orders they hold;
   - every loop's order went through the exact expected timeline and ended `rated`;
   - `flask points verify` exits 0;
   - the short offers that fell due while the server was down are `expired`, answered after the restart, their
     orders back to `pending` with no current offer; the control offers are still `pending`.
It prints the counts, a last line of JSON, and exits 1 on any loss or inconsistency (2 when the run itself broke).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
JWT_SECRET = "bench-jwt-secret-0123456789abcdef0123456789"
DEMO_PASSWORD = "demo12345"
STAFF_PHONE = "13800000001"
DEMO_RESIDENT_PHONE = "13800000002"
RESIDENT_PHONES = [f"136{0:02d}{n:06d}" for n in range(12)]  # the first community's seeded residents
THREAD_VOLUNTEER_PHONES = [f"139{i:08d}" for i in range(1, 17)]  # 16 volunteers with every skill, 1 km around
SILENT_VOLUNTEER_PHONES = [f"139{i:08d}" for i in range(17, 21)]  # offered orders, never answer
RETRY_FOR_SECONDS = 240.0


# Processes and the database: shared with bench.load

def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def libpq_url(url: str) -> str:
    """postgresql://... for psycopg and the app (the app maps it to psycopg 3 itself)."""
    for prefix in ("postgresql+psycopg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    return url


def fresh_database(url: str) -> None:
    """Drop and create the database the URL names (the server must be reachable as a superuser or owner)."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(libpq_url(url))
    name = parsed.database
    if not name or not name.replace("_", "").isalnum():
        raise SystemExit(f"refusing an unusual database name {name!r}")
    admin = parsed.set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def app_env(url: str, **extra) -> dict:
    env = {**os.environ, "DATABASE_URL": libpq_url(url), "JWT_SECRET_KEY": JWT_SECRET, "APP_ENV": "development",
           "FLASK_APP": "wsgi.py", "JWT_ACCESS_MINUTES": "240",
           "LOGIN_LIMIT_PER_ADDRESS": "100000 per minute", "LOGIN_LIMIT_PER_PHONE": "100000 per minute",
           # Nothing leaves the machine: WeChat delivery (the scheduler's outbox) goes to a closed loopback port.
           "WECHAT_API_BASE": "http://127.0.0.1:9", "PYTHONUNBUFFERED": "1"}
    env.update(extra)
    return env


def flask_command(env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([PY, "-m", "flask", "--app", "wsgi", *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise SystemExit(f"flask {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def _group_gone(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class Group:
    """A subprocess leading its own process group (start_new_session), killed or stopped as a whole."""

    def __init__(self, name: str, argv: list[str], env: dict, log_path: Path):
        self.name, self.argv, self.env, self.log_path = name, argv, env, log_path
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        out = open(self.log_path, "a")
        out.write(f"\n==== start {time.strftime('%H:%M:%S')} ====\n")
        out.flush()
        self.process = subprocess.Popen(self.argv, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        out.close()

    @property
    def pgid(self) -> int:
        return self.process.pid  # the leader of a new session: its pid is the group id

    def kill(self) -> float:
        """SIGKILL to the whole group (gunicorn's master and workers at once); returns when every member is gone."""
        started = time.monotonic()
        os.killpg(self.pgid, signal.SIGKILL)
        self.process.wait()
        while not _group_gone(self.pgid):
            if time.monotonic() - started > 10:
                raise RuntimeError(f"{self.name}: process group {self.pgid} survived SIGKILL")
            time.sleep(0.02)
        return time.monotonic() - started

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None and _group_gone(self.pgid):
            return
        try:
            os.killpg(self.pgid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not (self.process.poll() is not None and _group_gone(self.pgid)):
            time.sleep(0.05)
        if not _group_gone(self.pgid):
            os.killpg(self.pgid, signal.SIGKILL)
        self.process.wait()

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


def gunicorn(env: dict, port: int, workers: int, log_path: Path, app: str = "wsgi:app",
             extra: tuple[str, ...] = ()) -> Group:
    return Group(f"gunicorn {app}", [PY, "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
                                     "--log-level", "warning", *extra, app], env, log_path)


def wait_http(group: Group, port: int, path: str = "/healthz", timeout: float = 60) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if not group.running():
            raise SystemExit(f"{group.name} exited; see {group.log_path}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                conn.close()
                return time.monotonic() - started
            conn.close()
        except OSError:
            pass  # not listening yet: poll again
        time.sleep(0.05)
    raise SystemExit(f"{group.name} did not answer {path} within {timeout} s; see {group.log_path}")


def wait_log(group: Group, needle: str, timeout: float = 60) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if not group.running():
            raise SystemExit(f"{group.name} exited; see {group.log_path}")
        text = group.log_path.read_text(errors="replace")
        if needle in text.rsplit("==== start", 1)[-1]:
            return time.monotonic() - started
        time.sleep(0.05)
    raise SystemExit(f"{group.name} did not print {needle!r} within {timeout} s; see {group.log_path}")


# The HTTP client: one keep-alive connection per thread, reopened after any error

class Http:
    def __init__(self, port: int, timeout: float = 30):
        self.port, self.timeout = port, timeout
        self.conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, token: str | None = None, body=None, key: str | None = None):
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if key:
            headers["Idempotency-Key"] = key
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        try:
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
            raw = resp.read()
        except BaseException:
            self.close()
            raise
        if resp.will_close:
            self.close()
        try:
            payload = json.loads(raw) if raw else None
        except ValueError:
            payload = {"raw": raw[:200].decode(errors="replace")}
        return resp.status, resp.headers, payload

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


@dataclass
class Stats:
    lock: threading.Lock = field(default_factory=threading.Lock)
    counts: Counter = field(default_factory=Counter)
    steps_done: int = 0

    def add(self, name: str, n: int = 1) -> None:
        with self.lock:
            self.counts[name] += n


RETRY_CODES = {"idempotency_in_progress"}


def call(http: Http, stats: Stats, method: str, path: str, token: str, body=None, key: str | None = None):
    """A request retried on connection errors, timeouts, 5xx, 429 and 409 idempotency_in_progress, with the same
    key and body each time. Returns (status, headers, body) of the first other answer."""
    deadline = time.monotonic() + RETRY_FOR_SECONDS
    delay = 0.05
    attempt = 0
    while True:
        attempt += 1
        if attempt > 1:
            stats.add("retries")
        try:
            status, headers, payload = http.request(method, path, token, body, key)
        except (OSError, http_client_errors()) as exc:
            stats.add(f"connection_error:{type(exc).__name__}")
            reason = type(exc).__name__
        else:
            code = payload.get("code") if isinstance(payload, dict) else None
            if status >= 500:
                stats.add(f"http_{status}")
                reason = f"{status}"
            elif status == 429:
                stats.add("http_429")
                reason = "429"
            elif status == 409 and code in RETRY_CODES:
                stats.add(f"409_{code}")
                reason = code
            else:
                if headers.get("Idempotent-Replayed") == "true":
                    stats.add("replayed")
                return status, headers, payload
        if time.monotonic() > deadline:
            raise RuntimeError(f"{method} {path}: still failing after {RETRY_FOR_SECONDS} s ({reason})")
        time.sleep(delay)
        delay = min(1.0, delay * 2)


def http_client_errors():
    return http.client.HTTPException


# The world: accounts and menu, read through the API

@dataclass
class Person:
    phone: str
    user_id: int
    token: str
    volunteer_id: int | None = None


def sign_in(http: Http, phone: str) -> Person:
    status, _, body = http.request("POST", "/api/v1/auth/login", body={"phone": phone, "password": DEMO_PASSWORD})
    if status != 200:
        raise SystemExit(f"login {phone}: {status} {body}")
    return Person(phone=phone, user_id=body["user"]["id"], token=body["access_token"])


def as_volunteer(http: Http, person: Person) -> Person:
    status, _, body = http.request("GET", "/api/v1/volunteers/me", person.token)
    if status != 200:
        raise SystemExit(f"volunteer {person.phone}: {status} {body}")
    person.volunteer_id = body["id"]
    return person


@dataclass
class World:
    community: dict
    items: list[dict]
    staff: Person
    residents: list[Person]
    volunteers: list[Person]
    silent: list[Person]
    demo_resident: Person


def build_world(port: int) -> World:
    http = Http(port)
    status, _, body = http.request("GET", "/api/v1/communities?page_size=100")
    community = sorted(body["items"], key=lambda c: c["id"])[0]
    status, _, menu = http.request("GET", f"/api/v1/communities/{community['id']}/menu")
    items = menu["items"]
    world = World(
        community=community, items=items, staff=sign_in(http, STAFF_PHONE),
        residents=[sign_in(http, p) for p in RESIDENT_PHONES],
        volunteers=[as_volunteer(http, sign_in(http, p)) for p in THREAD_VOLUNTEER_PHONES],
        silent=[as_volunteer(http, sign_in(http, p)) for p in SILENT_VOLUNTEER_PHONES],
        demo_resident=sign_in(http, DEMO_RESIDENT_PHONE))
    http.close()
    return world


def order_body(world: World, item_id: int, rng: random.Random, note: str) -> dict:
    now = datetime.now(timezone.utc)
    lat = world.community["lat"] + rng.uniform(-0.004, 0.004)
    lng = world.community["lng"] + rng.uniform(-0.004, 0.004)
    return {"menu_item_id": item_id, "address": "民生路 88 号 3 栋", "lat": round(lat, 6), "lng": round(lng, 6),
            "window_start": (now + timedelta(minutes=30)).isoformat(),
            "window_end": (now + timedelta(hours=4)).isoformat(), "note": note}


# The load: full loops

@dataclass
class Ack:
    """One acknowledged write: a 2xx answer to a POST."""
    thread: int
    loop: int
    step: str
    caller_id: int
    key: str
    status: int
    order_id: int
    offer_id: int | None = None
    volunteer_id: int | None = None
    replayed: bool = False
    path: str = ""
    body: object = None
    token: str = ""
    response: object = None
    before_kill: bool = False


@dataclass
class LoopResult:
    thread: int
    loop: int
    path: str  # "dispatch" or "claim"
    order_id: int | None = None
    offer_id: int | None = None
    volunteer_id: int | None = None
    finished: bool = False
    error: str | None = None


class Loops:
    def __init__(self, world: World, port: int, threads: int, loops: int, seed: int):
        self.world, self.port, self.threads, self.loops, self.seed = world, port, threads, loops, seed
        self.stats = Stats()
        self.acks: list[Ack] = []
        self.results: list[LoopResult] = []
        self.lock = threading.Lock()
        self.total_steps = threads * loops * 7
        self.killed = False

    def _ack(self, ack: Ack) -> None:
        with self.lock:
            self.acks.append(ack)

    def _step_done(self) -> None:
        with self.stats.lock:
            self.stats.steps_done += 1

    def _post(self, http, t, j, step, person, path, body, order_id, done_if):
        """POST with a key until an answer; record a 2xx; a 409 is done only when the order shows it."""
        key = f"crash-{t}-{j}-{step}-{uuid.uuid4().hex[:12]}"
        status, headers, payload = call(http, self.stats, "POST", path, person.token, body, key)
        if 200 <= status < 300:
            ack = Ack(thread=t, loop=j, step=step, caller_id=person.user_id, key=key, status=status,
                      order_id=order_id if order_id is not None else payload["id"],
                      replayed=headers.get("Idempotent-Replayed") == "true", path=path, body=body,
                      token=person.token, response=payload, before_kill=not self.killed)
            if step == "dispatch":
                ack.offer_id, ack.volunteer_id = payload["id"], payload["volunteer_id"]
            elif step in ("accept", "claim"):
                ack.volunteer_id = (payload.get("volunteer") or {}).get("id")
            self._ack(ack)
            self._step_done()
            return payload
        if status == 409 and order_id is not None:
            s, _, order = call(http, self.stats, "GET", f"/api/v1/orders/{order_id}", person.token)
            if s == 200 and done_if(order):
                self.stats.add(f"resolved_by_state:{step}")
                self._step_done()
                return order
        raise RuntimeError(f"{step} {path}: {status} {payload}")

    def run_thread(self, t: int) -> None:
        rng = random.Random(self.seed * 1000 + t)
        world = self.world
        resident = world.residents[t % len(world.residents)]
        volunteer = world.volunteers[t % len(world.volunteers)]
        staff = world.staff
        http = Http(self.port)
        normal_items = [i for i in world.items if i.get("offer_minutes") in (None, 10) and i["name"] != SHORT_ITEM]
        for j in range(self.loops):
            path_kind = "dispatch" if (j + t) % 2 == 0 else "claim"
            result = LoopResult(thread=t, loop=j, path=path_kind, volunteer_id=volunteer.volunteer_id)
            with self.lock:
                self.results.append(result)
            try:
                item = normal_items[rng.randrange(len(normal_items))]
                body = order_body(world, item["id"], rng, note=f"crash-bench t{t} l{j} {uuid.uuid4().hex[:8]}")
                order = self._post(http, t, j, "create", resident, "/api/v1/orders", body, None, lambda o: False)
                oid = result.order_id = order["id"]
                held = lambda o: (o["status"] in ("accepted", "in_service", "completed", "rated")  # noqa: E731
                                  and (o.get("volunteer") or {}).get("id") == volunteer.volunteer_id)
                if path_kind == "dispatch":
                    offer = self._post(http, t, j, "dispatch", staff, f"/api/v1/orders/{oid}/dispatch",
                                       {"volunteer_id": volunteer.volunteer_id}, oid,
                                       lambda o: (o.get("offer") or {}).get("volunteer_id") == volunteer.volunteer_id)
                    result.offer_id = (offer.get("id") if "volunteer_id" in offer
                                       else (offer.get("offer") or {}).get("id"))
                    self._post(http, t, j, "accept", volunteer, f"/api/v1/orders/{oid}/accept", None, oid, held)
                else:
                    self._post(http, t, j, "claim", volunteer, f"/api/v1/orders/{oid}/claim", None, oid, held)
                self._post(http, t, j, "check_in", volunteer, f"/api/v1/orders/{oid}/check-in",
                           {"lat": body["lat"], "lng": body["lng"]}, oid,
                           lambda o: o["status"] in ("in_service", "completed", "rated"))
                self._post(http, t, j, "check_out", volunteer, f"/api/v1/orders/{oid}/check-out",
                           {"lat": body["lat"], "lng": body["lng"], "summary": "服务完成",
                            "service_code": order["service_code"]}, oid,
                           lambda o: o["status"] in ("completed", "rated"))
                # A loop takes seconds, far below a quarter of the item's minutes, so its minutes wait for a staff
                # decision (too short); staff approve them, and the approval pays the completion award.
                self._post(http, t, j, "review", staff, f"/api/v1/orders/{oid}/minutes-review",
                           {"approve": True, "minutes": 30, "note": "压测"}, oid,
                           lambda o: o["minutes_status"] in ("approved", "verified"))
                self._post(http, t, j, "rate", resident, f"/api/v1/orders/{oid}/rating",
                           {"stars": 5, "comment": "很好", "tags": ["准时"]}, oid, lambda o: o["status"] == "rated")
                result.finished = True
            except Exception as exc:  # noqa: BLE001  (reported, and fails the run)
                result.error = f"{type(exc).__name__}: {exc}"
                self.stats.add("loop_errors")
        http.close()

    def start(self) -> list[threading.Thread]:
        threads = [threading.Thread(target=self.run_thread, args=(t,), daemon=True) for t in range(self.threads)]
        for thread in threads:
            thread.start()
        return threads


# Offers that fall due while the server is down

SHORT_ITEM = "限时派单（压测）"


@dataclass
class PlantedOffer:
    order_id: int
    offer_id: int
    volunteer_id: int
    deadline: datetime
    short: bool


def plant_offers(world: World, port: int, short_count: int, control_count: int) -> list[PlantedOffer]:
    http = Http(port)
    stats = Stats()
    staff = world.staff
    category_id = world.items[0]["category_id"]
    status, _, item = call(http, stats, "POST", f"/api/v1/communities/{world.community['id']}/menu-items",
                           staff.token, {"category_id": category_id, "name": SHORT_ITEM, "points": 1,
                                         "expected_minutes": 30, "offer_minutes": 1}, key=f"plant-{uuid.uuid4()}")
    if status != 201:
        raise SystemExit(f"creating the 1-minute item: {status} {item}")
    rng = random.Random(99)
    planted = []
    for n in range(short_count + control_count):
        short = n < short_count
        item_id = item["id"] if short else world.items[0]["id"]
        body = order_body(world, item_id, rng, note=f"crash-bench planted {n}")
        status, _, order = call(http, stats, "POST", "/api/v1/orders", world.demo_resident.token, body,
                                key=f"plant-{uuid.uuid4()}")
        if status != 201:
            raise SystemExit(f"planting an order: {status} {order}")
        volunteer = world.silent[n % len(world.silent)]
        status, _, offer = call(http, stats, "POST", f"/api/v1/orders/{order['id']}/dispatch", staff.token,
                                {"volunteer_id": volunteer.volunteer_id}, key=f"plant-{uuid.uuid4()}")
        if status != 201:
            raise SystemExit(f"planting an offer: {status} {offer}")
        planted.append(PlantedOffer(order_id=order["id"], offer_id=offer["id"], volunteer_id=volunteer.volunteer_id,
                                    deadline=datetime.fromisoformat(offer["deadline"]), short=short))
    http.close()
    return planted


# The checks, from the database

def check_database(url: str, loops: Loops, planted: list[PlantedOffer], restarted_at: datetime) -> tuple[dict, list]:
    import psycopg

    problems: list[str] = []
    counts: Counter = Counter()
    with psycopg.connect(libpq_url(url)) as conn:
        q = lambda sql, *args: conn.execute(sql, args).fetchall()  # noqa: E731

        orders = {row[0]: row for row in q(
            "SELECT id, status, volunteer_id, accepted_at, check_in_at, check_out_at, completed_at, current_offer_id, "
            "note, minutes_status, resident_id FROM orders")}
        events: dict[int, list] = {}
        for order_id, from_s, to_s, at, actor_role in q(
                "SELECT order_id, from_status, to_status, at, actor_role FROM order_events ORDER BY order_id, id"):
            events.setdefault(order_id, []).append((from_s, to_s, at, actor_role))
        offers = {row[0]: row for row in q(
            "SELECT id, order_id, volunteer_id, status, deadline, answered_at FROM offers")}
        ratings = {row[0]: row for row in q("SELECT order_id, stars, automatic FROM ratings")}
        entries = {row[0]: row for row in q("SELECT business_key, amount, order_id FROM ledger_entries")}
        records = {(row[0], row[1]): row[2] for row in q(
            "SELECT caller_id, key, response_status FROM idempotency_records")}
        notes = Counter(row[8] for row in orders.values())
        counts.update(orders=len(orders), offers=len(offers), events=sum(map(len, events.values())),
                      ratings=len(ratings), ledger_entries=len(entries), idempotency_records=len(records))

        # 1. Every acknowledged write exists.
        for ack in loops.acks:
            counts[f"ack_{ack.step}"] += 1
            counts["acks"] += 1
            order = orders.get(ack.order_id)
            where = f"t{ack.thread} l{ack.loop} {ack.step} order {ack.order_id}"
            if order is None:
                problems.append(f"LOST {where}: no such order")
                continue
            if records.get((ack.caller_id, ack.key)) != ack.status:
                problems.append(f"LOST {where}: no idempotency record with status {ack.status} for its key")
            status, volunteer_id = order[1], order[2]
            if ack.step == "create" and notes[order[8]] != 1:
                problems.append(f"DUPLICATE {where}: {notes[order[8]]} orders carry its note")
            if ack.step == "dispatch":
                offer = offers.get(ack.offer_id)
                if offer is None or offer[1] != ack.order_id or offer[2] != ack.volunteer_id:
                    problems.append(f"LOST {where}: offer {ack.offer_id} missing or not for this volunteer")
            if ack.step in ("accept", "claim"):
                if volunteer_id != ack.volunteer_id or order[3] is None:
                    problems.append(f"LOST {where}: held by {volunteer_id}, accepted_at {order[3]}")
            if ack.step == "check_in" and order[4] is None:
                problems.append(f"LOST {where}: no check-in time")
            if ack.step == "check_out":
                if order[5] is None or order[6] is None:
                    problems.append(f"LOST {where}: no check-out or completion time")
                if order[9] == "verified" and f"order:{ack.order_id}:completion" not in entries:
                    problems.append(f"LOST {where}: verified service without its completion award")
            if ack.step == "review":
                if order[9] != "approved" or f"order:{ack.order_id}:completion" not in entries:
                    problems.append(f"LOST {where}: minutes {order[9]}, completion award "
                                    f"{f'order:{ack.order_id}:completion' in entries}")
            if ack.step == "rate":
                if ack.order_id not in ratings or status != "rated":
                    problems.append(f"LOST {where}: status {status}, rating row {ack.order_id in ratings}")
                elif order[9] in ("verified", "approved") and f"order:{ack.order_id}:rating_bonus" not in entries:
                    problems.append(f"LOST {where}: 5-star rating without its bonus")

        # 2. Every loop finished with the exact timeline.
        expected = {
            "dispatch": [(None, "pending"), ("pending", "offered"), ("offered", "accepted"),
                         ("accepted", "in_service"), ("in_service", "completed"), ("completed", "rated")],
            "claim": [(None, "pending"), ("pending", "accepted"), ("accepted", "in_service"),
                      ("in_service", "completed"), ("completed", "rated")],
        }
        for result in loops.results:
            where = f"t{result.thread} l{result.loop}"
            if not result.finished:
                problems.append(f"UNFINISHED loop {where}: {result.error}")
                continue
            counts["loops_finished"] += 1
            # Status changes only: the minutes decision is an event that leaves the status where it is.
            timeline = [(e[0], e[1]) for e in events.get(result.order_id, []) if e[0] != e[1]]
            if timeline != expected[result.path]:
                problems.append(f"TIMELINE {where} order {result.order_id}: {timeline}")
            order = orders[result.order_id]
            if order[1] != "rated" or order[2] != result.volunteer_id:
                problems.append(f"STATE {where} order {result.order_id}: {order[1]}, volunteer {order[2]}")

        # 3. No order anywhere in an impossible state.
        held = ("accepted", "in_service", "completed", "rated")
        pending_offers = Counter(o[1] for o in offers.values() if o[3] == "pending")
        for oid, o in orders.items():
            status = o[1]
            bad = []
            if status in held and (o[2] is None or o[3] is None):
                bad.append("held without a volunteer or accepted_at")
            if status in ("in_service", "completed", "rated") and o[4] is None:
                bad.append("in service or later without check-in time")
            if status in ("completed", "rated") and (o[5] is None or o[6] is None or o[9] is None):
                bad.append("completed without check-out, completion time or minutes status")
            if (status == "rated") != (oid in ratings):
                bad.append(f"status {status} but rating row {oid in ratings}")
            if status == "offered":
                offer = offers.get(o[7])
                if offer is None or offer[3] != "pending" or offer[1] != oid:
                    bad.append(f"offered, current offer {o[7]} not a pending offer of it")
            elif o[7] is not None and status != "offered":
                bad.append(f"{status} with a current offer {o[7]}")
            if pending_offers[oid] > (1 if status == "offered" else 0):
                bad.append(f"{pending_offers[oid]} pending offers")
            timeline = events.get(oid, [])
            if not timeline or timeline[0][0] is not None:
                bad.append("timeline does not start with the creation")
            for (prev, cur) in zip(timeline, timeline[1:]):
                if cur[0] != prev[1]:
                    bad.append(f"event from {cur[0]} after an event to {prev[1]}")
                if cur[2] < prev[2]:
                    bad.append("events out of time order")
            if timeline and timeline[-1][1] != status:
                bad.append(f"last event to {timeline[-1][1]}, status {status}")
            if sum(1 for e in timeline if e[1] == "accepted") > 1:
                bad.append("two acceptance events")
            if sum(1 for e in timeline if e[1] == "rated") > 1:
                bad.append("two rating events")
            if status in ("completed", "rated") and o[9] == "verified" and f"order:{oid}:completion" not in entries:
                bad.append("verified and completed without the completion award")
            for b in bad:
                problems.append(f"IMPOSSIBLE order {oid}: {b}")
            counts[f"status_{status}"] += 1
        for vid, active, holding in q(
                "SELECT v.id, v.active_orders, count(o.id) FROM volunteers v"
                " LEFT JOIN orders o ON o.volunteer_id = v.id"
                " AND o.status IN ('accepted', 'in_service') GROUP BY v.id, v.active_orders"):
            if active != holding:
                problems.append(f"IMPOSSIBLE volunteer {vid}: active_orders {active}, holds {holding}")
        extra_entries = [k for k in entries if k.startswith("order:") and int(k.split(":")[1]) not in orders]
        if extra_entries:
            problems.append(f"IMPOSSIBLE ledger entries for unknown orders: {extra_entries[:5]}")

        # 4. Offers that fell due while the server was down were swept after the restart.
        for p in planted:
            offer, order = offers[p.offer_id], orders[p.order_id]
            if p.short:
                counts["short_offers"] += 1
                fell_due_while_down = p.deadline < restarted_at
                if not fell_due_while_down:
                    problems.append(f"SETUP offer {p.offer_id}: deadline {p.deadline} not before the restart")
                if offer[3] != "expired" or offer[5] is None or offer[5] < restarted_at:
                    problems.append(f"NOT SWEPT offer {p.offer_id}: {offer[3]}, answered {offer[5]}")
                elif order[1] != "pending" or order[7] is not None:
                    problems.append(f"NOT SWEPT order {p.order_id}: {order[1]}, current offer {order[7]}")
                else:
                    counts["short_offers_swept_after_restart"] += 1
            else:
                counts["control_offers"] += 1
                if offer[3] != "pending" or order[1] != "offered":
                    problems.append(f"CONTROL offer {p.offer_id} (deadline {p.deadline}): {offer[3]}, order {order[1]}")
    return dict(counts), problems


# The run

def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/bench_crash",
                        help="a PostgreSQL database to DROP and create (default bench_crash)")
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--loops", type=int, default=8, help="full loops per thread")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--down-seconds", type=float, default=5.0,
                        help="at least this long down (longer until the short offers are due)")
    parser.add_argument("--short-offers", type=int, default=6)
    parser.add_argument("--replays", type=int, default=200,
                        help="acknowledged writes sent again with their keys after the restart (all made before "
                             "the kill, then a sample of the rest)")
    parser.add_argument("--logs", default=None, help="directory for the server logs (default: a temp dir)")
    args = parser.parse_args(argv)
    if not 1 <= args.threads <= len(THREAD_VOLUNTEER_PHONES):
        parser.error(f"--threads must be 1..{len(THREAD_VOLUNTEER_PHONES)}")
    return args


def main(argv=None) -> int:
    import tempfile

    args = parse(argv)
    rng = random.Random(args.seed)
    logs = Path(args.logs or tempfile.mkdtemp(prefix="bench_crash_"))
    logs.mkdir(parents=True, exist_ok=True)
    url = args.database_url
    started = time.monotonic()
    log(f"fresh database {libpq_url(url)}; logs in {logs}")
    fresh_database(url)
    env = app_env(url)
    flask_command(env, "db", "upgrade")
    flask_command(env, "seed", "demo")
    port = free_port()
    web = gunicorn(env, port, args.workers, logs / "gunicorn.log")
    scheduler = Group("scheduler", [PY, "-m", "flask", "--app", "wsgi", "scheduler", "run"], env,
                      logs / "scheduler.log")
    try:
        web.start()
        scheduler.start()
        wait_http(web, port)
        wait_log(scheduler, "scheduler running")
        world = build_world(port)
        planted = plant_offers(world, port, args.short_offers, control_count=2)
        last_short_deadline = max(p.deadline for p in planted if p.short)
        log(f"gunicorn ({args.workers} workers) on 127.0.0.1:{port} and the scheduler are up; "
            f"{args.short_offers} one-minute offers due by {last_short_deadline:%H:%M:%S} UTC, 2 control offers")

        loops = Loops(world, port, args.threads, args.loops, args.seed)
        kill_fraction = rng.uniform(0.25, 0.6)
        kill_jitter = rng.uniform(0, 0.05)
        load_started = time.monotonic()
        threads = loops.start()
        log(f"{args.threads} threads x {args.loops} loops started; kill after {kill_fraction:.0%} of "
            f"{loops.total_steps} steps")
        while loops.stats.steps_done < kill_fraction * loops.total_steps:
            if not any(t.is_alive() for t in threads):
                raise SystemExit("the loops ended before the kill")
            time.sleep(0.002)
        time.sleep(kill_jitter)
        steps_at_kill = loops.stats.steps_done
        loops.killed = True
        web_kill_s = web.kill()
        scheduler.kill()
        killed_at = datetime.now(timezone.utc)
        killed_mono = time.monotonic()
        log(f"SIGKILL gunicorn (master and workers, group {web.pgid}) and the scheduler at "
            f"{killed_at:%H:%M:%S.%f} UTC, {time.monotonic() - load_started:.1f} s into the load, "
            f"{steps_at_kill}/{loops.total_steps} steps done")
        down_until = max(killed_mono + args.down_seconds,
                         killed_mono + (last_short_deadline - killed_at).total_seconds() + 2)
        time.sleep(max(0.0, down_until - time.monotonic()))
        restarted_at = datetime.now(timezone.utc)
        down_s = time.monotonic() - killed_mono
        web.start()
        scheduler.start()
        up_s = wait_http(web, port)
        lock_s = up_s + wait_log(scheduler, "scheduler running")  # both started at once: within this of the restart
        log(f"restarted after {down_s:.1f} s down; gunicorn answering {up_s:.2f} s after the restart, the scheduler "
            f"holding its lock within {lock_s:.2f} s")
        for thread in threads:
            thread.join(timeout=max(1.0, RETRY_FOR_SECONDS * 2 - (time.monotonic() - load_started)))
        if any(t.is_alive() for t in threads):
            raise SystemExit("client threads did not finish")
        load_s = time.monotonic() - load_started
        log(f"loops done in {load_s:.1f} s")
        # The scheduler sweeps at once on start; give its first pass a moment to land.
        swept_s = wait_swept(url, planted, timeout=60)
        replay = replay_probe(port, loops.acks, random.Random(args.seed + 1), args.replays)
        log(f"replayed {replay['probed']} acknowledged writes with their keys: {replay['replayed']} replayed "
            f"identically")
        problems_replay = replay.pop("problems")
        counts, problems = check_database(url, loops, planted, restarted_at)
        problems = problems_replay + problems
        verify = flask_command(env, "points", "verify", check=False)
        if verify.returncode != 0:
            problems.append(f"LEDGER flask points verify exited {verify.returncode}: {verify.stderr.strip()[:2000]}")
    finally:
        web.stop()
        scheduler.stop()
    server_errors = sum(1 for line in (logs / "gunicorn.log").read_text(errors="replace").splitlines()
                        if line.startswith("Traceback"))
    scheduler_errors = sum(1 for line in (logs / "scheduler.log").read_text(errors="replace").splitlines()
                           if " ERROR " in line)
    client = dict(sorted(loops.stats.counts.items()))
    figures = {
        "threads": args.threads, "loops_per_thread": args.loops, "workers": args.workers, "seed": args.seed,
        "steps_total": loops.total_steps, "steps_done_at_kill": steps_at_kill,
        "kill_after_s": round(killed_mono - load_started, 2), "down_s": round(down_s, 1),
        "gunicorn_group_gone_after_kill_s": round(web_kill_s, 3), "restart_to_healthy_s": round(up_s, 2),
        "scheduler_lock_after_restart_s": round(lock_s, 2), "short_offers_swept_s_after_loops": round(swept_s, 1),
        "load_s": round(load_s, 1), "total_s": round(time.monotonic() - started, 1),
        **counts, "replay_probe": replay, "client": client, "server_tracebacks": server_errors,
        "scheduler_errors": scheduler_errors,
        "points_verify": verify.stdout.strip() or verify.stderr.strip()[:200], "problems": len(problems),
    }
    print()
    print("== crash safety ==")
    for name in ("acks", "ack_create", "ack_dispatch", "ack_accept", "ack_claim", "ack_check_in", "ack_check_out",
                 "ack_review",
                 "ack_rate", "loops_finished", "orders", "offers", "events", "ratings", "ledger_entries",
                 "idempotency_records", "short_offers", "short_offers_swept_after_restart", "control_offers"):
        print(f"  {name:36} {counts.get(name, 0)}")
    print(f"  replay probe: {replay}")
    print(f"  client: {client}")
    print(f"  kill at {figures['kill_after_s']} s into the load ({steps_at_kill}/{loops.total_steps} steps), "
          f"down {figures['down_s']} s, healthy again {figures['restart_to_healthy_s']} s after the restart")
    print(f"  server tracebacks {server_errors}, scheduler errors {scheduler_errors}; points verify: "
          f"{figures['points_verify']}")
    for problem in problems[:50]:
        print(f"  PROBLEM {problem}")
    if len(problems) > 50:
        print(f"  ... and {len(problems) - 50} more")
    print("OK: every acknowledged write is there, nothing impossible, ledger clean, overdue offers swept"
          if not problems else f"FAILED: {len(problems)} problem(s)")
    print(json.dumps(figures, ensure_ascii=False, default=str))
    return 1 if problems else 0


def replay_probe(port: int, acks: list[Ack], rng: random.Random, limit: int) -> dict:
    """Send acknowledged writes again, same caller, key and body: each must come back as the stored answer
    (`Idempotent-Replayed: true`, same status and body), and change nothing (the database checks run after)."""
    before = [a for a in acks if a.before_kill]
    after = [a for a in acks if not a.before_kill]
    chosen = before[:limit] + rng.sample(after, max(0, min(len(after), limit - len(before))))
    http, stats = Http(port), Stats()
    problems, replayed = [], 0
    for ack in chosen:
        status, headers, payload = call(http, stats, "POST", ack.path, ack.token, ack.body, ack.key)
        if status != ack.status or headers.get("Idempotent-Replayed") != "true" or payload != ack.response:
            problems.append(f"REPLAY t{ack.thread} l{ack.loop} {ack.step} order {ack.order_id}: {status}, "
                            f"replayed {headers.get('Idempotent-Replayed')}, same body {payload == ack.response}")
        else:
            replayed += 1
    http.close()
    return {"probed": len(chosen), "of_them_before_kill": min(len(before), limit), "replayed": replayed,
            "problems": problems}


def wait_swept(url: str, planted: list[PlantedOffer], timeout: float) -> float:
    import psycopg

    ids = [p.offer_id for p in planted if p.short]
    started = time.monotonic()
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        while time.monotonic() - started < timeout:
            left = conn.execute("SELECT count(*) FROM offers WHERE id = ANY(%s) AND status = 'pending'",
                                (ids,)).fetchone()[0]
            if left == 0:
                break
            time.sleep(0.2)
    return time.monotonic() - started


if __name__ == "__main__":
    sys.exit(main())
