"""The order loop's rules: 点单 (create), 派单 (offer), 接单 (accept, claim), service (check-in, check-out),
评单 (rate), cancel and expire. Status changes go through app.orders.flows; this module decides who may do what
and what else happens with each change (offers, capacity, minutes, points, notifications).
"""
from __future__ import annotations

import math
from datetime import timedelta
from functools import cache
from typing import NamedTuple

from sqlalchemy import bindparam, select, union_all
from sqlalchemy.orm.attributes import set_committed_value

from app import clock
from app.accounts import service as accounts_service
from app.accounts.auth import can_staff, require_staff_of
from app.accounts.models import User
from app.db import one_of
from app.errors import ApiError
from app.extensions import db
from app.matching import geo
from app.matching import service as matching_service
from app.matching.models import Volunteer, volunteer_skills
from app.menu import service as menu_service
from app.notify import service as notify_service
from app.orders import flows
from app.orders.models import FollowUp, Offer, Order, OrderEvent, Rating
from app.points import service as points_service
from app.records import service as records_service

CHECK_POINT_RADIUS_M = 300  # check-in and check-out within this of the order verify the minutes
MINUTES_CAP_FACTOR = 2  # verified minutes are capped at twice the item's expected minutes
AUTO_RATE_AFTER = timedelta(days=7)
AUTO_RATING_STARS = 5
LOW_RATING_MAX_STARS = 2
OPEN_POOL_MAX_RADIUS_M = 5000
RATING_TAGS = ("准时", "专业", "耐心", "热情", "细心", "沟通顺畅", "迟到", "态度差", "未完成服务")
MAX_WINDOW = timedelta(days=14)


def _role_of(user, order: Order) -> str:
    if user is None:
        return "system"
    if order.resident_id == user.id:
        return "resident"
    if user.has_role("admin"):
        return "admin"
    if user.has_role("staff") and can_staff(user, order.community_id):
        return "staff"
    return "volunteer"


# Reading: who may see an order, and how much of it

def get(*, order_id: int) -> Order | None:
    return db.session.get(Order, order_id)


def _current_offer(order: Order) -> Offer | None:
    return db.session.get(Offer, order.current_offer_id) if order.current_offer_id else None


def _tried_volunteer_ids(order: Order) -> set[int]:
    """Volunteers who declined this order or let an offer for it expire: never offered it again."""
    return set(db.session.scalars(select(Offer.volunteer_id).where(
        Offer.order_id == order.id, Offer.status.in_(("declined", "expired")))))


def _suits(order: Order, volunteer: Volunteer) -> bool:
    """The volunteer could serve this order, whatever its status: approved, skilled, not its resident, and not
    one who passed on it."""
    return (volunteer.status == "approved" and order.category_id in volunteer.skill_ids
            and order.resident_id != volunteer.user_id and volunteer.id not in _tried_volunteer_ids(order))


def candidates_for(order: Order, *, limit: int) -> list:
    """The ranked volunteers the order may be offered to now: the matching engine's search, never including those
    who passed on this order. Staff's candidate list and every dispatch policy use this one rule."""
    community = menu_service.get_community_or_404(community_id=order.community_id)
    request = matching_service.search_request_for(order, exclude_volunteer_ids=_tried_volunteer_ids(order))
    return matching_service.find_candidates(request, community=community, limit=limit)


def is_open_to(order: Order, volunteer: Volunteer) -> bool:
    """The open pool rule: a pending order the volunteer could take."""
    return order.status == "pending" and order.window_end > clock.now() and _suits(order, volunteer)


def visibility(order: Order, user) -> str | None:
    """How `user` sees `order`: "full", "holder" (the volunteer serving it), "offered", "open", or None."""
    if user.has_role("admin") or order.resident_id == user.id or can_staff(user, order.community_id):
        return "full"
    volunteer = matching_service.get_by_user(user_id=user.id)
    if volunteer is None:
        return None
    if order.volunteer_id == volunteer.id:
        return "holder"
    offer = _current_offer(order)
    if order.status == "offered" and offer is not None and offer.volunteer_id == volunteer.id:
        return "offered"
    if is_open_to(order, volunteer):
        return "open"
    return None


def get_for_claim(*, order_id: int, user) -> Order:
    """The order a volunteer claims. One that suits them but is no longer open is still found, so that losing a
    race for an order from the pool is a 409 (someone was first), not a 404."""
    order = get(order_id=order_id)
    volunteer = matching_service.get_by_user(user_id=user.id)
    if order is None or volunteer is None or not (_suits(order, volunteer) or visibility(order, user)):
        raise ApiError.not_found("order")
    return order


