"""Where services come from: the one seam of the record.

A source is a function that answers, for some volunteers or a community and a period, a SELECT of the services it
knows in one row shape (the columns of `SERVICE_COLUMNS`, labelled so). The record, star levels, certificates and
exports read the UNION ALL of every source in `SOURCES`, so a new kind of service (activity signups, from
app/activities) is one more function here and one more entry in `SOURCES`, and everything that counts hours counts
it. A source yields only minutes that count: `verified` (the system's checks held) or `approved` (a staff
decision), never pending, rejected or voided ones.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable, NamedTuple

from sqlalchemy import Select, String, func, literal, select, union_all

from app.activities.models import Activity, Signup
from app.orders.models import Order

COUNTED_STATUSES = ("verified", "approved")
# The row shape every source yields, in this order.
SERVICE_COLUMNS = ("source", "source_id", "volunteer_id", "community_id", "item_name", "category_id", "started_at",
                   "ended_at", "minutes", "minutes_status", "reviewed_by_id")


class Scope(NamedTuple):
    """Which services: of these volunteers, or in this community, ending in [start, end) (None: unbounded)."""

    volunteer_ids: tuple[int, ...] | None = None
    community_id: int | None = None
    start: datetime | None = None
    end: datetime | None = None


def order_services(scope: Scope) -> Select:
    """Orders served: the minutes of the order's holder, counted when its service ended (check-out)."""
    statement = select(
        literal("order", String).label("source"), Order.id.label("source_id"), Order.volunteer_id.label("volunteer_id"),
        Order.community_id.label("community_id"), Order.item_name.label("item_name"),
        Order.category_id.label("category_id"), Order.check_in_at.label("started_at"),
        Order.completed_at.label("ended_at"), Order.service_minutes.label("minutes"),
        Order.minutes_status.label("minutes_status"), Order.minutes_reviewed_by_id.label("reviewed_by_id"),
    ).where(Order.minutes_status.in_(COUNTED_STATUSES), Order.volunteer_id.is_not(None))
    if scope.volunteer_ids is not None:
        statement = statement.where(Order.volunteer_id.in_(scope.volunteer_ids))
    if scope.community_id is not None:
        statement = statement.where(Order.community_id == scope.community_id)
    if scope.start is not None:
        statement = statement.where(Order.completed_at >= scope.start)
    if scope.end is not None:
        statement = statement.where(Order.completed_at < scope.end)
    return statement


def activity_services(scope: Scope) -> Select:
    """Activities taken part in (app.activities): a sign-up's minutes, in the activity's community, under its title
    and category, counted when the service ended (the check-out, or the activity's end for a forgotten one)."""
    ended = func.coalesce(Signup.ended_at, Signup.check_out_at, Activity.end_at)
    statement = select(
        literal("activity", String).label("source"), Signup.id.label("source_id"),
        Signup.volunteer_id.label("volunteer_id"), Activity.community_id.label("community_id"),
        Activity.title.label("item_name"), Activity.category_id.label("category_id"),
        Signup.check_in_at.label("started_at"), ended.label("ended_at"), Signup.service_minutes.label("minutes"),
        Signup.minutes_status.label("minutes_status"), Signup.minutes_reviewed_by_id.label("reviewed_by_id"),
    ).join(Activity, Activity.id == Signup.activity_id).where(Signup.minutes_status.in_(COUNTED_STATUSES))
    if scope.volunteer_ids is not None:
        statement = statement.where(Signup.volunteer_id.in_(scope.volunteer_ids))
    if scope.community_id is not None:
        statement = statement.where(Activity.community_id == scope.community_id)
    if scope.start is not None:
        statement = statement.where(ended >= scope.start)
    if scope.end is not None:
        statement = statement.where(ended < scope.end)
    return statement


# Every source of services: orders served and activities taken part in.
SOURCES: tuple[Callable[[Scope], Select], ...] = (order_services, activity_services)


def services(scope: Scope):
    """Every source's services in `scope`, as one subquery with the columns of SERVICE_COLUMNS."""
    selects = [source(scope) for source in SOURCES]
    return (union_all(*selects) if len(selects) > 1 else selects[0]).subquery("services")
