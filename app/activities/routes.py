"""HTTP routes for activities (招募): publish, read, find nearby, sign up and back out, the sign-in code, check in and
out, close or cancel, and staff's decisions on minutes."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me
from app.activities import attendance, closing, service, signups
from app.activities.schemas import (
    ActivityCancelSchema,
    ActivityCheckSchema,
    ActivityCreateSchema,
    ActivityListQuerySchema,
    ActivitySchema,
    MySignupSchema,
    NearbyQuerySchema,
    SignInCodeSchema,
    SignupListQuerySchema,
    SignupMinutesReviewSchema,
    SignupSchema,
)
from app.errors import ApiError
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.openapi import created_at, problems
from app.pagination import PAGINATION_HEADER_DOC, paginate, pagination_header
from app.schemas import list_of

blp = Blueprint("activities", __name__, url_prefix="/api/v1", description="Activities (招募): sign-up and sign-in")


@blp.route("/communities/<int:community_id>/activities", methods=["POST"])
@created_at("activities.get_activity", activity_id="id")
@auth_required()
@blp.arguments(ActivityCreateSchema)
@blp.response(201, ActivitySchema)
@problems(403, "not_community_staff", "not_team_leader")
@problems(422, "unknown_category", "unknown_team", "end_before_start", "activity_too_long", "activity_in_past",
          "signup_deadline_after_end")
def create_activity(body, community_id):
    """Publish an activity (status `open`): staff of the community, or a leader of the team it is for."""
    return service.create(community_id=community_id, activity_in=body, user=me())


@blp.route("/communities/<int:community_id>/activities", methods=["GET"])
@blp.arguments(ActivityListQuerySchema, location="query")
@blp.response(200, list_of(ActivitySchema), headers=PAGINATION_HEADER_DOC)
def list_activities(query, community_id):
    """The community's activities, latest start first, with places taken, waitlisted and left."""
    community = menu_service.get_community_or_404(community_id=community_id)
    statement = service.activities_statement(community_id=community.id, status=query.get("status"),
                                             team_id=query.get("team_id"))
    items, headers = paginate(statement, page=query["page"], page_size=query["page_size"])
    return {"items": items}, 200, headers


