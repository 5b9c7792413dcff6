"""Request and response shapes for sign-in and profiles."""
from marshmallow import fields, validate

from app.accounts.models import ROLES
from app.i18n import N_
from app.schemas import BaseSchema, QuerySchema, computed

def Phone(**kwargs):
    return fields.String(validate=validate.Regexp(r"^1\d{10}$", error=N_("A mainland mobile number, 11 digits.")),
                         **kwargs)


class LoginSchema(BaseSchema):
    phone = fields.String(required=True, validate=validate.Length(min=1, max=20))
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=128))


class RefreshSchema(BaseSchema):
    refresh_token = fields.String(required=True, validate=validate.Length(min=1, max=4096))


class CommunityRefSchema(BaseSchema):
    id = fields.Integer()
    name = fields.String()
    role = fields.String(validate=validate.OneOf(["staff", "volunteer"]),
                         metadata={"description": "what the person is there: its staff, or its volunteer"})


def _communities(user) -> list[dict]:
    """The communities a person serves: as staff, and as a volunteer (any status; GET /volunteers/me tells which).
    A resident belongs to none: they order wherever they live (GET /communities?lat=&lng=)."""
    served = [{"id": c.id, "name": c.name, "role": "staff"} for c in user.communities]
    profile = user.volunteer_profile
    if profile is not None and profile.community is not None:
        served.append({"id": profile.community.id, "name": profile.community.name, "role": "volunteer"})
    return served


class UserSchema(BaseSchema):
    id = fields.Integer(dump_only=True)
    phone = fields.String(allow_none=True)
    name = fields.String()
    roles = computed(fields.List(fields.String(validate=validate.OneOf(ROLES))), lambda user: sorted(user.roles))
    communities = computed(fields.List(fields.Nested(CommunityRefSchema)), _communities)
    elderly_living_alone = fields.Boolean()
    created_at = fields.DateTime(dump_only=True)


class TokenPairSchema(BaseSchema):
    access_token = fields.String()
    refresh_token = fields.String()
    token_type = fields.String()
    expires_in = fields.Integer()


class TokensSchema(TokenPairSchema):
    user = fields.Nested(UserSchema)


class MePatchSchema(BaseSchema):
    name = fields.String(validate=validate.Length(min=1, max=50))
    current_password = fields.String(load_only=True, validate=validate.Length(max=128))
    new_password = fields.String(load_only=True, validate=validate.Length(min=8, max=128))


class ResidentQuerySchema(QuerySchema):
    phone = Phone(required=True)


class ResidentCreateSchema(BaseSchema):
    """A resident without a smartphone, registered by staff so they can be ordered for (代点单)."""

    phone = Phone(required=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=50))
    elderly_living_alone = fields.Boolean(load_default=False)


class ResidentSchema(BaseSchema):
    """A resident as staff see them when ordering for them."""

    id = fields.Integer()
    name = fields.String()
    phone = fields.String()
    elderly_living_alone = fields.Boolean()