def get_visible(*, order_id: int, user) -> tuple[Order, str]:
    """The order and how the caller sees it; 404 when they may not see it, so existence does not leak."""
    order = get(order_id=order_id)
    view = visibility(order, user) if order is not None else None
    if view is None:
        raise ApiError.not_found("order")
    return order, view


def present(order: Order, view: str, *, origin: tuple[float, float] | None = None) -> dict:
    """The order as the caller may see it. A volunteer sees the resident's phone and exact address only while
    holding the order (PIPL); before that, a location coarsened to about 200 m and the distance."""
    offer = _current_offer(order) if view in ("full", "offered") else None
    volunteer = None
    if order.volunteer_id and view in ("full", "holder"):
        v = order.volunteer
        volunteer = {"id": v.id, "name": v.user.name if v.user else ""}
    return _present(
        order, view, resident=order.resident, volunteer=volunteer,
        offer=({"id": offer.id, "volunteer_id": offer.volunteer_id, "deadline": offer.deadline,
                "status": offer.status, "volunteer_name": _volunteer_name(offer.volunteer_id)}
               if offer else None),
        # Only a rated order has a rating: callers that load no ratings rely on it not being read otherwise.
        rating=order.rating if order.status == "rated" else None,
        events=order.events if view in ("full", "holder") else [], origin=origin)


def _present(order, view: str, *, resident, volunteer: dict | None, offer: dict | None, rating, events,
             origin: tuple[float, float] | None) -> dict:
    """`present`'s one rule of what shows, for an Order or for a row of `_ORDER_ROWS`: the caller
    gives the resident (name, phone, elderly_living_alone; None when gone), the holder, the current offer, the rating
    and the timeline as its view allows."""
    exact = view == "full" or (view == "holder" and order.status in flows.HELD_STATUSES)
    if exact:
        lat, lng = order.lat, order.lng
    else:
        lat, lng = geo.coarsen(order.lat, order.lng)
    person = {"id": order.resident_id, "name": resident.name if resident else ""}
    if exact:
        person["phone"] = resident.phone if resident else None
        person["elderly_living_alone"] = bool(resident and resident.elderly_living_alone)
    data = {
        "id": order.id, "community_id": order.community_id, "menu_item_id": order.menu_item_id,
        "category_id": order.category_id, "item_name": order.item_name, "points": order.points,
        "expected_minutes": order.expected_minutes, "status": order.status,
        "address": order.address if exact else None, "lat": lat, "lng": lng,
        "location_precision": "exact" if exact else "coarse",
        "window_start": order.window_start, "window_end": order.window_end, "note": order.note,
        "resident": person, "volunteer": volunteer, "offer": offer,
        "radius_m": order.radius_m,
        "needs_attention": order.needs_attention, "offers_made": order.offers_made,
        "created_at": order.created_at, "accepted_at": order.accepted_at, "check_in_at": order.check_in_at,
        "check_out_at": order.check_out_at, "completed_at": order.completed_at,
        "service_minutes": order.service_minutes, "minutes_status": order.minutes_status,
        "summary": order.summary, "cancel_reason": order.cancel_reason,
        "rating": rating, "events": events,
    }
    if origin is not None:
        data["distance_m"] = round(geo.haversine_m(origin[0], origin[1], order.lat, order.lng))
    return data


# The hot reads (a volunteer's tasks, the open pool) read rows of the tables, not ORM objects: a request that loads
# its orders as Order objects spends most of its time in the ORM (the load benchmark, bench/RESULTS.md).
_orders, _offers, _users, _events = (Order.__table__, Offer.__table__, User.__table__,
                                     OrderEvent.__table__)


class _Resident(NamedTuple):
    name: str
    phone: str | None
    elderly_living_alone: bool


# Every column of the order, with the resident's name, phone and flag and the current offer (`offer_id`,
# `offer_volunteer_id`, `offer_deadline`, `offer_status`). Built once: building a statement costs about as much as
# running it.
_ORDER_ROWS = (
    select(_orders, _users.c.name.label("resident_name"), _users.c.phone.label("resident_phone"),
           _users.c.elderly_living_alone.label("resident_elderly"), _offers.c.id.label("offer_id"),
           _offers.c.volunteer_id.label("offer_volunteer_id"), _offers.c.deadline.label("offer_deadline"),
           _offers.c.status.label("offer_status"))
    .outerjoin(_users, _users.c.id == _orders.c.resident_id)
    .outerjoin(_offers, _offers.c.id == _orders.c.current_offer_id))

