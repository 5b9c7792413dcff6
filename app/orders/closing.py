"""How an order ends without being served: cancelled (by its resident before service starts, by staff until it is
completed) or expired (nobody took it before its window ended)."""
from __future__ import annotations

from sqlalchemy import select

from app import clock
from app.accounts.auth import can_staff
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg
from app.orders import access, flows
from app.orders.models import Order


def cancel(*, order: Order, user, reason: str) -> Order:
    """The resident may cancel until service starts; staff of the community at any stage before completion."""
    role = access.role_of(user, order)
    if role == "resident" and not can_staff(user, order.community_id) and order.status == "in_service":
        raise ApiError.conflict("service_started", _l("The service has started; ask the community staff to cancel."))
    if role not in ("resident", "staff", "admin"):
        raise ApiError.forbidden(_l("Only the resident or community staff can cancel."), code="not_your_order")
    return flows.transition(order, "cancel", actor=user, actor_role=role, note=reason,
                            offer=access.current_offer(order),
                            values={"cancel_reason": reason, "current_offer_id": None, "needs_attention": False,
                                    "attention_reason": None})


def due_for_expiry(*, limit: int = 500) -> list[int]:
    return list(db.session.scalars(select(Order.id).where(
        Order.status.in_(flows.OPEN_STATUSES), Order.window_end <= clock.now()).order_by(Order.id).limit(limit)))


def expire(order_id: int) -> bool:
    """The window ended with nobody taking the order: it expires (an open offer is withdrawn)."""
    order = db.session.get(Order, order_id)
    if order is None or order.status not in flows.OPEN_STATUSES or order.window_end > clock.now():
        return False
    flows.transition(order, "expire", note=msg("nobody took it before the window ended"),
                     offer=access.current_offer(order),
                     values={"current_offer_id": None, "needs_attention": False, "attention_reason": None})
    return True
