"""Telling people about the loop's events: the inbox row, and the WeChat message queued beside it.

`notify` and `notify_staff` are what other domains call, inside their own transaction: they only write rows (no
network), so a WeChat outage can never fail the step that notifies. Delivery is app.notify.delivery's job.
"""
from __future__ import annotations

import logging
from datetime import date, datetime
from decimal import Decimal

from flask import current_app
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from app import clock, i18n
from app.accounts import service as accounts_service
from app.accounts.models import User, staff_communities
from app.errors import ApiError
from app.extensions import db
from app.notify.models import Notification, OutboxMessage
from app.notify.templates import TEMPLATES
from app.wechat.messages import fit_value

log = logging.getLogger(__name__)

DEDUPE_KEY_MAX = 200


def _jsonable(value):
    """`data` as JSON can hold it: datetimes as ISO 8601 strings, decimals as strings."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _insert_once(values: dict) -> int | None:
    """INSERT ... ON CONFLICT DO NOTHING: the new row's id, or None when the (user, dedupe key) exists. No
    IntegrityError, which on PostgreSQL would abort the caller's whole transaction."""
    dialect = db.session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (insert(Notification).values(**values)
                 .on_conflict_do_nothing(index_elements=["user_id", "dedupe_key"])
                 .returning(Notification.id))
    return db.session.execute(statement).scalar()


def _outbox_fields(event: str, data: dict) -> dict | None:
    """The template's fields, fitted; None when the data cannot fill them (WeChat would refuse the message)."""
    try:
        fields = {key: fit_value(key, value) for key, value in TEMPLATES[event].fields(data).items()}
    except (TypeError, ValueError, AttributeError):
        log.exception("notification %s: the data does not fit its template; inbox only", event)
        return None
    empty = [key for key, value in fields.items() if not value]
    if empty:
        log.warning("notification %s: no value for %s; inbox only", event, ", ".join(empty))
        return None
    return fields


def notify(*, user_id: int, event: str, title, body, dedupe_key: str,
           data: dict | None = None) -> Notification | None:
    """Put the event in the user's inbox and, when they signed in with WeChat and the event has a template
    configured, queue the subscription message. The same (user, dedupe_key) again changes nothing and returns the
    first notification. None when the user does not exist or is disabled."""
    if event not in TEMPLATES:
        raise ValueError(f"unknown notification event {event!r}; known: {', '.join(TEMPLATES)}")
    if not dedupe_key or len(dedupe_key) > DEDUPE_KEY_MAX:
        raise ValueError(f"dedupe_key must be 1 to {DEDUPE_KEY_MAX} characters")
    user = accounts_service.get(user_id=user_id)
    if user is None or user.disabled_at is not None:
        log.warning("notification %s for missing or disabled user %s dropped", dedupe_key, user_id)
        return None
    data = data or {}
    (title, title_msg), (body, body_msg) = i18n.stored(title, 100), i18n.stored(body, 500)
    notification_id = _insert_once({
        "user_id": user.id, "event": event, "title": title, "title_msg": title_msg, "body": body, "body_msg": body_msg,
        "data": _jsonable(data), "dedupe_key": dedupe_key, "created_at": clock.now(),
    })
    if notification_id is None:
        return db.session.scalars(select(Notification).where(
            Notification.user_id == user.id, Notification.dedupe_key == dedupe_key)).one()
    notification = db.session.get(Notification, notification_id)
    template_id = current_app.config["WECHAT_TEMPLATES"].get(TEMPLATES[event].config_key)
    if user.openid and template_id:
        fields = _outbox_fields(event, data)
        if fields is not None:
            deadline = data.get("deadline")
            page = current_app.config["WECHAT_MESSAGE_PAGE"]
            db.session.add(OutboxMessage(
                notification_id=notification.id, openid=user.openid, template_id=template_id,
                page=f"{page}?id={notification.id}" if page else None, fields=fields, status="pending",
                attempts=0, next_attempt_at=clock.now(),
                send_before=deadline if isinstance(deadline, datetime) and deadline.tzinfo else None,
            ))
    return notification


def staff_of(*, community_id: int) -> list[User]:
    """Active staff serving the community (admins are not included: they are not on a community's rota)."""
    users = db.session.scalars(
        select(User).join(staff_communities, staff_communities.c.user_id == User.id)
        .where(staff_communities.c.community_id == community_id, User.disabled_at.is_(None))
        .order_by(User.id)
    ).all()
    return [user for user in users if user.has_role("staff")]


def notify_staff(*, community_id: int, event: str, title, body, dedupe_key: str,
                 data: dict | None = None) -> list[Notification]:
    """`notify` every staff member of the community, each once per dedupe_key."""
    notifications = [notify(user_id=user.id, event=event, title=title, body=body, dedupe_key=dedupe_key, data=data)
                     for user in staff_of(community_id=community_id)]
    return [n for n in notifications if n is not None]


def inbox(*, user_id: int, unread: bool = False):
    """The statement for a user's inbox, newest first (for app.pagination.paginate)."""
    statement = select(Notification).where(Notification.user_id == user_id)
    if unread:
        statement = statement.where(Notification.read_at.is_(None))
    return statement.order_by(Notification.id.desc())


def mark_read(*, user_id: int, notification_id: int) -> Notification:
    """Mark one of the user's notifications read (again is fine: the first read time stays). Someone else's is
    a 404, like one that does not exist."""
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != user_id:
        raise ApiError.not_found("notification")
    if notification.read_at is None:
        notification.read_at = clock.now()
    return notification