# A volunteer's tasks: the orders offered to them and those they hold, in one statement (each branch walks its own
# index).
_TASK_ROWS = _ORDER_ROWS.where(_orders.c.id.in_(union_all(
    select(_orders.c.id).join(_offers, _offers.c.id == _orders.c.current_offer_id)
    .where(_orders.c.status == "offered", _offers.c.volunteer_id == bindparam("volunteer_id"),
           _offers.c.status == "pending"),
    select(_orders.c.id).where(_orders.c.volunteer_id == bindparam("volunteer_id"),
                               _orders.c.status.in_(flows.HELD_STATUSES)),
))).order_by(_orders.c.id)


@cache
def _timeline_rows(dialect: str):
    return select(_events).where(one_of(_events.c.order_id, "order_ids", dialect)).order_by(_events.c.id)


def _resident_of(row) -> _Resident | None:
    return _Resident(row.resident_name, row.resident_phone, row.resident_elderly) if row.resident_name is not None \
        else None


def _timelines(order_ids: list[int]) -> dict[int, list]:
    """The events of these orders, oldest first, by order id (rows with EventSchema's attributes)."""
    timelines: dict[int, list] = {order_id: [] for order_id in order_ids}
    if order_ids:
        statement = _timeline_rows(db.session.get_bind().dialect.name)
        for event in db.session.execute(statement, {"order_ids": order_ids}):
            timelines[event.order_id].append(event)
    return timelines


def _volunteer_name(volunteer_id: int) -> str:
    volunteer = matching_service.get(volunteer_id=volunteer_id)
    return volunteer.user.name if volunteer and volunteer.user else ""


def list_statement(*, user, scope: str | None, filters: dict):
    """GET /orders: a resident's own, a volunteer's (held now or before), staff their communities'."""
    scope = scope or ("staff" if user.has_role("staff", "admin") else
                      "volunteer" if user.has_role("volunteer") else "resident")
    statement = select(Order)
    if scope == "resident":
        statement = statement.where(Order.resident_id == user.id)
    elif scope == "volunteer":
        volunteer = matching_service.get_by_user(user_id=user.id)
        statement = statement.where(Order.volunteer_id == (volunteer.id if volunteer else -1))
    elif not user.has_role("admin"):  # admins see every community's orders
        if not user.has_role("staff"):
            raise ApiError.forbidden("Only staff see a community's orders.", code="role_required")
        statement = statement.where(Order.community_id.in_(user.community_ids or {-1}))
    if filters.get("community_id"):
        statement = statement.where(Order.community_id == filters["community_id"])
    if filters.get("status"):
        statement = statement.where(Order.status.in_(filters["status"]))
    if filters.get("needs_attention") is not None:
        statement = statement.where(Order.needs_attention == filters["needs_attention"])
    if filters.get("minutes_status"):
        statement = statement.where(Order.minutes_status == filters["minutes_status"])
    return statement.order_by(Order.id.desc()), scope


# 点单: creating an order

