"""Signing up for an activity (报名) and backing out: a place while the quota lasts, else the waitlist (候补); a
cancellation gives its place to the first on the waitlist, who is told.

The quota holds under racing sign-ups on both databases. Every change to an activity's sign-ups first locks the
activity's row (PostgreSQL: SELECT ... FOR UPDATE; SQLite: BEGIN IMMEDIATE already runs writers one at a time), so
they queue on one row in one order (activity, then sign-up: no deadlock between a cancellation and a promotion),
and the place itself is taken by a conditional UPDATE (`confirmed_count < quota`), with a CHECK behind it. Each
sign-up's own status changes by compare-and-set (app.db.change_if)."""
from __future__ import annotations

from sqlalchemy import case, select, update
from sqlalchemy.exc import IntegrityError

from app import clock
from app.activities import notices
from app.activities.models import Activity, Signup
from app.db import change_if
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.matching import volunteers as volunteers_service
from app.presenting import Shown
from app.teams import membership

ACTIVE = ("confirmed", "waitlisted")
_LIST_ORDER = case({"confirmed": 0, "waitlisted": 1, "no_show": 2, "cancelled": 3}, value=Signup.status)


def lock(activity: Activity) -> Activity:
    """Hold the activity's row for the rest of the transaction, and read it as it is now."""
    return db.session.scalars(select(Activity).where(Activity.id == activity.id).with_for_update()
                              .execution_options(populate_existing=True)).one()


def get_or_404(*, signup_id: int) -> Signup:
    signup = db.session.get(Signup, signup_id)
    if signup is None:
        raise ApiError.not_found("signup")
    return signup


def of(*, activity_id: int, volunteer_id: int) -> Signup | None:
    return db.session.scalar(select(Signup).where(Signup.activity_id == activity_id,
                                                  Signup.volunteer_id == volunteer_id))


def require_open(activity: Activity) -> None:
    if activity.status != "open":
        raise ApiError.conflict(f"activity_{activity.status}", _l("The activity is %(status)s.",
                                                                  status=activity.status))


def require_may_join(activity: Activity, volunteer) -> None:
    """A team's activity is for its approved members; a community's for the community's volunteers."""
    if activity.team_id is not None:
        if not membership.is_member(team_id=activity.team_id, volunteer_id=volunteer.id):
            raise ApiError.forbidden(_l("This activity is for the team's members."), code="not_team_member")
    elif volunteer.community_id != activity.community_id:
        raise ApiError.forbidden(_l("This activity is for the community's own volunteers."), code="other_community")


def _add(activity_id: int, column: str, delta: int, *guards) -> bool:
    counter = getattr(Activity, column)
    return db.session.execute(
        update(Activity).where(Activity.id == activity_id, *guards).values({column: counter + delta})
        .execution_options(synchronize_session=False)).rowcount == 1


def _take_place(activity: Activity) -> bool:
    """One of the quota's places, if any is left: a conditional UPDATE, so never more than `quota`."""
    return _add(activity.id, "confirmed_count", 1, Activity.status == "open",
                Activity.confirmed_count < Activity.quota)


def _claim_row(activity: Activity, volunteer_id: int) -> Signup:
    """The volunteer's sign-up row, new or a cancelled one used again, claimed for this sign-up (an insert on the
    unique (activity, volunteer), or a compare-and-set from cancelled), so two sign-ups of one volunteer at once
    make one."""
    now = clock.now()
    taken = ApiError.conflict("already_signed_up", _l("You have signed up for this activity already."))
    existing = of(activity_id=activity.id, volunteer_id=volunteer_id)
    if existing is not None:
        if not change_if(existing, column="status", seen="cancelled",
                         values={"status": "waitlisted", "signed_up_at": now, "cancelled_at": None}):
            raise taken
        return existing
    signup = Signup(activity_id=activity.id, volunteer_id=volunteer_id, status="waitlisted", signed_up_at=now)
    try:
        with db.session.begin_nested():
            db.session.add(signup)
    except IntegrityError:
        raise taken from None
    return signup


