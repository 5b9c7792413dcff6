"""Who is told what about an activity: the volunteer the waitlist promotes, everyone signed up when it is called
off, and those with a place an hour before it starts. Each through app.notify, once per event (its dedupe key)."""
from __future__ import annotations

from app.activities.models import Activity, Signup
from app.notify import service as notify_service


def _data(activity: Activity, **more) -> dict:
    return {"activity_id": activity.id, "title": activity.title, "start": activity.start_at,
            "address": activity.address, **more}


def promoted(activity: Activity, signup: Signup) -> None:
    notify_service.notify(
        user_id=signup.volunteer.user_id, event="signup_promoted", title="候补成功，已获得名额",
        body=f"「{activity.title}」有人退出，您已从候补转为正式报名", dedupe_key=f"signup:{signup.id}:promoted:"
                                                               f"{signup.confirmed_at.isoformat()}",
        data=_data(activity))


def cancelled(activity: Activity, signups: list[Signup], reason: str) -> None:
    for signup in signups:
        notify_service.notify(
            user_id=signup.volunteer.user_id, event="activity_cancelled", title="活动已取消",
            body=f"您报名的「{activity.title}」已取消：{reason}", dedupe_key=f"activity:{activity.id}:cancelled",
            data=_data(activity, reason=reason))


def starting_soon(activity: Activity, signups: list[Signup]) -> None:
    for signup in signups:
        notify_service.notify(
            user_id=signup.volunteer.user_id, event="activity_starting", title="活动即将开始",
            body=f"「{activity.title}」将于一小时后开始，请按时到场签到",
            dedupe_key=f"activity:{activity.id}:starting", data=_data(activity))