def create(*, user, order_in: dict) -> Order:
    """A resident orders for themself; staff order for a resident of their community (代点单)."""
    item = menu_service.orderable_item(item_id=order_in["menu_item_id"])
    community = menu_service.get_community_or_404(community_id=item.community_id)
    resident = user
    if order_in.get("resident_id") and order_in["resident_id"] != user.id:
        if not can_staff(user, community.id):
            raise ApiError.forbidden("Only staff of the community may order for a resident.", code="not_community_staff")
        resident = accounts_service.get(user_id=order_in["resident_id"])
        if resident is None or not resident.has_role("resident"):
            raise ApiError.invalid("unknown_resident", "No such resident.", field="resident_id")
    elif not user.has_role("resident"):
        raise ApiError.forbidden("Only residents order services (staff: give resident_id).", code="role_required")
    now = clock.now()
    start, end = order_in["window_start"], order_in["window_end"]
    errors = {}
    if end <= start:
        errors["window_end"] = ["The window must end after it starts."]
    elif end <= now:
        errors["window_end"] = ["The window is in the past."]
    elif end - start > MAX_WINDOW:
        errors["window_end"] = ["A window can be at most 14 days long."]
    if start < now - timedelta(hours=24):
        errors["window_start"] = ["The window starts too far in the past."]
    if errors:
        raise ApiError.validation_failed(errors)
    if not menu_service.in_service_area(community, order_in["lat"], order_in["lng"]):
        raise ApiError.invalid("outside_service_area",
                               f"This address is outside {community.name}'s service area "
                               f"({community.radius_m} m around its centre).", field="lat")
    order = Order(
        community_id=community.id, menu_item_id=item.id, category_id=item.category_id, resident_id=resident.id,
        created_by_id=user.id, item_name=item.name, points=item.points, expected_minutes=item.expected_minutes,
        radius_m=item.radius_m or menu_service.DEFAULT_RADIUS_M,
        offer_minutes=item.offer_minutes or menu_service.setting(community, "offer_minutes",
                                                                 menu_service.DEFAULT_OFFER_MINUTES),
        address=order_in["address"], lat=order_in["lat"], lng=order_in["lng"],
        cell=geo.cell_of(order_in["lat"], order_in["lng"]), window_start=start, window_end=end,
        note=order_in.get("note", ""), status="pending", created_at=now,
    )
    db.session.add(order)
    db.session.flush()
    set_committed_value(order, "rating", None)  # a new order has no rating: presenting it need not ask
    by_staff = resident.id != user.id
    flows.created(order, actor=user, actor_role="staff" if by_staff else "resident",
                  note="代点单 by staff" if by_staff else "")
    from app.orders import dispatch

    dispatch.after_order_created(order)
    db.session.commit()
    return order


# 派单: offers

def offer(*, order: Order, volunteer: Volunteer, by_user=None, distance_m: float | None = None,
          score: float | None = None, note: str = "") -> Offer:
    """Offer the order to one volunteer until a deadline. `by_user` None means the dispatcher did it."""
    now = clock.now()
    new_offer = Offer(order_id=order.id, volunteer_id=volunteer.id, dispatched_by_id=getattr(by_user, "id", None),
                      created_at=now, deadline=now + timedelta(minutes=order.offer_minutes),
                      distance_m=distance_m, score=score)
    db.session.add(new_offer)
    db.session.flush()
    flows.transition(order, "offer", actor=by_user, actor_role="staff" if by_user else "system",
                     note=note or f"offered to volunteer {volunteer.id}",
                     values={"current_offer_id": new_offer.id, "offers_made": order.offers_made + 1})
    volunteer.offers_received += 1
    notify_service.notify(
        user_id=volunteer.user_id, event="offer_created", title="新的服务派单",
        body=f"{order.item_name}：请在 {order.offer_minutes} 分钟内接单", dedupe_key=f"offer:{new_offer.id}:created",
        data={"order_id": order.id, "offer_id": new_offer.id, "item_name": order.item_name,
              "window_start": order.window_start, "deadline": new_offer.deadline})
    db.session.commit()
    return new_offer


def dispatch_manually(*, order: Order, staff_user, volunteer_id: int) -> Offer:
    """Staff choose the volunteer. They may look past the radius and the weekly hours (they know their people),
    but not past what makes an offer meaningless: approval, the skill, capacity, an earlier refusal."""
    require_staff_of(staff_user, order.community_id)
    volunteer = matching_service.get(volunteer_id=volunteer_id)
    if volunteer is None or not can_staff(staff_user, volunteer.community_id):
        raise ApiError.invalid("unknown_volunteer", "No such volunteer in your communities.", field="volunteer_id")
    problems = []
    if volunteer.status != "approved":
        problems.append("is not an approved volunteer")
    if order.category_id not in volunteer.skill_ids:
        problems.append("does not have this service's skill")
    if volunteer.active_orders >= volunteer.max_active_orders:
        problems.append("already holds as many orders as they take at once")
    if volunteer.id in _tried_volunteer_ids(order):
        problems.append("already declined or let an offer for this order expire")
    if volunteer.user_id == order.resident_id:
        problems.append("is the resident who ordered it")
    if problems:
        raise ApiError.conflict("volunteer_not_eligible", "This volunteer " + "; ".join(problems) + ".")
    if order.status != "pending":
        raise flows.conflict("order_not_pending")
    distance = geo.haversine_m(order.lat, order.lng, volunteer.home_lat, volunteer.home_lng)
    return offer(order=order, volunteer=volunteer, by_user=staff_user, distance_m=distance)


