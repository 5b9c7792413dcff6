"""The notify domain's sweeps: deliver the outbox, remind volunteers of offers about to expire, purge old rows."""
from __future__ import annotations

import logging
from datetime import timedelta

from flask import Flask
from sqlalchemy import String, cast, exists, literal, select

from app import clock
from app.db import unit_of_work
from app.extensions import db
from app.notify import delivery
from app.notify.models import Notification
from app.notify.service import notify
from app.scheduler import Job

log = logging.getLogger(__name__)

EXPIRING_WITHIN = timedelta(minutes=2)


def jobs(app: Flask) -> list[Job]:
    return [
        Job("deliver_notifications", delivery.deliver_due, 10),
        Job("remind_expiring_offers", remind_expiring_offers, 30),
        Job("purge_delivered_notifications", delivery.purge_delivered, 3600),
    ]


def remind_expiring_offers() -> int:
    """Tell each volunteer whose pending offer ends within two minutes, once per offer (the dedupe key). Returns
    how many reminders this run created. No address: the volunteer does not hold the order yet."""
    from app.matching.models import Volunteer
    from app.orders.models import Offer, Order

    now = clock.now()
    already_reminded = exists().where(
        Notification.user_id == Volunteer.user_id,
        Notification.dedupe_key == literal("offer:") + cast(Offer.id, String) + literal(":expiring"),
    )
    rows = db.session.execute(
        select(Offer.id, Offer.deadline, Volunteer.user_id, Order.id, Order.item_name, Order.window_start)
        .join(Order, Order.id == Offer.order_id).join(Volunteer, Volunteer.id == Offer.volunteer_id)
        .where(Offer.status == "pending", Offer.deadline > now, Offer.deadline <= now + EXPIRING_WITHIN,
               ~already_reminded)
        .order_by(Offer.deadline)
    ).all()
    created = 0
    for offer_id, deadline, user_id, order_id, item_name, window_start in rows:
        dedupe_key = f"offer:{offer_id}:expiring"
        try:
            with unit_of_work(db.session):  # one reminder per transaction: a bad row does not stop the sweep
                notification = notify(
                    user_id=user_id, event="offer_expiring", title="派单即将超时",
                    body=f"「{item_name}」的派单即将超时，请尽快接单或拒绝。", dedupe_key=dedupe_key,
                    data={"order_id": order_id, "offer_id": offer_id, "item_name": item_name,
                          "window_start": window_start, "deadline": deadline},
                )
                created += notification is not None
        except Exception:
            log.exception("offer %s: the expiry reminder failed", offer_id)
    return created
