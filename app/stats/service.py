"""Community statistics for the staff dashboard: how the loop performs over a period, and the three lists
(三项清单: resources, demand, service) side by side with the demand that goes unmet, by category and by area.

What each figure counts, for a period [start, end):
- Orders (by status, per day, time to acceptance, completion rate, unmet demand, demand per category) are the
  cohort of orders *created* in the period, each in its status now. Days are China days (UTC+8).
- Ratings, service minutes and points are counted when they *happened*: ratings by when they were given,
  minutes by when the service was completed, points by the ledger entry's time.
- Completion rate: of the cohort's orders that reached an end (completed or rated, cancelled, expired), the
  share that was served. Orders still open or held are left out: they have not ended either way.
- Unmet demand: cohort orders that expired (nobody by the end of the window), were cancelled before anyone
  accepted them, or still wait with `needs_attention` (auto-dispatch gave up). Each order counts once, under
  the first of those reasons that applies.
- Activities and teams (招募, 志愿队伍): app.stats.activities, for the activities that start in the period.
- Points follow app.points.ledger's own definitions: issued = the community's awards and adjustments net of
  reversals (EARNING_KINDS), redeemed = its shop's redemptions net of refunds (SPENDING_KINDS), expired apart.

Cohort rows are aggregated in Python: bucketing timestamps into China days runs the same on SQLite and
PostgreSQL that way, and one community's orders over at most two years are a few thousand narrow rows.
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import h3
from sqlalchemy import func, or_, select

from app import clock
from app.extensions import db
from app.matching.models import Volunteer, volunteer_skills
from app.menu import service as menu_service
from app.menu.models import Community, MenuItem
from app.orders.flows import STATUSES
from app.orders.models import FollowUp, Order, Rating
from app.points import ledger
from app.points.models import LedgerEntry, PointsAccount
from app.stats.activities import activity_stats

DEFAULT_DAYS = 30
MAX_DAYS = 731  # two years, a leap day included (the fields refuse dates outside 2000-2100)
DEFAULT_H3_RESOLUTION = 8  # about 0.7 km² a cell: a few dozen cells cover a 1.5 km service area
H3_RESOLUTIONS = (7, 8, 9)
SERVED_STATUSES = ("completed", "rated")
ENDED_STATUSES = ("completed", "rated", "cancelled", "expired")
UNMET_REASONS = ("expired", "cancelled_before_acceptance", "needs_attention")
# Minutes from order to acceptance, as histogram bins [low, high); None is open-ended.
ACCEPTANCE_BINS = ((0, 5), (5, 15), (15, 30), (30, 60), (60, 120), (120, None))
# A category is a gap in the lists when more than this share of its orders went unmet.
GAP_UNMET_SHARE = 0.25


@dataclass(frozen=True)
class Period:
    start: datetime  # aware, inclusive
    end: datetime  # aware, exclusive

    def days(self) -> list[date]:
        """The China days the period touches, in order."""
        first = china_day(self.start)
        last = china_day(self.end - timedelta(microseconds=1))
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def china_day(moment: datetime) -> date:
    return moment.astimezone(clock.CHINA_TZ).date()


def china_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=clock.CHINA_TZ)


def resolve_period(*, start: date | datetime | None, end: date | datetime | None) -> Period:
    """The period from `from` and `to`: a date means that China day (from: its start; to: its end, inclusive), a
    datetime the instant. Default: the last 30 China days, today included. Raises ValueError with the field it
    concerns when the period is empty, reversed or longer than MAX_DAYS (two years)."""
    today = china_day(clock.now())
    if end is None:
        end_at = china_midnight(today + timedelta(days=1))
    elif isinstance(end, datetime):
        end_at = end
    else:
        end_at = china_midnight(end + timedelta(days=1))
    if start is None:
        start_at = china_midnight(china_day(end_at - timedelta(microseconds=1)) - timedelta(days=DEFAULT_DAYS - 1))
    elif isinstance(start, datetime):
        start_at = start
    else:
        start_at = china_midnight(start)
    if start_at >= end_at:
        raise PeriodError("from", "`from` must be before `to`.")
    if end_at - start_at > timedelta(days=MAX_DAYS):
        raise PeriodError("to", f"The period can be at most {MAX_DAYS} days long.")
    return Period(start_at.astimezone(clock.CHINA_TZ), end_at.astimezone(clock.CHINA_TZ))


class PeriodError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def community_stats(*, community: Community, period: Period, h3_resolution: int = DEFAULT_H3_RESOLUTION) -> dict:
    """Everything `GET /communities/{id}/stats` answers; see the module docstring for what each figure counts."""
    cohort = _cohort(community.id, period)
    categories = {c.id: c.name for c in menu_service.get_all_categories()}
    unmet = [(row, reason) for row in cohort if (reason := _unmet_reason(row)) is not None]
    return {
        "community": {"id": community.id, "name": community.name, "lat": community.lat, "lng": community.lng,
                      "radius_m": community.radius_m},
        "start": period.start,
        "end": period.end,
        "timezone": "Asia/Shanghai",
        "orders": _orders(cohort, period),
        "acceptance": _acceptance(cohort),
        "completion": _completion(cohort),
        "satisfaction": _satisfaction(community.id, period),
        "hours": _hours(community.id, period),
        "points": _points(community.id, period),
        "unmet_demand": {
            "total": len(unmet),
            "by_reason": {reason: sum(1 for _, r in unmet if r == reason) for reason in UNMET_REASONS},
            "by_category": _unmet_by_category(unmet, categories),
            "h3_resolution": h3_resolution,
            "by_cell": _unmet_by_cell(unmet, h3_resolution),
        },
        "three_lists": _three_lists(community.id, cohort, unmet, categories),
        "activities": activity_stats(community_id=community.id, period=period),
    }


# The order cohort

def _cohort(community_id: int, period: Period) -> list:
    return db.session.execute(
        select(Order.id, Order.status, Order.category_id, Order.created_at, Order.accepted_at,
               Order.needs_attention, Order.lat, Order.lng)
        .where(Order.community_id == community_id, Order.created_at >= period.start,
               Order.created_at < period.end)
        .order_by(Order.id)
    ).all()


def _orders(cohort: list, period: Period) -> dict:
    per_day = {day: Counter() for day in period.days()}
    for row in cohort:
        per_day[china_day(row.created_at)][row.status] += 1
    by_status = Counter(row.status for row in cohort)
    return {
        "total": len(cohort),
        "by_status": {status: by_status[status] for status in STATUSES},
        "per_day": [{"date": day, "total": sum(counts.values()),
                     "by_status": {status: counts[status] for status in STATUSES}}
                    for day, counts in per_day.items()],
    }


def _acceptance(cohort: list) -> dict:
    waits = [(row.accepted_at - row.created_at).total_seconds() / 60 for row in cohort if row.accepted_at]
    histogram = []
    for low, high in ACCEPTANCE_BINS:
        histogram.append({"min_minutes": low, "max_minutes": high,
                          "orders": sum(1 for w in waits if w >= low and (high is None or w < high))})
    return {
        "accepted": len(waits),
        "median_minutes": round(statistics.median(waits), 1) if waits else None,
        "histogram": histogram,
    }


def _completion(cohort: list) -> dict:
    ended = [row for row in cohort if row.status in ENDED_STATUSES]
    served = sum(1 for row in ended if row.status in SERVED_STATUSES)
    return {"ended": len(ended), "served": served, "rate": round(served / len(ended), 4) if ended else None}


def _unmet_reason(row) -> str | None:
    if row.status == "expired":
        return "expired"
    if row.status == "cancelled" and row.accepted_at is None:
        return "cancelled_before_acceptance"
    if row.status in ("pending", "offered") and row.needs_attention:
        return "needs_attention"
    return None


def _unmet_by_category(unmet: list, categories: dict) -> list[dict]:
    counts: dict[int, Counter] = defaultdict(Counter)
    for row, reason in unmet:
        counts[row.category_id][reason] += 1
    items = [{"category_id": category_id, "name": categories.get(category_id, ""), "orders": sum(c.values()),
              "by_reason": {reason: c[reason] for reason in UNMET_REASONS}}
             for category_id, c in counts.items()]
    return sorted(items, key=lambda item: (-item["orders"], item["category_id"]))


def _unmet_by_cell(unmet: list, resolution: int) -> list[dict]:
    counts = Counter(h3.latlng_to_cell(row.lat, row.lng, resolution) for row, _ in unmet)
    cells = []
    for cell, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        lat, lng = h3.cell_to_latlng(cell)
        cells.append({"cell": cell, "orders": count, "lat": round(lat, 6), "lng": round(lng, 6),
                      "boundary": [[round(a, 6), round(b, 6)] for a, b in h3.cell_to_boundary(cell)]})
    return cells


# Events in the period: ratings, service minutes, points

def _satisfaction(community_id: int, period: Period) -> dict:
    rows = db.session.execute(
        select(Rating.stars, Rating.automatic, func.count())
        .join(Order, Order.id == Rating.order_id)
        .where(Order.community_id == community_id, Rating.created_at >= period.start, Rating.created_at < period.end)
        .group_by(Rating.stars, Rating.automatic)
    ).all()
    by_stars = Counter()
    automatic = 0
    for stars, is_automatic, count in rows:
        if is_automatic:
            automatic += count
        else:
            by_stars[stars] += count
    given = sum(by_stars.values())
    open_follow_ups = db.session.scalar(select(func.count()).select_from(FollowUp).where(
        FollowUp.community_id == community_id, FollowUp.status == "open"))
    return {
        "ratings": given,
        "mean_stars": round(sum(s * n for s, n in by_stars.items()) / given, 2) if given else None,
        "by_stars": {str(stars): by_stars[stars] for stars in range(1, 6)},
        "automatic": automatic,
        "low": sum(n for s, n in by_stars.items() if s <= 2),
        "open_follow_ups": open_follow_ups,
    }


def _hours(community_id: int, period: Period) -> dict:
    rows = db.session.execute(
        select(Order.completed_at, Order.minutes_status, Order.service_minutes)
        .where(Order.community_id == community_id, Order.completed_at >= period.start,
               Order.completed_at < period.end, Order.minutes_status.is_not(None))
    ).all()
    totals = Counter()
    per_day = {day: Counter() for day in period.days()}
    for completed_at, status, minutes in rows:
        totals[status] += minutes or 0
        per_day[china_day(completed_at)][status] += minutes or 0
    return {
        "verified_minutes": totals["verified"],
        "approved_minutes": totals["approved"],
        "pending_review_minutes": totals["pending_review"],
        "rejected_minutes": totals["rejected"],
        "verified_hours": round(totals["verified"] / 60, 1),
        "approved_hours": round(totals["approved"] / 60, 1),
        "per_day": [{"date": day, "verified_minutes": c["verified"], "approved_minutes": c["approved"]}
                    for day, c in per_day.items()],
    }


def _points(community_id: int, period: Period) -> dict:
    # Read the community's accounts without creating them (ledger.issuing_account would, on a GET).
    accounts = dict(db.session.execute(select(PointsAccount.kind, PointsAccount.id).where(
        PointsAccount.community_id == community_id, PointsAccount.kind.in_(("issuing", "redemption")))).all())
    issuing_id, shop_id = accounts.get("issuing", -1), accounts.get("redemption", -1)
    rows = db.session.execute(
        select(LedgerEntry.created_at, LedgerEntry.kind, LedgerEntry.amount, LedgerEntry.debit_account_id,
               LedgerEntry.credit_account_id)
        .where(or_(LedgerEntry.debit_account_id.in_((issuing_id, shop_id)),
                   LedgerEntry.credit_account_id.in_((issuing_id, shop_id))),
               LedgerEntry.created_at >= period.start, LedgerEntry.created_at < period.end)
    ).all()
    per_day = {day: Counter() for day in period.days()}
    totals = Counter()
    for created_at, kind, amount, debit_id, credit_id in rows:
        if kind in ledger.EARNING_KINDS:
            figure, signed = "issued", amount if debit_id == issuing_id else -amount
        elif kind in ledger.SPENDING_KINDS:
            figure, signed = "redeemed", amount if credit_id == shop_id else -amount
        elif kind == "expiry" and credit_id == issuing_id:
            figure, signed = "expired", amount
        else:
            continue
        totals[figure] += signed
        per_day[china_day(created_at)][figure] += signed
    return {
        "issued": totals["issued"],
        "redeemed": totals["redeemed"],
        "expired": totals["expired"],
        "per_day": [{"date": day, "issued": c["issued"], "redeemed": c["redeemed"]} for day, c in per_day.items()],
    }


# The three lists side by side

def _three_lists(community_id: int, cohort: list, unmet: list, categories: dict) -> list[dict]:
    """Per category: the resources list (approved volunteers with the skill, and how many of them are on duty),
    the demand list (orders in the period, and how many went unmet) and the service list (active menu items).
    A category is listed when any of the three has something in it; `gap` marks demand the community could not
    meet: more than a quarter of the category's orders went unmet, or it has orders and nobody with the skill."""
    volunteers = dict(db.session.execute(
        select(volunteer_skills.c.category_id, func.count())
        .join(Volunteer, Volunteer.id == volunteer_skills.c.volunteer_id)
        .where(Volunteer.community_id == community_id, Volunteer.status == "approved")
        .group_by(volunteer_skills.c.category_id)).all())
    on_duty = dict(db.session.execute(
        select(volunteer_skills.c.category_id, func.count())
        .join(Volunteer, Volunteer.id == volunteer_skills.c.volunteer_id)
        .where(Volunteer.community_id == community_id, Volunteer.status == "approved", Volunteer.on_duty.is_(True))
        .group_by(volunteer_skills.c.category_id)).all())
    menu_items = dict(db.session.execute(
        select(MenuItem.category_id, func.count())
        .where(MenuItem.community_id == community_id, MenuItem.archived_at.is_(None))
        .group_by(MenuItem.category_id)).all())
    demand = Counter(row.category_id for row in cohort)
    unmet_count = Counter(row.category_id for row, _ in unmet)
    lists = []
    for category_id, name in categories.items():
        entry = {"category_id": category_id, "name": name,
                 "volunteers": volunteers.get(category_id, 0), "volunteers_on_duty": on_duty.get(category_id, 0),
                 "orders": demand[category_id], "unmet": unmet_count[category_id],
                 "menu_items": menu_items.get(category_id, 0)}
        if entry["volunteers"] or entry["orders"] or entry["menu_items"]:
            entry["gap"] = is_gap(entry)
            lists.append(entry)
    return lists


def is_gap(entry: dict) -> bool:
    """A category of the three lists is a gap: more than a quarter of its orders went unmet, or it has orders and
    nobody with the skill (also for figures summed over an area, app.records.areas)."""
    return entry["unmet"] > GAP_UNMET_SHARE * entry["orders"] or (entry["orders"] > 0 and entry["volunteers"] == 0)

