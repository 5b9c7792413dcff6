"""An accepted order handed back before the service: released by its volunteer (who can no longer go) or by staff,
reassigned by staff to a volunteer they choose, or not come to (the no-show sweep). Each goes back to `pending`
through the state machine's `release` (capacity returned, the resident told, the hand-back recorded so its volunteer
is never offered the order again, a release or no-show counted in their reliability), and the dispatch policy takes
it from there (app.orders.dispatch.after_release).

A no-show is an `accepted` order not checked in by `window_start` + the community's `no_show_minutes` (1 to 240,
default 30), or that long after it was accepted when it was accepted after its window started (a volunteer who
claims an order at 10:25 for a window from 10:00 is given the same time to get there as one who took it the day
before). It goes back to `pending` while enough of the window is left for someone else to give the service:
at least the item's expected minutes. With less left it expires (the resident is told, and may order again).
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app import clock
from app.accounts.auth import require_staff_of
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, msg
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.menu.models import Community
from app.orders import access, dispatch, flows
from app.orders.models import Offer, Order

DEFAULT_NO_SHOW_MINUTES = 30
DUE_LIMIT = 500


def _hand_back(order: Order, *, kind: str, reason: str, actor=None, actor_role: str = "system", note: str) -> None:
    flows.transition(order, "release", actor=actor, actor_role=actor_role, note=note, kind=kind, reason=reason,
                     values={"volunteer_id": None, "accepted_at": None, "current_offer_id": None})


def release(*, order: Order, user, reason: str) -> Order:
    """The volunteer holding the order (before check-in), or staff of its community, hand it back."""
    role = access.role_of(user, order)
    if role not in ("staff", "admin"):
        volunteer = volunteers_service.get_by_user(user_id=user.id)
        if volunteer is None or order.volunteer_id != volunteer.id:
            raise ApiError.forbidden(_l("Only the volunteer holding the order, or its community's staff, "
                                        "may release it."),
                                     code="not_your_order")
        role = "volunteer"
    flows.check(order, "release")
    holder_id = order.volunteer_id
    _hand_back(order, kind="released", reason=reason, actor=user, actor_role=role,
               note=msg("released: %(reason)s", reason=reason))
    dispatch.after_release(order, why="released", text=msg("the volunteer cannot come"), holder_id=holder_id)
    return order


def reassign(*, order: Order, staff_user, volunteer_id: int, reason: str) -> Offer:
    """Staff hand an accepted order to a volunteer they choose: released from its holder (not counted against them:
    it is staff's decision) and offered to the chosen one, in one unit of work (a refused offer undoes the
    release)."""
    require_staff_of(staff_user, order.community_id)
    flows.check(order, "release")
    _hand_back(order, kind="reassigned", reason=reason, actor=staff_user, actor_role="staff",
               note=msg("reassigned: %(reason)s", reason=reason))
    return dispatch.dispatch_manually(order=order, staff_user=staff_user, volunteer_id=volunteer_id)


def _no_show_minutes(community: Community) -> int:
    return int(menu_service.setting(community, "no_show_minutes", DEFAULT_NO_SHOW_MINUTES))


def due_no_shows(*, limit: int = DUE_LIMIT) -> list[int]:
    """Accepted orders whose window started at least a minute ago (the least `no_show_minutes`) and that nobody
    checked in; each community's own minutes are applied here and again by `no_show`."""
    now = clock.now()
    least = now - timedelta(minutes=1)
    rows = db.session.execute(select(Order.id, Order.window_start, Order.accepted_at, Community.settings)
                              .join(Community, Community.id == Order.community_id)
                              .where(Order.status == "accepted", Order.window_start <= least,
                                     Order.accepted_at <= least)
                              .order_by(Order.window_start, Order.id).limit(limit)).all()
    return [row.id for row in rows
            if _no_show_at(row, int((row.settings or {}).get("no_show_minutes") or DEFAULT_NO_SHOW_MINUTES)) <= now]


def _no_show_at(order, minutes: int):
    """When the holder is a no-show: `minutes` after the window starts, or after they accepted it if later."""
    return max(order.window_start, order.accepted_at or order.window_start) + timedelta(minutes=minutes)


def no_show(order_id: int) -> bool:
    """The volunteer did not come: back to `pending` and on by the policy while enough of the window is left (the
    item's expected minutes), else expired. False when the order moved on meanwhile (a second run changes nothing)."""
    order = db.session.get(Order, order_id)
    if order is None or order.status != "accepted":
        return False
    community = menu_service.get_community_or_404(community_id=order.community_id)
    now = clock.now()
    if _no_show_at(order, _no_show_minutes(community)) > now:
        return False
    reason = f"not checked in {_no_show_minutes(community)} minutes after the window started (or after accepting)"
    if order.window_end - now >= timedelta(minutes=order.expected_minutes):
        holder_id = order.volunteer_id
        _hand_back(order, kind="no_show", reason=reason, note=msg("no_show"))
        dispatch.after_release(order, why="no_show", text=msg("the volunteer did not check in on time"),
                               holder_id=holder_id)
    else:
        flows.transition(order, "expire", note=msg("no_show; too little of the window left to send someone else"),
                         kind="no_show", reason=reason,
                         values={"volunteer_id": None, "current_offer_id": None, "needs_attention": False,
                                 "attention_reason": None})
    return True