def _require_my_offer(order: Order, volunteer: Volunteer) -> Offer:
    current = _current_offer(order)
    if order.status == "offered" and current is not None and current.volunteer_id == volunteer.id:
        return current
    mine = db.session.scalar(select(Offer).where(Offer.order_id == order.id, Offer.volunteer_id == volunteer.id)
                             .order_by(Offer.id.desc()).limit(1))
    if mine is not None and mine.status == "expired":
        raise ApiError.conflict("offer_expired", "The offer expired before you answered.")
    if mine is not None and mine.status == "withdrawn":
        raise ApiError.conflict("offer_withdrawn", "The offer was withdrawn.")
    if mine is not None and mine.status == "declined":
        raise ApiError.conflict("offer_declined", "You declined this order.")
    if order.status != "offered":
        raise flows.conflict("order_not_offered")
    raise ApiError.conflict("not_your_order", "This order is offered to someone else.")


def _expire_if_due(order: Order, current: Offer) -> None:
    """An offer past its deadline expires when it is next touched, even before the sweep reaches it."""
    if current.deadline <= clock.now():
        expire_offer(offer_row=current)
        raise ApiError(409, "offer_expired", "The offer expired before you answered.", keep_changes=True)


def accept(*, order: Order, user) -> Order:
    volunteer = matching_service.require_active(user=user)
    current = _require_my_offer(order, volunteer)
    _expire_if_due(order, current)
    matching_service.refuse_if_busy(volunteer=volunteer)
    now = clock.now()
    flows.transition(order, "accept", actor=user, actor_role="volunteer",
                     values={"volunteer_id": volunteer.id, "accepted_at": now, "current_offer_id": None,
                             "needs_attention": False})
    current.status, current.answered_at = "accepted", now
    volunteer.offers_accepted += 1
    _notify_accepted(order, volunteer)
    db.session.commit()
    return order


def decline(*, order: Order, user, reason: str = "") -> Order:
    volunteer = matching_service.require_active(user=user)
    current = _require_my_offer(order, volunteer)
    _expire_if_due(order, current)
    flows.transition(order, "decline", actor=user, actor_role="volunteer", note=reason,
                     values={"current_offer_id": None})
    current.status, current.answered_at, current.reason = "declined", clock.now(), reason or None
    from app.orders import dispatch

    dispatch.after_offer_ended(order)
    db.session.commit()
    return order


def expire_offer(*, offer_row: Offer) -> bool:
    """An offer's deadline passed: it expires, and the order goes back to pending (and on, under auto dispatch)."""
    if offer_row.status != "pending":
        return False
    order = get(order_id=offer_row.order_id)
    offer_row.status, offer_row.answered_at = "expired", clock.now()
    if order.status == "offered" and order.current_offer_id == offer_row.id:
        flows.transition(order, "offer_expired", note=f"no answer from volunteer {offer_row.volunteer_id}",
                         values={"current_offer_id": None})
        from app.orders import dispatch

        dispatch.after_offer_ended(order)
    db.session.commit()
    return True


def _withdraw_offer(order: Order) -> None:
    current = _current_offer(order)
    if current is not None and current.status == "pending":
        current.status, current.answered_at = "withdrawn", clock.now()


# 接单 from the open pool

@cache
def _pool_matches(dialect: str):
    """Pending orders in the disk's cells (`pool_cells`, as one parameter: binding hundreds cost a third of the time
    on PostgreSQL) that the volunteer could take: their skills, not their own, not passed on. Only the id and
    position: the whole orders are read for the page alone."""
    tried = select(_offers.c.order_id).where(_offers.c.volunteer_id == bindparam("volunteer_id"),
                                             _offers.c.status.in_(("declined", "expired")))
    skills = select(volunteer_skills.c.category_id).where(volunteer_skills.c.volunteer_id == bindparam("volunteer_id"))
    return select(_orders.c.id, _orders.c.lat, _orders.c.lng).where(
        _orders.c.status == "pending", _orders.c.category_id.in_(skills),
        one_of(_orders.c.cell, "pool_cells", dialect), _orders.c.window_end > bindparam("now"),
        _orders.c.resident_id != bindparam("user_id"), _orders.c.id.not_in(tried))


@cache
def _order_rows_by_id(dialect: str):
    return _ORDER_ROWS.where(one_of(_orders.c.id, "order_ids", dialect))


