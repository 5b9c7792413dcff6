"""接单: a volunteer's answer to an offer (accept, decline), an offer that lapses unanswered, and the claim of an
open order from the pool. Whoever ends an offer hands the order back to the dispatch policy.

An urgent order has several live offers at once: one of them declined or lapsed while others are live ends that
offer only (the order stays `offered`); the last one to end sends the order back to `pending` by the state machine.
Which is the last is decided with the order's row locked, so two answers ending the last two offers at once
cannot both think another is still live."""
from __future__ import annotations

from sqlalchemy import select

from app import clock
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.orders import access, dispatch, flows, offer_status, timeline
from app.orders.models import Offer, Order

OFFER_ANSWER_CONFLICTS = {
    "expired": ("offer_expired", "The offer expired before you answered."),
    "withdrawn": ("offer_withdrawn", "The offer was withdrawn."),
    "declined": ("offer_declined", "You declined this order."),
}


def _refuse_if_already_mine(order: Order, volunteer: Volunteer) -> None:
    """A volunteer who sends accept (or claim) again for an order they took already, without an Idempotency-Key,
    hears that it is theirs, not that the order is no longer offered."""
    if order.volunteer_id == volunteer.id and order.status in flows.HELD_STATUSES + ("completed", "rated"):
        raise ApiError.conflict("already_accepted", _l("You took this order already."))


def _require_my_offer(order: Order, volunteer: Volunteer) -> Offer:
    _refuse_if_already_mine(order, volunteer)
    mine = access.pending_offer_to(order, volunteer.id)
    if order.status == "offered" and mine is not None:
        return mine
    mine = db.session.scalar(select(Offer).where(Offer.order_id == order.id, Offer.volunteer_id == volunteer.id)
                             .order_by(Offer.id.desc()).limit(1))
    if mine is not None and mine.status == "withdrawn" and order.volunteer_id not in (None, volunteer.id):
        raise flows.conflict("order_taken")  # an urgent order offered to several: another accepted first
    if mine is not None and mine.status in OFFER_ANSWER_CONFLICTS:
        raise ApiError.conflict(*OFFER_ANSWER_CONFLICTS[mine.status])
    flows.check(order, "accept")
    raise ApiError.forbidden(_l("This order is offered to someone else."), code="not_your_order")


def _expire_if_due(order: Order, current: Offer) -> None:
    """An offer past its deadline lapses when it is next touched, even before the sweep reaches it; the lapse stands
    although the answer is refused."""
    if current.deadline <= clock.now():
        lapse(offer=current)
        raise ApiError(409, "offer_expired", _l("The offer expired before you answered."), keep_changes=True)


def accept(*, order: Order, user) -> Order:
    volunteer = volunteers_service.require_active(user=user)
    current = _require_my_offer(order, volunteer)
    _expire_if_due(order, current)
    return flows.transition(order, "accept", actor=user, actor_role="volunteer", volunteer=volunteer, offer=current,
                            values={"volunteer_id": volunteer.id, "accepted_at": clock.now(),
                                    "current_offer_id": None, "needs_attention": False,
                                    "attention_reason": None})


def decline(*, order: Order, user, reason: str = "") -> Order:
    volunteer = volunteers_service.require_active(user=user)
    current = _require_my_offer(order, volunteer)
    _expire_if_due(order, current)
    if _end_one_of_several(order, current, "decline", note=f"volunteer {volunteer.id} declined; other offers live",
                           actor=user, reason=reason or None):
        return order
    flows.transition(order, "decline", actor=user, actor_role="volunteer", note=reason, volunteer=volunteer,
                     offer=current, reason=reason, values={"current_offer_id": None})
    dispatch.after_offer_ended(order)
    return order


def lapse(*, offer: Offer) -> bool:
    """An offer's deadline passed: it expires, and its order goes back to pending (and on, under auto dispatch).
    False when the offer had been answered or ended already."""
    if offer.status != "pending":
        return False
    order = access.get(order_id=offer.order_id)
    if order.status == "offered" and _end_one_of_several(
            order, offer, "expire", note=msg("no answer from volunteer %(volunteer)s; other offers live",
                                             volunteer=offer.volunteer_id)):
        return True
    if order.status == "offered" and (order.current_offer_id == offer.id or order.urgent):  # urgent: the last live
        flows.transition(order, "offer_expired", offer=offer,
                         note=msg("no answer from volunteer %(volunteer)s", volunteer=offer.volunteer_id),
                         values={"current_offer_id": None})
        dispatch.after_offer_ended(order, lapsed=True)
        return True
    return offer_status.settle(offer, "expire")


def _live_others(order: Order, offer: Offer) -> list[int]:
    """The ids of the order's other live offers, read with the order's row locked (FOR UPDATE on PostgreSQL; on
    SQLite every writing transaction holds the database's lock from its start)."""
    db.session.execute(select(Order.id).where(Order.id == order.id).with_for_update())
    return list(db.session.scalars(select(Offer.id).where(Offer.order_id == order.id, Offer.status == "pending",
                                                          Offer.id != offer.id).order_by(Offer.id)))


def _end_one_of_several(order: Order, offer: Offer, action: str, *, note: str, actor=None, **values) -> bool:
    """An urgent order's offer ends while others are live: only the offer's own status changes, and the order stays
    offered (its current offer the next live one). False when the order is not urgent or this is its last live offer:
    then the state machine moves the order."""
    if not order.urgent:
        return False
    others = _live_others(order, offer)
    if not others:
        return False
    if not offer_status.settle(offer, action, **values):
        raise ApiError.conflict(*OFFER_ANSWER_CONFLICTS.get(offer.status, ("order_not_offered", "No open offer.")))
    if order.current_offer_id == offer.id:
        order.current_offer_id = others[0]
    timeline.note(order, note, actor=actor, actor_role=access.role_of(actor, order))
    return True


def withdraw_one(*, order: Order, offer: Offer, note: str, actor=None) -> bool:
    """Withdraw one of an urgent order's live offers (its volunteer was suspended) and keep the order offered to the
    others. False when it is not urgent or this was its last live offer: the caller moves the order."""
    return _end_one_of_several(order, offer, "withdraw", note=note, actor=actor)


def lapse_by_id(offer_id: int) -> bool:
    """For the deadline sweep: the offer by id, in the sweep's unit of work."""
    offer = db.session.get(Offer, offer_id)
    return offer is not None and lapse(offer=offer)


def due_offer_ids(*, limit: int = 500) -> list[int]:
    return list(db.session.scalars(select(Offer.id).where(Offer.status == "pending", Offer.deadline <= clock.now())
                                   .order_by(Offer.id).limit(limit)))


def claim(*, order: Order, user) -> Order:
    """抢单: the first claim of a pending order wins; the rest get 409 order_not_pending."""
    volunteer = volunteers_service.require_active(user=user)
    _refuse_if_already_mine(order, volunteer)
    flows.check(order, "claim")
    refused = set(access.refusals_for(order, volunteer)) - {"at_capacity"}
    if refused or order.window_end <= clock.now():
        raise ApiError.conflict("not_eligible", _l("You cannot take this order (skill, or you passed on it before)."))
    return flows.transition(order, "claim", actor=user, actor_role="volunteer", note=msg("claimed from the open pool"),
                            volunteer=volunteer,
                            values={"volunteer_id": volunteer.id, "accepted_at": clock.now(),
                                    "needs_attention": False,
                                    "attention_reason": None})
