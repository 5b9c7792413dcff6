"""HTTP routes for recurring services (每周探访): start one (a resident for themself, staff for a resident of their
community), list them, see one, stop one. The scheduler places each occurrence's order (app.series.jobs)."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me
from app.openapi import created_at, problems
from app.pagination import PAGINATION_HEADER_DOC, paginate
from app.schemas import list_of
from app.series import service
from app.series.schemas import SeriesCreateSchema, SeriesQuerySchema, SeriesSchema

blp = Blueprint("series", __name__, url_prefix="/api/v1", description="Recurring services (每周探访)")


def _shown(series):
    return service.with_summary([series])[0]


@blp.route("/order-series", methods=["POST"])
@created_at("series.get_order_series", series_id="id")
@auth_required()
@blp.arguments(SeriesCreateSchema)
@blp.response(201, SeriesSchema)
@problems(403, "role_required", "not_community_staff", "phone_required", "conflict_of_interest")
@problems(422, "outside_service_area", "unknown_menu_item", "menu_item_archived", "unknown_resident",
          "unknown_volunteer", "volunteer_not_approved")
def create_order_series(body):
    """每周探访: a visit every week (or every few weeks) on a weekday at a local time, until a date; each occurrence
    is an order placed 7 days ahead, offered first to the paired volunteer when one is given."""
    return _shown(service.create(user=me(), series_in=body))


@blp.route("/order-series", methods=["GET"])
@auth_required()
@blp.arguments(SeriesQuerySchema, location="query")
@blp.response(200, list_of(SeriesSchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "role_required")
def list_order_series(query):
    """A resident's own recurring services; staff their communities' (`resident_id` for one resident's)."""
    statement = service.list_statement(user=me(), resident_id=query.get("resident_id"), status=query.get("status"))
    items, headers = paginate(statement, page=query["page"], page_size=query["page_size"])
    return {"items": service.with_summary(list(items))}, 200, headers


@blp.route("/order-series/<int:series_id>", methods=["GET"])
@auth_required()
@blp.response(200, SeriesSchema)
def get_order_series(series_id):
    """One recurring service: its resident, the staff of its community, an admin."""
    return _shown(service.get_for(user=me(), series_id=series_id))


@blp.route("/order-series/<int:series_id>/stop", methods=["POST"])
@auth_required()
@blp.response(200, SeriesSchema)
@problems(409, "series_stopped")
def stop_order_series(series_id):
    """Stop placing occurrences (orders already placed stay, each can be cancelled)."""
    series = service.get_for(user=me(), series_id=series_id)
    return _shown(service.stop(series=series, user=me()))
