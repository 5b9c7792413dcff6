"""The service visit of an order: check-in and check-out on site (签到 / 签退) by the volunteer holding it, judged by
the shared attendance rules, the resident's confirmation (the service code at check-out, or their rating), and
staff's decisions on the record: minutes the system could not verify, and a dispute's reversal."""
from __future__ import annotations

import hmac
import secrets

from sqlalchemy import select

from app import clock, geo
from app.accounts.auth import refuse_own_record, require_staff_of
from app.attendance import minutes as attendance_minutes
from app.attendance import rules
from app.errors import ApiError
from app.extensions import db
from app.i18n import N_, _l, msg
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.notify import service as notify_service
from app.orders import flows, timeline
from app.orders.models import Order
from app.points import earning

CHECK_POINT_RADIUS_M = 300  # check-in and check-out within this of the order count toward verified minutes


# A minutes status as people read it in a note (app.i18n renders it in the reader's language).
MINUTES_WORDS = {"verified": N_("verified"), "pending_review": N_("pending review"), "approved": N_("approved"),
                 "rejected": N_("rejected"), "voided": N_("voided")}


def new_service_code() -> str:
    """The order's 4-digit service code: random, so a volunteer cannot work it out."""
    return f"{secrets.randbelow(10_000):04d}"


def _require_holder(order: Order, user) -> Volunteer:
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    if volunteer is None or order.volunteer_id != volunteer.id:
        raise ApiError.forbidden(_l("You do not hold this order."), code="not_your_order")
    return volunteer


def check_in(*, order: Order, user, lat: float, lng: float) -> Order:
    """签到: the holder, approved (a suspended volunteer may not), from 30 minutes before the window until it ends."""
    volunteer = _require_holder(order, user)
    volunteers_service.require_active(user=user)
    now = clock.now()
    if order.status == "accepted" and not rules.may_check_in(now, order.window_start, order.window_end):
        raise ApiError.conflict("outside_service_window", _l("Check-in opens 30 minutes before the service window "
                                                          "starts and closes when it ends."))
    distance = geo.geodesic_m(lat, lng, order.lat, order.lng)
    return flows.transition(order, "check_in", actor=user, actor_role="volunteer", volunteer=volunteer,
                            note=msg("%(metres)s m from the address", metres=round(distance)),
                            values={"check_in_at": now, "check_in_lat": lat, "check_in_lng": lng,
                                    "check_in_distance_m": distance})


def _confirmed_by_code(order: Order, service_code: str | None) -> bool:
    return bool(service_code and order.service_code
                and hmac.compare_digest(service_code.encode(), order.service_code.encode()))


def check_out(*, order: Order, user, lat: float, lng: float, summary: str = "",
              service_code: str | None = None) -> Order:
    """签退: completes the service. Its minutes are verified when place, time, length and the resident's service code
    all hold; otherwise they wait for the resident's rating or a staff decision, and earn nothing until then."""
    volunteer = _require_holder(order, user)
    now = clock.now()
    distance = geo.geodesic_m(lat, lng, order.lat, order.lng)
    confirmed = _confirmed_by_code(order, service_code)
    assessment = rules.assess(check_in_at=order.check_in_at, check_out_at=now, window_end=order.window_end,
                              distances_m=(order.check_in_distance_m, distance), radius_m=CHECK_POINT_RADIUS_M,
                              expected_minutes=order.expected_minutes, confirmed=confirmed)
    note = N_("%(note)s; the service code given did not match") if service_code and not confirmed else None
    return _complete(order, assessment, actor=user, actor_role="volunteer", note=note, volunteer=volunteer,
                     values={"check_out_at": now, "check_out_lat": lat, "check_out_lng": lng,
                             "check_out_distance_m": distance, "summary": summary, "completed_at": now,
                             "confirmed_at": now if confirmed else None})


def _complete(order: Order, assessment, *, actor, actor_role: str, note: str | None, values: dict,
              volunteer=None) -> Order:
    """The one check-out: the order completed with its visit's assessment (minutes, and why they wait for review).
    `note`: a msgid that adds to the assessment's note, which it holds as `%(note)s`."""
    said = (msg("%(minutes)s minutes verified", minutes=assessment.minutes) if assessment.verified else
            msg("%(minutes)s minutes to review: %(reasons)s", minutes=assessment.minutes,
                reasons=", ".join(assessment.reasons)))
    return flows.transition(order, "check_out", actor=actor, actor_role=actor_role,
                            note=msg(note, note=said) if note else said,
                            volunteer=volunteer, assessment=assessment, values=values)


