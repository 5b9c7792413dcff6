"""Candidate search: the eligible volunteers nearest an order, ranked, from the skill-by-cell index.

The search index (`volunteer_cells`) holds one row per skill and H3 cell where an approved volunteer can be found:
at home always, and at their live location while on duty and fresh (15 minutes), with the hours of the week they are
available and whether they are on duty. The search reads it by (skill, cells) for a small disk around the order
first, skipping in SQL whoever may not take the order (app.orders.eligibility) or cannot be available then, and
widens the disk only while too few eligible volunteers have turned up, checking weekly availability on the nearest
volunteers only, so its cost depends on the neighbourhood, not the city. It hands back each candidate's volunteer as
a read-only CandidateVolunteer built from plain rows, not a Volunteer (building ORM objects for them was a large
share of a search at city scale: bench/RESULTS.md).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import NamedTuple

from sqlalchemy import Select, Text, bindparam, cast, or_, select

from app import clock, geo
from app.accounts.models import User
from app.db import one_of
from app.extensions import db
from app.matching import ranking
from app.matching.availability import WeeklyWindow
from app.matching.models import Volunteer, VolunteerCell, volunteer_skills
from app.menu.models import Category
from app.orders import eligibility

WIDENED_RADIUS_M = 3000
# Candidate search reads the index for a disk this wide first, then for wider disks while too few eligible volunteers
# have turned up; in a dense core the first disk is usually enough for the ranking pool. The next disk is sized from
# the eligible volunteers found so far, with REACH_MARGIN to spare, in whole steps of REACH_STEP_M (few distinct
# radii, for the geometry app.geo caches per origin cell and radius). Tuned with bench/candidates.py.
FIRST_REACH_M = 500
REACH_STEP_M = 50
REACH_MARGIN = 1.2
# The search bounds its disks in SQL by a flat distance (degrees of latitude, longitude scaled by the cosine of the
# order's latitude), within 0.05% of the haversine up to 5 km and 70 degrees north: FLAT_SLACK covers it ten times.
FLAT_SLACK = 0.005
_METRES_PER_DEGREE = geo.EARTH_RADIUS_M * math.pi / 180


# The volunteer find_candidates hands back, and their skills: values for reading (ranking, the candidates API, choosing
# whom to offer an order), not Volunteer and Category objects. NamedTuples, so they are read-only yet cheap to build
# (much cheaper than frozen dataclasses: bench/RESULTS.md). Whoever changes a volunteer (an offer counts in
# offers_received) loads the Volunteer by id.

class CandidateSkill(NamedTuple):
    """A skill of a candidate: the fields CategorySchema dumps."""

    id: int
    name: str
    description: str


class CandidateVolunteer(NamedTuple):
    """A candidate volunteer as the search saw them. `name` is the user's name, which a Volunteer keeps on its user;
    `skills` are ordered by id, as Volunteer.skills are."""

    id: int
    user_id: int
    name: str
    community_id: int
    status: str
    active_orders: int
    max_active_orders: int
    on_duty: bool
    rating_count: int
    rating_sum: int
    offers_received: int
    offers_accepted: int
    verified_minutes: int
    approved_minutes: int
    skills: tuple[CandidateSkill, ...]
    no_shows: int = 0
    releases: int = 0


@dataclass
class Candidate:
    volunteer: CandidateVolunteer
    distance_m: float
    source: str
    score: float = 0.0
    reasons: dict = field(default_factory=dict)


@dataclass
class SearchRequest:
    """What to search for: an order, or the same fields from a benchmark or a batch plan."""

    category_id: int
    lat: float
    lng: float
    radius_m: int
    window_start: datetime
    window_end: datetime
    expected_minutes: int
    community_id: int  # only its own community's volunteers may take an order
    resident_id: int | None = None
    exclude_volunteer_ids: frozenset = frozenset()


def search_request_for(order, exclude_volunteer_ids=()) -> SearchRequest:
    return SearchRequest(category_id=order.category_id, lat=order.lat, lng=order.lng, radius_m=order.radius_m,
                         community_id=order.community_id,
                         window_start=order.window_start, window_end=order.window_end,
                         expected_minutes=order.expected_minutes, resident_id=order.resident_id,
                         exclude_volunteer_ids=frozenset(exclude_volunteer_ids))


class Availability:
    """Whether a volunteer can be there for one request, worked out once per request: on duty counts for a window
    starting within the hour; otherwise their weekly slots must cover it. The search hands over availability as its
    JSON text rather than the decoded list: many volunteers share a weekly pattern, so each distinct text is decoded
    and tested once per search."""

    def __init__(self, req: SearchRequest, now: datetime):
        self.on_duty_counts = req.window_start <= now + timedelta(hours=1)
        self.window = WeeklyWindow(req.window_start, req.window_end, req.expected_minutes)
        self.by_pattern: dict[str, bool] = {}

    def allows(self, on_duty: bool, availability) -> bool:
        return bool(on_duty and self.on_duty_counts) or self.available(availability)

    def available(self, availability) -> bool:
        if not isinstance(availability, str):
            return self.window.fits(availability or [])
        answer = self.by_pattern.get(availability)
        if answer is None:
            answer = self.by_pattern[availability] = self.window.fits(json.loads(availability) or [])
        return answer


def is_eligible(volunteer: Volunteer, req: SearchRequest, now: datetime) -> bool:
    """Everything the search checks but distance and skill (the index answers those): the order's rule, then
    availability. For one volunteer at a time (the benchmark's naive scan)."""
    if eligibility.refusals(req, volunteer, skill_ids=(req.category_id,), tried_ids=req.exclude_volunteer_ids):
        return False
    return Availability(req, now).allows(volunteer.on_duty, volunteer.availability)


@dataclass(frozen=True)
class _Statements:
    """The search's statements, built once per dialect (and their cache keys with them). The search runs them as Core
    statements on the session's connection: they read plain rows, without the ORM's work per statement and row."""

    ring: Select
    ring_on_duty_counts: Select
    candidate_details: Select


_LAT, _LNG, _ID, _ON_DUTY, _AVAILABILITY = 0, 1, 3, 8, 9  # in the ring statement's rows


@cache
def _statements(dialect: str) -> _Statements:
    cells, volunteers = VolunteerCell.__table__, Volunteer.__table__
    users, categories = User.__table__, Category.__table__
    flat_degrees2 = ((cells.c.lat - bindparam("lat")) * (cells.c.lat - bindparam("lat"))
                     + (cells.c.lng - bindparam("lng")) * (cells.c.lng - bindparam("lng")) * bindparam("lng_scale2"))
    # A ring of the index: in the given cells, fresh, with a flat distance in (beyond, within] (degrees squared),
    # of a volunteer who may take the order, and available in one of its hours of the week or, when that counts,
    # on duty.
    ring = (cells.c.category_id == bindparam("category_id"), cells.c.community_id == bindparam("community_id"),
            one_of(cells.c.cell, "cells", dialect),
            or_(cells.c.fresh_until.is_(None), cells.c.fresh_until > bindparam("now")),
            flat_degrees2 > bindparam("beyond"), flat_degrees2 <= bindparam("within"),
            *eligibility.volunteer_conditions(dialect, volunteers))
    in_hours = or_(cells.c.available_hours_0.bitwise_and(bindparam("hours_0")) != 0,
                   cells.c.available_hours_1.bitwise_and(bindparam("hours_1")) != 0,
                   cells.c.available_hours_2.bitwise_and(bindparam("hours_2")) != 0)
    # Each index row with what availability and ranking read from the volunteer; availability as its JSON text.
    ring_rows = select(
        cells.c.lat, cells.c.lng, cells.c.source, volunteers.c.id, volunteers.c.user_id, volunteers.c.status,
        volunteers.c.active_orders, volunteers.c.max_active_orders, volunteers.c.on_duty,
        cast(volunteers.c.availability, Text).label("availability"), volunteers.c.rating_count,
        volunteers.c.rating_sum, volunteers.c.offers_received, volunteers.c.offers_accepted, volunteers.c.no_shows,
        volunteers.c.releases,
    ).join_from(cells, volunteers, volunteers.c.id == cells.c.volunteer_id)
    # The row loop reads these columns by position: a Row's attribute lookup costs about four times its index.
    assert [ring_rows.selected_columns[i].key for i in (_LAT, _LNG, _ID, _ON_DUTY, _AVAILABILITY)] == [
        "lat", "lng", "id", "on_duty", "availability"]
    return _Statements(
        ring=ring_rows.where(*ring, in_hours),
        ring_on_duty_counts=ring_rows.where(*ring, or_(cells.c.on_duty, in_hours)),
        # What a CandidateVolunteer holds beyond the ring's columns, one row per skill (skills in id order). One
        # statement rather than one for volunteers and one for skills, and no aggregation, which SQLite and
        # PostgreSQL spell differently: the rows are few (the top `limit` candidates). Inner joins: a volunteer
        # gone since the ring was read, or left with no skill (a candidate holds at least the one searched for),
        # has no rows.
        candidate_details=select(
            volunteers.c.id, volunteers.c.community_id, volunteers.c.verified_minutes, volunteers.c.approved_minutes,
            users.c.name.label("user_name"), categories.c.id.label("skill_id"), categories.c.name.label("skill_name"),
            categories.c.description.label("skill_description"),
        ).join_from(volunteers, users, users.c.id == volunteers.c.user_id)
        .join(volunteer_skills, volunteer_skills.c.volunteer_id == volunteers.c.id)
        .join(categories, categories.c.id == volunteer_skills.c.category_id)
        .where(one_of(volunteers.c.id, "ids", dialect))
        .order_by(categories.c.id),
    )


class _Rings:
    """The index read a ring at a time around one request: each `read` returns the rows within a wider disk than
    the last, only those the previous disks did not hold (cut in SQL by a flat distance with slack)."""

    def __init__(self, req: SearchRequest, check: Availability, now: datetime):
        db.session.flush()  # the statements below bypass the ORM and its autoflush
        self.connection = db.session.connection()
        statements = _statements(self.connection.dialect.name)
        self.statement = statements.ring_on_duty_counts if check.on_duty_counts else statements.ring
        hours = check.window.week_hours()
        self.lat, self.lng = req.lat, req.lng
        self.params = {"category_id": req.category_id, "now": now, "lat": req.lat, "lng": req.lng,
                       "lng_scale2": math.cos(math.radians(req.lat)) ** 2, "beyond": -1.0,
                       "hours_0": hours[0], "hours_1": hours[1], "hours_2": hours[2],
                       "community_id": req.community_id, "resident_id": req.resident_id,
                       "excluded": list(req.exclude_volunteer_ids)}

    def read(self, reach: float) -> list:
        # Every row the flat distance puts within reach (and slack), in cells wide enough for all of them.
        within = reach * (1 + FLAT_SLACK) + 1
        self.params["within"] = (within / _METRES_PER_DEGREE) ** 2
        self.params["cells"] = geo.cells_within(self.lat, self.lng, math.ceil(within * (1 + FLAT_SLACK) + 1))
        rows = self.connection.execute(self.statement, self.params).all()
        self.params["beyond"] = self.params["within"]
        return rows


def nearest_eligible(req: SearchRequest, radius_m: int, want: int, now: datetime) -> list[Candidate]:
    """The nearest `want` eligible volunteers within `radius_m`, nearest first (then by id), as Candidates (see
    _nearest)."""
    return [Candidate(volunteer=row, distance_m=distance, source=row.source)
            for distance, row in _nearest(req, radius_m, want, now)]


def _nearest(req: SearchRequest, radius_m: int, want: int, now: datetime) -> list[tuple[float, object]]:
    """The nearest `want` eligible volunteers within `radius_m`, nearest first (then by id): (distance, row) pairs.

    Reads the index a ring at a time: a disk of FIRST_REACH_M first, then wider disks until `want` are found or the
    disk is the radius. The index rows already rule out who may not take the order and who is available in none of
    its hours (unless on duty counts and they are on duty). Once a disk is read, everyone within it is settled: any
    nearer index row of theirs has been read. Settled volunteers are checked nearest first, so the search stops at
    the `want`-th.

    Each row is the ring statement's, not a Volunteer; find_candidates makes a Candidate with a CandidateVolunteer
    for each one it returns only (`with_details`).
    """
    check = Availability(req, now)
    rings = _Rings(req, check, now)
    unsettled: dict[int, tuple[float, object]] = {}  # volunteer -> (distance, row) of the nearest row read so far
    settled: set[int] = set()
    found: list[tuple[float, object]] = []
    reach = min(radius_m, FIRST_REACH_M)
    while True:
        rows = rings.read(reach)
        distances = geo.haversine_many(req.lat, req.lng, [row[_LAT] for row in rows], [row[_LNG] for row in rows])
        for row, distance in zip(rows, distances):
            volunteer_id = row[_ID]
            if volunteer_id in settled:
                continue
            best = unsettled.get(volunteer_id)
            if distance <= radius_m and (best is None or distance < best[0]):
                unsettled[volunteer_id] = (distance, row)
        now_settled = sorted((distance, volunteer_id, row) for volunteer_id, (distance, row)
                             in unsettled.items() if distance <= reach)
        for distance, volunteer_id, row in now_settled:
            del unsettled[volunteer_id]
            settled.add(volunteer_id)
            if len(found) < want and check.allows(row[_ON_DUTY], row[_AVAILABILITY]):
                found.append((distance, row))
        if len(found) >= want or reach >= radius_m:
            return found
        # Wide enough, at the density of eligible volunteers seen so far, to hold the rest; at least 1.5 times.
        wider = reach * max(1.5, REACH_MARGIN * math.sqrt(want / max(len(found), 0.5)))
        reach = min(radius_m, math.ceil(wider / REACH_STEP_M) * REACH_STEP_M)


def _details_by_volunteer(volunteer_ids: list[int]) -> dict[int, tuple]:
    """volunteer -> (community_id, verified_minutes, approved_minutes, name, skills) for these volunteers."""
    connection = db.session.connection()
    statement = _statements(connection.dialect.name).candidate_details
    details: dict[int, tuple] = {}
    skills: dict[int, CandidateSkill] = {}  # one value per category, shared by the volunteers who hold it
    rows = connection.execute(statement, {"ids": volunteer_ids}).all()
    for volunteer_id, community_id, verified, approved, name, skill_id, skill_name, description in rows:
        skill = skills.get(skill_id)
        if skill is None:
            skill = skills[skill_id] = CandidateSkill(skill_id, skill_name, description)
        detail = details.get(volunteer_id)
        if detail is None:
            detail = details[volunteer_id] = (community_id, verified, approved, name, [])
        detail[4].append(skill)
    return details


def with_details(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a CandidateVolunteer each in place of the search's ring row.

    Status, capacity and the ranking counters come from the ring row, the values the score and reasons were worked
    out from, so what the candidates API shows agrees with its reasons; the name, community, minutes and skills from
    one more statement. A volunteer without rows there (gone, or left with no skill, since the ring was read) drops
    out."""
    if not candidates:
        return candidates
    details = _details_by_volunteer([c.volunteer.id for c in candidates])
    kept = []
    for c in candidates:
        row = c.volunteer
        detail = details.get(row.id)
        if detail is None:
            continue
        community_id, verified_minutes, approved_minutes, name, held_skills = detail
        c.volunteer = CandidateVolunteer(
            id=row.id, user_id=row.user_id, name=name, community_id=community_id, status=row.status,
            active_orders=row.active_orders, max_active_orders=row.max_active_orders, on_duty=row.on_duty,
            rating_count=row.rating_count, rating_sum=row.rating_sum, offers_received=row.offers_received,
            offers_accepted=row.offers_accepted, verified_minutes=verified_minutes,
            approved_minutes=approved_minutes, skills=tuple(held_skills), no_shows=row.no_shows,
            releases=row.releases)
        kept.append(c)
    return kept


def find_candidates(req: SearchRequest, *, community, limit: int = 20, pool: int | None = None) -> list[Candidate]:
    """Ranked eligible volunteers for a request: within its radius, widened once to 3,000 m when nobody is found.

    Ranking looks at the `pool` nearest eligible volunteers (default: four times `limit`, at least 40): distance
    is itself a ranking component, so a volunteer beyond that many nearer eligible ones would rarely rank in the
    top `limit`, and the search stays local however dense the city is.
    """
    now = clock.now()
    pool = pool or max(40, 4 * limit)
    radius = req.radius_m
    widened = False
    nearest = _nearest(req, radius, pool, now)
    if not nearest and radius < WIDENED_RADIUS_M:
        radius, widened = WIDENED_RADIUS_M, True
        nearest = _nearest(req, radius, pool, now)
    weights = ranking.weights_for(community)
    best, recent = ranking.best(nearest, limit, radius_m=radius, weights=weights)
    # Candidates, reasons and details for what is returned only.
    top = [Candidate(volunteer=row, distance_m=distance, source=row.source, score=score)
           for score, distance, row in best]
    ranking.explain(top, recent, radius_m=radius, widened=widened, weights=weights)
    return with_details(top)