@blp.route("/activities/nearby", methods=["GET"])
@auth_required("volunteer")
@blp.arguments(NearbyQuerySchema, location="query")
@blp.response(200, list_of(ActivitySchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "not_a_volunteer", "volunteer_not_approved")
def nearby_activities(query):
    """Open activities near a point (by default your home) that you may join, nearest first."""
    if (query.get("lat") is None) != (query.get("lng") is None):
        raise ApiError.validation_failed({"lat": ["Give both lat and lng, or neither."]})
    volunteer = volunteers_service.require_active_row(user=me())
    lat, lng = (query["lat"], query["lng"]) if query.get("lat") is not None else (volunteer.home_lat,
                                                                                  volunteer.home_lng)
    items, total = service.nearby(volunteer=volunteer, lat=lat, lng=lng, radius_m=query["radius_m"],
                                  page=query["page"], page_size=query["page_size"])
    return {"items": items}, 200, pagination_header(total=total, page=query["page"], page_size=query["page_size"])


@blp.route("/activities/<int:activity_id>", methods=["GET"])
@blp.response(200, ActivitySchema)
def get_activity(activity_id):
    """One activity, as published."""
    return service.get_or_404(activity_id=activity_id)


@blp.route("/activities/<int:activity_id>/signups", methods=["POST"])
@auth_required("volunteer")
@blp.response(201, SignupSchema)
@problems(403, "not_a_volunteer", "volunteer_not_approved", "not_team_member", "other_community")
@problems(409, "activity_closed", "activity_cancelled", "signup_closed", "already_signed_up")
def sign_up(activity_id):
    """报名: a place (`confirmed`) while any is left, else the waitlist (`waitlisted`); never more than the quota."""
    activity = service.get_or_404(activity_id=activity_id)
    return signups.shown(signups.sign_up(activity=activity, user=me()))


@blp.route("/activities/<int:activity_id>/signups/me", methods=["DELETE"])
@auth_required()
@blp.response(200, SignupSchema)
@problems(404, "signup_not_found")
@problems(409, "activity_closed", "activity_cancelled", "already_checked_in", "signup_not_active")
def cancel_my_signup(activity_id):
    """Back out; your place goes to the first on the waitlist, who is told."""
    activity = service.get_or_404(activity_id=activity_id)
    return signups.shown(signups.cancel_mine(activity=activity, user=me()), {})


@blp.route("/activities/<int:activity_id>/signups", methods=["GET"])
@auth_required()
@blp.arguments(SignupListQuerySchema, location="query")
@blp.response(200, list_of(SignupSchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "not_organiser")
def list_signups(query, activity_id):
    """Everyone signed up, places first, then the waitlist in order, each with check-in and check-out and minutes
    (the activity's organisers)."""
    activity = service.get_or_404(activity_id=activity_id)
    service.require_organiser(me(), activity)
    statement = signups.signups_statement(activity_id=activity.id, status=query.get("status"))
    items, headers = paginate(statement, page=query["page"], page_size=query["page_size"])
    queue = signups.positions(activity.id)
    return {"items": [signups.shown(signup, queue) for signup in items]}, 200, headers


@blp.route("/activities/<int:activity_id>/sign-in-code", methods=["GET"])
@auth_required()
@blp.response(200, SignInCodeSchema)
@problems(403, "not_organiser")
@problems(409, "activity_closed", "activity_cancelled")
def sign_in_code(activity_id):
    """签到码: 6 digits that change every 60 s, to show at the venue, with its QR code (the activity's organisers)."""
    return attendance.sign_in_code(activity=service.get_or_404(activity_id=activity_id), user=me())


@blp.route("/activities/<int:activity_id>/check-in", methods=["POST"])
@auth_required("volunteer")
@blp.arguments(ActivityCheckSchema)
@blp.response(200, SignupSchema)
@problems(403, "not_a_volunteer", "volunteer_not_approved", "not_signed_up")
@problems(409, "activity_closed", "activity_cancelled", "signup_waitlisted", "outside_service_window",
          "already_checked_in")
def check_in_to_activity(body, activity_id):
    """签到 with the code shown at the venue: within 500 m and with a valid code the minutes count toward verified."""
    activity = service.get_or_404(activity_id=activity_id)
    return signups.shown(attendance.check_in(activity=activity, user=me(), **body), {})


@blp.route("/activities/<int:activity_id>/check-out", methods=["POST"])
@auth_required("volunteer")
@blp.arguments(ActivityCheckSchema)
@blp.response(200, SignupSchema)
@problems(403, "not_a_volunteer", "volunteer_not_approved", "not_signed_up")
@problems(409, "activity_closed", "activity_cancelled", "signup_waitlisted", "not_checked_in",
          "already_checked_out")
def check_out_of_activity(body, activity_id):
    """签退 with the code: verified minutes when both check points and codes held, else minutes for staff review."""
    activity = service.get_or_404(activity_id=activity_id)
    return signups.shown(attendance.check_out(activity=activity, user=me(), **body), {})


@blp.route("/activities/<int:activity_id>/close", methods=["POST"])
@auth_required()
@blp.response(200, ActivitySchema)
@problems(403, "not_organiser")
@problems(409, "activity_closed", "activity_cancelled", "activity_not_started")
def close_activity(activity_id):
    """Close: minutes final, points paid per participant, no-shows recorded (the activity's organisers)."""
    return closing.close(activity=service.get_or_404(activity_id=activity_id), user=me())


@blp.route("/activities/<int:activity_id>/cancel", methods=["POST"])
@auth_required()
@blp.arguments(ActivityCancelSchema)
@blp.response(200, ActivitySchema)
@problems(403, "not_organiser")
@problems(409, "activity_closed", "activity_cancelled", "activity_has_check_ins")
def cancel_activity(body, activity_id):
    """Call the activity off; everyone signed up is told (the activity's organisers)."""
    activity = service.get_or_404(activity_id=activity_id)
    return closing.cancel(activity=activity, user=me(), reason=body["reason"])


@blp.route("/signups/<int:signup_id>/minutes-review", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(SignupMinutesReviewSchema)
@blp.response(200, SignupSchema)
@problems(403, "not_community_staff", "conflict_of_interest")
@problems(409, "minutes_not_pending_review")
def review_signup_minutes(body, signup_id):
    """Approve or reject a sign-up's minutes that the checks could not verify (staff of the activity's community)."""
    signup = signups.get_or_404(signup_id=signup_id)
    return signups.shown(attendance.review_minutes(signup=signup, staff_user=me(), approve=body["approve"],
                                                   minutes=body.get("minutes")), {})


@blp.route("/volunteers/me/activities", methods=["GET"])
@auth_required()
@blp.arguments(SignupListQuerySchema, location="query")
@blp.response(200, list_of(MySignupSchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "not_a_volunteer")
def my_activities(query):
    """The activities you signed up for, latest first, with your place, minutes and status in each."""
    volunteer = volunteers_service.require_profile_row(user=me())
    items, headers = paginate(signups.mine_statement(volunteer_id=volunteer.id, status=query.get("status")),
                              page=query["page"],
                              page_size=query["page_size"])
    return {"items": [signups.shown(signup) for signup in items]}, 200, headers
