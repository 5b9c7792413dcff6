"""回访: staff's call back after a rating of 1 or 2 stars (opened by the rating's effect in app.orders.effects)."""
from __future__ import annotations

from sqlalchemy import select

from app import clock
from app.accounts.auth import can_staff
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.orders.models import FollowUp

FOLLOW_UP_STATUSES = ("open", "closed")


def follow_ups_statement(*, community_id: int, status: str | None):
    statement = select(FollowUp).where(FollowUp.community_id == community_id)
    if status:
        statement = statement.where(FollowUp.status == status)
    return statement.order_by(FollowUp.id.desc())


def close_follow_up(*, follow_up_id: int, staff_user, outcome: str) -> FollowUp:
    follow_up = db.session.get(FollowUp, follow_up_id)
    if follow_up is None or not can_staff(staff_user, follow_up.community_id):
        raise ApiError.not_found("follow_up")
    if follow_up.status == "closed":
        raise ApiError.conflict("follow_up_closed", _l("This follow-up is already closed."))
    follow_up.status, follow_up.outcome = "closed", outcome
    follow_up.closed_at, follow_up.closed_by_id = clock.now(), staff_user.id
    return follow_up
