"""The order state machine: the one place an order's status changes, and where each change is recorded.

Each action names the statuses it may start from and the one it leads to. A change is a conditional UPDATE on
the status the caller saw, so of two racing actions (two volunteers claiming, an accept against a cancel)
exactly one wins and the other gets a 409 with a code that says why.

    pending ──offer──▶ offered ──accept──▶ accepted ──check_in──▶ in_service ──check_out──▶ completed ──rate──▶ rated
       ▲  ◀─decline / offer_expired──┘         ▲
       └────────────────claim──────────────────┘
    pending, offered, accepted, in_service ──cancel──▶ cancelled;  pending, offered ──expire──▶ expired
"""
from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value

from app import clock
from app.errors import ApiError
from app.extensions import db
from app.orders.models import Order, OrderEvent

STATUSES = ("pending", "offered", "accepted", "in_service", "completed", "rated", "cancelled", "expired")
OPEN_STATUSES = ("pending", "offered")
HELD_STATUSES = ("accepted", "in_service")
CLOSED_STATUSES = ("rated", "cancelled", "expired")

# action: (statuses it may start from, status it leads to, conflict code when the order is elsewhere)
TRANSITIONS = {
    "offer": ({"pending"}, "offered", "order_not_pending"),
    "claim": ({"pending"}, "accepted", "order_not_pending"),
    "accept": ({"offered"}, "accepted", "order_not_offered"),
    "decline": ({"offered"}, "pending", "order_not_offered"),
    "offer_expired": ({"offered"}, "pending", "order_not_offered"),
    "check_in": ({"accepted"}, "in_service", "order_not_accepted"),
    "check_out": ({"in_service"}, "completed", "order_not_in_service"),
    "rate": ({"completed"}, "rated", "order_not_completed"),
    "cancel": ({"pending", "offered", "accepted", "in_service"}, "cancelled", "order_not_cancellable"),
    "expire": ({"pending", "offered"}, "expired", "order_not_open"),
}

CONFLICT_DETAILS = {
    "order_not_pending": "The order is no longer waiting for a volunteer.",
    "order_not_offered": "The order has no open offer.",
    "order_not_accepted": "The order is not accepted (checked in already, or not yours yet).",
    "order_not_in_service": "The order is not in service: check in first.",
    "order_not_completed": "Only a completed order can be rated.",
    "order_not_cancellable": "The order can no longer be cancelled.",
    "order_not_open": "The order is no longer open.",
}


def conflict(code: str, detail: str | None = None) -> ApiError:
    return ApiError.conflict(code, detail or CONFLICT_DETAILS.get(code, "The order is not in a state for this."))


def can(order: Order, action: str) -> bool:
    return order.status in TRANSITIONS[action][0]


def record(order: Order, *, actor, actor_role: str, from_status: str | None, to_status: str, note: str = "") -> None:
    db.session.add(OrderEvent(order_id=order.id, at=clock.now(), actor_id=getattr(actor, "id", None),
                              actor_role=actor_role, from_status=from_status, to_status=to_status,
                              note=(note or "")[:500]))


def transition(order: Order, action: str, *, actor=None, actor_role: str = "system", note: str = "",
               values: dict | None = None) -> Order:
    """Move `order` by `action`, setting `values` with it, and record the event. 409 when the order is not (or
    no longer) in a status the action starts from."""
    from_statuses, to_status, code = TRANSITIONS[action]
    seen = order.status
    if seen not in from_statuses:
        raise conflict(_specific_code(order, action, code))
    values = dict(values or {})
    if to_status in CLOSED_STATUSES:
        values.setdefault("closed_at", clock.now())
    db.session.flush()
    changed = db.session.execute(
        update(Order).where(Order.id == order.id, Order.status == seen)
        .values(status=to_status, **values).execution_options(synchronize_session=False)
    ).rowcount
    if changed != 1:
        db.session.refresh(order)
        raise conflict(_specific_code(order, action, code))
    # The UPDATE wrote these; set them on the loaded object as already persisted, so nothing writes them twice.
    for name, value in {**values, "status": to_status}.items():
        set_committed_value(order, name, value)
    record(order, actor=actor, actor_role=actor_role, from_status=seen, to_status=to_status, note=note)
    return order


def created(order: Order, *, actor, actor_role: str, note: str = "") -> None:
    """The first event of every order."""
    record(order, actor=actor, actor_role=actor_role, from_status=None, to_status=order.status, note=note)


def _specific_code(order: Order, action: str, code: str) -> str:
    if action == "rate" and order.status == "rated":
        return "already_rated"
    if order.status in ("cancelled", "expired") and action != "cancel":
        return f"order_{order.status}"
    if action == "cancel" and order.status in ("cancelled",):
        return "order_cancelled"
    return code
