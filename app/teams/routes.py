"""HTTP routes for teams (志愿队伍): create and change them (staff), join them (volunteers), approve and remove members
(leaders, staff), and a volunteer's own teams."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me
from app.menu import service as menu_service
from app.openapi import created_at, problems
from app.pagination import PAGINATION_HEADER_DOC, paginate
from app.schemas import list_of
from app.teams import membership, service
from app.teams.schemas import (
    MembershipSchema,
    TeamCreateSchema,
    TeamListQuerySchema,
    TeamMemberSchema,
    TeamPatchSchema,
    TeamSchema,
)

blp = Blueprint("teams", __name__, url_prefix="/api/v1", description="Teams (志愿队伍) and their leaders")


@blp.route("/communities/<int:community_id>/teams", methods=["POST"])
@created_at("teams.get_team", team_id="id")
@auth_required("staff", "admin")
@blp.arguments(TeamCreateSchema)
@blp.response(201, TeamSchema)
@problems(403, "not_community_staff")
@problems(409, "team_name_taken")
@problems(422, "unknown_volunteer")
def create_team(body, community_id):
    """Create a team with its leaders (staff of the community)."""
    team = service.create(community_id=community_id, team_in=body, user=me())
    return service.shown(team, user=me())


@blp.route("/communities/<int:community_id>/teams", methods=["GET"])
@auth_required()
@blp.arguments(TeamListQuerySchema, location="query")
@blp.response(200, list_of(TeamSchema), headers=PAGINATION_HEADER_DOC)
def list_teams(query, community_id):
    """The community's teams, to find one to join."""
    community = menu_service.get_community_or_404(community_id=community_id)
    items, headers = paginate(service.teams_statement(community_id=community.id),
                              page=query["page"], page_size=query["page_size"])
    return {"items": service.shown_page(items, user=me())}, 200, headers


@blp.route("/teams/<int:team_id>", methods=["GET"])
@auth_required()
@blp.response(200, TeamSchema)
def get_team(team_id):
    """A team: its leaders and size; its members and join requests to its leaders and its community's staff."""
    return service.shown(service.get_or_404(team_id=team_id), user=me())


@blp.route("/teams/<int:team_id>", methods=["PATCH"])
@auth_required("staff", "admin")
@blp.arguments(TeamPatchSchema)
@blp.response(200, TeamSchema)
@problems(403, "not_community_staff")
@problems(409, "team_name_taken")
@problems(422, "unknown_volunteer")
def update_team(body, team_id):
    """Change a team's name, description or leaders (staff of its community)."""
    team = service.update(team=service.get_or_404(team_id=team_id), team_in=body, user=me())
    return service.shown(team, user=me())


@blp.route("/teams/<int:team_id>/join", methods=["POST"])
@auth_required("volunteer")
@blp.response(201, MembershipSchema)
@problems(403, "not_a_volunteer", "volunteer_not_approved")
@problems(409, "already_in_team")
def join_team(team_id):
    """Ask to join a team; a leader (or staff) approves it."""
    return membership.join(team=service.get_or_404(team_id=team_id), user=me())


@blp.route("/teams/<int:team_id>/members/<int:volunteer_id>/approve", methods=["POST"])
@auth_required()
@blp.response(200, TeamMemberSchema)
@problems(403, "not_team_leader", "conflict_of_interest")
@problems(404, "team_member_not_found")
@problems(409, "membership_not_pending")
def approve_member(team_id, volunteer_id):
    """Let a volunteer who asked into the team (its leaders, staff of its community)."""
    return membership.approve(team=service.get_or_404(team_id=team_id), volunteer_id=volunteer_id, user=me())


@blp.route("/teams/<int:team_id>/members/<int:volunteer_id>", methods=["DELETE"])
@auth_required()
@blp.response(204)
@problems(403, "not_team_leader", "leaders_set_by_staff")
@problems(404, "team_member_not_found")
def remove_member(team_id, volunteer_id):
    """Remove a member or turn down a request (its leaders, staff); a volunteer may also leave on their own."""
    membership.remove(team=service.get_or_404(team_id=team_id), volunteer_id=volunteer_id, user=me())
    return None


@blp.route("/volunteers/me/teams", methods=["GET"])
@auth_required()
@blp.response(200, list_of(MembershipSchema))
@problems(403, "not_a_volunteer")
def my_teams():
    """The teams you are in or have asked to join, with your role in each."""
    return {"items": membership.my_memberships(user=me())}
