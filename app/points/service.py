"""Points rules: what volunteers earn (per community), dispute reversals, staff adjustments, statements and
leaderboards, expiry, and `verify`, the check of every ledger invariant. The rewards shop is in app.points.shop.

The orders domain calls `award_completion`, `award_rating_bonus` and `reverse_order_awards` inside its own
transactions: they never commit, and each is idempotent through its entry's business key, so calling one
twice (a retry, a double-fired job) pays once and leaves the caller's transaction usable.

Earning rules, from `community.settings` of the order's community (absent keys take the defaults):
- `earning_rule` "per_order" (default): the completion award is the order's `points`, copied from its menu item;
  "per_hour": `points_per_hour` (default 10) per hour of the order's verified or approved `service_minutes`,
  rounded down to whole points (`minutes * points_per_hour // 60`: 50 minutes at 10 an hour earn 8).
- `rating_bonus` (default 2): paid for a 5-star rating given by the resident (not an automatic one).
- Only service whose minutes are "verified" (location check passed) or "approved" (by staff) earns anything,
  the bonus included; an order whose awards were reversed earns nothing more.
- `points_expiry_months` (default None: points never expire), the volunteer's community's rule; see
  `expire_points`.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, false, func, or_, select, union_all
from sqlalchemy.exc import IntegrityError

from app import clock
from app.accounts.auth import can_staff
from app.accounts.models import User
from app.errors import ApiError
from app.extensions import db
from app.matching import service as matching_service
from app.matching.models import Volunteer
from app.menu import service as menu_service
from app.menu.models import Community
from app.orders.models import Order
from app.points import ledger
from app.points.models import LedgerEntry, PointsAccount, PointsReversal, Redemption, Reward

log = logging.getLogger(__name__)

EARNING_RULES = ("per_order", "per_hour")
DEFAULT_EARNING_RULE = "per_order"
DEFAULT_POINTS_PER_HOUR = 10
DEFAULT_RATING_BONUS = 2
BONUS_STARS = 5
PAYABLE_MINUTES = ("verified", "approved")
# What counts as "earned" (statements' earned_total, leaderboards): awards and staff adjustments, net of
# reversals and negative adjustments. Redemptions, refunds and expiry are spending, not earning.
EARNING_KINDS = ("completion", "rating_bonus", "adjustment", "reversal")
SPENDING_KINDS = ("redemption", "redemption_refund")
# Entries a staff member makes on a volunteer's account; statements name who.
STAFF_KINDS = ("adjustment", "reversal", "redemption_refund")


# Earning rules

@dataclass(frozen=True)
class EarningRules:
    rule: str
    points_per_hour: int
    rating_bonus: int
    expiry_months: int | None


def earning_rules(community: Community) -> EarningRules:
    """The community's rules. Settings are validated where they are written (app.menu); a value that is still
    unusable here falls back to its default rather than paying something nobody chose."""
    rule = menu_service.setting(community, "earning_rule", DEFAULT_EARNING_RULE)
    if rule not in EARNING_RULES:
        log.warning("community %s: unknown earning_rule %r, using %s", community.id, rule, DEFAULT_EARNING_RULE)
        rule = DEFAULT_EARNING_RULE
    return EarningRules(
        rule=rule,
        points_per_hour=_whole(community, "points_per_hour", DEFAULT_POINTS_PER_HOUR, minimum=0),
        rating_bonus=_whole(community, "rating_bonus", DEFAULT_RATING_BONUS, minimum=0),
        expiry_months=_whole(community, "points_expiry_months", None, minimum=1),
    )


def _whole(community: Community, key: str, default, *, minimum: int):
    value = menu_service.setting(community, key, default)
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= minimum):
        return value
    log.warning("community %s: unusable %s %r, using %r", community.id, key, value, default)
    return default


def completion_points(order: Order, rules: EarningRules) -> int:
    if rules.rule == "per_hour":
        return (order.service_minutes or 0) * rules.points_per_hour // 60
    return order.points or 0


# Awards, called by the orders domain inside its transactions

def _payable(order: Order) -> bool:
    return order.volunteer_id is not None and order.minutes_status in PAYABLE_MINUTES


def _hold(order: Order) -> None:
    """Lock the order's row (PostgreSQL; SQLite's BEGIN IMMEDIATE already serializes writers) so an award and a
    reversal of one order run one after the other, never past each other. The orders domain calling in holds
    it already, from its own status UPDATE, so this costs it nothing; the lock order is order, then accounts."""
    db.session.execute(select(Order.id).where(Order.id == order.id).with_for_update())


def _reversal_of(order_id: int) -> PointsReversal | None:
    return db.session.scalar(select(PointsReversal).where(PointsReversal.order_id == order_id))


def _award(order: Order, *, amount: int, kind: str, reason: str) -> LedgerEntry | None:
    if amount <= 0:
        return None
    return ledger.post(debit=ledger.issuing_account(community_id=order.community_id),
                       credit=ledger.volunteer_account(volunteer_id=order.volunteer_id),
                       amount=amount, kind=kind, business_key=f"order:{order.id}:{kind}", reason=reason,
                       order_id=order.id)


def award_completion(*, order: Order) -> LedgerEntry | None:
    """Pay the order's volunteer for the completed service, from the order's community's issuing account, when
    its minutes are verified or approved. Returns the new entry, or None when nothing was paid (not payable,
    worth 0 points, reversed, or paid already). When the resident already gave 5 stars (the minutes were
    approved after the rating), the rating bonus is paid with it. Does not commit: runs in the caller's
    transaction."""
    if not _payable(order):
        return None
    _hold(order)
    if _reversal_of(order.id) is not None:
        return None
    rules = earning_rules(menu_service.get_community(community_id=order.community_id))
    entry = _award(order, amount=completion_points(order, rules), kind="completion",
                   reason=f"Service completed: order {order.id}, {order.item_name}")
    rating = order.rating
    if rating is not None and not rating.automatic:
        award_rating_bonus(order=order, stars=rating.stars)
    return entry


def award_rating_bonus(*, order: Order, stars: int) -> LedgerEntry | None:
    """Pay the community's rating bonus for a 5-star rating, once per order, and only for payable service (so
    unverified service earns nothing, the bonus included). The caller decides which ratings count (automatic
    ones do not). Returns the new entry or None. Does not commit."""
    if stars != BONUS_STARS or not _payable(order):
        return None
    _hold(order)
    if _reversal_of(order.id) is not None:
        return None
    rules = earning_rules(menu_service.get_community(community_id=order.community_id))
    return _award(order, amount=rules.rating_bonus, kind="rating_bonus",
                  reason=f"5-star rating: order {order.id}, {order.item_name}")


def get_order_for_staff(*, order_id: int, user) -> Order:
    """An order this staff member may act on (404 for others', as they may not see them)."""
    order = db.session.get(Order, order_id)
    if order is None or not can_staff(user, order.community_id):
        raise ApiError.not_found("order")
    return order


def reverse_order_awards(*, order: Order, staff_user, reason: str) -> dict:
    """Dispute reversal: take back the order's completion award and rating bonus, at most once per order.

    Never takes the volunteer's balance below zero: it reverses what the balance covers (the completion award
    first) and records the rest, the points already spent, as the shortfall for staff. Each reversal entry
    points at the award it corrects. After a reversal the order earns nothing more. 409
    `points_already_reversed` the second time. Does not commit."""
    _hold(order)  # an award being paid right now is either in the awards read next, or sees this reversal
    awards = [e for e in (ledger.entry_by_key(f"order:{order.id}:completion"),
                          ledger.entry_by_key(f"order:{order.id}:rating_bonus")) if e is not None]
    awarded = sum(e.amount for e in awards)
    reversal = PointsReversal(order_id=order.id, volunteer_id=order.volunteer_id, community_id=order.community_id,
                              awarded=awarded, reversed=0, shortfall=awarded, reason=reason,
                              created_by_id=getattr(staff_user, "id", None), created_at=clock.now())
    try:
        # The unique order_id claims "once": a concurrent second reversal waits here, then fails.
        with db.session.begin_nested():
            db.session.add(reversal)
    except IntegrityError:
        if _reversal_of(order.id) is None:
            raise
        raise ApiError.conflict("points_already_reversed", "This order's points were reversed already.") from None
    entries = []
    if awards:
        volunteer_account = db.session.get(PointsAccount, awards[0].credit_account_id)
        issuing = db.session.get(PointsAccount, awards[0].debit_account_id)
        ledger.lock_in_order(volunteer_account.id, issuing.id)
        available = ledger.balance_of(volunteer_account.id)
        for award in awards:
            take = min(award.amount, available)
            if take <= 0:
                continue
            entries.append(ledger.post(
                debit=volunteer_account, credit=issuing, amount=take, kind="reversal",
                business_key=f"order:{order.id}:reversal:{award.kind}",
                reason=f"Reversed {award.kind.replace('_', ' ')} of order {order.id}: {reason}",
                order_id=order.id, corrects_entry_id=award.id, created_by_id=reversal.created_by_id))
            available -= take
        reversal.reversed = sum(e.amount for e in entries)
        reversal.shortfall = awarded - reversal.reversed
    db.session.flush()
    return reversal_view(reversal, entry_ids=[e.id for e in entries])


def reversal_view(reversal: PointsReversal, entry_ids=None) -> dict:
    if entry_ids is None:
        entry_ids = list(db.session.scalars(select(LedgerEntry.id).where(
            LedgerEntry.order_id == reversal.order_id, LedgerEntry.kind == "reversal").order_by(LedgerEntry.id)))
    return {"order_id": reversal.order_id, "volunteer_id": reversal.volunteer_id,
            "community_id": reversal.community_id, "awarded": reversal.awarded, "reversed": reversal.reversed,
            "shortfall": reversal.shortfall, "reason": reversal.reason, "created_by_id": reversal.created_by_id,
            "created_at": reversal.created_at, "entry_ids": entry_ids}


def reversals_statement(*, community_id: int, shortfall_only: bool = False):
    statement = select(PointsReversal).where(PointsReversal.community_id == community_id)
    if shortfall_only:
        statement = statement.where(PointsReversal.shortfall > 0)
    return statement.order_by(PointsReversal.id.desc())


# Staff adjustments

def adjust(*, volunteer: Volunteer, amount: int, reason: str, staff_user,
           corrects_entry_id: int | None = None) -> dict:
    """A manual credit (amount > 0, from the community's issuing account) or debit (amount < 0, back to it),
    audited with the staff member who made it. A debit larger than the balance is refused with 409
    insufficient_points. `corrects_entry_id`, when given, must be an entry of this volunteer's."""
    if amount == 0:
        raise ApiError.invalid("amount_zero", "An adjustment moves at least one point.", field="amount")
    issuing = ledger.issuing_account(community_id=volunteer.community_id)
    account = ledger.volunteer_account(volunteer_id=volunteer.id)
    if corrects_entry_id is not None:
        corrected = db.session.get(LedgerEntry, corrects_entry_id)
        if corrected is None or account.id not in (corrected.debit_account_id, corrected.credit_account_id):
            raise ApiError.invalid("unknown_entry", "No entry of this volunteer's with that id.",
                                   field="corrects_entry_id")
    debit, credit = (issuing, account) if amount > 0 else (account, issuing)
    entry = ledger.post(
        debit=debit, credit=credit, amount=abs(amount), kind="adjustment",
        business_key=f"adjustment:{uuid.uuid4()}", reason=reason, corrects_entry_id=corrects_entry_id,
        created_by_id=staff_user.id,
        insufficient=ledger.insufficient_points(f"The volunteer has fewer than {abs(amount)} points."))
    db.session.commit()
    line = db.session.execute(_statement_of(account.id).where(LedgerEntry.id == entry.id)).one()
    return {"volunteer_id": volunteer.id, "balance": ledger.balance_of(account.id), "entry": line._asdict()}


# Reading: balances, statements, leaderboards

def get_volunteer_of(*, user) -> Volunteer:
    """The caller's volunteer profile, whatever its status (they still own their points), or 404."""
    volunteer = matching_service.get_by_user(user_id=user.id)
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
        "earned_total": sum(int(totals.get(kind) or 0) for kind in EARNING_KINDS),
        "redeemed_total": -sum(int(totals.get(kind) or 0) for kind in SPENDING_KINDS),
        "expired_total": -int(totals.get("expiry") or 0),
        "verified_minutes": volunteer.verified_minutes,
        "rank": rank,
        "rank_period": "month",
    }


