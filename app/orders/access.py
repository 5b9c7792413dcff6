"""Who may see an order, and as what: the one getter every order route uses (`get_for`), the view a caller gets
("full", "holder", "offered", "team", "open"), the role they act in, and which orders a list shows them."""
from __future__ import annotations

from sqlalchemy import select

from app import clock
from app.accounts.auth import can_staff
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.matching import volunteers as volunteers_service
from app.orders import eligibility
from app.orders.models import Offer, Order
from app.teams import membership as team_membership


def get(*, order_id: int) -> Order | None:
    return db.session.get(Order, order_id)


def current_offer(order) -> Offer | None:
    return db.session.get(Offer, order.current_offer_id) if order.current_offer_id else None


def pending_offer_to(order, volunteer_id: int) -> Offer | None:
    """The offer of this order waiting for this volunteer's answer: the current one, or (an urgent order, offered to
    several at once) one of the others."""
    current = current_offer(order)
    if current is not None and current.volunteer_id == volunteer_id and current.status == "pending":
        return current
    if not order.urgent:
        return None
    return db.session.scalar(select(Offer).where(Offer.order_id == order.id, Offer.volunteer_id == volunteer_id,
                                                 Offer.status == "pending").limit(1))


def role_of(user, order: Order) -> str:
    """The role `user` acts in on this order: its resident, an admin, its community's staff, or a volunteer."""
    if user is None:
        return "system"
    if order.resident_id == user.id:
        return "resident"
    if user.has_role("admin"):
        return "admin"
    if user.has_role("staff") and can_staff(user, order.community_id):
        return "staff"
    return "volunteer"


def may_see_service_code(order: Order, user) -> bool:
    """The service code is the resident's word that the service happened: shown to the resident, and to the staff
    member who ordered for them (代点单, who hands it over), never to the volunteer."""
    return user is not None and user.id in (order.resident_id, order.created_by_id)


def refusals_for(order: Order, volunteer) -> list[str]:
    """app.orders.eligibility's rule for this order and volunteer, with what it needs read from the database."""
    return eligibility.refusals(order, volunteer, skill_ids=volunteer.skill_ids,
                                tried_ids=eligibility.tried_volunteer_ids(db.session, order.id))


def is_open_to(order: Order, volunteer) -> bool:
    """The open pool rule: a pending order, its window not over, that the volunteer may take."""
    return (order.status == "pending" and order.window_end > clock.now()
            and not refusals_for(order, volunteer))


def visibility(order: Order, user) -> str | None:
    """How `user` sees `order`: "full", "holder" (the volunteer serving it), "offered", "team" (a leader of the team
    it was handed to, who sees it as a stranger to the resident does until a member holds it), "open", or None."""
    if user.has_role("admin") or order.resident_id == user.id or can_staff(user, order.community_id):
        return "full"
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    if volunteer is None:
        return None
    if order.volunteer_id == volunteer.id:
        return "holder"
    if order.status == "offered" and pending_offer_to(order, volunteer.id) is not None:
        return "offered"
    if order.team_id is not None and team_membership.is_leader(user, order.team_id):
        return "team"
    if is_open_to(order, volunteer):
        return "open"
    return None


def get_for(*, user, order_id: int, claiming: bool = False, answering: bool = False) -> tuple[Order, str | None]:
    """The order and how `user` sees it; 404 when they may not see it, so existence does not leak.

    `claiming`: a volunteer claiming an order may also find one they could take but that is no longer open (or that
    they could take but for their own standing: their capacity, a suspension), so that losing a race for an order
    from the pool is a 409 (someone was first, or you are busy) and a suspended volunteer hears why (403), not a
    404. `answering`: a volunteer answering an offer may also find an order that was offered to them, so that
    losing the race for an urgent order (offered to several at once) is a 409 `order_taken`, not a 404."""
    order = get(order_id=order_id)
    view = visibility(order, user) if order is not None else None
    if view is None and answering and order is not None and _was_offered(order, user):
        return order, None
    if view is None and claiming and order is not None:
        volunteer = volunteers_service.get_by_user(user_id=user.id)
        if volunteer is not None and set(refusals_for(order, volunteer)) <= {"at_capacity", "not_approved"}:
            return order, None
    if view is None:
        raise ApiError.not_found("order")
    return order, view


def _was_offered(order: Order, user) -> bool:
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    return volunteer is not None and db.session.scalar(select(Offer.id).where(
        Offer.order_id == order.id, Offer.volunteer_id == volunteer.id).limit(1)) is not None


def list_statement(*, user, scope: str | None, filters: dict):
    """GET /orders: a resident's own, a volunteer's (held now or before), a leader's teams' (`scope=team`), staff
    their communities'."""
    scope = scope or ("staff" if user.has_role("staff", "admin") else
                      "volunteer" if user.has_role("volunteer") else "resident")
    statement = select(Order)
    if scope == "resident":
        statement = statement.where(Order.resident_id == user.id)
    elif scope == "volunteer":
        volunteer = volunteers_service.get_by_user(user_id=user.id)
        statement = statement.where(Order.volunteer_id == (volunteer.id if volunteer else -1))
    elif scope == "team":
        statement = statement.where(Order.team_id.in_(team_membership.led_team_ids(user) or [-1]))
    elif not user.has_role("admin"):  # admins see every community's orders
        if not user.has_role("staff"):
            raise ApiError.forbidden(_l("Only staff see a community's orders."), code="role_required")
        statement = statement.where(Order.community_id.in_(user.community_ids or {-1}))
    if filters.get("community_id"):
        statement = statement.where(Order.community_id == filters["community_id"])
    if filters.get("status"):
        statement = statement.where(Order.status.in_(filters["status"]))
    if filters.get("needs_attention") is not None:
        statement = statement.where(Order.needs_attention == filters["needs_attention"])
    if filters.get("minutes_status"):
        statement = statement.where(Order.minutes_status == filters["minutes_status"])
    return statement.order_by(Order.id.desc()), scope
