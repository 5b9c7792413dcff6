"""The end of an activity. Closing it (its organisers, or the scheduler a day after it ended) makes its minutes
final: a participant who never checked out has the minutes up to the end held for review (`no_check_out`), one who
never checked in is recorded as a no-show (counted in their reliability), and every participant's verified or
approved minutes are paid (app.activities.awards). Cancelling calls it off and tells everyone signed up.

Both are a compare-and-set on the activity's status from `open`, under the activity's lock, so of two closes (or a
close and a cancel) exactly one wins and the other gets a 409; the ledger's business keys pay each participant once
whatever happens."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app import clock
from app.activities import attendance, awards, notices, service, signups
from app.activities.models import Activity, Signup
from app.attendance import rules
from app.db import change_if
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.matching import volunteers as volunteers_service

CLOSE_AFTER = timedelta(hours=24)  # an activity nobody closed is closed by the scheduler this long after its end


def _changed_from_open(activity: Activity, values: dict) -> None:
    if not change_if(activity, column="status", seen="open", values=values):
        signups.require_open(activity)


def _settle(activity: Activity, signup: Signup, now) -> None:
    """One participant at the close: a no-show, a forgotten check-out held for review, then paid if counted."""
    if signup.check_in_at is None:
        if change_if(signup, column="status", seen="confirmed", values={"status": "no_show"}):
            volunteers_service.count_no_show(volunteer_id=signup.volunteer_id)
        return
    if signup.check_out_at is None and signup.minutes_status is None:
        until = min(now, activity.end_at)
        assessment = rules.assess(
            check_in_at=signup.check_in_at, check_out_at=until, window_end=activity.end_at,
            distances_m=(signup.check_in_distance_m,), radius_m=attendance.CHECK_POINT_RADIUS_M,
            expected_minutes=attendance.expected_minutes(activity), confirmed=bool(signup.check_in_code_ok),
            also=("no_check_out",))
        signup.ended_at = until
        attendance.record_minutes(signup, assessment)
    awards.pay(activity, signup)


def close(*, activity: Activity, user=None) -> Activity:
    """POST /activities/{id}/close (organisers), or the scheduler (`user` None), once the activity has started."""
    if user is not None:
        service.require_organiser(user, activity)
    activity = signups.lock(activity)
    signups.require_open(activity)
    now = clock.now()
    if now < activity.start_at:
        raise ApiError.conflict("activity_not_started", _l("An activity closes once it has started."))
    _changed_from_open(activity, {"status": "closed", "closed_at": now, "closed_by_id": getattr(user, "id", None)})
    places = db.session.scalars(select(Signup).where(Signup.activity_id == activity.id,
                                                     Signup.status == "confirmed").order_by(Signup.id)).all()
    for signup in places:
        _settle(activity, signup, now)
    return activity


def cancel(*, activity: Activity, user, reason: str) -> Activity:
    """POST /activities/{id}/cancel (organisers): before anyone has checked in; everyone signed up is told."""
    service.require_organiser(user, activity)
    activity = signups.lock(activity)
    signups.require_open(activity)
    signed_up = db.session.scalars(select(Signup).where(Signup.activity_id == activity.id,
                                                        Signup.status.in_(signups.ACTIVE)).order_by(Signup.id)).all()
    if any(signup.check_in_at is not None for signup in signed_up):
        raise ApiError.conflict("activity_has_check_ins", _l("Volunteers have checked in: close the activity instead."))
    _changed_from_open(activity, {"status": "cancelled", "cancelled_at": clock.now(), "cancelled_by_id": user.id,
                                  "cancel_reason": reason})
    notices.cancelled(activity, signed_up, reason)
    return activity


def due_for_closing() -> list[int]:
    """Open activities that ended more than a day ago (their organisers forgot to close them)."""
    return list(db.session.scalars(select(Activity.id).where(
        Activity.status == "open", Activity.end_at < clock.now() - CLOSE_AFTER).order_by(Activity.id)))


def close_by_id(activity_id: int) -> bool:
    activity = service.get(activity_id=activity_id)
    if activity is None or activity.status != "open":
        return False
    close(activity=activity)
    return True
