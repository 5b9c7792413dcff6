"""Request and response shapes for volunteers."""
import re

from marshmallow import ValidationError, fields, validate, validates_schema

from app.i18n import N_, _
from app.matching.models import VOLUNTEER_STATUSES
from app.menu.schemas import CategorySchema
from app.records.schemas import IdentitySchema, RealNameInSchema
from app.schemas import BaseSchema, Id, Lat, Lng, PaginationQuerySchema, computed

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")


class AvailabilitySlotSchema(BaseSchema):
    """A weekly slot in China time: Monday is 0."""

    weekday = fields.Integer(required=True, validate=validate.Range(0, 6))
    start = fields.String(required=True, validate=validate.Regexp(_HHMM, error=N_("HH:MM, 00:00 to 24:00.")))
    end = fields.String(required=True, validate=validate.Regexp(_HHMM, error=N_("HH:MM, 00:00 to 24:00.")))

    @validates_schema
    def _ordered(self, data, **kwargs):
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            raise ValidationError(_("A slot must end after it starts."), "end")




class VolunteerApplySchema(BaseSchema):
    community_id = Id(required=True)
    name = fields.String(validate=validate.Length(min=1, max=50))
    skills = fields.List(Id(), required=True, validate=validate.Length(min=1, max=20))
    home_lat = Lat(required=True)
    home_lng = Lng(required=True)
    availability = fields.List(fields.Nested(AvailabilitySlotSchema), load_default=list,
                               validate=validate.Length(max=50))
    max_active_orders = fields.Integer(load_default=1, validate=validate.Range(1, 10))


class VolunteerPatchSchema(RealNameInSchema, BaseSchema):
    skills = fields.List(Id(), validate=validate.Length(min=1, max=20))
    availability = fields.List(fields.Nested(AvailabilitySlotSchema), validate=validate.Length(max=50))
    max_active_orders = fields.Integer(validate=validate.Range(1, 10))
    on_duty = fields.Boolean()
    home_lat = Lat()
    home_lng = Lng()
    lat = Lat(metadata={"description": "live location (with lng)"})
    lng = Lng()

    @validates_schema
    def _pairs(self, data, **kwargs):
        for a, b in (("lat", "lng"), ("home_lat", "home_lng")):
            if (a in data) != (b in data):
                raise ValidationError(_("Give %(a)s and %(b)s together.", a=a, b=b), b if a in data else a)


class VolunteerSchema(BaseSchema):
    id = fields.Integer()
    user_id = fields.Integer()
    name = computed(fields.String(), lambda v: v.user.name if v.user else "")
    community_id = fields.Integer()
    status = fields.String(validate=validate.OneOf(VOLUNTEER_STATUSES))
    skills = fields.List(fields.Nested(CategorySchema))
    home_lat = fields.Float()
    home_lng = fields.Float()
    availability = fields.List(fields.Nested(AvailabilitySlotSchema))
    max_active_orders = fields.Integer()
    active_orders = fields.Integer()
    on_duty = fields.Boolean()
    live_lat = fields.Float(allow_none=True)
    live_lng = fields.Float(allow_none=True)
    live_at = fields.DateTime(allow_none=True)
    rating_count = fields.Integer()
    rating_mean = computed(fields.Float(allow_none=True, metadata={"description": "null before the first rating"}),
                           lambda v: round(v.rating_sum / v.rating_count, 2) if v.rating_count else None)
    offers_received = fields.Integer()
    offers_accepted = fields.Integer()
    no_shows = fields.Integer(metadata={"description": "activity places confirmed and never taken up, and accepted "
                                                       "orders never come to"})
    releases = fields.Integer(metadata={"description": "accepted orders handed back before the service (a no-show "
                                                       "is one too)"})
    verified_minutes = fields.Integer()
    approved_minutes = fields.Integer()
    applied_at = fields.DateTime()
    approved_at = fields.DateTime(allow_none=True)
    suspended_at = fields.DateTime(allow_none=True)
    suspended_reason = fields.String(allow_none=True)


class VolunteerMeSchema(VolunteerSchema):
    """The caller's own profile, with what the official record holds of them (app.records)."""

    star_level = fields.Integer(metadata={"description": "星级, 0 to 5"})
    identity = fields.Nested(IdentitySchema, allow_none=True, metadata={
        "description": "real-name registration (实名), the ID number masked; null before it"})


class VolunteerListQuerySchema(PaginationQuerySchema):
    status = fields.String(validate=validate.OneOf(["pending", "approved", "suspended"]))


class SuspendSchema(BaseSchema):
    reason = fields.String(load_default="", validate=validate.Length(max=200))
