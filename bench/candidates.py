"""Candidate search at city scale (issue 4): the real service on a synthetic megacity, against a naive scan.

Run `python -m bench.candidates --volunteers N --queries Q [--json] [--database-url URL | --db-path FILE]`.
It builds the city in a fresh database with the app's own migrations, times
`search.find_candidates` (skill, 1,500 m, eligibility, ranking, top 20), times a naive scan on a
sample of the same queries, and checks the search's recall against brute force. It prints a summary; with
--json its last line is one JSON object with the figures.

The database: a fresh SQLite file (under a temp dir, or `--db-path`), or with `--database-url` a PostgreSQL
database whose public schema is dropped and recreated (the database is created if it does not exist). The
schema comes from `flask_migrate.upgrade()`, so the benchmark measures the real tables and indexes. Rows are
bulk inserted (SQLAlchemy Core `insert()` with big lists of dicts on SQLite, COPY on PostgreSQL), never through
the service one by one; the `volunteer_cells` rows are the ones `reindex` would have written (checked: 200
sampled volunteers are re-indexed by `reindex` itself and rolled back, `index_rows_as_reindex`). Afterwards the
statistics are refreshed (ANALYZE; VACUUM ANALYZE on PostgreSQL, which also lets it use index-only scans),
as on a maintained database. 1,000,000 volunteers take about two minutes on SQLite and one on PostgreSQL here;
`--db-path` with `--reuse` times an existing build again.

The city (a local plane around Tianfu Square, Chengdu; fixed geography, N sets the density):
- 64 districts. Their centres lie within 35 km of the city centre, denser towards it (radius 35 km x u^0.7).
  Each district's share of the volunteers is log-normal (sigma 0.6), times 1.5 within 10 km of the centre;
  its spread sigma is 2.5 km x sqrt(share / median share) x a log-normal factor (sigma 0.25), clipped to
  1-5 km: a big district is also a wide one. 70% of a district's people live in its core (a 2-D Gaussian of
  that sigma) and 30% in a halo 2.5 times as wide: dense cores, sparse outskirts. 4% of everyone is spread
  uniformly over a 90 x 90 km square (towns and villages). At N = 1,000,000 a 1,500 m disk around an order
  point holds, for the commonest skill, about 1,000 volunteers at the median, 2,400 at p90 and 3,700 at
  most (the densest cores); for an average skill about 650 at the median; about 7% of order points (the
  outskirts) have fewer than 100. The summary prints what was measured at the query points.
- 6 communities per district, their centres drawn from the district core; a volunteer belongs to the nearest
  community, an order to the nearest community too (its ranking weights are the defaults).
- 8 skills with unequal supply (22% ... 6% of skill slots) and a different demand mix for orders; each
  volunteer holds 1-3 of them (40/35/25%).
- Volunteers: 97% approved, 2% pending, 1% suspended (no index rows). Weekly availability in China time from
  six kinds of people: weekday evenings (office workers), weekends, retired mornings and/or afternoons,
  flexible daytime every day, a few random slots, and always (5%). Capacity 1-3 orders; 10% hold 1..capacity
  orders now (some are full). 3% are on duty: three in four with a live location fresh now (written up to
  14.5 minutes ago, 15 minutes fresh), the rest stale (16-120 minutes ago, still in the index as `reindex`
  left it). 5% carry an old live location while off duty (no index row). Ratings, offers and served minutes
  vary per person.
- Users: one per volunteer, and N/10 residents. Orders: N/10 completed orders accepted over the last 60 days
  (what the fairness component counts), each served by a random approved volunteer.

Queries: order points drawn from the same mixture (mostly where people live), the skill from the demand mix,
radius 1,500 m, a resident who asks. Windows that make availability matter: a quarter start within the hour
(so being on duty counts), the rest at 07:00-21:00 China time over the next week; 1-3 hours long; 30-120
expected minutes. The clock is frozen at Monday 2026-03-02 10:00 China time for the build and the queries.
Each timed call starts with an empty identity map (`expunge_all`), as a request's session does; a warm-up of
other queries from the same distribution runs first, and the harness's own objects are frozen out of the garbage
collector (`gc.freeze()`, as a preloading server does), so collections scan what a server would.

Naive: what a service without the index would do: (id, lat, lng) of every approved volunteer with the skill
held in memory (loaded outside the timing), geopy `great_circle` from the order to each, keep those within
1,500 m, sort. No eligibility, no ranking, so it flatters the naive way. On `--naive-queries` of the queries.

Recall: for `--recall-queries` of the queries, brute force over every volunteer with the skill: home, and
the live location when on duty and fresh, by `geo.haversine_m`; within 1,500 m; then the service's own
`is_eligible` on the ORM objects. That set is compared with `_nearest_eligible(req, 1500, want=len(truth)+1)`
(the search before ranking truncation): recall = found and true / true, and every found one must be true, at
the same distance. `pool_exact` checks the ranking pool too: `_nearest_eligible(req, 1500, want=80)` (what
`find_candidates` ranks for a top 20) must be exactly the 80 nearest of the truth by (distance, id).
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import json
import math
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree

DEFAULT_SEED = 20260302
UTC = timezone.utc
NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # Monday 10:00 China time
CITY_CENTRE = (30.6570, 104.0660)  # Tianfu Square, Chengdu
METRES_PER_DEGREE_LAT = 111_195.0
RADIUS_M = 1500
LIMIT = 20

DISTRICTS = 64
COMMUNITIES_PER_DISTRICT = 6
CITY_RADIUS_M = 35_000.0
INNER_RADIUS_M = 10_000.0
SIGMA_MEDIAN_M = 2_500.0
SIGMA_RANGE_M = (1_000.0, 5_000.0)
CORE_SHARE = 0.70
HALO_FACTOR = 2.5
BACKGROUND_SHARE = 0.04
BACKGROUND_HALF_SIDE_M = 45_000.0

SKILLS = ("助餐", "助洁", "助医", "陪伴", "维修", "代购", "助浴", "心理疏导")
SKILL_SUPPLY = (0.22, 0.18, 0.15, 0.12, 0.10, 0.09, 0.08, 0.06)
SKILL_DEMAND = (0.20, 0.10, 0.18, 0.08, 0.14, 0.06, 0.12, 0.12)
SKILLS_PER_VOLUNTEER = (0.40, 0.35, 0.25)  # P(1), P(2), P(3)

CHUNK = 50_000


# The city

@dataclass(frozen=True)
class Layout:
    """Where people live: district centres (metres east/north of the city centre), spreads and shares."""

    centres: np.ndarray  # (districts, 2)
    sigmas: np.ndarray  # (districts,)
    shares: np.ndarray  # (districts,), summing to 1
    communities: np.ndarray  # (communities, 2)
    community_tree: cKDTree


def make_layout(rng: np.random.Generator) -> Layout:
    radius = CITY_RADIUS_M * rng.random(DISTRICTS) ** 0.7
    angle = rng.random(DISTRICTS) * 2 * math.pi
    centres = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    weights = rng.lognormal(0.0, 0.6, DISTRICTS) * np.where(radius < INNER_RADIUS_M, 1.5, 1.0)
    shares = weights / weights.sum()
    # Wider where there are more people, so the densest cores stay in the thousands per skill and disk.
    sigmas = SIGMA_MEDIAN_M * (shares / np.median(shares)) ** 0.5 * rng.lognormal(0.0, 0.25, DISTRICTS)
    sigmas = np.clip(sigmas, *SIGMA_RANGE_M)
    per = COMMUNITIES_PER_DISTRICT
    communities = (np.repeat(centres, per, axis=0)
                   + rng.normal(0.0, 1.0, (DISTRICTS * per, 2)) * np.repeat(sigmas, per)[:, None])
    return Layout(centres, sigmas, shares, communities, cKDTree(communities))


def sample_points(layout: Layout, n: int, rng: np.random.Generator) -> np.ndarray:
    """n points (metres) from the mixture: district cores and halos, and a thin uniform background."""
    points = np.empty((n, 2))
    background = rng.random(n) < BACKGROUND_SHARE
    nb = int(background.sum())
    points[background] = rng.uniform(-BACKGROUND_HALF_SIDE_M, BACKGROUND_HALF_SIDE_M, (nb, 2))
    nd = n - nb
    district = rng.choice(DISTRICTS, size=nd, p=layout.shares)
    spread = layout.sigmas[district] * np.where(rng.random(nd) < CORE_SHARE, 1.0, HALO_FACTOR)
    points[~background] = layout.centres[district] + rng.normal(0.0, 1.0, (nd, 2)) * spread[:, None]
    return points


def to_latlng(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lat = CITY_CENTRE[0] + points[:, 1] / METRES_PER_DEGREE_LAT
    lng = CITY_CENTRE[1] + points[:, 0] / (METRES_PER_DEGREE_LAT * math.cos(math.radians(CITY_CENTRE[0])))
    return lat, lng


def _slot(weekday: int, start_min: int, end_min: int) -> dict:
    def hhmm(m):
        return f"{m // 60:02d}:{m % 60:02d}"
    return {"weekday": weekday, "start": hhmm(start_min), "end": hhmm(end_min)}


def availability_catalogue(rng: np.random.Generator) -> tuple[list[list[dict]], np.ndarray]:
    """Weekly availability patterns (China time) and how common each is."""
    patterns, weights = [], []

    def add(kind_weight, variants):
        for v in variants:
            patterns.append(v)
            weights.append(kind_weight / len(variants))

    # Office workers: weekday evenings, all five days or a few of them.
    evenings = []
    for start in (18 * 60, 18 * 60 + 30, 19 * 60):
        for days in ((0, 1, 2, 3, 4), (0, 2, 4), (1, 3), (0, 1, 2, 3), (2, 3, 4)):
            evenings.append([_slot(d, start, start + 180) for d in days])
    add(0.25, evenings)
    # Weekends, one or both days.
    weekends = []
    for start, end in ((8 * 60, 12 * 60), (9 * 60, 17 * 60), (13 * 60, 18 * 60), (8 * 60, 20 * 60)):
        for days in ((5, 6), (5,), (6,)):
            weekends.append([_slot(d, start, end) for d in days])
    add(0.20, weekends)
    # Retired people: mornings and/or afternoons, Monday to Saturday or weekdays.
    retired = []
    for days in (range(6), range(5), (0, 2, 4)):
        retired.append([_slot(d, 8 * 60, 11 * 60 + 30) for d in days])
        retired.append([_slot(d, 14 * 60, 17 * 60 + 30) for d in days])
        retired.append([_slot(d, s, e) for d in days for s, e in ((8 * 60, 11 * 60 + 30), (14 * 60, 17 * 60 + 30))])
    add(0.25, retired)
    # Flexible daytime, every day.
    add(0.15, [[_slot(d, s, e) for d in range(7)] for s, e in ((8 * 60, 20 * 60), (9 * 60, 18 * 60))])
    # A few random slots each.
    randoms = []
    for _ in range(200):
        slots = []
        for _ in range(int(rng.integers(1, 5))):
            start = int(rng.integers(7, 21)) * 60
            slots.append(_slot(int(rng.integers(0, 7)), start, min(24 * 60, start + 60 * int(rng.integers(2, 5)))))
        randoms.append(slots)
    add(0.10, randoms)
    # Always (community workers, the very keen).
    add(0.05, [[_slot(d, 0, 24 * 60) for d in range(7)]])
    weights = np.array(weights)
    return patterns, weights / weights.sum()


def _choose_skills(n: int, rng: np.random.Generator) -> list[list[int]]:
    """1-3 distinct skills per volunteer, weighted by supply (Gumbel top-k), as category ids 1..8."""
    counts = rng.choice([1, 2, 3], size=n, p=SKILLS_PER_VOLUNTEER)
    keys = np.log(np.array(SKILL_SUPPLY))[None, :] + rng.gumbel(size=(n, len(SKILLS)))
    order = np.argsort(-keys, axis=1) + 1
    return [row[:k] for row, k in zip(order.tolist(), counts.tolist())]


@dataclass
class City:
    """Everything generated, as arrays: enough to rebuild the rows and to ask questions of them."""

    n: int
    residents: int
    lat: np.ndarray
    lng: np.ndarray
    community: np.ndarray  # community id per volunteer
    skills: list[list[int]]
    status: list[str]
    availability: list  # pattern list objects (shared)
    max_active: np.ndarray
    active: np.ndarray
    on_duty: np.ndarray
    live_lat: np.ndarray  # nan when none
    live_lng: np.ndarray
    live_age_s: np.ndarray  # nan when none


def make_city(n: int, layout: Layout, rng: np.random.Generator) -> City:
    points = sample_points(layout, n, rng)
    lat, lng = to_latlng(points)
    community = layout.community_tree.query(points)[1] + 1
    skills = _choose_skills(n, rng)
    status_draw = rng.random(n)
    status = np.where(status_draw < 0.97, "approved", np.where(status_draw < 0.99, "pending", "suspended")).tolist()
    approved = status_draw < 0.97
    patterns, weights = availability_catalogue(rng)
    availability = [patterns[i] for i in rng.choice(len(patterns), size=n, p=weights).tolist()]
    max_active = rng.choice([1, 2, 3], size=n, p=[0.7, 0.2, 0.1])
    busy = rng.random(n) < 0.10
    active = np.where(busy, rng.integers(1, max_active + 1), 0)
    on_duty = approved & (rng.random(n) < 0.03)
    stale_off_duty = ~on_duty & (rng.random(n) < 0.05)
    has_live = on_duty | stale_off_duty
    offset = rng.normal(0.0, 1500.0, (n, 2))
    live_lat, live_lng = to_latlng(points + offset)
    fresh = rng.random(n) < 0.75
    age = np.where(on_duty & fresh, rng.uniform(0, 14.5 * 60, n), rng.uniform(16 * 60, 120 * 60, n))
    age = np.where(stale_off_duty, rng.uniform(2 * 3600, 30 * 86400, n), age)
    nan = np.full(n, np.nan)
    return City(n=n, residents=max(1, n // 10), lat=lat, lng=lng, community=community, skills=skills,
                status=status, availability=availability, max_active=max_active, active=active, on_duty=on_duty,
                live_lat=np.where(has_live, live_lat, nan), live_lng=np.where(has_live, live_lng, nan),
                live_age_s=np.where(has_live, age, nan))


# Building the database

class Loader:
    """Bulk writes: Core insert() with big lists of dicts on SQLite, COPY on PostgreSQL."""

    def __init__(self, conn):
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"
        self._json_text: dict[int, str] = {}

    def _pg(self, value):
        if isinstance(value, (list, dict)):
            key = id(value)
            text = self._json_text.get(key)
            if text is None:
                text = self._json_text[key] = json.dumps(value, ensure_ascii=False)
            return text
        return value

    def write(self, table, columns: tuple[str, ...], rows) -> int:
        count = 0
        if self.postgres:
            cursor = self.conn.connection.driver_connection.cursor()
            with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([self._pg(v) for v in row])
                    count += 1
            cursor.close()
            return count
        chunk = []
        for row in rows:
            chunk.append(dict(zip(columns, row)))
            if len(chunk) >= CHUNK:
                self.conn.execute(table.insert(), chunk)
                count += len(chunk)
                chunk = []
        if chunk:
            self.conn.execute(table.insert(), chunk)
            count += len(chunk)
        return count


def build(city: City, layout: Layout, rng: np.random.Generator, log) -> dict:
    """Insert the city. Returns row counts per table."""
    from app.accounts.models import User
    from app.extensions import db
    from app import geo
    from app.matching import availability, index
    from app.matching.models import Volunteer, VolunteerCell, volunteer_skills
    from app.menu.models import Category, Community, MenuItem
    from app.orders.models import Order

    n = city.n
    counts = {}
    live_fresh_for = index.LIVE_FRESH_FOR
    with db.engine.connect() as conn:
        postgres = conn.dialect.name == "postgresql"
        raw = conn.connection.driver_connection
        if postgres:
            # Rows are consistent by construction; skip the per-row foreign-key triggers while loading.
            conn.exec_driver_sql("SET session_replication_role = replica")
            conn.commit()
        else:
            raw.execute("PRAGMA foreign_keys=OFF")
            raw.execute("PRAGMA cache_size=-1000000")
        loader = Loader(conn)
        with conn.begin():
            counts["categories"] = loader.write(Category.__table__, ("id", "name", "description", "created_at"), (
                (i + 1, name, "", NOW) for i, name in enumerate(SKILLS)))
            ncomm = len(layout.communities)
            c_lat, c_lng = to_latlng(layout.communities)
            counts["communities"] = loader.write(Community.__table__, (
                "id", "name", "street", "district", "city", "lat", "lng", "radius_m", "cell", "dispatch_policy",
                "settings", "created_at"), (
                (i + 1, f"社区{i + 1}", f"街道{i // COMMUNITIES_PER_DISTRICT + 1}",
                 f"区{i // COMMUNITIES_PER_DISTRICT + 1}", "成都市", float(c_lat[i]), float(c_lng[i]), RADIUS_M,
                 geo.cell_of(float(c_lat[i]), float(c_lng[i])), "auto", {}, NOW) for i in range(ncomm)))
            counts["menu_items"] = loader.write(MenuItem.__table__, (
                "id", "community_id", "category_id", "name", "description", "points", "expected_minutes",
                "created_at"), (
                (c * len(SKILLS) + s + 1, c + 1, s + 1, SKILLS[s], "", 10, 60, NOW)
                for c in range(ncomm) for s in range(len(SKILLS))))
        log(f"  reference rows: {counts}")

        started = time.perf_counter()
        with conn.begin():
            counts["users"] = loader.write(User.__table__, (
                "id", "phone", "name", "roles", "elderly_living_alone", "created_at"), (
                (i, f"1{i:010d}", f"用户{i}", "resident volunteer" if i <= n and city.status[i - 1] == "approved"
                 else "resident", False, NOW - timedelta(days=400)) for i in range(1, n + city.residents + 1)))
        log(f"  users: {counts['users']:,} in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        cells = [geo.cell_of(a, b) for a, b in zip(city.lat.tolist(), city.lng.tolist())]
        has_live = ~np.isnan(city.live_lat)
        live_cells = {i: geo.cell_of(float(city.live_lat[i]), float(city.live_lng[i]))
                      for i in np.flatnonzero(has_live & city.on_duty).tolist()}
        log(f"  H3 cells in {time.perf_counter() - started:.1f} s")

        rating_count = rng.poisson(rng.lognormal(0.5, 1.0, n)).astype(int)
        rating_mean = rng.uniform(3.6, 5.0, n)
        rating_sum = np.clip(np.rint(rating_count * rating_mean), rating_count, 5 * rating_count).astype(int)
        offers_received = rating_count + rng.poisson(2.0, n)
        offers_accepted = rng.binomial(offers_received, 0.8)
        applied_days = rng.uniform(30, 900, n)
        live_at = [NOW - timedelta(seconds=float(a)) if a == a else None for a in city.live_age_s.tolist()]

        def volunteer_rows():
            lat, lng = city.lat.tolist(), city.lng.tolist()
            llat, llng = city.live_lat.tolist(), city.live_lng.tolist()
            for i in range(n):
                status = city.status[i]
                applied = NOW - timedelta(days=applied_days[i])
                yield (
                    i + 1, i + 1, int(city.community[i]), status, lat[i], lng[i], cells[i], city.availability[i],
                    int(city.max_active[i]), int(city.active[i]) if status == "approved" else 0,
                    bool(city.on_duty[i]), None if llat[i] != llat[i] else llat[i],
                    None if llng[i] != llng[i] else llng[i], live_at[i],
                    int(rating_count[i]), int(rating_sum[i]), int(offers_received[i]), int(offers_accepted[i]),
                    int(rating_count[i]) * 55, 0, applied,
                    applied + timedelta(days=1) if status != "pending" else None,
                    applied + timedelta(days=20) if status == "suspended" else None,
                    "多次爽约" if status == "suspended" else None,
                )

        started = time.perf_counter()
        with conn.begin():
            counts["volunteers"] = loader.write(Volunteer.__table__, (
                "id", "user_id", "community_id", "status", "home_lat", "home_lng", "home_cell", "availability",
                "max_active_orders", "active_orders", "on_duty", "live_lat", "live_lng", "live_at", "rating_count",
                "rating_sum", "offers_received", "offers_accepted", "verified_minutes", "approved_minutes",
                "applied_at", "approved_at", "suspended_at", "suspended_reason"), volunteer_rows())
        log(f"  volunteers: {counts['volunteers']:,} in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        with conn.begin():
            counts["volunteer_skills"] = loader.write(volunteer_skills, ("volunteer_id", "category_id"), (
                (i + 1, s) for i in range(n) for s in city.skills[i]))
        log(f"  volunteer_skills: {counts['volunteer_skills']:,} in {time.perf_counter() - started:.1f} s")

        week_hours: dict[int, tuple[int, int, int]] = {}  # per availability pattern (shared list objects)

        def index_rows():
            # What reindex writes for an approved volunteer: a home row per skill, and a live row per skill when
            # on duty with a location that was fresh when it was written (it may have gone stale since); each with
            # the hours of the week their availability touches and whether they are on duty.
            lat, lng = city.lat.tolist(), city.lng.tolist()
            for i in range(n):
                if city.status[i] != "approved":
                    continue
                pattern = city.availability[i]
                hours = week_hours.get(id(pattern))
                if hours is None:
                    hours = week_hours[id(pattern)] = availability.week_hours(pattern)
                on_duty = bool(city.on_duty[i])
                community = int(city.community[i])
                for s in city.skills[i]:
                    yield (s, community, cells[i], i + 1, "home", lat[i], lng[i], None, *hours, on_duty)
                live_cell = live_cells.get(i)
                if live_cell is not None:
                    fresh_until = live_at[i] + live_fresh_for
                    for s in city.skills[i]:
                        yield (s, community, live_cell, i + 1, "live", float(city.live_lat[i]),
                               float(city.live_lng[i]),
                               fresh_until, *hours, on_duty)

        started = time.perf_counter()
        with conn.begin():
            counts["volunteer_cells"] = loader.write(VolunteerCell.__table__, (
                "category_id", "community_id", "cell", "volunteer_id", "source", "lat", "lng", "fresh_until", "available_hours_0",
                "available_hours_1", "available_hours_2", "on_duty"), index_rows())
        log(f"  volunteer_cells: {counts['volunteer_cells']:,} in {time.perf_counter() - started:.1f} s")

        approved_ids = np.flatnonzero(np.array(city.status) == "approved") + 1
        n_orders = max(1, n // 10)
        served_by = rng.choice(approved_ids, size=n_orders).tolist()
        accepted_age = rng.uniform(0, 60 * 86400, n_orders).tolist()
        resident = rng.integers(n + 1, n + city.residents + 1, n_orders).tolist()

        def order_rows():
            for k in range(n_orders):
                v = served_by[k] - 1
                accepted = NOW - timedelta(seconds=accepted_age[k])
                start = accepted + timedelta(hours=1)
                category = city.skills[v][0]
                community_id = int(city.community[v])
                yield (
                    k + 1, community_id, (community_id - 1) * len(SKILLS) + category, category, resident[k],
                    resident[k], SKILLS[category - 1], 10, 60, RADIUS_M, 10, "", float(city.lat[v]),
                    float(city.lng[v]), cells[v], start, start + timedelta(hours=2), "", "completed", v + 1, 1,
                    False, accepted - timedelta(minutes=10), accepted, 60, "verified",
                    start + timedelta(hours=1))

        started = time.perf_counter()
        with conn.begin():
            counts["orders"] = loader.write(Order.__table__, (
                "id", "community_id", "menu_item_id", "category_id", "resident_id", "created_by_id", "item_name",
                "points", "expected_minutes", "radius_m", "offer_minutes", "address", "lat", "lng", "cell",
                "window_start", "window_end", "note", "status", "volunteer_id", "offers_made", "needs_attention",
                "created_at", "accepted_at", "service_minutes", "minutes_status", "completed_at"), order_rows())
        log(f"  orders: {counts['orders']:,} in {time.perf_counter() - started:.1f} s")

        if postgres:
            conn.exec_driver_sql("SET session_replication_role = DEFAULT")
            conn.commit()
            with conn.begin():
                for table in ("users", "communities", "categories", "menu_items", "volunteers", "orders"):
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        else:
            raw.execute("PRAGMA foreign_keys=ON")

    started = time.perf_counter()
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with db.engine.connect() as conn:
            conn.connection.driver_connection.execute("ANALYZE")
            conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log(f"  statistics in {time.perf_counter() - started:.1f} s")
    db.engine.dispose()  # query connections start with the app's own settings
    return counts


def check_index_rows(n: int, sample: int, rng: np.random.Generator) -> bool:
    """Whether `reindex` writes exactly the rows the build wrote, for a sample of approved volunteers that are off
    duty or fresh on duty (a stale live row is one reindex wrote earlier and would not write now). Rolled back."""
    from sqlalchemy import select

    from app.extensions import db
    from app.matching import index
    from app import clock
    from app.matching.models import Volunteer, VolunteerCell

    columns = [c for c in VolunteerCell.__table__.c]

    def rows_of(volunteer_id):
        return sorted(tuple(r) for r in db.session.execute(
            select(*columns).where(VolunteerCell.volunteer_id == volunteer_id)).all())

    same = True
    now = clock.now()
    for volunteer_id in rng.choice(np.arange(1, n + 1), size=min(sample, n), replace=False).tolist():
        volunteer = db.session.get(Volunteer, volunteer_id)
        stale = volunteer.on_duty and volunteer.live_at and volunteer.live_at + index.LIVE_FRESH_FOR <= now
        if volunteer.status != "approved" or stale:
            continue
        built = rows_of(volunteer_id)
        index.reindex(volunteer)
        same = same and built == rows_of(volunteer_id)
    db.session.rollback()
    return same


# Queries

@dataclass
class Query:
    req: object  # SearchRequest
    community_id: int


def make_queries(layout: Layout, city_n: int, residents: int, count: int, rng: np.random.Generator) -> list[Query]:
    from app import clock
    from app.matching.search import SearchRequest

    points = sample_points(layout, count, rng)
    lat, lng = to_latlng(points)
    community = layout.community_tree.query(points)[1] + 1
    skills = rng.choice(len(SKILLS), size=count, p=SKILL_DEMAND) + 1
    local_now = NOW.astimezone(clock.CHINA_TZ)
    local_midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    queries = []
    for k in range(count):
        if rng.random() < 0.25:
            start = NOW + timedelta(minutes=int(rng.integers(10, 51)))
        else:
            start = local_midnight + timedelta(days=int(rng.integers(0, 7)), hours=int(rng.integers(7, 21)),
                                               minutes=30 * int(rng.integers(0, 2)))
            if start < local_now + timedelta(minutes=30):
                start += timedelta(days=1)
            start = start.astimezone(UTC)
        hours = float(rng.choice([1.0, 1.5, 2.0, 3.0]))
        expected = min(int(rng.choice([30, 45, 60, 90, 120])), int(hours * 60))
        req = SearchRequest(category_id=int(skills[k]), lat=float(lat[k]), lng=float(lng[k]), radius_m=RADIUS_M,
                            community_id=int(community[k]),
                            window_start=start, window_end=start + timedelta(hours=hours), expected_minutes=expected,
                            resident_id=int(rng.integers(city_n + 1, city_n + residents + 1)))
        queries.append(Query(req, int(community[k])))
    return queries


# Measurements

def percentile(values, q):
    return float(np.percentile(np.array(values), q)) if values else None


def time_service(queries: list[Query], communities: dict, profile: bool = False):
    from app.extensions import db
    from app.matching import search

    times, found, widened = [], [], 0
    cpu = []  # this thread's CPU time per call: on a busy machine, less at the mercy of the other processes than wall
    profiler = cProfile.Profile() if profile else None
    for q in queries:
        db.session.expunge_all()
        community = communities[q.community_id]
        if profiler:
            profiler.enable()
        started, cpu_started = time.perf_counter(), time.thread_time()
        candidates = search.find_candidates(q.req, community=community, limit=LIMIT)
        elapsed = time.perf_counter() - started
        cpu.append((time.thread_time() - cpu_started) * 1000)
        if profiler:
            profiler.disable()
        times.append(elapsed * 1000)
        found.append(len(candidates))
        widened += bool(candidates) and candidates[0].reasons["radius"]["widened"]
    time_service.cpu_ms = cpu
    return times, found, widened, profiler


def statement_floor(count: int) -> dict:
    """What one statement costs at the least, in the same run: `SELECT 1` through the session's connection, timed
    as a search is. A search runs four or five statements (two or three rings, the fairness count, the details)."""
    from sqlalchemy import literal, select

    from app.extensions import db

    statement = select(literal(1))
    connection = db.session.connection()
    times = []
    for _ in range(count):
        started = time.perf_counter()
        connection.execute(statement).scalar()
        times.append((time.perf_counter() - started) * 1000)
    return {"statement_floor_p50_ms": round(percentile(times, 50), 3),
            "statement_floor_p99_ms": round(percentile(times, 99), 3)}


def load_skill_members(skill: int):
    """(id, lat, lng) of every approved volunteer with the skill: what a naive service holds in memory."""
    from sqlalchemy import select

    from app.extensions import db
    from app.matching.models import Volunteer, volunteer_skills

    return [tuple(r) for r in db.session.execute(
        select(Volunteer.id, Volunteer.home_lat, Volunteer.home_lng)
        .join(volunteer_skills, volunteer_skills.c.volunteer_id == Volunteer.id)
        .where(volunteer_skills.c.category_id == skill, Volunteer.status == "approved")).all()]


def time_naive(queries: list[Query]) -> tuple[list[float], list[int]]:
    from geopy.distance import great_circle

    members: dict[int, list] = {}
    times, within = [], []
    for q in queries:
        everyone = members.get(q.req.category_id)
        if everyone is None:
            everyone = members[q.req.category_id] = load_skill_members(q.req.category_id)
        started = time.perf_counter()
        origin = (q.req.lat, q.req.lng)
        near = []
        for volunteer_id, lat, lng in everyone:
            metres = great_circle(origin, (lat, lng)).meters
            if metres <= RADIUS_M:
                near.append((metres, volunteer_id))
        near.sort()
        times.append((time.perf_counter() - started) * 1000)
        within.append(len(near))
    return times, within


@dataclass
class SkillArrays:
    ids: np.ndarray
    home_lat: np.ndarray
    home_lng: np.ndarray
    live_lat: np.ndarray  # nan unless on duty with a fresh live location
    live_lng: np.ndarray


def load_skill_arrays(skill: int, now: datetime) -> SkillArrays:
    """Every volunteer with the skill (any status), from the volunteers table itself, not the index."""
    from sqlalchemy import select

    from app.extensions import db
    from app.matching import index
    from app.matching.models import Volunteer, volunteer_skills

    rows = db.session.execute(
        select(Volunteer.id, Volunteer.home_lat, Volunteer.home_lng, Volunteer.on_duty, Volunteer.live_lat,
               Volunteer.live_lng, Volunteer.live_at)
        .join(volunteer_skills, volunteer_skills.c.volunteer_id == Volunteer.id)
        .where(volunteer_skills.c.category_id == skill)).all()
    fresh = [r.on_duty and r.live_lat is not None and r.live_at is not None
             and r.live_at + index.LIVE_FRESH_FOR > now for r in rows]
    return SkillArrays(
        ids=np.array([r.id for r in rows], dtype=np.int64),
        home_lat=np.array([r.home_lat for r in rows]), home_lng=np.array([r.home_lng for r in rows]),
        live_lat=np.array([r.live_lat if f else np.nan for r, f in zip(rows, fresh)], dtype=float),
        live_lng=np.array([r.live_lng if f else np.nan for r, f in zip(rows, fresh)], dtype=float))


def _haversine_np(lat, lng, lats, lngs):
    from app.geo import EARTH_RADIUS_M

    p1, p2 = math.radians(lat), np.radians(lats)
    a = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(np.radians(lngs - lng) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def brute_force(q: Query, arrays: SkillArrays, now: datetime) -> tuple[dict[int, float], int]:
    """Eligible volunteers within the radius by brute force: {id: metres}, and how many have the skill there."""
    from sqlalchemy import select

    from app.extensions import db
    from app import geo
    from app.matching.models import Volunteer
    from app.matching.search import is_eligible

    req = q.req
    with np.errstate(invalid="ignore"):
        near = (_haversine_np(req.lat, req.lng, arrays.home_lat, arrays.home_lng) <= req.radius_m + 10) | (
            _haversine_np(req.lat, req.lng, arrays.live_lat, arrays.live_lng) <= req.radius_m + 10)
    within = {}
    for k in np.flatnonzero(near).tolist():
        metres = geo.haversine_m(req.lat, req.lng, float(arrays.home_lat[k]), float(arrays.home_lng[k]))
        if arrays.live_lat[k] == arrays.live_lat[k]:
            metres = min(metres, geo.haversine_m(req.lat, req.lng, float(arrays.live_lat[k]),
                                                 float(arrays.live_lng[k])))
        if metres <= req.radius_m:
            within[int(arrays.ids[k])] = metres
    truth = {}
    ids = list(within)
    for start in range(0, len(ids), 500):
        for volunteer in db.session.scalars(select(Volunteer).where(Volunteer.id.in_(ids[start:start + 500]))):
            if is_eligible(volunteer, req, now):
                truth[volunteer.id] = within[volunteer.id]
    db.session.expunge_all()
    return truth, len(within)


def check_recall(queries: list[Query], now: datetime) -> dict:
    from app.extensions import db
    from app.matching import search

    arrays: dict[int, SkillArrays] = {}
    true_total = hit_total = extra_total = distance_mismatches = pool_exact = 0
    with_skill, eligible = [], []
    pool_size = max(40, 4 * LIMIT)  # what find_candidates ranks for a top LIMIT
    for q in queries:
        skill = q.req.category_id
        if skill not in arrays:
            arrays[skill] = load_skill_arrays(skill, now)
        truth, n_within = brute_force(q, arrays[skill], now)
        with_skill.append(n_within)
        eligible.append(len(truth))
        found = search.nearest_eligible(q.req, q.req.radius_m, len(truth) + 1, now)
        found_ids = {c.volunteer.id: c.distance_m for c in found}
        hits = set(found_ids) & set(truth)
        true_total += len(truth)
        hit_total += len(hits)
        extra_total += len(set(found_ids) - set(truth))
        distance_mismatches += sum(1 for v in hits if abs(found_ids[v] - truth[v]) > 1e-6)
        pool = [c.volunteer.id for c in search.nearest_eligible(q.req, q.req.radius_m, pool_size, now)]
        expected = [v for v, _ in sorted(truth.items(), key=lambda item: (item[1], item[0]))[:pool_size]]
        pool_exact += pool == expected
        db.session.expunge_all()
    return {
        "recall": hit_total / true_total if true_total else 1.0,
        "recall_queries": len(queries),
        "eligible_within_radius": true_total,
        "found_not_eligible": extra_total,
        "distance_mismatches": distance_mismatches,
        "pool_exact": pool_exact / len(queries) if queries else 1.0,
        "with_skill_within_radius_p50": percentile(with_skill, 50),
        "with_skill_within_radius_p90": percentile(with_skill, 90),
        "with_skill_within_radius_max": max(with_skill) if with_skill else None,
        "eligible_within_radius_p50": percentile(eligible, 50),
        "eligible_share": (sum(eligible) / sum(with_skill)) if sum(with_skill) else None,
    }


# Running it

def prepare_database(args, log) -> tuple[str, str | None]:
    """The SQLAlchemy URL to use, and a temp dir to remove afterwards (or None)."""
    from app.config import database_url

    if args.database_url:
        url = database_url(args.database_url)
        _create_postgres_database(url, log)
        return url, None
    temp_dir = None
    if args.db_path:
        path = Path(args.db_path).resolve()
    else:
        temp_dir = tempfile.mkdtemp(prefix="bench_candidates_")
        path = Path(temp_dir) / "bench.db"
    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    return f"sqlite:///{path}", temp_dir


def _create_postgres_database(url: str, log) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (parsed.database,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{parsed.database}"')
            log(f"created database {parsed.database}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--warmup", type=int, default=1000, help="untimed queries first (other points)")
    parser.add_argument("--naive-queries", type=int, default=20, help="queries timed the naive way")
    parser.add_argument("--recall-queries", type=int, default=100, help="queries checked against brute force")
    parser.add_argument("--database-url", help="PostgreSQL URL; its public schema is dropped and rebuilt")
    parser.add_argument("--db-path", help="SQLite file (default: a temp dir, removed afterwards)")
    parser.add_argument("--reuse", action="store_true",
                        help="use the database as built by an earlier run with the same --volunteers and --seed")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--profile", action="store_true", help="cProfile the timed calls, print the top functions")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    args = parser.parse_args(argv)

    def log(message):
        print(message, flush=True)

    import logging

    import flask_migrate
    from sqlalchemy import func, select, text

    from app import clock, create_app
    from app.config import BASE_DIR
    from app.extensions import db
    from app.matching.models import Volunteer
    from app.menu.models import Community

    url, temp_dir = prepare_database(args, log)
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": url})
    logging.getLogger("alembic").setLevel(logging.WARNING)
    rng = np.random.default_rng(args.seed)
    layout = make_layout(rng)
    clock.set_time(NOW)
    summary: dict = {"volunteers": args.volunteers, "seed": args.seed}
    try:
        with app.app_context():
            dialect = db.engine.dialect.name
            summary["database"] = dialect
            if dialect == "sqlite":
                import sqlite3
                summary["database_version"] = sqlite3.sqlite_version
            reused = False
            if args.reuse:
                try:
                    reused = db.session.scalar(select(func.count()).select_from(Volunteer)) == args.volunteers
                except Exception:  # no schema yet
                    db.session.rollback()
                db.session.remove()
            city_rng = np.random.default_rng([args.seed, 1])
            if reused:
                log(f"reusing the {args.volunteers:,}-volunteer {dialect} database at {url}")
                summary["build_s"] = None
            else:
                started = time.perf_counter()
                if dialect == "postgresql":
                    with db.engine.begin() as conn:
                        conn.execute(text("DROP SCHEMA public CASCADE"))
                        conn.execute(text("CREATE SCHEMA public"))
                flask_migrate.upgrade(directory=str(BASE_DIR / "migrations"))
                db.session.remove()
                log(f"building {args.volunteers:,} volunteers in {dialect} ({url})")
                city = make_city(args.volunteers, layout, city_rng)
                log(f"  generated in {time.perf_counter() - started:.1f} s")
                summary["rows"] = build(city, layout, city_rng, log)
                summary["build_s"] = round(time.perf_counter() - started, 1)
                log(f"built in {summary['build_s']} s")
                del city

            summary["index_rows_as_reindex"] = check_index_rows(args.volunteers, 200, np.random.default_rng(3))
            if dialect == "postgresql":
                summary["database_version"] = db.session.execute(text("SHOW server_version")).scalar()
                db.session.rollback()
            residents = max(1, args.volunteers // 10)
            query_rng = np.random.default_rng([args.seed, 2])
            warmup = make_queries(layout, args.volunteers, residents, args.warmup, query_rng)
            queries = make_queries(layout, args.volunteers, residents, args.queries, query_rng)
            communities = {c.id: c for c in db.session.scalars(select(Community))}
            gc.collect()
            gc.freeze()  # the harness's own objects (queries, layout) stay out of the collector's way
            time_service(warmup, communities)
            load_before = os.getloadavg()[0]
            times, found, widened, profiler = time_service(queries, communities, profile=args.profile)
            summary["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
            summary.update({
                "queries": len(queries),
                "p50_ms": round(percentile(times, 50), 3),
                "p90_ms": round(percentile(times, 90), 3),
                "p99_ms": round(percentile(times, 99), 3),
                "mean_ms": round(statistics.fmean(times), 3),
                "max_ms": round(max(times), 3),
                "mean_candidates": round(statistics.fmean(found), 2),
                "no_candidates": sum(1 for f in found if f == 0),
                "widened": int(widened),
                "cpu_p50_ms": round(percentile(time_service.cpu_ms, 50), 3),
                "cpu_p99_ms": round(percentile(time_service.cpu_ms, 99), 3),
            })
            log(f"service CPU (this thread): p50 {summary['cpu_p50_ms']} ms, p99 {summary['cpu_p99_ms']} ms")
            summary.update(statement_floor(len(queries)))
            log(f"floor (one SELECT 1 through the session's connection, as many times as queries): p50 "
                f"{summary['statement_floor_p50_ms']} ms, p99 {summary['statement_floor_p99_ms']} ms")
            log(f"service: p50 {summary['p50_ms']} ms, p90 {summary['p90_ms']} ms, p99 {summary['p99_ms']} ms, "
                f"mean {summary['mean_ms']} ms, max {summary['max_ms']} ms over {len(queries)} queries; "
                f"{summary['mean_candidates']} candidates on average, {summary['widened']} widened to 3,000 m, "
                f"{summary['no_candidates']} with none")
            if profiler:
                stats = pstats.Stats(profiler, stream=sys.stdout)
                stats.sort_stats("cumulative").print_stats(35)
                stats.sort_stats("tottime").print_stats(25)

            naive_sample = queries[:min(args.naive_queries, len(queries))]
            if naive_sample:
                naive_times, naive_within = time_naive(naive_sample)
                summary["naive_queries"] = len(naive_sample)
                summary["naive_p50_ms"] = round(percentile(naive_times, 50), 1)
                summary["naive_mean_within_radius"] = round(statistics.fmean(naive_within), 1)
                summary["speedup"] = round(summary["naive_p50_ms"] / summary["p50_ms"], 1)
                summary["speedup_same_queries"] = round(
                    summary["naive_p50_ms"] / percentile(times[:len(naive_sample)], 50), 1)
                log(f"naive (great_circle to each of the skill's volunteers, {len(naive_sample)} queries): "
                    f"p50 {summary['naive_p50_ms']} ms; speedup {summary['speedup']}x")
            db.session.rollback()

            recall_sample = queries[:min(args.recall_queries, len(queries))]
            started = time.perf_counter()
            summary.update(check_recall(recall_sample, clock.now()))
            log(f"recall {summary['recall']:.4f} over {summary['recall_queries']} queries "
                f"({summary['eligible_within_radius']:,} eligible volunteers within 1,500 m in all; "
                f"{summary['found_not_eligible']} found that are not; {summary['distance_mismatches']} distance "
                f"mismatches; ranking pool exact in {summary['pool_exact']:.0%}) "
                f"in {time.perf_counter() - started:.1f} s")
            if recall_sample:
                log(f"density at the query points: with the skill within 1,500 m "
                    f"p50 {summary['with_skill_within_radius_p50']:.0f}, "
                    f"p90 {summary['with_skill_within_radius_p90']:.0f}, "
                    f"max {summary['with_skill_within_radius_max']}; eligible share {summary['eligible_share']:.2f}")
            db.session.rollback()
            db.session.remove()
            db.engine.dispose()
    finally:
        clock.set_time(None)
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)
    if args.json:
        print(json.dumps(summary, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
