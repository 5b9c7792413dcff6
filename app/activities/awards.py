"""Points for taking part in an activity: per participant, through the ledger, once.

A participant is paid when the activity closes for minutes that are verified or approved then, and when staff
approve minutes after the close; `points_per_hour` is the activity's own, else the community's rule
(app.points.earning), per hour of minutes, rounded down. The entry's business key is
`activity:{id}:volunteer:{volunteer id}`, so a second close, a retried request or a late approval pays nothing more.
"""
from __future__ import annotations

from app.activities.models import Activity, Signup
from app.attendance.minutes import COUNTED
from app.i18n import msg
from app.menu import service as menu_service
from app.points import earning, ledger


def points_per_hour(activity: Activity) -> int:
    if activity.points_per_hour is not None:
        return activity.points_per_hour
    community = menu_service.get_community(community_id=activity.community_id)
    return earning.earning_rules(community).points_per_hour


def points_for(activity: Activity, minutes: int) -> int:
    return (minutes or 0) * points_per_hour(activity) // 60


def business_key(activity: Activity, signup: Signup) -> str:
    return f"activity:{activity.id}:volunteer:{signup.volunteer_id}"


def pay(activity: Activity, signup: Signup):
    """Pay the participant for counted minutes of a closed activity; None when there is nothing (more) to pay."""
    if activity.status != "closed" or signup.minutes_status not in COUNTED:
        return None
    amount = points_for(activity, signup.service_minutes)
    if amount <= 0:
        return None
    return ledger.post(debit=ledger.issuing_account(community_id=activity.community_id),
                       credit=ledger.volunteer_account(volunteer_id=signup.volunteer_id), amount=amount,
                       kind="activity", business_key=business_key(activity, signup), activity_id=activity.id,
                       reason=msg("Activity: %(title)s, %(minutes)s minutes", title=activity.title,
                                  minutes=signup.service_minutes))
