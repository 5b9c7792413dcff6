"""The ledger's one primitive: `post` moves points between two accounts as one entry, and the accounts it moves
them between (created lazily, race-safe). Nothing else in the code changes a balance.

How a posting stays correct under concurrency, on both databases:
- the entry is inserted first, claiming its unique `business_key`: a second posting of the same business event
  (a retry, a double-fired job, a racing thread) fails on the unique index, inside a SAVEPOINT, and returns
  None without touching a balance or breaking the caller's transaction;
- both balances change by UPDATEs taken in account-id order, so two postings between the same accounts in
  opposite directions queue instead of deadlocking;
- the debit of any account but an issuing account is `... SET balance = balance - :x WHERE id = :id AND
  balance >= :x`: under Read Committed a second writer waits for the row, re-reads it, and matches no row when
  the points are gone, so the row count says "insufficient" and nothing overdraws. On SQLite, BEGIN IMMEDIATE
  runs writers one at a time, which makes the same statements exact.
- accounts are created on first use, a community's before a volunteer's in every operation, so two first-ever
  postings cannot wait on each other's unique-key inserts in a cycle.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app import clock, i18n
from app.errors import ApiError
from app.extensions import db
from app.i18n import _l
from app.points.models import LedgerEntry, PointsAccount

account_rows = PointsAccount.__table__

# What counts as "earned" (statements' earned_total, leaderboards): awards and staff adjustments, net of
# reversals and negative adjustments. Redemptions, refunds and expiry are spending, not earning.
EARNING_KINDS = ("completion", "rating_bonus", "activity", "adjustment", "reversal")
SPENDING_KINDS = ("redemption", "redemption_refund")
# Entries a staff member makes on a volunteer's account; statements name who.
STAFF_KINDS = ("adjustment", "reversal", "redemption_refund")


def insufficient_points(detail=_l("Not enough points for this.")) -> ApiError:
    return ApiError.conflict("insufficient_points", detail)


# Accounts

def volunteer_account(*, volunteer_id: int) -> PointsAccount:
    """The volunteer's account, created on first use."""
    return _get_or_create(PointsAccount.volunteer_id == volunteer_id,
                          lambda: PointsAccount(kind="volunteer", volunteer_id=volunteer_id, balance=0))


def find_volunteer_account(*, volunteer_id: int) -> PointsAccount | None:
    return db.session.scalar(select(PointsAccount).where(PointsAccount.volunteer_id == volunteer_id))


def issuing_account(*, community_id: int) -> PointsAccount:
    """The community's source of points: awards are debited here, so its balance is minus what it has issued."""
    return _community_account(community_id, "issuing")


def redemption_account(*, community_id: int) -> PointsAccount:
    """Where the points volunteers spend in the community's shop go (and come back from on a cancellation)."""
    return _community_account(community_id, "redemption")


def _community_account(community_id: int, kind: str) -> PointsAccount:
    return _get_or_create(
        (PointsAccount.community_id == community_id) & (PointsAccount.kind == kind),
        lambda: PointsAccount(kind=kind, community_id=community_id, balance=0))


def _get_or_create(where, make) -> PointsAccount:
    account = db.session.scalar(select(PointsAccount).where(where))
    if account is not None:
        return account
    try:
        with db.session.begin_nested():
            account = make()
            db.session.add(account)
    except IntegrityError:
        # Another transaction created it first (we waited on its unique key until it committed): use that one.
        account = db.session.scalar(select(PointsAccount).where(where))
        if account is None:
            raise
    return account


def balance_of(account_id: int) -> int:
    """The balance as stored now (not a possibly stale loaded object)."""
    return db.session.scalar(select(PointsAccount.balance).where(PointsAccount.id == account_id))


def lock_in_order(*account_ids: int) -> None:
    """Lock these account rows, lowest id first, for a read-decide-write (a reversal reads the balance before it
    decides how much to take). SQLite has no row locks; its BEGIN IMMEDIATE already holds the write lock."""
    # pragma: no mutate block (PostgreSQL only: the mutation run is on SQLite, where this never runs)
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(select(PointsAccount.id).where(PointsAccount.id.in_(account_ids))
                           .order_by(PointsAccount.id).with_for_update())


# Postings

def entry_by_key(business_key: str) -> LedgerEntry | None:
    return db.session.scalar(select(LedgerEntry).where(LedgerEntry.business_key == business_key))


def _reason(reason) -> dict:
    """A reason as the entry keeps it: the zh-CN text and, for a system's text (an app.i18n Message), its message."""
    text, message = i18n.stored(reason, 200)
    return {"reason": text, "reason_msg": message}


def post(*, debit: PointsAccount, credit: PointsAccount, amount: int, kind: str, business_key: str, reason,
         order_id: int | None = None, redemption_id: int | None = None, activity_id: int | None = None,
         corrects_entry_id: int | None = None, created_by_id: int | None = None, insufficient: ApiError | None = None) -> LedgerEntry | None:
    """Move `amount` from `debit` to `credit`, all or nothing. Returns the new entry, or None when the business
    event already has its entry (nothing is paid twice). Raises `insufficient` (409 insufficient_points by
    default) when the debit would take an account other than an issuing account below zero."""
    if amount <= 0 or debit.id == credit.id:
        raise ValueError(f"a posting needs a positive amount between two accounts, not {amount} "
                         f"from {debit.id} to {credit.id}")
    if entry_by_key(business_key) is not None:
        return None
    entry = LedgerEntry(debit_account_id=debit.id, credit_account_id=credit.id, amount=amount, kind=kind,
                        business_key=business_key, order_id=order_id, **_reason(reason),
                        redemption_id=redemption_id, activity_id=activity_id, corrects_entry_id=corrects_entry_id,
                        created_by_id=created_by_id, created_at=clock.now())
    try:
        with db.session.begin_nested():
            db.session.add(entry)
            db.session.flush()
            for account in sorted((debit, credit), key=lambda a: a.id):
                if account is debit:
                    _debit(account, amount, insufficient)
                else:
                    db.session.execute(update(account_rows).where(account_rows.c.id == account.id)
                                       .values(balance=account_rows.c.balance + amount))
    except IntegrityError:
        if entry_by_key(business_key) is not None:
            return None  # a concurrent posting of the same event won
        raise
    finally:
        # The UPDATEs bypassed the ORM: make loaded accounts read their balance again.
        for account in (debit, credit):
            if account in db.session:
                db.session.expire(account, ["balance"])
    return entry


def _debit(account: PointsAccount, amount: int, insufficient: ApiError | None) -> None:
    statement = (update(account_rows).where(account_rows.c.id == account.id)
                 .values(balance=account_rows.c.balance - amount))
    if account.kind == "issuing":
        db.session.execute(statement)  # the source of points may go negative
        return
    if db.session.execute(statement.where(account_rows.c.balance >= amount)).rowcount != 1:
        raise insufficient or insufficient_points()
