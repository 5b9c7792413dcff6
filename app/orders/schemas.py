"""Request and response shapes for orders, offers, ratings and follow-ups."""
from marshmallow import fields, validate

from app.attendance.minutes import MINUTES_STATUSES
from app.attendance.rules import REVIEW_REASONS
from app.i18n import LocalizedText, N_
from app.matching.schemas import VolunteerSchema
from app.orders.flows import STATUSES
from app.orders.follow_ups import FOLLOW_UP_STATUSES
from app.orders.models import ACTOR_ROLES, ATTENTION_REASONS
from app.orders.offer_status import OFFER_STATUSES
from app.orders.ratings import RATING_TAGS
from app.orders.reads import OPEN_POOL_MAX_RADIUS_M
from app.schemas import BaseSchema, FreeText, Id, Instant, Lat, Lng, PaginationQuerySchema, QuerySchema, computed


class OrderCreateSchema(BaseSchema):
    menu_item_id = Id(required=True)
    resident_id = Id(metadata={"description": "staff ordering for a resident (代点单)"})
    address = fields.String(required=True, validate=validate.Length(min=1, max=200))
    lat = Lat(required=True)
    lng = Lng(required=True)
    window_start = fields.AwareDateTime(required=True, format="iso")
    window_end = fields.AwareDateTime(required=True, format="iso")
    note = FreeText(load_default="", validate=validate.Length(max=500))


class ActorSchema(BaseSchema):
    id = fields.Integer(allow_none=True, metadata={"description": "null for the system (the scheduler)"})
    role = fields.String(validate=validate.OneOf(ACTOR_ROLES))


class EventSchema(BaseSchema):
    at = fields.DateTime()
    actor = computed(fields.Nested(ActorSchema), lambda e: {"id": e.actor_id, "role": e.actor_role})
    from_status = fields.String(data_key="from", allow_none=True, validate=validate.OneOf(STATUSES),
                                metadata={"description": "null on the order's first event"})
    to_status = fields.String(data_key="to", validate=validate.OneOf(STATUSES))
    note = LocalizedText("note_msg", metadata={"description": "In the reader's language; a person's words as typed."})


class RatingSchema(BaseSchema):
    stars = fields.Integer(required=True, validate=validate.Range(1, 5))
    comment = FreeText(load_default="", validate=validate.Length(max=500))
    tags = fields.List(fields.String(validate=validate.OneOf(RATING_TAGS)), load_default=list,
                       validate=validate.Length(max=len(RATING_TAGS)))
    automatic = fields.Boolean(dump_only=True)
    created_at = fields.DateTime(dump_only=True)


class PersonSchema(BaseSchema):
    id = fields.Integer(allow_none=True, metadata={"description": "null for anyone not holding the order"})
    name = fields.String(metadata={"description": "surname and honorific for anyone not holding the order"})
    phone = fields.String(allow_none=True, metadata={
        "description": "only to staff, the resident, and the volunteer holding it", "x-optional": "holder only"})
    elderly_living_alone = fields.Boolean(metadata={"x-optional": "holder only"})


class OfferRefSchema(BaseSchema):
    id = fields.Integer()
    volunteer_id = fields.Integer()
    volunteer_name = fields.String()
    deadline = fields.DateTime()
    status = fields.String(validate=validate.OneOf(OFFER_STATUSES))


