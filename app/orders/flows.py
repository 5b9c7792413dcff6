"""The order state machine: the one place an order's status changes, what each change causes, and its record.

Each action names the statuses it may start from, the one it leads to, the conflict code when the order is
elsewhere, and its effects (app.orders.effects), which run in the same transaction right after the change. A change
is a compare-and-set on the status the caller saw, so of two racing actions (two volunteers claiming, an accept
against a cancel) exactly one wins and the other gets a 409 with a code that says why.

    pending ──offer──▶ offered ──accept──▶ accepted ──check_in──▶ in_service ──check_out──▶ completed ──rate──▶ rated
       ▲  ◀─decline / offer_expired / withdraw_offer──┘   │
       ├────────────────claim──────────────────▶          │
       └───────────release (by its volunteer, staff, or the no-show sweep)──┘
    pending, offered, accepted, in_service ──cancel──▶ cancelled;  pending, offered ──expire──▶ expired
    accepted ──expire──▶ expired   (a no-show with too little of the window left to find someone else)
    offered ──offer_also──▶ offered (an urgent order, offered to the best 3 at once: the first to accept wins)

What the dispatch policy does after an offer ends (the next candidate) is app.orders.dispatch's, called by whoever
ends it; the minutes' own status is app.attendance.minutes'.
"""
from __future__ import annotations

from dataclasses import dataclass

from app import clock
from app.db import change_if
from app.errors import ApiError
from app.i18n import _l
from app.orders import effects, timeline
from app.orders.effects import Change
from app.orders.models import Order

STATUSES = ("pending", "offered", "accepted", "in_service", "completed", "rated", "cancelled", "expired")
OPEN_STATUSES = ("pending", "offered")
HELD_STATUSES = effects.HELD_STATUSES
CLOSED_STATUSES = ("rated", "cancelled", "expired")


@dataclass(frozen=True)
class Transition:
    """`requires` run before the status changes and may refuse it (the volunteer's capacity); `effects` run after."""

    sources: frozenset
    target: str
    conflict: str
    effects: tuple = ()
    requires: tuple = ()


def _t(sources, target, conflict, *effect_functions, requires=()) -> Transition:
    return Transition(frozenset(sources), target, conflict, effect_functions, requires)


TRANSITIONS = {
    "offer": _t({"pending"}, "offered", "order_not_pending",
                effects.count_offer_received, effects.notify_offer_created),
    "claim": _t({"pending"}, "accepted", "order_not_pending", effects.notify_accepted,
                requires=(effects.take_capacity,)),
    # An urgent order is offered to several at once: the order is `offered` from the first offer on.
    "offer_also": _t({"offered"}, "offered", "order_not_offered",
                     effects.count_offer_received, effects.notify_offer_created),
    "accept": _t({"offered"}, "accepted", "order_not_offered", effects.settle_offer_accepted,
                 effects.withdraw_other_offers, effects.notify_accepted, requires=(effects.take_capacity,)),
    "decline": _t({"offered"}, "pending", "order_not_offered", effects.settle_offer_declined),
    "offer_expired": _t({"offered"}, "pending", "order_not_offered", effects.settle_offer_expired),
    "withdraw_offer": _t({"offered"}, "pending", "order_not_offered", effects.withdraw_offer),
    "release": _t({"accepted"}, "pending", "order_not_accepted", effects.release_capacity, effects.record_hand_back,
                  effects.notify_released, effects.notify_holder_handed_back),
    "check_in": _t({"accepted"}, "in_service", "order_not_accepted", effects.notify_checked_in),
    "check_out": _t({"in_service"}, "completed", "order_not_in_service",
                    effects.release_capacity, effects.record_minutes, effects.notify_completed),
    "rate": _t({"completed"}, "rated", "order_not_completed",
               effects.confirm_by_rating, effects.count_rating, effects.open_follow_up),
    "cancel": _t({"pending", "offered", "accepted", "in_service"}, "cancelled", "order_not_cancellable",
                 effects.withdraw_offer, effects.release_capacity, effects.notify_holder_cancelled),
    # From `accepted` only by the no-show sweep, when too little of the window is left to find someone else.
    "expire": _t({"pending", "offered", "accepted"}, "expired", "order_not_open", effects.withdraw_offer,
                 effects.release_capacity, effects.record_hand_back, effects.notify_holder_handed_back,
                 effects.notify_expired),
}

CONFLICT_DETAILS = {
    "order_not_pending": _l("The order is no longer waiting for a volunteer."),
    "order_not_offered": _l("The order has no open offer."),
    "order_not_accepted": _l("The order is not accepted (checked in already, or not yours yet)."),
    "order_not_in_service": _l("The order is not in service: check in first."),
    "order_not_completed": _l("Only a completed order can be rated."),
    "order_not_cancellable": _l("The order can no longer be cancelled."),
    "order_not_open": _l("The order is no longer open."),
    "order_taken": _l("Another volunteer accepted this order first."),
}


def conflict(code: str, detail: str | None = None) -> ApiError:
    return ApiError.conflict(code, detail or CONFLICT_DETAILS.get(code, _l("The order is not in a state for this.")))


def check(order: Order, action: str) -> None:
    """409, with the code that says why, when `action` cannot start from the order's status: for callers that must
    refuse before they do anything else (a claim is refused for its status before its volunteer's eligibility)."""
    transition = TRANSITIONS[action]
    if order.status not in transition.sources:
        raise conflict(_specific_code(order, action, transition.conflict))


def transition(order: Order, action: str, *, actor=None, actor_role: str = "system", note: str = "",
               values: dict | None = None, volunteer=None, offer=None, **details) -> Order:
    """Move `order` by `action`, setting `values` with it, record the event and run the action's effects. 409 when
    the order is not (or no longer) in a status the action starts from."""
    check(order, action)
    rule = TRANSITIONS[action]
    seen = order.status
    change = Change(order=order, action=action, from_status=seen, to_status=rule.target,
                    holder_id=order.volunteer_id, actor=actor, volunteer=volunteer, offer=offer, details=details)
    for requirement in rule.requires:
        requirement(change)
    values = dict(values or {})
    if rule.target in CLOSED_STATUSES:
        values.setdefault("closed_at", clock.now())
    if not change_if(order, column="status", seen=seen, values={"status": rule.target, **values}):
        raise conflict(_specific_code(order, action, rule.conflict))
    timeline.record(order, actor=actor, actor_role=actor_role, from_status=seen, to_status=rule.target, note=note)
    for effect in rule.effects:
        effect(change)
    return order


def _specific_code(order: Order, action: str, code: str) -> str:
    """The conflict code that says best why `action` cannot start where the order is. An action the caller already
    took (a repeat sent without an Idempotency-Key) says so; only its holder reaches check-in and check-out."""
    if action == "rate" and order.status == "rated":
        return "already_rated"
    if action == "accept" and order.status in HELD_STATUSES + ("completed", "rated"):
        return "order_taken"  # an urgent order's other offers: someone accepted first
    if action == "check_in" and order.status in ("in_service", "completed", "rated"):
        return "already_checked_in"
    if action == "check_out" and order.status in ("completed", "rated"):
        return "already_checked_out"
    if order.status in ("cancelled", "expired") and action != "cancel":
        return f"order_{order.status}"
    if action == "cancel" and order.status in ("cancelled",):
        return "order_cancelled"
    return code
