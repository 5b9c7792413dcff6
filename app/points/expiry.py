"""Points expiry (off unless a community sets `points_expiry_months`): points credited more than N calendar months
ago that are still unspent go back to the community's issuing account."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from app import clock
from app.extensions import db
from app.i18n import msg
from app.matching.models import Volunteer
from app.menu.models import Community
from app.points import earning, ledger
from app.points.models import LedgerEntry, PointsAccount


def months_before(moment: datetime, months: int) -> datetime:
    """The same wall-clock time `months` calendar months earlier (the 31st becomes the month's last day)."""
    local = moment.astimezone(clock.CHINA_TZ)
    index = local.year * 12 + (local.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    next_month = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=clock.CHINA_TZ)
    last_day = (next_month - datetime(year, month, 1, tzinfo=clock.CHINA_TZ)).days
    return local.replace(year=year, month=month, day=min(local.day, last_day))


def due() -> list[tuple]:
    """What the expiry sweep (app.points.jobs) works through: (volunteer id, community id, cutoff, months) for each
    volunteer with points, in a community with `points_expiry_months` = N, N calendar months before now.

    The rule is first in, first out: every debit (redemptions, negative adjustments, reversals, earlier expiry)
    consumes the oldest points first. So what expires is max(0, credits older than the cutoff - all debits
    ever), which an expiry entry itself brings to 0: a second sweep finds nothing. A refund is a new credit on
    the day it is made. One entry per volunteer per cutoff day (`expiry:volunteer:<id>:<date>`)."""
    now = clock.now()
    items = []
    for community in db.session.scalars(select(Community).order_by(Community.id)).all():
        months = earning.earning_rules(community).expiry_months
        if not months:
            continue
        cutoff = months_before(now, months)
        volunteer_ids = db.session.scalars(
            select(PointsAccount.volunteer_id).join(Volunteer, Volunteer.id == PointsAccount.volunteer_id)
            .where(Volunteer.community_id == community.id, PointsAccount.balance > 0)
            .order_by(PointsAccount.volunteer_id)).all()
        items.extend((volunteer_id, community.id, cutoff, months) for volunteer_id in volunteer_ids)
    return items


def expire_for(item: tuple) -> int:
    """Expire one volunteer's points older than the cutoff that are still unspent. Returns the points expired."""
    volunteer_id, community_id, cutoff, months = item
    account = ledger.find_volunteer_account(volunteer_id=volunteer_id)
    issuing = ledger.issuing_account(community_id=community_id)
    # Hold the account while deciding, so spending in between cannot be counted against the same points.
    ledger.lock_in_order(account.id, issuing.id)
    old_credits = db.session.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
        LedgerEntry.credit_account_id == account.id, LedgerEntry.created_at < cutoff))
    all_debits = db.session.scalar(select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
        LedgerEntry.debit_account_id == account.id))
    expiring = int(old_credits) - int(all_debits)
    if expiring <= 0:
        return 0
    day = cutoff.astimezone(clock.CHINA_TZ).date().isoformat()
    entry = ledger.post(debit=account, credit=issuing, amount=expiring, kind="expiry",
                        business_key=f"expiry:volunteer:{volunteer_id}:{day}",
                        reason=msg("Points earned before %(day)s expired (%(months)s-month rule)", day=day,
                                   months=months))
    return entry.amount if entry is not None else 0
