"""派单: offering an order to one volunteer until a deadline, and the ranked candidates an offer may go to."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app import clock
from app.extensions import db
from app.i18n import msg
from app.matching import search
from app.matching.models import Volunteer
from app.menu import service as menu_service
from app.orders import eligibility, flows
from app.orders.models import Offer, Order


def tried_volunteer_ids(order: Order) -> set[int]:
    return eligibility.tried_volunteer_ids(db.session, order.id)


def candidates_for(order: Order, *, limit: int, not_user_id: int | None = None) -> list:
    """The ranked volunteers the order may be offered to now: the matching engine's search, never including those
    who passed on this order (nor, for staff dispatching, the staff member's own volunteer profile). Staff's
    candidate list and every dispatch policy use this one rule."""
    community = menu_service.get_community_or_404(community_id=order.community_id)
    excluded = tried_volunteer_ids(order)
    if not_user_id is not None:
        own = db.session.scalar(select(Volunteer.id).where(Volunteer.user_id == not_user_id))
        excluded |= {own} if own is not None else set()
    request = search.search_request_for(order, exclude_volunteer_ids=excluded)
    return search.find_candidates(request, community=community, limit=limit)


def make_offer(*, order: Order, volunteer: Volunteer, by_user=None, distance_m: float | None = None,
               score: float | None = None, note: str = "", actor_role: str | None = None,
               also: bool = False) -> Offer:
    """Offer the order to one volunteer until a deadline. `by_user` None means the dispatcher did it; `actor_role`
    is the role they act in (staff by default; a team's leader acts as a volunteer). `also`: one more offer of an
    urgent order that is offered already (the first offer stays its current one)."""
    now = clock.now()
    offer = Offer(order_id=order.id, volunteer_id=volunteer.id, dispatched_by_id=getattr(by_user, "id", None),
                  created_at=now, deadline=now + timedelta(minutes=order.offer_minutes), distance_m=distance_m,
                  score=score)
    db.session.add(offer)
    db.session.flush()
    values = {"offers_made": order.offers_made + 1} if also else {"current_offer_id": offer.id,
                                                                   "offers_made": order.offers_made + 1}
    flows.transition(order, "offer_also" if also else "offer", actor=by_user,
                     actor_role=actor_role or ("staff" if by_user else "system"),
                     note=note or msg("offered to volunteer %(volunteer)s", volunteer=volunteer.id),
                     volunteer=volunteer, offer=offer, values=values)
    return offer
