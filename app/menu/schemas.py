"""Request and response shapes for communities, categories and menu items."""
from marshmallow import fields, validate

from app.menu.models import DISPATCH_POLICIES
from app.schemas import BaseSchema, FreeText, Id, Lat, Lng, PaginationQuerySchema, computed


class CommunityQuerySchema(PaginationQuerySchema):
    lat = Lat()
    lng = Lng()


class CommunitySettingsSchema(BaseSchema):
    """Per-community rules; anything left out takes its default."""

    offer_minutes = fields.Integer(validate=validate.Range(1, 24 * 60))
    max_auto_offers = fields.Integer(validate=validate.Range(1, 50))
    batch_seconds = fields.Integer(validate=validate.Range(10, 3600))
    weight_distance = fields.Float(validate=validate.Range(0, 10))
    weight_rating = fields.Float(validate=validate.Range(0, 10))
    weight_fairness = fields.Float(validate=validate.Range(0, 10))
    weight_reliability = fields.Float(validate=validate.Range(0, 10))
    earning_rule = fields.String(validate=validate.OneOf(["per_order", "per_hour"]))
    points_per_hour = fields.Integer(validate=validate.Range(0, 1000))
    rating_bonus = fields.Integer(validate=validate.Range(0, 1000))
    points_expiry_months = fields.Integer(allow_none=True, validate=validate.Range(1, 120))
    no_show_minutes = fields.Integer(validate=validate.Range(1, 240), metadata={
        "description": "an accepted order not checked in this long after its window starts is a no-show (30)"})


class CommunitySchema(BaseSchema):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    street = fields.String(validate=validate.Length(max=100), load_default="")
    district = fields.String(validate=validate.Length(max=50), load_default="")
    city = fields.String(validate=validate.Length(max=50), load_default="")
    lat = Lat(required=True)
    lng = Lng(required=True)
    radius_m = fields.Integer(validate=validate.Range(100, 20_000), load_default=1500)
    dispatch_policy = fields.String(validate=validate.OneOf(DISPATCH_POLICIES), load_default="manual")
    settings = fields.Nested(CommunitySettingsSchema, load_default=dict)
    # Whole metres, as everywhere else; null when no point was given (and outside GET /communities).
    distance_m = computed(fields.Integer(allow_none=True),
                          lambda c: round(d) if (d := getattr(c, "distance_m", None)) is not None else None)


class CommunityPatchSchema(BaseSchema):
    name = fields.String(validate=validate.Length(min=1, max=100))
    street = fields.String(validate=validate.Length(max=100))
    district = fields.String(validate=validate.Length(max=50))
    city = fields.String(validate=validate.Length(max=50))
    lat = Lat()
    lng = Lng()
    radius_m = fields.Integer(validate=validate.Range(100, 20_000))
    dispatch_policy = fields.String(validate=validate.OneOf(DISPATCH_POLICIES))
    settings = fields.Nested(CommunitySettingsSchema)


class CategorySchema(BaseSchema):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=50))
    description = FreeText(validate=validate.Length(max=500), load_default="")


class MenuItemSchema(BaseSchema):
    id = fields.Integer(dump_only=True)
    community_id = fields.Integer(dump_only=True)
    category_id = Id(required=True)
    category = fields.Nested(CategorySchema, dump_only=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    description = FreeText(validate=validate.Length(max=1000), load_default="")
    points = fields.Integer(required=True, validate=validate.Range(0, 10_000))
    expected_minutes = fields.Integer(required=True, validate=validate.Range(5, 24 * 60))
    radius_m = fields.Integer(allow_none=True, validate=validate.Range(100, 20_000))
    offer_minutes = fields.Integer(allow_none=True, validate=validate.Range(1, 24 * 60))
    active = fields.Boolean(dump_only=True)
    archived_at = fields.DateTime(dump_only=True, allow_none=True)


class MenuItemPatchSchema(BaseSchema):
    category_id = Id()
    name = fields.String(validate=validate.Length(min=1, max=100))
    description = FreeText(validate=validate.Length(max=1000))
    points = fields.Integer(validate=validate.Range(0, 10_000))
    expected_minutes = fields.Integer(validate=validate.Range(5, 24 * 60))
    radius_m = fields.Integer(allow_none=True, validate=validate.Range(100, 20_000))
    offer_minutes = fields.Integer(allow_none=True, validate=validate.Range(1, 24 * 60))


class MenuItemsQuerySchema(PaginationQuerySchema):
    include_archived = fields.Boolean(load_default=False)


class MenuSchema(BaseSchema):
    community = fields.Nested(CommunitySchema)
    items = fields.List(fields.Nested(MenuItemSchema))
