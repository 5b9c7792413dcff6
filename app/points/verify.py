"""`verify`: the check of every invariant of the points ledger and the shop (reliability.md), read-only. `flask points
verify` runs it, and the test suite after every test."""
from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from app.extensions import db
from app.points import ledger
from app.points.models import LedgerEntry, PointsAccount, PointsReversal, Redemption, Reward

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
        or_(and_(LedgerEntry.kind.in_(ledger.SPENDING_KINDS), LedgerEntry.redemption_id.is_(None)),
            and_(LedgerEntry.kind.not_in(ledger.SPENDING_KINDS), LedgerEntry.redemption_id.is_not(None))))).all()
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
