"""Volunteers, the resources list: applications, approval and suspension, a volunteer's own profile, and the
capacity (orders held at once) the order loop takes and gives back."""
from __future__ import annotations

from sqlalchemy import Row, bindparam, select, update
from sqlalchemy.orm import lazyload, selectinload

from app import clock, geo
from app.accounts import service as accounts_service
from app.accounts.auth import can_staff, refuse_own_record, require_staff_of
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.matching import index
from app.matching.models import Volunteer
from app.menu import service as menu_service



def get(*, volunteer_id: int) -> Volunteer | None:
    return db.session.get(Volunteer, volunteer_id)


# Built once, as are the other statements every request runs: building one costs about as much as running it.
# The user is the caller, already in the session: no join to load it again.
_VOLUNTEER_BY_USER = (select(Volunteer).where(Volunteer.user_id == bindparam("user_id"))
                      .options(lazyload(Volunteer.user)))
_VOLUNTEER_ROW_BY_USER = select(Volunteer.__table__).where(Volunteer.__table__.c.user_id == bindparam("user_id"))


def get_by_user(*, user_id: int) -> Volunteer | None:
    return db.session.scalar(_VOLUNTEER_BY_USER, {"user_id": user_id})


def get_for_staff(*, volunteer_id: int, user) -> Volunteer:
    """A volunteer that this staff member may manage (404 for anyone else's, so existence does not leak)."""
    volunteer = get(volunteer_id=volunteer_id)
    if volunteer is None or not can_staff(user, volunteer.community_id):
        raise ApiError.not_found("volunteer")
    return volunteer


def get_own_or_404(*, user) -> Volunteer:
    volunteer = get_by_user(user_id=user.id)
    if volunteer is None:
        raise ApiError.not_found("volunteer")
    return volunteer


def require_active(*, user) -> Volunteer:
    """The caller's approved volunteer profile, or 403."""
    return _refuse_unless_approved(get_by_user(user_id=user.id))


def require_active_row(*, user) -> Row:
    """The caller's approved volunteer profile as a read-only row of the volunteers table, or 403: for reads that
    change nothing, at a fraction of what loading the Volunteer costs."""
    return _refuse_unless_approved(db.session.execute(_VOLUNTEER_ROW_BY_USER, {"user_id": user.id}).first())


def require_profile_row(*, user) -> Row:
    """The caller's volunteer profile as a read-only row, whatever its status, or 403 when they have none."""
    volunteer = db.session.execute(_VOLUNTEER_ROW_BY_USER, {"user_id": user.id}).first()
    if volunteer is None:
        raise ApiError.forbidden(_l("You have not applied as a volunteer."), code="not_a_volunteer")
    return volunteer


def _refuse_unless_approved(volunteer):
    if volunteer is None:
        raise ApiError.forbidden(_l("You have not applied as a volunteer."), code="not_a_volunteer")
    if volunteer.status != "approved":
        raise ApiError.forbidden(_l("Your volunteer profile is %(status)s.", status=volunteer.status),
                                 code="volunteer_not_approved")
    return volunteer


def apply(*, user, volunteer_in: dict) -> Volunteer:
    """POST /volunteers: an application to a community; it waits for staff approval."""
    if get_by_user(user_id=user.id) is not None:
        raise ApiError.conflict("already_applied", _l("You already have a volunteer profile."))
    community = menu_service.get_community(community_id=volunteer_in["community_id"])
    if community is None:
        raise ApiError.invalid("unknown_community", _l("No such community."), field="community_id")
    skills = menu_service.categories_by_ids(volunteer_in["skills"])
    volunteer = Volunteer(
        user_id=user.id, community_id=community.id, status="pending",
        home_lat=volunteer_in["home_lat"], home_lng=volunteer_in["home_lng"],
        home_cell=geo.cell_of(volunteer_in["home_lat"], volunteer_in["home_lng"]),
        availability=volunteer_in.get("availability", []),
        max_active_orders=volunteer_in.get("max_active_orders", 1),
    )
    volunteer.skills = skills
    if volunteer_in.get("name"):
        user.name = volunteer_in["name"]
    db.session.add(volunteer)
    db.session.flush()
    return volunteer


def volunteers_statement(*, community_id: int, status: str | None = None):
    # A page of volunteers shows their skills: all of them in one more query, not one per volunteer.
    statement = select(Volunteer).where(Volunteer.community_id == community_id).options(selectinload(Volunteer.skills))
    if status:
        statement = statement.where(Volunteer.status == status)
    return statement.order_by(Volunteer.id)


