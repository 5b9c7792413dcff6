"""What suspending a volunteer does to the orders they have: the accepted ones go back to `pending`, offers to them
are withdrawn, an order in service is flagged, and each is marked `needs_attention` for staff, who are told. The
volunteer keeps seeing their task list (with the released orders gone) and can no longer check in."""
from __future__ import annotations

from sqlalchemy import select

from app.extensions import db
from app.i18n import msg
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.notify import service as notify_service
from app.orders import acceptance, access, flows, timeline
from app.orders.models import Offer, Order


def suspend(*, volunteer: Volunteer, staff_user, reason: str = "") -> Volunteer:
    """Suspend the volunteer (out of every search at once) and hand back what they hold."""
    was = volunteer.status
    volunteers_service.suspend(volunteer=volunteer, staff_user=staff_user, reason=reason)
    if was != "suspended":
        for order in _held_or_offered(volunteer.id):
            _hand_back(order, volunteer, staff_user)
    return volunteer


def _held_or_offered(volunteer_id: int) -> list[Order]:
    offered = select(Offer.order_id).where(Offer.volunteer_id == volunteer_id, Offer.status == "pending")
    return list(db.session.scalars(select(Order).where(
        ((Order.volunteer_id == volunteer_id) & Order.status.in_(flows.HELD_STATUSES))
        | ((Order.status == "offered") & Order.id.in_(offered))).order_by(Order.id)))


def _hand_back(order: Order, volunteer: Volunteer, staff_user) -> None:
    why = msg("volunteer suspended")
    if order.status == "accepted":
        flows.transition(order, "release", actor=staff_user, actor_role="staff", note=why,
                         values={"volunteer_id": None, "accepted_at": None, "needs_attention": True,
                                 "attention_reason": "volunteer_suspended"})
    elif order.status == "offered":
        offer = access.pending_offer_to(order, volunteer.id)
        if offer is not None and acceptance.withdraw_one(order=order, offer=offer, note=why, actor=staff_user):
            return  # an urgent order stays offered to the others
        flows.transition(order, "withdraw_offer", actor=staff_user, actor_role="staff", note=why,
                         offer=offer or access.current_offer(order),
                         values={"current_offer_id": None, "needs_attention": True,
                                 "attention_reason": "volunteer_suspended"})
    else:  # in service: the visit stands as it is, for staff to look at
        order.needs_attention, order.attention_reason = True, "volunteer_suspended"
        timeline.note(order, msg("needs attention: %(why)s during the service", why=why), actor=staff_user,
                      actor_role="staff")
    notify_service.notify_staff(
        community_id=order.community_id, event="order_needs_attention", title=msg("Order needs attention"),
        body=msg("“%(item)s”: the volunteer was suspended; please arrange it again", item=order.item_name),
        dedupe_key=f"order:{order.id}:suspended:{volunteer.id}",
        data={"order_id": order.id, "item_name": order.item_name, "reason": "志愿者已被暂停"})
