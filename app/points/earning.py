"""Points for service: what volunteers earn (per community), the awards the orders domain calls inside its own
transactions, dispute reversals, and staff adjustments.

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
  app.points.expiry.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import clock
from app.accounts.auth import refuse_own_record
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l, N_, msg
from app.matching.models import Volunteer
from app.menu import service as menu_service
from app.menu.models import Community
from app.orders.models import Order
from app.points import ledger, statements
from app.points.models import LedgerEntry, PointsAccount, PointsReversal
from app.presenting import Shown

log = logging.getLogger(__name__)

EARNING_RULES = ("per_order", "per_hour")
DEFAULT_EARNING_RULE = "per_order"
DEFAULT_POINTS_PER_HOUR = 10
DEFAULT_RATING_BONUS = 2
BONUS_STARS = 5
PAYABLE_MINUTES = ("verified", "approved")


# Earning rules

@dataclass(frozen=True)
class EarningRules:
    rule: str
    points_per_hour: int
    rating_bonus: int
    expiry_months: int | None


# An award's kind as people read it in a reversal's reason (app.i18n renders it in the reader's language).
AWARD_WORDS = {"completion": N_("completion points"), "rating_bonus": N_("rating bonus")}


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
    """Service is paid for only when its minutes are verified or approved, and there are some."""
    return (order.volunteer_id is not None and order.minutes_status in PAYABLE_MINUTES
            and (order.service_minutes or 0) > 0)


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
                   reason=msg("Service completed: order %(order)s, %(item)s", order=order.id, item=order.item_name))
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
                  reason=msg("5-star rating: order %(order)s, %(item)s", order=order.id, item=order.item_name))


def reverse_order_awards(*, order: Order, staff_user, reason: str) -> Shown:
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
        raise ApiError.conflict("points_already_reversed", _l("This order's points were reversed already.")) from None
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
                reason=msg("Reversed %(kind)s of order %(order)s: %(reason)s",
                           kind=msg(AWARD_WORDS.get(award.kind, award.kind)), order=order.id, reason=reason),
                order_id=order.id, corrects_entry_id=award.id, created_by_id=reversal.created_by_id))
            available -= take
        reversal.reversed = sum(e.amount for e in entries)
        reversal.shortfall = awarded - reversal.reversed
    db.session.flush()
    return reversal_view(reversal, entry_ids=[e.id for e in entries])


def reversal_view(reversal: PointsReversal, entry_ids=None) -> Shown:
    """A reversal with the ids of the entries it made (PointsReversalSchema)."""
    if entry_ids is None:
        entry_ids = list(db.session.scalars(select(LedgerEntry.id).where(
            LedgerEntry.order_id == reversal.order_id, LedgerEntry.kind == "reversal").order_by(LedgerEntry.id)))
    return Shown(reversal, entry_ids=entry_ids)


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
    refuse_own_record(staff_user, volunteer.user_id)
    if amount == 0:
        raise ApiError.invalid("amount_zero", _l("An adjustment moves at least one point."), field="amount")
    issuing = ledger.issuing_account(community_id=volunteer.community_id)
    account = ledger.volunteer_account(volunteer_id=volunteer.id)
    if corrects_entry_id is not None:
        corrected = db.session.get(LedgerEntry, corrects_entry_id)
        if corrected is None or account.id not in (corrected.debit_account_id, corrected.credit_account_id):
            raise ApiError.invalid("unknown_entry", _l("No entry of this volunteer's with that id."),
                                   field="corrects_entry_id")
    debit, credit = (issuing, account) if amount > 0 else (account, issuing)
    entry = ledger.post(
        debit=debit, credit=credit, amount=abs(amount), kind="adjustment",
        business_key=f"adjustment:{uuid.uuid4()}", reason=reason, corrects_entry_id=corrects_entry_id,
        created_by_id=staff_user.id,
        insufficient=ledger.insufficient_points(f"The volunteer has fewer than {abs(amount)} points."))
    line = db.session.execute(statements.statement_of(account.id).where(LedgerEntry.id == entry.id)).one()
    return {"volunteer_id": volunteer.id, "balance": ledger.balance_of(account.id), "entry": line._asdict()}
