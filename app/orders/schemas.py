"""Request and response shapes for orders, offers, ratings and follow-ups."""
from marshmallow import fields, validate

from app.matching.schemas import VolunteerSchema
from app.orders.flows import STATUSES
from app.orders.service import OPEN_POOL_MAX_RADIUS_M, RATING_TAGS
from app.schemas import BaseSchema, FreeText, Id, Lat, Lng, PaginationQuerySchema, QuerySchema


class OrderCreateSchema(BaseSchema):
    menu_item_id = Id(required=True)
    resident_id = Id(metadata={"description": "staff ordering for a resident (代点单)"})
    address = fields.String(required=True, validate=validate.Length(min=1, max=200))
    lat = Lat(required=True)
    lng = Lng(required=True)
    window_start = fields.AwareDateTime(required=True, format="iso")
    window_end = fields.AwareDateTime(required=True, format="iso")
    note = FreeText(load_default="", validate=validate.Length(max=500))


class EventSchema(BaseSchema):
    at = fields.DateTime()
    actor = fields.Function(lambda e: {"id": e.actor_id, "role": e.actor_role})
    from_status = fields.String(data_key="from", allow_none=True)
    to_status = fields.String(data_key="to")
    note = fields.String()


class RatingSchema(BaseSchema):
    stars = fields.Integer(required=True, validate=validate.Range(1, 5))
    comment = FreeText(load_default="", validate=validate.Length(max=500))
    tags = fields.List(fields.String(validate=validate.OneOf(RATING_TAGS)), load_default=list,
                       validate=validate.Length(max=len(RATING_TAGS)))
    automatic = fields.Boolean(dump_only=True)
    created_at = fields.DateTime(dump_only=True)


class PersonSchema(BaseSchema):
    id = fields.Integer()
    name = fields.String()
    phone = fields.String(metadata={"description": "only to staff, the resident, and the volunteer holding it"})
    elderly_living_alone = fields.Boolean()


class OfferRefSchema(BaseSchema):
    id = fields.Integer()
    volunteer_id = fields.Integer()
    volunteer_name = fields.String()
    deadline = fields.DateTime()
    status = fields.String()


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
    location_precision = fields.String(metadata={"description": "exact, or coarse (about 200 m)"})
    distance_m = fields.Integer()
    window_start = fields.DateTime()
    window_end = fields.DateTime()
    note = fields.String()
    resident = fields.Nested(PersonSchema)
    volunteer = fields.Nested(PersonSchema, allow_none=True)
    offer = fields.Nested(OfferRefSchema, allow_none=True)
    needs_attention = fields.Boolean()
    offers_made = fields.Integer()
    created_at = fields.DateTime()
    accepted_at = fields.DateTime(allow_none=True)
    check_in_at = fields.DateTime(allow_none=True)
    check_out_at = fields.DateTime(allow_none=True)
    completed_at = fields.DateTime(allow_none=True)
    service_minutes = fields.Integer(allow_none=True)
    minutes_status = fields.String(allow_none=True)
    summary = fields.String(allow_none=True)
    cancel_reason = fields.String(allow_none=True)
    rating = fields.Nested(RatingSchema, allow_none=True)
    events = fields.List(fields.Nested(EventSchema))


class OrderListQuerySchema(PaginationQuerySchema):
    scope = fields.String(validate=validate.OneOf(["resident", "volunteer", "staff"]))
    community_id = Id()
    status = fields.List(fields.String(validate=validate.OneOf(STATUSES)))
    needs_attention = fields.Boolean()
    minutes_status = fields.String(validate=validate.OneOf(["verified", "pending_review", "approved", "rejected"]))


class OpenPoolQuerySchema(PaginationQuerySchema):
    lat = Lat()
    lng = Lng()
    radius_m = fields.Integer(load_default=3000, validate=validate.Range(100, OPEN_POOL_MAX_RADIUS_M))


class CancelSchema(BaseSchema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=200))


class DeclineSchema(BaseSchema):
    reason = fields.String(load_default="", validate=validate.Length(max=200))


class DispatchSchema(BaseSchema):
    volunteer_id = Id()
    auto = fields.Boolean()


class CheckInSchema(BaseSchema):
    lat = Lat(required=True)
    lng = Lng(required=True)


class CheckOutSchema(CheckInSchema):
    summary = FreeText(load_default="", validate=validate.Length(max=1000))


class MinutesReviewSchema(BaseSchema):
    approve = fields.Boolean(required=True)
    minutes = fields.Integer(validate=validate.Range(0, 24 * 60))
    note = FreeText(load_default="", validate=validate.Length(max=200))


class OfferSchema(BaseSchema):
    id = fields.Integer()
    order_id = fields.Integer()
    volunteer_id = fields.Integer()
    status = fields.String()
    deadline = fields.DateTime()
    created_at = fields.DateTime()


class CandidateVolunteerSchema(VolunteerSchema):
    """What staff need to choose a volunteer; no home location, no phone. It dumps the search's CandidateVolunteer,
    not a Volunteer: the name is its own attribute there, not its user's."""

    name = fields.String()

    class Meta:
        fields = ("id", "name", "community_id", "skills", "active_orders", "max_active_orders", "on_duty",
                  "rating_count", "rating_mean", "verified_minutes", "approved_minutes")


class CandidateSchema(BaseSchema):
    volunteer = fields.Nested(CandidateVolunteerSchema)
    distance_m = fields.Integer()
    score = fields.Float()
    reasons = fields.Dict()


class CandidatesQuerySchema(QuerySchema):
    limit = fields.Integer(load_default=20, validate=validate.Range(1, 100))


class TaskSchema(BaseSchema):
    kind = fields.String(metadata={"description": "offer (answer it) or order (held: serve it)"})
    offer_deadline = fields.DateTime(allow_none=True)
    order = fields.Nested(OrderSchema)


class FollowUpSchema(BaseSchema):
    id = fields.Integer()
    order_id = fields.Integer()
    community_id = fields.Integer()
    stars = fields.Integer()
    status = fields.String()
    outcome = fields.String(allow_none=True)
    created_at = fields.DateTime()
    closed_at = fields.DateTime(allow_none=True)


class FollowUpQuerySchema(PaginationQuerySchema):
    status = fields.String(validate=validate.OneOf(["open", "closed"]))


class FollowUpCloseSchema(BaseSchema):
    outcome = FreeText(required=True, validate=validate.Length(min=1, max=1000))