class OrderSchema(BaseSchema):
    id = fields.Integer()
    community_id = fields.Integer()
    menu_item_id = fields.Integer()
    category_id = fields.Integer()
    item_name = fields.String()
    points = fields.Integer()
    expected_minutes = fields.Integer()
    radius_m = fields.Integer(metadata={"description": "matching radius for this order"})
    status = fields.String(validate=validate.OneOf(STATUSES))
    address = fields.String(allow_none=True)
    lat = fields.Float()
    lng = fields.Float()
    location_precision = fields.String(validate=validate.OneOf(["exact", "coarse"]),
                                       metadata={"description": "exact, or coarse (an H3 resolution-8 cell's centre)"})
    distance_m = fields.Integer(metadata={"description": "from the point asked about to the coarse point, in whole "
                                                         "hundreds of metres (the open pool only)",
                                          "x-optional": "open pool only"})
    window_start = Instant()
    window_end = Instant()
    note = fields.String(allow_none=True, metadata={"description": "only to staff, the resident and the holder"})
    resident = fields.Nested(PersonSchema)
    volunteer = fields.Nested(PersonSchema, allow_none=True)
    offer = fields.Nested(OfferRefSchema, allow_none=True)
    needs_attention = fields.Boolean()
    attention_reason = fields.String(allow_none=True, validate=validate.OneOf(ATTENTION_REASONS), metadata={
        "description": "why staff should look: dispatch_gave_up, no_candidates, released, no_show, no_check_out, "
                       "offer_lapsed (a manual community), volunteer_suspended; null otherwise"})
    team_id = fields.Integer(allow_none=True, metadata={"description": "the team it was handed to, if any"})
    urgent = fields.Boolean(metadata={"description": "紧急求助: offered to the best 3 at once, first to accept wins"})
    series_id = fields.Integer(allow_none=True, metadata={
        "description": "the recurring service (每周探访) this order is one occurrence of, if any"})
    offers_made = fields.Integer()
    created_at = fields.DateTime()
    accepted_at = fields.DateTime(allow_none=True)
    check_in_at = fields.DateTime(allow_none=True)
    check_out_at = fields.DateTime(allow_none=True)
    completed_at = fields.DateTime(allow_none=True)
    service_minutes = fields.Integer(allow_none=True)
    minutes_status = fields.String(allow_none=True, validate=validate.OneOf(MINUTES_STATUSES),
                                   metadata={"description": "null until checked out"})
    review_reasons = fields.List(fields.String(validate=validate.OneOf(REVIEW_REASONS)), metadata={
        "description": "why the minutes wait for a staff decision"})
    service_code = fields.String(allow_none=True, metadata={
        "description": "the resident's 4-digit code; only to the resident and the staff who ordered for them"})
    summary = fields.String(allow_none=True)
    cancel_reason = fields.String(allow_none=True)
    rating = fields.Nested(RatingSchema, allow_none=True)
    events = fields.List(fields.Nested(EventSchema))


class OrderListQuerySchema(PaginationQuerySchema):
    scope = fields.String(validate=validate.OneOf(["resident", "volunteer", "team", "staff"]), metadata={
        "description": "team: orders handed to the teams you lead"})
    community_id = Id()
    status = fields.List(fields.String(validate=validate.OneOf(STATUSES)))
    needs_attention = fields.Boolean()
    minutes_status = fields.String(validate=validate.OneOf(MINUTES_STATUSES))


class OpenPoolQuerySchema(PaginationQuerySchema):
    lat = Lat()
    lng = Lng()
    radius_m = fields.Integer(load_default=3000, validate=validate.Range(100, OPEN_POOL_MAX_RADIUS_M))


class CancelSchema(BaseSchema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=200))


class ReleaseSchema(BaseSchema):
    reason = FreeText(required=True, validate=validate.Length(min=1, max=200))


class ReassignSchema(BaseSchema):
    volunteer_id = Id(required=True)
    reason = FreeText(required=True, validate=validate.Length(min=1, max=200))


class DeclineSchema(BaseSchema):
    reason = fields.String(load_default="", validate=validate.Length(max=200))


class DispatchSchema(BaseSchema):
    volunteer_id = Id()
    auto = fields.Boolean()
    team_id = Id(metadata={"description": "hand the order to a team of its community: its leaders assign a member"})


class AssignSchema(BaseSchema):
    volunteer_id = Id(required=True, metadata={"description": "a member of the team the order was handed to"})


class CheckInSchema(BaseSchema):
    lat = Lat(required=True)
    lng = Lng(required=True)


class CheckOutSchema(CheckInSchema):
    summary = FreeText(load_default="", validate=validate.Length(max=1000))
    service_code = fields.String(validate=validate.Regexp(r"^\d{4}$", error=N_("The resident's 4-digit service code.")),
                                 metadata={"description": "the 4 digits the resident gives at the end of the visit: "
                                                          "their confirmation that it happened"})


