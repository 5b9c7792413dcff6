"""Request and response shapes for community statistics."""
from __future__ import annotations

from marshmallow import fields, validate

from app.activities.models import ACTIVITY_STATUSES
from app.orders.flows import STATUSES
from app.schemas import BaseSchema, DateOrDateTime, QuerySchema
from app.stats.service import DEFAULT_H3_RESOLUTION, H3_RESOLUTIONS, MAX_DAYS, UNMET_REASONS

_PERIOD_DOC = (f"A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and "
               f"2100. Default: the last 30 days, today included; at most two years ({MAX_DAYS} days).")


class PeriodQuerySchema(QuerySchema):
    """`?from=&to=`: the period of a statistic or an export (app.stats.service.resolve_period)."""

    start = DateOrDateTime(data_key="from", metadata={"description": _PERIOD_DOC, "type": "string"})
    end = DateOrDateTime(data_key="to", metadata={"description": _PERIOD_DOC, "type": "string"})


class StatsQuerySchema(PeriodQuerySchema):
    h3_resolution = fields.Integer(load_default=DEFAULT_H3_RESOLUTION, validate=validate.OneOf(H3_RESOLUTIONS),
                                   metadata={"description": "H3 resolution of the unmet-demand cells."})


def _by_status():
    return fields.Dict(keys=fields.String(validate=validate.OneOf(STATUSES)), values=fields.Integer())


class StatsCommunitySchema(BaseSchema):
    id = fields.Integer()
    name = fields.String()
    lat = fields.Float()
    lng = fields.Float()
    radius_m = fields.Integer()


class OrdersPerDaySchema(BaseSchema):
    date = fields.Date()
    total = fields.Integer()
    by_status = _by_status()


class OrderStatsSchema(BaseSchema):
    total = fields.Integer(metadata={"description": "Orders created in the period."})
    by_status = _by_status()
    per_day = fields.List(fields.Nested(OrdersPerDaySchema), metadata={"description": "Every China day of the "
                          "period, by the day the order was created, each order in its status now."})


class AcceptanceBinSchema(BaseSchema):
    min_minutes = fields.Integer()
    max_minutes = fields.Integer(allow_none=True)
    orders = fields.Integer()


class AcceptanceSchema(BaseSchema):
    accepted = fields.Integer(metadata={"description": "Orders of the period that a volunteer accepted or claimed."})
    median_minutes = fields.Float(allow_none=True, metadata={"description": "From order to acceptance."})
    histogram = fields.List(fields.Nested(AcceptanceBinSchema))


class CompletionSchema(BaseSchema):
    ended = fields.Integer(metadata={"description": "Orders of the period that are completed, rated, cancelled "
                                                    "or expired."})
    served = fields.Integer(metadata={"description": "Of those, completed or rated."})
    rate = fields.Float(allow_none=True, metadata={"description": "served / ended; null when none ended."})


class SatisfactionSchema(BaseSchema):
    ratings = fields.Integer(metadata={"description": "Ratings residents gave in the period (not automatic)."})
    mean_stars = fields.Float(allow_none=True)
    by_stars = fields.Dict(keys=fields.String(), values=fields.Integer())
    automatic = fields.Integer(metadata={"description": "Automatic 5-star ratings after 7 days, not in the mean."})
    low = fields.Integer(metadata={"description": "Ratings of 1 or 2 stars (each gets a follow-up)."})
    open_follow_ups = fields.Integer(metadata={"description": "Follow-ups open now, whenever they were opened."})


class HoursPerDaySchema(BaseSchema):
    date = fields.Date()
    verified_minutes = fields.Integer()
    approved_minutes = fields.Integer()


class HoursSchema(BaseSchema):
    verified_minutes = fields.Integer(metadata={"description": "Verified by location at check-in and check-out, "
                                                              "for services completed in the period."})
    approved_minutes = fields.Integer(metadata={"description": "Approved by staff after review (kept apart)."})
    pending_review_minutes = fields.Integer()
    rejected_minutes = fields.Integer()
    verified_hours = fields.Float()
    approved_hours = fields.Float()
    per_day = fields.List(fields.Nested(HoursPerDaySchema))


