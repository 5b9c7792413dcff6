"""Request and response shapes for the inbox."""
from marshmallow import fields

from app.i18n import LocalizedText
from app.schemas import BaseSchema, PaginationQuerySchema


class NotificationSchema(BaseSchema):
    id = fields.Integer(dump_only=True)
    event = fields.String(dump_only=True, metadata={"description": "offer_created, order_accepted, ..."})
    title = LocalizedText("title_msg", dump_only=True, metadata={"description": "In the reader's language."})
    body = LocalizedText("body_msg", dump_only=True, metadata={"description": "In the reader's language."})
    data = fields.Dict(dump_only=True, metadata={"description": "order_id and the like, for links"})
    created_at = fields.DateTime(dump_only=True)
    read_at = fields.DateTime(dump_only=True, allow_none=True)


class InboxQuerySchema(PaginationQuerySchema):
    unread = fields.Boolean(load_default=False, metadata={"description": "true: only notifications not yet read"})
