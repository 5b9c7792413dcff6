"""The service visit of an order: check-in and check-out on site (签到 / 签退) by the volunteer holding it, judged by
the shared attendance rules, and staff's decision on minutes the system could not verify."""
from __future__ import annotations

from app import clock, geo
from app.accounts.auth import require_staff_of
from app.attendance import minutes as attendance_minutes
from app.attendance import rules
from app.errors import ApiError
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.orders import flows
from app.orders.models import Order
from app.points import earning

CHECK_POINT_RADIUS_M = 300  # check-in and check-out within this of the order verify the minutes


def _require_holder(order: Order, user) -> Volunteer:
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    if volunteer is None or order.volunteer_id != volunteer.id:
        raise ApiError.conflict("not_your_order", "You do not hold this order.")
    return volunteer


def check_in(*, order: Order, user, lat: float, lng: float) -> Order:
    volunteer = _require_holder(order, user)
    distance = geo.geodesic_m(lat, lng, order.lat, order.lng)
    return flows.transition(order, "check_in", actor=user, actor_role="volunteer", volunteer=volunteer,
                            note=f"{round(distance)} m from the address",
                            values={"check_in_at": clock.now(), "check_in_lat": lat, "check_in_lng": lng,
                                    "check_in_distance_m": distance})


def check_out(*, order: Order, user, lat: float, lng: float, summary: str = "") -> Order:
    """Completes the service. Minutes are verified when both check points were within 300 m of the order (capped
    at twice the expected minutes); otherwise they wait for staff review and earn nothing until approved."""
    volunteer = _require_holder(order, user)
    now = clock.now()
    distance = geo.geodesic_m(lat, lng, order.lat, order.lng)
    assessment = rules.assess(check_in_at=order.check_in_at, check_out_at=now,
                              distances_m=(order.check_in_distance_m, distance), radius_m=CHECK_POINT_RADIUS_M,
                              expected_minutes=order.expected_minutes)
    if assessment.verified:
        note = f"{assessment.minutes} minutes verified"
    else:
        far = round(max(distance, order.check_in_distance_m or 0))
        note = f"{assessment.minutes} minutes to review: check point {far} m away"
    return flows.transition(order, "check_out", actor=user, actor_role="volunteer", note=note, volunteer=volunteer,
                            assessment=assessment,
                            values={"check_out_at": now, "check_out_lat": lat, "check_out_lng": lng,
                                    "check_out_distance_m": distance, "summary": summary, "completed_at": now})


def review_minutes(*, order: Order, staff_user, approve: bool, minutes: int | None = None, note: str = "") -> Order:
    """Staff decide on minutes the location check could not verify. Approved minutes are recorded apart from
    system-verified ones (志愿时长 rules) and earn the completion award; rejected ones earn nothing."""
    require_staff_of(staff_user, order.community_id)
    action = "approve" if approve else "reject"
    attendance_minutes.check(order, action)
    values = {"minutes_reviewed_by_id": staff_user.id}
    if approve:
        given = minutes if minutes is not None else order.service_minutes
        values["service_minutes"] = min(given, rules.minutes_cap(order.expected_minutes))
    attendance_minutes.change(order, action, volunteer_id=order.volunteer_id, **values)
    if approve:
        earning.award_completion(order=order)
    flows.record(order, actor=staff_user, actor_role="staff", from_status=order.status, to_status=order.status,
                 note=f"minutes {order.minutes_status}: {order.service_minutes}" + (f" ({note})" if note else ""))
    return order
