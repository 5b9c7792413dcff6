"""Request shapes for WeChat sign-in and phone binding."""
from marshmallow import fields, validate

from app.accounts.schemas import TokenPairSchema, UserSchema
from app.schemas import BaseSchema


class WeChatCodeSchema(BaseSchema):
    code = fields.String(required=True, validate=validate.Length(min=1, max=128),
                         metadata={"description": "The code from wx.login (sign-in) or the phone button (binding)."})


class PhoneBoundSchema(UserSchema):
    """The account the number is bound to."""

    tokens = fields.Nested(TokenPairSchema, allow_none=True, dump_default=None, metadata={
        "description": "Set when the number belonged to an account without a WeChat identity (a resident staff "
                       "registered) and the caller's account was new: the WeChat identity joined that account, "
                       "the caller's tokens stopped working, and these sign in to the joined account."})
