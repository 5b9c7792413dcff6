"""What a caller may see of an order: the one place it is decided. `OrderView` wraps an order (an Order, or a row of
its table read by app.orders.reads) with the caller's view, and app.orders.schemas.OrderSchema dumps it: the
schema is the one list of fields, and this module says, for each field that depends on who asks, what they get.

The views: "full" (the resident, the community's staff, an admin), "holder" (the volunteer serving it), "offered"
(the volunteer it is offered to) and "open" (a volunteer who may claim it). Anyone not holding the order is a
stranger to the resident (PIPL; api.md, "Trust"): they see the point snapped to a fixed grid (an H3 resolution-8
cell's centre) and, in the open pool, the distance to that coarse point in whole hundreds of metres, so no number
of queries recovers the address; the resident's surname and an honorific; no phone, address or note. The
service code is shown only to the resident and to the staff member who ordered for them.
"""
from __future__ import annotations

from sqlalchemy import select

from app import geo
from app.extensions import db
from app.matching.models import Volunteer
from app.orders import access
from app.orders.flows import HELD_STATUSES

COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
    "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "钟离", "闻人", "赫连", "澹台", "拓跋", "百里", "东郭", "司空",
))
HONORIFIC = "先生/女士"  # no gender is kept, so the polite form for either


def public_name(name: str | None) -> str:
    """A resident as a stranger sees them: surname and honorific (王先生/女士), nothing more."""
    name = (name or "").strip()
    if not name:
        return "居民"
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    return surname + HONORIFIC


class OrderView:
    """An order as one caller sees it. Columns that everyone who may see the order may read pass through from the
    order; the properties below are the ones that depend on the view."""

    __slots__ = ("_order", "_view", "_resident", "_volunteer", "_offer", "_rating", "_events", "_origin",
                 "_show_service_code")

    def __init__(self, order, view: str, *, resident, volunteer: dict | None = None, offer: dict | None = None,
                 rating=None, events=(), origin: tuple[float, float] | None = None, show_service_code: bool = False):
        self._order, self._view, self._resident = order, view, resident
        self._volunteer, self._offer, self._rating, self._events = volunteer, offer, rating, events
        self._origin, self._show_service_code = origin, show_service_code

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
    def note(self):
        return self._order.note if self.exact else None

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
        return (order.lat, order.lng) if self.exact else geo.coarse_point(order.lat, order.lng)

    @property
    def resident(self) -> dict:
        name = self._resident.name if self._resident else ""
        if not self.exact:
            return {"id": None, "name": public_name(name)}
        return {"id": self._order.resident_id, "name": name,
                "phone": self._resident.phone if self._resident else None,
                "elderly_living_alone": bool(self._resident and self._resident.elderly_living_alone)}

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
    def review_reasons(self):
        return (self._order.review_reasons or []) if self._view in ("full", "holder") else []

    @property
    def service_code(self):
        return self._order.service_code if self._show_service_code else None

    @property
    def distance_m(self) -> int:
        """Only where the caller gave a point (the open pool), from the coarse point: absent otherwise."""
        if self._origin is None:
            raise AttributeError("distance_m")
        return geo.coarse_distance_m(self._origin[0], self._origin[1], self.lat, self.lng)


def offer_ref(*, offer_id, volunteer_id, deadline, status, volunteer_name: str) -> dict:
    """The current offer as an order shows it (OfferRefSchema)."""
    return {"id": offer_id, "volunteer_id": volunteer_id, "deadline": deadline, "status": status,
            "volunteer_name": volunteer_name}


def _volunteer_name(volunteer_id: int) -> str:
    volunteer = db.session.get(Volunteer, volunteer_id)
    return volunteer.user.name if volunteer and volunteer.user else ""


def _offer_shown(order, view: str, viewer):
    """Staff see the current offer; the volunteer offered it their own (an urgent order has several)."""
    if view == "full":
        return access.current_offer(order)
    if view != "offered" or viewer is None:
        return None
    volunteer = db.session.scalar(select(Volunteer).where(Volunteer.user_id == viewer.id))
    return access.pending_offer_to(order, volunteer.id) if volunteer is not None else None


def present(order, view: str, *, origin: tuple[float, float] | None = None, viewer=None) -> OrderView:
    """An Order as the caller with this view may see it: its holder, its current offer, its rating (a rated order
    only: callers that load no ratings rely on it not being read otherwise) and its timeline, as the view allows.
    `viewer` (the user asking) decides whether the service code shows."""
    offer = _offer_shown(order, view, viewer)
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
        events=order.events if view in ("full", "holder") else [], origin=origin,
        show_service_code=view == "full" and access.may_see_service_code(order, viewer))


def as_seen_by(order, user) -> OrderView:
    """The order as `user` sees it now (after an action that may have changed what they see)."""
    return present(order, access.visibility(order, user) or "full", viewer=user)
