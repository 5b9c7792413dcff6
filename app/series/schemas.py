"""Request and response shapes for recurring services (每周探访)."""
from marshmallow import fields, validate

from app.schemas import BaseSchema, FreeText, Id, Lat, Lng, PaginationQuerySchema, computed
from app.series.models import SERIES_STATUSES

HH_MM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"


class SeriesCreateSchema(BaseSchema):
    menu_item_id = Id(required=True)
    resident_id = Id(metadata={"description": "staff: the resident of your community it is for (代点单)"})
    address = fields.String(required=True, validate=validate.Length(min=1, max=200))
    lat = Lat(required=True)
    lng = Lng(required=True)
    weekday = fields.Integer(required=True, validate=validate.Range(1, 7),
                             metadata={"description": "1 = Monday .. 7 = Sunday"})
    start_time = fields.String(required=True, validate=validate.Regexp(HH_MM, error="HH:MM, 00:00 to 23:59."),
                               metadata={"description": "HH:MM in the community's time zone (Asia/Shanghai unless "
                                                        "set)", "example": "09:30"})
    duration_minutes = fields.Integer(required=True, validate=validate.Range(15, 12 * 60))
    every_weeks = fields.Integer(load_default=1, validate=validate.Range(1, 8),
                                 metadata={"description": "1: every week, 2: every other week..."})
    until = fields.Date(required=True, metadata={"description": "the last day an occurrence may fall on (included)"})
    preferred_volunteer_id = Id(allow_none=True, metadata={
        "description": "the paired volunteer (结对): approved, of the community; gets each occurrence's first offer"})
    note = FreeText(load_default="", validate=validate.Length(max=500))


class SeriesSchema(BaseSchema):
    id = fields.Integer()
    community_id = fields.Integer()
    menu_item_id = fields.Integer()
    item_name = computed(fields.String(), lambda s: getattr(s, "item_name", ""))
    resident_id = fields.Integer()
    created_by_id = fields.Integer()
    address = fields.String()
    lat = fields.Float()
    lng = fields.Float()
    weekday = fields.Integer(validate=validate.Range(1, 7))
    start_time = fields.String()
    time_zone = computed(fields.String(), lambda s: getattr(s, "time_zone", ""))
    duration_minutes = fields.Integer()
    every_weeks = fields.Integer()
    starts_on = fields.Date(metadata={"description": "the first occurrence's date"})
    until = fields.Date()
    note = fields.String()
    preferred_volunteer_id = fields.Integer(allow_none=True)
    status = fields.String(validate=validate.OneOf(SERIES_STATUSES))
    next_occurrence_on = computed(fields.Date(allow_none=True), lambda s: getattr(s, "next_occurrence_on", None))
    orders_placed = computed(fields.Integer(), lambda s: getattr(s, "orders_placed", 0))
    created_at = fields.DateTime()
    stopped_at = fields.DateTime(allow_none=True)


class SeriesQuerySchema(PaginationQuerySchema):
    resident_id = Id(metadata={"description": "staff: one resident's series"})
    status = fields.String(validate=validate.OneOf(SERIES_STATUSES))
