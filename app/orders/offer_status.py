"""An offer's own status: the one place it changes. An offer is `pending` until it is answered or ends, and it ends
once: accepted, declined, expired (its deadline passed) or withdrawn (the order was cancelled, expired or taken
another way). Each change is a compare-and-set on `pending`, so an answer racing the deadline sweep has one
outcome. An urgent order has several pending offers at once (app.orders.dispatch); the others are withdrawn when
one is accepted."""
from __future__ import annotations

from sqlalchemy import select

from app import clock
from app.db import change_if
from app.extensions import db
from app.orders.models import Offer

OFFER_STATUSES = ("pending", "accepted", "declined", "expired", "withdrawn")
OFFER_ENDINGS = {"accept": "accepted", "decline": "declined", "expire": "expired", "withdraw": "withdrawn"}


def settle(offer: Offer, action: str, **values) -> bool:
    """End a pending offer by `action` (with `values`, such as a decline's reason). False when it had ended
    already (the object then shows how)."""
    return change_if(offer, column="status", seen="pending",
                     values={"status": OFFER_ENDINGS[action], "answered_at": clock.now(), **values})


def pending_of(order_id: int, *, except_id: int | None = None) -> list[Offer]:
    """The order's offers still waiting for an answer (but `except_id`), oldest first."""
    statement = select(Offer).where(Offer.order_id == order_id, Offer.status == "pending")
    if except_id is not None:
        statement = statement.where(Offer.id != except_id)
    return list(db.session.scalars(statement.order_by(Offer.id)))


def withdraw_pending(order_id: int, *, except_id: int | None = None) -> list[Offer]:
    """Withdraw the order's other pending offers (each a compare-and-set); the ones this call withdrew."""
    return [offer for offer in pending_of(order_id, except_id=except_id) if settle(offer, "withdraw")]
