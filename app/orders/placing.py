"""点单: placing an order, by a resident for themself or by staff for a resident of their community (代点单). The
item's name, category, points and expected minutes are copied onto the order, so later edits to the menu do not
change what it was ordered under."""
from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy.orm.attributes import set_committed_value

from app import clock, geo
from app.accounts import service as accounts_service
from app.accounts.auth import can_staff
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg
from app.menu import service as menu_service
from app.orders import dispatch, timeline, visits
from app.orders.models import Order

MAX_WINDOW = timedelta(days=14)


def _resident_for(user, community, order_in: dict):
    """Whom the order is for: the caller, or (staff of the community only) the resident they name."""
    if order_in.get("resident_id") and order_in["resident_id"] != user.id:
        if not can_staff(user, community.id):
            raise ApiError.forbidden(_l("Only staff of the community may order for a resident."),
                                     code="not_community_staff")
        resident = accounts_service.get(user_id=order_in["resident_id"])
        if resident is None or not resident.has_role("resident"):
            raise ApiError.invalid("unknown_resident", _l("No such resident."), field="resident_id")
        return resident
    if not user.has_role("resident"):
        raise ApiError.forbidden(_l("Only residents order services (staff: give resident_id)."), code="role_required")
    if not user.phone:
        # An account is a person once WeChat vouches for their phone (or staff registered it): a bare WeChat
        # sign-in must not be able to order, or anyone could mint residents to confirm their own services.
        raise ApiError.forbidden(_l("Bind your phone number before ordering."), code="phone_required")
    return user


def _check_window(start, end) -> None:
    now = clock.now()
    errors = {}
    if end <= start:
        errors["window_end"] = [_l("The window must end after it starts.")]
    elif end <= now:
        errors["window_end"] = [_l("The window is in the past.")]
    elif end - start > MAX_WINDOW:
        errors["window_end"] = [_l("A window can be at most 14 days long.")]
    if start < now - timedelta(hours=24):
        errors["window_start"] = [_l("The window starts too far in the past.")]
    days_ahead = current_app.config["ORDER_MAX_DAYS_AHEAD"]
    if start > now + timedelta(days=days_ahead):
        errors["window_start"] = [_l("A window can start at most %(days)s days ahead.", days=days_ahead)]
    if errors:
        raise ApiError.validation_failed(errors)


def checked(*, user, order_in: dict):
    """The rules every order is placed under, checked without placing it: the item active, who it is for, the
    window, the service area. (item, community, resident); 4xx otherwise. A recurring service checks its first
    occurrence with these too (app.series)."""
    item = menu_service.orderable_item(item_id=order_in["menu_item_id"])
    community = menu_service.get_community_or_404(community_id=item.community_id)
    resident = _resident_for(user, community, order_in)
    _check_window(order_in["window_start"], order_in["window_end"])
    if not menu_service.in_service_area(community, order_in["lat"], order_in["lng"]):
        raise ApiError.invalid("outside_service_area",
                               _l("This address is outside %(community)s's service area "
                                  "(%(radius)s m around its centre).",
                                  community=community.name, radius=community.radius_m), field="lat")
    return item, community, resident


def _offer_minutes(item, community) -> int:
    if item.urgent:
        return dispatch.URGENT_OFFER_MINUTES
    return item.offer_minutes or menu_service.setting(community, "offer_minutes", menu_service.DEFAULT_OFFER_MINUTES)


def create(*, user, order_in: dict, paired_volunteer_id: int | None = None) -> Order:
    """A resident orders for themself; staff order for a resident of their community (代点单). An occurrence of a
    recurring service comes with its `series_id` and `occurrence_on`, and its paired volunteer."""
    item, community, resident = checked(user=user, order_in=order_in)
    order = Order(
        community_id=community.id, menu_item_id=item.id, category_id=item.category_id, resident_id=resident.id,
        created_by_id=user.id, item_name=item.name, points=item.points, expected_minutes=item.expected_minutes,
        radius_m=item.radius_m or menu_service.DEFAULT_RADIUS_M, offer_minutes=_offer_minutes(item, community),
        urgent=item.urgent, series_id=order_in.get("series_id"), occurrence_on=order_in.get("occurrence_on"),
        address=order_in["address"], lat=order_in["lat"], lng=order_in["lng"],
        cell=geo.cell_of(order_in["lat"], order_in["lng"]), window_start=order_in["window_start"],
        window_end=order_in["window_end"], note=order_in.get("note", ""), status="pending", created_at=clock.now(),
        service_code=visits.new_service_code(),
    )
    db.session.add(order)
    db.session.flush()
    set_committed_value(order, "rating", None)  # a new order has no rating: presenting it need not ask
    by_staff = resident.id != user.id
    if order.series_id is not None:
        note = msg("weekly visit: series %(series)s, %(day)s", series=order.series_id, day=str(order.occurrence_on))
    else:
        note = msg("placed by staff for the resident (代点单)") if by_staff else ""
    timeline.created(order, actor=user, actor_role="staff" if by_staff else "resident", note=note)
    dispatch.after_order_created(order, paired_volunteer_id=paired_volunteer_id)
    return order
