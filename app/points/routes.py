"""HTTP routes for points (balance, statement, leaderboard, staff adjustments, dispute reversals) and the
rewards shop (rewards, redemptions, pickup and cancellation)."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me, require_staff_of
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.orders import access as orders_access
from app.pagination import PAGINATION_HEADER_DOC, paginate
from app.points import earning, shop, statements
from app.points.schemas import (
    AdjustmentResultSchema,
    AdjustmentSchema,
    LeaderboardEntrySchema,
    LeaderboardQuerySchema,
    LedgerEntrySchema,
    PointsReversalInSchema,
    PointsReversalSchema,
    PointsReversalsQuerySchema,
    PointsSummarySchema,
    RedeemSchema,
    RedemptionCancelSchema,
    RedemptionFulfillSchema,
    RedemptionSchema,
    RedemptionsQuerySchema,
    RewardPatchSchema,
    RewardSchema,
    RewardsQuerySchema,
)
from app.schemas import PaginationQuerySchema, list_of

blp = Blueprint("points", __name__, url_prefix="/api/v1", description="Points ledger and rewards shop")


# Points

@blp.route("/points/me", methods=["GET"])
@auth_required("volunteer")
@blp.response(200, PointsSummarySchema)
def my_points():
    """The caller's balance, totals, verified minutes and this month's rank in their community."""
    return statements.summary(volunteer=statements.get_volunteer_of(user=me()))


@blp.route("/points/me/entries", methods=["GET"])
@auth_required("volunteer")
@blp.arguments(PaginationQuerySchema, location="query")
@blp.response(200, list_of(LedgerEntrySchema), headers=PAGINATION_HEADER_DOC)
def my_entries(query):
    """The caller's statement, newest first: each entry signed from their side, with its reason and source."""
    volunteer = statements.get_volunteer_of(user=me())
    items, headers = paginate(statements.statement(volunteer=volunteer), page=query["page"],
                              page_size=query["page_size"], scalars=False)
    return {"items": items}, 200, headers


@blp.route("/communities/<int:community_id>/leaderboard", methods=["GET"])
@blp.arguments(LeaderboardQuerySchema, location="query")
@blp.response(200, list_of(LeaderboardEntrySchema), headers=PAGINATION_HEADER_DOC)
def leaderboard(query, community_id):
    """Approved volunteers ranked by points earned this month (China time) or over all time."""
    community = menu_service.get_community_or_404(community_id=community_id)
    items, headers = paginate(statements.leaderboard_statement(community_id=community.id, period=query["period"]),
                              page=query["page"], page_size=query["page_size"], scalars=False)
    return {"items": items}, 200, headers


