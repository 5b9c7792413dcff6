"""Request and response shapes for activities, their sign-ups and the sign-in code."""
from marshmallow import fields, validate

from app import clock
from app.activities import awards
from app.activities.models import ACTIVITY_STATUSES, SIGNUP_STATUSES
from app.activities.service import NEARBY_MAX_RADIUS_M
from app.attendance.minutes import MINUTES_STATUSES
from app.attendance.rules import REVIEW_REASONS
from app.i18n import N_
from app.schemas import BaseSchema, FreeText, Id, Instant, Lat, Lng, PaginationQuerySchema, computed

MAX_QUOTA = 10_000


class ActivityCreateSchema(BaseSchema):
    title = fields.String(required=True, validate=validate.Length(min=1, max=100))
    category_id = Id(required=True)
    description = FreeText(load_default="", validate=validate.Length(max=2000))
    address = fields.String(required=True, validate=validate.Length(min=1, max=200))
    lat = Lat(required=True)
    lng = Lng(required=True)
    start = fields.AwareDateTime(required=True, format="iso")
    end = fields.AwareDateTime(required=True, format="iso")
    quota = fields.Integer(required=True, validate=validate.Range(1, MAX_QUOTA),
                           metadata={"description": "places; sign-ups beyond it wait on the waitlist (候补)"})
    signup_deadline = fields.AwareDateTime(format="iso", metadata={"description": "default: the start"})
    team_id = Id(allow_none=True, metadata={"description": "a team's own activity: for its members only"})
    points_per_hour = fields.Integer(allow_none=True, validate=validate.Range(0, 1000), metadata={
        "description": "default: the community's points_per_hour rule"})


class ActivitySchema(BaseSchema):
    id = fields.Integer()
    community_id = fields.Integer()
    team_id = fields.Integer(allow_none=True)
    category_id = fields.Integer()
    title = fields.String()
    description = fields.String()
    address = fields.String()
    lat = fields.Float()
    lng = fields.Float()
    start = Instant(attribute="start_at")
    end = Instant(attribute="end_at")
    signup_deadline = Instant()
    quota = fields.Integer()
    points_per_hour = computed(fields.Integer(metadata={
        "description": "points per hour of verified or approved minutes (the activity's, or the community's rule)"}),
        awards.points_per_hour)
    status = fields.String(validate=validate.OneOf(ACTIVITY_STATUSES))
    signed_up = computed(fields.Integer(metadata={"description": "confirmed places taken"}),
                         lambda a: a.confirmed_count)
    waitlisted = computed(fields.Integer(), lambda a: a.waitlisted_count)
    places_left = computed(fields.Integer(), lambda a: max(0, a.quota - a.confirmed_count))
    signup_open = computed(fields.Boolean(metadata={"description": "open, and before the sign-up deadline"}),
                           lambda a: a.status == "open" and clock.now() <= a.signup_deadline)
    distance_m = fields.Integer(metadata={"description": "from the point asked about, in metres (nearby only)",
                                          "x-optional": "nearby only"})
    created_at = Instant()
    closed_at = Instant(allow_none=True)
    cancelled_at = Instant(allow_none=True)
    cancel_reason = fields.String(allow_none=True)


class ActivityListQuerySchema(PaginationQuerySchema):
    status = fields.String(validate=validate.OneOf(ACTIVITY_STATUSES))
    team_id = Id()


class NearbyQuerySchema(PaginationQuerySchema):
    lat = Lat(metadata={"description": "default: your home"})
    lng = Lng()
    radius_m = fields.Integer(load_default=3000, validate=validate.Range(100, NEARBY_MAX_RADIUS_M))


class SignupSchema(BaseSchema):
    id = fields.Integer()
    activity_id = fields.Integer()
    volunteer_id = fields.Integer()
    volunteer_name = computed(fields.String(), lambda s: s.volunteer.user.name if s.volunteer.user else "")
    status = fields.String(validate=validate.OneOf(SIGNUP_STATUSES))
    position = fields.Integer(allow_none=True, metadata={"description": "place on the waitlist, from 1 (else null)"})
    signed_up_at = Instant()
    confirmed_at = Instant(allow_none=True)
    cancelled_at = Instant(allow_none=True)
    check_in_at = Instant(allow_none=True)
    check_in_distance_m = computed(fields.Integer(allow_none=True), lambda s: _metres(s.check_in_distance_m))
    check_in_code_ok = fields.Boolean(allow_none=True, metadata={"description": "the sign-in code was valid"})
    check_out_at = Instant(allow_none=True)
    check_out_distance_m = computed(fields.Integer(allow_none=True), lambda s: _metres(s.check_out_distance_m))
    check_out_code_ok = fields.Boolean(allow_none=True)
    service_minutes = fields.Integer(allow_none=True)
    minutes_status = fields.String(allow_none=True, validate=validate.OneOf(MINUTES_STATUSES),
                                   metadata={"description": "null until checked out (or the activity closed)"})
    review_reasons = computed(fields.List(fields.String(validate=validate.OneOf(REVIEW_REASONS)), metadata={
        "description": "why the minutes wait for a staff decision; `unconfirmed`: a sign-in code missing, wrong or "
                       "expired"}), lambda s: s.review_reasons or [])


def _metres(value):
    return None if value is None else round(value)


class MySignupSchema(SignupSchema):
    activity = fields.Nested(ActivitySchema)


class SignupListQuerySchema(PaginationQuerySchema):
    status = fields.String(validate=validate.OneOf(SIGNUP_STATUSES))


class SignInCodeSchema(BaseSchema):
    activity_id = fields.Integer()
    code = fields.String(metadata={"description": "6 digits, a new one every period"})
    expires_at = Instant(metadata={"description": "when the next code replaces it (it is still accepted one period "
                                                  "more)"})
    period_seconds = fields.Integer()
    qr = fields.String(metadata={"description": "the QR code's payload: the sign-in link with the code"})
    qr_svg = fields.String(metadata={"description": "the QR code as an SVG image"})


class ActivityCheckSchema(BaseSchema):
    lat = Lat(required=True)
    lng = Lng(required=True)
    code = fields.String(required=True, validate=validate.Regexp(r"^[0-9]{6}$", error=N_("The 6-digit sign-in code.")),
                         metadata={"description": "the sign-in code shown at the venue"})


class ActivityCancelSchema(BaseSchema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=200))


class SignupMinutesReviewSchema(BaseSchema):
    approve = fields.Boolean(required=True)
    minutes = fields.Integer(validate=validate.Range(0, 48 * 60), metadata={
        "description": "the minutes to approve (default: those recorded), capped at twice the activity's length"})
