"""Reminders the order loop sends ahead of a deadline (each at most once per person and event, by its dedupe key):
the volunteer whose offer is about to lapse."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import String, cast, exists, literal, select

from app import clock
from app.extensions import db
from app.i18n import msg
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