def open_pool(*, volunteer, lat: float | None, lng: float | None, radius_m: int, page: int,
              page_size: int) -> tuple[list[dict], int]:
    """Pending orders near a point (by default where the volunteer is) that this volunteer (a Volunteer, or a row
    of the table) could claim, nearest first, as the open view presents them: (the orders of the page, how many
    there are in all)."""
    now = clock.now()
    if lat is None or lng is None:
        fresh_live = (volunteer.live_lat is not None and volunteer.live_at
                      and volunteer.live_at + matching_service.LIVE_FRESH_FOR > now)
        lat, lng = ((volunteer.live_lat, volunteer.live_lng) if fresh_live
                    else (volunteer.home_lat, volunteer.home_lng))
    dialect = db.session.get_bind().dialect.name
    matches = db.session.execute(_pool_matches(dialect), {
        "volunteer_id": volunteer.id, "user_id": volunteer.user_id, "now": now,
        "pool_cells": list(geo.cells_within(lat, lng, radius_m)),  # some 300 for 3 km
    }).all()
    nearby = sorted((d, order_id) for order_id, o_lat, o_lng in matches
                    if (d := geo.haversine_m(lat, lng, o_lat, o_lng)) <= radius_m)
    start = (page - 1) * page_size
    chosen = [order_id for _, order_id in nearby[start:start + page_size]]
    rows = {row.id: row for row in db.session.execute(_order_rows_by_id(dialect), {"order_ids": chosen})} \
        if chosen else {}
    # The open view shows no holder, offer, rating or timeline: a pending order has none of them.
    page_orders = [_present(rows[order_id], "open", resident=_resident_of(rows[order_id]), volunteer=None,
                            offer=None, rating=None, events=[], origin=(lat, lng))
                   for order_id in chosen if order_id in rows]
    return page_orders, len(nearby)


def claim(*, order: Order, user) -> Order:
    """抢单: the first claim of a pending order wins; the rest get 409 order_not_pending."""
    volunteer = matching_service.require_active(user=user)
    if order.status != "pending":
        raise flows.conflict("order_not_pending")
    if not is_open_to(order, volunteer):
        raise ApiError.conflict("not_eligible", "You cannot take this order (skill, or you passed on it before).")
    matching_service.refuse_if_busy(volunteer=volunteer)
    flows.transition(order, "claim", actor=user, actor_role="volunteer", note="claimed from the open pool",
                     values={"volunteer_id": volunteer.id, "accepted_at": clock.now(), "needs_attention": False})
    _notify_accepted(order, volunteer)
    db.session.commit()
    return order


def _notify_accepted(order: Order, volunteer: Volunteer) -> None:
    notify_service.notify(
        user_id=order.resident_id, event="order_accepted", title="志愿者已接单",
        body=f"{volunteer.user.name} 将为您提供「{order.item_name}」", dedupe_key=f"order:{order.id}:accepted",
        data={"order_id": order.id, "item_name": order.item_name, "volunteer_name": volunteer.user.name,
              "window_start": order.window_start})


# Service: check-in and check-out

def _require_holder(order: Order, user) -> Volunteer:
    volunteer = matching_service.get_by_user(user_id=user.id)
    if volunteer is None or order.volunteer_id != volunteer.id:
        raise ApiError.conflict("not_your_order", "You do not hold this order.")
    return volunteer


def check_in(*, order: Order, user, lat: float, lng: float) -> Order:
    _require_holder(order, user)
    distance = geo.geodesic_m(lat, lng, order.lat, order.lng)
    flows.transition(order, "check_in", actor=user, actor_role="volunteer",
                     note=f"{round(distance)} m from the address",
                     values={"check_in_at": clock.now(), "check_in_lat": lat, "check_in_lng": lng,
                             "check_in_distance_m": distance})
    notify_service.notify(
        user_id=order.resident_id, event="order_checked_in", title="志愿者已到达",
        body=f"「{order.item_name}」服务开始", dedupe_key=f"order:{order.id}:checked_in",
        data={"order_id": order.id, "item_name": order.item_name, "at": order.check_in_at})
    db.session.commit()
    return order


