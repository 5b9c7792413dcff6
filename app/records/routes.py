"""HTTP routes for the official record: the service record, certificates, exports, a person's data, area figures."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me
from app.matching import service as matching_service
from app.records import service
from app.records.schemas import RecordQuerySchema, RecordSchema

blp = Blueprint("records", __name__, url_prefix="/api/v1", description="The official record")


@blp.route("/volunteers/me/record", methods=["GET"])
@auth_required()
@blp.arguments(RecordQuerySchema, location="query")
@blp.response(200, RecordSchema)
def my_record(query):
    """The caller's service record (志愿服务记录): every service with its organisation, item and minutes, verified
    (system-recorded) and approved (by staff) kept apart, totals by year and in all, and the star level (星级)."""
    volunteer = matching_service.get_own_or_404(user=me())
    return service.record(volunteer=volunteer, year=query.get("year"))