@blp.route("/points/adjustments", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(AdjustmentSchema)
@blp.response(201, AdjustmentResultSchema)
def create_adjustment(body):
    """A manual credit (amount > 0) or debit (amount < 0) of a volunteer of the caller's communities, audited
    with the caller. 409 insufficient_points for a debit larger than the balance."""
    volunteer = volunteers_service.get_for_staff(volunteer_id=body["volunteer_id"], user=me())
    return earning.adjust(volunteer=volunteer, amount=body["amount"], reason=body["reason"], staff_user=me(),
                          corrects_entry_id=body["corrects_entry_id"])


@blp.route("/orders/<int:order_id>/points-reversal", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(PointsReversalInSchema)
@blp.response(201, PointsReversalSchema)
def reverse_order_points(body, order_id):
    """Dispute: take back the order's awards, at most once. What the volunteer already spent is not taken
    (their balance never goes below zero) and is reported as `shortfall`. 409 points_already_reversed."""
    order, _ = orders_access.get_for(user=me(), order_id=order_id)
    require_staff_of(me(), order.community_id)
    return earning.reverse_order_awards(order=order, staff_user=me(), reason=body["reason"])


@blp.route("/communities/<int:community_id>/points-reversals", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(PointsReversalsQuerySchema, location="query")
@blp.response(200, list_of(PointsReversalSchema), headers=PAGINATION_HEADER_DOC)
def list_reversals(query, community_id):
    """The community's dispute reversals, newest first; `shortfall_only` for those with points still owed."""
    community = menu_service.get_community_or_404(community_id=community_id)
    require_staff_of(me(), community.id)
    items, headers = paginate(earning.reversals_statement(community_id=community.id,
                                                          shortfall_only=query["shortfall_only"]),
                              page=query["page"], page_size=query["page_size"])
    return {"items": [earning.reversal_view(r) for r in items]}, 200, headers


# Rewards shop

@blp.route("/communities/<int:community_id>/rewards", methods=["GET"])
@blp.arguments(RewardsQuerySchema, location="query")
@blp.response(200, list_of(RewardSchema), headers=PAGINATION_HEADER_DOC)
def list_rewards(query, community_id):
    """The community's rewards; `active=true` for what is on offer now."""
    community = menu_service.get_community_or_404(community_id=community_id)
    items, headers = paginate(shop.rewards_statement(community_id=community.id, active=query.get("active")),
                              page=query["page"], page_size=query["page_size"])
    return {"items": items}, 200, headers


@blp.route("/communities/<int:community_id>/rewards", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(RewardSchema)
@blp.response(201, RewardSchema)
def create_reward(body, community_id):
    """Stock a new reward (staff of that community)."""
    community = menu_service.get_community_or_404(community_id=community_id)
    return shop.create_reward(community=community, reward_in=body, user=me())


@blp.route("/rewards/<int:reward_id>", methods=["PATCH"])
@auth_required("staff", "admin")
@blp.arguments(RewardPatchSchema)
@blp.response(200, RewardSchema)
def update_reward(body, reward_id):
    """Change a reward (staff of its community); `stock` sets what is left now."""
    return shop.update_reward(reward=shop.get_reward_for_staff(reward_id=reward_id, user=me()), reward_in=body)


@blp.route("/redemptions", methods=["POST"])
@auth_required("volunteer")
@blp.arguments(RedeemSchema)
@blp.response(201, RedemptionSchema)
def create_redemption(body):
    """Spend points on a reward of the caller's community. 409 insufficient_points, out_of_stock or
    reward_inactive. The response carries the pickup code to show when collecting."""
    redemption = shop.redeem(user=me(), reward_id=body["reward_id"], quantity=body["quantity"])
    return shop.redemption_view(redemption, show_code=True)


@blp.route("/redemptions", methods=["GET"])
@auth_required("volunteer", "staff", "admin")
@blp.arguments(RedemptionsQuerySchema, location="query")
@blp.response(200, list_of(RedemptionSchema), headers=PAGINATION_HEADER_DOC)
def list_redemptions(query):
    """A volunteer's own redemptions (with pickup codes); staff see their communities' (without)."""
    statement, own = shop.redemptions_statement(user=me(), community_id=query.get("community_id"),
                                                status=query.get("status"), mine=query["mine"])
    items, headers = paginate(statement, page=query["page"], page_size=query["page_size"])
    return {"items": [shop.redemption_view(r, show_code=own) for r in items]}, 200, headers


@blp.route("/redemptions/<int:redemption_id>/fulfill", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(RedemptionFulfillSchema)
@blp.response(200, RedemptionSchema)
def fulfill_redemption(body, redemption_id):
    """Hand the reward over against its pickup code. 422 pickup_code_mismatch; 409 redemption_not_pending."""
    redemption = shop.get_redemption_for_staff(redemption_id=redemption_id, user=me())
    shop.fulfill(redemption=redemption, pickup_code=body["pickup_code"], staff_user=me())
    return shop.redemption_view(redemption, show_code=False)


@blp.route("/redemptions/<int:redemption_id>/cancel", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(RedemptionCancelSchema)
@blp.response(200, RedemptionSchema)
def cancel_redemption(body, redemption_id):
    """Cancel a pending redemption: the points are refunded and the stock restored, once. 409 when it was
    fulfilled or cancelled already."""
    redemption = shop.get_redemption_for_staff(redemption_id=redemption_id, user=me())
    shop.cancel(redemption=redemption, staff_user=me(), reason=body.get("reason"))
    return shop.redemption_view(redemption, show_code=False)
