"""Reading points: a volunteer's balance and totals, their statement, and the community leaderboards."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, false, func, or_, select, union_all

from app import clock
from app.accounts.models import User
from app.errors import ApiError
from app.extensions import db
from app.matching import volunteers as volunteers_service
from app.matching.models import Volunteer
from app.points import ledger
from app.points.models import LedgerEntry, PointsAccount


def get_volunteer_of(*, user) -> Volunteer:
    """The caller's volunteer profile, whatever its status (they still own their points), or 404."""
    volunteer = volunteers_service.get_by_user(user_id=user.id)
    if volunteer is None:
        raise ApiError.not_found("volunteer")
    return volunteer


def summary(*, volunteer: Volunteer) -> dict:
    """GET /points/me. earned_total: awards and adjustments net of reversals; redeemed_total: redemptions net of
    refunds; expired_total; so balance == earned_total - redeemed_total - expired_total. rank: the place in the
    volunteer's community by points earned this month (China time), as on the monthly leaderboard; ties share
    a place; None while not approved."""
    account = ledger.find_volunteer_account(volunteer_id=volunteer.id)
    totals: dict[str, int] = {}
    if account is not None:
        signed = case((LedgerEntry.credit_account_id == account.id, LedgerEntry.amount), else_=-LedgerEntry.amount)
        totals = dict(db.session.execute(
            select(LedgerEntry.kind, func.sum(signed)).where(or_(LedgerEntry.credit_account_id == account.id,
                                                                 LedgerEntry.debit_account_id == account.id))
            .group_by(LedgerEntry.kind)).all())
    rank = None
    if volunteer.status == "approved":
        earned = earned_statement(community_id=volunteer.community_id, since=period_start("month")).subquery()
        mine = db.session.scalar(select(earned.c.points).where(earned.c.volunteer_id == volunteer.id)) or 0
        rank = 1 + db.session.scalar(select(func.count()).select_from(earned).where(earned.c.points > mine))
    return {
        "balance": ledger.balance_of(account.id) if account is not None else 0,
        "earned_total": sum(int(totals.get(kind) or 0) for kind in ledger.EARNING_KINDS),
        "redeemed_total": -sum(int(totals.get(kind) or 0) for kind in ledger.SPENDING_KINDS),
        "expired_total": -int(totals.get("expiry") or 0),
        "verified_minutes": volunteer.verified_minutes,
        "rank": rank,
        "rank_period": "month",
    }


def statement(*, volunteer: Volunteer):
    """The volunteer's statement, newest first (rows for app.pagination.paginate with scalars=False)."""
    account = ledger.find_volunteer_account(volunteer_id=volunteer.id)
    return statement_of(account.id if account is not None else None)


def statement_of(account_id: int | None):
    """Entries of one account as the statement shows them: the amount signed from the account's side (in is
    positive), and for what staff did to it (adjustments, reversals, refunds) who did it."""
    if account_id is None:
        mine, signed = false(), LedgerEntry.amount
    else:
        mine = or_(LedgerEntry.credit_account_id == account_id, LedgerEntry.debit_account_id == account_id)
        signed = case((LedgerEntry.credit_account_id == account_id, LedgerEntry.amount), else_=-LedgerEntry.amount)
    by_staff = LedgerEntry.kind.in_(ledger.STAFF_KINDS)
    return (select(LedgerEntry.id, signed.label("amount"), LedgerEntry.kind, LedgerEntry.reason,
                   LedgerEntry.reason_msg,
                   LedgerEntry.order_id, LedgerEntry.redemption_id, LedgerEntry.activity_id,
                   LedgerEntry.corrects_entry_id,
                   case((by_staff, User.id)).label("adjusted_by"),
                   case((by_staff, User.name)).label("adjusted_by_name"), LedgerEntry.created_at)
            .outerjoin(User, User.id == LedgerEntry.created_by_id)
            .where(mine).order_by(LedgerEntry.id.desc()))


def period_start(period: str) -> datetime | None:
    """The start of the leaderboard period: the 1st of this month, 00:00 China time; None for all time."""
    if period == "all":
        return None
    local = clock.now().astimezone(clock.CHINA_TZ)
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def earned_statement(*, community_id: int, since: datetime | None):
    """(volunteer_id, points) for the community's approved volunteers who earned more than 0 since `since`."""
    period = [LedgerEntry.kind.in_(ledger.EARNING_KINDS)]
    if since is not None:
        period.append(LedgerEntry.created_at >= since)
    moves = union_all(
        select(LedgerEntry.credit_account_id.label("account_id"), LedgerEntry.amount.label("points")).where(*period),
        select(LedgerEntry.debit_account_id.label("account_id"), (-LedgerEntry.amount).label("points"))
        .where(*period),
    ).subquery()
    points = func.sum(moves.c.points)
    return (select(PointsAccount.volunteer_id.label("volunteer_id"), points.label("points"))
            .join(moves, moves.c.account_id == PointsAccount.id)
            .join(Volunteer, Volunteer.id == PointsAccount.volunteer_id)
            .where(PointsAccount.kind == "volunteer", Volunteer.community_id == community_id,
                   Volunteer.status == "approved")
            .group_by(PointsAccount.volunteer_id)
            .having(points > 0))


def leaderboard_statement(*, community_id: int, period: str):
    """Volunteers ranked by points earned in the period (ties share a place), with their names, never phones."""
    earned = earned_statement(community_id=community_id, since=period_start(period)).subquery()
    return (select(func.rank().over(order_by=earned.c.points.desc()).label("rank"), earned.c.volunteer_id,
                   User.name.label("name"), earned.c.points)
            .join(Volunteer, Volunteer.id == earned.c.volunteer_id)
            .join(User, User.id == Volunteer.user_id)
            .order_by(earned.c.points.desc(), earned.c.volunteer_id))
