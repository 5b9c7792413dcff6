"""What a caller may see of an order: the one place it is decided. `OrderView` wraps an order (an Order, or a row of
its table read by app.orders.reads) with the caller's view, and app.orders.schemas.OrderSchema dumps it: the
schema is the one list of fields, and this module says, for each field that depends on who asks, what they get.

A volunteer sees the resident's phone and exact address only while holding the order (PIPL); before that, a
location coarsened to a cell's centre and, in the open pool, the distance to it.
"""
from __future__ import annotations

from app import geo
from app.extensions import db
from app.matching.models import Volunteer
from app.orders import access
from app.orders.flows import HELD_STATUSES


class OrderView:
    """An order as one caller sees it. Columns that everyone who may see the order may read pass through from the
    order; the properties below are the ones that depend on the view."""

    __slots__ = ("_order", "_view", "_resident", "_volunteer", "_offer", "_rating", "_events", "_origin")

    def __init__(self, order, view: str, *, resident, volunteer: dict | None = None, offer: dict | None = None,
                 rating=None, events=(), origin: tuple[float, float] | None = None):
        self._order, self._view, self._resident = order, view, resident
        self._volunteer, self._offer, self._rating, self._events, self._origin = (volunteer, offer, rating, events,
                                                                                  origin)

    def __getattr__(self, name):
        return getattr(self._order, name)

    @property
    def exact(self) -> bool:
        """Staff and the resident see the exact place; the volunteer too while they hold the order."""
        return self._view == "full" or (self._view == "holder" and self._order.status in HELD_STATUSES)

    @property
    def address(self):
        return self._order.address if self.exact else None

    @property
    def location_precision(self) -> str:
        return "exact" if self.exact else "coarse"

    @property
    def lat(self) -> float:
        return self._point()[0]

    @property
    def lng(self) -> float:
        return self._point()[1]

    def _point(self) -> tuple[float, float]:
        order = self._order
        return (order.lat, order.lng) if self.exact else geo.coarsen(order.lat, order.lng)

    @property
    def resident(self) -> dict:
        person = {"id": self._order.resident_id, "name": self._resident.name if self._resident else ""}
        if self.exact:
            person["phone"] = self._resident.phone if self._resident else None
            person["elderly_living_alone"] = bool(self._resident and self._resident.elderly_living_alone)
        return person

    @property
    def volunteer(self) -> dict | None:
        return self._volunteer if self._view in ("full", "holder") else None

    @property
    def offer(self) -> dict | None:
        return self._offer if self._view in ("full", "offered") else None

    @property
    def rating(self):
        return self._rating

    @property
    def events(self):
        return self._events if self._view in ("full", "holder") else []

    @property
    def distance_m(self) -> int:
        """Only where the caller gave a point (the open pool): absent otherwise."""
        if self._origin is None:
            raise AttributeError("distance_m")
        return round(geo.haversine_m(self._origin[0], self._origin[1], self._order.lat, self._order.lng))


def offer_ref(*, offer_id, volunteer_id, deadline, status, volunteer_name: str) -> dict:
    """The current offer as an order shows it (OfferRefSchema)."""
    return {"id": offer_id, "volunteer_id": volunteer_id, "deadline": deadline, "status": status,
            "volunteer_name": volunteer_name}


def _volunteer_name(volunteer_id: int) -> str:
    volunteer = db.session.get(Volunteer, volunteer_id)
    return volunteer.user.name if volunteer and volunteer.user else ""


def present(order, view: str, *, origin: tuple[float, float] | None = None) -> OrderView:
    """An Order as the caller with this view may see it: its holder, its current offer, its rating (a rated order
    only: callers that load no ratings rely on it not being read otherwise) and its timeline, as the view allows."""
    offer = access.current_offer(order) if view in ("full", "offered") else None
    volunteer = None
    if order.volunteer_id and view in ("full", "holder"):
        holder = order.volunteer
        volunteer = {"id": holder.id, "name": holder.user.name if holder.user else ""}
    return OrderView(
        order, view, resident=order.resident, volunteer=volunteer,
        offer=(offer_ref(offer_id=offer.id, volunteer_id=offer.volunteer_id, deadline=offer.deadline,
                         status=offer.status, volunteer_name=_volunteer_name(offer.volunteer_id))
               if offer else None),
        rating=order.rating if order.status == "rated" else None,
        events=order.events if view in ("full", "holder") else [], origin=origin)


def as_seen_by(order, user) -> OrderView:
    """The order as `user` sees it now (after an action that may have changed what they see)."""
    return present(order, access.visibility(order, user) or "full")
