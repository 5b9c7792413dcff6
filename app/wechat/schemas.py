"""Request shapes for WeChat sign-in and phone binding."""
from marshmallow import fields, validate

from app.schemas import BaseSchema


class WeChatCodeSchema(BaseSchema):
    code = fields.String(required=True, validate=validate.Length(min=1, max=128),
                         metadata={"description": "The code from wx.login (sign-in) or the phone button (binding)."})