def approve(*, volunteer: Volunteer, staff_user) -> Volunteer:
    """Approve an application, or reinstate a suspended volunteer (never one's own)."""
    require_staff_of(staff_user, volunteer.community_id)
    refuse_own_record(staff_user, volunteer.user_id)
    if volunteer.status != "approved":
        volunteer.status = "approved"
        volunteer.approved_at = clock.now()
        volunteer.suspended_at = None
        volunteer.suspended_reason = None
        accounts_service.add_role(user=volunteer.user, role="volunteer")
        index.reindex(volunteer)
    return volunteer


def suspend(*, volunteer: Volunteer, staff_user, reason: str = "") -> Volunteer:
    """Suspend: out of every search at once (what it does to their orders is app.orders.suspension's)."""
    require_staff_of(staff_user, volunteer.community_id)
    refuse_own_record(staff_user, volunteer.user_id)
    if volunteer.status != "suspended":
        volunteer.status = "suspended"
        volunteer.suspended_at = clock.now()
        volunteer.suspended_reason = reason or None
        volunteer.on_duty = False
        index.reindex(volunteer)
    return volunteer


def update_me(*, volunteer: Volunteer, volunteer_in: dict) -> Volunteer:
    """PATCH /volunteers/me: skills, availability, capacity, home, on duty and live location."""
    if "skills" in volunteer_in:
        volunteer.skills = menu_service.categories_by_ids(volunteer_in["skills"])
    for name in ("availability", "max_active_orders", "on_duty"):
        if name in volunteer_in:
            setattr(volunteer, name, volunteer_in[name])
    if "home_lat" in volunteer_in or "home_lng" in volunteer_in:
        volunteer.home_lat = volunteer_in.get("home_lat", volunteer.home_lat)
        volunteer.home_lng = volunteer_in.get("home_lng", volunteer.home_lng)
        volunteer.home_cell = geo.cell_of(volunteer.home_lat, volunteer.home_lng)
    if "lat" in volunteer_in and "lng" in volunteer_in:
        volunteer.live_lat, volunteer.live_lng = volunteer_in["lat"], volunteer_in["lng"]
        volunteer.live_at = clock.now()
    if volunteer.on_duty and volunteer.status != "approved":
        raise ApiError.conflict("volunteer_not_approved", _l("Only an approved volunteer can go on duty."))
    index.reindex(volunteer)
    return volunteer


def take_capacity(*, volunteer: Volunteer) -> None:
    """Take one unit of the volunteer's capacity, or 409 if they already hold as many orders as they allow.

    A conditional update, so two orders accepted at once cannot both slip under the limit."""
    taken = db.session.execute(
        update(Volunteer)
        .where(Volunteer.id == volunteer.id, Volunteer.active_orders < Volunteer.max_active_orders)
        .values(active_orders=Volunteer.active_orders + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if taken != 1:
        raise ApiError.conflict("volunteer_at_capacity", _l("You already hold as many orders as you take at once."))
    db.session.refresh(volunteer, ["active_orders"])


def count_no_show(*, volunteer_id: int) -> None:
    """A commitment not kept (an activity's place never taken up): it counts against the volunteer's reliability."""
    db.session.execute(update(Volunteer).where(Volunteer.id == volunteer_id)
                       .values(no_shows=Volunteer.no_shows + 1).execution_options(synchronize_session=False))
    loaded = db.session.identity_map.get((Volunteer, (volunteer_id,), None))
    if loaded is not None:
        db.session.expire(loaded, ["no_shows"])


def count_release(*, volunteer_id: int) -> None:
    """An accepted order handed back before the service: it counts against the volunteer's reliability."""
    db.session.execute(update(Volunteer).where(Volunteer.id == volunteer_id)
                       .values(releases=Volunteer.releases + 1).execution_options(synchronize_session=False))
    loaded = db.session.identity_map.get((Volunteer, (volunteer_id,), None))
    if loaded is not None:
        db.session.expire(loaded, ["releases"])


def release_capacity(*, volunteer_id: int) -> None:
    db.session.execute(
        update(Volunteer).where(Volunteer.id == volunteer_id, Volunteer.active_orders > 0)
        .values(active_orders=Volunteer.active_orders - 1).execution_options(synchronize_session="fetch")
    )
