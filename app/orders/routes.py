"""HTTP routes for the order loop: order, dispatch (to a volunteer, or to a team whose leader assigns a member),
accept or claim, release or reassign, check in and out, rate, cancel."""
from flask import jsonify
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me, require_staff_of
from app.errors import ApiError
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.openapi import created_at, problems
from app.orders import acceptance, access, closing, dispatch, handing_back, offers, placing, ratings, reads, visits
from app.orders import follow_ups as follow_ups_service
from app.orders.presenting import as_seen_by, present
from app.orders.schemas import (
    AssignSchema,
    CancelSchema,
    CandidateSchema,
    CandidatesQuerySchema,
    CheckInSchema,
    CheckOutSchema,
    DeclineSchema,
    DispatchSchema,
    FollowUpCloseSchema,
    FollowUpQuerySchema,
    FollowUpSchema,
    MinutesReviewSchema,
    OfferSchema,
    OpenPoolQuerySchema,
    OrderCreateSchema,
    OrderListQuerySchema,
    OrderSchema,
    RatingSchema,
    ReassignSchema,
    ReleaseSchema,
    TaskSchema,
)
from app.pagination import PAGINATION_HEADER_DOC, paginate, pagination_header
from app.schemas import list_of

blp = Blueprint("orders", __name__, url_prefix="/api/v1", description="Orders: the service loop")


def _full(order):
    return present(order, "full", viewer=me())


def _as_seen(order):
    return as_seen_by(order, me())


@blp.route("/orders", methods=["POST"])
@created_at("orders.get_order", order_id="id")
@auth_required()
@blp.arguments(OrderCreateSchema)
@blp.response(201, OrderSchema)
@problems(403, "role_required", "not_community_staff", "phone_required")
@problems(422, "outside_service_area", "unknown_menu_item", "menu_item_archived", "unknown_resident")
def create_order(body):
    """点单: order a menu item (a resident for themself, or staff for a resident with `resident_id`)."""
    return _full(placing.create(user=me(), order_in=body))


