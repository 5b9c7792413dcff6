"""HTTP routes for the in-app inbox."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me
from app.notify import service
from app.notify.schemas import InboxQuerySchema, NotificationSchema
from app.pagination import PAGINATION_HEADER_DOC, paginate
from app.schemas import list_of

blp = Blueprint("notify", __name__, url_prefix="/api/v1", description="The in-app inbox")


@blp.route("/notifications", methods=["GET"])
@auth_required()
@blp.arguments(InboxQuerySchema, location="query")
@blp.response(200, list_of(NotificationSchema), headers=PAGINATION_HEADER_DOC)
def list_notifications(query):
    """The caller's notifications, newest first; `?unread=true` for the unread ones only."""
    items, headers = paginate(service.inbox(user_id=me().id, unread=query["unread"]),
                              page=query["page"], page_size=query["page_size"])
    return {"items": items}, 200, headers


@blp.route("/notifications/<int:notification_id>/read", methods=["POST"])
@auth_required()
@blp.response(200, NotificationSchema)
def read_notification(notification_id):
    """Mark one of the caller's notifications read (404 notification_not_found for someone else's too)."""
    return service.mark_read(user_id=me().id, notification_id=notification_id)