def check_out(*, order: Order, user, lat: float, lng: float, summary: str = "") -> Order:
    """Completes the service. Minutes are verified when both check points were within 300 m of the order (capped
    at twice the expected minutes); otherwise they wait for staff review and earn nothing until approved."""
    volunteer = _require_holder(order, user)
    now = clock.now()
    distance = geo.geodesic_m(lat, lng, order.lat, order.lng)
    minutes = max(0, math.floor((now - order.check_in_at).total_seconds() / 60)) if order.check_in_at else 0
    near = (order.check_in_distance_m is not None and order.check_in_distance_m <= CHECK_POINT_RADIUS_M
            and distance <= CHECK_POINT_RADIUS_M)
    if near:
        minutes_status, service_minutes = "verified", min(minutes, MINUTES_CAP_FACTOR * order.expected_minutes)
        note = f"{service_minutes} minutes verified"
    else:
        minutes_status, service_minutes = "pending_review", minutes
        note = f"{minutes} minutes to review: check point {round(max(distance, order.check_in_distance_m or 0))} m away"
    flows.transition(order, "check_out", actor=user, actor_role="volunteer", note=note, values={
        "check_out_at": now, "check_out_lat": lat, "check_out_lng": lng, "check_out_distance_m": distance,
        "summary": summary, "service_minutes": service_minutes, "minutes_status": minutes_status,
        "completed_at": now})
    matching_service.release_capacity(volunteer_id=volunteer.id)
    if near:
        volunteer.verified_minutes += service_minutes
        points_service.award_completion(order=order)
        records_service.minutes_recorded(volunteer_id=volunteer.id)
    notify_service.notify(
        user_id=order.resident_id, event="order_completed", title="服务已完成，请评价",
        body=f"「{order.item_name}」已完成，欢迎为志愿者评分", dedupe_key=f"order:{order.id}:completed",
        data={"order_id": order.id, "item_name": order.item_name, "at": now})
    db.session.commit()
    return order


def review_minutes(*, order: Order, staff_user, approve: bool, minutes: int | None = None, note: str = "") -> Order:
    """Staff decide on minutes the location check could not verify. Approved minutes are recorded apart from
    system-verified ones (志愿时长 rules) and earn the completion award; rejected ones earn nothing."""
    require_staff_of(staff_user, order.community_id)
    if order.minutes_status != "pending_review":
        raise ApiError.conflict("minutes_not_pending_review", "These minutes are not waiting for review.")
    order.minutes_reviewed_by_id = staff_user.id
    if approve:
        cap = MINUTES_CAP_FACTOR * order.expected_minutes
        order.service_minutes = min(minutes if minutes is not None else order.service_minutes, cap)
        order.minutes_status = "approved"
        order.volunteer.approved_minutes += order.service_minutes
        points_service.award_completion(order=order)
        records_service.minutes_recorded(volunteer_id=order.volunteer_id)
    else:
        order.minutes_status = "rejected"
    flows.record(order, actor=staff_user, actor_role="staff", from_status=order.status, to_status=order.status,
                 note=f"minutes {order.minutes_status}: {order.service_minutes}" + (f" ({note})" if note else ""))
    db.session.commit()
    return order


# 评单: rating

def rate(*, order: Order, user, stars: int, comment: str = "", tags=()) -> Rating:
    if order.resident_id != user.id:
        raise ApiError.conflict("not_your_order", "Only the resident who ordered the service rates it.")
    return _rate(order, actor=user, actor_role="resident", stars=stars, comment=comment, tags=list(tags),
                 automatic=False)


def _rate(order: Order, *, actor, actor_role: str, stars: int, comment: str, tags: list, automatic: bool) -> Rating:
    flows.transition(order, "rate", actor=actor, actor_role=actor_role,
                     note=f"{stars} stars" + (" (automatic after 7 days)" if automatic else ""))
    rating = Rating(order_id=order.id, volunteer_id=order.volunteer_id, stars=stars, comment=comment, tags=tags,
                    automatic=automatic, created_at=clock.now())
    db.session.add(rating)
    if not automatic:
        # An automatic rating is the absence of a complaint, not praise: it neither moves the volunteer's
        # rating nor earns the 5-star bonus.
        volunteer = order.volunteer
        volunteer.rating_count += 1
        volunteer.rating_sum += stars
        points_service.award_rating_bonus(order=order, stars=stars)
    if stars <= LOW_RATING_MAX_STARS:
        db.session.add(FollowUp(order_id=order.id, community_id=order.community_id, stars=stars,
                                created_at=clock.now()))
        notify_service.notify_staff(
            community_id=order.community_id, event="low_rating", title="低分评价待回访",
            body=f"「{order.item_name}」获得 {stars} 星评价，请回访", dedupe_key=f"order:{order.id}:low_rating",
            data={"order_id": order.id, "item_name": order.item_name, "stars": stars})
    db.session.commit()
    return rating