def due_unchecked_out(*, limit: int = 500) -> list[int]:
    """Orders in service whose window ended more than 2 hours ago: nobody checked them out."""
    return list(db.session.scalars(select(Order.id).where(
        Order.status == "in_service", Order.window_end <= clock.now() - rules.LATE_CHECK_OUT
    ).order_by(Order.window_end, Order.id).limit(limit)))


def close_unchecked_out(order_id: int) -> bool:
    """A forgotten check-out (the most common complaint on such platforms): the order is completed as the system,
    its minutes counted from check-in to the window's end and held for a staff decision (`no_check_out`), and staff
    are told. False when it was checked out meanwhile."""
    order = db.session.get(Order, order_id)
    if order is None or order.status != "in_service" or order.window_end + rules.LATE_CHECK_OUT > clock.now():
        return False
    # Counted to the window's end (what was booked), not to when the sweep noticed; staff decide on them.
    assessment = rules.Assessment(rules.served_minutes(order.check_in_at, order.window_end), "pending_review",
                                  ("no_check_out",))
    now = clock.now()
    _complete(order, assessment, actor=None, actor_role="system",
              note=N_("%(note)s (no check-out by the window's end + 2 h)"),
              values={"completed_at": now, "needs_attention": True, "attention_reason": "no_check_out"})
    notify_service.notify_staff(
        community_id=order.community_id, event="order_needs_attention", title=msg("Order needs attention"),
        body=msg("“%(item)s”: the volunteer did not check out; the minutes wait for review", item=order.item_name),
        dedupe_key=f"order:{order.id}:attention:no_check_out",
        data={"order_id": order.id, "item_name": order.item_name, "reason": "志愿者未签退，时长待审核"})
    return True


def review_minutes(*, order: Order, staff_user, approve: bool, minutes: int | None = None, note: str = "") -> Order:
    """Staff decide on minutes the system could not verify. Approved minutes are recorded apart from
    system-verified ones (志愿时长 rules) and earn the completion award; rejected ones earn nothing. Nobody decides
    on their own minutes."""
    require_staff_of(staff_user, order.community_id)
    refuse_own_record(staff_user, order.volunteer.user_id if order.volunteer else None)
    action = "approve" if approve else "reject"
    attendance_minutes.check(order, action)
    values = {"minutes_reviewed_by_id": staff_user.id}
    if order.attention_reason == "no_check_out":  # the decision was what staff were to look at
        values.update(needs_attention=False, attention_reason=None)
    if approve:
        given = minutes if minutes is not None else order.service_minutes
        values["service_minutes"] = min(given or 0, rules.minutes_cap(order.expected_minutes))
    attendance_minutes.change(order, action, volunteer_id=order.volunteer_id, **values)
    if approve:
        earning.award_completion(order=order)
    status = msg(MINUTES_WORDS.get(order.minutes_status, order.minutes_status))
    timeline.note(order, msg("minutes %(status)s: %(minutes)s (%(note)s)", status=status, minutes=order.service_minutes,
                             note=note) if note else msg("minutes %(status)s: %(minutes)s", status=status,
                                                         minutes=order.service_minutes),
                  actor=staff_user, actor_role="staff")
    return order


def reverse(*, order: Order, staff_user, reason: str):
    """A dispute's reversal: the order's awards are taken back (app.points.earning) and its minutes voided, off the
    volunteer's totals, as an event on the order. Nobody reverses their own record."""
    require_staff_of(staff_user, order.community_id)
    refuse_own_record(staff_user, order.volunteer.user_id if order.volunteer else None)
    reversal = earning.reverse_order_awards(order=order, staff_user=staff_user, reason=reason)
    if order.minutes_status in attendance_minutes.TRANSITIONS["void"][0]:
        attendance_minutes.change(order, "void", volunteer_id=order.volunteer_id)
    timeline.note(order, msg("points reversed (%(reversed)s of %(awarded)s), minutes voided: %(reason)s",
                              reversed=reversal.reversed, awarded=reversal.awarded, reason=reason),
                  actor=staff_user, actor_role="staff")
    return reversal