class MinutesReviewSchema(BaseSchema):
    approve = fields.Boolean(required=True)
    minutes = fields.Integer(validate=validate.Range(0, 24 * 60))
    note = FreeText(load_default="", validate=validate.Length(max=200))


class OfferSchema(BaseSchema):
    id = fields.Integer()
    order_id = fields.Integer()
    volunteer_id = fields.Integer()
    status = fields.String(validate=validate.OneOf(OFFER_STATUSES))
    deadline = fields.DateTime()
    created_at = fields.DateTime()


class CandidateVolunteerSchema(VolunteerSchema):
    """What staff need to choose a volunteer; no home location, no phone. It dumps the search's CandidateVolunteer,
    not a Volunteer: the name is its own attribute there, not its user's."""

    name = fields.String()

    class Meta:
        fields = ("id", "name", "community_id", "skills", "active_orders", "max_active_orders", "on_duty",
                  "rating_count", "rating_mean", "verified_minutes", "approved_minutes")


class DistanceReasonSchema(BaseSchema):
    metres = fields.Integer()
    from_ = fields.String(data_key="from", attribute="from", validate=validate.OneOf(["live", "home"]),
                          metadata={"description": "the volunteer's live location, or their home"})
    score = fields.Float()
    weight = fields.Float()


class RatingReasonSchema(BaseSchema):
    bayesian_mean = fields.Float()
    ratings = fields.Integer()
    score = fields.Float()
    weight = fields.Float()


class FairnessReasonSchema(BaseSchema):
    orders_last_30_days = fields.Integer()
    score = fields.Float()
    weight = fields.Float()


class ReliabilityReasonSchema(BaseSchema):
    offers_accepted = fields.Integer()
    offers_received = fields.Integer()
    no_shows = fields.Integer(metadata={"description": "activity places confirmed and never taken up, and "
                                                       "accepted orders never come to"})
    releases = fields.Integer(metadata={"description": "accepted orders handed back before the service; each takes "
                                                       "its acceptance back"})
    score = fields.Float()
    weight = fields.Float()


class RadiusReasonSchema(BaseSchema):
    metres = fields.Integer()
    widened = fields.Boolean(metadata={"description": "nobody within the order's radius: searched 3,000 m"})


class CandidateReasonsSchema(BaseSchema):
    """Each component of the score with its inputs, score and weight."""

    distance = fields.Nested(DistanceReasonSchema)
    rating = fields.Nested(RatingReasonSchema)
    fairness = fields.Nested(FairnessReasonSchema)
    reliability = fields.Nested(ReliabilityReasonSchema)
    radius = fields.Nested(RadiusReasonSchema)


class CandidateSchema(BaseSchema):
    volunteer = fields.Nested(CandidateVolunteerSchema)
    # Rounded as the reasons round it (an Integer field would truncate, a metre off).
    distance_m = computed(fields.Integer(), lambda c: round(c.distance_m))
    score = fields.Float()
    reasons = fields.Nested(CandidateReasonsSchema)


class CandidatesQuerySchema(QuerySchema):
    limit = fields.Integer(load_default=20, validate=validate.Range(1, 100))


class TaskSchema(BaseSchema):
    kind = fields.String(validate=validate.OneOf(["offer", "order"]),
                         metadata={"description": "offer (answer it) or order (held: serve it)"})
    offer_deadline = fields.DateTime(allow_none=True)
    order = fields.Nested(OrderSchema)


class FollowUpSchema(BaseSchema):
    id = fields.Integer()
    order_id = fields.Integer()
    community_id = fields.Integer()
    stars = fields.Integer()
    status = fields.String(validate=validate.OneOf(FOLLOW_UP_STATUSES))
    outcome = fields.String(allow_none=True)
    created_at = fields.DateTime()
    closed_at = fields.DateTime(allow_none=True)


class FollowUpQuerySchema(PaginationQuerySchema):
    status = fields.String(validate=validate.OneOf(["open", "closed"]))


class FollowUpCloseSchema(BaseSchema):
    outcome = FreeText(required=True, validate=validate.Length(min=1, max=1000))
