"""Request and response shapes for teams and their members."""
from marshmallow import fields, validate

from app.schemas import BaseSchema, FreeText, Id, PaginationQuerySchema, computed
from app.teams.models import MEMBER_ROLES, MEMBER_STATUSES

MAX_LEADERS = 20


class TeamCreateSchema(BaseSchema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    description = FreeText(load_default="", validate=validate.Length(max=2000))
    leader_ids = fields.List(Id(), load_default=list, validate=validate.Length(max=MAX_LEADERS), metadata={
        "description": "volunteers (approved, of the community) who lead the team (队长)"})


class TeamPatchSchema(BaseSchema):
    name = fields.String(validate=validate.Length(min=1, max=100))
    description = FreeText(validate=validate.Length(max=2000))
    leader_ids = fields.List(Id(), validate=validate.Length(max=MAX_LEADERS), metadata={
        "description": "exactly these volunteers lead the team; leaders left out become members"})


class TeamLeaderSchema(BaseSchema):
    volunteer_id = fields.Integer()
    name = fields.String()


class TeamMemberSchema(BaseSchema):
    volunteer_id = fields.Integer()
    name = computed(fields.String(), lambda m: m.volunteer.user.name if m.volunteer and m.volunteer.user else "")
    community_id = computed(fields.Integer(), lambda m: m.volunteer.community_id)
    role = fields.String(validate=validate.OneOf(MEMBER_ROLES))
    status = fields.String(validate=validate.OneOf(MEMBER_STATUSES),
                           metadata={"description": "pending: asked to join, waiting for a leader or staff"})
    requested_at = fields.DateTime()
    approved_at = fields.DateTime(allow_none=True)


class TeamSchema(BaseSchema):
    id = fields.Integer()
    community_id = fields.Integer()
    name = fields.String()
    description = fields.String()
    leaders = fields.List(fields.Nested(TeamLeaderSchema))
    member_count = fields.Integer(metadata={"description": "approved members, leaders included"})
    members = fields.List(fields.Nested(TeamMemberSchema), allow_none=True, metadata={
        "description": "members and join requests: only to the team's leaders and its community's staff (else null)"})
    created_at = fields.DateTime()


class MembershipSchema(BaseSchema):
    """One of the caller's teams, with their place in it."""

    team_id = fields.Integer()
    team_name = computed(fields.String(), lambda m: m.team.name)
    community_id = computed(fields.Integer(), lambda m: m.team.community_id)
    role = fields.String(validate=validate.OneOf(MEMBER_ROLES))
    status = fields.String(validate=validate.OneOf(MEMBER_STATUSES))
    requested_at = fields.DateTime()
    approved_at = fields.DateTime(allow_none=True)


class TeamListQuerySchema(PaginationQuerySchema):
    pass
