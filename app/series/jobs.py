"""The scheduler's sweep for recurring services: each active series places the orders of its occurrences that
start within the next 7 days, through the same service as POST /orders (app.orders.placing).

Idempotent, whatever runs it: an occurrence already placed is skipped, and the unique key (series_id,
occurrence_on) stops a second scheduler or a run racing a restart from placing it twice (its insert fails in a
savepoint and is skipped). The paired volunteer (结对) gets the first offer while they are an approved volunteer of
the community; otherwise the order is left to the community's dispatch policy and staff are told.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import clock
from app.accounts import service as accounts_service
from app.errors import ApiError
from app.extensions import db
from app.i18n import Message, msg, render
from app.jobs import Job, sweep
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.notify import service as notify_service
from app.orders import placing
from app.orders.models import Order
from app.series import service
from app.series.models import OrderSeries

log = logging.getLogger(__name__)

PLACE_AHEAD = timedelta(days=7)
SWEEP_SECONDS = 300


def due_series_ids() -> list[int]:
    """Active series whose last day is not behind us (a day of slack for any time zone)."""
    yesterday = (clock.now() - timedelta(days=1)).date()
    return list(db.session.scalars(select(OrderSeries.id).where(
        OrderSeries.status == "active", OrderSeries.until >= yesterday).order_by(OrderSeries.id)))


def due_dates(series: OrderSeries, zone) -> list:
    """Occurrences that start after now and within the next 7 days, not placed yet."""
    now = clock.now()
    today = now.astimezone(zone).date()
    candidates = [on for on in service.dates_between(series, today, today + PLACE_AHEAD)
                  if now < service.window_on(series, on, zone)[0] <= now + PLACE_AHEAD]
    if not candidates:
        return []
    placed = set(db.session.scalars(select(Order.occurrence_on).where(
        Order.series_id == series.id, Order.occurrence_on.in_(candidates))))
    return [on for on in candidates if on not in placed]


def place_due(series_id: int) -> int:
    """Place the series' due occurrences; how many were placed."""
    series = service.get(series_id=series_id)
    if series is None or series.status != "active":
        return 0
    zone = service.zone_of(menu_service.get_community_or_404(community_id=series.community_id))
    return sum(1 for on in due_dates(series, zone) if _place(series, on, zone) is not None)


def _pair_problem(series: OrderSeries) -> Message | None:
    """Why the paired volunteer cannot be offered this occurrence first, or None (also when there is no pair)."""
    if series.preferred_volunteer_id is None:
        return None
    volunteer = volunteers_service.get(volunteer_id=series.preferred_volunteer_id)
    if volunteer is None or volunteer.community_id != series.community_id:
        return msg("the paired volunteer is no longer in this community")
    if volunteer.status == "suspended":
        return msg("the paired volunteer is suspended")
    if volunteer.status != "approved":
        return msg("the paired volunteer is no longer approved")
    return None


def _place(series: OrderSeries, on, zone) -> Order | None:
    start, end = service.window_on(series, on, zone)
    problem = _pair_problem(series)
    order_in = {"menu_item_id": series.menu_item_id, "address": series.address, "lat": series.lat,
                "lng": series.lng, "window_start": start, "window_end": end, "note": series.note,
                "series_id": series.id, "occurrence_on": on}
    placer = accounts_service.get(user_id=series.created_by_id)
    if placer.id != series.resident_id:
        order_in["resident_id"] = series.resident_id
    try:
        with db.session.begin_nested():
            order = placing.create(user=placer, order_in=order_in,
                                   paired_volunteer_id=None if problem else series.preferred_volunteer_id)
    except IntegrityError:
        log.info("series %s: the occurrence on %s was placed meanwhile", series.id, on)
        return None
    except ApiError as exc:  # the rules changed since (the item archived, staff moved): staff should look
        log.warning("series %s: the occurrence on %s was refused: %s %s", series.id, on, exc.code, exc.detail)
        return None
    if problem:
        _tell_staff_pair_unavailable(series, order, problem)
    return order


def _tell_staff_pair_unavailable(series: OrderSeries, order: Order, reason: Message) -> None:
    notify_service.notify_staff(
        community_id=series.community_id, event="series_pair_unavailable",
        title=msg("The paired volunteer cannot serve"),
        body=msg("“%(item)s” (weekly visit %(series)s): %(why)s; dispatched by the community's policy",
                 item=order.item_name, series=series.id, why=reason),
        dedupe_key=f"order:{order.id}:pair_unavailable",
        data={"order_id": order.id, "item_name": order.item_name, "window_start": order.window_start,
              "series_id": series.id, "reason": render(reason)})


def place_series_orders() -> int:
    return sweep("place_series_orders", due_series_ids(), place_due)


def jobs(app):
    return [Job("place_series_orders", place_series_orders, SWEEP_SECONDS)]
