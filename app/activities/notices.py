"""Who is told what about an activity: the volunteer the waitlist promotes, everyone signed up when it is called
off, and those with a place an hour before it starts. Each through app.notify, once per event (its dedupe key)."""
from __future__ import annotations

from app.activities.models import Activity, Signup
from app.i18n import msg
from app.notify import service as notify_service


def _data(activity: Activity, **more) -> dict:
    return {"activity_id": activity.id, "title": activity.title, "start": activity.start_at,
            "address": activity.address, **more}


def promoted(activity: Activity, signup: Signup) -> None:
    notify_service.notify(
        user_id=signup.volunteer.user_id, event="signup_promoted", title=msg("Off the waitlist: you have a place"),
        body=msg("Someone left “%(title)s”: you moved from the waitlist to a place", title=activity.title),
        dedupe_key=f"signup:{signup.id}:promoted:{signup.confirmed_at.isoformat()}",
        data=_data(activity))


def cancelled(activity: Activity, signups: list[Signup], reason: str) -> None:
    for signup in signups:
        notify_service.notify(
            user_id=signup.volunteer.user_id, event="activity_cancelled", title=msg("Activity cancelled"),
            body=msg("“%(title)s”, which you signed up for, was cancelled: %(reason)s", title=activity.title,
                     reason=reason), dedupe_key=f"activity:{activity.id}:cancelled",
            data=_data(activity, reason=reason))


def starting_soon(activity: Activity, signups: list[Signup]) -> None:
    for signup in signups:
        notify_service.notify(
            user_id=signup.volunteer.user_id, event="activity_starting", title=msg("Activity starting soon"),
            body=msg("“%(title)s” starts in an hour; please arrive on time and sign in", title=activity.title),
            dedupe_key=f"activity:{activity.id}:starting", data=_data(activity))
