"""Reminders the order loop sends ahead of a deadline (each at most once per person and event, by its dedupe key):
the volunteer whose offer is about to lapse, the volunteer holding an order an hour before its window, and the
volunteer in service 15 minutes before the window ends (to check out)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import String, cast, exists, literal, select

from app import clock
from app.extensions import db
from app.i18n import N_, msg
from app.matching.models import Volunteer
from app.notify import service as notify_service
from app.notify.models import Notification
from app.orders.models import Offer, Order

EXPIRING_WITHIN = timedelta(minutes=2)


def _expiring_key(offer_id) -> str:
    return f"offer:{offer_id}:expiring"


def expiring_offers() -> list[int]:
    """Pending offers that end within two minutes and whose volunteer has not been reminded."""
    now = clock.now()
    already_reminded = exists().where(
        Notification.user_id == Volunteer.user_id,
        Notification.dedupe_key == literal("offer:") + cast(Offer.id, String) + literal(":expiring"),
    )
    return list(db.session.scalars(
        select(Offer.id).join(Volunteer, Volunteer.id == Offer.volunteer_id)
        .where(Offer.status == "pending", Offer.deadline > now, Offer.deadline <= now + EXPIRING_WITHIN,
               ~already_reminded)
        .order_by(Offer.deadline)))


def remind_expiring(offer_id: int) -> bool:
    """Tell the volunteer their offer is about to lapse. No address: they do not hold the order yet."""
    offer = db.session.get(Offer, offer_id)
    if offer is None or offer.status != "pending":
        return False
    order = db.session.get(Order, offer.order_id)
    volunteer = db.session.get(Volunteer, offer.volunteer_id)
    notification = notify_service.notify(
        user_id=volunteer.user_id, event="offer_expiring", title=msg("Offer about to lapse"),
        body=msg("The offer of “%(item)s” is about to lapse; please accept or decline it soon.", item=order.item_name),
        dedupe_key=_expiring_key(offer.id),
        data={"order_id": order.id, "offer_id": offer.id, "item_name": order.item_name,
              "window_start": order.window_start, "deadline": offer.deadline})
    return notification is not None


# The order's own reminders: the holder an hour before the window, the volunteer in service before it ends.

STARTING_WITHIN = timedelta(minutes=60)
CHECK_OUT_DUE_WITHIN = timedelta(minutes=15)


def _not_told(key_parts) -> object:
    """No notification with the dedupe key made of `key_parts` (literals and columns) for the holder yet."""
    key = literal("")
    for part in key_parts:
        key = key + (literal(part) if isinstance(part, str) else cast(part, String))
    return ~exists().where(Notification.user_id == Volunteer.user_id, Notification.dedupe_key == key)


def _starting_key(order_id, volunteer_id) -> str:
    return f"order:{order_id}:starting:{volunteer_id}"


def _check_out_due_key(order_id, volunteer_id) -> str:
    return f"order:{order_id}:check_out_due:{volunteer_id}"


def _held(status: str, column, within: timedelta, key_parts) -> list[int]:
    now = clock.now()
    return list(db.session.scalars(
        select(Order.id).join(Volunteer, Volunteer.id == Order.volunteer_id)
        .where(Order.status == status, column > now, column <= now + within, _not_told(key_parts))
        .order_by(column, Order.id)))


def starting_orders() -> list[int]:
    """Accepted orders whose window starts within the hour and whose holder has not been reminded."""
    return _held("accepted", Order.window_start, STARTING_WITHIN,
                 ("order:", Order.id, ":starting:", Order.volunteer_id))


def check_outs_due() -> list[int]:
    """Orders in service whose window ends within 15 minutes and whose volunteer has not been reminded."""
    return _held("in_service", Order.window_end, CHECK_OUT_DUE_WITHIN,
                 ("order:", Order.id, ":check_out_due:", Order.volunteer_id))


def _remind_holder(order_id: int, status: str, event: str, key, title, body: str) -> bool:
    # title: a Message; body: a msgid of the item's name (app.i18n)
    order = db.session.get(Order, order_id)
    if order is None or order.status != status or order.volunteer_id is None:
        return False
    volunteer = db.session.get(Volunteer, order.volunteer_id)
    notification = notify_service.notify(
        user_id=volunteer.user_id, event=event, title=title, body=msg(body, item=order.item_name),
        dedupe_key=key(order.id, volunteer.id),
        data={"order_id": order.id, "item_name": order.item_name, "window_start": order.window_start,
              "window_end": order.window_end})
    return notification is not None


def remind_starting(order_id: int) -> bool:
    return _remind_holder(order_id, "accepted", "order_starting", _starting_key, msg("Service starting soon"),
                          N_("“%(item)s” starts within an hour; please arrive on time and check in"))


def remind_check_out(order_id: int) -> bool:
    return _remind_holder(order_id, "in_service", "check_out_due", _check_out_due_key, msg("Remember to check out"),
                          N_("“%(item)s”: the service window is ending; please check out when done"))
