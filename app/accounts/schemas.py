"""Request and response shapes for sign-in and profiles."""
from marshmallow import fields, validate

from app.schemas import BaseSchema, QuerySchema

def Phone(**kwargs):
    return fields.String(validate=validate.Regexp(r"^1\d{10}$", error="A mainland mobile number, 11 digits."),
                         **kwargs)


class LoginSchema(BaseSchema):
    phone = fields.String(required=True, validate=validate.Length(min=1, max=20))
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=128))


class RefreshSchema(BaseSchema):
    refresh_token = fields.String(required=True, validate=validate.Length(min=1, max=4096))


class CommunityRefSchema(BaseSchema):
    id = fields.Integer()
    name = fields.String()


class UserSchema(BaseSchema):
    id = fields.Integer(dump_only=True)
    phone = fields.String(allow_none=True)
    name = fields.String()
    roles = fields.Method("_roles", dump_only=True)
    communities = fields.List(fields.Nested(CommunityRefSchema), dump_only=True)
    elderly_living_alone = fields.Boolean()
    created_at = fields.DateTime(dump_only=True)

    def _roles(self, user):
        return sorted(user.roles)


class TokensSchema(BaseSchema):
    access_token = fields.String()
    refresh_token = fields.String()
    token_type = fields.String()
    expires_in = fields.Integer()
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
