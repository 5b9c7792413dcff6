"""The visit at an activity: the rotating sign-in code its organisers show, check-in and check-out (签到 / 签退) by
volunteers with a place, judged by the shared attendance rules (app.attendance.rules) with the sign-in code as the
other party's word, and staff's decisions on minutes the system could not verify.

A check-in or check-out with a wrong or expired code, or more than 500 m from the activity's point, is recorded all
the same: its minutes then wait for a staff decision with the reasons (`unconfirmed`: a code missing, wrong or
expired at either end; `far_from_address`: a check point beyond 500 m), instead of turning anyone away at the door.
"""
from __future__ import annotations

from flask import current_app, request

from app import clock, geo
from app.accounts.auth import refuse_own_record, require_staff_of
from app.activities import awards, codes, service, signups
from app.activities.models import Activity, Signup
from app.attendance import minutes as attendance_minutes
from app.attendance import rules
from app.db import change_if
from app.errors import ApiError
from app.i18n import _l
from app.matching import volunteers as volunteers_service

CHECK_POINT_RADIUS_M = 500


def expected_minutes(activity: Activity) -> int:
    """The activity's length: what `too_short` is a quarter of, and verified minutes are capped at twice."""
    return int((activity.end_at - activity.start_at).total_seconds() // 60)


def sign_in_link(activity: Activity, code: str) -> str:
    """What the QR code holds: the link a phone's camera opens (the mini-program registers this prefix for 扫普通链接
    二维码打开小程序), carrying the activity and the code it posts with its check-in or check-out."""
    base = current_app.config.get("PUBLIC_BASE_URL") or request.url_root.rstrip("/")
    return f"{base}/m/activities/{activity.id}/sign-in?code={code}"


def sign_in_code(*, activity: Activity, user) -> dict:
    """GET /activities/{id}/sign-in-code (organisers): the code of this minute, when it turns over, and its QR."""
    service.require_organiser(user, activity)
    signups.require_open(activity)
    now = clock.now()
    code = codes.code_at(activity.sign_in_secret, now)
    link = sign_in_link(activity, code)
    return {"activity_id": activity.id, "code": code, "expires_at": codes.expires_at(now),
            "period_seconds": codes.PERIOD_SECONDS, "qr": link, "qr_svg": codes.qr_svg(link)}


def _own_place(activity: Activity, user) -> Signup:
    volunteer = volunteers_service.require_active(user=user)  # a suspended volunteer may not check in
    signup = signups.of(activity_id=activity.id, volunteer_id=volunteer.id)
    if signup is None or signup.status not in signups.ACTIVE:
        raise ApiError.forbidden(_l("You have no place in this activity."), code="not_signed_up")
    if signup.status == "waitlisted":
        raise ApiError.conflict("signup_waitlisted", _l("You are on the waitlist: only those with a place check in."))
    signups.require_open(activity)
    return signup


def check_in(*, activity: Activity, user, lat: float, lng: float, code: str) -> Signup:
    """签到: from 30 minutes before the start until the end, with the code shown at the venue."""
    signup = _own_place(activity, user)
    now = clock.now()
    if not rules.may_check_in(now, activity.start_at, activity.end_at):
        raise ApiError.conflict("outside_service_window", _l("Check-in opens 30 minutes before the activity starts and "
                                                          "closes when it ends."))
    values = {"check_in_at": now, "check_in_lat": lat, "check_in_lng": lng,
              "check_in_distance_m": geo.geodesic_m(lat, lng, activity.lat, activity.lng),
              "check_in_code_ok": codes.is_valid(activity.sign_in_secret, code, now)}
    if not change_if(signup, column="check_in_at", seen=None, values=values):
        raise ApiError.conflict("already_checked_in", _l("You have checked in already."))
    return signup


def check_out(*, activity: Activity, user, lat: float, lng: float, code: str) -> Signup:
    """签退: the minutes are verified when both check points are within 500 m, both codes were valid, and the time
    and length hold (app.attendance.rules); otherwise they wait for staff with the reasons."""
    signup = _own_place(activity, user)
    if signup.check_in_at is None:
        raise ApiError.conflict("not_checked_in", _l("Check in first."))
    now = clock.now()
    distance = geo.geodesic_m(lat, lng, activity.lat, activity.lng)
    code_ok = codes.is_valid(activity.sign_in_secret, code, now)
    assessment = rules.assess(check_in_at=signup.check_in_at, check_out_at=now, window_end=activity.end_at,
                              distances_m=(signup.check_in_distance_m, distance), radius_m=CHECK_POINT_RADIUS_M,
                              expected_minutes=expected_minutes(activity),
                              confirmed=bool(signup.check_in_code_ok) and code_ok)
    if not change_if(signup, column="check_out_at", seen=None, values={
            "check_out_at": now, "check_out_lat": lat, "check_out_lng": lng, "check_out_distance_m": distance,
            "check_out_code_ok": code_ok, "ended_at": now}):
        raise ApiError.conflict("already_checked_out", _l("You have checked out already."))
    record_minutes(signup, assessment)
    return signup


def record_minutes(signup: Signup, assessment: rules.Assessment) -> None:
    """The visit's minutes enter the minutes' status machine: counted at once when verified, else held for review."""
    action = "verify" if assessment.verified else "hold_for_review"
    attendance_minutes.change(signup, action, volunteer_id=signup.volunteer_id,
                              service_minutes=assessment.minutes, review_reasons=list(assessment.reasons))


def review_minutes(*, signup: Signup, staff_user, approve: bool, minutes: int | None = None) -> Signup:
    """Staff of the activity's community decide on minutes the system could not verify (never their own); approved
    minutes of a closed activity are paid at once."""
    activity = signup.activity
    require_staff_of(staff_user, activity.community_id)
    refuse_own_record(staff_user, signup.volunteer.user_id)
    action = "approve" if approve else "reject"
    attendance_minutes.check(signup, action)
    values = {"minutes_reviewed_by_id": staff_user.id}
    if approve:
        given = minutes if minutes is not None else signup.service_minutes
        values["service_minutes"] = min(given or 0, rules.minutes_cap(expected_minutes(activity)))
    attendance_minutes.change(signup, action, volunteer_id=signup.volunteer_id, **values)
    awards.pay(activity, signup)
    return signup
