"""HTTP route for community statistics: the staff dashboard's one read."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me, require_staff_of
from app.errors import ApiError
from app.menu import service as menu_service
from app.openapi import problems
from app.stats import service
from app.stats.schemas import CommunityStatsSchema, StatsQuerySchema

blp = Blueprint("stats", __name__, url_prefix="/api/v1", description="Community statistics")


@blp.route("/communities/<int:community_id>/stats", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(StatsQuerySchema, location="query")
@blp.response(200, CommunityStatsSchema)
@problems(403, "not_community_staff")
def community_stats(query, community_id):
    """Orders by status and per day, time to acceptance, completion rate, satisfaction, verified hours, points
    issued and redeemed, unmet demand by category and by H3 cell, and the three lists (resources, demand,
    service) by category, for a period (staff of that community)."""
    community = menu_service.get_community_or_404(community_id=community_id)
    require_staff_of(me(), community.id)
    try:
        period = service.resolve_period(start=query.get("start"), end=query.get("end"))
    except service.PeriodError as exc:
        raise ApiError.validation_failed({exc.field: [exc.message]}) from None
    return service.community_stats(community=community, period=period, h3_resolution=query["h3_resolution"])
