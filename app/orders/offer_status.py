"""An offer's own status: the one place it changes. An offer is `pending` until it is answered or ends, and it ends
once: accepted, declined, expired (its deadline passed) or withdrawn (the order was cancelled, expired or taken
another way). Each change is a compare-and-set on `pending`, so an answer racing the deadline sweep has one
outcome."""
from __future__ import annotations

from app import clock
from app.db import change_if
from app.orders.models import Offer

OFFER_STATUSES = ("pending", "accepted", "declined", "expired", "withdrawn")
OFFER_ENDINGS = {"accept": "accepted", "decline": "declined", "expire": "expired", "withdraw": "withdrawn"}


def settle(offer: Offer, action: str, **values) -> bool:
    """End a pending offer by `action` (with `values`, such as a decline's reason). False when it had ended
    already (the object then shows how)."""
    return change_if(offer, column="status", seen="pending",
                     values={"status": OFFER_ENDINGS[action], "answered_at": clock.now(), **values})
