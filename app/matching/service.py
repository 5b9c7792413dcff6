"""Volunteers and matching: applications, approval, the search index, eligibility and ranking.

The search index (`volunteer_cells`) holds one row per skill and H3 cell where an approved volunteer can be
found: at home always, and at their live location while on duty and fresh (15 minutes). Candidate search reads
it by (skill, cells) for a small disk around the order first and widens the disk only while too few eligible
volunteers have turned up, checking the rest of eligibility on the nearest volunteers only, so its cost depends
on the neighbourhood, not the city.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, lru_cache

from sqlalchemy import Text, bindparam, cast, delete, func, insert, or_, select, update
from sqlalchemy.orm import joinedload

from app import clock
from app.accounts import service as accounts_service
from app.accounts.auth import can_staff, require_staff_of
from app.accounts.models import User
from app.errors import ApiError
from app.extensions import db
from app.matching import geo
from app.matching.models import Volunteer, VolunteerCell
from app.menu import service as menu_service

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
# have turned up; in a dense core the first disk is usually enough for the ranking pool. Disks grow in whole steps
# of REACH_STEP_M, so the geometry cached per origin cell and radius (app.matching.geo) is shared between searches.
FIRST_REACH_M = 500
REACH_STEP_M = 250


# Volunteers: applications and profiles

def get(*, volunteer_id: int) -> Volunteer | None:
    return db.session.get(Volunteer, volunteer_id)


def get_by_user(*, user_id: int) -> Volunteer | None:
    return db.session.scalar(select(Volunteer).where(Volunteer.user_id == user_id))


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
    volunteer = get_by_user(user_id=user.id)
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
    statement = select(Volunteer).where(Volunteer.community_id == community_id)
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
    """Bring the volunteer's index rows in step with their status, skills, home and live location."""
    db.session.flush()
    db.session.execute(delete(VolunteerCell).where(VolunteerCell.volunteer_id == volunteer.id))
    if volunteer.status != "approved":
        return
    rows = []
    live_fresh_until = (volunteer.live_at + LIVE_FRESH_FOR) if volunteer.live_at else None
    places = [("home", volunteer.home_lat, volunteer.home_lng, None)]
    if volunteer.on_duty and volunteer.live_lat is not None and live_fresh_until and live_fresh_until > clock.now():
        places.append(("live", volunteer.live_lat, volunteer.live_lng, live_fresh_until))
    for source, lat, lng, fresh_until in places:
        cell = geo.cell_of(lat, lng)
        for category_id in volunteer.skill_ids:
            rows.append(dict(category_id=category_id, cell=cell, volunteer_id=volunteer.id, source=source,
                             lat=lat, lng=lng, fresh_until=fresh_until))
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

    __slots__ = ("start", "end", "need", "midnights")

    def __init__(self, start: datetime, end: datetime, need_minutes: int):
        need = timedelta(minutes=min(need_minutes, max(1, int((end - start).total_seconds() // 60))))
        local_start, local_end = start.astimezone(clock.CHINA_TZ), end.astimezone(clock.CHINA_TZ)
        first = local_start.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
        self.start, self.end, self.need = (_microseconds(local_start - first), _microseconds(local_end - first),
                                           _microseconds(need))
        self.midnights: dict[int, list[int]] = {}  # weekday -> the midnights of the days with that weekday
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


def _microseconds(delta: timedelta) -> int:
    return delta // timedelta(microseconds=1)


@lru_cache(maxsize=2048)
def _slot_time(text: str) -> int:
    return _microseconds(_hhmm(text))


def _hhmm(text: str) -> timedelta:
    hours, minutes = text.split(":")
    return timedelta(hours=int(hours), minutes=int(minutes))


@dataclass
class Candidate:
    volunteer: Volunteer
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


# The search's statements, built once (and their cache keys with them). They run on the session's connection as
# Core statements: the search reads plain rows, so it skips the ORM's per-statement and per-row work.
_cells = VolunteerCell.__table__
_volunteers = Volunteer.__table__
# Squared flat distance in degrees of latitude (longitude scaled by the cosine of the order's latitude): within
# 0.05% of the haversine up to 5 km and 70 degrees north, so with FLAT_SLACK it can bound a disk in SQL.
_FLAT_DEGREES2 = ((_cells.c.lat - bindparam("lat")) * (_cells.c.lat - bindparam("lat"))
                  + (_cells.c.lng - bindparam("lng")) * (_cells.c.lng - bindparam("lng")) * bindparam("lng_scale2"))
FLAT_SLACK = 0.005
_METRES_PER_DEGREE = geo.EARTH_RADIUS_M * math.pi / 180
# The index rows of a ring: in the given cells, fresh, and flat distance in (beyond, within] (degrees squared).
_INDEX_ROWS = (
    select(_cells.c.volunteer_id, _cells.c.lat, _cells.c.lng, _cells.c.source)
    .where(_cells.c.category_id == bindparam("category_id"), _cells.c.cell.in_(bindparam("cells", expanding=True)),
           or_(_cells.c.fresh_until.is_(None), _cells.c.fresh_until > bindparam("now")),
           _FLAT_DEGREES2 > bindparam("beyond"), _FLAT_DEGREES2 <= bindparam("within"))
)
# What eligibility (the first seven, in the order _Eligibility.allows takes them) and ranking read; availability as
# its JSON text (see _Eligibility).
_SEARCH_ROWS = (
    select(_volunteers.c.id, _volunteers.c.user_id, _volunteers.c.status, _volunteers.c.active_orders,
           _volunteers.c.max_active_orders, _volunteers.c.on_duty,
           cast(_volunteers.c.availability, Text).label("availability"), _volunteers.c.rating_count,
           _volunteers.c.rating_sum, _volunteers.c.offers_received, _volunteers.c.offers_accepted)
    .where(_volunteers.c.id.in_(bindparam("ids", expanding=True)))
)


def _nearest_eligible(req: SearchRequest, radius_m: int, want: int, now: datetime) -> list[Candidate]:
    """The nearest `want` eligible volunteers within `radius_m`, nearest first (then by id).

    Reads the index a ring at a time: a disk of FIRST_REACH_M first, then wider disks (only the ring each adds,
    cut in SQL by a flat distance with slack) until `want` are found or the disk is the radius. Once a disk is
    read, everyone within it is settled: any nearer index row of theirs has been read. Settled volunteers are
    checked nearest first, in batches sized by the share found eligible so far, so the search stops soon after the
    `want`-th and checks only the volunteers it needs.

    Each candidate's `volunteer` is a row of `_SEARCH_ROWS`, not a Volunteer; find_candidates swaps in full objects
    for the candidates it returns.
    """
    db.session.flush()  # the statements below bypass the ORM and its autoflush
    connection = db.session.connection()
    check = _Eligibility(req, now)
    lat, lng = req.lat, req.lng
    haversine_m = geo.haversine_m
    params = {"category_id": req.category_id, "now": now, "lat": lat, "lng": lng,
              "lng_scale2": math.cos(math.radians(lat)) ** 2, "beyond": -1.0}
    unsettled: dict[int, tuple[float, str]] = {}  # volunteer -> (distance, source) of the nearest row read so far
    settled: set[int] = set(req.exclude_volunteer_ids)  # never candidates, so never worth a look
    found: list[Candidate] = []
    checked = 0
    reach = min(radius_m, FIRST_REACH_M)
    while True:
        # Read every row the flat distance puts within reach (and slack), in cells wide enough for all of them.
        within = reach * (1 + FLAT_SLACK) + 1
        params["within"] = (within / _METRES_PER_DEGREE) ** 2
        params["cells"] = geo.cells_within(lat, lng, math.ceil(within * (1 + FLAT_SLACK) + 1))
        for volunteer_id, row_lat, row_lng, source in connection.execute(_INDEX_ROWS, params).all():
            if volunteer_id in settled:
                continue
            distance = haversine_m(lat, lng, row_lat, row_lng)
            if distance <= radius_m:
                best = unsettled.get(volunteer_id)
                if best is None or distance < best[0]:
                    unsettled[volunteer_id] = (distance, source)
        params["beyond"] = params["within"]
        now_settled = sorted((distance, volunteer_id, source) for volunteer_id, (distance, source)
                             in unsettled.items() if distance <= reach)
        for _, volunteer_id, _ in now_settled:
            del unsettled[volunteer_id]
            settled.add(volunteer_id)
        start = 0
        while start < len(now_settled) and len(found) < want:
            # Expect the share found eligible so far (a half, before any); ask a little more than that implies.
            share = (len(found) + 1) / (checked + 2)
            batch = now_settled[start:start + max(16, math.ceil((want - len(found)) / share * 1.2))]
            start += len(batch)
            rows = {row[0]: row for row in connection.execute(
                _SEARCH_ROWS, {"ids": [volunteer_id for _, volunteer_id, _ in batch]}).all()}
            for distance, volunteer_id, source in batch:
                checked += 1
                row = rows.get(volunteer_id)
                if row is not None and check.allows(*row[:7]):
                    found.append(Candidate(volunteer=row, distance_m=distance, source=source))
                    if len(found) == want:
                        break
        if len(found) >= want or reach >= radius_m:
            return found
        # Wide enough, at the density of eligible volunteers seen so far, to hold the rest; at least 1.5 times.
        wider = reach * max(1.5, 1.1 * math.sqrt(want / max(len(found), 0.5)))
        reach = min(radius_m, math.ceil(wider / REACH_STEP_M) * REACH_STEP_M)


def _with_volunteers(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with Volunteer objects in place of the search's rows: with user and skills, as the API shows
    them (the user's staff communities are left to load if ever asked for)."""
    if not candidates:
        return candidates
    volunteers = {v.id: v for v in db.session.scalars(
        select(Volunteer).where(Volunteer.id.in_([c.volunteer.id for c in candidates]))
        .options(joinedload(Volunteer.user).lazyload(User.communities)))}
    for c in candidates:
        c.volunteer = volunteers[c.volunteer.id]
    return candidates


def orders_last_30_days(volunteer_ids) -> dict[int, int]:
    if not volunteer_ids:
        return {}
    db.session.flush()  # a Core statement: no autoflush
    since = clock.now() - timedelta(days=FAIRNESS_DAYS)
    rows = db.session.connection().execute(_orders_since(), {"ids": list(volunteer_ids), "since": since})
    return dict(rows.all())


@cache
def _orders_since():
    from app.orders.models import Order

    orders = Order.__table__
    return (select(orders.c.volunteer_id, func.count())
            .where(orders.c.volunteer_id.in_(bindparam("ids", expanding=True)),
                   orders.c.accepted_at >= bindparam("since"))
            .group_by(orders.c.volunteer_id))


def weights_for(community) -> dict:
    return {name: float(menu_service.setting(community, f"weight_{name}", default))
            for name, default in DEFAULT_WEIGHTS.items()}


def rank(candidates: list[Candidate], *, radius_m: int, widened: bool, weights: dict) -> list[Candidate]:
    """Score each candidate from distance, Bayesian rating, fairness and reliability; best first."""
    ranked, recent = _by_score(candidates, radius_m=radius_m, weights=weights)
    _explain(ranked, recent, radius_m=radius_m, widened=widened, weights=weights)
    return ranked


def _components(c: Candidate, radius_m: int, orders_30d: int) -> tuple[dict, float]:
    """The four ranking components of a candidate (each 0..1), and its Bayesian mean rating."""
    v = c.volunteer
    bayes = (RATING_PRIOR_MEAN * RATING_PRIOR_COUNT + v.rating_sum) / (RATING_PRIOR_COUNT + v.rating_count)
    reliability = ((v.offers_accepted + RELIABILITY_PRIOR_ACCEPTED)
                   / (v.offers_received + RELIABILITY_PRIOR_RECEIVED))
    return {
        "distance": max(0.0, 1 - c.distance_m / radius_m),
        "rating": (bayes - 1) / 4,
        "fairness": 1 / (1 + orders_30d),
        "reliability": reliability,
    }, bayes


def _by_score(candidates: list[Candidate], *, radius_m: int, weights: dict) -> tuple[list[Candidate], dict]:
    """The candidates scored, best first, and their orders in the last 30 days (for _explain)."""
    recent = orders_last_30_days([c.volunteer.id for c in candidates])
    total_weight = sum(weights.values()) or 1.0
    for c in candidates:
        components, _ = _components(c, radius_m, recent.get(c.volunteer.id, 0))
        c.score = round(sum(weights[k] * components[k] for k in components) / total_weight, 4)
    return sorted(candidates, key=lambda c: (-c.score, c.distance_m, c.volunteer.id)), recent


def _explain(candidates: list[Candidate], recent: dict, *, radius_m: int, widened: bool, weights: dict) -> None:
    """Fill in each candidate's reasons: every component with its inputs, score and weight."""
    for c in candidates:
        v = c.volunteer
        orders_30d = recent.get(v.id, 0)
        components, bayes = _components(c, radius_m, orders_30d)
        c.reasons = {
            "distance": {"metres": round(c.distance_m), "from": c.source, "score": round(components["distance"], 3),
                         "weight": weights["distance"]},
            "rating": {"bayesian_mean": round(bayes, 2), "ratings": v.rating_count,
                       "score": round(components["rating"], 3), "weight": weights["rating"]},
            "fairness": {"orders_last_30_days": orders_30d, "score": round(components["fairness"], 3),
                         "weight": weights["fairness"]},
            "reliability": {"offers_accepted": v.offers_accepted, "offers_received": v.offers_received,
                            "score": round(components["reliability"], 3), "weight": weights["reliability"]},
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
    return _with_volunteers(top)


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


