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
from app.orders import suspension
from app.openapi import created_at, problems
from app.pagination import PAGINATION_HEADER_DOC, paginate
from app.records import service as records_service
from app.schemas import list_of

blp = Blueprint("volunteers", __name__, url_prefix="/api/v1", description="Volunteers")


@blp.route("/volunteers", methods=["POST"])
@created_at("volunteers.get_volunteer", volunteer_id="id")
@auth_required()
@blp.arguments(VolunteerApplySchema)
@blp.response(201, VolunteerSchema)
@problems(409, "already_applied")
@problems(422, "unknown_category", "unknown_community")
def apply(body):
    """Apply to a community as a volunteer; the application waits for staff approval."""
    return service.apply(user=me(), volunteer_in=body)


@blp.route("/communities/<int:community_id>/volunteers", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(VolunteerListQuerySchema, location="query")
@blp.response(200, list_of(VolunteerSchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "not_community_staff")
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
@problems(403, "conflict_of_interest")
def approve(volunteer_id):
    """Approve an application, or reinstate a suspended volunteer."""
    return service.approve(volunteer=service.get_for_staff(volunteer_id=volunteer_id, user=me()), staff_user=me())


@blp.route("/volunteers/<int:volunteer_id>/suspend", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(SuspendSchema)
@blp.response(200, VolunteerSchema)
@problems(403, "conflict_of_interest")
def suspend(body, volunteer_id):
    """Suspend a volunteer: they leave every search at once, the orders they hold go back to staff."""
    volunteer = service.get_for_staff(volunteer_id=volunteer_id, user=me())
    return suspension.suspend(volunteer=volunteer, staff_user=me(), reason=body["reason"])


@blp.route("/volunteers/me", methods=["GET"])
@auth_required()
@blp.response(200, VolunteerMeSchema)
@problems(404, "volunteer_not_found")
def get_me():
    """The caller's volunteer profile, with their star level and real-name registration (masked)."""
    return records_service.own_profile(service.get_own_or_404(user=me()))


@blp.route("/volunteers/me", methods=["PATCH"])
@auth_required()
@blp.arguments(VolunteerPatchSchema)
@blp.response(200, VolunteerMeSchema)
@problems(404, "volunteer_not_found")
@problems(409, "volunteer_not_approved", "id_taken")
@problems(422, "unknown_category", "id_number_invalid")
def patch_me(body):
    """Skills, availability, capacity, home, on duty and live location; real-name registration (实名) with
    `real_name`, `id_type`, `id_number` (409 `id_taken`, 422 `id_number_invalid`)."""
    volunteer = service.get_own_or_404(user=me())
    records_service.register_real_name(user=me(), real_name_in=body)
    return records_service.own_profile(service.update_me(volunteer=volunteer, volunteer_in=body))