@blp.route("/orders", methods=["GET"])
@auth_required()
@blp.arguments(OrderListQuerySchema, location="query")
@blp.response(200, list_of(OrderSchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "role_required")
def list_orders(query):
    """Orders the caller may see: a resident's own, a volunteer's held ones, staff their communities'."""
    statement, scope = access.list_statement(user=me(), scope=query.get("scope"), filters=query)
    items, headers = paginate(statement, page=query["page"], page_size=query["page_size"])
    view = {"volunteer": "holder", "team": "team"}.get(scope, "full")
    return {"items": [present(o, view, viewer=me()) for o in items]}, 200, headers


@blp.route("/orders/open", methods=["GET"])
@auth_required("volunteer")
@blp.arguments(OpenPoolQuerySchema, location="query")
@blp.response(200, list_of(OrderSchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "not_a_volunteer", "volunteer_not_approved")
def open_orders(query):
    """The open pool: pending orders near the volunteer that they could claim, nearest first. Locations are
    coarsened to about 200 m; no phone numbers."""
    if (query.get("lat") is None) != (query.get("lng") is None):
        raise ApiError.validation_failed({"lat": ["Give both lat and lng, or neither."]})
    volunteer = volunteers_service.require_active_row(user=me())
    page, total = reads.open_pool(volunteer=volunteer, lat=query.get("lat"), lng=query.get("lng"),
                                    radius_m=query["radius_m"], page=query["page"], page_size=query["page_size"])
    headers = pagination_header(total=total, page=query["page"], page_size=query["page_size"])
    return {"items": page}, 200, headers


@blp.route("/orders/<int:order_id>", methods=["GET"])
@auth_required()
@blp.response(200, OrderSchema)
def get_order(order_id):
    """One order with its timeline, as the caller may see it."""
    order, view = access.get_for(user=me(), order_id=order_id)
    return present(order, view, viewer=me())


@blp.route("/orders/<int:order_id>/cancel", methods=["POST"])
@auth_required()
@blp.arguments(CancelSchema)
@blp.response(200, OrderSchema)
@problems(403, "not_your_order")
@problems(409, "order_not_cancellable", "order_cancelled", "service_started")
def cancel(body, order_id):
    """Cancel: the resident until service starts, staff until it is completed."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    return _as_seen(closing.cancel(order=order, user=me(), reason=body["reason"]))


@blp.route("/orders/<int:order_id>/candidates", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(CandidatesQuerySchema, location="query")
@blp.response(200, list_of(CandidateSchema))
@problems(403, "not_community_staff")
def candidates(query, order_id):
    """Ranked eligible volunteers for the order, each with distance, score and the reasons for it."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    require_staff_of(me(), order.community_id)
    return {"items": offers.candidates_for(order, limit=query["limit"])}


@blp.route("/orders/<int:order_id>/dispatch", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(DispatchSchema)
@blp.response(201, OfferSchema)
@blp.alt_response(200, schema=OrderSchema, success=True,
                  description="`{team_id}`: the order, still pending, handed to the team")
@problems(403, "not_community_staff", "conflict_of_interest")
@problems(409, "order_not_pending", "volunteer_not_eligible", "no_candidates", "order_cancelled", "order_expired")
@problems(422, "unknown_volunteer", "unknown_team")
def dispatch_order(body, order_id):
    """派单: offer the order to a volunteer (`volunteer_id`), or to the best candidate (`{"auto": true}`), or hand it
    to a team (`team_id`, answered 200 with the order), whose leaders assign a member."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    require_staff_of(me(), order.community_id)
    if "team_id" in body:
        if "volunteer_id" in body or body.get("auto"):
            raise ApiError.validation_failed({"team_id": ["Give team_id alone."]})
        order = dispatch.dispatch_to_team(order=order, staff_user=me(), team_id=body["team_id"])
        return jsonify(OrderSchema().dump(_full(order)))
    if body.get("auto") and "volunteer_id" not in body:
        return dispatch.dispatch_auto(order=order, staff_user=me())
    if "volunteer_id" not in body or body.get("auto"):
        raise ApiError.validation_failed({"volunteer_id": ['Give volunteer_id, or {"auto": true}, not both.']})
    return dispatch.dispatch_manually(order=order, staff_user=me(), volunteer_id=body["volunteer_id"])


@blp.route("/orders/<int:order_id>/assign", methods=["POST"])
@auth_required("volunteer")
@blp.arguments(AssignSchema)
@blp.response(201, OfferSchema)
@problems(403, "not_team_leader", "conflict_of_interest")
@problems(409, "order_not_pending", "volunteer_not_eligible", "order_cancelled", "order_expired")
@problems(422, "not_team_member")
def assign_order(body, order_id):
    """A leader of the team the order was handed to assigns a member, who gets an ordinary offer."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    return dispatch.assign(order=order, user=me(), volunteer_id=body["volunteer_id"])


@blp.route("/orders/<int:order_id>/accept", methods=["POST"])
@auth_required("volunteer")
@blp.response(200, OrderSchema)
@problems(403, "not_a_volunteer", "volunteer_not_approved", "not_your_order")
@problems(409, "order_not_offered", "offer_expired", "offer_withdrawn",
          "offer_declined", "volunteer_at_capacity", "order_cancelled", "order_expired", "already_accepted")
def accept(order_id):
    """接单: accept the offer made to you."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    return _as_seen(acceptance.accept(order=order, user=me()))


@blp.route("/orders/<int:order_id>/decline", methods=["POST"])
@auth_required("volunteer")
@blp.arguments(DeclineSchema)
@blp.response(200, OrderSchema)
@problems(403, "not_a_volunteer", "volunteer_not_approved", "not_your_order")
@problems(409, "order_not_offered", "offer_expired", "offer_withdrawn",
          "offer_declined", "order_cancelled", "order_expired")
def decline(body, order_id):
    """Decline the offer made to you; the order goes on to someone else (whom, you are not told)."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    acceptance.decline(order=order, user=me(), reason=body["reason"])
    return present(order, "open")


@blp.route("/orders/<int:order_id>/claim", methods=["POST"])
@auth_required("volunteer")
@blp.response(200, OrderSchema)
@problems(403, "not_a_volunteer", "volunteer_not_approved")
@problems(409, "order_not_pending", "not_eligible", "volunteer_at_capacity", "order_cancelled", "order_expired",
          "already_accepted")
def claim(order_id):
    """抢单: take an open order; the first claim wins, the others get 409 order_not_pending."""
    order, _ = access.get_for(user=me(), order_id=order_id, claiming=True)
    return _as_seen(acceptance.claim(order=order, user=me()))


@blp.route("/orders/<int:order_id>/release", methods=["POST"])
@auth_required()
@blp.arguments(ReleaseSchema)
@blp.response(200, OrderSchema)
@problems(403, "not_your_order")
@problems(409, "order_not_accepted", "order_cancelled", "order_expired")
def release_order(body, order_id):
    """Hand an accepted order back before check-in: its volunteer (who can no longer go) or community staff. Back to
    `pending`, the resident told, and re-offered by the community's policy (never to the one who held it); it counts
    as a release in the volunteer's reliability."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    return _as_seen(handing_back.release(order=order, user=me(), reason=body["reason"]))


@blp.route("/orders/<int:order_id>/reassign", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(ReassignSchema)
@blp.response(201, OfferSchema)
@problems(403, "not_community_staff", "conflict_of_interest")
@problems(409, "order_not_accepted", "volunteer_not_eligible", "order_cancelled", "order_expired")
@problems(422, "unknown_volunteer")
def reassign_order(body, order_id):
    """Staff hand an accepted order to another volunteer: released from its holder (not counted against them) and
    offered to the one chosen, together or not at all."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    require_staff_of(me(), order.community_id)
    return handing_back.reassign(order=order, staff_user=me(), volunteer_id=body["volunteer_id"],
                                 reason=body["reason"])


@blp.route("/orders/<int:order_id>/check-in", methods=["POST"])
@auth_required("volunteer")
@blp.arguments(CheckInSchema)
@blp.response(200, OrderSchema)
@problems(403, "not_your_order", "not_a_volunteer", "volunteer_not_approved")
@problems(409, "order_not_accepted", "order_cancelled", "order_expired", "outside_service_window",
          "already_checked_in")
def check_in(body, order_id):
    """签到 on arrival, with your location."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    return _as_seen(visits.check_in(order=order, user=me(), lat=body["lat"], lng=body["lng"]))


@blp.route("/orders/<int:order_id>/check-out", methods=["POST"])
@auth_required("volunteer")
@blp.arguments(CheckOutSchema)
@blp.response(200, OrderSchema)
@problems(403, "not_your_order")
@problems(409, "order_not_in_service", "order_cancelled", "order_expired", "already_checked_out")
def check_out(body, order_id):
    """签退 when done: minutes are verified when both check points were within 300 m of the order."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    return _as_seen(visits.check_out(order=order, user=me(), lat=body["lat"], lng=body["lng"],
                                      summary=body["summary"], service_code=body.get("service_code")))


@blp.route("/orders/<int:order_id>/rating", methods=["POST"])
@auth_required()
@blp.arguments(RatingSchema)
@blp.response(201, RatingSchema)
@problems(403, "not_your_order")
@problems(409, "order_not_completed", "already_rated", "order_cancelled", "order_expired")
def rate(body, order_id):
    """评单: the resident rates the service once, 1 to 5 stars."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    return ratings.rate(order=order, user=me(), stars=body["stars"], comment=body["comment"], tags=body["tags"])


@blp.route("/orders/<int:order_id>/minutes-review", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(MinutesReviewSchema)
@blp.response(200, OrderSchema)
@problems(403, "not_community_staff", "conflict_of_interest")
@problems(409, "minutes_not_pending_review")
def review_minutes(body, order_id):
    """Approve or reject minutes the location check could not verify (staff)."""
    order, _ = access.get_for(user=me(), order_id=order_id)
    return _full(visits.review_minutes(order=order, staff_user=me(), approve=body["approve"],
                                        minutes=body.get("minutes"), note=body["note"]))


@blp.route("/volunteers/me/tasks", methods=["GET"])
@auth_required("volunteer")
@blp.response(200, list_of(TaskSchema))
@problems(403, "not_a_volunteer")
def my_tasks():
    """Your current offers and the orders you hold, soonest first (also while suspended: the orders released
    then are gone from it)."""
    volunteer = volunteers_service.require_profile_row(user=me())
    return {"items": reads.tasks_for(volunteer_id=volunteer.id, volunteer_name=me().name)}


@blp.route("/communities/<int:community_id>/follow-ups", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(FollowUpQuerySchema, location="query")
@blp.response(200, list_of(FollowUpSchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "not_community_staff")
def follow_ups(query, community_id):
    """回访: low ratings waiting for a call back (staff of that community)."""
    require_staff_of(me(), menu_service.get_community_or_404(community_id=community_id).id)
    statement = follow_ups_service.follow_ups_statement(community_id=community_id, status=query.get("status"))
    items, headers = paginate(statement, page=query["page"], page_size=query["page_size"])
    return {"items": items}, 200, headers


@blp.route("/follow-ups/<int:follow_up_id>/close", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(FollowUpCloseSchema)
@blp.response(200, FollowUpSchema)
@problems(409, "follow_up_closed")
def close_follow_up(body, follow_up_id):
    """Record the outcome of a follow-up and close it."""
    return follow_ups_service.close_follow_up(follow_up_id=follow_up_id, staff_user=me(), outcome=body["outcome"])
