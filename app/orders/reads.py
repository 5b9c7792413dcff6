"""The hot reads of the mini-program: a volunteer's tasks and the open pool near them.

They read rows of the tables, not ORM objects: a request that loads its orders as Order objects spends most of its
time in the ORM (the load benchmark, bench/RESULTS.md). The statements are built once (building one costs about as
much as running it); app.orders.presenting decides what each caller sees of the rows, as it does for Orders.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

from sqlalchemy import bindparam, select, union_all

from app import clock, geo
from app.accounts.models import User
from app.db import one_of
from app.extensions import db
from app.matching.index import LIVE_FRESH_FOR
from app.orders import eligibility
from app.orders.flows import HELD_STATUSES
from app.orders.models import Offer, Order, OrderEvent
from app.orders.presenting import OrderView, offer_ref

OPEN_POOL_MAX_RADIUS_M = 5000

_orders, _offers, _users, _events = Order.__table__, Offer.__table__, User.__table__, OrderEvent.__table__


class _Resident(NamedTuple):
    name: str
    phone: str | None
    elderly_living_alone: bool


# Every column of the order, with the resident's name, phone and flag and the current offer (`offer_id`,
# `offer_volunteer_id`, `offer_deadline`, `offer_status`).
_ORDER_ROWS = (
    select(_orders, _users.c.name.label("resident_name"), _users.c.phone.label("resident_phone"),
           _users.c.elderly_living_alone.label("resident_elderly"), _offers.c.id.label("offer_id"),
           _offers.c.volunteer_id.label("offer_volunteer_id"), _offers.c.deadline.label("offer_deadline"),
           _offers.c.status.label("offer_status"))
    .outerjoin(_users, _users.c.id == _orders.c.resident_id)
    .outerjoin(_offers, _offers.c.id == _orders.c.current_offer_id))

# A volunteer's tasks: the orders offered to them (with their own offer: an urgent order has several at once) and
# those they hold, in one statement (each branch walks its own index).
_TASK_ROWS = union_all(
    select(_orders, _users.c.name.label("resident_name"), _users.c.phone.label("resident_phone"),
           _users.c.elderly_living_alone.label("resident_elderly"), _offers.c.id.label("offer_id"),
           _offers.c.volunteer_id.label("offer_volunteer_id"), _offers.c.deadline.label("offer_deadline"),
           _offers.c.status.label("offer_status"))
    .join(_offers, _offers.c.order_id == _orders.c.id)
    .outerjoin(_users, _users.c.id == _orders.c.resident_id)
    .where(_orders.c.status == "offered", _offers.c.volunteer_id == bindparam("volunteer_id"),
           _offers.c.status == "pending"),
    _ORDER_ROWS.where(_orders.c.volunteer_id == bindparam("volunteer_id"), _orders.c.status.in_(HELD_STATUSES)),
)


@cache
def _timeline_rows(dialect: str):
    return select(_events).where(one_of(_events.c.order_id, "order_ids", dialect)).order_by(_events.c.id)


@cache
def _pool_matches(dialect: str):
    """Pending orders in the disk's cells (`pool_cells`, as one parameter) whose window is not over, that the
    volunteer may take (app.orders.eligibility). Only the id and position: whole orders are read for the page
    alone."""
    return select(_orders.c.id, _orders.c.lat, _orders.c.lng).where(
        _orders.c.status == "pending", one_of(_orders.c.cell, "pool_cells", dialect),
        _orders.c.window_end > bindparam("now"), *eligibility.order_conditions(_orders, _offers))


@cache
def _order_rows_by_id(dialect: str):
    return _ORDER_ROWS.where(one_of(_orders.c.id, "order_ids", dialect))


def _resident_of(row) -> _Resident | None:
    if row.resident_name is None:
        return None
    return _Resident(row.resident_name, row.resident_phone, row.resident_elderly)


def _timelines(order_ids: list[int]) -> dict[int, list]:
    """The events of these orders, oldest first, by order id (rows with EventSchema's attributes)."""
    timelines: dict[int, list] = {order_id: [] for order_id in order_ids}
    if order_ids:
        statement = _timeline_rows(db.session.get_bind().dialect.name)
        for event in db.session.execute(statement, {"order_ids": order_ids}):
            timelines[event.order_id].append(event)
    return timelines


def tasks_for(*, volunteer_id: int, volunteer_name: str) -> list[dict]:
    """Current offers and held orders of the volunteer (whose name they show), soonest window first."""
    rows = db.session.execute(_TASK_ROWS, {"volunteer_id": volunteer_id}).all()
    timelines = _timelines([row.id for row in rows if row.status != "offered"])
    items = []
    for row in rows:  # offered or held, so not rated: no rating to show
        if row.status == "offered":
            offer = offer_ref(offer_id=row.offer_id, volunteer_id=row.offer_volunteer_id,
                              deadline=row.offer_deadline, status=row.offer_status, volunteer_name=volunteer_name)
            order = OrderView(row, "offered", resident=_resident_of(row), offer=offer)
            items.append({"kind": "offer", "offer_deadline": row.offer_deadline, "order": order})
        else:
            order = OrderView(row, "holder", resident=_resident_of(row),
                              volunteer={"id": volunteer_id, "name": volunteer_name}, events=timelines[row.id])
            items.append({"kind": "order", "offer_deadline": None, "order": order})
    return sorted(items, key=lambda item: (item["order"].window_start, item["order"].id))


def pool_origin(volunteer, lat: float | None, lng: float | None) -> tuple[float, float]:
    """Where the pool is searched from: the point given, else the volunteer's live location while fresh, else home."""
    if lat is not None and lng is not None:
        return lat, lng
    fresh_live = (volunteer.live_lat is not None and volunteer.live_at
                  and volunteer.live_at + LIVE_FRESH_FOR > clock.now())
    return (volunteer.live_lat, volunteer.live_lng) if fresh_live else (volunteer.home_lat, volunteer.home_lng)


def open_pool(*, volunteer, lat: float | None, lng: float | None, radius_m: int, page: int,
              page_size: int) -> tuple[list[OrderView], int]:
    """Pending orders near a point (by default where the volunteer is) that this volunteer (a Volunteer, or a row
    of the table) may claim, nearest first, as the open view presents them: (the orders of the page, how many
    there are in all)."""
    if not eligibility.may_take_any(volunteer):
        return [], 0
    lat, lng = pool_origin(volunteer, lat, lng)
    dialect = db.session.get_bind().dialect.name
    matches = db.session.execute(_pool_matches(dialect), {
        "volunteer_id": volunteer.id, "user_id": volunteer.user_id, "community_id": volunteer.community_id,
        "now": clock.now(),
        "pool_cells": list(geo.cells_within(lat, lng, radius_m)),
    }).all()
    nearby = sorted((d, order_id) for order_id, o_lat, o_lng in matches
                    if (d := geo.haversine_m(lat, lng, o_lat, o_lng)) <= radius_m)
    start = (page - 1) * page_size
    chosen = [order_id for _, order_id in nearby[start:start + page_size]]
    rows = {row.id: row for row in db.session.execute(_order_rows_by_id(dialect), {"order_ids": chosen})} \
        if chosen else {}
    # The open view shows no holder, offer, rating or timeline: a pending order has none of them.
    page_orders = [OrderView(rows[order_id], "open", resident=_resident_of(rows[order_id]), origin=(lat, lng))
                   for order_id in chosen if order_id in rows]
    return page_orders, len(nearby)
