"""Request and response shapes for points (balances, statements, leaderboards, adjustments, reversals) and the
rewards shop. Numbers that move points are strict integers (as every integer is, app.schemas): 1.5 or "5" is a 422,
never silently truncated."""
from marshmallow import ValidationError, fields, validate

from app.i18n import _, LocalizedText
from app.points.models import ENTRY_KINDS, REDEMPTION_STATUSES
from app.schemas import BaseSchema, FreeText, Id, PaginationQuerySchema

MAX_ADJUSTMENT = 100_000
MAX_COST_POINTS = 1_000_000
MAX_STOCK = 1_000_000
MAX_QUANTITY = 20


def Reason(**kwargs):
    return fields.String(validate=validate.Length(min=1, max=200), **kwargs)


def _not_zero(value: int) -> None:
    if value == 0:
        raise ValidationError(_("Must not be 0: a positive amount credits the volunteer, a negative one debits."))


# Balances and statements

class PointsSummarySchema(BaseSchema):
    balance = fields.Integer()
    earned_total = fields.Integer(metadata={"description": "Awards and adjustments, net of reversals."})
    redeemed_total = fields.Integer(metadata={"description": "Redemptions, net of refunds."})
    expired_total = fields.Integer()
    verified_minutes = fields.Integer()
    rank = fields.Integer(allow_none=True, metadata={
        "description": "Place in the volunteer's community by points earned this month (China time); "
                       "ties share a place; null while the volunteer is not approved."})
    rank_period = fields.String()


class LedgerEntrySchema(BaseSchema):
    """One line of a statement, from the volunteer's side: a positive amount came in, a negative one went out."""

    id = fields.Integer()
    amount = fields.Integer()
    kind = fields.String(validate=validate.OneOf(ENTRY_KINDS))
    reason = LocalizedText("reason_msg", metadata={"description": "In the reader's language (Accept-Language)."})
    order_id = fields.Integer(allow_none=True)
    redemption_id = fields.Integer(allow_none=True)
    activity_id = fields.Integer(allow_none=True)
    corrects_entry_id = fields.Integer(allow_none=True)
    adjusted_by = fields.Integer(allow_none=True, metadata={"description": "The staff member who made it, if any."})
    adjusted_by_name = fields.String(allow_none=True)
    created_at = fields.DateTime()


class LeaderboardQuerySchema(PaginationQuerySchema):
    period = fields.String(load_default="month", validate=validate.OneOf(["month", "all"]))


class LeaderboardEntrySchema(BaseSchema):
    rank = fields.Integer()
    volunteer_id = fields.Integer()
    name = fields.String()
    points = fields.Integer(metadata={"description": "Points earned in the period."})


# Staff adjustments and reversals

class AdjustmentSchema(BaseSchema):
    volunteer_id = Id(required=True)
    amount = fields.Integer(required=True, validate=[validate.Range(-MAX_ADJUSTMENT, MAX_ADJUSTMENT), _not_zero])
    reason = Reason(required=True)
    corrects_entry_id = Id(load_default=None, allow_none=True)


class AdjustmentResultSchema(BaseSchema):
    volunteer_id = fields.Integer()
    balance = fields.Integer()
    entry = fields.Nested(LedgerEntrySchema)


class PointsReversalInSchema(BaseSchema):
    reason = Reason(required=True)


class PointsReversalSchema(BaseSchema):
    order_id = fields.Integer()
    volunteer_id = fields.Integer(allow_none=True)
    community_id = fields.Integer()
    awarded = fields.Integer()
    reversed = fields.Integer()
    shortfall = fields.Integer(metadata={"description": "Points already spent, so not taken back."})
    reason = fields.String()
    created_by_id = fields.Integer(allow_none=True)
    created_at = fields.DateTime()
    entry_ids = fields.List(fields.Integer())


class PointsReversalsQuerySchema(PaginationQuerySchema):
    shortfall_only = fields.Boolean(load_default=False)


# Rewards shop

class RewardSchema(BaseSchema):
    id = fields.Integer(dump_only=True)
    community_id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    description = FreeText(load_default="", validate=validate.Length(max=1000))
    cost_points = fields.Integer(required=True, validate=validate.Range(1, MAX_COST_POINTS))
    stock = fields.Integer(load_default=0, validate=validate.Range(0, MAX_STOCK))
    active = fields.Boolean(load_default=True)
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


class RewardPatchSchema(BaseSchema):
    name = fields.String(validate=validate.Length(min=1, max=100))
    description = FreeText(validate=validate.Length(max=1000))
    cost_points = fields.Integer(validate=validate.Range(1, MAX_COST_POINTS))
    stock = fields.Integer(validate=validate.Range(0, MAX_STOCK),
                           metadata={"description": "What is left now; redemptions in flight are kept."})
    active = fields.Boolean()


class RewardsQuerySchema(PaginationQuerySchema):
    active = fields.Boolean()


class RedeemSchema(BaseSchema):
    reward_id = Id(required=True)
    quantity = fields.Integer(load_default=1, validate=validate.Range(1, MAX_QUANTITY))


class RedemptionVolunteerSchema(BaseSchema):
    id = fields.Integer()
    name = fields.String()


class RedemptionSchema(BaseSchema):
    id = fields.Integer()
    reward_id = fields.Integer()
    volunteer_id = fields.Integer()
    volunteer = fields.Nested(RedemptionVolunteerSchema, metadata={
        "description": "Who redeemed it, and so who collects it."})
    community_id = fields.Integer()
    reward_name = fields.String()
    quantity = fields.Integer()
    points = fields.Integer()
    status = fields.String(validate=validate.OneOf(REDEMPTION_STATUSES))
    pickup_code = fields.String(allow_none=True, metadata={
        "description": "Shown to the volunteer who redeemed, who shows it at pickup; null for staff."})
    pickup_locked = fields.Boolean(metadata={
        "description": "5 wrong pickup codes were given: staff must issue a new code (POST "
                       "/redemptions/{id}/pickup-code) before it can be collected."})
    created_at = fields.DateTime()
    fulfilled_at = fields.DateTime(allow_none=True)
    cancelled_at = fields.DateTime(allow_none=True)
    cancel_reason = fields.String(allow_none=True)


class RedemptionsQuerySchema(PaginationQuerySchema):
    community_id = Id()
    status = fields.String(validate=validate.OneOf(REDEMPTION_STATUSES))
    mine = fields.Boolean(load_default=False)
    pickup_code = fields.String(validate=validate.Length(min=1, max=32), metadata={
        "description": "Staff: the redemption with this pickup code, in their communities. Codes that match "
                       "nothing are limited per staff member (429)."})


class RedemptionFulfillSchema(BaseSchema):
    pickup_code = fields.String(required=True, validate=validate.Length(min=1, max=32))


class RedemptionCancelSchema(BaseSchema):
    reason = Reason(load_default=None, allow_none=True)