def auto_rate_due() -> int:
    """Sweep: orders completed and unrated for 7 days are rated 5 stars, marked automatic."""
    due = db.session.scalars(select(Order).where(
        Order.status == "completed", Order.completed_at <= clock.now() - AUTO_RATE_AFTER).order_by(Order.id)
        .limit(500)).all()
    done = 0
    for order in due:
        try:
            _rate(order, actor=None, actor_role="system", stars=AUTO_RATING_STARS, comment="", tags=[],
                  automatic=True)
            done += 1
        except ApiError:  # rated meanwhile by its resident: nothing to do
            db.session.rollback()
    return done


# Follow-ups (回访)

def follow_ups_statement(*, community_id: int, status: str | None):
    statement = select(FollowUp).where(FollowUp.community_id == community_id)
    if status:
        statement = statement.where(FollowUp.status == status)
    return statement.order_by(FollowUp.id.desc())


def close_follow_up(*, follow_up_id: int, staff_user, outcome: str) -> FollowUp:
    follow_up = db.session.get(FollowUp, follow_up_id)
    if follow_up is None or not can_staff(staff_user, follow_up.community_id):
        raise ApiError.not_found("follow_up")
    if follow_up.status == "closed":
        raise ApiError.conflict("follow_up_closed", "This follow-up is already closed.")
    follow_up.status, follow_up.outcome = "closed", outcome
    follow_up.closed_at, follow_up.closed_by_id = clock.now(), staff_user.id
    db.session.commit()
    return follow_up


# Cancel and expire

def cancel(*, order: Order, user, reason: str) -> Order:
    """The resident may cancel until service starts; staff of the community at any stage before completion."""
    role = _role_of(user, order)
    if role == "resident" and not can_staff(user, order.community_id) and order.status == "in_service":
        raise ApiError.conflict("service_started", "The service has started; ask the community staff to cancel.")
    if role not in ("resident", "staff", "admin"):
        raise ApiError.conflict("not_your_order", "Only the resident or community staff can cancel.")
    held_by = order.volunteer_id if order.status in flows.HELD_STATUSES else None
    if order.status == "offered":
        _withdraw_offer(order)
    flows.transition(order, "cancel", actor=user, actor_role=role, note=reason,
                     values={"cancel_reason": reason, "current_offer_id": None, "needs_attention": False})
    if held_by:
        matching_service.release_capacity(volunteer_id=held_by)
    db.session.commit()
    return order


def expire_due() -> int:
    """Sweep: orders nobody took by the end of their window expire."""
    due = db.session.scalars(select(Order).where(
        Order.status.in_(flows.OPEN_STATUSES), Order.window_end <= clock.now()).order_by(Order.id).limit(500)).all()
    for order in due:
        if order.status == "offered":
            _withdraw_offer(order)
        flows.transition(order, "expire", note="nobody took it before the window ended",
                         values={"current_offer_id": None, "needs_attention": False})
    db.session.commit()
    return len(due)


def expire_due_offers() -> int:
    """Sweep: offers past their deadline expire and their orders move on."""
    due = db.session.scalars(select(Offer).where(Offer.status == "pending", Offer.deadline <= clock.now())
                             .order_by(Offer.id).limit(500)).all()
    count = sum(1 for offer_row in due if expire_offer(offer_row=offer_row))
    db.session.commit()
    return count


# Tasks: what a volunteer has on their plate

def tasks_for(*, volunteer_id: int, volunteer_name: str) -> list[dict]:
    """Current offers and held orders of the volunteer (whose name they show), soonest window first."""
    rows = db.session.execute(_TASK_ROWS, {"volunteer_id": volunteer_id}).all()
    timelines = _timelines([row.id for row in rows if row.status != "offered"])
    items = []
    for row in rows:  # offered or held, so not rated: no rating to show
        if row.status == "offered":
            offer = {"id": row.offer_id, "volunteer_id": row.offer_volunteer_id, "deadline": row.offer_deadline,
                     "status": row.offer_status, "volunteer_name": volunteer_name}
            order = _present(row, "offered", resident=_resident_of(row), volunteer=None, offer=offer, rating=None,
                             events=[], origin=None)
            items.append({"kind": "offer", "offer_deadline": row.offer_deadline, "order": order})
        else:
            order = _present(row, "holder", resident=_resident_of(row),
                             volunteer={"id": volunteer_id, "name": volunteer_name}, offer=None, rating=None,
                             events=timelines[row.id], origin=None)
            items.append({"kind": "order", "offer_deadline": None, "order": order})
    return sorted(items, key=lambda item: (item["order"]["window_start"], item["order"]["id"]))


