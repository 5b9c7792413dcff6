"""派单: offering an order to one volunteer until a deadline, and the ranked candidates an offer may go to."""
from __future__ import annotations

from datetime import timedelta

from app import clock
from app.extensions import db
from app.matching import search
from app.matching.models import Volunteer
from app.menu import service as menu_service
from app.orders import eligibility, flows
from app.orders.models import Offer, Order


def tried_volunteer_ids(order: Order) -> set[int]:
    return eligibility.tried_volunteer_ids(db.session, order.id)


def candidates_for(order: Order, *, limit: int) -> list:
    """The ranked volunteers the order may be offered to now: the matching engine's search, never including those
    who passed on this order. Staff's candidate list and every dispatch policy use this one rule."""
    community = menu_service.get_community_or_404(community_id=order.community_id)
    request = search.search_request_for(order, exclude_volunteer_ids=tried_volunteer_ids(order))
    return search.find_candidates(request, community=community, limit=limit)


def make_offer(*, order: Order, volunteer: Volunteer, by_user=None, distance_m: float | None = None,
               score: float | None = None, note: str = "") -> Offer:
    """Offer the order to one volunteer until a deadline. `by_user` None means the dispatcher did it."""
    now = clock.now()
    offer = Offer(order_id=order.id, volunteer_id=volunteer.id, dispatched_by_id=getattr(by_user, "id", None),
                  created_at=now, deadline=now + timedelta(minutes=order.offer_minutes), distance_m=distance_m,
                  score=score)
    db.session.add(offer)
    db.session.flush()
    flows.transition(order, "offer", actor=by_user, actor_role="staff" if by_user else "system",
                     note=note or f"offered to volunteer {volunteer.id}", volunteer=volunteer, offer=offer,
                     values={"current_offer_id": offer.id, "offers_made": order.offers_made + 1})
    return offer
