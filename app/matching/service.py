"""Volunteers and matching: applications, approval, the search index, eligibility and ranking.

The search index (`volunteer_cells`) holds one row per skill and H3 cell where an approved volunteer can be
found: at home always, and at their live location while on duty and fresh (15 minutes), with the hours of the week
they are available and whether they are on duty. Candidate search reads it by (skill, cells) for a small disk around
the order first, skipping in SQL whoever cannot be available then, and widens the disk only while too few eligible
volunteers have turned up, checking the rest of eligibility on the nearest volunteers only, so its cost depends on
the neighbourhood, not the city. It hands back each candidate's volunteer as a read-only CandidateVolunteer built from
plain rows, not a Volunteer: building ORM objects for them was a third of a search's time at a million volunteers.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from sqlalchemy import Row, Select, Text, bindparam, cast, delete, func, insert, or_, select, update
from sqlalchemy.orm import lazyload, selectinload

from app import clock
from app.accounts import service as accounts_service
from app.accounts.auth import can_staff, require_staff_of
from app.accounts.models import User
from app.db import one_of
from app.errors import ApiError
from app.extensions import db
from app.matching import geo
from app.matching.models import Volunteer, VolunteerCell, volunteer_skills
from app.menu import service as menu_service
from app.menu.models import Category

LIVE_FRESH_FOR = timedelta(minutes=15)
WIDENED_RADIUS_M = 3000
DEFAULT_WEIGHTS = {"distance": 0.5, "rating": 0.2, "fairness": 0.2, "reliability": 0.1}
# Bayesian rating: as if every volunteer started with PRIOR_COUNT ratings of PRIOR_MEAN stars, so one 5-star
# review does not outrank fifty ratings averaging 4.8.
RATING_PRIOR_MEAN = 4.5
RATING_PRIOR_COUNT = 5
# Reliability: share of offers accepted, starting from 4 of 5 so a newcomer is neither punished nor favoured.
RELIABILITY_PRIOR_ACCEPTED = 4
RELIABILITY_PRIOR_RECEIVED = 5
FAIRNESS_DAYS = 30
# Candidate search reads the index for a disk this wide first, then for wider disks while too few eligible volunteers
# have turned up; in a dense core the first disk is usually enough for the ranking pool. The next disk is sized from
# the eligible volunteers found so far, with REACH_MARGIN to spare, in whole steps of REACH_STEP_M (few distinct
# radii, for the geometry app.matching.geo caches per origin cell and radius). Tuned with bench/candidates.py.
FIRST_REACH_M = 500
REACH_STEP_M = 50
REACH_MARGIN = 1.2
WEEK_HOURS = 168
_HOUR = 3_600_000_000  # in microseconds, the unit of weekly times here
_PART = (1 << 56) - 1  # the search index keeps the week's hours in three parts of 56


# Volunteers: applications and profiles

def get(*, volunteer_id: int) -> Volunteer | None:
    return db.session.get(Volunteer, volunteer_id)


# Built once, as are the other statements every request runs: building one costs about as much as running it.
# The user is the caller, already in the session: no join to load it again.
_VOLUNTEER_BY_USER = (select(Volunteer).where(Volunteer.user_id == bindparam("user_id"))
                      .options(lazyload(Volunteer.user)))
_VOLUNTEER_ROW_BY_USER = select(Volunteer.__table__).where(Volunteer.__table__.c.user_id == bindparam("user_id"))


def get_by_user(*, user_id: int) -> Volunteer | None:
    return db.session.scalar(_VOLUNTEER_BY_USER, {"user_id": user_id})


def get_for_staff(*, volunteer_id: int, user) -> Volunteer:
    """A volunteer that this staff member may manage (404 for anyone else's, so existence does not leak)."""
    volunteer = get(volunteer_id=volunteer_id)
    if volunteer is None or not can_staff(user, volunteer.community_id):
        raise ApiError.not_found("volunteer")
    return volunteer


def get_own_or_404(*, user) -> Volunteer:
    volunteer = get_by_user(user_id=user.id)
    if volunteer is None:
        raise ApiError.not_found("volunteer")
    return volunteer


def require_active(*, user) -> Volunteer:
    """The caller's approved volunteer profile, or 403."""
    return _refuse_unless_approved(get_by_user(user_id=user.id))


def require_active_row(*, user) -> Row:
    """The caller's approved volunteer profile as a read-only row of the volunteers table, or 403: for reads that
    change nothing, at a fraction of what loading the Volunteer costs."""
    return _refuse_unless_approved(db.session.execute(_VOLUNTEER_ROW_BY_USER, {"user_id": user.id}).first())


def _refuse_unless_approved(volunteer):
    if volunteer is None:
        raise ApiError.forbidden("You have not applied as a volunteer.", code="not_a_volunteer")
    if volunteer.status != "approved":
        raise ApiError.forbidden(f"Your volunteer profile is {volunteer.status}.", code="volunteer_not_approved")
    return volunteer


def apply(*, user, volunteer_in: dict) -> Volunteer:
    """POST /volunteers: an application to a community; it waits for staff approval."""
    if get_by_user(user_id=user.id) is not None:
        raise ApiError.conflict("already_applied", "You already have a volunteer profile.")
    community = menu_service.get_community(community_id=volunteer_in["community_id"])
    if community is None:
        raise ApiError.invalid("unknown_community", "No such community.", field="community_id")
    skills = menu_service.categories_by_ids(volunteer_in["skills"])
    volunteer = Volunteer(
        user_id=user.id, community_id=community.id, status="pending",
        home_lat=volunteer_in["home_lat"], home_lng=volunteer_in["home_lng"],
        home_cell=geo.cell_of(volunteer_in["home_lat"], volunteer_in["home_lng"]),
        availability=volunteer_in.get("availability", []),
        max_active_orders=volunteer_in.get("max_active_orders", 1),
    )
    volunteer.skills = skills
    if volunteer_in.get("name"):
        user.name = volunteer_in["name"]
    db.session.add(volunteer)
    db.session.commit()
    return volunteer


def volunteers_statement(*, community_id: int, status: str | None = None):
    # A page of volunteers shows their skills: all of them in one more query, not one per volunteer.
    statement = select(Volunteer).where(Volunteer.community_id == community_id).options(selectinload(Volunteer.skills))
    if status:
        statement = statement.where(Volunteer.status == status)
    return statement.order_by(Volunteer.id)


def approve(*, volunteer: Volunteer, staff_user) -> Volunteer:
    """Approve an application, or reinstate a suspended volunteer."""
    require_staff_of(staff_user, volunteer.community_id)
    if volunteer.status != "approved":
        volunteer.status = "approved"
        volunteer.approved_at = clock.now()
        volunteer.suspended_at = None
        volunteer.suspended_reason = None
        accounts_service.add_role(user=volunteer.user, role="volunteer")
        reindex(volunteer)
    db.session.commit()
    return volunteer


def suspend(*, volunteer: Volunteer, staff_user, reason: str = "") -> Volunteer:
    """Suspend: out of every search at once. Orders already held stay with them for staff to reassign."""
    require_staff_of(staff_user, volunteer.community_id)
    if volunteer.status != "suspended":
        volunteer.status = "suspended"
        volunteer.suspended_at = clock.now()
        volunteer.suspended_reason = reason or None
        volunteer.on_duty = False
        reindex(volunteer)
    db.session.commit()
    return volunteer


def update_me(*, volunteer: Volunteer, volunteer_in: dict) -> Volunteer:
    """PATCH /volunteers/me: skills, availability, capacity, home, on duty and live location."""
    if "skills" in volunteer_in:
        volunteer.skills = menu_service.categories_by_ids(volunteer_in["skills"])
    for name in ("availability", "max_active_orders", "on_duty"):
        if name in volunteer_in:
            setattr(volunteer, name, volunteer_in[name])
    if "home_lat" in volunteer_in or "home_lng" in volunteer_in:
        volunteer.home_lat = volunteer_in.get("home_lat", volunteer.home_lat)
        volunteer.home_lng = volunteer_in.get("home_lng", volunteer.home_lng)
        volunteer.home_cell = geo.cell_of(volunteer.home_lat, volunteer.home_lng)
    if "lat" in volunteer_in and "lng" in volunteer_in:
        volunteer.live_lat, volunteer.live_lng = volunteer_in["lat"], volunteer_in["lng"]
        volunteer.live_at = clock.now()
    if volunteer.on_duty and volunteer.status != "approved":
        raise ApiError.conflict("volunteer_not_approved", "Only an approved volunteer can go on duty.")
    reindex(volunteer)
    db.session.commit()
    return volunteer


# The search index

def reindex(volunteer: Volunteer) -> None:
    """Bring the volunteer's index rows in step with their status, skills, home and live location, availability and
    being on duty."""
    db.session.flush()
    db.session.execute(delete(VolunteerCell).where(VolunteerCell.volunteer_id == volunteer.id))
    if volunteer.status != "approved":
        return
    rows = []
    live_fresh_until = (volunteer.live_at + LIVE_FRESH_FOR) if volunteer.live_at else None
    places = [("home", volunteer.home_lat, volunteer.home_lng, None)]
    if volunteer.on_duty and volunteer.live_lat is not None and live_fresh_until and live_fresh_until > clock.now():
        places.append(("live", volunteer.live_lat, volunteer.live_lng, live_fresh_until))
    hours = week_hours(volunteer.availability or [])
    for source, lat, lng, fresh_until in places:
        cell = geo.cell_of(lat, lng)
        for category_id in volunteer.skill_ids:
            rows.append(dict(category_id=category_id, cell=cell, volunteer_id=volunteer.id, source=source,
                             lat=lat, lng=lng, fresh_until=fresh_until, available_hours_0=hours[0],
                             available_hours_1=hours[1], available_hours_2=hours[2], on_duty=volunteer.on_duty))
    if rows:
        db.session.execute(insert(VolunteerCell), rows)


# Eligibility and ranking

def available_in(availability: list, start: datetime, end: datetime, need_minutes: int) -> bool:
    """True when the weekly slots (China time) cover at least `need_minutes` of the window [start, end] in one
    continuous stretch (or the whole window, when it is shorter). Slots that touch, such as Monday 20:00-24:00
    and Tuesday 00:00-03:00, join into one stretch, so a job across midnight can be matched."""
    return _WeeklyWindow(start, end, need_minutes).fits(availability)


class _WeeklyWindow:
    """A window laid over the days it touches (China time, from the day before it starts, whose slots may run
    into it), with every time in microseconds from that first midnight: testing a volunteer's weekly slots is
    then integer arithmetic. Built once per search and shared by every volunteer it checks."""

    __slots__ = ("start", "end", "need", "midnights", "first_weekday")

    def __init__(self, start: datetime, end: datetime, need_minutes: int):
        need = timedelta(minutes=min(need_minutes, max(1, int((end - start).total_seconds() // 60))))
        local_start, local_end = start.astimezone(clock.CHINA_TZ), end.astimezone(clock.CHINA_TZ)
        first = local_start.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
        self.start, self.end, self.need = (_microseconds(local_start - first), _microseconds(local_end - first),
                                           _microseconds(need))
        self.midnights: dict[int, list[int]] = {}  # weekday -> the midnights of the days with that weekday
        self.first_weekday = first.weekday()
        day = first
        while day <= local_end:
            self.midnights.setdefault(day.weekday(), []).append(_microseconds(day - first))
            day += timedelta(days=1)

    def fits(self, availability: list) -> bool:
        spans = sorted((midnight + _slot_time(slot["start"]), midnight + _slot_time(slot["end"]))
                       for slot in availability for midnight in self.midnights.get(slot["weekday"], ()))
        stretch_start = stretch_end = None
        for span_start, span_end in spans:
            if stretch_end is not None and span_start <= stretch_end:
                stretch_end = max(stretch_end, span_end)
                continue
            if stretch_end is not None and self._covers(stretch_start, stretch_end):
                return True
            stretch_start, stretch_end = span_start, span_end
        return stretch_end is not None and self._covers(stretch_start, stretch_end)

    def _covers(self, stretch_start: int, stretch_end: int) -> bool:
        return min(stretch_end, self.end) - max(stretch_start, self.start) >= self.need

    def week_hours(self) -> tuple[int, int, int]:
        """The hours of the week the window overlaps for some time, in the parts of `week_hours`: slots covering part
        of the window must touch one of them. Every hour when the window needs no time at all or lasts a week."""
        if self.need <= 0 or self.end - self.start >= WEEK_HOURS * _HOUR:
            return _in_parts((1 << WEEK_HOURS) - 1)
        monday = self.first_weekday * 24 * _HOUR  # the window's times are from its first midnight
        return _in_parts(_hours_touched(monday + self.start, monday + self.end))


def week_hours(availability: list) -> tuple[int, int, int]:
    """The hours of the week (China time, from Monday 00:00) that weekly slots touch, a bit an hour, in the three
    parts of 56 the search index keeps (VolunteerCell.available_hours_*): bit h of the week is bit h % 56 of part
    h // 56. Slots that touch none of a window's hours cannot cover any of it."""
    hours = 0
    for slot in availability:
        day = int(slot["weekday"]) * 24 * _HOUR
        hours |= _hours_touched(day + _slot_time(slot["start"]), day + _slot_time(slot["end"]))
    return _in_parts(hours)


def _hours_touched(start: int, end: int) -> int:
    """A bit for each hour of the week that [start, end) touches, times in microseconds from a Monday 00:00 (a time
    past the week's end wraps round to its start)."""
    hours = 0
    for hour in range(start // _HOUR, -(-end // _HOUR)):
        hours |= 1 << (hour % WEEK_HOURS)
    return hours


def _in_parts(hours: int) -> tuple[int, int, int]:
    return hours & _PART, (hours >> 56) & _PART, (hours >> 112) & _PART


def _microseconds(delta: timedelta) -> int:
    return delta // timedelta(microseconds=1)


@lru_cache(maxsize=2048)
def _slot_time(text: str) -> int:
    return _microseconds(_hhmm(text))


def _hhmm(text: str) -> timedelta:
    hours, minutes = text.split(":")
    return timedelta(hours=int(hours), minutes=int(minutes))


# The volunteer find_candidates hands back, and their skills: values for reading (ranking, the candidates API, choosing
# whom to offer an order), not Volunteer and Category objects. NamedTuples, so they are read-only yet cheap to build
# (a frozen dataclass costs ten times as much per object, about 4 us). Whoever changes a volunteer (an offer counts
# in offers_received) loads the Volunteer by id.

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
    resident_id: int | None = None
    exclude_volunteer_ids: frozenset = frozenset()


def search_request_for(order, exclude_volunteer_ids=()) -> SearchRequest:
    return SearchRequest(category_id=order.category_id, lat=order.lat, lng=order.lng, radius_m=order.radius_m,
                         window_start=order.window_start, window_end=order.window_end,
                         expected_minutes=order.expected_minutes, resident_id=order.resident_id,
                         exclude_volunteer_ids=frozenset(exclude_volunteer_ids))


def is_eligible(volunteer: Volunteer, req: SearchRequest, now: datetime) -> bool:
    """Everything but distance and skill (the index answers those)."""
    return _Eligibility(req, now)(volunteer)


class _Eligibility:
    """`is_eligible` for one request, with what depends only on the request worked out once.

    The volunteer may be a Volunteer or a row with the same attribute names. The search hands over availability
    as its JSON text rather than the decoded list: many volunteers share a weekly pattern, so each distinct text
    is decoded and tested once per search.
    """

    def __init__(self, req: SearchRequest, now: datetime):
        self.req = req
        self.on_duty_counts = req.window_start <= now + timedelta(hours=1)
        self.window = _WeeklyWindow(req.window_start, req.window_end, req.expected_minutes)
        self.by_pattern: dict[str, bool] = {}

    def __call__(self, volunteer) -> bool:
        return self.allows(volunteer.id, volunteer.user_id, volunteer.status, volunteer.active_orders,
                           volunteer.max_active_orders, volunteer.on_duty, volunteer.availability)

    def allows(self, volunteer_id, user_id, status, active_orders, max_active_orders, on_duty, availability) -> bool:
        req = self.req
        if status != "approved" or active_orders >= max_active_orders:
            return False
        if volunteer_id in req.exclude_volunteer_ids or user_id == req.resident_id:
            return False
        return bool(on_duty and self.on_duty_counts) or self.available(availability)

    def available(self, availability) -> bool:
        if not isinstance(availability, str):
            return self.window.fits(availability or [])
        answer = self.by_pattern.get(availability)
        if answer is None:
            answer = self.by_pattern[availability] = self.window.fits(json.loads(availability) or [])
        return answer


# Candidate search

# The search bounds its disks in SQL by a flat distance (degrees of latitude, longitude scaled by the cosine of the
# order's latitude), within 0.05% of the haversine up to 5 km and 70 degrees north: FLAT_SLACK covers it ten times.
FLAT_SLACK = 0.005
_METRES_PER_DEGREE = geo.EARTH_RADIUS_M * math.pi / 180


@dataclass(frozen=True)
class _Statements:
    """The search's statements, built once per dialect (and their cache keys with them). The search and ranking run
    them as Core statements on the session's connection: they read plain rows, without the ORM's work per statement
    and per row."""

    ring: Select
    ring_on_duty_counts: Select
    orders_since: Select
    candidate_details: Select


@cache
def _statements(dialect: str) -> _Statements:
    from app.orders.models import Order

    cells, volunteers, orders = VolunteerCell.__table__, Volunteer.__table__, Order.__table__
    users, categories = User.__table__, Category.__table__
    flat_degrees2 = ((cells.c.lat - bindparam("lat")) * (cells.c.lat - bindparam("lat"))
                     + (cells.c.lng - bindparam("lng")) * (cells.c.lng - bindparam("lng")) * bindparam("lng_scale2"))
    # A ring of the index: in the given cells, fresh, with a flat distance in (beyond, within] (degrees squared),
    # and available in one of the order's hours of the week or, when that counts, on duty.
    ring = (cells.c.category_id == bindparam("category_id"), one_of(cells.c.cell, "cells", dialect),
            or_(cells.c.fresh_until.is_(None), cells.c.fresh_until > bindparam("now")),
            flat_degrees2 > bindparam("beyond"), flat_degrees2 <= bindparam("within"))
    in_hours = or_(cells.c.available_hours_0.bitwise_and(bindparam("hours_0")) != 0,
                   cells.c.available_hours_1.bitwise_and(bindparam("hours_1")) != 0,
                   cells.c.available_hours_2.bitwise_and(bindparam("hours_2")) != 0)
    # Each index row with what eligibility (the seven columns after source, in the order _Eligibility.allows takes
    # them) and ranking read from the volunteer; availability as its JSON text (see _Eligibility).
    ring_rows = select(
        cells.c.lat, cells.c.lng, cells.c.source, volunteers.c.id, volunteers.c.user_id, volunteers.c.status,
        volunteers.c.active_orders, volunteers.c.max_active_orders, volunteers.c.on_duty,
        cast(volunteers.c.availability, Text).label("availability"), volunteers.c.rating_count,
        volunteers.c.rating_sum, volunteers.c.offers_received, volunteers.c.offers_accepted,
    ).join_from(cells, volunteers, volunteers.c.id == cells.c.volunteer_id)
    return _Statements(
        ring=ring_rows.where(*ring, in_hours),
        ring_on_duty_counts=ring_rows.where(*ring, or_(cells.c.on_duty, in_hours)),
        orders_since=(select(orders.c.volunteer_id, func.count())
                      .where(one_of(orders.c.volunteer_id, "ids", dialect), orders.c.accepted_at >= bindparam("since"))
                      .group_by(orders.c.volunteer_id)),
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


def _nearest_eligible(req: SearchRequest, radius_m: int, want: int, now: datetime) -> list[Candidate]:
    """The nearest `want` eligible volunteers within `radius_m`, nearest first (then by id).

    Reads the index a ring at a time: a disk of FIRST_REACH_M first, then wider disks (only the ring each adds,
    cut in SQL by a flat distance with slack) until `want` are found or the disk is the radius. The index rows
    already rule out who is available in none of the order's hours (unless on duty counts and they are on duty),
    and come with the rest of what eligibility needs from the volunteer. Once a disk is read, everyone within it is
    settled: any nearer index row of theirs has been read. Settled volunteers are checked nearest first, so the
    search stops at the `want`-th.

    Each candidate's `volunteer` is a row of the ring statement, not a Volunteer; find_candidates swaps in a
    CandidateVolunteer for each candidate it returns (`_with_details`).
    """
    db.session.flush()  # the statements below bypass the ORM and its autoflush
    connection = db.session.connection()
    statements = _statements(connection.dialect.name)
    check = _Eligibility(req, now)
    lat, lng = req.lat, req.lng
    haversine_m = geo.haversine_m
    hours = check.window.week_hours()
    params = {"category_id": req.category_id, "now": now, "lat": lat, "lng": lng,
              "lng_scale2": math.cos(math.radians(lat)) ** 2, "beyond": -1.0,
              "hours_0": hours[0], "hours_1": hours[1], "hours_2": hours[2]}
    statement = statements.ring_on_duty_counts if check.on_duty_counts else statements.ring
    unsettled: dict[int, tuple[float, object]] = {}  # volunteer -> (distance, row) of the nearest row read so far
    settled: set[int] = set(req.exclude_volunteer_ids)  # never candidates, so never worth a look
    found: list[Candidate] = []
    reach = min(radius_m, FIRST_REACH_M)
    while True:
        # Read every row the flat distance puts within reach (and slack), in cells wide enough for all of them.
        within = reach * (1 + FLAT_SLACK) + 1
        params["within"] = (within / _METRES_PER_DEGREE) ** 2
        params["cells"] = geo.cells_within(lat, lng, math.ceil(within * (1 + FLAT_SLACK) + 1))
        for row in connection.execute(statement, params).all():
            volunteer_id = row[3]
            if volunteer_id in settled:
                continue
            distance = haversine_m(lat, lng, row[0], row[1])
            if distance <= radius_m:
                best = unsettled.get(volunteer_id)
                if best is None or distance < best[0]:
                    unsettled[volunteer_id] = (distance, row)
        params["beyond"] = params["within"]
        now_settled = sorted((distance, volunteer_id, row) for volunteer_id, (distance, row)
                             in unsettled.items() if distance <= reach)
        for distance, volunteer_id, row in now_settled:
            del unsettled[volunteer_id]
            settled.add(volunteer_id)
            if len(found) < want and check.allows(*row[3:10]):
                found.append(Candidate(volunteer=row, distance_m=distance, source=row[2]))
        if len(found) >= want or reach >= radius_m:
            return found
        # Wide enough, at the density of eligible volunteers seen so far, to hold the rest; at least 1.5 times.
        wider = reach * max(1.5, REACH_MARGIN * math.sqrt(want / max(len(found), 0.5)))
        reach = min(radius_m, math.ceil(wider / REACH_STEP_M) * REACH_STEP_M)


def _with_details(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a CandidateVolunteer each in place of the search's ring row.

    Status, capacity and the ranking counters come from the ring row, the values the score and reasons were worked
    out from, so what the candidates API shows agrees with its reasons; the name, community, minutes and skills from
    one more statement. A volunteer without rows there (gone, or left with no skill, since the ring was read) drops
    out."""
    if not candidates:
        return candidates
    connection = db.session.connection()
    statement = _statements(connection.dialect.name).candidate_details
    details: dict[int, tuple] = {}  # volunteer -> (community_id, verified_minutes, approved_minutes, name, skills)
    skills: dict[int, CandidateSkill] = {}  # one value per category, shared by the volunteers who hold it
    for (volunteer_id, community_id, verified_minutes, approved_minutes, name, skill_id, skill_name,
         skill_description) in connection.execute(statement, {"ids": [c.volunteer.id for c in candidates]}):
        skill = skills.get(skill_id)
        if skill is None:
            skill = skills[skill_id] = CandidateSkill(skill_id, skill_name, skill_description)
        detail = details.get(volunteer_id)
        if detail is None:
            detail = details[volunteer_id] = (community_id, verified_minutes, approved_minutes, name, [])
        detail[4].append(skill)
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
            approved_minutes=approved_minutes, skills=tuple(held_skills))
        kept.append(c)
    return kept


def orders_last_30_days(volunteer_ids) -> dict[int, int]:
    if not volunteer_ids:
        return {}
    db.session.flush()  # a Core statement: no autoflush
    connection = db.session.connection()
    since = clock.now() - timedelta(days=FAIRNESS_DAYS)
    rows = connection.execute(_statements(connection.dialect.name).orders_since,
                              {"ids": list(volunteer_ids), "since": since})
    return dict(rows.all())


def weights_for(community) -> dict:
    return {name: float(menu_service.setting(community, f"weight_{name}", default))
            for name, default in DEFAULT_WEIGHTS.items()}


def rank(candidates: list[Candidate], *, radius_m: int, widened: bool, weights: dict) -> list[Candidate]:
    """Score each candidate from distance, Bayesian rating, fairness and reliability; best first."""
    ranked, recent = _by_score(candidates, radius_m=radius_m, weights=weights)
    _explain(ranked, recent, radius_m=radius_m, widened=widened, weights=weights)
    return ranked


_COMPONENTS = tuple(DEFAULT_WEIGHTS)  # distance, rating, fairness, reliability


def _components(c: Candidate, radius_m: int, orders_30d: int) -> tuple[tuple[float, ...], float]:
    """The ranking components of a candidate (each 0..1, in the order of _COMPONENTS), and its Bayesian mean rating."""
    v = c.volunteer
    bayes = (RATING_PRIOR_MEAN * RATING_PRIOR_COUNT + v.rating_sum) / (RATING_PRIOR_COUNT + v.rating_count)
    reliability = ((v.offers_accepted + RELIABILITY_PRIOR_ACCEPTED)
                   / (v.offers_received + RELIABILITY_PRIOR_RECEIVED))
    return (max(0.0, 1 - c.distance_m / radius_m), (bayes - 1) / 4, 1 / (1 + orders_30d), reliability), bayes


def _by_score(candidates: list[Candidate], *, radius_m: int, weights: dict) -> tuple[list[Candidate], dict]:
    """The candidates scored, best first, and their orders in the last 30 days (for _explain)."""
    recent = orders_last_30_days([c.volunteer.id for c in candidates])
    total_weight = sum(weights.values()) or 1.0
    weight_of = [weights[name] for name in _COMPONENTS]
    for c in candidates:
        components, _ = _components(c, radius_m, recent.get(c.volunteer.id, 0))
        c.score = round(sum(w * x for w, x in zip(weight_of, components)) / total_weight, 4)
    return sorted(candidates, key=lambda c: (-c.score, c.distance_m, c.volunteer.id)), recent


def _explain(candidates: list[Candidate], recent: dict, *, radius_m: int, widened: bool, weights: dict) -> None:
    """Fill in each candidate's reasons: every component with its inputs, score and weight."""
    for c in candidates:
        v = c.volunteer
        orders_30d = recent.get(v.id, 0)
        (distance, rating, fairness, reliability), bayes = _components(c, radius_m, orders_30d)
        c.reasons = {
            "distance": {"metres": round(c.distance_m), "from": c.source, "score": round(distance, 3),
                         "weight": weights["distance"]},
            "rating": {"bayesian_mean": round(bayes, 2), "ratings": v.rating_count,
                       "score": round(rating, 3), "weight": weights["rating"]},
            "fairness": {"orders_last_30_days": orders_30d, "score": round(fairness, 3),
                         "weight": weights["fairness"]},
            "reliability": {"offers_accepted": v.offers_accepted, "offers_received": v.offers_received,
                            "score": round(reliability, 3), "weight": weights["reliability"]},
            "radius": {"metres": radius_m, "widened": widened},
        }


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
    candidates = _nearest_eligible(req, radius, pool, now)
    if not candidates and radius < WIDENED_RADIUS_M:
        radius, widened = WIDENED_RADIUS_M, True
        candidates = _nearest_eligible(req, radius, pool, now)
    weights = weights_for(community)
    ranked, recent = _by_score(candidates, radius_m=radius, weights=weights)
    top = ranked[:limit]
    _explain(top, recent, radius_m=radius, widened=widened, weights=weights)  # only what is returned is explained
    return _with_details(top)


def refuse_if_busy(*, volunteer: Volunteer) -> None:
    """Take one unit of the volunteer's capacity, or 409 if they already hold as many orders as they allow.

    A conditional update, so two orders accepted at once cannot both slip under the limit."""
    taken = db.session.execute(
        update(Volunteer)
        .where(Volunteer.id == volunteer.id, Volunteer.active_orders < Volunteer.max_active_orders)
        .values(active_orders=Volunteer.active_orders + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if taken != 1:
        raise ApiError.conflict("volunteer_at_capacity", "You already hold as many orders as you take at once.")
    db.session.refresh(volunteer, ["active_orders"])


def release_capacity(*, volunteer_id: int) -> None:
    db.session.execute(
        update(Volunteer).where(Volunteer.id == volunteer_id, Volunteer.active_orders > 0)
        .values(active_orders=Volunteer.active_orders - 1).execution_options(synchronize_session="fetch")
    )


def volunteer_user_ids(volunteer_ids) -> dict[int, int]:
    rows = db.session.execute(select(Volunteer.id, Volunteer.user_id).where(Volunteer.id.in_(list(volunteer_ids))))
    return dict(rows.all())


