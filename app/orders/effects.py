"""What an order's status change causes, beyond the status: capacity, the offer's own status, minutes, points and
who is told. Each function is one effect, named in app.orders.flows.TRANSITIONS next to the change it belongs to,
and runs inside the same transaction right after the status changed; an effect that refuses (a volunteer at
capacity, an offer that ended meanwhile) raises, and the whole change is undone with it.

Effects reach other domains only through their service modules. They do not decide whether a change may happen
(the table and the callers do), nor what the dispatch policy does next (app.orders.dispatch, called by whoever ends
an offer).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app import clock
from app.attendance import minutes as attendance_minutes
from app.attendance import rules
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg, render
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.notify import service as notify_service
from app.orders import offer_status, timeline
from app.orders.models import FollowUp, Offer, Order, OrderRelease
from app.points import earning

HELD_STATUSES = ("accepted", "in_service")
LOW_RATING_MAX_STARS = 2


@dataclass
class Change:
    """One status change of an order, as its effects see it. `volunteer` is the volunteer it concerns (the one
    offered, accepting, claiming or serving) when the caller has them; `offer` the offer it answers or ends;
    `details` what a particular effect needs beyond that (the visit's assessment, a rating)."""

    order: Order
    action: str
    from_status: str
    to_status: str
    holder_id: int | None = None  # the volunteer holding the order before the change
    actor: object = None
    volunteer: Volunteer | None = None
    offer: Offer | None = None
    details: dict = field(default_factory=dict)


# Capacity: the orders a volunteer holds at once

def take_capacity(change: Change) -> None:
    volunteers_service.take_capacity(volunteer=change.volunteer)


def release_capacity(change: Change) -> None:
    """Leaving a held status (check-out, a release, or a cancel of an accepted or in-service order) frees the
    holder."""
    if change.from_status in HELD_STATUSES and change.holder_id:
        volunteers_service.release_capacity(volunteer_id=change.holder_id)


# An accepted order handed back before the service

# Kinds of hand-back (OrderRelease.kind) that count against the volunteer's reliability: staff reassigning an order
# is staff's decision, not the volunteer's commitment broken.
COUNTED_HAND_BACKS = ("released", "no_show")


def record_hand_back(change: Change) -> None:
    """A release or a no-show (`kind` in the details; a suspension's release has none): recorded, so the volunteer is
    never offered this order again, and counted in their reliability (a no-show as a release and a no-show)."""
    kind = change.details.get("kind")
    if not kind or not change.holder_id or change.from_status != "accepted":
        return
    db.session.add(OrderRelease(order_id=change.order.id, volunteer_id=change.holder_id, kind=kind,
                                reason=change.details.get("reason") or "", by_id=getattr(change.actor, "id", None),
                                at=clock.now()))
    if kind in COUNTED_HAND_BACKS:
        volunteers_service.count_release(volunteer_id=change.holder_id)
    if kind == "no_show":
        volunteers_service.count_no_show(volunteer_id=change.holder_id)


# The offer's own status and the volunteer's counters for ranking

def count_offer_received(change: Change) -> None:
    change.volunteer.offers_received += 1


def settle_offer_accepted(change: Change) -> None:
    _settle(change.offer, "accept")
    change.volunteer.offers_accepted += 1


def settle_offer_declined(change: Change) -> None:
    _settle(change.offer, "decline", reason=change.details.get("reason") or None)


def settle_offer_expired(change: Change) -> None:
    _settle(change.offer, "expire")


def withdraw_offer(change: Change) -> None:
    """Leaving `offered` another way (cancelled, or the window ended): the pending offer is withdrawn, and so are the
    others an urgent order was offered with."""
    if change.from_status != "offered":
        return
    if change.offer is not None and change.offer.status == "pending":
        _settle(change.offer, "withdraw")
    offer_status.withdraw_pending(change.order.id)


def withdraw_other_offers(change: Change) -> None:
    """An urgent order offered to several at once: the first to accept wins, the other offers are withdrawn."""
    withdrawn = offer_status.withdraw_pending(change.order.id, except_id=change.offer.id)
    if withdrawn:
        timeline.note(change.order, "offers to volunteers " + ", ".join(str(o.volunteer_id) for o in withdrawn)
                      + f" withdrawn: volunteer {change.volunteer.id} accepted first")


def _settle(offer: Offer, action: str, **values) -> None:
    if not offer_status.settle(offer, action, **values):
        raise ApiError.conflict(f"offer_{offer.status}", _l("The offer was %(status)s meanwhile.", status=offer.status))


# Minutes and points

def record_minutes(change: Change) -> None:
    """Check-out: the visit's minutes enter the minutes' status machine (counted at once when verified, with the
    reasons why not otherwise), and verified service is paid for."""
    assessment = change.details["assessment"]
    action = "verify" if assessment.verified else "hold_for_review"
    attendance_minutes.change(change.order, action, volunteer_id=change.order.volunteer_id,
                              service_minutes=assessment.minutes, review_reasons=list(assessment.reasons))
    if assessment.verified:
        earning.award_completion(order=change.order)


def confirm_by_rating(change: Change) -> None:
    """The resident's own rating confirms the service (an automatic one does not): `unconfirmed` leaves the reasons,
    and minutes that were waiting for nothing else are verified, capped, and paid."""
    order = change.order
    if change.details["rating"].automatic:
        return
    order.confirmed_at = order.confirmed_at or clock.now()
    if order.minutes_status != "pending_review" or "unconfirmed" not in (order.review_reasons or []):
        return
    left = [reason for reason in order.review_reasons if reason != "unconfirmed"]
    if left:
        order.review_reasons = left
        return
    capped = min(order.service_minutes or 0, rules.minutes_cap(order.expected_minutes))
    attendance_minutes.change(order, "confirm", volunteer_id=order.volunteer_id, review_reasons=[],
                              service_minutes=capped)
    timeline.note(order, msg("minutes verified: %(minutes)s, confirmed by the resident's rating",
                             minutes=order.service_minutes))
    earning.award_completion(order=order)


def count_rating(change: Change) -> None:
    """A resident's own rating moves the volunteer's rating and may earn the 5-star bonus. An automatic rating is
    the absence of a complaint, not praise: it does neither."""
    rating = change.details["rating"]
    if rating.automatic:
        return
    volunteer = change.order.volunteer
    volunteer.rating_count += 1
    volunteer.rating_sum += rating.stars
    earning.award_rating_bonus(order=change.order, stars=rating.stars)


def open_follow_up(change: Change) -> None:
    """回访: a rating of 1 or 2 stars opens a follow-up for staff, and tells them."""
    order, rating = change.order, change.details["rating"]
    if rating.stars > LOW_RATING_MAX_STARS:
        return
    db.session.add(FollowUp(order_id=order.id, community_id=order.community_id, stars=rating.stars,
                            created_at=clock.now()))
    notify_service.notify_staff(
        community_id=order.community_id, event="low_rating", title=msg("Low rating to follow up"),
        body=msg("“%(item)s” was rated %(stars)s stars; please follow up", item=order.item_name, stars=rating.stars),
        dedupe_key=f"order:{order.id}:low_rating",
        data={"order_id": order.id, "item_name": order.item_name, "stars": rating.stars})


# Who is told

def notify_offer_created(change: Change) -> None:
    order, offer = change.order, change.offer
    notify_service.notify(
        user_id=change.volunteer.user_id, event="offer_created", title=msg("New service order"),
        body=msg("%(item)s: please accept within %(minutes)s minutes", item=order.item_name,
                 minutes=order.offer_minutes),
        dedupe_key=f"offer:{offer.id}:created",
        data={"order_id": order.id, "offer_id": offer.id, "item_name": order.item_name,
              "window_start": order.window_start, "deadline": offer.deadline})


def notify_accepted(change: Change) -> None:
    order, name = change.order, change.volunteer.user.name
    notify_service.notify(
        user_id=order.resident_id, event="order_accepted", title=msg("A volunteer accepted your order"),
        body=msg("%(name)s will provide “%(item)s” for you", name=name, item=order.item_name),
        dedupe_key=f"order:{order.id}:accepted",
        data={"order_id": order.id, "item_name": order.item_name, "volunteer_name": name,
              "window_start": order.window_start})


def notify_checked_in(change: Change) -> None:
    order = change.order
    notify_service.notify(
        user_id=order.resident_id, event="order_checked_in", title=msg("The volunteer has arrived"),
        body=msg("“%(item)s” has started", item=order.item_name), dedupe_key=f"order:{order.id}:checked_in",
        data={"order_id": order.id, "item_name": order.item_name, "at": order.check_in_at})


def notify_released(change: Change) -> None:
    """The resident is told that their volunteer can no longer come and that the order is being arranged again."""
    order = change.order
    notify_service.notify(
        user_id=order.resident_id, event="order_released", title=msg("The volunteer cannot come"),
        body=msg("The volunteer for “%(item)s” cannot come; the community is arranging it again",
                 item=order.item_name),
        dedupe_key=f"order:{order.id}:released:{change.holder_id}",
        data={"order_id": order.id, "item_name": order.item_name, "window_start": order.window_start})


def _holder_user_id(change: Change) -> int | None:
    volunteer = db.session.get(Volunteer, change.holder_id) if change.holder_id else None
    return volunteer.user_id if volunteer is not None else None


def notify_holder_handed_back(change: Change) -> None:
    """The volunteer is told that an order they held is no longer theirs, when someone else handed it back (staff,
    or the no-show sweep); a volunteer who released it themself knows."""
    kind = change.details.get("kind")
    user_id = _holder_user_id(change)
    if not kind or user_id is None or change.from_status != "accepted" or getattr(change.actor, "id", None) == user_id:
        return
    order = change.order
    why = (msg("you did not check in on time") if kind == "no_show" else
           msg("the community reassigned the order") if kind == "reassigned" else
           msg("the community took the order back"))
    notify_service.notify(
        user_id=user_id, event="order_handed_back", title=msg("The order is no longer yours to serve"),
        body=msg("“%(item)s”: %(why)s", item=order.item_name, why=why),
        dedupe_key=f"order:{order.id}:handed_back:{change.holder_id}",
        data={"order_id": order.id, "item_name": order.item_name, "window_start": order.window_start,
              "reason": render(why)})


def notify_holder_cancelled(change: Change) -> None:
    """The volunteer holding an order is told when it is cancelled (they would otherwise set off for nothing)."""
    user_id = _holder_user_id(change) if change.from_status in HELD_STATUSES else None
    if user_id is None:
        return
    order = change.order
    notify_service.notify(
        user_id=user_id, event="order_cancelled", title=msg("Order cancelled"),
        body=msg("“%(item)s” was cancelled; no need to go", item=order.item_name),
        dedupe_key=f"order:{order.id}:cancelled:{change.holder_id}",
        data={"order_id": order.id, "item_name": order.item_name, "window_start": order.window_start,
              "reason": order.cancel_reason})


def notify_expired(change: Change) -> None:
    """The resident is told that nobody could serve their order in its window."""
    order = change.order
    notify_service.notify(
        user_id=order.resident_id, event="order_expired", title=msg("Order expired"),
        body=msg("No volunteer could be arranged for “%(item)s” in its window; you may order again",
                 item=order.item_name), dedupe_key=f"order:{order.id}:expired",
        data={"order_id": order.id, "item_name": order.item_name, "window_start": order.window_start})


def notify_completed(change: Change) -> None:
    order = change.order
    notify_service.notify(
        user_id=order.resident_id, event="order_completed", title=msg("Service completed: please rate it"),
        body=msg("“%(item)s” is completed; you are welcome to rate the volunteer", item=order.item_name),
        dedupe_key=f"order:{order.id}:completed",
        data={"order_id": order.id, "item_name": order.item_name, "at": order.completed_at})