def statement(*, volunteer: Volunteer):
    """The volunteer's statement, newest first (rows for app.pagination.paginate with scalars=False)."""
    account = ledger.find_volunteer_account(volunteer_id=volunteer.id)
    return _statement_of(account.id if account is not None else None)


def _statement_of(account_id: int | None):
    """Entries of one account as the statement shows them: the amount signed from the account's side (in is
    positive), and for what staff did to it (adjustments, reversals, refunds) who did it."""
    if account_id is None:
        mine, signed = false(), LedgerEntry.amount
    else:
        mine = or_(LedgerEntry.credit_account_id == account_id, LedgerEntry.debit_account_id == account_id)
        signed = case((LedgerEntry.credit_account_id == account_id, LedgerEntry.amount), else_=-LedgerEntry.amount)
    by_staff = LedgerEntry.kind.in_(STAFF_KINDS)
    return (select(LedgerEntry.id, signed.label("amount"), LedgerEntry.kind, LedgerEntry.reason,
                   LedgerEntry.order_id, LedgerEntry.redemption_id, LedgerEntry.corrects_entry_id,
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
    period = [LedgerEntry.kind.in_(EARNING_KINDS)]
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


# Expiry (off unless a community sets points_expiry_months)

def months_before(moment: datetime, months: int) -> datetime:
    """The same wall-clock time `months` calendar months earlier (the 31st becomes the month's last day)."""
    local = moment.astimezone(clock.CHINA_TZ)
    index = local.year * 12 + (local.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    next_month = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=clock.CHINA_TZ)
    last_day = (next_month - datetime(year, month, 1, tzinfo=clock.CHINA_TZ)).days
    return local.replace(year=year, month=month, day=min(local.day, last_day))


def expire_points() -> int:
    """Scheduler sweep: in communities with `points_expiry_months` = N, points credited more than N calendar
    months ago that are still unspent expire, back to the community's issuing account.

    The rule is first in, first out: every debit (redemptions, negative adjustments, reversals, earlier expiry)
    consumes the oldest points first. So what expires is max(0, credits older than the cutoff - all debits
    ever), which an expiry entry itself brings to 0: a second sweep finds nothing. A refund is a new credit on
    the day it is made. One entry per volunteer per cutoff day (`expiry:volunteer:<id>:<date>`), each volunteer
    in its own transaction, so one bad row does not stop the sweep. Returns the points expired."""
    now = clock.now()
    total = 0
    for community in db.session.scalars(select(Community).order_by(Community.id)).all():
        months = earning_rules(community).expiry_months
        if not months:
            continue
        cutoff = months_before(now, months)
        volunteer_ids = db.session.scalars(
            select(PointsAccount.volunteer_id).join(Volunteer, Volunteer.id == PointsAccount.volunteer_id)
            .where(Volunteer.community_id == community.id, PointsAccount.balance > 0)
            .order_by(PointsAccount.volunteer_id)).all()
        for volunteer_id in volunteer_ids:
            try:
                total += _expire_for(volunteer_id=volunteer_id, community_id=community.id, cutoff=cutoff,
                                     months=months)
                db.session.commit()
            except Exception:
                db.session.rollback()
                log.exception("points expiry failed for volunteer %s", volunteer_id)
    return total


def _expire_for(*, volunteer_id: int, community_id: int, cutoff: datetime, months: int) -> int:
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
                        reason=f"Points earned before {day} expired ({months}-month rule)")
    return entry.amount if entry is not None else 0


# Verification: every invariant of the ledger and the shop

# verify reads what the database holds, not objects the session loaded earlier.
FRESH = {"populate_existing": True}


def verify() -> list[str]:
    """Check every invariant; return the problems found (empty when the ledger is sound). Read-only."""
    problems: list[str] = []
    problems += _verify_entries()
    problems += _verify_balances()
    problems += _verify_rewards()
    problems += _verify_redemptions()
    problems += _verify_reversals()
    return problems


def _account_label(kind: str, volunteer_id, community_id) -> str:
    return f"volunteer {volunteer_id}" if kind == "volunteer" else f"{kind} account of community {community_id}"


def _verify_entries() -> list[str]:
    problems = [f"entry {id_}: amount {amount} from account {debit} to account {credit} "
                "(needs amount > 0 between two accounts)"
                for id_, amount, debit, credit in db.session.execute(
                    select(LedgerEntry.id, LedgerEntry.amount, LedgerEntry.debit_account_id,
                           LedgerEntry.credit_account_id)
                    .where(or_(LedgerEntry.amount <= 0,
                               LedgerEntry.debit_account_id == LedgerEntry.credit_account_id)))]
    problems += [f"business key {key!r} is used by {n} entries"
                 for key, n in db.session.execute(select(LedgerEntry.business_key, func.count())
                                                  .group_by(LedgerEntry.business_key).having(func.count() > 1))]
    problems += [f"entry {id_} corrects entry {corrects}, which does not exist or is not earlier"
                 for id_, corrects in db.session.execute(
                     select(LedgerEntry.id, LedgerEntry.corrects_entry_id)
                     .where(LedgerEntry.corrects_entry_id.is_not(None),
                            LedgerEntry.corrects_entry_id >= LedgerEntry.id))]
    return problems


def _verify_balances() -> list[str]:
    credits = (select(LedgerEntry.credit_account_id.label("account_id"), func.sum(LedgerEntry.amount).label("total"))
               .group_by(LedgerEntry.credit_account_id).subquery())
    debits = (select(LedgerEntry.debit_account_id.label("account_id"), func.sum(LedgerEntry.amount).label("total"))
              .group_by(LedgerEntry.debit_account_id).subquery())
    from_entries = func.coalesce(credits.c.total, 0) - func.coalesce(debits.c.total, 0)
    rows = db.session.execute(
        select(PointsAccount.id, PointsAccount.kind, PointsAccount.volunteer_id, PointsAccount.community_id,
               PointsAccount.balance, from_entries.label("from_entries"))
        .outerjoin(credits, credits.c.account_id == PointsAccount.id)
        .outerjoin(debits, debits.c.account_id == PointsAccount.id)
        .where(or_(PointsAccount.balance != from_entries,
                   and_(PointsAccount.kind != "issuing", or_(PointsAccount.balance < 0, from_entries < 0))))
        .order_by(PointsAccount.id))
    problems = []
    for id_, kind, volunteer_id, community_id, balance, computed in rows:
        label = f"account {id_} ({_account_label(kind, volunteer_id, community_id)})"
        if balance != computed:
            problems.append(f"{label}: cached balance {balance} != {computed} from its entries")
        if kind != "issuing" and min(balance, computed) < 0:
            problems.append(f"{label}: negative balance {min(balance, computed)}")
    total = db.session.scalar(select(func.coalesce(func.sum(PointsAccount.balance), 0)))
    if total != 0:
        problems.append(f"cached balances sum to {total}, not 0")
    return problems


def _verify_rewards() -> list[str]:
    outstanding = (select(Redemption.reward_id, func.sum(Redemption.quantity).label("quantity"))
                   .where(Redemption.status != "cancelled").group_by(Redemption.reward_id).subquery())
    held = func.coalesce(outstanding.c.quantity, 0)
    problems = []
    for id_, stock, stock_total, quantity in db.session.execute(
            select(Reward.id, Reward.stock, Reward.stock_total, held)
            .outerjoin(outstanding, outstanding.c.reward_id == Reward.id)
            .where(or_(Reward.stock < 0, Reward.stock + held != Reward.stock_total)).order_by(Reward.id)):
        if stock < 0:
            problems.append(f"reward {id_}: negative stock {stock}")
        if stock + quantity != stock_total:
            problems.append(f"reward {id_}: stock {stock} + {quantity} redeemed (not cancelled) "
                            f"!= {stock_total} stocked")
    return problems


def _verify_redemptions() -> list[str]:
    """Each redemption has exactly one debit of its points from its volunteer to its community's redemption
    account; each cancelled one exactly one refund of them back, correcting that debit; others none. And each
    redemption account holds exactly the points of its community's redemptions not cancelled."""
    entries: dict[tuple[int, str], list[LedgerEntry]] = {}
    for entry in db.session.scalars(select(LedgerEntry).where(LedgerEntry.redemption_id.is_not(None)),
                                    execution_options=FRESH):
        entries.setdefault((entry.redemption_id, entry.kind), []).append(entry)
    accounts = {a.id: a for a in db.session.scalars(select(PointsAccount).where(or_(
        PointsAccount.kind == "redemption", PointsAccount.volunteer_id.in_(select(Redemption.volunteer_id)))),
        execution_options=FRESH)}
    by_volunteer = {a.volunteer_id: a.id for a in accounts.values() if a.kind == "volunteer"}
    by_community = {a.community_id: a.id for a in accounts.values() if a.kind == "redemption"}
    problems = []
    held: dict[int, int] = {}
    for redemption in db.session.scalars(select(Redemption).order_by(Redemption.id), execution_options=FRESH):
        label = f"redemption {redemption.id}"
        volunteer_account = by_volunteer.get(redemption.volunteer_id)
        shop_account = by_community.get(redemption.community_id)
        debits = entries.get((redemption.id, "redemption"), [])
        refunds = entries.get((redemption.id, "redemption_refund"), [])
        if len(debits) != 1:
            problems.append(f"{label}: {len(debits)} debit entries, not 1")
        elif (debits[0].amount, debits[0].debit_account_id, debits[0].credit_account_id,
              debits[0].business_key) != (redemption.points, volunteer_account, shop_account,
                                          f"redemption:{redemption.id}"):
            problems.append(f"{label}: its debit entry {debits[0].id} does not move its {redemption.points} points "
                            "from the volunteer to the community's redemption account")
        expected_refunds = 1 if redemption.status == "cancelled" else 0
        if len(refunds) != expected_refunds:
            problems.append(f"{label} ({redemption.status}): {len(refunds)} refund entries, not {expected_refunds}")
        elif refunds and (refunds[0].amount, refunds[0].debit_account_id, refunds[0].credit_account_id,
                          refunds[0].corrects_entry_id) != (redemption.points, shop_account, volunteer_account,
                                                            debits[0].id if debits else None):
            problems.append(f"{label}: its refund entry {refunds[0].id} does not return its {redemption.points} "
                            "points from the redemption account to the volunteer")
        if redemption.status != "cancelled":
            held[redemption.community_id] = held.get(redemption.community_id, 0) + redemption.points
    for account in accounts.values():
        if account.kind == "redemption" and account.balance != held.get(account.community_id, 0):
            problems.append(f"account {account.id} (redemption account of community {account.community_id}): "
                            f"holds {account.balance}, but its redemptions not cancelled cost "
                            f"{held.get(account.community_id, 0)}")
    stray = db.session.scalars(select(LedgerEntry.id).where(
        or_(and_(LedgerEntry.kind.in_(SPENDING_KINDS), LedgerEntry.redemption_id.is_(None)),
            and_(LedgerEntry.kind.not_in(SPENDING_KINDS), LedgerEntry.redemption_id.is_not(None))))).all()
    problems += [f"entry {id_}: a redemption entry without its redemption, or the reverse" for id_ in stray]
    return problems


def _verify_reversals() -> list[str]:
    """Reversal entries correct an award of the same order and never exceed it; each order's reversal record
    matches its entries (reversed + shortfall == awarded)."""
    problems = []
    corrected = db.session.execute(
        select(LedgerEntry.id, LedgerEntry.order_id, LedgerEntry.amount, LedgerEntry.corrects_entry_id)
        .where(LedgerEntry.kind == "reversal")).all()
    awards = {e.id: e for e in db.session.scalars(select(LedgerEntry).where(
        LedgerEntry.id.in_([row.corrects_entry_id for row in corrected if row.corrects_entry_id])),
        execution_options=FRESH)}
    reversed_by_order: dict[int, int] = {}
    for id_, order_id, amount, corrects in corrected:
        award = awards.get(corrects)
        if award is None or award.kind not in ("completion", "rating_bonus") or award.order_id != order_id:
            problems.append(f"entry {id_}: a reversal that does not correct an award of order {order_id}")
        elif amount > award.amount:
            problems.append(f"entry {id_}: reverses {amount}, more than the {award.amount} awarded")
        reversed_by_order[order_id] = reversed_by_order.get(order_id, 0) + amount
    records = {r.order_id: r for r in db.session.scalars(select(PointsReversal), execution_options=FRESH)}
    for order_id in sorted(set(reversed_by_order) - set(records)):
        problems.append(f"order {order_id}: reversal entries without a reversal record")
    for order_id, record in sorted(records.items()):
        entries_total = reversed_by_order.get(order_id, 0)
        if record.reversed + record.shortfall != record.awarded or record.reversed != entries_total:
            problems.append(f"order {order_id}: reversal record (awarded {record.awarded}, reversed {record.reversed}, "
                            f"shortfall {record.shortfall}) does not match its entries ({entries_total} reversed)")
    return problems