class PointsPerDaySchema(BaseSchema):
    date = fields.Date()
    issued = fields.Integer()
    redeemed = fields.Integer()


class PointsStatsSchema(BaseSchema):
    issued = fields.Integer(metadata={"description": "Awards and adjustments, net of reversals, in the period."})
    redeemed = fields.Integer(metadata={"description": "Spent in the community's shop, net of refunds."})
    expired = fields.Integer()
    per_day = fields.List(fields.Nested(PointsPerDaySchema))


def _by_reason():
    return fields.Dict(keys=fields.String(validate=validate.OneOf(UNMET_REASONS)), values=fields.Integer())


class UnmetCategorySchema(BaseSchema):
    category_id = fields.Integer()
    name = fields.String()
    orders = fields.Integer()
    by_reason = _by_reason()


class UnmetCellSchema(BaseSchema):
    cell = fields.String(metadata={"description": "H3 cell index."})
    orders = fields.Integer()
    lat = fields.Float(metadata={"description": "The cell's centre."})
    lng = fields.Float()
    boundary = fields.List(fields.List(fields.Float()), metadata={"description": "[[lat, lng], ...] vertices."})


class UnmetDemandSchema(BaseSchema):
    total = fields.Integer()
    by_reason = _by_reason()
    by_category = fields.List(fields.Nested(UnmetCategorySchema))
    h3_resolution = fields.Integer()
    by_cell = fields.List(fields.Nested(UnmetCellSchema))


class ThreeListsRowSchema(BaseSchema):
    category_id = fields.Integer()
    name = fields.String()
    volunteers = fields.Integer(metadata={"description": "Resources: approved volunteers with this skill."})
    volunteers_on_duty = fields.Integer()
    orders = fields.Integer(metadata={"description": "Demand: orders of the period."})
    unmet = fields.Integer()
    menu_items = fields.Integer(metadata={"description": "Service: active menu items."})
    gap = fields.Boolean(metadata={"description": "Over a quarter of its orders went unmet, or it has orders and "
                                                      "nobody with the skill."})


class ActivityFiguresSchema(BaseSchema):
    activities = fields.Integer(metadata={"description": "Activities starting in the period."})
    places = fields.Integer(metadata={"description": "Confirmed sign-ups, no-shows included."})
    participants = fields.Integer(metadata={"description": "Volunteers who checked in, each once."})
    verified_minutes = fields.Integer()
    approved_minutes = fields.Integer()
    hours = fields.Float(metadata={"description": "Verified plus approved minutes, in hours."})


class TeamFiguresSchema(ActivityFiguresSchema):
    team_id = fields.Integer()
    name = fields.String()
    members = fields.Integer(metadata={"description": "Approved members now, leaders included."})


class ActivityStatsSchema(ActivityFiguresSchema):
    by_status = fields.Dict(keys=fields.String(validate=validate.OneOf(ACTIVITY_STATUSES)), values=fields.Integer())
    waitlisted = fields.Integer(metadata={"description": "Sign-ups still on a waitlist."})
    no_shows = fields.Integer(metadata={"description": "Confirmed and never checked in (recorded at the close)."})
    pending_review_minutes = fields.Integer()
    by_team = fields.List(fields.Nested(TeamFiguresSchema), metadata={"description": "Every team of the community."})


class CommunityStatsSchema(BaseSchema):
    community = fields.Nested(StatsCommunitySchema)
    start = fields.DateTime(data_key="from")
    end = fields.DateTime(data_key="to")
    timezone = fields.String()
    orders = fields.Nested(OrderStatsSchema)
    acceptance = fields.Nested(AcceptanceSchema)
    completion = fields.Nested(CompletionSchema)
    satisfaction = fields.Nested(SatisfactionSchema)
    hours = fields.Nested(HoursSchema)
    points = fields.Nested(PointsStatsSchema)
    unmet_demand = fields.Nested(UnmetDemandSchema)
    three_lists = fields.List(fields.Nested(ThreeListsRowSchema))
    activities = fields.Nested(ActivityStatsSchema, metadata={"description": "Activities (招募) and teams "
                                                                             "(志愿队伍) of the period."})
