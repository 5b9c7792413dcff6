"""HTTP routes for volunteers: applying, approval, the volunteer's own profile."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me, require_staff_of
from app.matching import volunteers as service
from app.matching.schemas import (
    SuspendSchema,
    VolunteerApplySchema,
    VolunteerListQuerySchema,
    VolunteerMeSchema,
    VolunteerPatchSchema,
    VolunteerSchema,
)
from app.menu import service as menu_service
from app.pagination import PAGINATION_HEADER_DOC, paginate
from app.records import service as records_service
from app.schemas import list_of

blp = Blueprint("volunteers", __name__, url_prefix="/api/v1", description="Volunteers")


@blp.route("/volunteers", methods=["POST"])
@auth_required()
@blp.arguments(VolunteerApplySchema)
@blp.response(201, VolunteerSchema)
def apply(body):
    """Apply to a community as a volunteer; the application waits for staff approval."""
    return service.apply(user=me(), volunteer_in=body)


@blp.route("/communities/<int:community_id>/volunteers", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(VolunteerListQuerySchema, location="query")
@blp.response(200, list_of(VolunteerSchema), headers=PAGINATION_HEADER_DOC)
def list_volunteers(query, community_id):
    """The community's volunteers, by status (staff of that community)."""
    community = menu_service.get_community_or_404(community_id=community_id)
    require_staff_of(me(), community.id)
    items, headers = paginate(service.volunteers_statement(community_id=community.id, status=query.get("status")),
                              page=query["page"], page_size=query["page_size"])
    return {"items": items}, 200, headers


@blp.route("/volunteers/<int:volunteer_id>", methods=["GET"])
@auth_required("staff", "admin")
@blp.response(200, VolunteerSchema)
def get_volunteer(volunteer_id):
    """One volunteer: skills, hours, ratings (staff of their community)."""
    return service.get_for_staff(volunteer_id=volunteer_id, user=me())


@blp.route("/volunteers/<int:volunteer_id>/approve", methods=["POST"])
@auth_required("staff", "admin")
@blp.response(200, VolunteerSchema)
def approve(volunteer_id):
    """Approve an application, or reinstate a suspended volunteer."""
    return service.approve(volunteer=service.get_for_staff(volunteer_id=volunteer_id, user=me()), staff_user=me())


@blp.route("/volunteers/<int:volunteer_id>/suspend", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(SuspendSchema)
@blp.response(200, VolunteerSchema)
def suspend(body, volunteer_id):
    """Suspend a volunteer: they leave every search at once."""
    volunteer = service.get_for_staff(volunteer_id=volunteer_id, user=me())
    return service.suspend(volunteer=volunteer, staff_user=me(), reason=body["reason"])


@blp.route("/volunteers/me", methods=["GET"])
@auth_required()
@blp.response(200, VolunteerMeSchema)
def get_me():
    """The caller's volunteer profile."""
    return service.get_own_or_404(user=me())


@blp.route("/volunteers/me", methods=["PATCH"])
@auth_required()
@blp.arguments(VolunteerPatchSchema)
@blp.response(200, VolunteerMeSchema)
def patch_me(body):
    """Skills, availability, capacity, home, on duty and live location; real-name registration (实名) with
    `real_name`, `id_type`, `id_number` (409 `id_taken`, 422 `id_number_invalid`)."""
    volunteer = service.get_own_or_404(user=me())
    records_service.register_real_name(user=me(), real_name_in=body)
    return service.update_me(volunteer=volunteer, volunteer_in=body)