def sign_up(*, activity: Activity, user) -> Signup:
    """POST /activities/{id}/signups: confirmed while places remain, else waitlisted."""
    volunteer = volunteers_service.require_active(user=user)
    require_may_join(activity, volunteer)
    activity = lock(activity)
    require_open(activity)
    if clock.now() > activity.signup_deadline:
        raise ApiError.conflict("signup_closed", _l("Sign-up for this activity has closed."))
    signup = _claim_row(activity, volunteer.id)
    if _take_place(activity):
        signup.status, signup.confirmed_at = "confirmed", clock.now()
    else:
        _add(activity.id, "waitlisted_count", 1)
    db.session.flush()
    db.session.expire(activity, ["confirmed_count", "waitlisted_count"])
    return signup


def _promote_next(activity: Activity) -> Signup | None:
    """The first on the waitlist takes the place just freed, and is told."""
    first = db.session.scalar(select(Signup).where(Signup.activity_id == activity.id, Signup.status == "waitlisted")
                              .order_by(Signup.signed_up_at, Signup.id).limit(1))
    if first is None or not _take_place(activity):
        return None
    if not change_if(first, column="status", seen="waitlisted",
                     values={"status": "confirmed", "confirmed_at": clock.now()}):
        _add(activity.id, "confirmed_count", -1)  # cannot happen while the activity is locked; give it back if so
        return None
    _add(activity.id, "waitlisted_count", -1)
    notices.promoted(activity, first)
    return first


def cancel_mine(*, activity: Activity, user) -> Signup:
    """DELETE /activities/{id}/signups/me: back out before checking in. A confirmed place goes to the first on the
    waitlist (while the activity has not ended)."""
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    signup = of(activity_id=activity.id, volunteer_id=volunteer.id) if volunteer is not None else None
    if signup is None:
        raise ApiError.not_found("signup")
    activity = lock(activity)
    require_open(activity)
    if signup.check_in_at is not None:
        raise ApiError.conflict("already_checked_in", _l("You have checked in already."))
    seen = signup.status
    if seen not in ACTIVE or not change_if(signup, column="status", seen=seen,
                                           values={"status": "cancelled", "cancelled_at": clock.now()}):
        raise ApiError.conflict("signup_not_active", _l("This sign-up was cancelled already."))
    if seen == "confirmed":
        _add(activity.id, "confirmed_count", -1)
        if clock.now() < activity.end_at:
            _promote_next(activity)
    else:
        _add(activity.id, "waitlisted_count", -1)
    db.session.expire(activity, ["confirmed_count", "waitlisted_count"])
    return signup


# Reading sign-ups

def positions(activity_id: int) -> dict[int, int]:
    """Each waitlisted sign-up's place in the queue, from 1."""
    ids = db.session.scalars(select(Signup.id).where(Signup.activity_id == activity_id,
                                                     Signup.status == "waitlisted")
                             .order_by(Signup.signed_up_at, Signup.id))
    return {signup_id: n for n, signup_id in enumerate(ids, start=1)}


def shown(signup: Signup, queue: dict[int, int] | None = None) -> Shown:
    if queue is None:
        queue = positions(signup.activity_id) if signup.status == "waitlisted" else {}
    return Shown(signup, position=queue.get(signup.id))


def signups_statement(*, activity_id: int, status: str | None = None):
    """An activity's sign-ups for its organisers: places first, then the waitlist in order, then the rest."""
    statement = select(Signup).where(Signup.activity_id == activity_id)
    if status:
        statement = statement.where(Signup.status == status)
    return statement.order_by(_LIST_ORDER, Signup.signed_up_at, Signup.id)


def mine_statement(*, volunteer_id: int, status: str | None = None):
    statement = select(Signup).where(Signup.volunteer_id == volunteer_id)
    if status:
        statement = statement.where(Signup.status == status)
    return statement.order_by(Signup.id.desc())
